"""Where the project's data folders (ontology, shapes, queries) are found.

In a source checkout (the README's ``pip install -e .``) they sit beside the package;
a wheel installs them as data files under ``<prefix>/share/kgbuild/<name>``.
"""

from __future__ import annotations

import sys
from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent


def resource_path(name: str) -> Path:
    """The folder ``name`` (``ontology``, ``shapes`` or ``queries``)."""
    for candidate in (_PACKAGE.parent / name, Path(sys.prefix) / "share" / "kgbuild" / name):
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError(f"kgbuild resource folder {name!r} is missing from the installation")
