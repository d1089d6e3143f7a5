"""Bodies pydantic-core's JSON parser refuses but ``json.loads`` reads, through every recorded payload.

tidalkit validates bodies from their bytes with pydantic-core. Its parser refuses a lone surrogate
escape (a title cut in the middle of an emoji: ``"\\ud83d"``), a byte-order mark, and UTF-16 text,
all of which ``json.loads`` (what a user's own client would call) reads. Each recorded payload,
private and v2, is served as recorded and in those forms; the typed result must be the same (with
the cut titles kept as sent), with the same validation issues and no error.
"""

from __future__ import annotations

import json
from typing import Any

import httpx
import pytest
import respx
from pydantic import BaseModel

from tests.api.helpers import make_client
from tests.api.test_real_payloads import CALLS as V2_CALLS, REAL as V2_REAL
from tests.private.conftest import make_api
from tests.private.test_real_payloads import CALLS as PRIVATE_CALLS, served
from tidalkit._http.errors import ResponseValidationError
from tidalkit._http.parsing import parse_model
from tidalkit.api.document import DocumentBase
from tidalkit.private.models import Track

CUT = "\ud83d"
"""The first half of a surrogate pair, alone: what a title cut mid-emoji sends."""
TEXT_KEYS = {"title", "name", "description", "text", "lyrics", "subtitles"}


def with_cut_titles(value: Any) -> Any:
    """``value`` with ``CUT`` appended to every string under a free-text key."""
    if isinstance(value, dict):
        return {
            key: item + CUT if key in TEXT_KEYS and isinstance(item, str) else with_cut_titles(item)
            for key, item in value.items()
        }
    if isinstance(value, list):
        return [with_cut_titles(item) for item in value]
    return value


def encodings(payload: Any) -> dict[str, tuple[bytes, Any]]:
    """Form → (body bytes, the JSON they carry)."""
    text = json.dumps(payload, ensure_ascii=False)
    cut = with_cut_titles(payload)
    return {
        "as sent": (text.encode(), payload),
        "byte-order mark": (b"\xef\xbb\xbf" + text.encode(), payload),
        "UTF-16": (text.encode("utf-16"), payload),
        "cut titles": (json.dumps(cut).encode(), cut),  # ASCII: the lone surrogate as an escape
    }


def dumped(result: Any) -> Any:
    if isinstance(result, list):
        return [dumped(item) for item in result]  # pyright: ignore[reportUnknownVariableType]
    if isinstance(result, BaseModel):
        return result.model_dump()
    return result


def cut_count(value: Any) -> int:
    if isinstance(value, str):
        return value.count(CUT)
    if isinstance(value, dict):
        return sum(cut_count(item) for item in value.values())  # pyright: ignore[reportUnknownVariableType]
    if isinstance(value, list):
        return sum(cut_count(item) for item in value)  # pyright: ignore[reportUnknownVariableType]
    return 0


def cases(payloads: dict[str, Any]) -> list[tuple[str, str]]:
    """(file, form) for every recorded file; "cut titles" only where the payload has free text."""
    found = [(name, form) for name in sorted(payloads) for form in ("byte-order mark", "UTF-16")]
    found += [(name, "cut titles") for name in sorted(payloads) if cut_count(with_cut_titles(payloads[name]))]
    return found


PRIVATE_CASES = cases({name: served(name) for name in PRIVATE_CALLS})
V2_CASES = cases({name: json.loads((V2_REAL / name).read_bytes()) for name in V2_CALLS})


def test_most_recorded_payloads_carry_free_text_to_cut() -> None:
    cut = [name for name, form in PRIVATE_CASES + V2_CASES if form == "cut titles"]
    assert len(cut) >= 14, cut  # all but the playback and manifest answers


@pytest.mark.parametrize(("name", "form"), PRIVATE_CASES)
async def test_a_private_payload_reads_the_same_in_every_form(name: str, form: str) -> None:
    path, call = PRIVATE_CALLS[name]
    results: dict[str, Any] = {}
    for kind in ("as sent", form):
        body, _ = encodings(served(name))[kind]

        def answer(request: httpx.Request, body: bytes = body) -> httpx.Response:
            if int(request.url.params.get("offset", "0")) > 0:
                return httpx.Response(200, json={"items": []})
            return httpx.Response(200, content=body, headers={"Content-Type": "application/json"})

        router = respx.MockRouter(assert_all_called=True)
        router.get(path=path).mock(side_effect=answer)
        async with make_api(router, cache=False) as api:
            results[kind] = dumped(await call(api))
    if form == "cut titles":
        assert cut_count(results[form]) > 0  # the cut titles came through as sent
        assert json.dumps(results[form], default=str).count("\\ud83d") == cut_count(results[form])
    else:
        assert results[form] == results["as sent"]


@pytest.mark.parametrize(("name", "form"), V2_CASES)
async def test_a_v2_payload_reads_the_same_in_every_form(name: str, form: str) -> None:
    recorded = json.loads((V2_REAL / name).read_bytes())
    documents: dict[str, DocumentBase] = {}
    for kind in ("as sent", form):
        body, _ = encodings(recorded)[kind]
        router = respx.MockRouter(assert_all_called=True)
        router.get(url__startswith="https://openapi.tidal.com/v2/").mock(
            return_value=httpx.Response(
                200, content=body, headers={"Content-Type": "application/vnd.api+json"}
            )
        )
        async with make_client(router, cache=False) as api:
            documents[kind] = await V2_CALLS[name](api)
    sent, other = documents["as sent"], documents[form]
    issues = {(i.resource_type, i.resource_id, i.field, i.problem) for i in sent.validation_issues}
    assert {(i.resource_type, i.resource_id, i.field, i.problem) for i in other.validation_issues} == issues
    resources = [dumped(r) for r in other.included_resources()]
    if form == "cut titles":
        assert cut_count(dumped(other)) + cut_count(resources) > 0
    else:
        assert dumped(other) == dumped(sent)
        assert resources == [dumped(r) for r in sent.included_resources()]


def test_a_cut_title_is_read_as_json_loads_reads_it() -> None:
    body = json.dumps({"id": 1, "title": "Intro " + CUT}).encode()
    assert parse_model(body, Track).title == json.loads(body)["title"]


@pytest.mark.parametrize(
    "body",
    [
        b'{"id": 1, "title": "unterminated',
        b'{"id": 1,}',
        b"\xff\xfe\x00garbage",
        b"",
        b'{"id": 1, "title": "\\ud83d',
    ],
)
def test_a_body_neither_parser_reads_is_still_a_response_validation_error(body: bytes) -> None:
    with pytest.raises(ResponseValidationError) as caught:
        parse_model(body, Track)
    assert "Invalid JSON" in str(caught.value)


def test_a_body_that_parses_but_does_not_fit_is_not_decoded_twice(monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[object] = []
    real = json.loads
    monkeypatch.setattr(json, "loads", lambda *a, **k: calls.append(a) or real(*a, **k))  # pyright: ignore[reportUnknownLambdaType]
    with pytest.raises(ResponseValidationError) as caught:
        parse_model(b'{"id": "not a number"}', Track)
    assert caught.value.path == "id"
    assert calls == []
