from wagtail.admin.forms.auth import LoginForm


class AdminLoginForm(LoginForm):
    """Wagtail's login form, in Chinese and without 记住我.

    Wagtail declares the password field without a label, so the admin showed "Password". Without
    `remember`, Wagtail's login view makes every session end when the browser closes.
    """

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["password"].label = "密码"
        self.fields.pop("remember", None)
