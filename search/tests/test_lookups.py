"""`norm__has`: literal substring containment on every database (LIKE's wildcards are escaped)."""

import pytest
from wagtail.models import Page

from search import lookups  # noqa: F401  (registers field__has)
from search.models import SearchEntry

pytestmark = pytest.mark.django_db


@pytest.fixture
def entries():
    root = Page.get_first_root_node()
    texts = ["完成率100%以上", "完成率1000以上", "编号a_b已登记", "编号axb已登记", "社区矫正委员会", "矫正"]
    for n, text in enumerate(texts):
        SearchEntry.objects.create(page=root, position=n + 1, kind="document", document_title="测试",
                                   norm=text, norm_title="测试")
    return texts


def _found(needle):
    return sorted(SearchEntry.objects.filter(norm__has=needle).values_list("norm", flat=True))


def test_wildcards_in_the_needle_match_only_themselves(entries):
    assert _found("0%以") == ["完成率100%以上"]
    assert _found("a_b") == ["编号a_b已登记"]
    assert _found("\\") == []


def test_short_and_long_needles_find_every_row_holding_them(entries):
    assert _found("矫正") == ["矫正", "社区矫正委员会"]
    assert _found("矫正委") == ["社区矫正委员会"]
    assert _found("委员会以上") == []
