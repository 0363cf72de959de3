"""A gate in front of the live test server, so no request touches the database while a test's data is flushed.

Closing a browser tab unloads its page, and Wagtail's editor sends its editing-session release with
`navigator.sendBeacon` on unload. Playwright never sees that request; the server receives it while pytest-django
flushes the shared in-memory SQLite database, and the flush fails ("couldn't be flushed"). Between tests the gate
answers 503 without reaching Django, and before the flush it waits for the requests already inside to finish.
"""

import threading


class LiveServerGate:
    def __init__(self, app):
        self.app = app
        self.is_open = True
        self.inside = 0
        self._changed = threading.Condition()

    def __call__(self, environ, start_response):
        with self._changed:
            if not self.is_open:
                start_response("503 Service Unavailable", [("Content-Type", "text/plain")])
                return [b"between tests"]
            self.inside += 1
        try:
            result = self.app(environ, start_response)
        except BaseException:
            self._left()
            raise
        return _Tracked(result, self._left)

    def open(self):
        with self._changed:
            self.is_open = True

    def close_and_drain(self, timeout=30):
        """Turn new requests away, then wait for those inside to finish (the server calls close() on each)."""
        with self._changed:
            self.is_open = False
            if not self._changed.wait_for(lambda: self.inside == 0, timeout):
                raise RuntimeError(f"live server: {self.inside} request(s) still running after {timeout} s")

    def _left(self):
        with self._changed:
            self.inside -= 1
            self._changed.notify_all()


class _Tracked:
    """The WSGI response, which counts as finished once the server has closed it (PEP 3333)."""

    def __init__(self, result, on_close):
        self.result = result
        self.on_close = on_close

    def __iter__(self):
        return iter(self.result)

    def close(self):
        try:
            if hasattr(self.result, "close"):
                self.result.close()
        finally:
            self.on_close()


def gate(live_server):
    """The gate of pytest-django's (session-wide) live server, put in front of its WSGI app the first time."""
    httpd = live_server.thread.httpd
    app = httpd.get_app()
    if not isinstance(app, LiveServerGate):
        app = LiveServerGate(app)
        httpd.set_app(app)
    return app
