from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.job_status import JobStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.job_output import JobOutput


T = TypeVar("T", bound="Job")


@_attrs_define
class Job:
    """
    Attributes:
        job_id (str | Unset): Job identifier
        status (JobStatus | Unset): Current job status
        media_id (UUID | Unset): Media being processed
        created_at (datetime.datetime | Unset): Job creation timestamp
        updated_at (datetime.datetime | Unset): Job last update timestamp
        video_signed_url (str | Unset): Signed URL to download result (video/audio jobs, expires in 15 minutes)
        audio_signed_url (str | Unset): Signed URL to download audio track (standard_ad video jobs only, expires in 15
            minutes)
        output (JobOutput | Unset): Output with generated descriptions (if available).
            Format depends on requested format:
            - `json`: Returns `segments` array
            - `vtt`/`edl`: Returns `format` and `content` string
        error (str | Unset): Stable, machine-readable error code (only present when `status=failed`).
            Switch on this value to handle failures programmatically. See
            [Job Failure Errors](/api-reference/overview#job-failure-errors)
            for the full list of codes and their meanings.
        message (str | Unset): Human-readable error description (only present when `status=failed`). Suitable for
            display in your UI.
    """

    job_id: str | Unset = UNSET
    status: JobStatus | Unset = UNSET
    media_id: UUID | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    video_signed_url: str | Unset = UNSET
    audio_signed_url: str | Unset = UNSET
    output: JobOutput | Unset = UNSET
    error: str | Unset = UNSET
    message: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        job_id = self.job_id

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        media_id: str | Unset = UNSET
        if not isinstance(self.media_id, Unset):
            media_id = str(self.media_id)

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat()

        video_signed_url = self.video_signed_url

        audio_signed_url = self.audio_signed_url

        output: dict[str, Any] | Unset = UNSET
        if not isinstance(self.output, Unset):
            output = self.output.to_dict()

        error = self.error

        message = self.message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if job_id is not UNSET:
            field_dict["job_id"] = job_id
        if status is not UNSET:
            field_dict["status"] = status
        if media_id is not UNSET:
            field_dict["media_id"] = media_id
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if video_signed_url is not UNSET:
            field_dict["video_signed_url"] = video_signed_url
        if audio_signed_url is not UNSET:
            field_dict["audio_signed_url"] = audio_signed_url
        if output is not UNSET:
            field_dict["output"] = output
        if error is not UNSET:
            field_dict["error"] = error
        if message is not UNSET:
            field_dict["message"] = message

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.job_output import JobOutput  # noqa: PLC0415

        d = dict(src_dict)
        job_id = d.pop("job_id", UNSET)

        _status = d.pop("status", UNSET)
        status: JobStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = JobStatus(_status)

        _media_id = d.pop("media_id", UNSET)
        media_id: UUID | Unset
        if isinstance(_media_id, Unset):
            media_id = UNSET
        else:
            media_id = UUID(_media_id)

        _created_at = d.pop("created_at", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = datetime.datetime.fromisoformat(_created_at)

        _updated_at = d.pop("updated_at", UNSET)
        updated_at: datetime.datetime | Unset
        if isinstance(_updated_at, Unset):
            updated_at = UNSET
        else:
            updated_at = datetime.datetime.fromisoformat(_updated_at)

        video_signed_url = d.pop("video_signed_url", UNSET)

        audio_signed_url = d.pop("audio_signed_url", UNSET)

        _output = d.pop("output", UNSET)
        output: JobOutput | Unset
        if isinstance(_output, Unset):
            output = UNSET
        else:
            output = JobOutput.from_dict(_output)

        error = d.pop("error", UNSET)

        message = d.pop("message", UNSET)

        job = cls(
            job_id=job_id,
            status=status,
            media_id=media_id,
            created_at=created_at,
            updated_at=updated_at,
            video_signed_url=video_signed_url,
            audio_signed_url=audio_signed_url,
            output=output,
            error=error,
            message=message,
        )

        job.additional_properties = d
        return job

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
