"""Demo content for this app (filled in by the app's own issue)."""


def load(stdout=None):
    return None
