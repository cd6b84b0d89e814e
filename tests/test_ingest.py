from __future__ import annotations

from datetime import date

import pytest

from kgbuild.errors import InputError
from kgbuild.ingest import read_article, read_articles


def write(tmp_path, name, content, mode="w"):
    p = tmp_path / name
    if isinstance(content, bytes):
        p.write_bytes(content)
    else:
        p.write_text(content, encoding="utf-8")
    return p


def test_seed_without_front_matter_takes_date_from_dateline(seed_article):
    assert seed_article.published == date(2020, 8, 19)
    assert seed_article.published_source == "text"
    assert seed_article.title.startswith("Russian Maj. Gen. Vyacheslav Gladkikh")


def test_front_matter(tmp_path):
    front = "---\ntitle: T\npublished: 2019-05-02\npublisher: X\nurl: https://example.org/a\n---\n"
    p = write(tmp_path, "a.md", front + "Body text.\n")
    a = read_article(p)
    assert (a.title, a.published, a.publisher, a.url, a.text) == (
        "T", date(2019, 5, 2), "X", "https://example.org/a", "Body text.\n"
    )
    assert a.published_source == "front-matter"


def test_wire_dateline(tmp_path):
    p = write(tmp_path, "wire.txt", "Jet downed\n\nMOSCOW, Nov. 25, 2015 (Reuters) - A Russian pilot was killed.\n")
    assert read_article(p).published == date(2015, 11, 25)


def test_published_option_and_file_name(tmp_path):
    p = write(tmp_path, "2016-03-04-x.txt", "No date in this text at all.\n")
    assert read_article(p).published == date(2016, 3, 4)
    assert read_article(p).published_source == "file-name"
    q = write(tmp_path, "nodate.txt", "No date in this text at all.\n")
    assert read_article(q, published=date(2017, 1, 2)).published == date(2017, 1, 2)


@pytest.mark.parametrize(
    "name,content,message,line",
    [
        ("empty.md", "", "empty file", None),
        ("blank.md", "---\ntitle: x\npublished: 2020-01-01\n---\n\n", "empty article", None),
        ("latin1.txt", "caf\xe9 bomb\n".encode("latin-1"), "not UTF-8", 1),
        ("broken.md", "---\ntitle: [unclosed\npublished: 2020-01-01\n---\nText\n", "broken front matter", 3),
        ("open.md", "---\ntitle: x\nText without end\n", "never closed", 1),
        ("impossible.md", "---\npublished: 2020-02-30\n---\nText\n", "not a possible date", 2),
        ("notiso.md", "---\npublished: 30/01/2020\n---\nText\n", "not an ISO date", 2),
        ("unknown.md", "---\npublisehd: 2020-01-01\n---\nText\n", "unknown front-matter key", 2),
        ("nodate.txt", "A bomb exploded somewhere.\n", "no publication date", None),
    ],
)
def test_bad_input_names_file_and_line(tmp_path, name, content, message, line):
    p = write(tmp_path, name, content)
    with pytest.raises(InputError) as err:
        read_article(p)
    text = str(err.value)
    assert name in text and message in text
    if line is not None:
        assert f"{name}:{line}:" in text


def test_duplicate_keys_refused(tmp_path):
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    write(tmp_path / "a", "2020-01-01-x.md", "Text one.\n")
    write(tmp_path / "b", "2020-01-01-x.txt", "Text two.\n")
    with pytest.raises(InputError, match="same article key"):
        list(read_articles([tmp_path]))


def test_crlf_and_bom_normalised(tmp_path):
    p = write(tmp_path, "2020-01-01-crlf.txt", b"\xef\xbb\xbfLine one\r\nLine two\r\n")
    assert read_article(p).text == "Line one\nLine two\n"
