"""Contains all the data models used in inputs/outputs"""

from .ai_script_result import AIScriptResult
from .ai_script_task import AIScriptTask
from .ai_script_task_response import AIScriptTaskResponse
from .ai_script_task_status import AIScriptTaskStatus
from .avatar_video import AvatarVideo
from .avatar_video_response import AvatarVideoResponse
from .avatar_video_status import AvatarVideoStatus
from .base_response import BaseResponse
from .generated_script import GeneratedScript
from .lip_sync_error import LipSyncError
from .lip_sync_result import LipSyncResult
from .lip_sync_task import LipSyncTask
from .lip_sync_task_response import LipSyncTaskResponse
from .lip_sync_task_status import LipSyncTaskStatus

__all__ = (
    "AIScriptResult",
    "AIScriptTask",
    "AIScriptTaskResponse",
    "AIScriptTaskStatus",
    "AvatarVideo",
    "AvatarVideoResponse",
    "AvatarVideoStatus",
    "BaseResponse",
    "GeneratedScript",
    "LipSyncError",
    "LipSyncResult",
    "LipSyncTask",
    "LipSyncTaskResponse",
    "LipSyncTaskStatus",
)
