"""Developer sessions: tests, lint, typecheck, codegen, bench, docs."""

from __future__ import annotations

import nox

nox.options.sessions = ["lint", "typecheck", "codegen", "tests"]
nox.options.reuse_existing_virtualenvs = True

PYTHON = "3.11"


@nox.session(python=PYTHON)
def tests(session: nox.Session) -> None:
    """Run the test suite with coverage (offline: respx, in-process and loopback sandboxes, and a
    loopback ``redis-server`` the Redis tests start themselves)."""
    session.install("-e", ".[test,cli,server,redis]")
    session.run(
        "pytest",
        "--cov=tidalkit",
        "--cov-report=term:skip-covered",
        "-p",
        "no:cacheprovider",
        *session.posargs,
    )


@nox.session(python=PYTHON)
def lint(session: nox.Session) -> None:
    """ruff check and ruff format --check."""
    session.install("ruff==0.17.6")
    session.run("ruff", "check", ".")
    session.run("ruff", "format", "--check", ".")


@nox.session(python=PYTHON)
def typecheck(session: nox.Session) -> None:
    """pyright (strict on the runtime package)."""
    session.install("-e", ".[test,cli,server,redis]", "pyright>=1.1.380")
    session.run("pyright")


@nox.session(python=PYTHON)
def bench(session: nox.Session) -> None:
    """Benchmarks → bench/results.md: loopback at 20 and 100 ms, floors down to bare aiohttp.

    ``-- --quick`` for smaller sizes and one run, ``-- --latency 20`` for one latency, ``-- --only 7``
    for chosen scenarios. ``python bench/transport.py`` measures the default transport on its own.
    """
    session.install("-e", ".[server]", "tidalapi>=0.8,<0.9")
    session.run("python", "bench/run.py", *session.posargs)


def _full_size(session: nox.Session, marker: str, extras: str, *paths: str) -> None:
    """The tests under ``paths`` (default: the reliability suite) marked ``marker``, at full size."""
    session.install("-e", f".[{extras}]")
    session.run(
        "pytest",
        *(paths or ("tests/reliability",)),
        "-m",
        marker,
        "-s",
        "-p",
        "no:cacheprovider",
        *session.posargs,
        env={"TIDALKIT_FULL": "1"},
    )


@nox.session(python=PYTHON)
def stress(session: nox.Session) -> None:
    """Full-size reliability scenarios (faults, 429 storms, expiry under load, cancellation, token
    store; processes sharing a Redis token store and rate budget)."""
    _full_size(session, "stress", "test,server,redis", "tests/reliability", "tests/redis")


@nox.session(python=PYTHON)
def fuzz(session: nox.Session) -> None:
    """12,000 hypothesis cases of bad payloads through PrivateAPI and TidalAPI."""
    _full_size(session, "fuzz", "test")


@nox.session(python=PYTHON)
def docs(session: nox.Session) -> None:
    """Build the documentation site with mkdocs --strict (warnings fail the build).

    Then check that the API reference documents every public namespace method of both clients,
    and type-check the documentation's complete programs with pyright strict.
    """
    # pytest: the testing page's complete test file imports it
    session.install("-e", ".", "mkdocs-material>=9.5", "mkdocstrings[python]>=0.25", "pyright", "pytest")
    session.run("mkdocs", "build", "--strict", "--site-dir", "site", env={"NO_MKDOCS_2_WARNING": "1"})
    session.run("python", "scripts/api_reference.py", "--check", "site")
    # the documented programs (README, docs/*.md) type-check under pyright strict as written
    snippets = f"{session.create_tmp()}/doc-snippets"
    session.run("python", "scripts/doc_snippets.py", snippets)
    session.run("pyright", "-p", snippets, "--pythonpath", session.virtualenv.bin + "/python")


@nox.session(python=PYTHON)
def codegen(session: nox.Session) -> None:
    """Fail when tidalkit/api/_generated is stale against spec/ (scripts/codegen_v2.py --check).

    ruff is pinned: the generator formats its output with it, and another version may format
    differently. Run ``python scripts/codegen_v2.py`` to regenerate.
    """
    session.install("ruff==0.17.6")
    session.run("python", "scripts/codegen_v2.py", "--check")
