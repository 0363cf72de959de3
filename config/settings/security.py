"""Login lockout (django-axes), the second factor (django-otp) and the Content-Security-Policy (django-csp).

Imported at the end of base.py, so every environment, the tests included, runs under the same rules.
"""

from datetime import timedelta

from csp.constants import NONCE, NONE, SELF

# -- lockout: per account and per address, each on its own ---------------------------------------------
AXES_FAILURE_LIMIT = 5
AXES_COOLOFF_TIME = timedelta(minutes=30)  # a locked account opens again after this, or when unlocked
AXES_LOCKOUT_PARAMETERS = ["username", "ip_address"]
AXES_LOCKOUT_CALLABLE = "accounts.lockout.lockout_response"
AXES_ENABLE_ADMIN = False  # Django's admin is not served; 登录锁定 in the Wagtail admin replaces it
AXES_SENSITIVE_PARAMETERS = ["password", "otp_token"]
AXES_ENABLE_ACCESS_FAILURE_LOG = True  # every failed attempt, not only the per-account counter

# -- two-factor ------------------------------------------------------------------------------------------
OTP_TOTP_ISSUER = "社区矫正委员会"

# -- Content-Security-Policy -----------------------------------------------------------------------------
# Scripts: this site's files only; inline ones only with the request's nonce (none on the public site
# today). The staff workbench needs Wagtail's inline scripts: config/csp.py. Styles: Wagtail writes
# style attributes in its templates, so inline styles stay allowed; they cannot run code.
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF, NONCE],
        "style-src": [SELF, "'unsafe-inline'"],
        "img-src": [SELF, "data:", "blob:"],
        "font-src": [SELF, "data:"],
        "connect-src": [SELF],
        "frame-src": [SELF],
        "frame-ancestors": [SELF],
        "object-src": [NONE],
        "base-uri": [SELF],
        "form-action": [SELF],
    },
}
