"""Fill a database with the demo content: site identity, role logins, seed policies, fictional records.

Every loader is idempotent, so running this twice changes nothing the second time.
"""

from importlib import import_module

from django.core.management.base import BaseCommand
from django.db import transaction

from django_otp.plugins.otp_totp.models import TOTPDevice

from accounts.totp import secret_base32
from home.demo import DEMO_USERS

# Order matters: records reference demo users, policies reference the home page.
LOADERS = ["home.demo", "policies.demo", "versions.demo", "forms_app.demo", "committee.demo"]


class Command(BaseCommand):
    help = "载入演示内容（可重复执行，不会产生重复数据）"

    def add_arguments(self, parser):
        parser.add_argument("--quiet-logins", action="store_true", help="不打印演示账号")

    def handle(self, *args, **options):
        for dotted in LOADERS:
            with transaction.atomic():
                import_module(dotted).load(stdout=self.stdout)
            self.stdout.write(f"已载入：{dotted}")
        if not options["quiet_logins"]:
            self.stdout.write(self.style.SUCCESS("\n演示账号（后台地址：网站地址后加 /admin/，如 http://127.0.0.1:8000/admin/）："))
            for username, password, name, group in DEMO_USERS:
                self.stdout.write(f"  {name:<16} 用户名 {username:<10} 密码 {password:<20} {group or '超级管理员'}")
            self.write_devices()

    def write_devices(self):
        """Roles that must use two-factor login: how to add them to an authenticator app, or get a code here."""
        devices = TOTPDevice.objects.filter(user__username__in=[u[0] for u in DEMO_USERS], confirmed=True)
        if not devices:
            return
        self.stdout.write(self.style.SUCCESS("\n两步验证（以下账户登录时还需输入验证码）："))
        for device in devices.select_related("user").order_by("user__username"):
            self.stdout.write(f"  {device.user.username:<10} 密钥 {secret_base32(device)}")
            self.stdout.write(f"             {device.config_url}")
        self.stdout.write("  用验证器应用扫描/输入上面的密钥，或运行 `python manage.py demo_totp 用户名` 显示当前验证码。")
