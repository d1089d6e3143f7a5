"""Public names of the packages: what type checkers see is what the package serves at run time."""

from __future__ import annotations

import ast
import importlib
import inspect

import pytest


def _type_checking_imports(package: str) -> dict[str, str]:
    """``name -> module`` of the imports under ``if TYPE_CHECKING:`` in ``package``'s source."""
    tree = ast.parse(inspect.getsource(importlib.import_module(package)))
    found: dict[str, str] = {}
    for node in tree.body:
        if isinstance(node, ast.If) and ast.unparse(node.test) == "TYPE_CHECKING":
            for statement in node.body:
                assert isinstance(statement, ast.ImportFrom)
                assert statement.module is not None
                for alias in statement.names:
                    # ``import X as X``: a re-export to type checkers (the package has no static __all__)
                    assert alias.asname == alias.name, f"{package}: import {alias.name} as {alias.name}"
                    found[alias.name] = statement.module
    return found


@pytest.mark.parametrize("package", ["tidalkit", "tidalkit.api", "tidalkit.private"])
def test_lazy_table_names_what_type_checkers_import(package: str) -> None:
    module = importlib.import_module(package)
    assert _type_checking_imports(package) == module._LAZY
    assert set(module._LAZY) <= set(module.__all__)  # the table is the package's __all__
    for name in module.__all__:
        assert getattr(module, name) is not None
    assert sorted(dir(module)) == sorted(module.__all__)
    star: dict[str, object] = {}
    exec(f"from {package} import *", star)  # noqa: S102 - a fixed import statement
    assert set(module.__all__) <= set(star)


def test_private_models_package_serves_every_public_model_of_its_modules() -> None:
    from tidalkit.private import models
    from tidalkit.private.models import catalog, page, user

    assert len(models.__all__) == len(set(models.__all__))
    for module in (catalog, page, user):
        for name in module.__all__:
            assert getattr(models, name) is getattr(module, name)


def test_private_models_load_their_modules_on_first_use() -> None:
    import subprocess
    import sys

    program = (
        "import sys\n"
        "from tidalkit.private.models import Track\n"
        "assert 'tidalkit.private.models.page' not in sys.modules\n"
        "import tidalkit.private.models as models\n"
        "assert models.Page.__module__ == 'tidalkit.private.models.page'\n"
        "assert sorted(dir(models)) == sorted(models.__all__)\n"
        "assert all(getattr(models, name) is not None for name in models.__all__)\n"
        "namespace = {}\n"
        "exec('from tidalkit.private.models import *', namespace)\n"
        "assert set(models.__all__) <= set(namespace)\n"
        "try:\n"
        "    models.NoSuchModel\n"
        "except AttributeError as exc:\n"
        "    assert 'NoSuchModel' in str(exc)\n"
        "else:\n"
        "    raise SystemExit('no AttributeError')\n"
    )
    subprocess.run([sys.executable, "-c", program], check=True, timeout=60)  # noqa: S603 - our own program
