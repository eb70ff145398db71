"""RFC 3339 date-times for the generated models (generator template property_templates/datetime_property.py.jinja).

python-dateutil's parser package costs about as much to import as a fifth of httpx, and only responses that
carry a date-time need it, so it is imported on the first date-time parsed rather than with the package.
"""

from __future__ import annotations

import datetime


def isoparse(value: str) -> datetime.datetime:
    from dateutil.parser import isoparse as parse

    return parse(value)
