"""Comparing what came in with what a model gives back, where equal data may be spelt differently."""

from __future__ import annotations

from typing import Any

from dateutil.parser import isoparse


def normalise(value: Any) -> Any:
    """Equal data compares equal whatever the spelling of its date-times ("Z" and "+00:00" are one instant)."""
    if isinstance(value, dict):
        return {key: normalise(item) for key, item in value.items()}
    if isinstance(value, list):
        return [normalise(item) for item in value]
    if isinstance(value, str) and len(value) >= 10 and value[4:5] == "-" and value[7:8] == "-":
        try:
            return isoparse(value)
        except ValueError:
            return value
    return value
