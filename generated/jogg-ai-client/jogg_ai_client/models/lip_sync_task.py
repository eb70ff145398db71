from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.lip_sync_task_status import LipSyncTaskStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.lip_sync_error import LipSyncError
    from ..models.lip_sync_result import LipSyncResult


T = TypeVar("T", bound="LipSyncTask")


@_attrs_define
class LipSyncTask:
    """
    Attributes:
        task_id (str | Unset): Lip sync task ID Example: 3d5c6930-d0da-4f7b-826e-cd1530f6734f.
        status (LipSyncTaskStatus | Unset): Task status Example: success.
        created_at (int | Unset): Task creation timestamp in seconds Example: 1741500000.
        completed_at (int | Unset): Task completion timestamp in seconds, present when finished Example: 1741500030.
        data (LipSyncResult | None | Unset):
        error (LipSyncError | None | Unset):
    """

    task_id: str | Unset = UNSET
    status: LipSyncTaskStatus | Unset = UNSET
    created_at: int | Unset = UNSET
    completed_at: int | Unset = UNSET
    data: LipSyncResult | None | Unset = UNSET
    error: LipSyncError | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.lip_sync_error import LipSyncError  # noqa: PLC0415
        from ..models.lip_sync_result import LipSyncResult  # noqa: PLC0415

        task_id = self.task_id

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        created_at = self.created_at

        completed_at = self.completed_at

        data: dict[str, Any] | None | Unset
        if isinstance(self.data, Unset):
            data = UNSET
        elif isinstance(self.data, LipSyncResult):
            data = self.data.to_dict()
        else:
            data = self.data

        error: dict[str, Any] | None | Unset
        if isinstance(self.error, Unset):
            error = UNSET
        elif isinstance(self.error, LipSyncError):
            error = self.error.to_dict()
        else:
            error = self.error

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if task_id is not UNSET:
            field_dict["task_id"] = task_id
        if status is not UNSET:
            field_dict["status"] = status
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if completed_at is not UNSET:
            field_dict["completed_at"] = completed_at
        if data is not UNSET:
            field_dict["data"] = data
        if error is not UNSET:
            field_dict["error"] = error

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.lip_sync_error import LipSyncError  # noqa: PLC0415
        from ..models.lip_sync_result import LipSyncResult  # noqa: PLC0415

        d = dict(src_dict)
        task_id = d.pop("task_id", UNSET)

        _status = d.pop("status", UNSET)
        status: LipSyncTaskStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = LipSyncTaskStatus(_status)

        created_at = d.pop("created_at", UNSET)

        completed_at = d.pop("completed_at", UNSET)

        def _parse_data(data: object) -> LipSyncResult | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                data_type_0 = LipSyncResult.from_dict(data)

                return data_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(LipSyncResult | None | Unset, data)

        data = _parse_data(d.pop("data", UNSET))

        def _parse_error(data: object) -> LipSyncError | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                error_type_0 = LipSyncError.from_dict(data)

                return error_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(LipSyncError | None | Unset, data)

        error = _parse_error(d.pop("error", UNSET))

        lip_sync_task = cls(
            task_id=task_id,
            status=status,
            created_at=created_at,
            completed_at=completed_at,
            data=data,
            error=error,
        )

        lip_sync_task.additional_properties = d
        return lip_sync_task

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
