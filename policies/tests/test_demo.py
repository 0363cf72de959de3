"""The three seed documents as the demo loads them (through the importer), counted and spot-checked.

The seed pages are built by the importer (`policies.importer.seeds.load_seeds`): a broken import fails
here, never skips. They load the seeds alone, not the whole demo: versions.demo later publishes an
amended 密云镇 version (one article more) on purpose.
"""

import re

import pytest

from policies.models import MemberUnit, PolicyLibraryPage, PolicyPage

pytestmark = pytest.mark.django_db


@pytest.fixture
def seeded(library):
    from policies.importer.seeds import load_seeds

    load_seeds(library)
    load_seeds(library)  # idempotent


def page_titled(fragment):
    return PolicyPage.objects.live().get(title__contains=fragment)


def counts(page):
    return page.chapter_count(), page.article_count()


def test_seed_000_notice_and_its_three_attachments(seeded, client):
    notice = PolicyPage.objects.live().get(doc_number="回府发〔2023〕104号")
    attachments = list(notice.attachments())
    assert [a.attachment_number for a in attachments] == [1, 2, 3]
    work_rules, office_rules, duties = attachments
    assert counts(work_rules) == (5, 20)
    assert counts(office_rules) == (4, 11)
    duty_lists = [i for i in duties.numbered_body if i.type == "duty_list"]
    assert len(duty_lists) == 11
    assert duty_lists[0].unit.name == "司法所" and duty_lists[0].label == "一、"
    assert duty_lists[-1].label == "十一、"
    assert all(a.meta("doc_number") == "回府发〔2023〕104号" for a in attachments)
    html = client.get(work_rules.url).content.decode()
    assert re.search(r"第二十条</strong>　本规则自印发之日起施行。", html)
    assert "第一条</strong>　为确保社区矫正工作依法顺利开展" in html
    listing = client.get(notice.url).content.decode()
    for a in attachments:
        assert a.url in listing
        assert client.get(a.url).status_code == 200


def test_seed_001_has_26_articles_in_5_chapters_with_units(seeded, client):
    rules = page_titled("密云镇社区矫正委员会工作规则")
    assert counts(rules) == (5, 26)
    articles = [i for i in rules.numbered_body if i.type == "article"]
    assert articles[6].label == "第七条" and articles[6].unit is not None and articles[6].unit.name == "司法所"
    assert "公安分局西滨河派出所" in articles[7].unit.name
    html = client.get(rules.url).content.decode()
    for n in range(1, 27):
        assert f'id="art-{n}"' in html and f'href="#art-{n}"' in html


def test_seed_003_metadata_and_forms(seeded, client):
    opinion = PolicyPage.objects.live().get(doc_number="马司〔2022〕3号")
    html = client.get(opinion.url).content.decode()
    for text in ["003067999/202201-00032", "市司法局", "2022-01-11", "社区矫正管理局", "0555-2426309"]:
        assert text in html, text
    assert "云顶" not in html  # the injected spam never reaches a public page
    forms = [i.value["form"] for p in [opinion, *opinion.attachments()] for i in p.numbered_body if i.type == "form"]
    assert sorted(forms) == ["assistance_notice", "registration"]
    notice_form, registration_form = opinion.attachments()
    html = client.get(notice_form.url).content.decode()
    assert "协助社区矫正工作通知单" in html and "存根" in html and "/print/blank/notice.pdf" in html
    assert "/print/blank/registration.pdf" in client.get(registration_form.url).content.decode()
