from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="GeneratedScript")


@_attrs_define
class GeneratedScript:
    """
    Attributes:
        script_style (str | Unset): Style of the script Example: Storytime.
        script_paragraphs (list[str] | Unset): The generated script content as an array of paragraphs Example: ['Ever
            tried drinking water while running?', 'The Owala FreeSip makes it effortless...'].
    """

    script_style: str | Unset = UNSET
    script_paragraphs: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        script_style = self.script_style

        script_paragraphs: list[str] | Unset = UNSET
        if not isinstance(self.script_paragraphs, Unset):
            script_paragraphs = self.script_paragraphs

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if script_style is not UNSET:
            field_dict["script_style"] = script_style
        if script_paragraphs is not UNSET:
            field_dict["script_paragraphs"] = script_paragraphs

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        script_style = d.pop("script_style", UNSET)

        script_paragraphs = cast(list[str], d.pop("script_paragraphs", UNSET))

        generated_script = cls(
            script_style=script_style,
            script_paragraphs=script_paragraphs,
        )

        generated_script.additional_properties = d
        return generated_script

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
