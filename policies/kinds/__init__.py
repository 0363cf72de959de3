"""Block kinds of a policy body (see registry.py); importing the package registers the built-in ones.

The built-in kinds are exported by name (ARTICLE, HEADING, PARAGRAPH, DUTY_LIST, FORM): code that creates
blocks (the importer, the factories) writes `ARTICLE.name`, never the string, so a kind's name lives here only.
"""

from policies.kinds.article import ARTICLE  # noqa: F401  (each module registers its kind)
from policies.kinds.duty_list import DUTY_LIST  # noqa: F401
from policies.kinds.form import FORM  # noqa: F401
from policies.kinds.heading import CHAPTER, HEADING, SECTION  # noqa: F401
from policies.kinds.paragraph import PARAGRAPH  # noqa: F401
from policies.kinds.registry import BlockKind, Counters, Item, get, kind_of, kinds, register, registered  # noqa: F401
