"""Third-party loggers below tidalkit (httpx, httpcore, aiohttp, asyncio) print no secret."""

from __future__ import annotations

import logging
import secrets
from pathlib import Path

import pytest

from tidalkit._http.logs import FILTERED_LOGGERS, redact
from tidalkit.auth import SqliteTokenRepository, Token, TokenKey

from .secret_audit import SecretAudit

ACCESS = "access-" + secrets.token_urlsafe(20)
REFRESH = "refresh-" + secrets.token_urlsafe(20)


class Keep(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.DEBUG)
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(record)


def formatted(records: list[logging.LogRecord]) -> str:
    formatter = logging.Formatter("%(name)s %(message)s")
    return "\n".join(formatter.format(record) for record in records)


async def test_the_token_store_logs_no_token_on_any_logger(
    tmp_path: Path, tidalkit_secret_audit: SecretAudit
) -> None:
    keep = Keep()
    root = logging.getLogger()
    level = root.level
    root.addHandler(keep)
    root.setLevel(logging.DEBUG)
    try:
        repo = SqliteTokenRepository(tmp_path / "tokens.db")
        token = Token.static(ACCESS).model_copy(update={"refresh_token": Token.static(REFRESH).access_token})
        key = TokenKey("v2", "client-id", "pkce", "1")
        await repo.save(key, token)
        assert await repo.get(key) is not None
    finally:
        root.removeHandler(keep)
        root.setLevel(level)
    text = formatted(keep.records)
    assert ACCESS not in text
    assert REFRESH not in text


@pytest.mark.parametrize("name", ["httpx", "httpcore.http11", "aiohttp.client", "asyncio"])
def test_credentials_in_library_records_and_tracebacks_are_redacted(name: str) -> None:
    import tidalkit._http.client  # noqa: F401 - installs the filters, as any client import does

    keep = Keep()
    logger = logging.getLogger(name)
    logger.addHandler(keep)
    try:
        logger.warning("headers %r", {"Authorization": f"Bearer {ACCESS}"})
        logger.warning(
            "Task exception: ClientResponseError(headers=<CIMultiDict('Authorization': 'Basic %s')>)", REFRESH
        )
        try:
            raise RuntimeError(f"refresh_token={REFRESH}&client_secret={ACCESS}")
        except RuntimeError:
            logger.exception("failed")
    finally:
        logger.removeHandler(keep)
    text = formatted(keep.records)
    assert ACCESS not in text
    assert REFRESH not in text
    assert text.count("<redacted>") >= 4
    assert name in FILTERED_LOGGERS


def test_redact_keeps_what_is_not_a_credential() -> None:
    line = 'HTTP Request: GET https://api.tidal.com/v1/tracks/1?countryCode=US "HTTP/1.1 200 OK"'
    assert redact(line) == line
    assert redact("Authorization: Bearer abc.def-ghi") == "Authorization: Bearer <redacted>"
    assert (
        redact('{"access_token": "xyz", "expires_in": 3600}')
        == '{"access_token": "<redacted>", "expires_in": 3600}'
    )


def test_the_audit_watches_the_root_logger() -> None:
    audit = SecretAudit()
    audit.add(ACCESS)
    record = logging.LogRecord("some.library", logging.DEBUG, __file__, 1, "sent %s", (ACCESS,), None)
    audit.records.append(record)
    assert audit.leaks()
    collectors = [h for h in logging.getLogger().handlers if type(h).__name__ == "_Collector"]
    assert collectors
    assert logging.getLogger().level == logging.DEBUG
