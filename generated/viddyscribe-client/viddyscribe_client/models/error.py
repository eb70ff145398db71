from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Error")


@_attrs_define
class Error:
    """
    Example:
        {'error': 'invalid_input', 'message': 'video_id is required'}

    Attributes:
        error (str | Unset): Primary error field. Many endpoints return a machine-readable value here, while some 409
            media-state responses return a human-readable string and place the machine-readable identifier in code
        code (str | Unset): Optional machine-readable identifier for responses that separate the human-readable error
            text from the stable error code, such as upload_not_ready or upload_failed
        upload_status (str | Unset): Optional media upload status included on media-state conflict responses
        message (str | Unset): Human-readable error message
        details (str | Unset): Additional error details when available
    """

    error: str | Unset = UNSET
    code: str | Unset = UNSET
    upload_status: str | Unset = UNSET
    message: str | Unset = UNSET
    details: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        error = self.error

        code = self.code

        upload_status = self.upload_status

        message = self.message

        details = self.details

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if error is not UNSET:
            field_dict["error"] = error
        if code is not UNSET:
            field_dict["code"] = code
        if upload_status is not UNSET:
            field_dict["upload_status"] = upload_status
        if message is not UNSET:
            field_dict["message"] = message
        if details is not UNSET:
            field_dict["details"] = details

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        error = d.pop("error", UNSET)

        code = d.pop("code", UNSET)

        upload_status = d.pop("upload_status", UNSET)

        message = d.pop("message", UNSET)

        details = d.pop("details", UNSET)

        error = cls(
            error=error,
            code=code,
            upload_status=upload_status,
            message=message,
            details=details,
        )

        error.additional_properties = d
        return error

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
