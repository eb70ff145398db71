"""Contains all the data models used in inputs/outputs"""

from .screenplay_task import ScreenplayTask
from .screenplay_task_progress import ScreenplayTaskProgress
from .screenplay_task_response import ScreenplayTaskResponse
from .screenplay_task_status import ScreenplayTaskStatus

__all__ = (
    "ScreenplayTask",
    "ScreenplayTaskProgress",
    "ScreenplayTaskResponse",
    "ScreenplayTaskStatus",
)
