"""Start-up: a first call loads only what it needs (each check in a fresh interpreter)."""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap

import anyio
import pytest

from tidalkit.testing import Sandbox

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


_HTTPX_MODULES = 'sorted(m for m in sys.modules if m.split(".")[0] in {"httpx", "httpcore", "h11"})'


def test_clients_their_namespaces_and_derived_clients_load_no_httpx_before_a_request() -> None:
    code = f"""
    import sys
    from tidalkit import HeaderAuth
    from tidalkit.api import TidalAPI
    from tidalkit.private import PrivateAPI

    auth = HeaderAuth({{"Authorization": "Bearer t"}})
    tidal = TidalAPI(auth=auth, country_code="US")
    private = PrivateAPI(auth=auth, country_code="US")
    assert callable(tidal.tracks.get) and callable(private.tracks.get)
    assert callable(tidal.with_options(auth=auth, max_retries=1).tracks.get)
    print({_HTTPX_MODULES})
    """
    assert _run(code).stdout.strip() == "[]"


def test_a_token_provider_as_auth_loads_no_httpx_before_a_request() -> None:
    code = f"""
    import sys
    from tidalkit import ClientCredentialsGrant, TokenProvider
    from tidalkit.api import TidalAPI

    provider = TokenProvider(ClientCredentialsGrant(client_id="id", client_secret="secret"))
    tidal = TidalAPI(auth=provider)  # hands the provider its pool, which is not made yet
    assert callable(tidal.tracks.get)
    print({_HTTPX_MODULES})
    """
    assert _run(code).stdout.strip() == "[]"


def test_a_client_closed_without_a_request_never_loads_httpx() -> None:
    code = """
    import asyncio, sys
    from tidalkit import ClientClosedError, HeaderAuth
    from tidalkit.api import TidalAPI
    from tidalkit.private import PrivateAPI

    async def main():
        auth = HeaderAuth({"Authorization": "Bearer t"})
        async with TidalAPI(auth=auth) as tidal, PrivateAPI(auth=auth) as private:
            derived = tidal.with_options(headers={"X-A": "1"})
        await derived.aclose()
        try:
            tidal.http_client  # closed before its first use: no connections are opened now
        except ClientClosedError:
            refused = True
        return tidal.closed and private.closed and derived.closed and refused

    print(asyncio.run(main()), "httpx" in sys.modules)
    """
    result = _run(code, "-X", "dev", "-W", "error::ResourceWarning")
    assert result.stdout.split() == ["True", "False"]
    assert "ResourceWarning" not in result.stderr
    assert "nclosed" not in result.stderr


_FIRST_REQUEST = """
import asyncio, sys
from tidalkit import HeaderAuth
from {module} import {client}

async def first():
    auth = HeaderAuth({{"Authorization": "Bearer {token}"}})
    async with {client}(auth=auth, base_url="{base_url}", country_code="US") as tidal:
        derived = tidal.with_options(max_retries=1)  # made before the pool: shares it all the same
        before = "httpx" in sys.modules
        title = {read}
        return title, before, "httpx" in sys.modules, derived.http_client is tidal.http_client

print(*asyncio.run(first()))
"""


@pytest.mark.parametrize(
    ("module", "client", "url", "read"),
    [
        ("tidalkit.api", "TidalAPI", "v2", '(await derived.tracks.get("1")).title'),
        ("tidalkit.private", "PrivateAPI", "private", "(await derived.tracks.get(1)).title"),
    ],
)
async def test_the_first_request_loads_httpx_and_gets_its_answer(
    module: str, client: str, url: str, read: str
) -> None:
    sandbox = Sandbox()
    async with sandbox.serve() as server:  # loopback, the default transport: nothing httpx-made is passed in
        code = _FIRST_REQUEST.format(
            module=module,
            client=client,
            token=sandbox.user_token(),
            base_url=getattr(server.urls, url),
            read=read,
        )
        with anyio.fail_after(120):
            result = await anyio.run_process([sys.executable, "-c", code], check=False)
    assert result.returncode == 0, result.stderr.decode()
    title, before, after, shared = result.stdout.decode().rsplit(maxsplit=3)
    assert title
    assert (before, after, shared) == ("False", "True", "True")


def test_an_injected_http_client_is_used_as_is_and_left_open() -> None:
    code = """
    import asyncio, json
    import httpx
    from tidalkit import HeaderAuth
    from tidalkit.private import PrivateAPI
    from tidalkit.testing import Sandbox

    sandbox = Sandbox()
    seen = []

    async def record(request):
        seen.append(request.url.path)

    async def main():
        auth = HeaderAuth({"Authorization": "Bearer " + sandbox.user_token()})
        hooks = {"request": [record]}
        async with httpx.AsyncClient(transport=sandbox.transport(), event_hooks=hooks) as http:
            async with PrivateAPI(auth=auth, http_client=http, country_code="US") as tidal:
                derived = tidal.with_options(timeout=5)
                title = (await derived.tracks.get(1)).title
                same = tidal.http_client is http and derived.http_client is http
            return title, same, http.is_closed

    title, same, closed = asyncio.run(main())
    print(json.dumps({"title": title, "same": same, "closed": closed, "seen": seen}))
    """
    out = json.loads(_run(code).stdout)
    assert out["title"]
    assert out["same"] is True
    assert out["closed"] is False  # tidalkit never closes a client it was given
    assert out["seen"] == ["/v1/tracks/1"]  # the request went through the injected client's hooks


def test_the_package_its_auth_and_errors_load_no_pydantic_until_a_client_module_does() -> None:
    code = """
    import sys
    import tidalkit
    from tidalkit import HeaderAuth, TidalError
    from tidalkit._http import BaseClient

    BaseClient(base_url="https://example.invalid", auth=HeaderAuth({"X-Tidal-Token": "id"}))
    before = sorted({"pydantic", "email.utils"} & set(sys.modules))
    from tidalkit.api import TidalAPI
    print(before, "pydantic" in sys.modules)
    """
    assert _run(code).stdout.strip() == "[] True"
