"""Demo policies: the library page, its workflow and permissions, the member units, the seeds.

Idempotent: run it any number of times. The seed documents themselves are built by the importer
(`policies.importer.seeds.load_seeds`).
"""

from home.models import HomePage
from policies.importer.seeds import load_seeds
from policies.models import MemberUnit, PolicyLibraryPage
from policies.workflow import assign_workflow, grant_page_permissions

LIBRARY_SLUG = "policies"  # the library lives at /policies/; /policies/library/ redirects there

# Seed 000 (回龙坝镇, 附件3): the 11 member units in the order of their duty lists.
UNITS_000 = [
    ("司法所", "sifasuo"),
    ("派出所", "paichusuo"),
    ("平安建设办公室", "pingan-jianshe"),
    ("财政办公室", "caizheng"),
    ("民政和社会事务办公室", "minzheng-shehui-shiwu"),
    ("劳动就业和社会服务保障所", "laodong-jiuye"),
    ("文化服务中心", "wenhua-fuwu"),
    ("工会", "gonghui"),
    ("团委", "tuanwei"),
    ("妇联", "fulian"),
    ("各村（社区）", "cun-shequ"),
]
# Seed 001 (密云镇): the units its articles 7–20 name, as written there. Units of the same name in both
# towns are two units, one per committee.
UNITS_001 = [
    ("司法所", "miyun-sifasuo"),
    ("平安建设办公室", "miyun-pingan-jianshe"),
    ("团委", "miyun-tuanwei"),
    ("妇联", "miyun-fulian"),
    ("公安分局西滨河派出所", "xibinhe-paichusuo"),
    ("便民服务中心（社会事务）", "bianmin-fuwu"),
    ("镇卫生院", "weishengyuan"),
    ("镇教委", "jiaowei"),
    ("镇工会", "zhen-gonghui"),
    ("镇市场监管所", "shichang-jianguan"),
    ("镇城乡建设办", "chengxiang-jianshe"),
    ("镇经济发展办", "jingji-fazhan"),
    ("镇残联", "canlian"),
    ("镇办公室", "zhen-bangongshi"),
]


COMMITTEE_000 = "回龙坝镇社区矫正委员会"
COMMITTEE_001 = "密云镇社区矫正委员会"


def load_units():
    for committee, units in ((COMMITTEE_000, UNITS_000), (COMMITTEE_001, UNITS_001)):
        for order, (name, slug) in enumerate(units, 1):
            # A database from before units had a committee: its rows become 回龙坝镇's (listed first).
            MemberUnit.objects.filter(committee="", name=name, slug=slug).update(committee=committee)
            MemberUnit.objects.update_or_create(committee=committee, name=name,
                                                defaults={"slug": slug, "sort_order": order})


def load_library():
    library = PolicyLibraryPage.objects.filter(slug=LIBRARY_SLUG).first()
    if library is None:
        home = HomePage.objects.first()
        library = home.add_child(instance=PolicyLibraryPage(
            title="政策文件", slug=LIBRARY_SLUG,
            intro="委员会及相关单位发布的社区矫正工作规则、细则、成员单位职责等文件，按发布日期倒序排列。",
        ))
        library.save_revision().publish()
    assign_workflow(library)
    grant_page_permissions(library)
    return library


def load(stdout=None):
    load_units()
    library = load_library()
    load_seeds(library)
    return library
