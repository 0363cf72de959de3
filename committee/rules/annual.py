"""第十七条: every member unit reports in writing once a year; the office sees who has not."""

REPORT_PARTS = [
    ("duties", "依法履职情况"),
    ("decisions", "委员会决策部署完成情况"),
    ("key_work", "重点工作落实情况"),
    ("problems", "存在的问题及意见建议"),
]


def split_reported(units, reported_unit_ids):
    """(units that reported, units that have not), in the given order."""
    done = set(reported_unit_ids)
    return [u for u in units if u.pk in done], [u for u in units if u.pk not in done]
