"""The corpus of real published documents and the importer's score over it (docs/IMPORTER.md)."""

import re
from pathlib import Path

from policies.importer import corpus, parse_text

IMPORTER_DOC = Path(__file__).resolve().parents[3] / "docs" / "IMPORTER.md"
BASELINE = re.compile(r"^Baseline: (\d+(?:\.\d+)?) %", re.MULTILINE)
DOCUMENTS_BASELINE = re.compile(r"^Documents baseline: (\d+) of (\d+) wholly right", re.MULTILINE)


def test_every_text_has_its_json_and_every_json_its_text():
    texts = {p.stem for p in corpus.CORPUS.glob("*.txt")}
    jsons = {p.stem for p in corpus.CORPUS.glob("*.json")}
    assert texts == jsons
    assert len(texts) >= 25
    assert [s for s in texts if not re.fullmatch(r"\d{2}_[a-z0-9_]+", s)] == []


def test_entries_are_complete_and_checksums_match():
    documents = corpus.load()
    assert {d.slug: corpus.problems(d) for d in documents if corpus.problems(d)} == {}
    for document in documents:
        document.data.decode("utf-8")  # stored as UTF-8, as the brief asks


def test_corpus_is_varied():
    kinds = [d.meta["kind"] for d in corpus.load()]
    assert sum(k.startswith(("disclosure page", "web page")) for k in kinds) >= 8
    assert sum(k.startswith("law text") for k in kinds) >= 6
    truncated = [d.meta["expected"]["truncated"] for d in corpus.load()]
    assert True in truncated and False in truncated


def test_problems_finds_a_broken_entry():
    good = corpus.load()[0]
    broken = corpus.Document(good.slug, good.data + b"x", {k: v for k, v in good.meta.items() if k != "kind"})
    found = corpus.problems(broken)
    assert "sha256 does not match the text" in found
    assert any("kind" in p for p in found)


def test_check_names_each_wrong_field():
    doc = parse_text("某镇社区矫正委员会工作规则\n\n第一条 为了规范工作，制定本规则。\n\n第二条 本规则自印发之日起施行。\n")
    right = {"title": "某镇社区矫正委员会工作规则", "doc_number": None, "index_number": None, "publishers": [],
             "date_written": None, "date_published": None, "chapters": [], "article_count": 2,
             "articles": [{"number": "第一条", "text_start": "为了规范工作"}], "junk": [], "truncated": False}
    assert corpus.check(doc, right) == {}
    wrong = dict(right, title="别的标题", article_count=3, junk=["印发之日"], truncated=True,
                 articles=[{"number": "第三条", "text_start": "不存在"}])
    assert set(corpus.check(doc, wrong)) == {"title", "article_count", "junk", "truncated", "articles"}


def test_score_runs_over_the_corpus_and_is_not_below_the_baseline():
    results = corpus.score()
    assert [r.slug for r in results] == [d.slug for d in corpus.load()]
    table = corpus.table(results)
    assert all(f"| {r.slug} |" in table for r in results)
    doc = IMPORTER_DOC.read_text(encoding="utf-8")
    baseline = float(BASELINE.search(doc).group(1))
    assert corpus.percent(results) >= baseline
    wholly, of = map(int, DOCUMENTS_BASELINE.search(doc).groups())
    assert of == len(results)  # a new document changes the baseline line with it
    assert sum(r.passed for r in results) >= wholly, {r.slug: r.failures for r in results if not r.passed}
