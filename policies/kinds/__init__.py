"""Block kinds of a policy body (see registry.py); importing the package registers the built-in ones."""

from policies.kinds import article, duty_list, form, heading, paragraph  # noqa: F401  (they register)
from policies.kinds.registry import BlockKind, Counters, Item, get, kind_of, kinds, register, registered  # noqa: F401
