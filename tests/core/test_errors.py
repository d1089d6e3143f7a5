"""One error hierarchy: request/response info without secrets, one typed status, OAuth errors included."""

from __future__ import annotations

import httpx
import pytest

from tidalkit import (
    APIError,
    APIStatusError,
    AuthenticationError,
    HeaderAuth,
    InvalidClientError,
    MissingClientIdError,
    NotFoundError,
    OAuthError,
    PermissionDeniedError,
    RelationshipNotIncludedError,
    RequestInfo,
    TidalError,
)
from tidalkit._http.errors import error_from_response
from tidalkit.api import TidalAPI
from tidalkit.auth import AuthEndpoints, ClientCredentialsGrant
from tidalkit.private import PrivateAPI
from tidalkit.private.artwork import ArtworkError
from tidalkit.testing import SANDBOX_CLIENT_ID, Sandbox

SECRET = "bearer-secret-value-123"


def test_every_error_tidalkit_raises_on_purpose_is_a_tidal_error() -> None:
    for cls in (OAuthError, RelationshipNotIncludedError, ArtworkError, MissingClientIdError, APIError):
        assert issubclass(cls, TidalError)
    assert issubclass(OAuthError, APIStatusError)
    assert issubclass(OAuthError, AuthenticationError)
    assert issubclass(RelationshipNotIncludedError, AttributeError)  # getattr(..., default) still works


def test_the_request_info_holds_method_and_url_but_no_secret() -> None:
    request = httpx.Request(
        "GET",
        "https://user:pw@api.tidal.com/v1/tracks/1?countryCode=US&access_token=" + SECRET,
        headers={"Authorization": f"Bearer {SECRET}"},
    )
    error = error_from_response(httpx.Response(404, json={"userMessage": "gone"}, request=request))
    assert isinstance(error, NotFoundError)
    assert error.request == RequestInfo(
        "GET", "https://api.tidal.com/v1/tracks/1?countryCode=US&access_token=%2A%2A%2A"
    )
    assert error.request.path == "/v1/tracks/1"
    assert error.response.status_code == error.status_code == 404
    text = f"{error} {error!r} {error.request!r} {error.response!r} {vars(error)!r}"
    assert SECRET not in text
    assert "pw" not in error.request.url


def test_the_status_code_is_one_attribute_typed_per_class() -> None:
    request = httpx.Request("GET", "https://x.test/a")
    error = error_from_response(httpx.Response(404, request=request))
    assert type(error) is NotFoundError
    assert error.status_code == 404
    assert not hasattr(NotFoundError, "status")


async def test_oauth_errors_are_status_errors_with_the_request_and_no_secret() -> None:
    sandbox = Sandbox()
    grant = ClientCredentialsGrant(
        client_id=SANDBOX_CLIENT_ID,
        client_secret="wrong-secret-value",
        endpoints=AuthEndpoints.at(sandbox.urls.auth, login=sandbox.urls.login),
        transport=sandbox.transport(),
    )
    async with grant:
        with pytest.raises(InvalidClientError) as caught:
            await grant.obtain()
    error = caught.value
    assert isinstance(error, APIStatusError)
    assert error.status_code == 401
    assert error.code == "invalid_client"
    assert error.request is not None
    assert error.request.method == "POST"
    assert error.request.path.endswith("/oauth2/token")
    assert "wrong-secret-value" not in f"{error} {error!r} {error.response!r}"


async def test_a_403_names_the_scopes_the_operation_needs() -> None:
    sandbox = Sandbox()
    app_token = HeaderAuth({"Authorization": f"Bearer {sandbox.auth.issue_token(user=False)}"})
    async with TidalAPI(auth=app_token, base_url=sandbox.urls.v2, transport=sandbox.transport()) as tidal:
        with pytest.raises(PermissionDeniedError) as caught:
            await tidal.users.me()
    assert caught.value.status_code == 403
    assert "r_usr" in caught.value.required_scopes
    assert "needs scopes" in str(caught.value)


def test_a_missing_client_id_is_the_same_typed_error_in_auth_and_in_the_private_client(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    for variable in ("TIDAL_CLIENT_ID", "TIDAL_PRIVATE_CLIENT_ID"):
        monkeypatch.delenv(variable, raising=False)
    with pytest.raises(MissingClientIdError):
        PrivateAPI()
    with pytest.raises(MissingClientIdError):
        ClientCredentialsGrant(client_secret="s")
