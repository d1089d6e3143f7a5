"""Small helpers for the sandbox tests."""

from __future__ import annotations

import base64
import hashlib
from urllib.parse import parse_qs, urlsplit

import httpx

from tidalkit.testing import SANDBOX_CLIENT_ID, SANDBOX_CLIENT_SECRET, Sandbox

DEVICE_GRANT = "urn:ietf:params:oauth:grant-type:device_code"


def bearer(token: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}


def basic() -> tuple[str, str]:
    return (SANDBOX_CLIENT_ID, SANDBOX_CLIENT_SECRET)


def s256(verifier: str) -> str:
    return base64.urlsafe_b64encode(hashlib.sha256(verifier.encode()).digest()).rstrip(b"=").decode()


def query_of(location: str) -> dict[str, str]:
    return {k: v[0] for k, v in parse_qs(urlsplit(location).query).items()}


def client_for(sandbox: Sandbox, token: str | None = None) -> httpx.AsyncClient:
    headers = bearer(token) if token else {}
    return httpx.AsyncClient(transport=sandbox.transport(), base_url=sandbox.urls.base, headers=headers)
