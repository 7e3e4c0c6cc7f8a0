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
from pathlib import Path
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


GPS_IFD = 0x8825  # EXIF's GPS block: 1/2 latitude reference and degrees, 3/4 longitude


def _degrees(parts: Any) -> float:
    degrees, minutes, seconds = (float(p) for p in parts)
    return degrees + minutes / 60 + seconds / 3600


def photo_location(path: Path) -> tuple[float, float] | None:
    """Where a photo was taken, from the GPS data a phone writes into it (EXIF); None when it
    holds none or cannot be read. Only the header is read, never the picture."""
    from PIL import Image, UnidentifiedImageError

    try:
        with Image.open(path) as image:
            gps = image.getexif().get_ifd(GPS_IFD)
        if not gps or 2 not in gps or 4 not in gps:
            return None
        lat, lon = _degrees(gps[2]), _degrees(gps[4])
    except (OSError, UnidentifiedImageError, ValueError, TypeError, ZeroDivisionError):
        return None
    if str(gps.get(1, "N")).upper().startswith("S"):
        lat = -lat
    if str(gps.get(3, "E")).upper().startswith("W"):
        lon = -lon
    if not (math.isfinite(lat) and math.isfinite(lon)) or abs(lat) > 90 or abs(lon) > 180:
        return None
    return lat, lon
