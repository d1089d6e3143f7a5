"""The generator: committed output is current, ``--check`` catches stale output, output is importable."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = ROOT / "scripts" / "codegen_v2.py"
GENERATED = ROOT / "tidalkit" / "api" / "_generated"


def _check(out: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(  # noqa: S603 - this interpreter on the repo's own script
        [sys.executable, str(SCRIPT), "--check", "--out", str(out)],
        capture_output=True,
        text=True,
        check=False,
    )


def test_committed_generated_code_is_current_and_check_detects_staleness(tmp_path: Path) -> None:
    copy = tmp_path / "_generated"
    shutil.copytree(GENERATED, copy, ignore=shutil.ignore_patterns("__pycache__"))
    assert _check(copy).returncode == 0

    tracks = copy / "tracks.py"
    tracks.write_text(tracks.read_text(encoding="utf-8") + "\n# hand edit\n", encoding="utf-8")
    (copy / "leftover.py").write_text("", encoding="utf-8")
    stale = _check(copy)
    assert stale.returncode == 1
    assert "tracks.py" in stale.stderr
    assert "leftover.py" in stale.stderr


def test_generated_package_records_the_spec_version() -> None:
    from tidalkit.api._generated import SPEC_VERSION
    from tidalkit.api._generated._registry import SPEC_VERSION as REGISTRY_VERSION

    assert SPEC_VERSION == REGISTRY_VERSION == "1.10.106"
    assert "1.10.104" in (ROOT / "spec" / "SOURCE.md").read_text(encoding="utf-8")


def test_a_create_parses_the_201_resource_not_the_200_dry_run() -> None:
    import inspect

    from tidalkit.api._generated.artists import ArtistsOperations

    source = inspect.getsource(ArtistsOperations.create)
    assert "ArtistsCreateSingleResourceDataDocument" in source  # 201
    assert "MutationResponseDocument" not in source  # the 200 dry run


def test_parameter_limits_from_the_spec_are_in_the_registry() -> None:
    from tidalkit.api._generated._registry import PARAMETER_LIMITS
    from tidalkit.api.limits import max_values

    assert PARAMETER_LIMITS["tracks.list"]["filter[id]"] == (1, 20, 1, None, None)
    assert max_values("tracks.list") == max_values("albums.list") == 20
    assert max_values("tracks.list", "filter[owners.id]") == 1
    assert max_values("tracks.get") is None
    assert PARAMETER_LIMITS["providerProductInfos.list"]["filter[grid]"][4] == "^[A-Z0-9-]{1,32}$"


def test_required_attributes_are_redactable_and_deprecated_attributes_stand_in() -> None:
    from tidalkit.api._generated.albums import AlbumsAttributes

    field = AlbumsAttributes.model_fields["album_type"]
    assert field.is_required()  # the fast path notices when TIDAL leaves it out
    assert AlbumsAttributes.DEPRECATED_FALLBACKS == {"albumType": "type"}
    assert AlbumsAttributes.model_validate({**_album_attributes(), "albumType": None}).album_type is None


def _album_attributes() -> dict[str, object]:
    return {
        "barcodeId": "1",
        "duration": "PT1M",
        "explicit": False,
        "mediaTags": [],
        "numberOfItems": 1,
        "numberOfVolumes": 1,
        "popularity": 0.1,
        "title": "t",
    }
