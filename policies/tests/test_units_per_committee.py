"""A unit belongs to the committee whose document lists it; each committee's list shows only its own."""

import re

import pytest
from wagtail.models import Site

from home.models import SiteSettings

from policies.factories import article, build_policy, duty_list
from policies.importer.build import build
from policies.importer.document import parse_text
from policies.models import MemberUnit
from policies.models.units import committee_named_in

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("library_module")]  # the library made once per module


@pytest.mark.parametrize("text, committee", [
    ("北京市密云区密云镇社区矫正委员会工作规则", "密云镇社区矫正委员会"),
    ("重庆市沙坪坝区回龙坝镇人民政府关于成立回龙坝镇社区矫正委员会的通知", "回龙坝镇社区矫正委员会"),
    ("重庆市沙坪坝区回龙坝镇社区矫正委员会成员单位工作职责", "回龙坝镇社区矫正委员会"),
    ("密云镇社区矫正委员会办公室工作细则", "密云镇社区矫正委员会"),
    ("北京市密云区密云镇人民政府", "密云镇社区矫正委员会"),
    ("朝阳区八里庄街道社区矫正委员会工作规则", "八里庄街道社区矫正委员会"),
    ("关于印发《马鞍山市村(居)民委员会依法协助做好社区矫正工作的意见》的通知", ""),
])
def test_the_committee_is_read_from_the_title_or_issuer(text, committee):
    assert committee_named_in(text) == committee


def test_two_towns_each_keep_their_own_sifasuo(library):
    text = "{town}社区矫正委员会工作规则\n\n第一条 司法所负责日常工作。\n\n第二条 团委配合开展教育帮扶。\n"
    for town in ("北京市密云区密云镇", "重庆市沙坪坝区回龙坝镇"):
        build(parse_text(text.format(town=town)), library)
    units = MemberUnit.objects.filter(name="司法所")
    assert sorted(u.committee for u in units) == ["回龙坝镇社区矫正委员会", "密云镇社区矫正委员会"]
    assert len({u.slug for u in units}) == 2


def test_the_unit_list_shows_each_committee_its_own_units(client, library):
    huilongba = MemberUnit.named("司法所", "回龙坝镇社区矫正委员会")
    miyun = MemberUnit.named("司法所", "密云镇社区矫正委员会")
    clinic = MemberUnit.named("镇卫生院", "密云镇社区矫正委员会")
    build_policy(library, "回龙坝镇社区矫正委员会成员单位工作职责", slug="hlb", body=[
        duty_list(huilongba, ["主管全镇社区矫正工作。"])])
    build_policy(library, "密云镇社区矫正委员会工作规则", slug="my", body=[
        article("镇卫生院负责医疗。", unit=clinic), article("司法所主管。", unit=miyun)])
    site_settings = SiteSettings.for_site(Site.objects.get(is_default_site=True))
    site_settings.committee_name = "密云镇社区矫正委员会"
    site_settings.save()
    html = client.get("/policies/units/").content.decode()
    sections = dict(re.findall(r'<h2[^>]*>(.*?)</h2>\s*<ul class="pol-units">(.*?)</ul>', html, re.S))
    assert list(sections) == ["密云镇社区矫正委员会", "回龙坝镇社区矫正委员会"]  # the site's own first
    own, other = sections["回龙坝镇社区矫正委员会"], sections["密云镇社区矫正委员会"]
    assert huilongba.get_absolute_url() in own and huilongba.get_absolute_url() not in other
    assert miyun.get_absolute_url() in other and miyun.get_absolute_url() not in own
    assert clinic.get_absolute_url() in other and clinic.get_absolute_url() not in own
    detail = client.get(miyun.get_absolute_url()).content.decode()
    assert "密云镇社区矫正委员会工作规则" in detail and "回龙坝镇社区矫正委员会成员单位工作职责" not in detail
