"""jieba with the domain dictionary, loaded once per process."""

import logging

from search import segment


def test_domain_terms_stay_whole():
    assert "矫正小组" in segment.words("协助司法所履行矫正小组成员职责")
    assert "矫委会" in segment.words("书面报矫委会办公室")
    assert "协助人员" in segment.words("社区矫正协助人员由村委会推荐")


def test_short_words_and_punctuation_are_dropped():
    assert segment.words("7日内，报。") == ["日内"]


def test_tokenizer_is_built_once_and_quiet():
    assert segment.tokenizer() is segment.tokenizer()
    assert logging.getLogger("jieba").level >= logging.WARNING
