"""Builders for spreadsheet tests: fictional supervisee rows with checksum-valid ID numbers."""

from datetime import date, timedelta

from forms_app.idcard import make_test_id

HEADINGS = ["姓名", "性别", "出生日期", "民族", "身份证号码", "居住地村(居)委会", "户籍地", "居住地", "罪名", "判决法院",
            "判处刑罚", "判决文书类型", "判决日期", "矫正类别", "矫正期限起", "矫正期限止", "入矫日期", "状态", "司法所"]


def person_row(i, committee, office_name="", start=date(2026, 1, 5)):
    birth = date(1970, 1, 1) + timedelta(days=97 * i)
    sex = "男" if i % 2 else "女"
    seq = (i * 2 + (1 if sex == "男" else 0)) % 1000
    return [f"示例人员{i}", sex, birth.isoformat(), "汉族", make_test_id("500106", birth, seq), committee,
            "示例户籍地", "示例居住地", "危险驾驶", "示例区人民法院", "拘役三个月，缓刑六个月", "判决书",
            (start - timedelta(days=10)).isoformat(), "缓刑", start.isoformat(),
            (start + timedelta(days=180)).isoformat(), start.isoformat(), "在矫", office_name]


def rows(n, committee, office_name=""):
    return [person_row(i, committee, office_name) for i in range(1, n + 1)]


def column(name):
    return HEADINGS.index(name)


