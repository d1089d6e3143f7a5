"""``python -m tidalkit``: the ``tidalkit`` command (needs the ``tidalkit[cli]`` extra)."""

from tidalkit.cli import main

if __name__ == "__main__":
    main()
