"""The README is the contract: its commands run in CI, every command and query is documented."""

from __future__ import annotations

import re
from pathlib import Path

from kgbuild.cli import cli
from kgbuild.query import load_queries

ROOT = Path(__file__).resolve().parent.parent
README = (ROOT / "README.md").read_text()


def readme_commands():
    return re.findall(r"```sh\n(.+?)\n```", README)


def test_two_setup_commands_first():
    cmds = readme_commands()
    assert len(cmds) >= 2
    assert "kgbuild build examples/articles" in cmds[0] or "kgbuild serve" in cmds[0]
    assert "pytest" in cmds[1] and ".[test]" in cmds[1]


def test_ci_runs_the_readme_test_command():
    ci = (ROOT / ".ci" / "run").read_text()
    assert readme_commands()[1] in ci


def test_every_command_documented():
    for name in cli.commands:
        assert f"kgbuild {name}" in README, name


def test_every_canned_query_documented():
    for name, q in load_queries().items():
        assert f"`{name}`" in README, name
        for p in q.params:
            assert p.doc, f"{name}: parameter {p.name} has no documentation"


def test_every_resource_file_ships_in_the_wheel():
    import tomllib

    data_files = tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["setuptools"]["data-files"]
    shipped = {f for files in data_files.values() for f in files}
    for folder, pattern in (("ontology", "*.ttl"), ("shapes", "*.ttl"), ("queries", "*.rq")):
        for path in (ROOT / folder).glob(pattern):
            assert f"{folder}/{path.name}" in shipped, path
