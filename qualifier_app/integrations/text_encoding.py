"""The encoding of a text file: from its byte-order mark, or from the whole file's bytes
(UTF-8, Shift-JIS, Mac Roman or Windows-1252); binary files are refused."""

from __future__ import annotations

import codecs
import re
from pathlib import Path
from typing import TextIO

from qualifier_app.domain.errors import InvalidInput
from qualifier_app.domain.text import message
from qualifier_app.integrations.spreadsheet_kinds import refuse_opendocument

ESCAPE_ERRORS = "qualifier-escape"
_HIGH_BYTES = bytes(range(0x80, 0x100))
_ISOLATED_HIGH = re.compile(rb"(?<![\x80-\xff])[\x80-\xff](?![\x80-\xff])")
_BINARY_BYTES = bytes([*range(0, 9), 11, 12, *range(14, 32)])
_HIGH_RUN = re.compile(rb"[\x80-\xff]+")
# One or two Windows-1252 accented letters inside a Latin word ("Gonçalves", "Soluções"):
# Shift-JIS reads each such pair, or such a letter with the ASCII letter after it, as one
# kanji, so the whole file reads as Shift-JIS; Japanese text seldom puts these bytes there.
_LATIN_WORD_HIGH = re.compile(rb"(?<=[A-Za-z])[\xc0-\xd6\xd8-\xf6\xf8-\xff]{1,2}(?=[A-Za-z])")
# A character as UTF-8 writes it; Windows-1252 text seldom has these byte runs ("Ã©").
_UTF8_CHARACTER = re.compile(
    rb"[\xc2-\xdf][\x80-\xbf]|\xe0[\xa0-\xbf][\x80-\xbf]|[\xe1-\xec\xee\xef][\x80-\xbf]{2}"
    rb"|\xed[\x80-\x9f][\x80-\xbf]|\xf0[\x90-\xbf][\x80-\xbf]{2}|[\xf1-\xf3][\x80-\xbf]{3}"
    rb"|\xf4[\x80-\x8f][\x80-\xbf]{2}"
)


def _escape_undecodable(error: UnicodeError) -> tuple[str, int]:
    """Every byte a decoder cannot read becomes U+DC00 + byte (like surrogateescape, but for
    bytes below 0x80 too, as in UTF-16), so a row can name the byte it could not read."""
    if not isinstance(error, UnicodeDecodeError):
        raise error
    bad = error.object[error.start : error.end]
    return "".join(chr(0xDC00 + byte) for byte in bad), error.end


codecs.register_error(ESCAPE_ERRORS, _escape_undecodable)


def detect_encoding(sample: bytes) -> str:
    """The encoding a sample's byte-order mark or zero bytes show; "" when only the whole
    file can tell (see `detect_file_encoding`)."""
    if sample.startswith(codecs.BOM_UTF8):
        return "utf-8-sig"
    if sample.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16"
    # UTF-16 without a BOM: one byte of each pair of ASCII text is zero, the other is not.
    pairs = len(sample) // 2
    if pairs >= 2:
        even, odd = sample[0 : pairs * 2 : 2].count(0), sample[1 : pairs * 2 : 2].count(0)
        if odd > pairs * 0.4 and even < pairs * 0.1:
            return "utf-16-le"
        if even > pairs * 0.4 and odd < pairs * 0.1:
            return "utf-16-be"
    return ""


def detect_file_encoding(path: Path, sample: bytes) -> str:
    """The encoding of the whole file, read a block at a time (never only its start).

    UTF-8 when the whole file is UTF-8, or when it is UTF-8 up to a byte that is not (that
    row is then rejected, naming the byte); else Shift-JIS when the whole file reads as
    Shift-JIS, its non-ASCII bytes come in pairs and they are not mostly accented letters
    inside Latin words; else UTF-8 again when most of its non-ASCII bytes are characters as
    UTF-8 writes them (a row from another file pasted in first: that row is rejected); else
    Mac Roman when its lines end in a carriage return alone (Excel for Mac's "CSV
    (Macintosh)"; read as Windows-1252, "Müller" became "MŸller"); else Windows-1252 (bytes
    it cannot read are rejected the same way)."""
    if found := detect_encoding(sample):
        return found
    utf8 = codecs.getincrementaldecoder("utf-8")()
    shift_jis = codecs.getincrementaldecoder("cp932")()
    utf8_ok = shift_jis_ok = True
    high_before_utf8_error = high = isolated = runs = latin_words = line_feeds = returns = 0
    utf8_bytes = 0
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            block_high = len(block) - len(block.translate(None, _HIGH_BYTES))
            if utf8_ok:
                try:
                    utf8.decode(block)
                except UnicodeDecodeError as exc:
                    utf8_ok = False
                    before = block[: exc.start]
                    high_before_utf8_error = (
                        high + len(before) - len(before.translate(None, _HIGH_BYTES))
                    )
            if shift_jis_ok:
                try:
                    shift_jis.decode(block)
                except UnicodeDecodeError:
                    shift_jis_ok = False
            high += block_high
            if not utf8_ok:
                utf8_bytes += sum(len(found) for found in _UTF8_CHARACTER.findall(block))
            isolated += len(_ISOLATED_HIGH.findall(block))
            runs += len(_HIGH_RUN.findall(block))
            latin_words += len(_LATIN_WORD_HIGH.findall(block))
            line_feeds += block.count(b"\n")
            returns += block.count(b"\r")
    if utf8_ok and not _final(utf8):
        utf8_ok, high_before_utf8_error = False, high
    shift_jis_ok = shift_jis_ok and _final(shift_jis)
    if utf8_ok or high_before_utf8_error:
        return "utf-8"
    if shift_jis_ok and isolated * 2 < high and latin_words * 3 < runs:
        return "shift_jis" if _is_plain_shift_jis(path) else "cp932"
    if utf8_bytes * 2 > high:
        return "utf-8"
    if returns and not line_feeds:
        return "mac_roman"
    return "cp1252"


def _final(decoder: codecs.IncrementalDecoder) -> bool:
    """Whether the file does not end inside a character."""
    try:
        decoder.decode(b"", final=True)
    except UnicodeDecodeError:
        return False
    return True


def _is_plain_shift_jis(path: Path) -> bool:
    try:
        with path.open("r", encoding="shift_jis") as handle:
            while handle.read(1 << 20):
                pass
    except UnicodeDecodeError:
        return False
    return True


def open_text(path: Path) -> TextIO:
    """A text file that is not a table (a registry's one number a line), in the encoding a
    CSV file of the same bytes is read in; a byte that encoding cannot read comes out as
    U+DC00 + byte (see `printable`). A spreadsheet or binary file is refused."""
    with path.open("rb") as raw:
        sample = raw.read(64 * 1024)
    encoding = detect_encoding(sample)
    if not encoding:
        if sample.startswith(b"PK\x03\x04") or path.suffix.lower() in {".xlsx", ".xlsm", ".xls"}:
            raise InvalidInput(
                message("{name} is a spreadsheet, not a text file; save it as CSV", name=path.name),
                "file",
            )
        refuse_binary(path, sample)
        encoding = detect_file_encoding(path, sample)
    return path.open("r", encoding=encoding, errors=ESCAPE_ERRORS, newline="")


def refuse_binary(path: Path, sample: bytes) -> None:
    refuse_opendocument(path, sample)
    if sample.startswith(b"PK\x03\x04"):
        raise InvalidInput(
            message(
                "{name} is a ZIP archive, not a CSV file (an XLSX file? name it .xlsx)",
                name=path.name,
            ),
            "file",
        )
    if _holds_binary(sample):
        raise InvalidInput(
            message(
                "{name} is not a text file (it holds binary data); save it as CSV or XLSX",
                name=path.name,
            ),
            "file",
        )


def is_text(sample: bytes) -> bool:
    """Whether a file's first bytes are text, in an encoding a CSV file is read in."""
    return bool(detect_encoding(sample)) or not _holds_binary(sample)


def _holds_binary(sample: bytes) -> bool:
    return len(sample) - len(sample.translate(None, _BINARY_BYTES)) > len(sample) // 20
