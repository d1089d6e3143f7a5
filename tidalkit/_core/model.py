"""What the models of both APIs share: the tolerant pydantic base and an always-aware datetime."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Annotated, ClassVar

from pydantic import AfterValidator, BaseModel, ConfigDict

__all__ = ["TolerantModel", "UtcDatetime"]


def _aware(value: datetime) -> datetime:
    return value if value.tzinfo is not None else value.replace(tzinfo=UTC)


UtcDatetime = Annotated[datetime, AfterValidator(_aware)]
"""A datetime that is always aware (TIDAL's naive timestamps are UTC)."""


class TolerantModel(BaseModel):
    """Base of every tidalkit model: fields by name or alias, unknown fields kept, no I/O.

    Each API's base adds its own rules (aliases, null handling, salvage of what does not fit).
    """

    model_config: ClassVar[ConfigDict] = ConfigDict(populate_by_name=True, extra="allow")
