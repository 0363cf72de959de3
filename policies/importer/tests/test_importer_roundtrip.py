"""Nothing lost, nothing invented: the source's Chinese text reappears, in order, in the import."""

import pytest

from policies.importer import flatten, parse_text

from .helpers import SEED_000, SEED_001, SEED_003, first_missing, han, source_body


@pytest.mark.parametrize("path, skip_before", [(SEED_000, 0), (SEED_001, 0), (SEED_003, 32)])
def test_every_character_of_the_body_survives(path, skip_before):
    raw = path.read_text(encoding="utf-8")
    doc = parse_text(raw)
    source, result = han(source_body(raw, doc, skip_before)), han(flatten(doc))
    missing = first_missing(source, result)
    assert missing is None, "".join(source[max(0, missing - 10):missing + 10])


def test_only_artefacts_and_flagged_spam_are_removed():
    raw = SEED_003.read_text(encoding="utf-8")
    doc = parse_text(raw, drop_spam=True)
    spam = "".join(w["text"] for w in doc["warnings"] if w["code"] == "spam")
    source = source_body(raw, doc, 32).replace("-云顶国际app官方下载", "").replace("云顶国际app官方下载的", "")
    assert spam == "-云顶国际app官方下载云顶国际app官方下载的"
    assert first_missing(han(source), han(flatten(doc))) is None
    assert "云顶" not in flatten(doc)


def test_seed000_result_has_no_invented_text():
    """Apart from computed numbers and normalised dates the import adds nothing."""
    raw = SEED_000.read_text(encoding="utf-8")
    result = "".join(han(flatten(parse_text(raw))))
    assert len(result) == len(han(raw))  # same count: nothing dropped, nothing added
