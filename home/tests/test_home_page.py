import pytest
from django.core.management import call_command

from home.demo import DEMO_USERS
from home.models import HomePage, SiteSettings

pytestmark = pytest.mark.usefixtures("demo_module")  # the demo loaded once for the module


def test_home_page_renders_in_chinese(client, demo):
    response = client.get("/")
    assert response.status_code == 200
    html = response.content.decode()
    assert '<html lang="zh-CN"' in html
    assert "回龙坝镇社区矫正委员会" in html
    for label in ("委员会简介", "最新政策", "联系我们", "主办单位", "网站地图", "字体大小", "长者模式"):
        assert label in html, label


def test_site_settings_drive_header_and_contact_block(client, demo):
    s = SiteSettings.objects.get()
    s.committee_name = "测试镇社区矫正委员会"
    s.phone = "023-12345678"
    s.save()
    html = client.get("/").content.decode()
    assert "测试镇社区矫正委员会" in html
    assert "023-12345678" in html


def test_load_demo_twice_duplicates_nothing(demo):
    from django.contrib.auth import get_user_model

    call_command("load_demo", "--quiet-logins", stdout=open("/dev/null", "w"))
    assert HomePage.objects.count() == 1
    assert get_user_model().objects.count() == len(DEMO_USERS)


def test_site_map_and_404_are_friendly(client, demo):
    assert client.get("/sitemap/").status_code == 200
    response = client.get("/no-such-page/")
    assert response.status_code == 404
    assert "页面不存在" in response.content.decode()
