"""A record with a date its rule counts from and a done date (None while open): late and its status today."""

from types import ModuleType

from django.utils import timezone


class Deadline:
    """`deadline_rule` is a committee.rules module whose is_late and status take (the date it counts from,
    the done date or None, today); `deadline_fields` names those two fields of the model."""

    deadline_rule: ModuleType
    deadline_fields: tuple[str, str]

    def _deadline_args(self):
        start, done = (getattr(self, name) for name in self.deadline_fields)
        return start, done, timezone.localdate()

    @property
    def late(self) -> bool:
        return self.deadline_rule.is_late(*self._deadline_args())

    def status(self) -> str:
        return self.deadline_rule.status(*self._deadline_args())
