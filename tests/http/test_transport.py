"""The default transport reports aiohttp's failures as what they are, in the request and the body."""

from __future__ import annotations

from collections.abc import AsyncIterator

import aiohttp
import httpx
import pytest

from tidalkit._http.parsing import decode_json
from tidalkit._http.transport import _remap, _RemappedStream


def mapped(cause: BaseException) -> httpx.TransportError:
    # what httpx-aiohttp raises for every aiohttp connection error
    try:
        try:
            raise cause
        except BaseException as inner:
            raise httpx.ConnectTimeout(str(inner)) from inner
    except httpx.ConnectTimeout as exc:
        return _remap(exc)


def connector_error() -> aiohttp.ClientConnectorError:
    key = aiohttp.client_reqrep.ConnectionKey("127.0.0.1", 1, False, True, None, None, None)
    return aiohttp.ClientConnectorError(key, ConnectionRefusedError(111, "refused"))


@pytest.mark.parametrize(
    ("cause", "expected"),
    [
        (connector_error(), httpx.ConnectError),
        (aiohttp.ServerDisconnectedError(), httpx.RemoteProtocolError),
        (aiohttp.ClientOSError(104, "reset"), httpx.ReadError),
        (aiohttp.ServerTimeoutError("slow"), httpx.ConnectTimeout),
        (TimeoutError(), httpx.ConnectTimeout),
        (ValueError("other"), httpx.ConnectTimeout),
    ],
)
def test_connection_errors_are_mapped_to_what_happened(
    cause: BaseException, expected: type[httpx.TransportError]
) -> None:
    assert type(mapped(cause)) is expected


def test_an_error_without_a_cause_is_kept() -> None:
    error = httpx.ReadError("plain")
    assert _remap(error) is error


async def test_body_read_errors_are_remapped_too() -> None:
    class Dropping(httpx.AsyncByteStream):
        closed = False

        async def __aiter__(self) -> AsyncIterator[bytes]:
            yield b'{"a":'
            try:
                raise aiohttp.ServerDisconnectedError()
            except aiohttp.ServerDisconnectedError as exc:
                raise httpx.ConnectTimeout("disconnected") from exc

        async def aclose(self) -> None:
            Dropping.closed = True

    response = httpx.Response(200, stream=_RemappedStream(Dropping()))
    with pytest.raises(httpx.RemoteProtocolError):
        await response.aread()
    await response.aclose()
    assert Dropping.closed


def test_decode_json_names_no_request_when_there_is_none() -> None:
    from tidalkit import ResponseValidationError

    with pytest.raises(ResponseValidationError, match=r"^response is not valid JSON"):
        decode_json(httpx.Response(200, content=b"<html>"))
