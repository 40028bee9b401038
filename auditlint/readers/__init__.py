"""Readers: every input format becomes the same :class:`~auditlint.model.Audit`."""

from __future__ import annotations

from pathlib import Path

from ..config import LimitsConfig
from ..errors import InputError
from ..model import Audit, Notice
from ..sections import SectionCatalogue, catalogue
from .decode import decode

TEXT_SUFFIXES = {".md", ".markdown", ".txt"}
STRUCTURED_SUFFIXES = {".json": "json", ".yaml": "yaml", ".yml": "yaml"}
WORD_SUFFIXES = {".docx"}
SUFFIXES = TEXT_SUFFIXES | set(STRUCTURED_SUFFIXES) | WORD_SUFFIXES | {".doc"}

MAX_FILE_BYTES = 20 * 1024 * 1024


def read_text(
    text: str,
    path: str,
    fmt: str = "markdown",
    cat: SectionCatalogue | None = None,
    limits: LimitsConfig | None = None,
) -> Audit:
    """Read an audit already held as text (Markdown, JSON or YAML).

    ``limits`` (``[limits]``; its defaults when not given) caps the paragraphs and
    their length: a file past either is an :class:`InputError` naming the line.
    """
    cat = cat or catalogue()
    if fmt == "markdown":
        from .markdown import read_markdown

        return read_markdown(text, path, cat, limits)
    from .structured import read_structured

    return read_structured(text, path, cat, fmt, limits)


def read_bytes(p: Path, name: str, max_bytes: int = MAX_FILE_BYTES) -> bytes:
    """A file's bytes, within the size limit; any problem is an :class:`InputError` naming it."""
    try:
        size = p.stat().st_size
        if size > max_bytes:
            mib = 1024 * 1024
            raise InputError(
                name, f"file is {size / mib:.1f} MB (limit [limits] max_file_mb = {max_bytes / mib:g} MB)"
            )
        return p.read_bytes()
    except IsADirectoryError:
        raise InputError(name, "is a folder, not a file") from None
    except FileNotFoundError:
        raise InputError(name, "file not found") from None
    except PermissionError:
        raise InputError(name, "permission denied: auditlint cannot read this file") from None
    except OSError as exc:
        raise InputError(name, f"cannot be read ({exc.strerror or exc})") from None


def read_path(
    path: str | Path,
    cat: SectionCatalogue | None = None,
    max_bytes: int = MAX_FILE_BYTES,
    limits: LimitsConfig | None = None,
) -> Audit:
    """Read one audit file; any problem is an :class:`InputError` naming the file.

    ``max_bytes`` is the file-size limit; ``limits`` the paragraph limits of ``[limits]``
    (its defaults when not given), applied by every reader.
    """
    p = Path(path)
    name = str(path)
    suffix = p.suffix.lower()
    if suffix == ".doc":
        raise InputError(name, "this is an old Word 97-2003 (.doc) file: open it in Word and save it as .docx")
    if suffix not in SUFFIXES:
        raise InputError(
            name, f"unsupported file type {suffix or '(none)'!r}: auditlint reads .md, .txt, .json, .yaml and .docx"
        )
    data = read_bytes(p, name, max_bytes)
    if suffix in WORD_SUFFIXES:
        from .word import read_docx

        from .word import DocxLimits

        return read_docx(data, name, cat or catalogue(), limits=DocxLimits.from_config(limits or LimitsConfig(), max_bytes))
    text, encoding = decode(data)
    if "\x00" in text:
        hint = ""
        if len(data) >= 4 and (data[1::2].count(0) > len(data) // 4 or data[0::2].count(0) > len(data) // 4):
            hint = " (it may be UTF-16 without a byte-order mark: save it as UTF-8)"
        raise InputError(name, "contains NUL bytes: this is not a text file" + hint)
    audit = read_text(text, name, "markdown" if suffix in TEXT_SUFFIXES else STRUCTURED_SUFFIXES[suffix], cat, limits)
    if encoding == "windows-1252":
        audit.notices.insert(0, Notice(line=1, message="not UTF-8; read as Windows-1252"))
    return audit


def iter_audit_files(paths: list[str]) -> list[str]:
    """Files named, and audit files found in folders (sorted, hidden ones skipped)."""
    out: list[str] = []
    for raw in paths:
        p = Path(raw)
        if p.is_dir():
            for f in sorted(p.rglob("*")):
                rel = f.relative_to(p)
                if any(part.startswith(".") for part in rel.parts):
                    continue
                if f.is_file() and f.suffix.lower() in SUFFIXES and not f.name.startswith("~$"):
                    out.append(str(f))
        else:
            out.append(raw)
    return out
