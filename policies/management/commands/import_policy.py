"""python manage.py import_policy FILE (--parent <page id or URL path> | --dry-run) [--drop-spam]"""

import json
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from policies.importer import ImportFailure, as_json, parse_bytes
from policies.importer.build import BuildError, build


class Command(BaseCommand):
    help = "把政策文件（.txt UTF-8/GB18030 或 .docx）导入为政策文件草稿；--dry-run 只输出识别出的结构（JSON）。"

    def add_arguments(self, parser):
        parser.add_argument("file", help="要导入的文件")
        parser.add_argument("--parent", help="上级页面：页面 ID 或网址路径（如 /policies/）")
        parser.add_argument("--dry-run", action="store_true", help="不写数据库，把识别结果以 JSON 输出")
        parser.add_argument("--drop-spam", action="store_true", help="删除疑似注入的广告文字（默认保留并警告）")

    def handle(self, *args, **options):
        path = Path(options["file"])
        try:
            data = path.read_bytes()
        except OSError as exc:
            raise CommandError(f"无法读取文件 {path}：{exc.strerror or exc}") from None
        try:
            doc = parse_bytes(data, path.name, drop_spam=options["drop_spam"])
        except ImportFailure as exc:
            raise CommandError(str(exc)) from None
        if options["dry_run"]:
            self.stdout.write(json.dumps(as_json(doc), ensure_ascii=False, indent=2))
            return
        if not options["parent"]:
            raise CommandError("请用 --parent 指定上级页面（页面 ID 或网址路径），或用 --dry-run 只查看识别结果。")
        parent = find_page(options["parent"])
        try:
            page, notes = build(doc, parent)
        except BuildError as exc:
            raise CommandError(str(exc)) from None
        for note in notes:
            self.stderr.write(f"注意：{note}")
        for warning in doc["warnings"]:
            where = f"第{warning['line']}行：" if warning["line"] else ""
            self.stderr.write(f"警告：{where}{warning['message']}")
        self.stdout.write(f"已建立草稿“{page.title}”（页面 ID {page.pk}，附件 {len(doc['attachments'])} 个）。")


def find_page(ref):
    """A page by id ("12") or by its URL path on the default site ("/policies/")."""
    from wagtail.models import Page, Site

    if ref.strip().isdigit():
        page = Page.objects.filter(pk=int(ref)).first()
    else:
        site = Site.objects.filter(is_default_site=True).first() or Site.objects.first()
        if site is None:
            raise CommandError("还没有站点，无法按网址查找上级页面。")
        path = "/".join(part for part in ref.strip().split("/") if part)
        url_path = site.root_page.url_path + (path + "/" if path else "")
        page = Page.objects.filter(url_path=url_path).first()
    if page is None:
        raise CommandError(f"找不到上级页面“{ref}”。")
    return page
