"""网站地图 and sitemap.xml list only what policies.queries.public_policies() lets the public see."""

import pytest

from policies.models import PolicyPage
from policies.queries import public_policies

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("library_module")]  # the library made once per module


@pytest.fixture
def pages(library):
    public = PolicyPage(title="示例公开文件", slug="public-doc", disclosure="proactive")
    library.add_child(instance=public)
    public.save_revision().publish()
    on_request = PolicyPage(title="示例依申请公开文件", slug="on-request-doc", disclosure="on_request")
    library.add_child(instance=on_request)
    on_request.save_revision().publish()
    draft = PolicyPage(title="示例草稿文件", slug="draft-doc", disclosure="proactive", live=False)
    library.add_child(instance=draft)
    return public, on_request, draft


def test_site_map_lists_only_public_policies(client, pages):
    public, on_request, draft = pages
    assert list(public_policies()) == [public]
    html = client.get("/sitemap/").content.decode()
    assert "示例公开文件" in html
    assert "示例依申请公开文件" not in html and "示例草稿文件" not in html


def test_sitemap_xml_lists_only_public_policies(client, pages):
    xml = client.get("/sitemap.xml").content.decode()
    assert "public-doc" in xml
    assert "on-request-doc" not in xml and "draft-doc" not in xml
