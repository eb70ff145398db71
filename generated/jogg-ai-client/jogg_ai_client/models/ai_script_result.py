from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.generated_script import GeneratedScript


T = TypeVar("T", bound="AIScriptResult")


@_attrs_define
class AIScriptResult:
    """Script generation results (only present when status is 'completed')

    Attributes:
        generated_scripts (list[GeneratedScript] | Unset): Generated scripts in different styles
    """

    generated_scripts: list[GeneratedScript] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        generated_scripts: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.generated_scripts, Unset):
            generated_scripts = []
            for generated_scripts_item_data in self.generated_scripts:
                generated_scripts_item = generated_scripts_item_data.to_dict()
                generated_scripts.append(generated_scripts_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if generated_scripts is not UNSET:
            field_dict["generated_scripts"] = generated_scripts

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.generated_script import GeneratedScript  # noqa: PLC0415

        d = dict(src_dict)
        _generated_scripts = d.pop("generated_scripts", UNSET)
        generated_scripts: list[GeneratedScript] | Unset = UNSET
        if _generated_scripts is not UNSET:
            generated_scripts = []
            for generated_scripts_item_data in _generated_scripts:
                generated_scripts_item = GeneratedScript.from_dict(generated_scripts_item_data)

                generated_scripts.append(generated_scripts_item)

        ai_script_result = cls(
            generated_scripts=generated_scripts,
        )

        ai_script_result.additional_properties = d
        return ai_script_result

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
