"""Tolerant pydantic models of the private API's payloads: every public name of the modules below."""

from tidalkit.private.models import catalog, collection, page, paging, playback, search, user
from tidalkit.private.models.catalog import *  # noqa: F403
from tidalkit.private.models.collection import *  # noqa: F403
from tidalkit.private.models.page import *  # noqa: F403
from tidalkit.private.models.paging import *  # noqa: F403
from tidalkit.private.models.playback import *  # noqa: F403
from tidalkit.private.models.search import *  # noqa: F403
from tidalkit.private.models.user import *  # noqa: F403

__all__: list[str] = []
__all__ += catalog.__all__
__all__ += collection.__all__
__all__ += page.__all__
__all__ += paging.__all__
__all__ += playback.__all__
__all__ += search.__all__
__all__ += user.__all__
