"""Generated models and operations for ``squareSites`` — do not edit (scripts/codegen_v2.py)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import ClassVar

from pydantic import Field

from tidalkit.api.model import APIModel, Resource


class SquareSitesAttributes(APIModel):
    """Schema ``SquareSites_Attributes``."""

    domain: str | None = Field(default=None)
    """The site's domain, if one is configured"""

    published: bool | None = Field(default=None)
    """Whether the site is published on Square Online"""

    site_title: str | None = Field(default=None, alias="siteTitle")
    """The site's title as set by the seller in Square"""


class SquareSitesResourceObject(Resource):
    """Schema ``SquareSites_Resource_Object``."""

    RELATIONSHIPS: ClassVar[Mapping[str, bool]] = {}

    attributes: SquareSitesAttributes | None = Field(default=None)

    def _attributes(self) -> SquareSitesAttributes:
        if self.attributes is None:
            raise AttributeError(f"{self.type} {self.id} has no attributes here")
        return self.attributes

    @property
    def domain(self) -> str | None:
        """The site's domain, if one is configured"""
        return self._attributes().domain

    @property
    def published(self) -> bool | None:
        """Whether the site is published on Square Online"""
        return self._attributes().published

    @property
    def site_title(self) -> str | None:
        """The site's title as set by the seller in Square"""
        return self._attributes().site_title
