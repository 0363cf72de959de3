"""“本条对应：会议管理” on the published 工作规则/办公室工作细则 for the committee office: each article the
committee app implements (rules/sources.py) links to the admin listing where that duty is done.

Plugged into policies through its STAFF_NOTES_HOOK (wagtail_hooks.py): shown only to the office, and only on
this committee's own published document of that title (another town's 工作规则 is not the one followed here).
"""

from django.urls import reverse

from home.models import SiteSettings
from policies.labels import article_label
from policies.models.units import committee_named_in
from policies.staff_notes import Note

from . import scope
from .models import AnnualRound, Appointment, Meeting, Minutes, SupervisionItem, YearlyPaper
from .rules.sources import SOURCES, anchor

# duty key -> (what the office calls that work, the model whose listing does it)
WORK = {
    "plenary": ("会议管理", Meeting),
    "topics": ("会议管理（议题）", Meeting),
    "materials": ("会议管理（会议材料）", Meeting),
    "minutes": ("会议纪要", Minutes),
    "supervision": ("督办事项", SupervisionItem),
    "annual": ("成员单位年度履职报告", AnnualRound),
    "changes": ("组成人员", Appointment),
    "papers": ("年度工作要点与总结", YearlyPaper),
}


def notes_for(request, page):
    """[policies.staff_notes.Note] for `page`, ordered by article; [] unless the user is the office."""
    user = request.user
    if not scope.is_office(user):
        return []
    committee = SiteSettings.for_request(request).committee_name
    if committee_named_in(page.title) != committee:
        return []
    notes = []
    for key, source in SOURCES.items():
        if key not in WORK or not page.title.endswith(source.document):
            continue
        name, model = WORK[key]
        opts = model._meta
        if not user.has_perm(f"{opts.app_label}.view_{opts.model_name}"):
            continue
        url = reverse(model.snippet_viewset.get_url_name("list"))
        notes.append((source.article, Note(anchor(source), article_label(source.article), "本条对应：", name, url)))
    return [note for _n, note in sorted(notes, key=lambda pair: pair[0])]
