"""RFC 3339 date-times for the generated models (generator template property_templates/datetime_property.py.jinja).

The common spelling (`2024-01-15T10:30:00Z`, `...T10:30:00.123+05:30`: upper-case T and Z, at most six digits of
fraction, hours 00-23) is read by `datetime.fromisoformat`, which gives the same instant as python-dateutil's
isoparse at a fiftieth of the cost (a status poll parses one or two per call: bench/RESULTS.md, per call); its
tzinfo is the standard library's (`datetime.timezone`). Every other spelling RFC 3339 or ISO 8601 allows (a
lower-case t or z, nanoseconds, 24:00, week dates) goes to dateutil's isoparse, as before. python-dateutil's
parser package costs about as much to import as a fifth of httpx, and only those spellings need it, so it is
imported on the first one parsed rather than with the package.
"""

from __future__ import annotations

import datetime
import re

_COMMON = re.compile(r"\d{4}-\d\d-\d\dT(?:[01]\d|2[0-3]):[0-5]\d:[0-5]\d(?:\.\d{1,6})?(?:Z|[+-]\d\d:\d\d)?")


def isoparse(value: str) -> datetime.datetime:
    if isinstance(value, str) and _COMMON.fullmatch(value):
        return datetime.datetime.fromisoformat(value)
    from dateutil.parser import isoparse as parse

    return parse(value)
