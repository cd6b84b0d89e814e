"""Parts of ``kgbuild serve`` that need no running server: the SERVICE scan, content
negotiation, result encoders and HTML escaping."""

from __future__ import annotations

import json

import pyoxigraph as ox
import pytest

from kgbuild.serve_html import EntityData, Linker, chart_series, chart_svg, entity_page
from kgbuild.serve_sparql import inspect_query, negotiate, prefers_html, refused_services
from kgbuild.serve_worker import encode_solutions, execute

ALLOWED = ["https://query.wikidata.org/sparql"]


@pytest.mark.parametrize(
    "query",
    [
        "SELECT * { SERVICE <http://169.254.169.254/latest/> { ?s ?p ?o } }",
        "select * { service silent <http://localhost:8890/sparql> { ?s ?p ?o } }",
        "SELECT * { SeRvIcE <http://10.0.0.1/> {} }",
        "PREFIX in: <http://internal.example/> SELECT * { SERVICE in:sparql { ?s ?p ?o } }",
        "BASE <http://internal.example/> SELECT * { SERVICE <sparql> { ?s ?p ?o } }",
        "SELECT * { VALUES ?e { <https://query.wikidata.org/sparql> } SERVICE ?e { ?s ?p ?o } }",
        "SELECT * { \\u0053ERVICE <http://10.0.0.1/> {} }",
        "SELECT * { ?a ?b ?c FILTER(?a<?b)SERVICE<http://10.0.0.1/>{} }",
        "SELECT * { # comment\n SERVICE <http://10.0.0.1/> {} }",
        "SELECT * { OPTIONAL { SERVICE <http://10.0.0.1/> {} } }",
        "SELECT * { SERVICE <https://query.wikidata.org/sparql> {} SERVICE <http://10.0.0.1/> {} }",
    ],
)
def test_service_refused(query):
    assert refused_services(inspect_query(query), ALLOWED)


@pytest.mark.parametrize(
    "query",
    [
        'SELECT * { ?s ?p "SERVICE <http://10.0.0.1/> {}" }',
        "SELECT * { ?s ?p '''\nSERVICE <http://10.0.0.1/> {}\n''' }",
        "SELECT * { ?s ?p ?o } # SERVICE <http://10.0.0.1/> {}",
        "SELECT * { ?s <http://ex.org/SERVICE> ?o }",
        "PREFIX ex: <http://ex.org/> SELECT ?SERVICE { ?SERVICE ex:SERVICE ex:service }",
        "SELECT * { SERVICE <https://query.wikidata.org/sparql> { ?s ?p ?o } }",
        "PREFIX wdqs: <https://query.wikidata.org/> SELECT * { SERVICE wdqs:sparql { ?s ?p ?o } }",
    ],
)
def test_service_allowed_or_absent(query):
    assert refused_services(inspect_query(query), ALLOWED) == []


def test_from_detected():
    assert inspect_query("SELECT * FROM <http://g> { ?s ?p ?o }").has_from
    assert inspect_query("SELECT * FROM NAMED <http://g> { GRAPH ?g { ?s ?p ?o } }").has_from
    assert not inspect_query('SELECT * { ?s ?p "FROM" }').has_from


def test_negotiation():
    results = {"application/sparql-results+json": "json", "text/csv": "csv"}
    assert negotiate(None, results) == "application/sparql-results+json"
    assert negotiate("text/csv", results) == "text/csv"
    assert negotiate("text/*;q=0.9, application/json;q=0.1", results) == "text/csv"
    assert negotiate("*/*;q=0.1, text/csv;q=0", results) == "application/sparql-results+json"
    assert negotiate("image/png", results) is None
    browser = "text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,*/*;q=0.8"
    assert prefers_html(browser)
    assert not prefers_html("text/turtle, text/html;q=0.5")
    assert not prefers_html("*/*")
    assert not prefers_html(None)


def test_encoders_roundtrip():
    rows = [
        [ox.NamedNode("http://e/a"), ox.Literal('x\ty\n"z"', language="en")],
        [ox.BlankNode("b0"), None],
    ]
    data = json.loads(encode_solutions(["s", "o"], rows, "json"))
    assert data["results"]["bindings"][0]["o"] == {
        "type": "literal",
        "value": 'x\ty\n"z"',
        "xml:lang": "en",
    }
    assert data["results"]["bindings"][1] == {"s": {"type": "bnode", "value": "b0"}}
    for fmt in ("xml", "tsv", "json"):
        parsed = list(
            ox.parse_query_results(
                encode_solutions(["s", "o"], rows, fmt),
                format=getattr(ox.QueryResultsFormat, fmt.upper()),
            )
        )
        assert len(parsed) == 2
        assert parsed[0]["s"] == ox.NamedNode("http://e/a")
        assert parsed[0]["o"] == rows[0][1]
    csv_text = encode_solutions(["s", "o"], rows, "csv").decode()
    assert csv_text.startswith("s,o\r\nhttp://e/a,") and "_:b0," in csv_text


def test_row_limit_and_errors():
    store = ox.Store()
    for i in range(20):
        store.add(ox.Quad(ox.NamedNode(f"http://e/{i}"), ox.NamedNode("http://e/p"), ox.Literal(str(i))))
    answer = execute(
        store,
        {
            "op": "sparql",
            "query": "SELECT * { ?s ?p ?o }",
            "dataset": {"union": True},
            "result_format": "json",
            "max_rows": 5,
        },
    )
    assert answer["truncated"] and len(json.loads(answer["body"])["results"]["bindings"]) == 5
    answer = execute(
        store,
        {
            "op": "sparql",
            "query": "CONSTRUCT WHERE { ?s ?p ?o }",
            "dataset": {"union": True},
            "graph_format": "ntriples",
            "max_rows": 7,
        },
    )
    assert answer["truncated"] and answer["body"].count(b"\n") == 7
    answer = execute(store, {"op": "sparql", "query": "SELEC * {}", "dataset": {}})
    assert answer["status"] == 400 and "error at 1:1" in answer["error"]
    answer = execute(store, {"op": "sparql", "query": "ASK {}", "dataset": {}, "result_format": None})
    assert answer["status"] == 406


def test_entity_page_escapes_everything():
    linker = Linker("https://w3id.org/kgbuild/id/")
    evil = '<script>alert("x")</script>'
    data = EntityData("https://w3id.org/kgbuild/id/article/x")
    data.statements = [
        {
            "p": ("uri", "http://purl.org/dc/terms/title"),
            "o": ("literal", evil, "http://www.w3.org/2001/XMLSchema#string", ""),
            "plabel": None,
            "olabel": None,
        },
        {
            "p": ("uri", "https://schema.org/url"),
            "o": ("uri", "javascript:alert(1)"),
            "plabel": None,
            "olabel": ("literal", evil, "", ""),
        },
        {
            "p": ("uri", "https://schema.org/about"),
            "o": ("uri", 'https://e.org/"onmouseover="x'),
            "plabel": None,
            "olabel": None,
        },
    ]
    data.mentions = [
        {
            "mention": ("uri", data.iri + "#char=0,5"),
            "text": (
                "literal",
                "<img src=x onerror=alert(1)>",
                "http://www.w3.org/2001/XMLSchema#string",
                "",
            ),
            "begin": None,
            "end": None,
        }
    ]
    html = entity_page(data, linker)
    assert "<script>alert" not in html and "<img src=x" not in html
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;" in html
    assert 'href="javascript:' not in html
    assert '"onmouseover="' not in html


def test_chart_svg_escapes_labels():
    rows = [
        {
            "nationality": ("uri", "https://w3id.org/kgbuild/id/country/RU"),
            "year": ("literal", "2016", "", ""),
            "deaths": ("literal", "3", "", ""),
            "label": ("literal", "<b>Russia</b>", "", ""),
        },
        {
            "nationality": ("uri", "https://w3id.org/kgbuild/id/country/RU"),
            "year": ("literal", "2018", "", ""),
            "deaths": ("literal", "5", "", ""),
            "label": ("literal", "<b>Russia</b>", "", ""),
        },
    ]
    series = chart_series(rows)
    assert series[0].total == 8
    svg = chart_svg(series)
    assert svg.startswith("<svg") and "<b>" not in svg and "&lt;b&gt;Russia" in svg


def test_cli_serve_without_dataset(tmp_path):
    from click.testing import CliRunner

    from kgbuild.cli import cli

    result = CliRunner().invoke(cli, ["serve", "--data", str(tmp_path / "missing"), "--port", "0"])
    assert result.exit_code == 2
    assert "dataset.trig missing" in result.output and "kgbuild build" in result.output
