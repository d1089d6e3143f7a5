"""Every ``tidalkit`` command against the in-process sandbox (typer's CliRunner)."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import anyio
import pytest
from typer.testing import CliRunner

from tidalkit.auth.sqlite import SqliteTokenRepository
from tidalkit.cli.app import app
from tidalkit.testing import Sandbox

SMALL = Sandbox().playlist_ids["small"]


def invoke(runner: CliRunner, *args: str):  # type: ignore[no-untyped-def]
    return runner.invoke(app, list(args), prog_name="tidalkit")


def stored(token_db: Path) -> list[tuple[str, str, str]]:
    async def read() -> list[tuple[str, str, str]]:
        rows = await SqliteTokenRepository(token_db).list()
        return [(row.key.api, row.key.flow, row.key.user or "") for row in rows]

    return anyio.run(read)


def secrets_of(token_db: Path) -> list[str]:
    async def read() -> list[str]:
        rows = await SqliteTokenRepository(token_db).list()
        found = [row.token.access_token.get_secret_value() for row in rows]
        return found + [row.token.refresh_token.get_secret_value() for row in rows if row.token.refresh_token]

    return anyio.run(read)


def sandbox_playlist_ids(name: str) -> list[str]:
    """The item ids of a sandbox playlist, read straight from the sandbox's catalogue."""
    sandbox = Sandbox()

    async def read() -> list[str]:
        import httpx

        headers = {"Authorization": f"Bearer {sandbox.user_token()}"}
        ids: list[str] = []
        async with httpx.AsyncClient(transport=sandbox.transport(), headers=headers) as http:
            offset = 0
            while True:
                url = f"{sandbox.urls.private}/v1/playlists/{sandbox.playlist_ids[name]}/items"
                page = (
                    await http.get(url, params={"limit": 100, "offset": offset, "countryCode": "US"})
                ).json()
                ids += [str(entry["item"]["id"]) for entry in page["items"]]
                offset += 100
                if offset >= page["totalNumberOfItems"]:
                    return ids

    return anyio.run(read)


@pytest.mark.parametrize(
    "command",
    [
        ("get", "track", "1"),
        ("login",),
        ("login", "--pkce"),
        ("whoami",),
        ("search", "love"),
        ("export", "favorites"),
        ("export", "playlist", SMALL),
    ],
)
def test_commands_without_credentials_say_so_and_point_at_the_sandbox(
    runner: CliRunner, command: tuple[str, ...]
) -> None:
    result = invoke(runner, *command)
    assert result.exit_code == 2
    assert "no TIDAL credentials for the v2 API: set TIDAL_CLIENT_ID" in result.output
    assert "--sandbox" in result.output
    assert "tidalkit demo" in result.output
    assert "Traceback" not in result.output


def test_private_api_without_credentials_names_its_variable(runner: CliRunner) -> None:
    private = invoke(runner, "--api", "private", "search", "love")
    assert private.exit_code == 2
    assert "TIDAL_PRIVATE_CLIENT_ID" in private.output


def test_v2_catalogue_reads_without_a_secret_ask_for_a_login_or_the_secret(
    runner: CliRunner, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("TIDAL_CLIENT_ID", "my-app")
    result = invoke(runner, "get", "track", "1")
    assert result.exit_code == 2
    assert "TIDAL_CLIENT_SECRET" in result.output
    assert "tidalkit login" in result.output


def test_device_login_shows_the_code_and_stores_a_token_later_commands_use(
    runner: CliRunner, token_db: Path
) -> None:
    result = invoke(runner, "--sandbox", "login")
    assert result.exit_code == 0, result.output
    assert "link.tidal.com" not in result.output  # the sandbox approves the code itself
    assert "Sandbox login code" in result.output
    assert "Ctrl-C to cancel" in result.output
    assert "Logged in to the sandbox (v2 API, device flow) as user 192837465" in result.output
    assert stored(token_db) == [("v2", "device", "192837465")]
    for secret in secrets_of(token_db):
        assert secret not in result.output  # tokens are never printed
    # a new command runs a new in-process sandbox: the stored token must still be accepted
    me = invoke(runner, "--sandbox", "whoami", "--json")
    assert me.exit_code == 0, me.output
    accounts = invoke(runner, "accounts")
    assert all(secret not in me.output + accounts.output for secret in secrets_of(token_db))
    assert json.loads(me.stdout)["attributes"]["username"] == "sandbox@example.com"


def test_login_as_a_named_account_and_remove_it(runner: CliRunner, token_db: Path) -> None:
    assert invoke(runner, "--sandbox", "--user", "alice", "login").exit_code == 0
    assert invoke(runner, "--sandbox", "--api", "private", "login").exit_code == 0
    listing = invoke(runner, "accounts")
    assert listing.exit_code == 0
    assert "alice" in listing.output
    assert "private" in listing.output
    assert sorted(stored(token_db)) == [("private", "device", "192837465"), ("v2", "device", "alice")]
    removed = invoke(runner, "accounts", "remove", "alice")
    assert removed.exit_code == 0
    assert "Removed 1 stored login(s)" in removed.output
    assert stored(token_db) == [("private", "device", "192837465")]
    missing = invoke(runner, "accounts", "remove", "alice")
    assert missing.exit_code == 1


def test_accounts_without_logins_says_how_to_log_in(runner: CliRunner) -> None:
    result = invoke(runner, "accounts")
    assert result.exit_code == 0
    assert "No stored logins" in result.output


def test_pkce_login_through_the_sandbox_authorize_page(runner: CliRunner, token_db: Path) -> None:
    result = invoke(runner, "--sandbox", "--api", "private", "login", "--pkce")
    assert result.exit_code == 0, result.output
    assert "private API, pkce flow" in result.output
    assert stored(token_db) == [("private", "pkce", "192837465")]
    me = invoke(runner, "--sandbox", "--api", "private", "whoami")
    assert me.exit_code == 0, me.output
    assert "sandbox@example.com" in me.output


def test_whoami_without_a_login_says_to_log_in(runner: CliRunner) -> None:
    result = invoke(runner, "--sandbox", "whoami")
    assert result.exit_code == 1
    assert "no stored v2 login" in result.output
    assert "`tidalkit --sandbox login`" in result.output


def test_logout_forgets_the_stored_login(runner: CliRunner, token_db: Path) -> None:
    assert invoke(runner, "--sandbox", "login").exit_code == 0
    result = invoke(runner, "--sandbox", "logout")
    assert result.exit_code == 0
    assert "removed 1 stored login" in result.output
    assert stored(token_db) == []
    again = invoke(runner, "--sandbox", "logout")
    assert again.exit_code == 1
    assert "no stored v2 login" in again.output


@pytest.mark.parametrize(
    ("kind", "id_", "expected"),
    [
        ("track", "1", "QZSB00000001"),
        ("album", "1", "1900000000019"),
        ("artist", "1", "The Wilds"),
        ("video", "1", "QZSV00000001"),
        ("playlist", SMALL, "Sandbox small"),
    ],
)
def test_get_shows_a_table_with_the_catalogue_fields(
    runner: CliRunner, kind: str, id_: str, expected: str
) -> None:
    result = invoke(runner, "--sandbox", "get", kind, id_)
    assert result.exit_code == 0, result.output
    assert expected in result.output
    assert f"{kind} {id_} (v2 API)" in result.output


def test_get_track_json_carries_the_included_relationships(runner: CliRunner) -> None:
    result = invoke(runner, "--sandbox", "get", "track", "1", "--json")
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["id"] == "1"
    assert data["attributes"]["isrc"] == "QZSB00000001"
    assert data["attributes"]["duration"].startswith("PT")


def test_get_through_the_private_api(runner: CliRunner) -> None:
    table = invoke(runner, "--sandbox", "--api", "private", "get", "track", "1")
    assert table.exit_code == 0, table.output
    assert "QZSB00000001" in table.output
    assert "The Wilds" in table.output  # the artist, from the nested model
    assert table.output.index("Raven Mirror") < table.output.index("QZSB00000001")  # title first
    data = json.loads(invoke(runner, "--sandbox", "--api", "private", "get", "album", "1", "--json").stdout)
    assert data["id"] == 1
    assert data["upc"]


def test_get_a_missing_track_says_not_found(runner: CliRunner) -> None:
    result = invoke(runner, "--sandbox", "get", "track", "99999999")
    assert result.exit_code == 1
    assert "not found" in result.output


@pytest.mark.parametrize("api", ["v2", "private"])
def test_search_lists_matching_tracks(runner: CliRunner, api: str) -> None:
    result = invoke(runner, "--sandbox", "--api", api, "search", "love", "--limit", "4", "--json")
    assert result.exit_code == 0, result.output
    records = json.loads(result.stdout)
    assert len(records) == 4
    assert all(record["title"] and record["artists"] for record in records)
    table = invoke(runner, "--sandbox", "--api", api, "search", "love", "--limit", "2")
    assert records[0]["title"] in table.output


@pytest.mark.parametrize("api", ["v2", "private"])
def test_export_playlist_as_csv_and_json_keeps_playlist_order(
    runner: CliRunner, tmp_path: Path, api: str
) -> None:
    expected = sandbox_playlist_ids("small")
    out = tmp_path / "small.csv"
    result = invoke(
        runner, "--sandbox", "--api", api, "export", "playlist", SMALL, "-f", "csv", "-o", str(out)
    )
    assert result.exit_code == 0, result.output
    assert "Exported 50 items" in result.output
    assert "50/50" in result.output  # the progress bar
    rows = list(csv.DictReader(io.StringIO(out.read_text())))
    assert [row["id"] for row in rows] == expected
    assert all(row["title"] and row["isrc"] for row in rows if row["type"] == "tracks")
    as_json = invoke(runner, "--sandbox", "--api", api, "export", "playlist", SMALL, "--format", "json")
    assert as_json.exit_code == 0, as_json.output
    records = json.loads(as_json.stdout)
    assert [record["id"] for record in records] == expected


@pytest.mark.parametrize("api", ["v2", "private"])
def test_export_favorites_needs_a_login_then_exports_them(
    runner: CliRunner, tmp_path: Path, api: str
) -> None:
    refused = invoke(runner, "--sandbox", "--api", api, "export", "favorites")
    assert refused.exit_code == 1
    assert "login" in refused.output
    assert invoke(runner, "--sandbox", "--api", api, "login").exit_code == 0
    out = tmp_path / "favorites.json"
    result = invoke(runner, "--sandbox", "--api", api, "export", "favorites", "-o", str(out))
    assert result.exit_code == 0, result.output
    records = json.loads(out.read_text())
    assert len(records) == 30  # the sandbox's favourites
    assert len({record["id"] for record in records}) == 30
    csv_text = invoke(runner, "--sandbox", "--api", api, "export", "favorites", "-f", "csv").stdout
    assert csv_text.splitlines()[0] == "id,type,title,artists,album,duration,isrc,explicit"
    assert len(csv_text.splitlines()) == 31


def test_against_tidal_the_v2_catalogue_uses_client_credentials_from_the_environment(
    runner: CliRunner, monkeypatch: pytest.MonkeyPatch
) -> None:
    import httpx
    import respx

    sandbox = Sandbox()

    async def sandbox_document() -> bytes:
        headers = {"Authorization": f"Bearer {sandbox.user_token()}"}
        async with httpx.AsyncClient(transport=sandbox.transport(), headers=headers) as http:
            return (await http.get(f"{sandbox.urls.v2}/tracks/7", params={"countryCode": "DE"})).content

    document = anyio.run(sandbox_document)
    monkeypatch.setenv("TIDAL_CLIENT_ID", "my-app")
    monkeypatch.setenv("TIDAL_CLIENT_SECRET", "my-secret")
    with respx.mock(using="httpx", assert_all_called=True) as router:
        token = router.post("https://auth.tidal.com/v1/oauth2/token").respond(
            200, json={"access_token": "app-token", "token_type": "Bearer", "expires_in": 3600}
        )
        track = router.get("https://openapi.tidal.com/v2/tracks/7").respond(
            200, content=document, headers={"content-type": "application/vnd.api+json"}
        )
        result = invoke(runner, "--country", "de", "get", "track", "7", "--json")
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["attributes"]["isrc"] == "QZSB00000007"
    assert b"grant_type=client_credentials" in token.calls.last.request.content
    assert token.calls.last.request.headers["authorization"].startswith("Basic ")
    sent = track.calls.last.request
    assert sent.headers["authorization"] == "Bearer app-token"
    assert sent.url.params["countryCode"] == "DE"
    assert "artists" in sent.url.params["include"]
