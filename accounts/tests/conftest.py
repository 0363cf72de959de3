import time

import pytest
from django_otp.oath import TOTP

from forms_app.tests import factories


@pytest.fixture
def people(db):
    """Two offices with staff, a head and a committee user (forms_app's test world), plus a superuser."""
    w = factories.world()
    w["root"] = factories.user("t_root", None, superuser=True)
    return w


def password_login(client, username, password=None, ip="10.0.0.1"):
    """The admin login form as a browser posts it, from a given address."""
    return client.post("/admin/login/", {"username": username, "password": password or f"pw-{username}"},
                       REMOTE_ADDR=ip)



def wrong_code(device):
    """Six digits the device accepts at no time step within its tolerance."""
    totp = TOTP(device.bin_key, device.step, device.t0, device.digits, device.drift)
    now = time.time()
    valid = set()
    for steps in range(-device.tolerance, device.tolerance + 1):
        totp.time = now + steps * device.step
        valid.add(f"{totp.token():06d}")
    return next(code for code in ("000000", "111111", "222222", "333333") if code not in valid)
