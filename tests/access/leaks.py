"""The content check of the access matrix: no answer names a person outside the reader's scope.

For each role the forbidden strings are derived from forms_app.scope, the rules the matrix checks:
the name and ID number of every supervisee the role may not see, the number of every notice it may
not see and the name of every 协助人员 outside its scope; outside the admin, also the titles of unpublished
and 依申请公开 policy pages (网站地图, sitemap.xml, feeds, search). Any answer body — HTML, JSON, CSV, XLSX or
PDF text — containing one of them is a leak, whatever its status code.
"""

import html
import io
import json
import zipfile

from django.contrib.auth.models import AnonymousUser
from pypdf import PdfReader

from forms_app import scope
from forms_app.models import AssistanceNotice, Assistant, Supervisee


def forbidden(user):
    """{text: what it is} for everything `user` (None = anonymous) may not read."""
    user = user or AnonymousUser()
    out = {}
    for person in Supervisee.objects.exclude(pk__in=scope.supervisees_for(user).values("pk")):
        out[person.name] = f"姓名 of supervisee {person.pk}"
        out[person.id_number] = f"身份证号 of supervisee {person.pk}"
    for notice in AssistanceNotice.objects.exclude(pk__in=scope.notices_for(user).values("pk")):
        if notice.number:
            out[notice.number] = f"number of notice {notice.pk}"
    for assistant in Assistant.objects.exclude(pk__in=scope.assistants_for(user).values("pk")):
        out[assistant.name] = f"姓名 of assistant {assistant.pk}"
    return out


def unpublished_titles(world):
    """Titles of the policy pages public_policies() hides: no public (non-admin) answer may show them."""
    return {page.title: f"title of the {label} page" for label, page in world.get("page")
            if label in ("draft", "on_request")}


def _xlsx_text(data):
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return "\n".join(archive.read(name).decode("utf-8", "replace") for name in archive.namelist()
                         if name.endswith(".xml"))


def _pdf_text(data):
    # The official forms draw a notice number in pieces (year, serial), so in a PDF only names and
    # ID numbers are found; the same notice's listing, inspect and export pages carry its number.
    return "\n".join(page.extract_text() or "" for page in PdfReader(io.BytesIO(data)).pages)


def body_text(response):
    """Everything a reader could get out of the answer, as text."""
    data = b"".join(response.streaming_content) if response.streaming else response.content
    if data.startswith(b"PK"):
        return _xlsx_text(data)
    if data.startswith(b"%PDF"):
        return _pdf_text(data)
    text = data.decode("utf-8", "replace")
    if "json" in response.get("Content-Type", ""):
        try:  # JSON escapes non-ASCII as \uXXXX: compare the decoded strings
            text = json.dumps(json.loads(text), ensure_ascii=False)
        except ValueError:
            pass
    return text + "\n" + html.unescape(text)


def leaked(response, banned):
    """The forbidden strings found in the answer, with what each one is."""
    text = body_text(response)
    return [f"{value} ({what})" for value, what in banned.items() if value in text]
