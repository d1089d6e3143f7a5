"""``python -m tidalkit.cli``: the ``tidalkit`` command."""

from tidalkit.cli import main

if __name__ == "__main__":
    main()
