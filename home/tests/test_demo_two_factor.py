"""The demo stays usable with two-factor login: load_demo prints the authenticator keys, demo_totp a code."""

import io
import re

import pytest
from django.core.management import CommandError, call_command

from accounts.two_factor import confirmed_device


def test_demo_prints_keys_and_demo_totp_gives_a_code_the_device_accepts(db, django_user_model):
    out = io.StringIO()
    call_command("load_demo", stdout=out)
    printed = out.getvalue()
    assert "两步验证" in printed and "demo_totp" in printed
    assert re.search(r"otpauth://totp/.*head\?secret=", printed)
    assert re.search(r"otpauth://totp/.*admin\?secret=", printed)
    assert not re.search(r"otpauth://totp/.*(editor|staff|village_a)\?", printed)
    again = io.StringIO()
    call_command("load_demo", stdout=again)  # reloading keeps the keys already added to an app
    assert re.findall(r"otpauth://\S+", again.getvalue()) == re.findall(r"otpauth://\S+", printed)

    code = io.StringIO()
    call_command("demo_totp", "head", stdout=code)
    assert re.fullmatch(r"\d{6}\n", code.getvalue())
    device = confirmed_device(django_user_model.objects.get(username="head"))
    assert device.verify_token(code.getvalue().strip())

    with pytest.raises(CommandError, match="不是演示账户"):
        call_command("demo_totp", "someone-real")
    with pytest.raises(CommandError, match="没有两步验证设备"):
        call_command("demo_totp", "editor")
