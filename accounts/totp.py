"""Devices and their codes: the setup QR code, and the code an authenticator app would show now."""

import hashlib
import io
import time
from base64 import b32encode

import qrcode
from django_otp.oath import TOTP
from django_otp.plugins.otp_totp.models import TOTPDevice
from qrcode.image.svg import SvgPathImage

DEVICE_NAME = "验证器应用"


def pending_device(user):
    """The unconfirmed device being set up (one per user, reused until its first code is verified)."""
    device = TOTPDevice.objects.filter(user=user, confirmed=False).order_by("id").first()
    return device or TOTPDevice.objects.create(user=user, name=DEVICE_NAME, confirmed=False)


def qr_svg(device):
    """The otpauth:// URL as an inline SVG (no image request, nothing for the CSP to allow)."""
    out = io.BytesIO()
    qrcode.make(device.config_url, image_factory=SvgPathImage, box_size=8).save(out)
    svg = out.getvalue().decode()
    return svg[svg.index("<svg"):]


def demo_key(username):
    """The demo's fixed key for `username`: the same entry in an authenticator app keeps working after
    the demo is reloaded; only a device holding exactly this key counts as a demo device."""
    return hashlib.sha1(f"cc-demo-totp:{username}".encode()).hexdigest()


def secret_base32(device):
    """The key as typed by hand into an app that cannot scan, in groups of four."""
    text = b32encode(device.bin_key).decode().rstrip("=")
    return " ".join(text[i:i + 4] for i in range(0, len(text), 4))


def current_code(device):
    """The code an authenticator app shows now and the device will still accept.

    A code is accepted once (replay protection): when this time step's code has been used, the
    next step's (within the device's tolerance) is given, or we wait for the step to pass.
    """
    while True:
        for ahead in range(device.tolerance + 1):
            totp = TOTP(device.bin_key, device.step, device.t0, device.digits, device.drift)
            totp.time = time.time() + ahead * device.step
            if totp.t() > device.last_t:
                return f"{totp.token():0{device.digits}d}"
        time.sleep(1)
        device.refresh_from_db()
