"""What an attachment's bytes are, from their own header: a package's photo is stored only
when it is a kind on the allow-list, and an image only when its header's dimensions are within
a limit (read without decoding the picture). Reports use the same check before drawing one, so
a file that claims 40,000 x 40,000 pixels, or HTML named .jpg, never reaches the PDF library."""

from __future__ import annotations

import io
import warnings
from dataclasses import dataclass

from PIL import Image

MAX_PIXELS = 64_000_000  # a 50-megapixel phone photo fits; Pillow warns past 89 million
MAX_SIDE = 30_000  # a wide panorama fits
IMAGE_KINDS = {"jpeg": "JPEG", "png": "PNG", "gif": "GIF", "webp": "WEBP"}  # kind: Pillow's name
FILE_KINDS = ("pdf", "text")  # what a file question may bring besides an image
TEXT_TYPES = ("text/plain", "text/csv")


class NotAllowed(ValueError):
    """The bytes are not a kind an attachment may be; the message says why, in plain words."""


@dataclass(frozen=True)
class Kind:
    kind: str  # "jpeg", "png", "gif", "webp", "pdf" or "text"
    width: int = 0
    height: int = 0

    @property
    def image(self) -> bool:
        return self.kind in IMAGE_KINDS


def sniff(data: bytes) -> str:
    """The kind the first bytes say, or "" (the name and the media type are not asked)."""
    if data.startswith(b"\xff\xd8\xff"):
        return "jpeg"
    if data.startswith(b"\x89PNG\r\n\x1a\n"):
        return "png"
    if data.startswith((b"GIF87a", b"GIF89a")):
        return "gif"
    if data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return "webp"
    if data.startswith(b"%PDF-"):
        return "pdf"
    return ""


def image_size(data: bytes, kind: str) -> tuple[int, int]:
    """Width and height from the image's header: Pillow's open reads the header only, no
    pixels. Any failure, or a size past the limits, is NotAllowed."""
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            with Image.open(io.BytesIO(data), formats=[IMAGE_KINDS[kind]]) as image:
                width, height = image.size
    except Image.DecompressionBombError as exc:
        raise NotAllowed(f"a {kind.upper()} image too large to open ({exc})") from exc
    except Exception as exc:  # Pillow raises many kinds on a damaged header
        raise NotAllowed(f"a damaged {kind.upper()} image ({exc.__class__.__name__})") from exc
    if width < 1 or height < 1 or width > MAX_SIDE or height > MAX_SIDE:
        raise NotAllowed(f"a {kind.upper()} image of {width} x {height} pixels")
    if width * height > MAX_PIXELS:
        raise NotAllowed(
            f"a {kind.upper()} image of {width} x {height} pixels, more than {MAX_PIXELS:,}"
        )
    return width, height


def check(data: bytes, media_type: str = "") -> Kind:
    """The attachment's kind when it is one allowed; NotAllowed otherwise. `media_type`: what
    the document says it is: image/... must be an image; text/plain or text/csv may be text."""
    kind = sniff(data)
    if kind in IMAGE_KINDS:
        return Kind(kind, *image_size(data, kind))
    if media_type.startswith("image/"):
        raise NotAllowed(f"said to be {media_type} but its bytes are {_what(kind)}")
    if kind == "pdf":
        return Kind("pdf")
    if media_type.split(";")[0].strip() in TEXT_TYPES and _plain_text(data):
        return Kind("text")
    raise NotAllowed(
        f"{_what(kind)}, not a kind an attachment may be (JPEG, PNG, GIF, WebP, PDF or plain text)"
    )


def _what(kind: str) -> str:
    return f"a {kind.upper()} file" if kind else "not an image"


def _plain_text(data: bytes) -> bool:
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return not any(ch < " " and ch not in "\t\n\r" for ch in text[:65536])


def drawable(data: bytes, media_type: str) -> Kind:
    """An image a report can draw: allowed, within the limits, and decoding whole (at a
    reduced scale where JPEG allows it: a thumbnail's worth). NotAllowed says why not."""
    kind = check(data, media_type)
    if not kind.image:
        raise NotAllowed(f"a {kind.kind.upper()} file, not an image")
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            with Image.open(io.BytesIO(data), formats=[IMAGE_KINDS[kind.kind]]) as image:
                image.draft("RGB", (320, 240))
                image.load()
    except Exception as exc:  # a damaged or truncated picture
        raise NotAllowed(f"a damaged {kind.kind.upper()} image ({exc.__class__.__name__})") from exc
    return kind
