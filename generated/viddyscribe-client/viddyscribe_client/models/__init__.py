"""Contains all the data models used in inputs/outputs"""

from .error import Error
from .job import Job
from .job_output import JobOutput
from .job_status import JobStatus

__all__ = (
    "Error",
    "Job",
    "JobOutput",
    "JobStatus",
)
