from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.screenplay_task import ScreenplayTask


T = TypeVar("T", bound="ScreenplayTaskResponse")


@_attrs_define
class ScreenplayTaskResponse:
    """
    Attributes:
        code (int): Response code indicating the result status Example: 200.
        msg (str): Response message Example: success.
        data (ScreenplayTask | Unset):
        success (bool | Unset): Indicates whether the API call was successful Example: True.
        failed (bool | Unset): Indicates whether the API call failed Example: False.
    """

    code: int
    msg: str
    data: ScreenplayTask | Unset = UNSET
    success: bool | Unset = UNSET
    failed: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        msg = self.msg

        data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.data, Unset):
            data = self.data.to_dict()

        success = self.success

        failed = self.failed

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "code": code,
                "msg": msg,
            }
        )
        if data is not UNSET:
            field_dict["data"] = data
        if success is not UNSET:
            field_dict["success"] = success
        if failed is not UNSET:
            field_dict["failed"] = failed

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.screenplay_task import ScreenplayTask  # noqa: PLC0415

        d = dict(src_dict)
        code = d.pop("code")

        msg = d.pop("msg")

        _data = d.pop("data", UNSET)
        data: ScreenplayTask | Unset
        if isinstance(_data, Unset):
            data = UNSET
        else:
            data = ScreenplayTask.from_dict(_data)

        success = d.pop("success", UNSET)

        failed = d.pop("failed", UNSET)

        screenplay_task_response = cls(
            code=code,
            msg=msg,
            data=data,
            success=success,
            failed=failed,
        )

        screenplay_task_response.additional_properties = d
        return screenplay_task_response

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
