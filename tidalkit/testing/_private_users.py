"""The signed-in user's endpoints of the sandbox's private API: account, session and favourites.

GET v1/users/{uid}, /subscription; GET v1/sessions, v1/country; GET/POST v1/users/{uid}/favorites/{type},
DELETE v1/users/{uid}/favorites/{type}/{ids}, GET v1/users/{uid}/favorites/ids; GET v2/favorites/mixes,
PUT v2/favorites/mixes/add|remove. Writes take the request shapes live TIDAL takes; older ones get a 400.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from tidalkit.testing._asgi import Mount, Response, SandboxRequest, json_response
from tidalkit.testing._catalog import now_ms
from tidalkit.testing._private_payloads import private_date
from tidalkit.testing._private_requests import Fail, PrivateHandlers, cursor_args, not_found, paged

__all__ = ["PrivateUsers"]

_KINDS = ("tracks", "albums", "artists", "videos", "playlists")
# the form fields live TIDAL takes (tidalapi 0.8.11, tidalapi/user.py); the plural names of older
# documentation are refused with 400
_FAVORITE_FORM = {"tracks": "trackId", "albums": "albumId", "artists": "artistId", "videos": "videoIds"}
_EMPTY_OK = (b"content-length", b"0")


class PrivateUsers(PrivateHandlers):
    """Handlers of the user, session and favourites routes (a user session only, the country aside)."""

    def register(self, routes: Mount) -> None:
        add = routes.add
        add("GET", "/v1/users/{uid}/favorites/ids", "favorites.ids", self._favorite_ids)
        for kind in _KINDS:
            favorites = f"/v1/users/{{uid}}/favorites/{kind}"
            add("GET", favorites, f"favorites.{kind}", self._favorites(kind))
            add("POST", favorites, f"favorites.{kind}.add", self._favorite_add(kind))
            add("DELETE", f"{favorites}/{{ids}}", f"favorites.{kind}.remove", self._favorite_remove(kind))
        add("GET", "/v2/favorites/mixes", "favorites.mixes", self._favorite_mixes)
        for action in ("add", "remove"):
            add("PUT", f"/v2/favorites/mixes/{action}", f"favorites.mixes.{action}", self._mix_edit(action))
        add("GET", "/v1/users/{uid}", "users.get", self._user)
        add("GET", "/v1/users/{uid}/subscription", "users.subscription", self._subscription)
        add("GET", "/v1/sessions", "sessions", self._session)
        add("GET", "/v1/country", "country", self._country)

    # ---- favourites ----------------------------------------------------------------------------
    def _favorites(self, kind: str) -> Callable[[SandboxRequest], Response]:
        def handle(req: SandboxRequest) -> Response:
            self._user_only(req, req.params["uid"])
            limit, offset = self._page_args(req)
            descending = (req.arg("orderDirection") or "DESC").upper() == "DESC"
            entries = sorted(self.catalog.favorites[kind].items(), key=lambda kv: kv[1], reverse=descending)
            page = entries[offset : offset + limit]
            items = [
                {"created": private_date(ms), "item": self.payloads.render(kind, key)} for key, ms in page
            ]
            return json_response(200, paged(limit, offset, len(entries), items))

        return handle

    def _favorite_ids(self, req: SandboxRequest) -> Response:
        self._user_only(req, req.params["uid"])
        fav = self.catalog.favorites
        payload = {kind[:-1].upper(): [str(k) for k in fav[kind]] for kind in _KINDS}
        return json_response(200, payload)

    def _parse_keys(self, kind: str, raw: Sequence[str], *, skip_missing: bool) -> list[int | str]:
        keys: list[int | str] = []
        for part in raw:
            key: int | str = int(part) if kind != "playlists" and part.isdigit() else part
            if not self.catalog.has(kind, key):
                if skip_missing:
                    continue
                raise not_found(kind[:-1].capitalize())
            keys.append(key)
        return keys

    def _favorite_add(self, kind: str) -> Callable[[SandboxRequest], Response]:
        def handle(req: SandboxRequest) -> Response:
            self._user_only(req, req.params["uid"])
            form = req.form()
            field = "uuids" if kind == "playlists" else _FAVORITE_FORM[kind]
            raw = form.get(field) or ""
            parts = [p for p in raw.split(",") if p]
            if not parts:
                raise Fail(400, 1002, f"{field} is required (comma-separated ids)")
            if len(parts) > 1000:
                raise Fail(400, 1002, "At most 1000 ids per request")
            skip = form.get("onArtifactNotFound", "FAIL").upper() == "SKIP"
            favorites = self.catalog.favorites[kind]
            now = now_ms()
            for key in self._parse_keys(kind, parts, skip_missing=skip):
                favorites.pop(key, None)
                favorites[key] = now
            return Response(200, b"", [_EMPTY_OK])

        return handle

    def _favorite_remove(self, kind: str) -> Callable[[SandboxRequest], Response]:
        def handle(req: SandboxRequest) -> Response:
            self._user_only(req, req.params["uid"])
            favorites = self.catalog.favorites[kind]
            for part in req.params["ids"].split(","):
                key: int | str = int(part) if kind != "playlists" and part.isdigit() else part
                favorites.pop(key, None)
            return Response(200, b"", [_EMPTY_OK])

        return handle

    def _favorite_mixes(self, req: SandboxRequest) -> Response:
        """GET v2/favorites/mixes: cursor pages; the page's ``lastModifiedAt`` as TIDAL names it today."""
        self._user_only(req)
        limit, start = cursor_args(req)
        mixes = sorted(self.catalog.favorite_mixes.items(), key=lambda kv: kv[1], reverse=True)
        page = mixes[start : start + limit]
        payload = self.payloads.mix_page(
            [self.payloads.mix(mix_id, added) for mix_id, added in page],
            cursor=str(start + limit) if start + limit < len(mixes) else None,
            modified_ms=max((added for _, added in mixes), default=0),
        )
        return json_response(200, payload)

    def _mix_edit(self, action: str) -> Callable[[SandboxRequest], Response]:
        def handle(req: SandboxRequest) -> Response:
            """PUT v2/favorites/mixes/{add,remove}: ``mixIds`` and ``onArtifactNotFound`` in the query."""
            self._user_only(req)
            if req.body and "mixIds" in req.form():
                raise Fail(400, 1002, "mixIds belongs in the query, not the form body")
            ids = req.args("mixIds")
            if not ids or req.arg("onArtifactNotFound") not in ("FAIL", "SKIP"):
                raise Fail(400, 1002, "mixIds and onArtifactNotFound (FAIL or SKIP) are required")
            mixes = self.catalog.favorite_mixes
            for mix_id in ids:
                if action == "add":
                    mixes[mix_id] = now_ms()
                else:
                    mixes.pop(mix_id, None)
            key = "addedItems" if action == "add" else "deletedItems"
            return json_response(200, {key: ids})

        return handle

    # ---- account -------------------------------------------------------------------------------
    def _user(self, req: SandboxRequest) -> Response:
        self._user_only(req, req.params["uid"])
        c = self.config
        payload = {
            "id": c.user_id,
            "username": c.username,
            "firstName": "Sandbox",
            "lastName": "User",
            "email": c.username,
            "emailVerified": True,
            "countryCode": c.country_code,
            "created": private_date(1_500_000_000_000),
            "picture": None,
            "newsletter": False,
            "acceptedEULA": True,
            "gender": None,
            "dateOfBirth": None,
            "facebookUid": 0,
            "appleUid": None,
        }
        return json_response(200, payload)

    def _subscription(self, req: SandboxRequest) -> Response:
        self._user_only(req, req.params["uid"])
        payload = {
            "startDate": private_date(1_600_000_000_000),
            "validUntil": private_date(1_900_000_000_000),
            "status": "ACTIVE",
            "subscription": {"type": "HIFI_PLUS", "offlineGracePeriod": 30},
            "highestSoundQuality": "HI_RES_LOSSLESS",
            "premiumAccess": True,
            "canGetTrial": False,
            "paymentType": "CREDIT_CARD",
            "paymentOverdue": False,
        }
        return json_response(200, payload)

    def _session(self, req: SandboxRequest) -> Response:
        user_id = self._user_only(req)
        payload = {
            "sessionId": self.catalog.uuid(80, user_id),
            "userId": user_id,
            "countryCode": self.config.country_code,
            "channelId": 1,
            "partnerId": 1,
            "client": {
                "id": 1,
                "name": "tidalkit sandbox",
                "authorizedForOffline": False,
                "authorizedForOfflineDate": None,
            },
        }
        return json_response(200, payload)

    def _country(self, req: SandboxRequest) -> Response:
        return json_response(200, {"countryCode": self.config.country_code})
