from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ScreenplayTaskProgress")


@_attrs_define
class ScreenplayTaskProgress:
    """Progress information (only present when status is "running")

    Attributes:
        total_episodes (int | Unset): Total number of episodes to process Example: 87.
        completed_episodes (int | Unset): Number of episodes completed so far Example: 12.
    """

    total_episodes: int | Unset = UNSET
    completed_episodes: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        total_episodes = self.total_episodes

        completed_episodes = self.completed_episodes

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if total_episodes is not UNSET:
            field_dict["total_episodes"] = total_episodes
        if completed_episodes is not UNSET:
            field_dict["completed_episodes"] = completed_episodes

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        total_episodes = d.pop("total_episodes", UNSET)

        completed_episodes = d.pop("completed_episodes", UNSET)

        screenplay_task_progress = cls(
            total_episodes=total_episodes,
            completed_episodes=completed_episodes,
        )

        screenplay_task_progress.additional_properties = d
        return screenplay_task_progress

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
