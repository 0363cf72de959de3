"""The text in force: version 1 from the document's own 施行 clause, a future amendment announced and
taking over on its day without anyone acting, and every page agreeing on which version is current."""

import datetime
import io

import pytest
import time_machine
from pypdf import PdfReader
from django.utils import timezone

from versions.models import PolicyVersion
from versions.tests.factories import day, make_policy, publish
from versions.tests.pairs import RULES, article, copy

pytestmark = pytest.mark.django_db
TZ = timezone.get_fixed_timezone(8 * 60)


def _at(text):
    """Noon of a day in Asia/Shanghai, for time_machine."""
    return datetime.datetime.combine(day(text), datetime.time(12), tzinfo=TZ)


def _issued(clause, **dates):
    return publish(make_policy(copy(RULES)[:-1] + [article(clause)], **dates))


def test_version_1_of_a_document_in_force_from_issue_is_in_force_from_its_written_date(client):
    with time_machine.travel(_at("2024-05-20"), tick=False):
        page = _issued("本规则自印发之日起施行。", date_written=day("2023-08-20"), date_published=day("2023-08-29"))
    (v1,) = PolicyVersion.objects.filter(page=page)
    assert v1.effective_date == day("2023-08-20")
    assert v1.effective_basis == "正文“自印发之日起施行”，即成文日期"
    response = client.get(f"/versions/{page.pk}/on/?date=2023-08-21")
    assert response.status_code == 302 and response["Location"].startswith(f"/versions/{page.pk}/1/")
    early = client.get(f"/versions/{page.pk}/on/?date=2023-08-19").content.decode()
    assert "2023年8月19日时本文件尚未施行" in early and "自2023年8月20日起施行" in early


def test_a_stated_day_and_an_amendment_effective_before_the_online_day_is_accepted(client):
    with time_machine.travel(_at("2024-05-20"), tick=False):
        page = _issued("本规则自2024年1月1日起施行。", date_written=day("2023-12-01"))
        assert PolicyVersion.objects.get(page=page).effective_date == day("2024-01-01")
        page.version_is_new, page.version_effective_date = True, day("2024-03-01")
        from versions.recording import effective_date_error

        assert effective_date_error(page) == ""  # before the online day, after the true v1 date


def _amended_in_future():
    with time_machine.travel(_at("2024-05-20"), tick=False):
        page = _issued("本规则自印发之日起施行。", date_written=day("2024-01-10"))
        body = copy(RULES)[:-1] + [article("本规则自印发之日起施行。"), article("新增：修订后的第十条。")]
        return publish(page, body, new_version=True, note="增加一条", effective=day("2024-07-01"))


def _page_says(client, page):
    html = client.get(page.url).content.decode()
    return ("新增：修订后的第十条" in html), ("将于2024年7月1日起施行" in html)


def test_a_future_amendment_is_announced_and_takes_over_on_its_day(client):
    page = _amended_in_future()
    with time_machine.travel(_at("2024-06-30"), tick=False):
        shows_new, announces = _page_says(client, page)
        assert not shows_new and announces
        history = client.get(f"/versions/{page.pk}/").content.decode()
        assert "将于2024年7月1日施行" in history
        upcoming = client.get(f"/versions/{page.pk}/2/").content.decode()
        assert "尚未施行的修订文本" in upcoming and "· 现行版本" not in upcoming
        assert "修订" not in _pdf_text(client, page)  # the text in force is still version 1

    with time_machine.travel(_at("2024-07-01"), tick=False):
        shows_new, announces = _page_says(client, page)  # the page cache is keyed by the date
        assert shows_new and not announces
        assert "· 现行版本" in client.get(f"/versions/{page.pk}/2/").content.decode()
        text = _pdf_text(client, page)
        assert "新增：修订后的第十条" in text and "（2024年5月20日修订，自2024年7月1日起施行）" in text


def _pdf_text(client, page):
    response = client.get(page.url + "pdf/")
    assert response.status_code == 200
    return "".join("".join(p.extract_text().split()) for p in PdfReader(io.BytesIO(response.content)).pages)


@pytest.mark.parametrize("when", ["2024-06-28", "2024-06-29", "2024-06-30", "2024-07-01", "2024-07-02"])
def test_on_date_agrees_with_the_current_label_every_day_around_the_change(client, when):
    page = _amended_in_future()
    with time_machine.travel(_at(when), tick=False):
        location = client.get(f"/versions/{page.pk}/on/?date={when}")["Location"]
        number = int(location.split("/")[3])
        current_label = client.get(f"/versions/{page.pk}/{number}/").content.decode()
        assert "· 现行版本" in current_label
        other = 1 if number == 2 else 2
        assert "· 现行版本" not in client.get(f"/versions/{page.pk}/{other}/").content.decode()
        shows_new, _ = _page_says(client, page)
        assert shows_new == (number == 2)
