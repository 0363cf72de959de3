"""Import rules: round trip, GBK, invalid rows with reasons, nothing written until clean, idempotence."""

import pytest

from forms_app.models import Assistant, AuditEntry, Supervisee, VillageCommittee
from spreadsheets import files, service
from spreadsheets.resources import RESOURCES
from forms_app.tests import factories

from .helpers import HEADINGS, column, rows


def _csv(headings, data, encoding="utf-8-sig"):
    text = files.write_csv(headings, data).decode("utf-8-sig")
    return files.read("t.csv", text.encode(encoding))


def _export(user, kind, fmt="xlsx"):
    resource = RESOURCES[kind](user)
    content = getattr(files, f"write_{fmt}")(resource.headings(), list(resource.export_rows(resource.export_queryset())))
    return files.read(f"e.{fmt}", content)


@pytest.mark.parametrize("fmt", ["xlsx", "csv"])
def test_round_trip_export_then_import_changes_nothing(world, fmt):
    factories.supervisee(world["a"], name="示例甲")
    factories.supervisee(world["b"], name="=HYPERLINK(\"http://x\",\"y\")", sex="女", birth=__import__("datetime").date(1990, 1, 2))
    Assistant.objects.create(village_committee=world["a"], name="示例协助", sex="女", phone="13800138000",
                             recommended_on="2026-01-01")
    before = {k: list(RESOURCES[k](world["head"]).export_rows(RESOURCES[k](world["head"]).export_queryset()))
              for k in RESOURCES}
    for kind in ("committees", "supervisees", "assistants"):
        summary = service.run(world["head"], kind, _export(world["head"], kind, fmt), dry_run=False)
        assert summary["ok"], summary["invalid"]
        assert summary["counts"]["new"] == summary["counts"]["update"] == 0
        assert summary["counts"]["skip"] == summary["total"] > 0
    after = {k: list(RESOURCES[k](world["head"]).export_rows(RESOURCES[k](world["head"]).export_queryset()))
             for k in RESOURCES}
    assert before == after


def test_gbk_csv_with_chinese_headings_imports_and_reimport_is_idempotent(world):
    data = rows(5, world["a"].name)
    table = _csv(HEADINGS, data, encoding="gbk")
    assert table.encoding == "gb18030"
    summary = service.run(world["staff"], "supervisees", table, dry_run=False)
    assert summary["ok"] and summary["counts"]["new"] == 5
    people = Supervisee.objects.filter(name__startswith="示例人员")
    assert people.count() == 5
    assert {p.office_id for p in people} == {world["office"].pk}
    assert {p.village_committee_id for p in people} == {world["a"].pk}
    again = service.run(world["staff"], "supervisees", _csv(HEADINGS, data, encoding="gbk"), dry_run=False)
    assert again["counts"] == {"new": 0, "update": 0, "skip": 5, "invalid": 0}
    assert Supervisee.objects.count() == 5


def test_three_invalid_rows_among_100_are_listed_and_nothing_is_written(world):
    data = rows(100, world["a"].name)
    bad_id = data[9][column("身份证号码")]
    data[9][column("身份证号码")] = bad_id[:-1] + ("0" if bad_id[-1] != "0" else "1")  # line 11: checksum
    data[39][column("居住地村(居)委会")] = "示例不存在村"  # line 41: unknown committee
    data[69][column("矫正期限止")] = "2025-01-01"  # line 71: end before start
    summary = service.run(world["staff"], "supervisees", _csv(HEADINGS, data), dry_run=True)
    assert summary["counts"] == {"new": 97, "update": 0, "skip": 0, "invalid": 3}
    by_line = {row["line"]: " ".join(row["reasons"]) for row in summary["invalid"]}
    assert set(by_line) == {11, 41, 71}
    assert "校验位不正确" in by_line[11]
    assert "示例不存在村" in by_line[41] and "居住地村(居)委会" in by_line[41]
    assert "矫正期限止日必须晚于起日" in by_line[71]
    # Even a forced real run writes nothing while any row is invalid.
    forced = service.run(world["staff"], "supervisees", _csv(HEADINGS, data), dry_run=False)
    assert not forced["ok"]
    assert Supervisee.objects.count() == 0
    assert not AuditEntry.objects.filter(action="create").exists()
    data[9][column("身份证号码")] = bad_id
    data[39][column("居住地村(居)委会")] = world["b"].name
    data[69][column("矫正期限止")] = "2026-12-31"
    fixed = service.run(world["staff"], "supervisees", _csv(HEADINGS, data), dry_run=False)
    assert fixed["ok"] and Supervisee.objects.count() == 100


def test_duplicates_in_file_and_other_offices_are_refused(world):
    data = rows(3, world["a"].name)
    data.append(list(data[0]))
    summary = service.run(world["staff"], "supervisees", _csv(HEADINGS, data), dry_run=True)
    lines = {r["line"]: r["reasons"] for r in summary["invalid"]}
    assert set(lines) == {2, 5}
    assert "与第 5 行重复" in lines[2][0]
    # The file may not name another office.
    theirs = factories.supervisee(world["c"], name="示例他所")
    row = rows(1, world["a"].name, office_name=world["other_office"].name)[0]
    summary = service.run(world["staff"], "supervisees", _csv(HEADINGS, [row]), dry_run=True)
    assert "不是您所在的司法所" in " ".join(summary["invalid"][0]["reasons"])
    assert Supervisee.objects.get().name == "示例他所"
    # (A number another office keeps is a new row here: forms_app/tests/test_existence_oracle.py.)


def test_formulas_and_masked_values_are_refused(world):
    data = rows(2, world["a"].name)
    data[0][column("姓名")] = '=HYPERLINK("http://evil","点我")'
    text = files.write_csv(HEADINGS, data).decode("utf-8-sig").replace("'=HYPERLINK", "=HYPERLINK")
    data[1][column("身份证号码")] = "5001**********1234"
    table = files.read("f.csv", text.encode())
    summary = service.run(world["staff"], "supervisees", table, dry_run=True)
    reasons = {r["line"]: " ".join(r["reasons"]) for r in summary["invalid"]}
    assert "公式" in reasons[2]
    assert "脱敏" in _reasons(world, data)[3]


def _reasons(world, data):
    summary = service.run(world["staff"], "supervisees", _csv(HEADINGS, data), dry_run=True)
    return {r["line"]: " ".join(r["reasons"]) for r in summary["invalid"]}


def test_wrong_columns_are_a_file_error(world):
    with pytest.raises(files.SheetError, match="缺少列：身份证号码"):
        service.run(world["staff"], "supervisees", _csv(["姓名", "性别", "生日"], [["甲", "男", "1"]]))
    with pytest.raises(files.SheetError, match="无法识别的列：生日"):
        service.check(world["staff"], "supervisees", _csv(HEADINGS + ["生日"], [["x"] * 20]))


def test_committees_import_into_own_office(world):
    table = _csv(["名称", "类型"], [["示例新村村民委员会", "村"], ["示例新社区居民委员会", "居民委员会"]])
    summary = service.run(world["staff"], "committees", table, dry_run=False)
    assert summary["counts"]["new"] == 2
    created = VillageCommittee.objects.get(name="示例新社区居民委员会")
    assert created.office == world["office"] and created.kind == "居"
    table = _csv(["名称", "类型"], [["示例新村村民委员会", "乡"]])
    assert "不是可选值" in service.run(world["staff"], "committees", table)["invalid"][0]["reasons"][0]


def test_village_users_import_assistants_for_their_committee_only(world):
    headings = ["姓名", "性别", "推荐村(居)委会", "联系电话", "推荐日期", "阶段"]
    table = _csv(headings, [["示例甲协助", "男", world["a"].name, "13800138000", "2026-02-01", "推荐"],
                            ["示例乙协助", "女", world["b"].name, "13800138001", "2026-02-01", "推荐"],
                            ["示例审查", "女", world["a"].name, "13800138002", "2026-02-01", "审查通过"]])
    summary = service.run(world["va"], "assistants", table, dry_run=True)
    reasons = {r["line"]: " ".join(r["reasons"]) for r in summary["invalid"]}
    assert set(reasons) == {3, 4}
    assert "不在您的管辖范围内" in reasons[3]
    assert "没有权限" in reasons[4] and "阶段" in reasons[4]
    assert not service.may_import(world["va"], "supervisees")
    assert not service.may_import(world["va"], "committees")
    assert service.may_import(world["va"], "assistants") and service.may_import(world["staff"], "supervisees")


def test_masked_export_of_assistants_reimports_unchanged(world):
    Assistant.objects.create(village_committee=world["a"], name="示例协助", sex="女", phone="13800138000",
                             recommended_on="2026-01-01")
    table = _export(world["staff"], "assistants", "csv")
    assert table.rows[0][table.headers.index("联系电话")] == "138****8000"
    summary = service.run(world["staff"], "assistants", table, dry_run=False)
    assert summary["counts"] == {"new": 0, "update": 0, "skip": 1, "invalid": 0}
    assert Assistant.objects.get().phone == "13800138000"
    # A masked number that is not this person's own stays refused.
    table.rows[0][table.headers.index("联系电话")] = "139****8000"
    assert "脱敏" in " ".join(service.run(world["staff"], "assistants", table)["invalid"][0]["reasons"])
