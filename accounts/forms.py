import re

from django import forms

TOKEN_RE = re.compile(r"^\d{6}$")


class TokenForm(forms.Form):
    """A six-digit code from the authenticator app, checked against one device."""

    otp_token = forms.CharField(label="验证码", max_length=12, strip=True,
                                widget=forms.TextInput(attrs={"autocomplete": "one-time-code",
                                                              "inputmode": "numeric", "autofocus": True}),
                                error_messages={"required": "请输入验证器应用显示的 6 位验证码。"})

    def __init__(self, device, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.device = device

    def clean_otp_token(self):
        token = self.cleaned_data["otp_token"].replace(" ", "")
        if not TOKEN_RE.match(token):
            raise forms.ValidationError("验证码应为 6 位数字。")
        allowed, _ = self.device.verify_is_allowed()
        if not allowed:
            raise forms.ValidationError("验证码错误次数过多，请稍候再试。")
        if not self.device.verify_token(token):
            raise forms.ValidationError("验证码不正确或已过期，请输入验证器应用当前显示的验证码。")
        return token
