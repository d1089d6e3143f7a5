"""Start-up: a first call loads only what it needs (each check in a fresh interpreter)."""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap

_FIRST_RESULT = """
import asyncio, json, sys
from tidalkit import HeaderAuth
from {module} import {client}
from tidalkit.testing import Sandbox

sandbox = Sandbox()

async def first():
    auth = HeaderAuth({{"Authorization": "Bearer " + sandbox.user_token()}})
    async with {client}(auth=auth, country_code="US", transport=sandbox.transport()) as tidal:
        return {read}

title = asyncio.run(first())

def models(cls):
    return [cls, *(m for sub in cls.__subclasses__() for m in models(sub))]

from pydantic import BaseModel

print(json.dumps({{"title": title, "modules": sorted(sys.modules), "models": len(models(BaseModel))}}))
"""


def _run(code: str, *flags: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(  # noqa: S603 - this interpreter on a fixed program
        [sys.executable, *flags, "-c", textwrap.dedent(code)],
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )


def _first_result(module: str, client: str, read: str) -> tuple[str, set[str], int]:
    """The first track's title, the modules loaded and the number of pydantic model classes made."""
    out = json.loads(_run(_FIRST_RESULT.format(module=module, client=client, read=read)).stdout)
    return out["title"], set(out["modules"]), out["models"]


def test_private_first_result_loads_only_the_tracks_group_and_no_aiohttp() -> None:
    title, modules, _ = _first_result("tidalkit.private", "PrivateAPI", "(await tidal.tracks.get(1)).title")
    assert title
    assert "aiohttp" not in modules  # an injected transport never loads the default one
    assert "tidalkit.private.tracks" in modules
    not_needed = {
        "tidalkit.auth",  # HeaderAuth needs no login flows or token stores
        "tidalkit.private.pages",
        "tidalkit.private.models.page",
        "tidalkit.private.mixes",
        "tidalkit.private.favorites",
        "tidalkit.private.models.playback",  # only playback_info / stream_url read manifests
        "tidalkit.private.manifest",
        "xml.etree.ElementTree",
    }
    assert not_needed.isdisjoint(modules), sorted(not_needed & modules)


def test_v2_first_result_builds_no_unused_shared_models_and_loads_no_aiohttp() -> None:
    title, modules, models = _first_result("tidalkit.api", "TidalAPI", '(await tidal.tracks.get("1")).title')
    assert title
    # the tracks module's own models and the few shared ones it uses (not all 54 shared schemas)
    assert models < 75, models
    assert "aiohttp" not in modules
    assert "tidalkit.api._generated._unused" not in modules
    generated = {m for m in modules if m.startswith("tidalkit.api._generated.")}
    assert generated == {
        "tidalkit.api._generated._common",
        "tidalkit.api._generated._raw",
        "tidalkit.api._generated._registry",
        "tidalkit.api._generated.tracks",
    }


def test_private_namespaces_load_on_first_use_and_stay_per_client() -> None:
    code = """
    import sys
    from tidalkit.private import PrivateAPI
    from tidalkit.private.pages import Pages

    api = PrivateAPI(client_id="id")
    assert "tidalkit.private.pages" in sys.modules  # imported above, by the test itself
    assert isinstance(api.pages, Pages) and api.pages is api.pages
    other = api.with_options(timeout=5)
    assert other.pages is not api.pages and other.pages._client is other
    from tidalkit.auth.config import ME_URL
    assert api.me_url == ME_URL
    assert PrivateAPI(client_id="id", me_url="http://sandbox/login/oauth2/me").me_url.startswith("http://sandbox")
    """
    _run(code)


def test_private_client_imports_no_endpoint_group_or_auth_module_until_used() -> None:
    code = """
    import sys
    from tidalkit.private import PrivateAPI
    api = PrivateAPI(client_id="id")
    loaded = lambda: {m for m in sys.modules if m.startswith(("tidalkit.private.", "tidalkit.auth"))}
    before = loaded()
    api.albums
    print(sorted(before), sorted(loaded() - before))
    """
    before, added = _run(code).stdout.strip().split("] [")
    assert "tidalkit.private.albums" not in before
    assert "tidalkit.auth" not in before
    assert "tidalkit.private.albums" in added
    assert "tidalkit.private.pages" not in added


def test_default_transport_closed_without_a_request_loads_no_aiohttp_outside_a_loop() -> None:
    code = """
    import asyncio, sys
    from tidalkit.api import TidalAPI

    client = TidalAPI()  # built outside any event loop: nothing is chosen yet
    assert "aiohttp" not in sys.modules
    asyncio.run(client.aclose())
    print("aiohttp" in sys.modules)
    """
    result = _run(code, "-X", "dev", "-W", "error::ResourceWarning")
    assert result.stdout.strip() == "False"
    assert "ResourceWarning" not in result.stderr
    assert "nclosed" not in result.stderr


def test_default_transport_made_inside_a_loop_closes_cleanly_without_sending() -> None:
    code = """
    import asyncio
    from tidalkit.private import PrivateAPI

    async def main():
        async with PrivateAPI(client_id="id"):
            pass  # never sends: no connection, no aiohttp session left open

    asyncio.run(main())
    """
    result = _run(code, "-X", "dev", "-W", "error::ResourceWarning")
    assert "ResourceWarning" not in result.stderr
    assert "nclosed" not in result.stderr


def test_the_http_layer_and_a_default_transport_load_neither_asyncio_nor_aiohttp() -> None:
    code = """
    import sys
    import httpx
    from tidalkit._http.client import BaseClient

    BaseClient(base_url="https://example.invalid")  # default transport, built outside a loop
    print(sorted({"asyncio", "aiohttp"} & set(sys.modules)))
    """
    assert _run(code).stdout.strip() == "[]"  # a trio program never loads asyncio for the transport


def test_clients_and_their_paginators_load_neither_asyncio_nor_aiohttp_before_a_loop_runs() -> None:
    code = """
    import sys
    from tidalkit import HeaderAuth
    from tidalkit.api import TidalAPI
    from tidalkit.private import PrivateAPI

    auth = HeaderAuth({"Authorization": "Bearer t"})
    tidal = TidalAPI(auth=auth, country_code="US")
    private = PrivateAPI(auth=auth, country_code="US")
    assert tidal.playlists.items("p") and private.playlists.items("u")  # paginators, not yet walked
    print(sorted({"asyncio", "aiohttp"} & set(sys.modules)))
    """
    assert _run(code).stdout.strip() == "[]"
