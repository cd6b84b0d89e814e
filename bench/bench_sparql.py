"""Benchmark: the canned ``deaths`` query on ~1M synthetic triples, pyoxigraph vs rdflib, and
``kgbuild serve`` under concurrent clients.

    python bench/bench_sparql.py                    # 1M triples, everything
    python bench/bench_sparql.py --triples 200000 --skip-rdflib --clients 4 16

What it does, in one run on the same data:

1. generates synthetic data in the kgbuild model (``docs/model.md``): events with dates,
   places and casualty groups (nationality, affiliation, reconciled low/best/high), casualty
   claims with their text spans, articles; one named graph per article plus a reconciled
   graph; deterministic (seeded);
2. loads it into pyoxigraph (``bulk_load``) and into an rdflib ``Dataset`` (union default
   graph), and runs the canned ``deaths`` query (``queries/deaths.rq``, unchanged, its
   parameters bound through the ``urn:kgbuild:param:`` functions on both engines) several
   times on each, checks both give the same answer, and prints the medians and their ratio;
3. starts ``kgbuild serve`` on the same data and drives it with N concurrent HTTP clients
   (keep-alive connections, one thread each) for a fixed time, printing requests per second
   and the p50/p95 latency for the canned query and for a trivial ``ASK {}``.

It prints Markdown tables to paste into ``docs/benchmarks.md``. It is a command, not a test.
"""

from __future__ import annotations

import argparse
import http.client
import os
import platform
import random
import statistics
import sys
import tempfile
import threading
import time
from datetime import date, timedelta
from pathlib import Path

import pyoxigraph as ox

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from kgbuild.query import load_queries  # noqa: E402

KG = "https://w3id.org/kgbuild/ontology#"
ID = "https://w3id.org/kgbuild/id/"
SEM = "http://semanticweb.cs.vu.nl/2009/11/sem/"
NIF = "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#"
PROV = "http://www.w3.org/ns/prov#"
RDF_TYPE = ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")
RDFS_LABEL = ox.NamedNode("http://www.w3.org/2000/01/rdf-schema#label")
XSD = "http://www.w3.org/2001/XMLSchema#"
DCT = "http://purl.org/dc/terms/"
NATIONALITIES = [
    "RU",
    "SY",
    "IR",
    "TR",
    "US",
    "UA",
    "IQ",
    "LB",
    "IL",
    "GB",
    "FR",
    "AF",
    "PK",
    "YE",
    "SA",
    "JO",
    "EG",
    "LY",
    "DE",
    "CN",
]
WEIGHTS = [20, 25, 8, 8, 4, 10, 6, 4, 3, 1, 1, 3, 2, 2, 1, 1, 1, 1, 0.5, 0.5]
AFFILIATIONS = [
    "ArmedForces",
    "Militia",
    "PrivateMilitaryContractor",
    "Civilian",
    "UnknownAffiliation",
]
EVENT_TYPES = [
    "RoadsideBomb",
    "SuicideBombing",
    "Shelling",
    "Airstrike",
    "ArmedClash",
    "AircraftCrash",
]
QUERY_PARAMS = {"nationality": "RU", "since": "2015-09-01"}
#: For reference only: deaths.rq with QUERY_PARAMS written into the text as constants, to show
#: what binding parameters through functions costs. kgbuild itself never builds query text.
DEATHS_WITH_CONSTANTS = """
PREFIX kg: <https://w3id.org/kgbuild/ontology#>
PREFIX sem: <http://semanticweb.cs.vu.nl/2009/11/sem/>
PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
SELECT (COALESCE(SUM(?low), 0) AS ?deaths_low) (COALESCE(SUM(?best), 0) AS ?deaths_best)
       (COALESCE(SUM(?high), 0) AS ?deaths_high) (COUNT(DISTINCT ?event) AS ?events)
WHERE {
  { SELECT DISTINCT ?event ?group ?low ?best ?high WHERE {
      ?event a kg:Event ; sem:hasTimeStamp ?date ; kg:casualtyGroup ?group .
      ?group kg:nationality <https://w3id.org/kgbuild/id/country/RU> ;
             kg:killedLow ?low ; kg:killedBest ?best ; kg:killedHigh ?high .
      FILTER(?date >= "2015-09-01"^^xsd:date)
  } }
}
"""


def kg(local: str) -> ox.NamedNode:
    return ox.NamedNode(KG + local)


def kgid(path: str) -> ox.NamedNode:
    return ox.NamedNode(ID + path)


def lit(value: object, datatype: str | None = None) -> ox.Literal:
    return ox.Literal(str(value), datatype=ox.NamedNode(XSD + datatype)) if datatype else ox.Literal(str(value))


def synthetic_quads(target: int, seed: int = 42) -> list[ox.Quad]:
    """About ``target`` quads of events, groups, claims, spans and articles."""
    rng = random.Random(seed)
    quads: list[ox.Quad] = []
    reconciled = kgid("graph/reconciled")
    reference = kgid("graph/reference")
    for cc in NATIONALITIES:
        quads.append(ox.Quad(kgid(f"country/{cc}"), RDF_TYPE, kg("Country"), reference))
        quads.append(ox.Quad(kgid(f"country/{cc}"), RDFS_LABEL, lit(cc), reference))
    start = date(2011, 3, 15)
    n = 0
    while len(quads) < target:
        n += 1
        day = start + timedelta(days=rng.randrange(0, 13 * 365))
        article = kgid(f"article/a{n}")
        graph = kgid(f"graph/a{n}")
        event = kgid(f"event/{day.isoformat()}-place{n % 997}-e{n}")

        def add(s: ox.NamedNode, p: ox.NamedNode, o: object, g: ox.NamedNode = graph) -> None:
            quads.append(ox.Quad(s, p, o, g))  # type: ignore[arg-type]

        for cls in ("Article",):
            add(article, RDF_TYPE, kg(cls))
        add(article, RDF_TYPE, ox.NamedNode("https://schema.org/NewsArticle"))
        add(article, RDF_TYPE, ox.NamedNode(PROV + "Entity"))
        add(article, ox.NamedNode(DCT + "title"), lit(f"Synthetic report {n}"))
        add(article, ox.NamedNode(DCT + "issued"), lit(day + timedelta(days=1), "date"))
        add(article, ox.NamedNode(DCT + "language"), lit("en"))
        add(article, kg("sourceFile"), lit(f"a{n}.md"))
        add(article, kg("sha256"), lit(f"{rng.getrandbits(256):064x}"))
        add(article, kg("characterCount"), lit(rng.randrange(800, 6000), "nonNegativeInteger"))
        add(event, RDF_TYPE, kg("Event"))
        add(event, RDF_TYPE, ox.NamedNode(SEM + "Event"))
        add(event, RDFS_LABEL, lit(f"Event {n}, {day.isoformat()}"))
        add(event, ox.NamedNode(SEM + "eventType"), kg(rng.choice(EVENT_TYPES)))
        for p in ("hasTimeStamp", "hasEarliestBeginTimeStamp", "hasLatestEndTimeStamp"):
            add(event, ox.NamedNode(SEM + p), lit(day, "date"))
        add(event, kg("datePrecision"), kg("DayPrecision"))
        add(event, ox.NamedNode(SEM + "hasPlace"), kgid(f"place/sy/place{n % 997}"))
        add(event, kg("placePrecision"), kg("SettlementPrecision"))
        add(event, kg("reportedIn"), article)
        claim_no = 0
        for cc in sorted(set(rng.choices(NATIONALITIES, WEIGHTS, k=rng.choice([1, 2, 2, 3])))):
            affiliation = rng.choice(AFFILIATIONS)
            group = ox.NamedNode(f"{event.value}/group/{cc.lower()}-{affiliation.lower()}")
            add(event, kg("casualtyGroup"), group)
            add(group, RDF_TYPE, kg("CasualtyGroup"))
            add(group, kg("groupLabel"), lit(f"{cc} {affiliation}"))
            add(group, kg("nationality"), kgid(f"country/{cc}"))
            add(group, kg("affiliation"), kg(affiliation))
            figures = sorted(rng.randrange(0, 40) for _ in range(2))
            low, high = figures
            best = rng.randrange(low, high + 1)
            for p, v in (("killedLow", low), ("killedBest", best), ("killedHigh", high)):
                add(group, kg(p), lit(v, "nonNegativeInteger"), reconciled)
            for value in (low, high):
                claim_no += 1
                claim = kgid(f"claim/a{n}/{claim_no}")
                begin = rng.randrange(0, 700)
                span = ox.NamedNode(f"{article.value}#char={begin},{begin + 24}")
                add(group, ox.NamedNode(PROV + "wasDerivedFrom"), claim, reconciled)
                for cls in ("CasualtyClaim", "Claim"):
                    add(claim, RDF_TYPE, kg(cls))
                add(claim, RDF_TYPE, ox.NamedNode(PROV + "Entity"))
                add(claim, kg("aboutEvent"), event)
                add(claim, kg("aboutGroup"), group)
                add(claim, kg("casualtyKind"), kg("Deaths"))
                add(claim, kg("qualifier"), kg("Exactly"))
                for p in ("value", "valueLow", "valueHigh"):
                    add(claim, kg(p), lit(value, "nonNegativeInteger"))
                add(claim, kg("claimant"), kgid(f"agent/source{value % 13}"))
                add(claim, ox.NamedNode(PROV + "wasAttributedTo"), kgid(f"agent/source{value % 13}"))
                add(claim, kg("claimSource"), article)
                add(claim, kg("evidence"), span)
                add(span, RDF_TYPE, kg("Mention"))
                add(span, ox.NamedNode(NIF + "referenceContext"), article)
                add(span, ox.NamedNode(NIF + "beginIndex"), lit(begin, "nonNegativeInteger"))
                add(span, ox.NamedNode(NIF + "endIndex"), lit(begin + 24, "nonNegativeInteger"))
                add(span, ox.NamedNode(NIF + "anchorOf"), lit(f"{value} {cc} people were killed"))
    return quads


def timed(fn, runs: int, *, label: str = "") -> tuple[float, object]:
    """The median time of ``runs`` calls of ``fn`` and its last result; with ``label``,
    each run's time is printed as it ends."""
    times, result = [], None
    for n in range(runs):
        t = time.perf_counter()
        result = fn()
        times.append(time.perf_counter() - t)
        if label:
            print(f"  {label} run {n + 1}/{runs}: {times[-1]:.2f} s", flush=True)
    return statistics.median(times), result


def oxigraph_deaths(store: ox.Store, sparql: str, functions: dict) -> tuple:
    rows = list(store.query(sparql, use_default_graph_as_union=True, custom_functions=functions))
    return tuple(int(rows[0][v].value) for v in ("deaths_low", "deaths_best", "deaths_high", "events"))


def rdflib_setup(canned, values):
    """Register the canned query's parameter functions with rdflib's SPARQL engine."""
    from rdflib import Literal, URIRef
    from rdflib.plugins.sparql.operators import register_custom_function
    from rdflib.plugins.sparql.sparql import SPARQLError

    for fn_iri, fn in canned.functions(values).items():
        term = fn()

        def impl(*_args, _term=term):
            if _term is None:
                raise SPARQLError("parameter not given")  # leaves the BIND variable unbound
            if isinstance(_term, ox.NamedNode):
                return URIRef(_term.value)
            return Literal(_term.value, datatype=URIRef(_term.datatype.value))

        # raw: rdflib calls raw functions as f(expr, ctx); its non-raw path fails on a call
        # without arguments (it iterates the missing argument list) and leaves the variable unbound
        register_custom_function(URIRef(fn_iri.value), impl, override=True, raw=True)


def rdflib_deaths(ds, sparql: str) -> tuple:
    rows = list(ds.query(sparql))
    return tuple(int(v) for v in rows[0])


def machine() -> str:
    cpu = "unknown CPU"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    mem = ""
    try:
        kb = int(
            next(
                line for line in Path("/proc/meminfo").read_text().splitlines() if line.startswith("MemTotal")
            ).split()[1]
        )
        mem = f", {kb / 1024 / 1024:.0f} GiB RAM"
    except (OSError, StopIteration, ValueError):
        pass
    import importlib.metadata as md

    versions = ", ".join(f"{p} {md.version(p)}" for p in ("pyoxigraph", "rdflib"))
    return (
        f"{os.cpu_count()} CPUs (nproc), {cpu}{mem}; Python {platform.python_version()}, {versions}; "
        f"{platform.system()} {platform.release()}; {date.today().isoformat()}"
    )


def _children(pid: int) -> list[int]:
    try:
        return [int(c) for c in Path(f"/proc/{pid}/task/{pid}/children").read_text().split()]
    except OSError:
        return []


def _kb(pid: int, key: str, file: str = "status") -> int:
    try:
        for line in Path(f"/proc/{pid}/{file}").read_text().splitlines():
            if line.startswith(key + ":"):
                return int(line.split()[1])
    except OSError:
        pass
    return 0


def process_memory(server_pid: int) -> str:
    """RSS of the server, its zygote and the workers, and the workers' proportional share
    (PSS: pages shared copy-on-write with the zygote counted once), from ``/proc`` (Linux)."""
    parts = [f"server RSS {_kb(server_pid, 'VmRSS') / 1024:.0f} MB"]
    for child in _children(server_pid):
        workers = _children(child)
        parts.append(f"zygote RSS {_kb(child, 'VmRSS') / 1024:.0f} MB")
        for w in workers:
            parts.append(
                f"worker RSS {_kb(w, 'VmRSS') / 1024:.0f} MB / PSS {_kb(w, 'Pss', 'smaps_rollup') / 1024:.0f} MB"
            )
    return ", ".join(parts)


def load_clients(url: str, path: str, clients: int, seconds: float) -> dict:
    """``clients`` threads, each with one keep-alive connection, GET ``path`` for ``seconds``."""
    host, port = url.split("//")[1].split(":")
    latencies: list[float] = []
    errors = [0]
    lock = threading.Lock()
    stop_at = time.perf_counter() + seconds

    def client() -> None:
        conn = http.client.HTTPConnection(host, int(port), timeout=60)
        mine = []
        while time.perf_counter() < stop_at:
            t = time.perf_counter()
            try:
                conn.request("GET", path, headers={"Accept": "application/sparql-results+json"})
                resp = conn.getresponse()
                resp.read()
                ok = resp.status == 200
            except (OSError, http.client.HTTPException):
                ok = False
                conn.close()
                conn = http.client.HTTPConnection(host, int(port), timeout=60)
            if ok:
                mine.append(time.perf_counter() - t)
            else:
                with lock:
                    errors[0] += 1
        conn.close()
        with lock:
            latencies.extend(mine)

    started = time.perf_counter()
    threads = [threading.Thread(target=client) for _ in range(clients)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    elapsed = time.perf_counter() - started
    latencies.sort()

    def pct(p: float) -> float:
        return latencies[min(len(latencies) - 1, int(p * len(latencies)))] * 1000 if latencies else float("nan")

    return {
        "clients": clients,
        "requests": len(latencies),
        "errors": errors[0],
        "rps": len(latencies) / elapsed,
        "p50": pct(0.50),
        "p95": pct(0.95),
    }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--triples", type=int, default=1_000_000, help="about how many quads to generate")
    ap.add_argument("--runs", type=int, default=15, help="timed runs per pyoxigraph measurement")
    ap.add_argument("--rdflib-runs", type=int, default=3, help="timed runs of rdflib's engine")
    ap.add_argument("--skip-rdflib", action="store_true")
    ap.add_argument("--skip-server", action="store_true")
    ap.add_argument("--clients", type=int, nargs="+", default=[1, 4, 16, 64])
    ap.add_argument("--seconds", type=float, default=8.0, help="duration of each load run")
    ap.add_argument("--workers", type=int, default=2, help="query workers of the server")
    args = ap.parse_args(argv)

    print(f"Machine: {machine()}\n")
    canned = load_queries()["deaths"]
    functions = canned.functions(QUERY_PARAMS)

    t = time.perf_counter()
    quads = synthetic_quads(args.triples)
    print(f"Generated {len(quads):,} quads in {time.perf_counter() - t:.1f} s")
    work = Path(tempfile.mkdtemp(prefix="kgbuild-bench-"))
    data = work / "dist"
    data.mkdir()
    nq = work / "data.nq"
    ox.serialize(quads, str(nq), ox.RdfFormat.N_QUADS)
    ox.serialize(quads, str(data / "dataset.trig"), ox.RdfFormat.TRIG)
    # as kgbuild build writes it: dataset.ttl is the union (N-Triples is Turtle; repeats are merged on load)
    ox.serialize((q.triple for q in quads), str(data / "dataset.ttl"), ox.RdfFormat.N_TRIPLES)
    del quads

    rows = []
    store = ox.Store()
    t = time.perf_counter()
    store.bulk_load(path=str(nq), format=ox.RdfFormat.N_QUADS)
    ox_load = time.perf_counter() - t
    oxigraph_deaths(store, canned.sparql, functions)  # warm-up
    ox_time, ox_answer = timed(lambda: oxigraph_deaths(store, canned.sparql, functions), args.runs)
    rows.append(("pyoxigraph (in memory)", ox_load, ox_time, args.runs))
    const_time, const_answer = timed(lambda: oxigraph_deaths(store, DEATHS_WITH_CONSTANTS, {}), args.runs)
    assert const_answer == ox_answer, (const_answer, ox_answer)
    rows.append(("pyoxigraph (in memory), parameters written as constants (reference)", None, const_time, args.runs))
    disk = ox.Store(str(work / "store"))
    disk.bulk_load(path=str(nq), format=ox.RdfFormat.N_QUADS)
    disk.flush()
    del disk
    ro = ox.Store.read_only(str(work / "store"))
    oxigraph_deaths(ro, canned.sparql, functions)
    disk_time, disk_answer = timed(lambda: oxigraph_deaths(ro, canned.sparql, functions), args.runs)
    assert disk_answer == ox_answer
    rows.append(
        (
            "pyoxigraph (on disk, opened read-only, as with --store disk)",
            None,
            disk_time,
            args.runs,
        )
    )
    print(
        f"deaths(nationality=RU, since=2015-09-01) = low/best/high/events {ox_answer}; "
        f"pyoxigraph {ox_time * 1000:.1f} ms in memory, {disk_time * 1000:.1f} ms on disk",
        flush=True,
    )

    rdf_time = None
    if not args.skip_rdflib:
        from rdflib import Dataset

        rdflib_setup(canned, QUERY_PARAMS)
        ds = Dataset(default_union=True)
        t = time.perf_counter()
        ds.parse(str(nq), format="nquads")
        rdf_load = time.perf_counter() - t
        print(f"rdflib loaded the data in {rdf_load:.1f} s; running the query {args.rdflib_runs} times", flush=True)
        rdf_time, rdf_answer = timed(lambda: rdflib_deaths(ds, canned.sparql), args.rdflib_runs, label="rdflib")
        assert rdf_answer == ox_answer, (rdf_answer, ox_answer)
        rows.append(("rdflib (Dataset, union default graph)", rdf_load, rdf_time, args.rdflib_runs))
        del ds

    print("\n| engine | load | `deaths` query, median | runs |\n|---|---|---|---|")
    for name, load, q, runs in rows:
        print(f"| {name} | {f'{load:.1f} s' if load is not None else '–'} | {q * 1000:.1f} ms | {runs} |")
    if rdf_time:
        print(
            f"\nrdflib / pyoxigraph (in memory): **{rdf_time / ox_time:.0f}x**; "
            f"rdflib / pyoxigraph (on disk): **{rdf_time / disk_time:.0f}x**"
        )

    if not args.skip_server:
        from kgbuild.serve import ServerProcess

        env = dict(os.environ, KGBUILD_CACHE=str(work / "cache"))
        t = time.perf_counter()
        with ServerProcess(["--data", data, "--workers", str(args.workers)], env=env, log=work / "server.log") as srv:
            print(
                f"\nServer ready (dataset loaded, workers forked) in {time.perf_counter() - t:.1f} s: {srv.url}, "
                f"{args.workers} workers; memory: {process_memory(srv.process.pid)}"
            )
            deaths_path = "/queries/deaths?nationality=RU&since=2015-09-01"
            for label, path in (
                ("canned `deaths` (`/queries/deaths?...`)", deaths_path),
                ("`ASK {}` (`/sparql`)", "/sparql?query=ASK%20%7B%7D"),
            ):
                load_clients(srv.url, path, 2, 1.0)  # warm-up
                print(
                    f"\n{label}, {args.seconds:g} s per run\n\n| clients | requests | req/s | p50 | p95 | errors |\n"
                    "|---|---|---|---|---|---|"
                )
                for n in args.clients:
                    r = load_clients(srv.url, path, n, args.seconds)
                    print(
                        f"| {n} | {r['requests']} | {r['rps']:.1f} | {r['p50']:.1f} ms | {r['p95']:.1f} ms | "
                        f"{r['errors']} |",
                        flush=True,
                    )
    import shutil

    shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
