from __future__ import annotations

import shutil
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples" / "articles"
SEED = EXAMPLES / "2020-08-19-gladkikh-deir-ez-zor.txt"


@pytest.fixture(scope="session")
def extractor():
    """One extractor for the test modules that do not make their own: loading the reference data
    takes about two seconds, and the extractor keeps no state from one article to the next
    (tests/test_extract_robust.py checks that)."""
    from kgbuild.extract import Extractor

    return Extractor()


def invented_figures(extractor, text: str) -> list[tuple[str, int]]:  # type: ignore[no-untyped-def]
    """(kind, value) of every figure the extractor finds in an invented text published 2019-06-12."""
    from datetime import date

    from kgbuild.ingest import Article

    ex = extractor.extract(Article(Path("test.txt"), "test", text, "test", date(2019, 6, 12), "option"))
    return [(f.kind, f.value) for e in ex.events for f in e.figures]


@pytest.fixture(scope="session")
def seed_article():
    from kgbuild.ingest import read_article

    return read_article(SEED)


@pytest.fixture(scope="session")
def seed_extraction(seed_article):
    from kgbuild.extract import extract

    return extract(seed_article)


@pytest.fixture(scope="session")
def built(tmp_path_factory) -> Path:
    """The example corpus built once for the session (read-only for tests)."""
    from kgbuild.publish import build

    out = tmp_path_factory.mktemp("built") / "dist"
    build([EXAMPLES], out, show_progress=False)
    return out


@pytest.fixture(scope="session")
def store(built):
    from kgbuild.query import open_store

    return open_store(built)


@pytest.fixture()
def seed_only(tmp_path) -> Path:
    folder = tmp_path / "articles"
    folder.mkdir()
    shutil.copy(SEED, folder / SEED.name)
    return folder
