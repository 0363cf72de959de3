from .annual import AnnualReport, AnnualRound
from .composition import Appointment, LiaisonAccount
from .meetings import Attendance, Material, Meeting, Topic
from .minutes import Distribution, Minutes
from .papers import PaperSection, YearlyPaper
from .supervision import ProgressReport, SupervisionItem

__all__ = ["AnnualReport", "AnnualRound", "Appointment", "LiaisonAccount", "Attendance", "Material", "Meeting",
           "Topic", "Distribution", "Minutes", "PaperSection", "ProgressReport", "SupervisionItem",
           "YearlyPaper"]
