"""Read the pasted text of 国务院办公厅关于…年部分节假日安排的通知 as 节假日与调休 periods.

The notice has one numbered section per holiday, worded the same way every year, e.g.
  二、春节：1月28日（农历除夕、周二）至2月4日（农历正月初七、周二）放假调休，共8天。1月26日（周日）、2月8日（周六）上班。
Each 放假 clause becomes one 放假 period and each date of an 上班 clause one 调休上班 day. The weekdays and
day counts the notice states are checked against the computed dates: a wrong year shows up as wrong weekdays.
Nothing here touches the database; forms_app.views.calendar compares the result with what is entered.
"""

import re
import unicodedata
from dataclasses import dataclass, field
from datetime import date

from core.dates import chinese_date

from .models.calendar import MAX_DAYS, CalendarPeriod

WEEKDAYS = "一二三四五六日"
# "二、春节:" at the start of a line or after a full stop; "初七、周二" inside a sentence is not a section.
SECTION = re.compile(r"(?:^|(?<=[。\n]))[ \t]*[一二三四五六七八九十]+、[ \t]*([^:。\n]{1,20}):", re.M)
DATE = re.compile(r"(?:(\d{4})年)?(?:(\d{1,2})月)?(\d{1,2})日(?:\(([^)]*)\))?")
TITLE_YEAR = re.compile(r"(\d{4})年(?:部分)?节假日安排|现将(\d{4})年")
STATED_WEEKDAY = re.compile(r"(?:周|星期)([一二三四五六日天])")
STATED_DAYS = re.compile(r"共(\d{1,2})天")
RANGE = re.compile(r"日(?:\([^)]*\))?(?:至|到|-|~|—)")


@dataclass
class Found:
    name: str
    kind: str
    start: date
    end: date

    def days(self):
        return (self.end - self.start).days + 1


@dataclass
class Reading:
    year: int | None = None
    periods: list[Found] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


def read(text, year=None) -> Reading:
    # NFKC turns full-width digits and （）：， into ASCII, so one set of patterns fits pasted text from
    # the gov.cn page, a Word file or a WeChat article alike.
    text = unicodedata.normalize("NFKC", text or "")
    match = TITLE_YEAR.search(text)
    found_year = int(match.group(1) or match.group(2)) if match else None
    reading = Reading(year=year or found_year)
    if year and found_year and year != found_year:
        reading.errors.append(f"原文是{found_year}年的安排，与所填年份{year}不一致。")
        return reading
    if reading.year is None:
        reading.errors.append("原文中没有“××××年部分节假日安排”字样，请填写年份。")
        return reading
    sections = list(SECTION.finditer(text))
    if not sections:
        reading.errors.append("没有找到“一、元旦：……”这样的条目。请粘贴通知正文（含各节日条目）。")
        return reading
    for i, section in enumerate(sections):
        body = text[section.end(): sections[i + 1].start() if i + 1 < len(sections) else len(text)]
        _read_section(reading, section.group(1).strip(), body)
    _check_overlaps(reading)
    return reading


def _read_section(reading, name, body):
    before = len(reading.periods)
    for paragraph in body.splitlines():
        if "放假" not in paragraph and "上班" not in paragraph:
            continue  # the closing 节假日期间… paragraph, the issuing office and its date
        for clause in re.split(r"[。;,]", paragraph):
            _read_clause(reading, name, clause.strip())
    if len(reading.periods) == before:
        reading.warnings.append(f"{name}：没有读到放假或上班日期。")


def _read_clause(reading, name, clause):
    stated = STATED_DAYS.search(clause)
    if not DATE.search(clause):
        if stated:
            _check_count(reading, name, int(stated.group(1)))  # "…放假调休,共8天"
        return
    dates = _dates(reading, name, clause)
    if dates is None:
        return  # reported
    if "放假" in clause:
        _holiday(reading, name, clause, dates)
    elif "上班" in clause:
        _workdays(reading, name, dates)
    else:
        reading.warnings.append(f"{name}：未能识别“{clause}”是放假还是上班，已跳过。")


def _workdays(reading, name, dates):
    for day in dates:
        if day.weekday() < 5:
            reading.errors.append(f"{name}：{_md(day)}是星期{WEEKDAYS[day.weekday()]}，调休上班日应是周末，"
                                  "请核对年份或日期。")
        reading.periods.append(Found(f"{name}调休", CalendarPeriod.WORKDAY, day, day))


def _dates(reading, name, clause):
    """The dates of one clause in order; a date without month or year takes the previous one's."""
    days, year, month = [], reading.year, None
    for match in DATE.finditer(clause):
        year = int(match.group(1)) if match.group(1) else year
        month = int(match.group(2)) if match.group(2) else month
        if month is None:
            reading.errors.append(f"{name}：“{match.group(0)}”缺少月份。")
            return None
        try:
            day = date(year, month, int(match.group(3)))
        except ValueError:
            reading.errors.append(f"{name}：没有{year}年{month}月{match.group(3)}日这一天。")
            return None
        if days and day < days[-1] and not match.group(1):
            day = day.replace(year=day.year + 1)  # 12月31日至1月2日: the range crosses New Year
        stated = STATED_WEEKDAY.search(match.group(4) or "")
        if stated and WEEKDAYS.index(stated.group(1).replace("天", "日")) != day.weekday():
            reading.errors.append(f"{name}：{_md(day)}是星期{WEEKDAYS[day.weekday()]}，原文写“{stated.group(0)}”，"
                                  "请核对年份和日期。")
        days.append(day)
    return days


def _holiday(reading, name, clause, dates):
    start = dates[0]
    end = dates[1] if len(dates) > 1 and RANGE.search(clause) else start
    if end < start or (end - start).days >= MAX_DAYS:
        reading.errors.append(f"{name}：{_md(start)}至{_md(end)}不是有效的放假时段。")
        return
    reading.periods.append(Found(name, CalendarPeriod.HOLIDAY, start, end))
    stated = STATED_DAYS.search(clause)
    if stated:
        _check_count(reading, name, int(stated.group(1)))


def _check_count(reading, name, stated):
    """"共8天" follows the 放假 period it counts (in the same clause or the next)."""
    holidays = [p for p in reading.periods if p.name == name and p.kind == CalendarPeriod.HOLIDAY]
    if holidays and holidays[-1].days() != stated:
        last = holidays[-1]
        reading.errors.append(f"{name}：{_md(last.start)}至{_md(last.end)}共{last.days()}天，原文写“共{stated}天”。")


def _check_overlaps(reading):
    ordered = sorted(reading.periods, key=lambda p: p.start)
    for before, after in zip(ordered, ordered[1:]):
        if after.start <= before.end:
            reading.errors.append(f"“{before.name}”与“{after.name}”的日期重叠（{_md(after.start)}）。")
    reading.periods = ordered


def _md(day):
    return chinese_date(day)
