"""/robots.txt lets crawlers read the public site only and names the sitemap; /favicon.ico finds the icon."""

import pytest
from django.contrib.staticfiles import finders

pytestmark = pytest.mark.django_db


def test_robots_txt_allows_the_public_site_and_keeps_crawlers_out_of_the_workbench(client):
    response = client.get("/robots.txt", HTTP_HOST="policy.example.org")
    assert response.status_code == 200
    assert response["Content-Type"] == "text/plain; charset=utf-8"
    assert response.content.decode().splitlines() == [
        "User-agent: *",
        "Allow: /",
        "Disallow: /admin/",
        "Disallow: /documents/",
        "Sitemap: http://policy.example.org/sitemap.xml",
    ]


def test_robots_txt_names_the_sitemap_of_the_host_and_scheme_asked(client):
    response = client.get("/robots.txt", HTTP_HOST="localhost", secure=True)
    assert "Sitemap: https://localhost/sitemap.xml" in response.content.decode().splitlines()


def test_robots_txt_is_read_only(client):
    assert client.post("/robots.txt").status_code == 405


def test_favicon_ico_redirects_for_good_to_the_svg_that_exists(client):
    response = client.get("/favicon.ico")
    assert response.status_code == 301
    assert response["Location"] == "/static/favicon.svg"
    assert finders.find("favicon.svg")
    assert client.get(response["Location"]).status_code == 200
