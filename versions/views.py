"""Public pages: 历史版本 list, a version, 修订对照 (page and PDF), and "which version applied on date D"."""

import datetime
from urllib.parse import quote

from django.http import Http404, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.formats import date_format

from policies.numbering import numbered
from policies.queries import public_policies
from versions.compare import KIND_LABELS, compare_versions, lines, start_line
from versions.pdf import comparison_pdf
from versions.recording import in_force, public_versions, version_on
from versions.snapshot import metadata_rows


def _policy(page_id):
    """Only live, public, 主动公开 policies have a public history."""
    page = public_policies().filter(pk=page_id).first()
    if page is None:
        raise Http404("该文件不存在或未公开")
    return page


def _versions(page):
    versions = list(public_versions(page))
    if not versions:
        raise Http404("该文件尚无公开版本")
    return versions


def history(request, page_id, error="", status=200, asked_date=None):
    page = _policy(page_id)
    versions = _versions(page)
    today = timezone.localdate()
    return render(request, "versions/history.html", {
        "policy": page, "versions": list(reversed(versions)), "current": in_force(versions, today),
        "today": today, "error": error, "asked_date": asked_date, "crumb_title": "历史版本",
    }, status=status)


def detail(request, page_id, number):
    page = _policy(page_id)
    versions = _versions(page)
    version = next((v for v in versions if v.number == number), None)
    if version is None:
        raise Http404("没有这个版本")
    on = _parse_date(request.GET.get("on", ""))
    blocks = version.body
    today = timezone.localdate()
    current = in_force(versions, today)
    return render(request, "versions/detail.html", {
        "policy": page, "version": version, "current": current, "is_current": version == current,
        "is_upcoming": version.effective_date > today,
        "next_version": next((v for v in versions if v.number == number + 1), None),
        "items": numbered(blocks), "metadata": metadata_rows(version),
        "asked_date": on, "crumb_title": f"第{version.number}版",
    })


def _parse_date(text):
    try:
        return datetime.date.fromisoformat(text.strip())
    except ValueError:
        return None


def on_date(request, page_id):
    page = _policy(page_id)
    versions = _versions(page)
    raw = request.GET.get("date", "").strip()
    day = _parse_date(raw)
    if day is None:
        msg = "请输入要查询的日期，格式如 2024-05-01。" if not raw else f"“{raw}”不是有效日期，请按 2024-05-01 的格式输入。"
        return history(request, page_id, error=msg, status=400)
    version = version_on(page, day)
    if version is None:
        first = versions[0]
        msg = (f"{date_format(day)}时本文件尚未施行：最早的版本（第{first.number}版）"
               f"自{date_format(first.effective_date)}起施行。")
        return history(request, page_id, error=msg, asked_date=day)
    return redirect(f"{version.get_absolute_url()}?on={day.isoformat()}")


def _pair(request, page):
    """The two versions to compare from ?from=&to=, or a Chinese error message."""
    versions = {v.number: v for v in _versions(page)}
    newest = max(versions)
    if len(versions) < 2:
        return None, None, "本文件目前只有一个版本，没有可对照的修订。"
    try:
        to = int(request.GET.get("to") or newest)
        frm = int(request.GET.get("from") or to - 1)
    except ValueError:
        return None, None, "版本号必须是数字。"
    if frm not in versions or to not in versions:
        return None, None, f"没有这个版本：本文件共有 {len(versions)} 个版本（第1版至第{newest}版）。"
    if frm == to:
        return None, None, "请选择两个不同的版本进行对照。"
    if frm > to:
        frm, to = to, frm
    return versions[frm], versions[to], ""


def compare(request, page_id):
    page = _policy(page_id)
    old, new, error = _pair(request, page)
    context = {"policy": page, "versions": _versions(page), "error": error, "crumb_title": "修订对照",
               "only_changes": request.GET.get("only") == "changes"}
    if error:
        return render(request, "versions/compare.html", context, status=400)
    comparison = compare_versions(old, new)
    # "只看修改之处" leaves out renumbered-only articles too: the summary line counts them.
    shown = [c for c in comparison.changes if not (context["only_changes"] and c.kind == "unchanged")]
    context.update({
        "comparison": comparison, "old": old, "new": new, "kind_labels": KIND_LABELS,
        "entries": [(c, lines(c), start_line(c)) for c in shown],
        "pdf_url": reverse("versions:compare_pdf", args=[page.pk]) + f"?from={old.number}&to={new.number}",
    })
    return render(request, "versions/compare.html", context)


def compare_pdf(request, page_id):
    page = _policy(page_id)
    old, new, error = _pair(request, page)
    if error:
        return render(request, "versions/compare.html",
                      {"policy": page, "versions": _versions(page), "error": error, "crumb_title": "修订对照"},
                      status=400)
    data = comparison_pdf(page, compare_versions(old, new))
    response = HttpResponse(data, content_type="application/pdf")
    name = f"修订对照表-第{old.number}版-第{new.number}版.pdf"
    response["Content-Disposition"] = f"inline; filename=\"compare-{old.number}-{new.number}.pdf\"; filename*=UTF-8''{quote(name)}"
    return response
