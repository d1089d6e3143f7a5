"""Write the documentation's complete programs to a directory for pyright strict.

    python scripts/doc_snippets.py OUTDIR && pyright -p OUTDIR      # what `nox -s docs` runs

A complete program is a ```python block of README.md or docs/*.md that runs as it stands: a
script ending in ``asyncio.run(main())`` or a test module (``pytestmark = pytest.mark.anyio``).
Fragments (blocks with ``...`` or names defined elsewhere on the page) are not included.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BLOCK = re.compile(r"```python\n(.*?)```", re.S)
COMPLETE = ("asyncio.run(main())", "pytestmark = pytest.mark.anyio")


def programs() -> dict[str, str]:
    """``{file name: source}`` of every complete program in the docs."""
    found: dict[str, str] = {}
    for page in [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]:
        blocks = BLOCK.findall(page.read_text(encoding="utf-8"))
        for number, block in enumerate(blocks, start=1):
            if any(marker in block for marker in COMPLETE):
                found[f"{page.stem.replace('-', '_').lower()}_{number}.py"] = block
    return found


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print(__doc__, file=sys.stderr)
        return 2
    out = Path(argv[0])
    out.mkdir(parents=True, exist_ok=True)
    for name, source in programs().items():
        (out / name).write_text(source, encoding="utf-8")
    config = {"typeCheckingMode": "strict", "pythonVersion": "3.11", "reportMissingTypeStubs": False}
    (out / "pyrightconfig.json").write_text(json.dumps(config), encoding="utf-8")
    print(f"{len(programs())} documented programs written to {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
