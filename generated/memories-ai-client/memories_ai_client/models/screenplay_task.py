from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.screenplay_task_status import ScreenplayTaskStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.screenplay_task_progress import ScreenplayTaskProgress


T = TypeVar("T", bound="ScreenplayTask")


@_attrs_define
class ScreenplayTask:
    """
    Attributes:
        task_id (str): The screenplay task ID Example: ros-sd-20260313-a3f8c2b1.
        status (ScreenplayTaskStatus): Current task status (see status values below)

            - `pending` - Task has been submitted and is waiting to be processed
            - `running` - Task is currently being processed, check progress for details
            - `completed` - Task has finished successfully, use Download Task Result to get the output files
            - `failed` - Task has failed, check error_code and error_message for details
            - `cancelled` - Task has been cancelled via Cancel Task
        progress (ScreenplayTaskProgress | Unset): Progress information (only present when status is "running")
        error_code (str | Unset): Error code (only present when status is "failed")
        error_message (str | Unset): Detailed error message (only present when status is "failed")
    """

    task_id: str
    status: ScreenplayTaskStatus
    progress: ScreenplayTaskProgress | Unset = UNSET
    error_code: str | Unset = UNSET
    error_message: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        task_id = self.task_id

        status = self.status.value

        progress: dict[str, Any] | Unset = UNSET
        if not isinstance(self.progress, Unset):
            progress = self.progress.to_dict()

        error_code = self.error_code

        error_message = self.error_message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "task_id": task_id,
                "status": status,
            }
        )
        if progress is not UNSET:
            field_dict["progress"] = progress
        if error_code is not UNSET:
            field_dict["error_code"] = error_code
        if error_message is not UNSET:
            field_dict["error_message"] = error_message

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.screenplay_task_progress import ScreenplayTaskProgress  # noqa: PLC0415

        d = dict(src_dict)
        task_id = d.pop("task_id")

        status = ScreenplayTaskStatus(d.pop("status"))

        _progress = d.pop("progress", UNSET)
        progress: ScreenplayTaskProgress | Unset
        if isinstance(_progress, Unset):
            progress = UNSET
        else:
            progress = ScreenplayTaskProgress.from_dict(_progress)

        error_code = d.pop("error_code", UNSET)

        error_message = d.pop("error_message", UNSET)

        screenplay_task = cls(
            task_id=task_id,
            status=status,
            progress=progress,
            error_code=error_code,
            error_message=error_message,
        )

        screenplay_task.additional_properties = d
        return screenplay_task

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
