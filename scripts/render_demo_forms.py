"""Render the demo forms to docs/forms/*.png (70 dpi), so anyone can see them without running the site.

    make forms-png

Builds a throw-away database with the demo content (as `make run` loads it), prints the demo's issued
notice, a submitted registration (as its village committee prints it) and the roster (as staff print it)
exactly as the admin's 打印 buttons do, plus the blank
forms, and converts each page with poppler's pdftoppm.
"""

import os
import sys
from pathlib import Path

from pdf_png import render_pngs

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "docs" / "forms"


def main() -> None:
    sys.path.insert(0, str(ROOT))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.test")
    from bench.common import throwaway_database

    with throwaway_database():
        from django.contrib.auth import get_user_model
        from django.core.management import call_command

        from forms_app.models import AssistanceNotice, Registration
        from printing.adapters import notice_data, registration_data, roster_data
        from pdf.forms.data import NoticeData, RegistrationData
        from pdf.forms.notice import render_notice
        from pdf.forms.registration import render_registration
        from pdf.forms.roster import render_roster

        call_command("load_demo", "--quiet-logins", stdout=open(os.devnull, "w"))
        staff = get_user_model().objects.get(username="staff")
        notice = AssistanceNotice.objects.exclude(serial=None).order_by("year", "serial").first()
        registration = Registration.objects.order_by("pk").first()
        # printed by the committee that filled it, as it goes back to the 司法所 (docs/FORMS.md, masking)
        filler = get_user_model().objects.filter(
            cc_profile__village_committee=registration.village_committee).order_by("pk").first()
        pdfs = {
            "demo-notice": render_notice(notice_data(notice)),
            "demo-registration": render_registration(registration_data(registration, filler)),
            "demo-roster": render_roster(roster_data(staff)),
            "blank-notice": render_notice(NoticeData()),
            "blank-registration": render_registration(RegistrationData()),
        }
    for png in render_pngs(OUT, pdfs, lambda name, path: [["-r", "70", "-png", str(path), str(OUT / name)]]):
        print(png.relative_to(ROOT))


if __name__ == "__main__":
    main()
