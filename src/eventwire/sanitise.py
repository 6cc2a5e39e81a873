"""Sanitise: the one normalisation every string from an input passes before it is used.

Inputs carry strings no database or encoder will take: a JSON record may hold a lone
surrogate (``"\\ud800"``), a text a NUL byte, a file name bytes that are not UTF-8 (legal
on Linux; Python keeps them as surrogate escapes). ``normalise_text`` makes any string
safe to encode, store and compare: lone surrogates become U+FFFD, NUL bytes are removed,
and the text is put in Unicode's composed form (NFC), so "é" written as "e" + accent and
as one character are the same text. File names are not normalised but escaped:
``printable_name`` writes the bytes that are not printable UTF-8 (and the backslash
itself) as ``\\xNN``, which ``name_from_printable`` reverses exactly. A URL from an input
becomes a link only with an ``http`` or ``https`` scheme (``link_url``): a ``javascript:``
or ``data:`` URL in a manifest is shown as text, never followed.
"""

from __future__ import annotations

import os
import re
import unicodedata

REPLACEMENT_CHARACTER = "\ufffd"
SURROGATES = re.compile("[\ud800-\udfff]")
NOT_PRINTABLE_IN_NAMES = frozenset({"Cc"})  # control characters: a newline or a tab in a name
ESCAPED_BYTE = re.compile(r"\\(\\|x[0-9a-f]{2})")


def normalise_text(value: str) -> str:
    """``value`` with lone surrogates replaced, NUL bytes removed, in NFC."""
    if value.isascii():
        return value.replace("\x00", "") if "\x00" in value else value
    value = SURROGATES.sub(REPLACEMENT_CHARACTER, value).replace("\x00", "")
    return value if unicodedata.is_normalized("NFC", value) else unicodedata.normalize("NFC", value)


def normalise_value(value: object) -> object:
    """A parsed JSON value with every string in it (keys too) normalised."""
    if isinstance(value, str):
        return normalise_text(value)
    if isinstance(value, dict):
        return {normalise_text(str(k)): normalise_value(v) for k, v in value.items()}
    if isinstance(value, list):
        return [normalise_value(v) for v in value]
    return value


def printable_name(name: str) -> str:
    """A file name (as ``os.fsdecode`` gives it) in printable, reversible form.

    Bytes that are not valid UTF-8, control characters (a newline in a name) and the
    backslash are written ``\\xNN`` (the backslash ``\\\\``); everything else is kept.
    """
    if name.isprintable() and "\\" not in name and not SURROGATES.search(name):
        return name
    return "".join(_printable_piece(piece) for piece in _utf8_pieces(os.fsencode(name)))


def name_from_printable(printable: str) -> str:
    """The file name that ``printable_name`` wrote as ``printable``."""
    if "\\" not in printable:
        return printable
    raw = bytearray()
    position = 0
    for match in ESCAPED_BYTE.finditer(printable):
        raw += printable[position : match.start()].encode("utf-8")
        escape = match.group(1)
        raw += b"\\" if escape == "\\" else bytes([int(escape[1:], 16)])
        position = match.end()
    raw += printable[position:].encode("utf-8")
    return os.fsdecode(bytes(raw))


def _utf8_pieces(raw: bytes) -> list[str | bytes]:
    """``raw`` cut into decoded text and the single bytes that do not decode."""
    pieces: list[str | bytes] = []
    while raw:
        try:
            pieces.append(raw.decode("utf-8"))
            break
        except UnicodeDecodeError as error:
            if error.start:
                pieces.append(raw[: error.start].decode("utf-8"))
            pieces.append(raw[error.start : error.start + 1])
            raw = raw[error.start + 1 :]
    return pieces


def _printable_piece(piece: str | bytes) -> str:
    if isinstance(piece, bytes):
        return f"\\x{piece[0]:02x}"
    return "".join(_printable_character(c) for c in piece)


def _printable_character(character: str) -> str:
    if character == "\\":
        return "\\\\"
    if unicodedata.category(character) in NOT_PRINTABLE_IN_NAMES:
        return "".join(f"\\x{byte:02x}" for byte in character.encode("utf-8", "surrogateescape"))
    return character


LINK_SCHEMES = ("http", "https")
URL_SCHEME = re.compile(r"^([a-zA-Z][a-zA-Z0-9+.-]*):")
IGNORED_IN_SCHEMES = re.compile(r"[\x00-\x20\x7f]")  # browsers skip these inside a scheme ('java\tscript:')


def link_url(value: str | None) -> str | None:
    """``value`` if it is safe to link to (an ``http`` or ``https`` URL), else None."""
    if not value:
        return None
    compact = IGNORED_IN_SCHEMES.sub("", value)
    scheme = URL_SCHEME.match(compact)
    return value.strip() if scheme is not None and scheme.group(1).lower() in LINK_SCHEMES else None
