"""Which encoding a text table was saved in, as the files people really have come: "CSV UTF-8"
with or without its BOM, Excel's "CSV (comma delimited)" in the Windows code page of the
computer (Windows-1252 in Western Europe and the Americas, 1251 in Russian, 1256 in Arabic),
Latin-1, UTF-16 with or without a BOM. Byte-order marks and UTF-8 are decided exactly; for
the rest charset-normalizer, a well-kept detector, guesses from the bytes, and the person can
say otherwise (`--encoding`, the wizard)."""

from __future__ import annotations

import codecs
from dataclasses import dataclass
from pathlib import Path

from charset_normalizer import from_bytes

from app.i18n import _
from app.importers.model import ImportFileError

_BOMS = ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"),
         (codecs.BOM_UTF16_BE, "utf-16"))
# What a person recognises, for the codecs the detector names.
_NAMES = {"utf_8": "UTF-8", "utf-8": "UTF-8", "utf-8-sig": "UTF-8 with BOM",
          "utf-16": "UTF-16 with BOM", "utf_16_le": "UTF-16 LE", "utf_16_be": "UTF-16 BE",
          "utf-16-le": "UTF-16 LE", "utf-16-be": "UTF-16 BE", "cp1252": "Windows-1252",
          "cp1250": "Windows-1250", "cp1251": "Windows-1251", "cp1256": "Windows-1256",
          "latin_1": "Latin-1 (ISO-8859-1)", "iso8859_1": "Latin-1 (ISO-8859-1)",
          "iso8859_15": "Latin-9 (ISO-8859-15)", "mac_roman": "Mac Roman",
          "gb18030": "GB18030", "gbk": "GBK", "big5": "Big5"}
WINDOWS_WESTERN = "cp1252"
SAMPLE = 256 * 1024  # enough text for the detector to be sure, little enough to be quick


@dataclass(frozen=True)
class DecodedText:
    text: str
    encoding: str  # the codec used
    detected: bool  # False: the person named it

    @property
    def label(self) -> str:
        return encoding_label(self.encoding)


def described(decoded: DecodedText) -> str:
    """"Windows-1252 (detected)", "UTF-8 (as asked)": what the dry run and the wizard say."""
    return (_("{0} (detected)") if decoded.detected else _("{0} (as asked)")).format(
        decoded.label)


def encoding_label(codec: str) -> str:
    return _NAMES.get(codec.lower().replace("-", "_"), _NAMES.get(codec.lower(), codec))


def _utf16_without_bom(data: bytes) -> str | None:
    """UTF-16 written without a BOM shows as text with a zero byte every other byte."""
    sample = data[:4096]
    if len(sample) < 4:
        return None
    even, odd = sample[0::2].count(0), sample[1::2].count(0)
    half = len(sample) // 2
    if odd > half * 0.3 and even < half * 0.05:
        return "utf-16-le"
    if even > half * 0.3 and odd < half * 0.05:
        return "utf-16-be"
    return None


def detect_encoding(data: bytes) -> str:
    for bom, codec in _BOMS:
        if data.startswith(bom):
            return codec
    if (wide := _utf16_without_bom(data)) is not None:
        return wide
    try:
        data.decode("utf-8")
        return "utf-8"
    except UnicodeDecodeError:
        pass
    results = from_bytes(data[:SAMPLE])
    best = results.best()
    if best is None:
        return WINDOWS_WESTERN  # every byte means something there
    # Where Windows-1252 reads the file as cleanly as the detector's first choice (a short
    # French or Spanish table reads as well in Windows-1250, with "č" for "è"), it is the
    # likelier writer: Excel's "CSV (comma delimited)" on most computers of the Americas,
    # Africa and Western Europe.
    if any(match.encoding == WINDOWS_WESTERN and match.chaos <= best.chaos
           for match in results):
        return WINDOWS_WESTERN
    return best.encoding


def decoded_text(path: Path, data: bytes, encoding: str | None = None) -> DecodedText:
    """The file's text, in `encoding` or the one detected; ImportFileError names the line
    that is not text in it."""
    codec = encoding or detect_encoding(data)
    try:
        codecs.lookup(codec)
    except LookupError:
        raise ImportFileError(_("--encoding: '{0}' is not an encoding Python knows (for "
                                "example utf-8, cp1252, latin-1, utf-16)").format(codec)) from None
    try:
        text = data.decode(codec)
    except UnicodeDecodeError as error:
        line = data[: error.start].count(b"\n") + 1
        raise ImportFileError(
            _("{0}: line {1} is not {2} text; give the file's encoding with --encoding, or "
              "save it as 'CSV UTF-8'").format(path.name, line, encoding_label(codec))
        ) from None
    return DecodedText(text.removeprefix("\ufeff"), codec, encoding is None)


def first_line(path: Path, encoding: str | None = None) -> str:
    """The first line of a text file, for recognising its format (bytes that are not text
    in that encoding replaced)."""
    with path.open("rb") as handle:
        start = handle.read(SAMPLE)
    codec = encoding or detect_encoding(start)
    try:
        text = start.decode(codec, errors="replace")
    except LookupError:
        text = start.decode("utf-8", errors="replace")
    return text.removeprefix("\ufeff").splitlines()[0] if text.strip() else ""


def file_encoding(path: Path) -> str:
    """How a text table would be read ("Windows-1252 (detected)"); "" for other files."""
    if path.suffix.lower() not in (".csv", ".txt", ".tsv"):
        return ""
    try:
        with path.open("rb") as handle:
            start = handle.read(SAMPLE)
    except OSError:
        return ""
    return _("{0} (detected)").format(encoding_label(detect_encoding(start)))
