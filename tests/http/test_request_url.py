"""Request URLs built on the parsed base URL equal what httpx itself parses, for any path and query."""

from __future__ import annotations

from urllib.parse import quote

import httpx
import pytest

from tidalkit._http.request import encode_query
from tidalkit._http.url import request_url

BASES = [
    "https://api.tidal.com/v1/",
    "https://openapi.tidal.com/v2/",
    "http://127.0.0.1:8123/api/",
    "https://user:p%40ss@host.example:443/a b/",
    "https://host.example/",
]
TAILS = [
    "",
    "tracks/144371283",
    "tracks/144371283?countryCode=US",
    "tracks?countryCode=US&include=albums,artists&filter[id]=1&filter[id]=2",
    "playlists/0b7a-4e/items?limit=100&offset=200",
    "a/./b/../c",
    "../../escape",
    "with space/and%20escape/and%zz",
    "brackets[]/and:colon@at",
    'q?x=a b&y="quoted"&z=<>&w=%',
    "q?nested?question",
    "tab\there",
    "new\nline",
    "unicodé/ü",
    "frag#ment",
    "q?x=1#frag",
    "//double/slash",
    "%2E%2E/encoded-dots",
    "a" * 70_000,
]


@pytest.mark.parametrize("base", BASES)
@pytest.mark.parametrize("tail", TAILS)
def test_the_built_url_is_the_one_httpx_parses(base: str, tail: str) -> None:
    url = base + tail
    try:
        expected = httpx.URL(url)
    except httpx.InvalidURL as exc:
        with pytest.raises(httpx.InvalidURL, match=str(exc)[:20]):
            request_url(url, base)
        return
    built = request_url(url, base)
    assert built == expected
    assert str(built) == str(expected)
    assert built.raw_path == expected.raw_path
    assert (built.scheme, built.host, built.port, built.userinfo) == (
        expected.scheme,
        expected.host,
        expected.port,
        expected.userinfo,
    )
    assert httpx.Request("GET", built).url == httpx.Request("GET", url).url


def test_urls_of_other_hosts_and_bases_with_a_query_are_parsed_in_full() -> None:
    assert request_url("https://other.example/x?y=1", "https://api.tidal.com/") == httpx.URL(
        "https://other.example/x?y=1"
    )
    base = "https://api.tidal.com/?k=v"
    assert request_url(base + "&more", base) == httpx.URL(base + "&more")


@pytest.mark.parametrize(
    "params",
    [
        [("countryCode", "US"), ("filter[id]", ["1", "2"]), ("include", "albums,artists.albums")],
        [("query", "AC/DC & friends?"), ("page[cursor]", "3nI1Esi=+/"), ("flag", True)],
        [("q", "Björk — Jóga"), ("emoji", "🎵")],
    ],
)
def test_queries_tidalkit_encodes_come_out_as_httpx_reads_them(params: list[tuple[str, object]]) -> None:
    base = "https://openapi.tidal.com/v2/"
    url = f"{base}searchResults/x?{encode_query(params)}"  # type: ignore[arg-type]
    assert request_url(url, base) == httpx.URL(url)
    assert request_url(url, base).params == httpx.URL(url).params


@pytest.mark.parametrize(
    "value",
    [
        "US",
        "144371283",
        "albums,artists.albums",
        "Björk",
        "²³",  # alphanumeric to str.isalnum, not ASCII
        "٣",  # an Arabic-Indic digit
        "ǅ",
        "a b",
        "a+b/c?d&e=f#g%",
        "",
        "3nI1Esi=+/",
        "🎵",
        "\x00\n",
        12,
        -3,
        1.5,
        True,
        False,
    ],
)
def test_each_query_value_is_escaped_exactly_as_urllib_would(value: object) -> None:
    # the fast path for plain values must not change what is sent
    text = ("true" if value else "false") if isinstance(value, bool) else str(value)
    expected = f"{quote('filter[id]', safe='[].:')}={quote(text, safe=',:[].')}"
    assert encode_query([("filter[id]", value)]) == expected  # type: ignore[list-item]
    assert encode_query([("k y", [value, value])]) == "&".join(  # type: ignore[list-item]
        [f"k%20y={quote(text, safe=',:[].')}"] * 2
    )


PRINTABLE = [chr(code) for code in range(0x20, 0x7F)]


@pytest.mark.parametrize("char", PRINTABLE)
def test_every_printable_character_in_a_path_or_query_comes_out_as_httpx_quotes_it(char: str) -> None:
    base = "https://api.tidal.com/v1/"
    for tail in (
        f"tracks/a{char}b",
        f"tracks/{char}",
        f"tracks?x=a{char}b",
        f"tracks?x={char}&y=%41{char}%4",
        f"a%2F{char}%zz?{char}=%7E{char}",
    ):
        url = base + tail
        try:
            expected = httpx.URL(url)
        except httpx.InvalidURL:
            continue
        built = request_url(url, base)
        assert str(built) == str(expected), tail
        assert built.raw_path == expected.raw_path, tail
