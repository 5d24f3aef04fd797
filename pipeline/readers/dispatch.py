"""Pick a reader by the file's content, not its extension, and check what came out."""

from __future__ import annotations

import unicodedata
from pathlib import Path

from extractors.segment.genre import judge
from pipeline.errors import InputError, NeedsOcr
from pipeline.readers.base import RawText
from pipeline.readers.detect import looks_binary, sniff
from pipeline.readers.docx import read_doc, read_docx
from pipeline.readers.html import read_html
from pipeline.readers.legacy import vietnamese_score
from pipeline.readers.limits import check_size, limit_text
from pipeline.readers.options import ReadOptions
from pipeline.readers.pdf import page_count, read_pdf
from pipeline.readers.plain import read_plain
from pipeline.readers.scanned import read_image, read_scanned_pdf

REFUSED = {
    "zip": ("a zip archive, not a Word document", "unpack it and ingest the files inside"),
    "ole": ("an Office file that is not a Word document", "save the plan as .docx or .pdf"),
    "docx-encrypted": (
        "the Word file is password protected",
        "ask the sender for an unprotected copy, or open it and save without a password",
    ),
}


def read(path: Path, options: ReadOptions | None = None) -> RawText:
    """Read ``path`` into raw text, or raise :class:`InputError`."""
    return read_data(read_file(path), path, options)


def read_file(path: Path) -> bytes:
    """The bytes of ``path``, or :class:`InputError` saying why they cannot be read."""
    try:
        return path.read_bytes()
    except OSError as exc:
        raise InputError(path, f"cannot be read ({exc.strerror})", "check the path") from exc


def read_data(data: bytes, path: Path, options: ReadOptions | None = None) -> RawText:
    """Read the bytes of a file into raw text, or raise :class:`InputError`; ``path``
    names the file in messages and is never opened (the bytes may come from elsewhere)."""
    options = options or ReadOptions()
    kind = sniff(data)
    if kind == "empty":
        raise InputError(path, "the file is empty", "check that the export or copy finished")
    if kind in REFUSED:
        raise InputError(path, *REFUSED[kind])
    check_size(path, data, kind, options)
    try:
        raw = limit_text(path, _read(path, data, kind, options), options)
    except InputError as exc:
        raw = _text_after_all(path, data, kind, options, exc)
    if options.check_plan:
        check_text(path, raw)
    return raw


# formats whose signature a typed plan can begin with; a decoder failing on one may be
# failing on text, which is then read as text if it reads as a plan
_MISTAKABLE = {"pdf": "a PDF", "rtf": "an RTF", "image": "an image"}


def _text_after_all(
    path: Path, data: bytes, kind: str, options: ReadOptions, error: InputError
) -> RawText:
    """Read as text a file that failed as ``kind``, or raise ``error`` again."""
    if kind not in _MISTAKABLE:
        raise error
    try:
        raw = limit_text(path, _read(path, data, "text", options), options)
        if options.check_plan:
            check_text(path, raw)
    except InputError:
        raise error from None
    began = _MISTAKABLE[kind]
    raw.warnings.insert(0, f"read as plain text: it began like {began} file, but {error.reason}")
    return raw


def _read(path: Path, data: bytes, kind: str, options: ReadOptions) -> RawText:
    if kind == "pdf":
        try:
            return read_pdf(path, data, options)
        except NeedsOcr as exc:
            return read_scanned_pdf(path, data, page_count(path, data), options, str(exc))
    if kind == "docx":
        return read_docx(path, data, options)
    if kind in ("doc", "rtf"):
        return read_doc(path, data, options)
    if kind == "image":
        return read_image(path, data, options)
    if kind == "html":
        return read_html(path, data, options)
    raw = read_plain(path, data)
    if looks_binary(raw.text):
        raise InputError(path, "binary data, not a document", "check that this is the right file")
    return raw


def check_text(path: Path, raw: RawText) -> None:
    """Refuse what came out empty, is not Vietnamese, or is not of the genre.

    The genre gate (:func:`extractors.segment.genre.judge`) reads a diacritic-free form
    of the text, so copies without diacritics pass it as intact ones do.
    """
    text = unicodedata.normalize("NFC", raw.text)
    if len(text.strip()) < 40:
        raise InputError(path, "no readable text in the file", "check that this is the right file")
    verdict = judge(text)
    if verdict.accepted:
        return
    if not verdict.vocabulary and not verdict.data and vietnamese_score(text) < 0.08:
        raise InputError(
            path,
            "the text does not read as Vietnamese",
            "check the file; if it is a plan in a legacy font, save it as Unicode",
        )
    raise InputError(
        path,
        verdict.reason,
        "leave it out of the batch, or set ReadOptions(check_plan=False) to read it anyway",
    )
