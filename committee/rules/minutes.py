"""细则: the office drafts the 纪要, the 办公室主任 reviews it, the 主任/常务副主任 signs (签发), then 印发.

草稿 → 已审核 → 已签发 → 已印发. Pure: who may act is a set of permission codenames the caller holds.
"""

from django.core.exceptions import PermissionDenied, ValidationError

DRAFT, REVIEWED, SIGNED, ISSUED = "草稿", "已审核", "已签发", "已印发"
STATUSES = [DRAFT, REVIEWED, SIGNED, ISSUED]

# action -> (status it needs, status it leads to, permission, Chinese verb, who)
ACTIONS = {
    "review": (DRAFT, REVIEWED, "committee.review_minutes", "审核", "委员会办公室主任"),
    "sign": (REVIEWED, SIGNED, "committee.sign_minutes", "签发", "委员会主任或常务副主任"),
    "issue": (SIGNED, ISSUED, "committee.issue_minutes", "印发", "委员会办公室"),
    "return": (REVIEWED, DRAFT, "committee.review_minutes", "退回修改", "委员会办公室主任"),
}


def allowed(status: str, perms) -> list[str]:
    """Actions open on a 纪要 in `status` to a holder of `perms`."""
    return [a for a, (need, _to, perm, _v, _w) in ACTIONS.items() if need == status and perm in perms]


def next_status(status: str, action: str, perms) -> str:
    """The status after `action`, or a Chinese refusal (PermissionDenied / ValidationError)."""
    if action not in ACTIONS:
        raise ValidationError("未知的纪要操作。")
    need, to, perm, verb, who = ACTIONS[action]
    if perm not in perms:
        raise PermissionDenied(f"只有{who}可以{verb}会议纪要。")
    if status != need:
        if action == "issue" and status in (DRAFT, REVIEWED):
            raise ValidationError("会议纪要须经主任或常务副主任签发后才能印发。")
        raise ValidationError(f"只有“{need}”的会议纪要才能{verb}（当前：{status}）。")
    return to


def editable(status: str) -> bool:
    """Only a draft may be changed: a reviewed or signed text is the one that was approved."""
    return status == DRAFT
