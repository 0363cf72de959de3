"""The Content-Security-Policy of the Wagtail admin, which cannot be as strict as the public site's.

Wagtail's chooser widgets (page, snippet and document choosers: BaseChooser.render) write their set-up
code as an inline <script> from Python, where no request and so no nonce is at hand, and its content
varies per field, so no hash fits. The staff workbench (the admin, with the print-job page under /admin/print/
polling from an inline script) therefore allows inline scripts; the public site,
which has none, allows only this site's script files. A nonce must not appear in an admin policy: browsers
ignore 'unsafe-inline' next to one.
"""

from csp.constants import SELF, UNSAFE_INLINE
from csp.middleware import CSPMiddleware

STAFF_PREFIXES = ("/admin/",)
ADMIN_SCRIPTS = {"script-src": [SELF, UNSAFE_INLINE]}


class SiteCSPMiddleware(CSPMiddleware):
    def get_policy_parts(self, request, response, report_only=False):
        parts = super().get_policy_parts(request, response, report_only)
        if request.path_info.startswith(STAFF_PREFIXES):
            parts.replace = {**(parts.replace or {}), **ADMIN_SCRIPTS}
            parts.nonce = None
        return parts
