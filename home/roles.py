"""The product's roles and the model permissions each one holds.

Groups are created by migration (home 0003) and their permissions are re-synced after every
`migrate` (post_migrate), so a new model's permission only needs a line here.
"""

POLICY_EDITOR = "政策编辑"
OFFICE_STAFF = "司法所工作人员"
OFFICE_HEAD = "司法所负责人"
VILLAGE_STAFF = "村(居)委会工作人员"

ALL_ROLES = [POLICY_EDITOR, OFFICE_STAFF, OFFICE_HEAD, VILLAGE_STAFF]

# role -> ["app_label.codename", …]; every role may enter the admin.
ROLE_PERMISSIONS = {
    POLICY_EDITOR: ["wagtailadmin.access_admin"],
    OFFICE_STAFF: ["wagtailadmin.access_admin"],
    OFFICE_HEAD: ["wagtailadmin.access_admin"],
    VILLAGE_STAFF: ["wagtailadmin.access_admin"],
}


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
