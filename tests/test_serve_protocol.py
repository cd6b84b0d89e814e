"""The W3C SPARQL 1.1 Protocol tests (``../shared/conformance/w3c-sparql11-protocol/``), run
against a live ``kgbuild serve``.

The manifest is data: each test is a list of HTTP requests with the expected status class,
result format and ASK answer. The server runs on a dataset made of ``data1.nt``..``data3.nt``
loaded as named graphs under the IRIs the manifest gives (its ``ut:graphData`` labels). The
endpoint is read-only, so the ``update_*`` tests must get a 4xx answer to their update
request (their follow-up queries check the update's effect and are skipped); every other test
runs exactly as written.
"""

from __future__ import annotations

import http.client
import json
import os
from pathlib import Path
from xml.dom import minidom

import pyoxigraph as ox
import pytest
from rdflib import Graph, Namespace
from rdflib.collection import Collection
from rdflib.namespace import RDF, RDFS

from kgbuild.serve import ServerProcess

ROOT = Path(__file__).resolve().parent.parent
CANDIDATES = [
    ROOT.parent / "shared" / "conformance" / "w3c-sparql11-protocol",
    ROOT / "tests" / "data" / "w3c-sparql11-protocol",
]
SUITE = next((p for p in CANDIDATES if (p / "manifest.ttl").is_file()), CANDIDATES[0])
MF = Namespace("http://www.w3.org/2001/sw/DataAccess/tests/test-manifest#")
HT = Namespace("http://www.w3.org/2011/http#")
HTS = Namespace("http://www.w3.org/2011/http-statusCodes#")
CNT = Namespace("http://www.w3.org/2011/content#")
UT = Namespace("http://www.w3.org/2009/sparql/tests/test-update#")
RESULT_TYPES = {
    "application/sparql-results+json",
    "application/sparql-results+xml",
    "application/json",
    "application/xml",
    "text/xml",
    "text/csv",
    "text/tab-separated-values",
}
RDF_TYPES = {
    "text/turtle",
    "application/n-triples",
    "application/rdf+xml",
    "application/ld+json",
    "text/plain",
}

pytestmark = pytest.mark.skipif(not SUITE.is_dir(), reason=f"protocol test suite not found at {SUITE}")


def _manifest():
    if not SUITE.is_dir():
        return Graph(), []
    g = Graph().parse(SUITE / "manifest.ttl", format="turtle", publicID=(SUITE / "manifest.ttl").as_uri())
    manifest = next(g.subjects(RDF.type, MF.Manifest))
    entries = list(Collection(g, g.value(manifest, MF.entries)))
    return g, entries


GRAPH, ENTRIES = _manifest()


def _requests(test):
    action = GRAPH.value(test, MF.action)
    for req in Collection(GRAPH, GRAPH.value(action, HT.requests)):
        body_node = GRAPH.value(req, HT.body)
        body = None
        if body_node is not None:
            encoding = str(GRAPH.value(body_node, CNT.characterEncoding) or "UTF-8")
            body = str(GRAPH.value(body_node, CNT.chars)).encode(
                encoding.lower().replace("utf-16", "utf-16-le") if encoding.upper() == "UTF-16" else encoding
            )
        headers = {}
        headers_node = GRAPH.value(req, HT.headers)
        if headers_node is not None:
            for h in Collection(GRAPH, headers_node):
                headers[str(GRAPH.value(h, HT.fieldName))] = str(GRAPH.value(h, HT.fieldValue))
        resp = GRAPH.value(req, HT.resp)
        yield {
            "method": str(GRAPH.value(req, HT.methodName)),
            "path": str(GRAPH.value(req, HT.absolutePath)),
            "headers": headers,
            "body": body,
            "status": {str(s).rsplit("StatusCode", 1)[-1] for s in GRAPH.objects(resp, MF.expectedStatus)},
            "format": str(GRAPH.value(resp, MF.expectedFormat) or ""),
            "boolean": GRAPH.value(resp, MF.expectedBoolean),
        }


@pytest.fixture(scope="module")
def endpoint(tmp_path_factory):
    """A server on the three data files as named graphs (every ``ut:graphData`` of the suite)."""
    base = tmp_path_factory.mktemp("protocol")
    data = base / "dist"
    data.mkdir()
    quads = []
    seen = set()
    for graph_data in GRAPH.objects(None, UT.graphData):
        file = Path(str(GRAPH.value(graph_data, UT.graph)).replace("file://", ""))
        name = str(GRAPH.value(graph_data, RDFS.label))
        if (file.name, name) in seen:
            continue
        seen.add((file.name, name))
        for triple in ox.parse(path=str(SUITE / file.name), format=ox.RdfFormat.N_TRIPLES):
            quads.append(ox.Quad(triple.subject, triple.predicate, triple.object, ox.NamedNode(name)))
    assert len(seen) == 3
    ox.serialize(quads, str(data / "dataset.trig"), ox.RdfFormat.TRIG)
    env = dict(os.environ, KGBUILD_CACHE=str(base / "cache"))
    with ServerProcess(["--data", data, "--timeout", "10"], env=env, log=base / "server.log") as server:
        yield server.url


@pytest.mark.parametrize("test", ENTRIES, ids=[str(e).rsplit("#", 1)[-1] for e in ENTRIES])
def test_protocol(endpoint, test):
    name = str(test).rsplit("#", 1)[-1]
    host, port = endpoint.split("//")[1].split(":")
    for n, req in enumerate(_requests(test)):
        conn = http.client.HTTPConnection(host, int(port), timeout=20)
        conn.putrequest(req["method"], req["path"], skip_accept_encoding=True)
        for k, v in req["headers"].items():
            conn.putheader(k, v)
        body = req["body"] or b""
        if req["method"] in ("POST", "PUT") or body:
            conn.putheader("Content-Length", str(len(body)))
        conn.endheaders(body or None)
        resp = conn.getresponse()
        payload = resp.read()
        ctype = (resp.getheader("Content-Type") or "").split(";")[0].strip()
        conn.close()
        if name.startswith("update_"):
            # read-only endpoint: the update itself must be refused; its effects cannot be checked
            assert n == 0 and 400 <= resp.status < 500, (resp.status, payload)
            return
        assert f"{resp.status // 100}xx" in req["status"], (resp.status, payload[:300])
        if req["format"] == "boolean":
            assert ctype in RESULT_TYPES - {"text/csv", "text/tab-separated-values"}, ctype
            if "json" in ctype:
                value = json.loads(payload)["boolean"]
            else:
                value = minidom.parseString(payload).getElementsByTagName("boolean")[0].firstChild.data == "true"
            if req["boolean"] is not None:
                assert value == req["boolean"].toPython()
        elif req["format"] == "tabular":
            assert ctype in RESULT_TYPES, ctype
        elif req["format"] == "RDF":
            assert ctype in RDF_TYPES, ctype
            Graph().parse(
                data=payload,
                format={
                    "text/turtle": "turtle",
                    "application/n-triples": "nt",
                    "text/plain": "nt",
                    "application/rdf+xml": "xml",
                    "application/ld+json": "json-ld",
                }[ctype],
            )


def test_manifest_loaded():
    assert len(ENTRIES) >= 30
    assert sum(1 for e in ENTRIES if str(e).rsplit("#", 1)[-1].startswith("update_")) >= 5
