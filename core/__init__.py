"""Facts every app shares and no app owns: Chinese dates, the telephone rule.

At the bottom of the import tree: imports nothing of the project (config/ sits at the top, importing
every app for its URLs and settings).
"""
