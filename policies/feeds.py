"""RSS feed of newly published public policies (/policies/feed/)."""

from datetime import datetime, time

from django.contrib.syndication.views import Feed
from django.utils import timezone
from django.utils.feedgenerator import Rss201rev2Feed
from wagtail.models import Site

from home.models import SiteSettings

from policies.queries import newest_first, prefetch_notices, public_policies

FEED_SIZE = 20


class LatestPoliciesFeed(Feed):
    feed_type = Rss201rev2Feed
    description = "社区矫正委员会新发布的政策文件"
    link = "/policies/"

    def get_object(self, request, *args, **kwargs):
        self.request = request  # absolute item links from the host the reader used (home/site_urls.py)
        site = Site.find_for_request(request)
        self.committee = SiteSettings.for_site(site).committee_name if site else ""
        return None

    def title(self):
        return f"{self.committee}·政策文件" if getattr(self, "committee", "") else "政策文件"

    def items(self):
        # By 发布日期, newest first, attachments included: each is a document of its own.
        # Metadata only (no body); notices fetched together for the attachments' inherited 文号.
        items = list(newest_first(public_policies().defer("body"))[:FEED_SIZE])
        return prefetch_notices(items)

    def item_title(self, item):
        number = item.meta("doc_number")
        return f"{item.title}（{number}）" if number and not item.attachment_number else item.title

    def item_description(self, item):
        parts = [f"{label}：{value}" for label, value in item.metadata_rows() if label in ("发布机构", "文号", "有效性")]
        return "；".join(parts)

    def item_link(self, item):
        return item.get_full_url(self.request) or item.url

    def item_pubdate(self, item):
        """The 发布日期 (inherited from the notice; else 成文日期), not the day it was put online."""
        day = item.display_date
        return timezone.make_aware(datetime.combine(day, time())) if day else None
