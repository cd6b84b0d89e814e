"""Minting of every instance IRI kgbuild writes.

IRIs are built from normalised keys (:func:`slug`), never from raw article text,
so the same thing always gets the same IRI and nothing an article contains can
inject characters into an IRI. All IRIs live under :data:`kgbuild.terms.ID_BASE`:

========================  ====================================================
``article/{slug}``        a source article (``#char=b,e`` fragments are spans)
``graph/{slug}``          the named graph holding one article's statements
``graph/reference``       reference data: ranks, places, campaigns, agents
``event/{key}``           an incident
``event/{key}/group/..``  a casualty group of an event
``event/{key}/person/..`` a person's part in an event, per reporting article
``claim/{slug}/{n}``      a figure as stated in one article
``toll/{slug}/{n}``       an aggregate toll as stated in one article
``person/{name}``         a named person
``agent/{key}``           a named organisation or official body
``source/{slug}/{key}``   an unnamed source within one article
``place/{cc}/{name}``     a settlement or site; ``country/{cc}``,
                          ``province/{iso}`` for administrative areas
``rank/{cc}/{rank}``      a national military or police rank; ``rank/nato/{code}``
``campaign/{key}``        a campaign or war
========================  ====================================================

>>> str(event("2020-08-18", "at-taim-oilfield", "roadside-bomb"))
'https://w3id.org/kgbuild/id/event/2020-08-18-at-taim-oilfield-roadside-bomb'
>>> slug("Deir ez-Zor  Province!")
'deir-ez-zor-province'
"""

from __future__ import annotations

import re
import unicodedata

from rdflib import URIRef

from .terms import ID_BASE

_NON_SLUG = re.compile(r"[^a-z0-9]+")


def slug(text: str) -> str:
    """Normalise ``text`` to a lowercase ASCII key of letters, digits and hyphens.

    >>> slug("Ḩimş")
    'hims'
    """
    folded = unicodedata.normalize("NFKD", text)
    ascii_text = folded.encode("ascii", "ignore").decode("ascii").lower()
    out = _NON_SLUG.sub("-", ascii_text).strip("-")
    return out or "x"


def _iri(*parts: str) -> URIRef:
    if not all(parts):
        raise ValueError(f"empty IRI part in {parts!r}")
    return URIRef(ID_BASE + "/".join(parts))


def article(article_slug: str) -> URIRef:
    return _iri("article", slug(article_slug))


def span(article_slug: str, begin: int, end: int) -> URIRef:
    """A mention: RFC 5147 ``#char=begin,end`` fragment of the article IRI."""
    return URIRef(f"{article(article_slug)}#char={int(begin)},{int(end)}")


def article_graph(article_slug: str) -> URIRef:
    return _iri("graph", slug(article_slug))


REFERENCE_GRAPH = _iri("graph", "reference")
RECONCILED_GRAPH = _iri("graph", "reconciled")
ONTOLOGY_GRAPH = _iri("graph", "ontology")


def event(date_key: str, place_key: str, type_key: str) -> URIRef:
    return _iri("event", "-".join(slug(p) for p in (date_key, place_key, type_key)))


def casualty_group(event_iri: URIRef, nationality: str | None, affiliation: str) -> URIRef:
    key = f"{slug(nationality or 'xx')}-{slug(affiliation)}"
    return URIRef(f"{event_iri}/group/{key}")


def involvement(event_iri: URIRef, person_key: str, article_slug: str) -> URIRef:
    """A person's part in an event as one article reports it: reports of the same incident
    may disagree on the fate ("injured", later "died of wounds"), so each keeps its own.

    >>> str(involvement(URIRef("https://w3id.org/kgbuild/id/event/e"), "Ivan Petrov", "2016-01-02-x"))
    'https://w3id.org/kgbuild/id/event/e/person/ivan-petrov/report/2016-01-02-x'
    """
    return URIRef(f"{event_iri}/person/{slug(person_key)}/report/{slug(article_slug)}")


def claim(article_slug: str, number: int) -> URIRef:
    return _iri("claim", slug(article_slug), str(int(number)))


def toll(article_slug: str, number: int) -> URIRef:
    return _iri("toll", slug(article_slug), str(int(number)))


def person(name: str) -> URIRef:
    return _iri("person", slug(name))


def agent(key: str) -> URIRef:
    return _iri("agent", slug(key))


def unnamed_source(article_slug: str, label: str) -> URIRef:
    return _iri("source", slug(article_slug), slug(label))


def article_voice(article_slug: str) -> URIRef:
    """The article itself speaking (figures stated without attribution)."""
    return _iri("source", slug(article_slug), "article")


def country(code: str) -> URIRef:
    return _iri("country", slug(code).upper())


def province(iso_code: str) -> URIRef:
    return _iri("province", slug(iso_code).upper())


def place(country_code: str, name: str) -> URIRef:
    return _iri("place", slug(country_code), slug(name))


def rank(country_code: str, name: str) -> URIRef:
    return _iri("rank", slug(country_code), slug(name))


def nato_grade(code: str) -> URIRef:
    return _iri("rank", "nato", slug(code).upper())


def campaign(key: str) -> URIRef:
    return _iri("campaign", slug(key))


def unit(key: str) -> URIRef:
    return _iri("unit", slug(key))


def dataset() -> URIRef:
    return _iri("dataset")


def distribution(name: str) -> URIRef:
    return _iri("dataset", slug(name))


def checksum(dump_name: str) -> URIRef:
    return _iri("dataset", slug(dump_name), "checksum")


def subset(graph_key: str) -> URIRef:
    """The VoID subset describing one named graph."""
    return _iri("dataset", slug(graph_key))


def geometry(place_iri: URIRef) -> URIRef:
    return URIRef(f"{place_iri}/geometry")


def numbered(iri: URIRef, n: int) -> URIRef:
    """A second, third... thing that would otherwise get the same IRI."""
    return URIRef(f"{iri}-{int(n)}")
