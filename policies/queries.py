"""Public querysets of policy pages, shared by the home page, library, feeds and search."""


def latest_policies(count):
    """Newest publicly visible policies (replaced by the policies app's real query)."""
    return []
