"""A location answer: where a visit was, as latitude and longitude in degrees.

It is stored as XLSForm's geopoint answer is, "latitude longitude" in decimal degrees (ODK adds
altitude and accuracy, which are read and dropped), and shown as "52.22970° N, 21.01220° E":
the hemisphere letters keep the text left to right in a right-to-left report. A location is
proof of visit, never scored. On a laptop without GPS it is typed, in any of the forms people
copy from a map: "52.2297, 21.0122", "52.2297 21.0122", "52,2297; 21,0122" or
"52.2297° N, 21.0122° E".
"""

from __future__ import annotations

import math
import re
from typing import Any

_NUMBER = r"[-+]?\d+(?:[.,]\d+)?"
_PAIR = re.compile(
    rf"^\s*(?P<lat>{_NUMBER})\s*°?\s*(?P<ns>[NS])?\s*[,;/\s]\s*"
    rf"(?P<lon>{_NUMBER})\s*°?\s*(?P<ew>[EW])?(?:\s+{_NUMBER}){{0,2}}\s*$",
    re.IGNORECASE,
)
_DOT_PAIR = re.compile(rf"^\s*(?P<lat>{_NUMBER})\s*,\s*(?P<lon>{_NUMBER})\s*$")


def parse_location(text: Any) -> tuple[float, float] | None:
    """(latitude, longitude) from typed or stored text; None when it is not a place on Earth."""
    if text is None:
        return None
    source = str(text).strip()
    if not source:
        return None
    lat_text = lon_text = ""
    ns = ew = ""
    plain = _DOT_PAIR.match(source)
    if plain and "." in source:  # "52.2297,21.0122": the comma parts the two numbers
        lat_text, lon_text = plain["lat"], plain["lon"]
    else:
        match = _PAIR.match(source)
        if not match:
            return None
        lat_text, lon_text = match["lat"], match["lon"]
        ns, ew = (match["ns"] or "").upper(), (match["ew"] or "").upper()
    try:
        lat = float(lat_text.replace(",", "."))
        lon = float(lon_text.replace(",", "."))
    except ValueError:
        return None
    if ns == "S":
        lat = -abs(lat)
    if ew == "W":
        lon = -abs(lon)
    if not (math.isfinite(lat) and math.isfinite(lon)) or abs(lat) > 90 or abs(lon) > 180:
        return None
    return lat, lon


def location_value(lat: float, lon: float) -> str:
    """The stored answer: XLSForm's "latitude longitude", to about a metre."""
    return f"{lat:.6f} {lon:.6f}"


def location_text(value: Any) -> str:
    """A stored location as people read coordinates: 52.22970° N, 21.01220° E (the stored
    text as it is when it is not a location)."""
    parsed = parse_location(value)
    if parsed is None:
        return "" if value is None else str(value)
    lat, lon = parsed
    return f"{abs(lat):.5f}° {'S' if lat < 0 else 'N'}, {abs(lon):.5f}° {'W' if lon < 0 else 'E'}"
