"""HTTP to the auth server, through the shared pipeline.

Token and device-authorization POSTs are not idempotent: the pipeline retries only connect errors
that never reached the server. OAuth error bodies are translated into the typed errors of
`tidalkit.auth.errors`.
"""

from __future__ import annotations

import base64
import logging
from collections.abc import Iterable, Mapping
from typing import Any, ClassVar, Unpack
from urllib.parse import quote_plus

from tidalkit._core.options import ClientOptionsDict
from tidalkit._http.client import BaseClient
from tidalkit._http.errors import BadRequestError, ResponseValidationError, UnauthorizedError
from tidalkit._http.request import Request
from tidalkit.auth.config import ClientApp
from tidalkit.auth.errors import oauth_error

__all__ = ["AuthClient", "ClientAuthMethod", "post_form"]

logger: logging.Logger = logging.getLogger("tidalkit.auth")

ClientAuthMethod = str  # "basic" (HTTP Basic) or "post" (client_secret in the form)


class AuthClient(BaseClient):
    """A `BaseClient` for the auth server (api_name ``auth``, cache off)."""

    api_name: ClassVar[str] = "auth"

    default_base_url: ClassVar[str] = "https://auth.tidal.com/v1/"

    def __init__(self, **options: Unpack[ClientOptionsDict]) -> None:
        super().__init__(**{**options, "cache": False})


def _basic(client_id: str, secret: str) -> str:
    # RFC 6749 2.3.1: form-encode id and secret, then base64
    raw = f"{quote_plus(client_id)}:{quote_plus(secret)}".encode()
    return "Basic " + base64.b64encode(raw).decode()


async def post_form(
    http: BaseClient,
    url: str,
    form: Mapping[str, str | None],
    *,
    app: ClientApp,
    operation: str,
    client_auth: ClientAuthMethod = "basic",
    secrets: Iterable[str | None] = (),
    request_timeout: float | None = None,
) -> dict[str, Any]:
    """POST ``form`` (``None`` values dropped) to ``url`` as the app; return the JSON object.

    With a client secret the app authenticates with HTTP Basic (``client_auth="basic"``, as in
    TIDAL's docs) or with ``client_secret`` in the form (``"post"``). 400/401 OAuth errors become
    typed `OAuthError` subclasses with secrets scrubbed.
    """
    data = {k: v for k, v in form.items() if v is not None}
    headers = {"Accept": "application/json"}
    secret = app.secret
    if secret:
        if client_auth == "post":
            data["client_secret"] = secret
        else:
            headers["Authorization"] = _basic(app.client_id, secret)
    request = Request(
        "POST",
        url,
        data=data,
        headers=headers,
        operation=operation,
        authenticated=False,
        timeout=request_timeout,
    )
    try:
        payload = await http.request_json(request)
    except (BadRequestError, UnauthorizedError) as exc:
        raise oauth_error(exc, operation=operation, secrets=[*secrets, secret]) from None
    if not isinstance(payload, dict):
        raise ResponseValidationError(f"{operation}: expected a JSON object from the auth server")
    result: dict[str, Any] = payload  # pyright: ignore[reportUnknownVariableType]
    return result
