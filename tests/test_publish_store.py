"""`kgbuild publish` into a real triple store, and the faults a push must survive.

The Virtuoso tests start Debian's ``virtuoso-t`` once for the session (``tests/virtuoso.py``)
on free 127.0.0.1 ports with its own database folder; they are skipped only when
``virtuoso-t`` is not installed (``.ci/run`` installs it).
"""

from __future__ import annotations

import shutil
import urllib.parse
from decimal import Decimal, InvalidOperation
from pathlib import Path

import pyoxigraph as ox
import pytest
import virtuoso as vt
from click.testing import CliRunner

from kgbuild.cli import cli
from kgbuild.errors import QueryError
from kgbuild.query import load_queries, open_store, run_canned
from kgbuild.remote import (
    KGBUILD_GRAPHS,
    STAGING_PREFIX,
    GraphStore,
    StoreError,
    StoreOptionError,
    publish,
    remote_sparql,
    run_remote,
    staging_graph,
    store_class,
)

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples" / "articles"
SMALL = [  # a few example articles: the "previous" dataset in the fault tests
    "2015-09-30-russian-airstrikes-homs.md",
    "2016-03-24-prokhorenko-palmyra.md",
    "2018-02-11-turkish-helicopter-hatay.md",
    "2019-10-13-hevrin-khalaf.md",
    "2020-08-19-gladkikh-deir-ez-zor.txt",
]
# canned query runs compared between the embedded store and Virtuoso
CASES = [
    ("deaths", {"nationality": "RU"}),
    ("deaths", {"nationality": "RU", "since": "2015-09-01", "until": "2020-12-31"}),
    ("deaths", {"nationality": "SY", "affiliation": "armed-forces"}),
    ("persons-killed", {}),
    ("persons-killed", {"nationality": "RU", "until": "2018-01-01"}),
    ("events", {}),
    ("events", {"country": "SY", "since": "2016-01-01"}),
    ("tolls", {}),
    ("tolls", {"nationality": "RU"}),
]
NUMERIC = {
    "integer",
    "decimal",
    "double",
    "float",
    "int",
    "long",
    "short",
    "nonNegativeInteger",
    "positiveInteger",
    "unsignedInt",
}


def run(*args, env=None):
    return CliRunner().invoke(cli, [str(a) for a in args], env=env)


# --------------------------------------------------------------------------- no server needed


def test_store_registry():
    assert store_class("generic") is GraphStore
    for name in ("virtuoso", "fuseki", "graphdb", "oxigraph"):
        assert issubclass(store_class(name), GraphStore)
    with pytest.raises(StoreOptionError, match="unknown store; known: fuseki, generic"):
        store_class("nosuch")


@pytest.mark.parametrize(
    "name,url,endpoints",
    [
        (
            "virtuoso",
            "http://h:8890/sparql",
            (
                "http://h:8890/sparql-auth",
                "http://h:8890/sparql-auth",
                "http://h:8890/sparql-graph-crud-auth",
            ),
        ),
        (
            "fuseki",
            "http://h:3030/kg",
            ("http://h:3030/kg/query", "http://h:3030/kg/update", "http://h:3030/kg/data"),
        ),
        (
            "oxigraph",
            "http://h:7878/",
            ("http://h:7878/query", "http://h:7878/update", "http://h:7878/store"),
        ),
        (
            "graphdb",
            "http://h:7200/repositories/kg",
            (
                "http://h:7200/repositories/kg",
                "http://h:7200/repositories/kg/statements",
                "http://h:7200/repositories/kg/rdf-graphs/service",
            ),
        ),
        ("generic", "http://h/sparql", ("http://h/sparql", "http://h/sparql", None)),
    ],
)
def test_store_endpoints(name, url, endpoints):
    s = store_class(name)(url)
    assert (s.query_url, s.update_url, s.gsp_url) == endpoints


@pytest.mark.parametrize("name,url", [("fuseki", "http://h:3030/"), ("graphdb", "http://h:7200/")])
def test_store_url_must_name_dataset(name, url):
    with pytest.raises(StoreOptionError, match="names its"):
        store_class(name)(url)


@pytest.mark.parametrize("name", sorted(load_queries()))
def test_remote_sparql_binds_every_parameter(name):
    query = load_queries()[name]
    values = {
        p.name: {"country": "RU", "date": "2016-01-01", "affiliation": "armed-forces"}.get(
            p.type, "x"
        )
        for p in query.params
    }
    for given in ({p.name: values[p.name] for p in query.params if p.required}, values):
        text = remote_sparql(query, given)
        body = [line for line in text.splitlines() if not line.startswith(("#", "PREFIX"))]
        assert not [line for line in body if "kgq:" in line or "urn:kgbuild:param:" in line]


def test_remote_sparql_validates_values():
    deaths = load_queries()["deaths"]
    with pytest.raises(QueryError, match="ISO 3166-1"):
        remote_sparql(deaths, {"nationality": 'RU") } DROP ALL #'})
    with pytest.raises(QueryError, match="required"):
        remote_sparql(deaths, {})
    with pytest.raises(QueryError, match="unknown parameter"):
        remote_sparql(deaths, {"nationality": "RU", "colour": "red"})


def test_remote_sparql_leaves_strings_and_comments_alone(tmp_path):
    from kgbuild.query import parse_query_file

    path = tmp_path / "q.rq"
    path.write_text(
        "# param who: string, optional -- a name\n"
        "PREFIX kgq: <urn:kgbuild:param:>\n"
        "# kgq:who() in a comment\n"
        'SELECT ?x WHERE { BIND(kgq:who() AS ?who) BIND("kgq:who()" AS ?x) }\n'
    )
    q = parse_query_file(path)
    text = remote_sparql(q, {"who": 'Ann "the" \\ one'})
    assert "# kgq:who() in a comment" in text and 'BIND("kgq:who()" AS ?x)' in text
    assert 'BIND("Ann \\"the\\" \\\\ one" AS ?who)' in text
    row = next(iter(ox.Store().query(text)))
    assert row["x"].value == "kgq:who()"
    with pytest.raises(QueryError, match="backslash-u"):
        remote_sparql(q, {"who": "a\\u0022b"})
    assert "?who unbound" in remote_sparql(q, {})


def test_publish_option_errors(tmp_path):
    r = run("publish", "--data", tmp_path, "--to", "http://127.0.0.1:1/", "--store", "nosuch")
    assert r.exit_code == 2 and "unknown store" in r.output
    r = run("publish", "--data", tmp_path, "--to", "ftp://example.org/")
    assert r.exit_code == 2 and "not an http(s) URL" in r.output
    r = run("publish", "--data", tmp_path, "--to", "http://127.0.0.1:1/", "--graph", "no iri")
    assert r.exit_code == 2 and "not an absolute IRI" in r.output
    r = run(
        "publish",
        "--data",
        tmp_path,
        "--to",
        "http://127.0.0.1:1/",
        "--user",
        "u",
        env={"KGBUILD_STORE_PASSWORD": None},
    )
    assert r.exit_code == 2 and "without a password" in r.output
    r = run("publish", "--data", tmp_path, "--to", "http://127.0.0.1:1/")
    assert r.exit_code == 2 and "no built dataset" in r.output
    r = run("publish", "--data", tmp_path)
    assert r.exit_code == 2 and "--to" in r.output


def test_unreachable_store_exit_3(built):
    r = run("publish", "--data", built, "--to", f"http://127.0.0.1:{vt.free_port()}/sparql", "-q")
    assert r.exit_code == 3
    assert "connection failed" in r.output and "nothing was changed" in r.output


# --------------------------------------------------------------------------- a real Virtuoso


@pytest.fixture(scope="session")
def virtuoso(tmp_path_factory):
    reason = vt.available()
    if reason:
        pytest.skip(reason)
    server = vt.Virtuoso(tmp_path_factory.mktemp("virtuoso"))
    server.start()
    yield server
    server.stop()


@pytest.fixture(scope="session")
def small_built(tmp_path_factory) -> Path:
    from kgbuild.publish import build

    src = tmp_path_factory.mktemp("small-articles")
    for name in SMALL:
        shutil.copy(EXAMPLES / name, src / name)
    out = tmp_path_factory.mktemp("small") / "dist"
    build([src], out, show_progress=False)
    return out


def local_counts(data: Path) -> dict[str, int]:
    store = ox.Store()
    store.bulk_load(path=str(data / "dataset.trig"), format=ox.RdfFormat.TRIG)
    counts: dict[str, int] = {}
    for q in store:
        counts[q.graph_name.value] = counts.get(q.graph_name.value, 0) + 1
    return counts


def push(server, data, *extra, url=None):
    return run(
        "publish",
        "--data",
        data,
        "--to",
        url or server.url,
        "--store",
        "virtuoso",
        "--user",
        server.user,
        *extra,
        env={"KGBUILD_STORE_PASSWORD": server.password},
    )


def plain(term):
    """A result value as a plain Python value: numbers as Decimal, everything else as text.

    Virtuoso answers an empty GROUP_CONCAT with "" where pyoxigraph leaves the variable
    unbound; both become None.
    """
    if term is None:
        return None
    if isinstance(term, ox.Literal) and term.datatype.value.rsplit("#", 1)[-1] in NUMERIC:
        try:
            return Decimal(term.value).normalize()
        except InvalidOperation:
            return term.value
    return term.value or None


GROUP_CONCATS = {"excludes"}  # concatenated in no defined order


def row_set(result):
    def value(row, var):
        v = plain(row.get(var))
        return ", ".join(sorted(v.split(", "))) if var in GROUP_CONCATS and v else v

    return {tuple(value(row, v) for v in result.variables) for row in result.rows}


def assert_queries_agree(server, data: Path):
    store = open_store(data)
    queries = load_queries()
    for name, params in CASES:
        local = run_canned(store, queries[name], params)
        remote = run_remote(server.sparql, queries[name], params)
        assert remote.variables == local.variables, name
        assert row_set(remote) == row_set(local), (name, params)
        assert local.rows, f"{name} {params}: no rows, a weak comparison"


def test_publish_then_canned_queries_agree(virtuoso, built):
    r = push(virtuoso, built)
    assert r.exit_code == 0, r.output
    assert "Published" in r.output and "graph store protocol" in r.output
    assert "staged <https://w3id.org/kgbuild/id/graph/reference>" in r.output  # progress lines
    expected = local_counts(built)
    assert virtuoso.graph_counts(KGBUILD_GRAPHS) == expected
    assert not virtuoso.graph_counts(STAGING_PREFIX)
    assert_queries_agree(virtuoso, built)
    # the same push again changes nothing
    r = push(virtuoso, built, "--quiet")
    assert r.exit_code == 0 and "staged" not in r.output
    assert virtuoso.graph_counts(KGBUILD_GRAPHS) == expected


def test_virtuoso_update_request_is_atomic(virtuoso):
    """The switch relies on this: a request whose last operation fails leaves the first undone."""
    store = store_class("virtuoso")(virtuoso.url, user=virtuoso.user, password=virtuoso.password)
    a, b = ox.NamedNode("urn:x-kgbuild-test:atomic-a"), ox.NamedNode("urn:x-kgbuild-test:atomic-b")
    s, p = ox.NamedNode("urn:x-kgbuild-test:s"), ox.NamedNode("urn:x-kgbuild-test:p")
    body = ox.serialize([ox.Triple(s, p, ox.Literal("1"))], format=ox.RdfFormat.N_TRIPLES)
    store.client.prime("GET", store.gsp_target(a))
    assert store.gsp_request("PUT", a, body).status in (200, 201)
    bad = ox.Literal(
        "not a number", datatype=ox.NamedNode("http://www.w3.org/2001/XMLSchema#integer")
    )
    with pytest.raises(StoreError, match="HTTP"):
        store.update(
            f"MOVE GRAPH {a} TO GRAPH {b} ;\nINSERT DATA {{ GRAPH {b} {{ {s} {p} {bad} }} }}",
            what="test",
        )
    assert virtuoso.graph_counts("urn:x-kgbuild-test:atomic") == {a.value: 1}
    store.update(f"DROP SILENT GRAPH {a}", what="cleanup")
    store.close()


def test_dropped_connection_keeps_previous_graphs_and_retry_completes(virtuoso, built, small_built):
    assert push(virtuoso, small_built, "--prune", "-q").exit_code == 0
    before = virtuoso.graph_counts(KGBUILD_GRAPHS)
    assert before == local_counts(small_built)
    targets = sorted(local_counts(built))
    with vt.DroppingProxy(virtuoso.http_port, fail_on=3, after_bytes=1500) as proxy:
        r = push(virtuoso, built, url=proxy.url)
        assert r.exit_code == 3, r.output
        assert proxy.dropped is not None
        failed = targets[2]  # graphs go in IRI order; the third PUT carries the third graph
        assert staging_graph(ox.NamedNode(failed)).value in urllib.parse.unquote(proxy.dropped)
        assert f"graph <{failed}> (3/{len(targets)})" in r.output
        assert "connection failed" in r.output
        assert "nothing was switched: the store holds the previous data" in r.output
        # the previous graphs are whole and answer queries as before; no staging graph is left
        assert virtuoso.graph_counts(KGBUILD_GRAPHS) == before
        assert not virtuoso.graph_counts(STAGING_PREFIX)
        assert_queries_agree(virtuoso, small_built)
        # the same command again completes the push (the proxy drops only once)
        r = push(virtuoso, built, url=proxy.url)
        assert r.exit_code == 0, r.output
    assert virtuoso.graph_counts(KGBUILD_GRAPHS) == local_counts(built)
    assert not virtuoso.graph_counts(STAGING_PREFIX)
    assert_queries_agree(virtuoso, built)


def test_server_error_reports_status_and_body(virtuoso, built, small_built):
    assert push(virtuoso, small_built, "--prune", "-q").exit_code == 0
    before = virtuoso.graph_counts(KGBUILD_GRAPHS)
    answer = (507, b"Insufficient storage: the disk holding virtuoso.db is full\nsecond line\n")
    with vt.DroppingProxy(virtuoso.http_port, fail_on=5, answer=answer) as proxy:
        r = push(virtuoso, built, url=proxy.url)
    assert r.exit_code == 3, r.output
    failed = sorted(local_counts(built))[4]
    assert f"graph <{failed}> (5/" in r.output
    assert (
        "HTTP 507" in r.output and "the disk holding virtuoso.db is full | second line" in r.output
    )
    assert virtuoso.graph_counts(KGBUILD_GRAPHS) == before
    assert not virtuoso.graph_counts(STAGING_PREFIX)


def test_wrong_password_exit_3_and_nothing_changed(virtuoso, small_built, built):
    assert push(virtuoso, built, "-q").exit_code == 0
    before = virtuoso.graph_counts(KGBUILD_GRAPHS)
    r = run(
        "publish",
        "--data",
        small_built,
        "--to",
        virtuoso.url,
        "--store",
        "virtuoso",
        "--user",
        "dba",
        env={"KGBUILD_STORE_PASSWORD": "not-the-password"},
    )
    assert r.exit_code == 3
    assert "refused user 'dba' (HTTP 401" in r.output and "nothing was changed" in r.output
    assert "Hint: check --user and --password" in r.output
    assert virtuoso.graph_counts(KGBUILD_GRAPHS) == before


def test_prune_drops_graphs_of_removed_articles(virtuoso, built, small_built):
    assert push(virtuoso, built, "-q").exit_code == 0
    r = push(virtuoso, small_built, "--prune")
    assert r.exit_code == 0, r.output
    removed = len(local_counts(built)) - len(local_counts(small_built))
    assert f"dropped {removed} stale graphs" in r.output
    assert virtuoso.graph_counts(KGBUILD_GRAPHS) == local_counts(small_built)


def test_merged_into_one_graph(virtuoso, built):
    merged = "urn:x-kgbuild-test:merged"
    union = ox.Store()
    union.bulk_load(path=str(built / "dataset.ttl"), format=ox.RdfFormat.TURTLE)
    for _ in range(2):  # idempotent
        r = push(virtuoso, built, "--graph", merged, "-q")
        assert r.exit_code == 0, r.output
        assert virtuoso.graph_counts(merged) == {merged: len(union)}


def test_update_fallback_without_graph_store(virtuoso, small_built):
    """A store without the Graph Store Protocol gets INSERT DATA; a GSP URL answering 404, 405 or 501
    (Virtuoso: 501 for a PUT to an unknown path) is detected and abandoned for SPARQL Update."""
    for extra in ([], ["--gsp", virtuoso.url + "/no-such-endpoint"]):
        r = run(
            "publish",
            "--data",
            small_built,
            "--to",
            virtuoso.url + "/sparql-auth",
            "--auth",
            "digest",
            "--user",
            "dba",
            *extra,
            env={"KGBUILD_STORE_PASSWORD": "dba"},
        )
        assert r.exit_code == 0, r.output
        assert "(sparql update)" in r.output
        assert ("the Graph Store endpoint answered HTTP 501" in r.output) == bool(extra)
        assert virtuoso.graph_counts(KGBUILD_GRAPHS).items() >= local_counts(small_built).items()
    result = publish(
        small_built,
        virtuoso.url + "/sparql-auth",
        user="dba",
        password="dba",
        auth="digest",
        chunk_triples=100,
    )  # many INSERT DATA requests per graph
    assert result.method == "sparql update"
    assert result.counts == local_counts(small_built)
