"""Every example in ``examples/`` runs against the sandbox, at reduced sizes."""

from __future__ import annotations

import csv
import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest

from tidalkit.auth import LoginRequiredError, MemoryTokenRepository, TokenKey
from tidalkit.auth.config import ENV_VARS
from tidalkit.testing import SANDBOX_CLIENT_ID, Sandbox

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"


def load(name: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(f"tidalkit_example_{name}", EXAMPLES / f"{name}.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


@pytest.fixture(autouse=True)
def no_credentials(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    for id_var, secret_var in ENV_VARS.values():
        monkeypatch.delenv(id_var, raising=False)
        monkeypatch.delenv(secret_var, raising=False)
    monkeypatch.setenv("TIDALKIT_TOKEN_DB", str(tmp_path / "tokens.db"))


async def test_quickstart_reads_the_same_track_through_both_apis(capsys: pytest.CaptureFixture[str]) -> None:
    result = await load("quickstart").main()
    assert result["v2_title"] == result["private_title"] == "Raven Mirror"
    assert len(result["search"]) == 5
    out = capsys.readouterr().out
    assert "using the built-in sandbox" in out
    assert "QZSB00000001" in out


async def test_device_login_shows_a_code_once_and_reuses_the_stored_login() -> None:
    repository = MemoryTokenRepository()
    result = await load("device_login").main("alice", repository=repository)
    assert result["codes_shown"] == 1
    assert result["user_id"] == "192837465"
    assert result["favorite_tracks"] == 30
    rows = await repository.list()
    assert [(row.key.api, row.key.flow, row.key.user) for row in rows] == [("private", "device", "alice")]


async def test_bulk_fetch_gets_every_track_with_progress(capsys: pytest.CaptureFixture[str]) -> None:
    sandbox = Sandbox(num_tracks=1_200)
    result = await load("bulk_fetch").main(1_200, sandbox=sandbox)
    assert result["found"] == 1_200
    assert result["missing"] == []
    assert result["first"] == "Raven Mirror"
    assert sandbox.stats.requests["v2.tracks.list"] == 60  # 1,200 ids in filter[id] batches of 20
    err = capsys.readouterr().err
    assert "1200/1200 tracks (100.0 %" in err


async def test_playlist_export_writes_every_track_in_playlist_order(tmp_path: Path) -> None:
    sandbox = Sandbox()
    output = tmp_path / "small.csv"
    result = await load("playlist_export").main(sandbox.playlist_ids["small"], output, sandbox=sandbox)
    with output.open() as handle:
        rows = list(csv.DictReader(handle))
    assert result["rows"] == len(rows) > 0
    assert result["entries"] == 50
    positions = [int(row["position"]) for row in rows]
    assert positions == sorted(positions)
    assert all(row["isrc"].startswith("QZSB") and row["artists"] for row in rows)


async def test_custom_auth_logs_in_refreshes_and_stores_the_jwt() -> None:
    module = load("custom_auth")
    fake = module.FakeCloud({"demo@example.com": "demo-password"})
    repository = MemoryTokenRepository()
    result = await module.main(repository=repository, fake=fake)
    assert result["ping"] == {"authenticated": True}
    assert result["after_refresh"] == {"authenticated": True}
    assert result["refreshed"] is True
    assert result["kept_refresh_token"] is True
    assert result["stored_users"] == ["demo@example.com"]
    assert fake.calls == {"authenticate": 1, "refresh": 1, "ping": 2}
    stored = (await repository.list())[0].token
    assert stored.user_id == "demo@example.com"  # from the JWT's sub claim
    assert "demo-password" not in repr(module.PasswordJWTGrant("http://x", "u", "demo-password"))


async def test_custom_auth_wrong_password_is_refused() -> None:
    from tidalkit import UnauthorizedError

    module = load("custom_auth")
    fake = module.FakeCloud({"demo@example.com": "right"})
    with pytest.raises(UnauthorizedError):
        await module.main(password="wrong", fake=fake)


async def test_fastapi_app_handlers_share_one_client_and_keep_users_apart() -> None:
    module = load("fastapi_app")
    sandbox = Sandbox()
    settings = await module.sandbox_settings(sandbox, users=("alice", "bob"))
    async with module.lifespan(settings) as state:
        track = await module.get_track(state, "alice", "1")
        assert track == {"id": "1", "title": "Raven Mirror", "artists": ["The Wilds"], "isrc": "QZSB00000001"}
        me = await module.whoami(state, "bob")
        assert me["tidal_user_id"] == "192837465"
        assert len(await module.favorites(state, "alice", limit=5)) == 5
        with pytest.raises(LoginRequiredError):
            await module.get_track(state, "carol", "1")  # no stored login
        # alice's token expires: her provider refreshes once and the store gets the rotated token
        alice = state.auth.provider("alice")
        old = alice.token
        sandbox.auth.expire_access_token(old.access_token.get_secret_value())
        state.tidal.clear_cache()
        assert (await module.get_track(state, "alice", "2"))["id"] == "2"
        assert alice.refresh_count == 1
        stored = await settings.repository.get(TokenKey("v2", SANDBOX_CLIENT_ID, "pkce", "alice"))
        assert stored.token.fingerprint == alice.token.fingerprint != old.fingerprint
        assert state.auth.provider("bob").refresh_count == 0
    assert state.tidal.closed


def test_fastapi_app_imports_without_fastapi_and_says_how_to_get_it(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "fastapi", None)  # as if FastAPI were not installed
    module = load("fastapi_app")
    assert module.app is None
    with pytest.raises(ImportError, match="pip install fastapi"):
        module.create_app()


async def test_the_same_pattern_reads_and_behaves_the_same_on_both_apis() -> None:
    v2, private = await load("same_pattern").main(Sandbox())
    assert v2 == private
    assert v2["found"] == [v2["title"], v2["found"][1]]  # type: ignore[index]
    assert v2["missing"] == ["99999999"]
    assert v2["entries"] == 10
    assert v2["raw"] == (200, v2["title"])
    assert v2["not_found"] == 404
