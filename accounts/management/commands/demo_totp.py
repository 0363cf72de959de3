"""Print the current two-factor code of a demo account, for trying the demo without a phone."""

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError

from accounts.totp import current_code, demo_key
from accounts.two_factor import confirmed_device


class Command(BaseCommand):
    help = "显示演示账户当前的两步验证码（仅限演示账户）"

    def add_arguments(self, parser):
        parser.add_argument("username", help="演示账户的用户名，如 head 或 admin")

    def handle(self, *args, username, **options):
        user = get_user_model().objects.filter(username=username).first()
        device = confirmed_device(user) if user else None
        # Only the demo's own device, made by load_demo from the fixed demo key: a real account's codes
        # stay in its owner's authenticator app.
        if user is not None and device is None:
            raise CommandError(f"账户“{username}”没有两步验证设备（演示账户请先运行 python manage.py load_demo）。")
        if device is None or device.key != demo_key(username):
            raise CommandError(f"“{username}”不是演示账户；真实账户的验证码只在其本人的验证器应用中。")
        self.stdout.write(current_code(device))
