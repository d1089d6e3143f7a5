"""Suite-wide secret audit: a pytest plugin that fails any test whose logs, errors or reprs hold a secret.

Enable it for the whole suite with one line in ``tests/conftest.py``::

    pytest_plugins = ["tests.reliability.secret_audit"]

What it does, once per session (:func:`install`):

- registers every secret the suite creates: each ``pydantic.SecretStr`` value (tokens, refresh
  tokens, client secrets, device codes: tidalkit keeps all of them in ``SecretStr``), each PKCE
  verifier, each access token, refresh token, user auth token and authorization code the sandbox
  issues, and the sandbox's client secret;
- attaches a DEBUG handler to the root logger, set to DEBUG, that keeps every record of every
  logger (tidalkit's, and those of httpx, httpcore, aiohttp and asyncio below it);
- remembers every :class:`~tidalkit.TidalError` created.

After each test (autouse fixture ``tidalkit_secret_audit``) it checks the test's log records
(message, arguments, traceback) and the ``str``/``repr``/notes of the errors created against the
secrets registered during the test; with ``TIDALKIT_AUDIT_REPRS=1`` also the ``repr`` of every live
tidalkit object (a ``gc`` walk per test: several times slower). A leak fails the
test at teardown; the report names the secret by fingerprint only.
"""

from __future__ import annotations

import gc
import hashlib
import logging
import os
import re
import traceback
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import parse_qs, urlsplit

import pytest
from pydantic import SecretStr

__all__ = ["AUDIT", "Leak", "SecretAudit", "install", "tidalkit_secret_audit"]

AUDIT_REPRS = os.environ.get("TIDALKIT_AUDIT_REPRS", "") not in ("", "0")
"""Also ``repr()`` every live tidalkit object after each test (slow: a full ``gc`` walk per test)."""

MIN_SECRET_LENGTH = 8
"""Shorter values ("-", "abc") are test placeholders that would match everywhere."""


def fingerprint(secret: str) -> str:
    return hashlib.sha256(secret.encode()).hexdigest()[:12]


@dataclass(frozen=True, slots=True)
class Leak:
    """Where a secret showed up (the secret itself is never kept in the report)."""

    where: str
    secret_fingerprint: str
    excerpt: str

    def __str__(self) -> str:
        return f"{self.where}: secret {self.secret_fingerprint} in {self.excerpt!r}"


class _Collector(logging.Handler):
    def __init__(self, audit: SecretAudit) -> None:
        super().__init__(logging.DEBUG)
        self._audit = audit

    def emit(self, record: logging.LogRecord) -> None:
        self._audit.records.append(record)


@dataclass(repr=False)
class SecretAudit:
    """The registry of secrets and what the suite wrote, for the current test."""

    secrets: set[str] = field(default_factory=set[str])
    records: list[logging.LogRecord] = field(default_factory=list[logging.LogRecord])
    errors: list[BaseException] = field(default_factory=list[BaseException])
    permanent: set[str] = field(default_factory=set[str])
    flushed: list[Leak] = field(default_factory=list[Leak])
    installed: bool = False

    MAX_ERRORS = 256
    """Errors kept per test; older ones are checked early and dropped (fuzz runs create thousands)."""

    def note_error(self, error: BaseException) -> None:
        self.errors.append(error)
        if len(self.errors) > self.MAX_ERRORS:
            keep = self.errors[-16:]  # the newest may still be replaced by a scrubbed error
            del self.errors[-16:]
            self.flushed.extend(self.scan(self.error_texts()))
            self.errors[:] = keep

    def __repr__(self) -> str:  # never the secrets themselves: pytest prints fixture values
        counts = f"{len(self.secrets)} secrets, {len(self.records)} records, {len(self.errors)} errors"
        return f"SecretAudit({counts})"

    def add(self, value: object) -> None:
        """Register a secret (ignored when not a string or too short to be one)."""
        if isinstance(value, str) and len(value) >= MIN_SECRET_LENGTH:
            self.secrets.add(value)

    def reset(self) -> None:
        """Forget the previous test's secrets, records and errors (permanent secrets stay)."""
        self.secrets = set(self.permanent)
        self.records.clear()
        self.errors.clear()
        self.flushed.clear()

    def _pattern(self) -> re.Pattern[str] | None:
        if not self.secrets:
            return None
        ordered = sorted(self.secrets, key=len, reverse=True)
        return re.compile("|".join(re.escape(s) for s in ordered))

    def scan(self, texts: Iterable[tuple[str, str]]) -> list[Leak]:
        """Leaks of registered secrets in ``(where, text)`` pairs."""
        pattern = self._pattern()
        if pattern is None:
            return []
        leaks: list[Leak] = []
        for where, text in texts:
            match = pattern.search(text)
            if match is not None:
                start = max(0, match.start() - 40)
                excerpt = pattern.sub("<SECRET>", text[start : match.end() + 40])
                leaks.append(Leak(where, fingerprint(match.group()), excerpt))
        return leaks

    # ---- what is checked ----------------------------------------------------------------------

    def log_texts(self) -> Iterator[tuple[str, str]]:
        for record in self.records:
            where = (
                f"log {record.name}:{record.levelname} ({record.pathname.rsplit('/', 1)[-1]}:{record.lineno})"
            )
            try:
                yield where, record.getMessage()
            except Exception:  # a broken format string: check the parts
                yield where, f"{record.msg} {record.args!r}"
            if record.exc_info and record.exc_info[1] is not None:
                yield where + " traceback", "".join(traceback.format_exception(record.exc_info[1]))
            if record.exc_text:
                yield where + " traceback text", record.exc_text
            if record.stack_info:
                yield where + " stack", record.stack_info

    def visible_errors(self) -> list[BaseException]:
        """The errors a caller can meet: not those replaced by another with ``raise ... from None``.

        A replaced error is still reachable as ``__context__``, but tracebacks and logging hide it
        (``__suppress_context__``); the auth layer replaces raw 400s by scrubbed OAuth errors so.
        """
        hidden = {
            id(error.__context__)
            for error in self.errors
            if error.__suppress_context__ and error.__cause__ is None and error.__context__ is not None
        }
        return [error for error in self.errors if id(error) not in hidden]

    def error_texts(self) -> Iterator[tuple[str, str]]:
        for error in self.visible_errors():
            name = type(error).__name__
            yield f"{name} message", str(error)
            yield f"{name} repr", repr(error)
            for note in getattr(error, "__notes__", ()):
                yield f"{name} note", str(note)

    @staticmethod
    def repr_texts() -> Iterator[tuple[str, str]]:
        for obj in gc.get_objects():
            cls: type[Any] = type(obj)  # pyright: ignore[reportUnknownVariableType]
            module: object = getattr(cls, "__module__", "")
            if (
                not isinstance(module, str)
                or not module.startswith("tidalkit.")
                or module.startswith("tidalkit.testing")  # the sandbox's own (public) fixtures
                or isinstance(obj, type | BaseException)  # errors: checked by error_texts()
            ):
                continue
            try:
                text = repr(obj)
            except Exception:  # noqa: S112 - a half-built object: users cannot reach its repr either
                continue
            yield f"repr of {module}.{cls.__qualname__}", text

    def leaks(self, *, reprs: bool = False) -> list[Leak]:
        texts: list[tuple[str, str]] = [*self.log_texts(), *self.error_texts()]
        if reprs:
            texts.extend(self.repr_texts())
        return [*self.flushed, *self.scan(texts)]


AUDIT = SecretAudit()


def _wrap_method(owner: Any, name: str, register: Callable[[Any, tuple[Any, ...], Any], None]) -> None:
    original = getattr(owner, name)
    if getattr(original, "_secret_audit", False):
        return

    def wrapper(self: Any, *args: Any, **kwargs: Any) -> Any:
        result = original(self, *args, **kwargs)
        register(self, args, result)
        return result

    wrapper._secret_audit = True  # type: ignore[attr-defined]
    setattr(owner, name, wrapper)


def _add_code(audit: SecretAudit, response: Any) -> None:
    """The authorization code in the sandbox's login redirect (``Location: ...?code=...``)."""
    headers: list[tuple[bytes, bytes]] = getattr(response, "headers", [])
    for name, value in headers:
        if name == b"location":
            query: str = urlsplit(value.decode()).query
            for code in parse_qs(query).get("code", []):
                audit.add(code)


def install(audit: SecretAudit = AUDIT) -> SecretAudit:
    """Hook secret creation, the root logger and error creation (idempotent)."""
    if audit.installed:
        return audit
    audit.installed = True

    # every SecretStr value: tokens, refresh tokens, client secrets, device codes
    original_init = SecretStr.__init__

    def secret_init(self: SecretStr, secret_value: str) -> None:
        audit.add(secret_value)
        original_init(self, secret_value)

    SecretStr.__init__ = secret_init  # type: ignore[method-assign]

    # what the sandbox issues (it keeps tokens as plain strings)
    from tidalkit.testing import SANDBOX_CLIENT_SECRET
    from tidalkit.testing._auth_pkce import PkceLogins
    from tidalkit.testing._auth_tokens import TokenLedger

    audit.permanent.add(SANDBOX_CLIENT_SECRET)
    _wrap_method(TokenLedger, "_new_access", lambda _s, _a, token: audit.add(token.token))
    _wrap_method(TokenLedger, "_new_refresh", lambda _s, _a, token: audit.add(token))
    _wrap_method(TokenLedger, "user_auth_token", lambda _s, _a, token: audit.add(token))
    _wrap_method(PkceLogins, "authorize", lambda _s, _a, response: _add_code(audit, response))

    # PKCE verifiers (plain strings inside AuthorizationRequest)
    import tidalkit.auth.pkce as pkce

    original_verifier = pkce.new_code_verifier
    if not getattr(original_verifier, "_secret_audit", False):

        def new_code_verifier() -> str:
            verifier = original_verifier()
            audit.add(verifier)
            return verifier

        new_code_verifier._secret_audit = True  # type: ignore[attr-defined]
        pkce.new_code_verifier = new_code_verifier

    # every TidalError created (its message and repr are checked after the test)
    from tidalkit._http.errors import TidalError

    def error_init(self: BaseException, *args: Any, **kwargs: Any) -> None:
        audit.note_error(self)
        base: Any = super(TidalError, self)  # pyright: ignore[reportArgumentType, reportUnknownVariableType]
        base.__init__(*args, **kwargs)  # pyright: ignore[reportUnknownMemberType]

    TidalError.__init__ = error_init  # type: ignore[method-assign]

    # every logger's records at DEBUG: third-party loggers reach the root through propagation
    logging.getLogger("tidalkit").setLevel(logging.DEBUG)
    root = logging.getLogger()
    root.addHandler(_Collector(audit))
    root.setLevel(logging.DEBUG)
    audit.reset()
    return audit


@pytest.fixture(autouse=True)
def tidalkit_secret_audit() -> Iterator[SecretAudit]:
    """Fail the test (at teardown) if a registered secret reached a log, an error or a repr."""
    audit = install()
    audit.reset()
    yield audit
    found = audit.leaks(reprs=AUDIT_REPRS)
    audit.reset()
    if found:
        report = "\n".join(f"  - {leak}" for leak in found[:20])
        pytest.fail(f"{len(found)} secret leak(s) in logs, errors or reprs:\n{report}", pytrace=False)
