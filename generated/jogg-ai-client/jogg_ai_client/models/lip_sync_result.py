from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="LipSyncResult")


@_attrs_define
class LipSyncResult:
    """
    Attributes:
        result_url (str | Unset): Final output video URL Example: https://res.jogg.ai/lipsync-result.mp4.
        cover_url (str | Unset): Final output cover URL Example: https://res.jogg.ai/lipsync-cover.jpg.
        duration_seconds (float | Unset): Final output duration in seconds Example: 12.5.
    """

    result_url: str | Unset = UNSET
    cover_url: str | Unset = UNSET
    duration_seconds: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        result_url = self.result_url

        cover_url = self.cover_url

        duration_seconds = self.duration_seconds

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if result_url is not UNSET:
            field_dict["result_url"] = result_url
        if cover_url is not UNSET:
            field_dict["cover_url"] = cover_url
        if duration_seconds is not UNSET:
            field_dict["duration_seconds"] = duration_seconds

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        result_url = d.pop("result_url", UNSET)

        cover_url = d.pop("cover_url", UNSET)

        duration_seconds = d.pop("duration_seconds", UNSET)

        lip_sync_result = cls(
            result_url=result_url,
            cover_url=cover_url,
            duration_seconds=duration_seconds,
        )

        lip_sync_result.additional_properties = d
        return lip_sync_result

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
