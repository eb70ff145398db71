from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.ai_script_task_status import AIScriptTaskStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.ai_script_result import AIScriptResult


T = TypeVar("T", bound="AIScriptTask")


@_attrs_define
class AIScriptTask:
    """
    Attributes:
        task_id (str | Unset): Task ID from script generation request Example: task_123456789.
        status (AIScriptTaskStatus | Unset): Task status Example: completed.
        data (AIScriptResult | Unset): Script generation results (only present when status is 'completed')
        err_msg (str | Unset): Error message (only present when status is 'failed') Example: Failed to generate script.
    """

    task_id: str | Unset = UNSET
    status: AIScriptTaskStatus | Unset = UNSET
    data: AIScriptResult | Unset = UNSET
    err_msg: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        task_id = self.task_id

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.data, Unset):
            data = self.data.to_dict()

        err_msg = self.err_msg

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if task_id is not UNSET:
            field_dict["task_id"] = task_id
        if status is not UNSET:
            field_dict["status"] = status
        if data is not UNSET:
            field_dict["data"] = data
        if err_msg is not UNSET:
            field_dict["err_msg"] = err_msg

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.ai_script_result import AIScriptResult  # noqa: PLC0415

        d = dict(src_dict)
        task_id = d.pop("task_id", UNSET)

        _status = d.pop("status", UNSET)
        status: AIScriptTaskStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = AIScriptTaskStatus(_status)

        _data = d.pop("data", UNSET)
        data: AIScriptResult | Unset
        if isinstance(_data, Unset):
            data = UNSET
        else:
            data = AIScriptResult.from_dict(_data)

        err_msg = d.pop("err_msg", UNSET)

        ai_script_task = cls(
            task_id=task_id,
            status=status,
            data=data,
            err_msg=err_msg,
        )

        ai_script_task.additional_properties = d
        return ai_script_task

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
