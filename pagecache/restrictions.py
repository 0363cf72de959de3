"""A served page's view restrictions, handed over by the route table instead of asked again.

Wagtail's `check_view_restrictions` (its `on_serve_page` hook) asks `page.get_view_restrictions()`
on every request it serves: two queries (the ancestors' ids, then their restrictions). The route
table (pagecache/routes.py) stores that answer with the page, per cache generation; saving or
deleting a restriction, or moving a page, bumps the generation (pagecache/signals.py). The hook still
runs on every request with these restrictions, so a restricted page still asks for its password or a
login.

Only a page that came out of the route table carries the stored answer; everywhere else (the admin's
privacy dialog, copy, alias) the method returns Wagtail's queryset as before.
"""

ATTR = "_pagecache_view_restrictions"


class StoredViewRestrictionsMixin:
    """For page models: mixed in before Page."""

    def get_view_restrictions(self):
        stored = self.__dict__.get(ATTR)
        return super().get_view_restrictions() if stored is None else stored


def store(page):
    """Ask the database once and keep the answer on `page` (a list: the hook only iterates it)."""
    page.__dict__[ATTR] = list(page.get_view_restrictions())
