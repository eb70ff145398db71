from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.avatar_video_status import AvatarVideoStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="AvatarVideo")


@_attrs_define
class AvatarVideo:
    """
    Attributes:
        video_id (str | Unset): Unique video identifier Example: video_123456.
        status (AvatarVideoStatus | Unset): Video processing status Example: completed.
        video_url (str | Unset): Video file URL (available when status is completed) Example:
            https://example.com/videos/video_123456.mp4.
        cover_url (str | Unset): Video cover image URL (available when status is completed) Example:
            https://example.com/covers/video_123456.jpg.
        created_at (int | Unset): Video creation timestamp (Unix timestamp) Example: 1640995200.
    """

    video_id: str | Unset = UNSET
    status: AvatarVideoStatus | Unset = UNSET
    video_url: str | Unset = UNSET
    cover_url: str | Unset = UNSET
    created_at: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        video_id = self.video_id

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        video_url = self.video_url

        cover_url = self.cover_url

        created_at = self.created_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if video_id is not UNSET:
            field_dict["video_id"] = video_id
        if status is not UNSET:
            field_dict["status"] = status
        if video_url is not UNSET:
            field_dict["video_url"] = video_url
        if cover_url is not UNSET:
            field_dict["cover_url"] = cover_url
        if created_at is not UNSET:
            field_dict["created_at"] = created_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        video_id = d.pop("video_id", UNSET)

        _status = d.pop("status", UNSET)
        status: AvatarVideoStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = AvatarVideoStatus(_status)

        video_url = d.pop("video_url", UNSET)

        cover_url = d.pop("cover_url", UNSET)

        created_at = d.pop("created_at", UNSET)

        avatar_video = cls(
            video_id=video_id,
            status=status,
            video_url=video_url,
            cover_url=cover_url,
            created_at=created_at,
        )

        avatar_video.additional_properties = d
        return avatar_video

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
