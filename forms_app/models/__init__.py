"""Records of the 司法所: offices, committees, supervisees, assistants, notices, registrations, audit."""

from .org import Office, StaffProfile, VillageCommittee
from .supervisee import Supervisee
from .assistant import Assistant
from .notice import AssistanceNotice, NoticeCounter, NoticeItem
from .registration import FamilyMember, Registration
from .audit import AuditEntry
from .calendar import CalendarPeriod

__all__ = [
    "Office",
    "StaffProfile",
    "VillageCommittee",
    "Supervisee",
    "Assistant",
    "AssistanceNotice",
    "NoticeCounter",
    "NoticeItem",
    "Registration",
    "FamilyMember",
    "AuditEntry",
    "CalendarPeriod",
]
