"""The importer's one exception: input it cannot use, with a Chinese message for the editor."""


class ImportFailure(ValueError):
    """Input the importer cannot use at all; the message is shown to the editor as is."""
