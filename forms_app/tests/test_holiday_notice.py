"""Reading the State Council's yearly holiday notice as pasted text (forms_app.holiday_notice)."""

from datetime import date
from pathlib import Path

from forms_app.holiday_notice import read
from forms_app.models import CalendarPeriod

NOTICE_2025 = (Path(__file__).parent / "data" / "holidays_2025.txt").read_text(encoding="utf-8")
HOLIDAY, WORKDAY = CalendarPeriod.HOLIDAY, CalendarPeriod.WORKDAY


def spans(reading):
    return [(p.name, p.kind, p.start, p.end) for p in reading.periods]


def test_the_2025_notice_reads_as_seven_holidays_and_five_make_up_days():
    reading = read(NOTICE_2025)
    assert reading.year == 2025 and reading.errors == [] and reading.warnings == []
    assert spans(reading) == [
        ("元旦", HOLIDAY, date(2025, 1, 1), date(2025, 1, 1)),
        ("春节调休", WORKDAY, date(2025, 1, 26), date(2025, 1, 26)),
        ("春节", HOLIDAY, date(2025, 1, 28), date(2025, 2, 4)),
        ("春节调休", WORKDAY, date(2025, 2, 8), date(2025, 2, 8)),
        ("清明节", HOLIDAY, date(2025, 4, 4), date(2025, 4, 6)),
        ("劳动节调休", WORKDAY, date(2025, 4, 27), date(2025, 4, 27)),
        ("劳动节", HOLIDAY, date(2025, 5, 1), date(2025, 5, 5)),
        ("端午节", HOLIDAY, date(2025, 5, 31), date(2025, 6, 2)),
        ("国庆节、中秋节调休", WORKDAY, date(2025, 9, 28), date(2025, 9, 28)),
        ("国庆节、中秋节", HOLIDAY, date(2025, 10, 1), date(2025, 10, 8)),
        ("国庆节、中秋节调休", WORKDAY, date(2025, 10, 11), date(2025, 10, 11)),
    ]


def test_a_one_line_paste_with_ascii_punctuation_reads_the_same():
    flat = NOTICE_2025.replace("\n", "").replace("（", "(").replace("）", ")").replace("：", ":")
    assert spans(read(flat)) == spans(read(NOTICE_2025))


def test_full_width_digits_and_星期_are_understood():
    text = "2024年部分节假日安排\n一、国庆节：１０月１日（星期二）至７日（星期一）放假调休，共７天。９月２９日（星期日）、１０月１２日（星期六）上班。"
    reading = read(text)
    assert reading.errors == []
    assert spans(reading)[1] == ("国庆节", HOLIDAY, date(2024, 10, 1), date(2024, 10, 7))


def test_a_year_across_new_year():
    text = "关于2023年部分节假日安排的通知\n一、元旦：2022年12月31日至2023年1月2日放假调休，共3天。"
    reading = read(text)
    assert reading.errors == [] and spans(reading) == [("元旦", HOLIDAY, date(2022, 12, 31), date(2023, 1, 2))]


def test_the_wrong_year_shows_as_wrong_weekdays():
    reading = read(NOTICE_2025.replace("2025年部分", "部分").replace("现将2025年", "现将"), year=2026)
    assert "元旦：2026年1月1日是星期四，原文写“周三”，请核对年份和日期。" in reading.errors


def test_a_year_that_contradicts_the_title_is_refused():
    assert read(NOTICE_2025, year=2026).errors == ["原文是2025年的安排，与所填年份2026不一致。"]
    # without its title, the opening sentence (现将2025年元旦、春节…) still names the year
    assert read(NOTICE_2025.replace("2025年部分", "部分")).year == 2025


def test_without_a_year_anywhere_the_user_is_asked_for_one():
    assert read("一、元旦：1月1日放假1天。").errors == ["原文中没有“××××年部分节假日安排”字样，请填写年份。"]
    assert read("一、元旦：1月1日放假1天。", year=2025).errors == []


def test_a_day_count_that_does_not_match_is_reported():
    reading = read(NOTICE_2025.replace("共8天。1月26日", "共9天。1月26日"))
    assert reading.errors == ["春节：2025年1月28日至2025年2月4日共8天，原文写“共9天”。"]


def test_a_make_up_day_on_a_weekday_is_reported():
    reading = read("2025年部分节假日安排\n一、劳动节：5月1日至5日放假，共5天。4月28日上班。")
    assert reading.errors == ["劳动节：2025年4月28日是星期一，调休上班日应是周末，请核对年份或日期。"]


def test_impossible_dates_and_missing_months_are_reported():
    assert read("2025年部分节假日安排\n一、春节：2月30日放假。").errors == ["春节：没有2025年2月30日这一天。"]
    assert read("2025年部分节假日安排\n一、春节：30日放假。").errors == ["春节：“30日”缺少月份。"]


def test_overlapping_sections_are_reported():
    reading = read("2025年部分节假日安排\n一、甲：5月1日至5日放假。\n二、乙：5月5日上班。")
    assert any("重叠" in e for e in reading.errors)


def test_text_that_is_not_the_notice():
    assert "没有找到“一、元旦：……”这样的条目" in read("2025年部分节假日安排：见附件").errors[0]
    reading = read("2025年部分节假日安排\n一、元旦：另行通知。")
    assert reading.errors == [] and reading.warnings == ["元旦：没有读到放假或上班日期。"]


def test_lunar_remarks_with_a_numeral_and_顿号_do_not_start_a_section():
    # "初七、周二" must not be read as a section "七、"
    assert [p.name for p in read(NOTICE_2025).periods].count("春节") == 1


def test_the_issuing_date_below_the_notice_is_not_a_period():
    # as a browser submits a textarea: CRLF line ends, no trailing newline
    reading = read(NOTICE_2025.strip().replace("\n", "\r\n"))
    assert reading.errors == [] and reading.warnings == [] and len(reading.periods) == 11


def test_a_dated_clause_that_says_neither_放假_nor_上班_is_reported():
    reading = read("2025年部分节假日安排\n一、春节：1月28日至2月4日放假，2月8日另行安排。")
    assert reading.warnings == ["春节：未能识别“2月8日另行安排”是放假还是上班，已跳过。"]
