"""Every example in ``examples/`` runs against the sandbox, at reduced sizes."""

from __future__ import annotations

import csv
import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import httpx
import pytest

from tidalkit.auth import MemoryTokenRepository, TokenKey
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


async def test_fastapi_app_serves_each_user_from_one_shared_client() -> None:
    module = load("fastapi_app")
    sandbox = Sandbox()
    settings = await module.sandbox_settings(sandbox, users=("alice", "bob"))
    app = module.create_app(settings)
    async with app.router.lifespan_context(app):
        backend = app.state.backend
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url="http://app") as http:
            track = (await http.get("/tracks/1", headers={"X-User": "alice"})).json()
            assert track == {"id": "1", "title": "Raven Mirror", "artists": ["The Wilds"]}
            me = (await http.get("/me", headers={"X-User": "bob"})).json()
            assert me["tidal_user_id"] == "192837465"
            assert len((await http.get("/favorites?limit=5", headers={"X-User": "alice"})).json()) == 5
            refused = await http.get("/tracks/1", headers={"X-User": "carol"})  # no stored login
            assert refused.status_code == 401
            # every user's client is the shared one: one pool, token requests included
            alice = backend.client_for("alice")
            assert alice.http_client is backend.tidal.http_client
            assert alice.auth is backend.providers["alice"]
            # alice's token expires: her provider refreshes once and the store gets the rotated token
            provider = backend.providers["alice"]
            old = provider.token
            sandbox.auth.expire_access_token(old.access_token.get_secret_value())
            backend.tidal.clear_cache()
            assert (await http.get("/tracks/2", headers={"X-User": "alice"})).json()["id"] == "2"
            assert provider.refresh_count == 1
            assert backend.grant.http.http_client is backend.tidal.http_client
            stored = await settings.repository.get(TokenKey("v2", SANDBOX_CLIENT_ID, "pkce", "alice"))
            assert stored.token.fingerprint == provider.token.fingerprint != old.fingerprint
            assert backend.providers["bob"].refresh_count == 0
    assert backend.tidal.closed


async def test_the_same_pattern_reads_and_behaves_the_same_on_both_apis() -> None:
    v2, private = await load("same_pattern").main(Sandbox())
    assert v2 == private
    assert v2["found"] == [v2["title"], v2["found"][1]]  # type: ignore[index]
    assert v2["missing"] == ["99999999"]
    assert v2["entries"] == 10
    assert v2["raw"] == (200, v2["title"])
    assert v2["not_found"] == 404
