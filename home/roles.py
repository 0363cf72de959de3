"""The product's roles and the model permissions each one holds.

Groups are created by migration (home 0003) and their permissions are re-synced after every
`migrate` (post_migrate), so a new model's permission only needs a line here.
"""

from django.apps import apps

POLICY_EDITOR = "政策编辑"
OFFICE_STAFF = "司法所工作人员"
OFFICE_HEAD = "司法所负责人"
VILLAGE_STAFF = "村(居)委会工作人员"
# the committee (app committee): its office sits in the 司法所, so office staff and head keep its papers
COMMITTEE_OFFICE_DIRECTOR = "委员会办公室主任"
COMMITTEE_LEADER = "委员会主任或常务副主任"
LIAISON = "成员单位联络员"

ALL_ROLES = [POLICY_EDITOR, OFFICE_STAFF, OFFICE_HEAD, VILLAGE_STAFF, COMMITTEE_OFFICE_DIRECTOR, COMMITTEE_LEADER,
             LIAISON]

# role -> ["app_label.codename", …]; every role may enter the admin.
ROLE_PERMISSIONS = {
    POLICY_EDITOR: ["wagtailadmin.access_admin", "policies.add_memberunit", "policies.change_memberunit",
                    "policies.view_memberunit", "versions.view_policyversion", "versions.change_policyversion"],
    OFFICE_STAFF: ["wagtailadmin.access_admin"],
    OFFICE_HEAD: ["wagtailadmin.access_admin", "policies.add_memberunit", "policies.change_memberunit",
                  "policies.view_memberunit"],
    VILLAGE_STAFF: ["wagtailadmin.access_admin"],
}

# forms_app (records). Row scope (office / own committee) is enforced by forms_app.scope, not here.
_OFFICE_RECORDS = [
    "forms_app.view_office",
    "forms_app.view_villagecommittee", "forms_app.add_villagecommittee", "forms_app.change_villagecommittee",
    "forms_app.view_supervisee", "forms_app.add_supervisee", "forms_app.change_supervisee",
    "forms_app.view_assistant", "forms_app.add_assistant", "forms_app.change_assistant",
    "forms_app.view_assistancenotice", "forms_app.add_assistancenotice", "forms_app.change_assistancenotice",
    "forms_app.issue_assistancenotice",
    "forms_app.view_registration",
    "forms_app.view_calendarperiod",
]
ROLE_PERMISSIONS[OFFICE_STAFF] += _OFFICE_RECORDS
ROLE_PERMISSIONS[OFFICE_HEAD] += _OFFICE_RECORDS + [
    "forms_app.approve_assistancenotice", "forms_app.review_assistant",
    "forms_app.view_unmasked_personal_data", "forms_app.view_auditentry",
    "forms_app.delete_assistancenotice",
    # the holiday calendar is national and sets every deadline: the head keeps it
    "forms_app.add_calendarperiod", "forms_app.change_calendarperiod", "forms_app.delete_calendarperiod",
    # 登录锁定 and 登录记录 (accounts/lockout.py): the head sees and unlocks their own office's accounts
    "axes.view_accessattempt", "axes.delete_accessattempt",
]
ROLE_PERMISSIONS[VILLAGE_STAFF] += [
    "forms_app.view_villagecommittee",
    "forms_app.view_supervisee",
    "forms_app.view_assistant", "forms_app.add_assistant", "forms_app.change_assistant",
    "forms_app.view_assistancenotice",
    "forms_app.view_registration", "forms_app.add_registration", "forms_app.change_registration",
]

# committee: the office keeps meetings, 纪要, 督办, rounds and composition; the 办公室主任 reviews a 纪要,
# the 主任/常务副主任 signs it; a 联络员 files their unit's yearly report (row scope: committee.scope).
_COMMITTEE_OFFICE = [f"committee.{verb}_{model}" for model in ("meeting", "minutes", "supervisionitem",
                                                               "annualround", "appointment", "liaisonaccount",
                                                               "yearlypaper")
                     for verb in ("view", "add", "change")] + ["committee.view_annualreport",
                                                               "committee.issue_minutes"]
ROLE_PERMISSIONS[OFFICE_STAFF] += _COMMITTEE_OFFICE
ROLE_PERMISSIONS[OFFICE_HEAD] += _COMMITTEE_OFFICE
ROLE_PERMISSIONS[COMMITTEE_OFFICE_DIRECTOR] = ["wagtailadmin.access_admin", "committee.review_minutes",
                                               "committee.review_yearlypaper", *_COMMITTEE_OFFICE]
ROLE_PERMISSIONS[COMMITTEE_LEADER] = ["wagtailadmin.access_admin", "committee.sign_minutes",
                                      "committee.approve_yearlypaper"] + [
    f"committee.view_{model}" for model in ("meeting", "minutes", "supervisionitem", "annualround",
                                            "annualreport", "appointment", "yearlypaper")]
ROLE_PERMISSIONS[LIAISON] = ["wagtailadmin.access_admin", "committee.view_annualround",
                             "committee.view_annualreport", "committee.add_annualreport",
                             "committee.change_annualreport"]


# Meeting materials (committee.Material) are Wagtail documents kept in one collection: the office roles add
# and choose them there; a view restriction lets only the committee's office roles and leaders open their
# files (/documents/…). Village users, policy editors and 联络员 hold no permission on it.
MATERIALS_COLLECTION = "委员会会议材料"
MATERIALS_KEEPERS = [OFFICE_STAFF, OFFICE_HEAD, COMMITTEE_OFFICE_DIRECTOR]
MATERIALS_READERS = MATERIALS_KEEPERS + [COMMITTEE_LEADER]


def sync_materials_collection():
    """Create the collection, its add/choose permissions and its group view restriction (idempotent)."""
    from django.contrib.auth.models import Group, Permission
    from wagtail.models import Collection, CollectionViewRestriction, GroupCollectionPermission

    root = Collection.get_first_root_node()
    if root is None:
        return None
    collection = root.get_children().filter(name=MATERIALS_COLLECTION).first() or root.add_child(
        instance=Collection(name=MATERIALS_COLLECTION))
    perms = Permission.objects.filter(content_type__app_label="wagtaildocs",
                                      codename__in=["add_document", "choose_document"])
    for group in Group.objects.filter(name__in=MATERIALS_KEEPERS):
        for perm in perms:
            GroupCollectionPermission.objects.get_or_create(group=group, collection=collection, permission=perm)
    restriction = CollectionViewRestriction.objects.filter(collection=collection).first() or \
        CollectionViewRestriction.objects.create(collection=collection,
                                                 restriction_type=CollectionViewRestriction.GROUPS)
    restriction.groups.set(Group.objects.filter(name__in=MATERIALS_READERS))
    return collection


def sync_roles_after_migrate(sender, **kwargs):
    """post_migrate receiver. The signal fires once per app that has models, in INSTALLED_APPS order, and
    Django creates an app's permissions in that app's own firing; home comes first, so a sync at home's
    firing found only home's permissions. The last app's firing comes after every other app's permissions
    (its own, django.contrib.sessions', come just after: no role holds them)."""
    if sender is [app for app in apps.get_app_configs() if app.models_module is not None][-1]:
        sync_roles()


def sync_roles(**kwargs):
    """Create the role groups and grant exactly the permissions listed above (idempotent)."""
    from django.contrib.auth.models import Group, Permission

    for role, perms in ROLE_PERMISSIONS.items():
        group, _ = Group.objects.get_or_create(name=role)
        wanted = []
        for dotted in perms:
            app_label, codename = dotted.split(".", 1)
            perm = Permission.objects.filter(content_type__app_label=app_label, codename=codename).first()
            if perm:
                wanted.append(perm)
        group.permissions.add(*wanted)
    sync_materials_collection()
