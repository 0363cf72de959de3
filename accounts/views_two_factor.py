"""The second login step (verify a code) and the setup page (scan the QR code, verify a first code)."""

from django.contrib import messages
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django_otp import login as otp_login

from accounts import totp
from accounts.forms import TokenForm
from accounts.two_factor import confirmed_device, requires_two_factor, safe_next


def verify(request):
    device = confirmed_device(request.user)
    if device is None:
        return redirect("accounts_two_factor_setup")
    if request.user.is_verified():
        return redirect(safe_next(request))
    form = TokenForm(device, request.POST or None)
    if request.method == "POST" and form.is_valid():
        otp_login(request, device)
        return redirect(safe_next(request))
    return TemplateResponse(request, "accounts/two_factor_verify.html",
                            {"form": form, "next": safe_next(request)})


def setup(request):
    user = request.user
    if confirmed_device(user):
        return TemplateResponse(request, "accounts/two_factor_setup.html",
                                {"enabled": True, "required": requires_two_factor(user)})
    device = totp.pending_device(user)
    form = TokenForm(device, request.POST or None)
    if request.method == "POST" and form.is_valid():
        device.confirmed = True
        device.save(update_fields=["confirmed"])
        otp_login(request, device)
        messages.success(request, "两步验证已启用。今后登录时，输入密码后还需输入验证器应用显示的验证码。")
        return redirect(safe_next(request))
    return TemplateResponse(request, "accounts/two_factor_setup.html", {
        "form": form, "next": safe_next(request), "required": requires_two_factor(user),
        "qr_svg": totp.qr_svg(device), "secret": totp.secret_base32(device),
    })
