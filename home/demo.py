"""Demo site identity and one login per role. Idempotent: safe to run any number of times."""


from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django_otp.plugins.otp_totp.models import TOTPDevice
from wagtail.models import Locale, Page, Site

from accounts.totp import DEVICE_NAME, demo_key
from accounts.two_factor import requires_two_factor
from home import roles
from home.roles import sync_roles
from home.models import HomePage, SiteSettings

# (username, password, display name, group or None for superuser)
DEMO_USERS = [
    ("admin", "admin-demo-2026", "系统管理员", None),
    ("editor", "editor-demo-2026", "示例政策编辑", roles.POLICY_EDITOR),
    ("staff", "staff-demo-2026", "示例司法所工作人员", roles.OFFICE_STAFF),
    ("head", "head-demo-2026", "示例司法所负责人", roles.OFFICE_HEAD),
    ("village_a", "village-a-demo-2026", "示例甲村委会工作人员", roles.VILLAGE_STAFF),
    ("village_b", "village-b-demo-2026", "示例乙社区居委会工作人员", roles.VILLAGE_STAFF),
    ("director", "director-demo-2026", "示例委员会办公室主任", roles.COMMITTEE_OFFICE_DIRECTOR),
    ("leader", "leader-demo-2026", "示例委员会常务副主任", roles.COMMITTEE_LEADER),
    ("liaison", "liaison-demo-2026", "示例司法所联络员", roles.LIAISON),  # its unit: committee.demo
]

INTRO = (
    "<p>回龙坝镇社区矫正委员会是镇党委、镇政府领导下的议事协调机构，负责统筹协调和指导全镇社区矫正工作，"
    "预防和减少犯罪，构建和谐稳定的社会环境。委员会办公室设在镇司法所，负责委员会的日常工作。</p>"
    "<p>本网站公开委员会的工作规则、办公室工作细则和成员单位工作职责等政策文件，供群众查阅、检索和下载。</p>"
)


def ensure_site():
    """The page tree and default site; normally made by migrations, rebuilt if a test flushed them."""
    if Site.objects.filter(is_default_site=True).exists():
        return
    locale, _ = Locale.objects.get_or_create(language_code="zh-hans")
    root = Page.get_first_root_node() or Page.add_root(instance=Page(title="根目录", locale=locale))
    home = HomePage.objects.first() or root.add_child(instance=HomePage(title="首页", slug="home", locale=locale))
    Site.objects.create(hostname="localhost", port=80, root_page=home, is_default_site=True)


def load_site():
    ensure_site()
    home = HomePage.objects.first()
    if home and not home.intro:
        home.intro = INTRO
        home.save_revision().publish()
    site = Site.objects.get(is_default_site=True)
    site.site_name = "回龙坝镇社区矫正委员会"
    site.save()
    s = SiteSettings.for_site(site)
    s.committee_name = "回龙坝镇社区矫正委员会"
    s.host_organisation = "重庆市沙坪坝区回龙坝镇人民政府"
    s.office_name = "回龙坝镇社区矫正委员会办公室（设在镇司法所）"
    s.address = s.address or "重庆市沙坪坝区回龙坝镇（示例地址）"
    s.phone = s.phone or "023-00000000（示例）"
    s.save()


def load_users():
    User = get_user_model()
    sync_roles()
    for username, password, name, group_name in DEMO_USERS:
        user, created = User.objects.get_or_create(username=username)
        if created:
            user.set_password(password)
        user.first_name = name
        user.is_staff = group_name is None
        user.is_superuser = group_name is None
        user.save()
        if group_name:
            user.groups.set([Group.objects.get(name=group_name)])
        if requires_two_factor(get_user_model().objects.get(pk=user.pk)):  # fresh: no stale permission cache
            demo_device(user)
    return DEMO_USERS


def demo_device(user):
    """The demo's authenticator for a role that must use two-factor login: a fixed key per username,
    so the same entry in an authenticator app keeps working after the demo is reloaded."""
    device, _ = TOTPDevice.objects.update_or_create(
        user=user, name=DEVICE_NAME, defaults={"key": demo_key(user.username), "confirmed": True})
    return device


def load(stdout=None):
    load_site()
    load_users()
