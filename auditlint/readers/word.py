"""Word (.docx) audits: the authority's audit tool, read onto the same model as Markdown.

Shapes of the audit tool that are understood (they can be mixed in one file):

* **headings**: a domain starts at a paragraph in a Word Heading style, or at a
  short bold / numbered / capitalised line naming a domain ("1. Help,
  Protection and Stability"); narrative paragraphs follow;
* **a table per domain**: a row (or merged cell) names the domain, then rows
  labelled "Grade", "Evidence"/"Analysis"/..., "Actions";
* **one table, a row per domain**: "Domain | Grade | Evidence | Actions" (the
  header row is optional; the grade may also be one column per grade, with a
  tick or "X" in the chosen one);
* grades on "Grade:"/"Judgement:" lines or cells, chosen in a drop-down (a
  content control or a legacy form field: its current value is read), or
  marked with a tick (✓, ☒, ☑, "X"), bold, or by striking through the others,
  among the four grades listed in a cell or line;
* actions as list paragraphs (List styles or Word numbering) after an
  "Actions:" label, as every paragraph of an "Actions" cell, or as table rows
  (one row per action, its cells read together);
* the practitioner discussion and family feedback sections, in any of the shapes;
* metadata (audit date, child reference, auditor, audit id) from "Label: value"
  lines or a table at the top (or in the page header).

Section headings, grade spellings and action labels come from the shared
``rules/sections.yml`` through :class:`~auditlint.sections.SectionCatalogue`.

Positions: every paragraph of the body and of every table cell is numbered in
document order from 1; a span's ``line`` is that number and its ``column`` the
character offset in the paragraph + 1, and each block's ``origin`` says where
it is ("paragraph 12", "table 2, row 3, cell 3"). :func:`document_paragraphs`
and :func:`paragraph_pieces` are shared with the writer of reviewed copies
(``auditlint annotate``), so both count paragraphs and characters the same way.
"""

from __future__ import annotations

import io
import re
import zipfile
import zlib
from dataclasses import dataclass, field
from typing import Any, Iterator

from ..dates import parse_date
from ..errors import InputError
from ..model import Audit, Grade, Notice, TextBlock
from ..sections import SectionCatalogue, SectionMatch, normalise, strip_numbering
from .blocks import BlockBuilder, SectionDraft, assemble

# -- OOXML names ---------------------------------------------------------------
NS_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
NS_W14 = "http://schemas.microsoft.com/office/word/2010/wordml"


def _w(tag: str) -> str:
    return f"{{{NS_W}}}{tag}"


W_P, W_R, W_T, W_TBL, W_TR, W_TC = _w("p"), _w("r"), _w("t"), _w("tbl"), _w("tr"), _w("tc")
W_SDT, W_SDTPR, W_SDTCONTENT = _w("sdt"), _w("sdtPr"), _w("sdtContent")
W_VAL = _w("val")
_INLINE_CONTAINERS = {
    _w(t) for t in ("hyperlink", "smartTag", "customXml", "ins", "moveTo", "fldSimple", "dir", "bdo")
}
_BLOCK_CONTAINERS = {_w("customXml"), _w("ins"), _w("moveTo")}
_NEWLINES = {_w("br"), _w("cr")}
_TABS = {_w("tab"), _w("ptab")}

# Wingdings / Wingdings 2 symbols that forms use as ticks and boxes
_SYMBOLS = {
    ("wingdings", 0xFC): "✓",
    ("wingdings", 0xFB): "✗",
    ("wingdings", 0xFD): "☒",
    ("wingdings", 0xFE): "☑",
    ("wingdings", 0xA8): "☐",
    ("wingdings", 0x6F): "☐",
    ("wingdings", 0x78): "☒",
    ("wingdings 2", 0x50): "✓",
    ("wingdings 2", 0x52): "☑",
    ("wingdings 2", 0x54): "☒",
    ("wingdings 2", 0x4F): "☒",
    ("wingdings 2", 0xA3): "☐",
    ("wingdings 2", 0x2A): "☐",
}

_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_WORD_MAIN = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"

# -- words the audit tool uses around the shared section data ------------------
# Labels of metadata fields (normalised). "date" alone is read only before the first section.
_META_LABELS: dict[str, tuple[str, ...]] = {
    "audit_date": (
        "audit date", "date of audit", "date audited", "date of the audit", "audit completed",
        "date audit completed", "audit completion date", "date completed", "date of completion",
    ),
    "child_ref": (
        "child reference", "child ref", "child s reference", "child id", "child identifier", "child s id",
        "child number", "child", "child s name", "name of child", "child name", "young person",
        "child young person", "case reference", "case ref", "child s initials",
    ),
    "auditor": (
        "auditor", "auditor name", "auditor s name", "name of auditor", "audited by", "completed by",
        "auditor and role", "auditor role", "auditor job title",
    ),
    "audit_id": ("audit id", "audit reference", "audit ref", "audit number", "audit no", "audit identifier"),
}
_PREAMBLE_ONLY_META = {"date": "audit_date", "name": "child_ref"}
# column / row labels of the audit tool's tables (normalised)
_DOMAIN_COLUMN = {
    "domain", "domains", "practice domain", "audit domain", "domain area", "area", "area of practice",
    "practice area", "section", "theme", "standard", "audit area", "domain of practice",
}
_NARRATIVE_LABELS = {
    "evidence", "narrative", "analysis", "evidence and analysis", "analysis and evidence", "evidence analysis",
    "comments", "comment", "commentary", "auditor comments", "auditor s comments", "auditor commentary",
    "findings", "auditor findings", "audit findings", "rationale", "rationale for grade",
    "rationale for the grade", "reasons for grade", "summary", "evidence and rationale", "what we found",
    "strengths and areas for development", "strengths", "areas for development", "notes", "auditor notes",
    "evidence and impact on the child", "impact on the child", "summary of evidence",
}
_OWNER_LABELS = {"owner", "responsible", "by whom", "who", "lead", "responsible person", "person responsible", "action owner"}
_WHEN_LABELS = {"timescale", "timescales", "by when", "when", "deadline", "target date", "due date", "completion date", "date due", "by date"}

_LABEL_LINE = re.compile(r"^(?P<indent>\s*)(?P<label>[^\W\d_][^:\t\n]{0,48}?)\s*[:\t]\s*(?P<rest>.*?)\s*$", re.S)
_TYPED_ITEM = re.compile(r"^(?P<indent>\s*)(?P<marker>[-*•–·▪]|\d{1,3}[.)])\s+(?=\S)")
_TYPED_NUMBER = re.compile(r"^\s*(?:(?:domain|section|part)\s*)?\(?\d{1,2}\b[.):]?", re.IGNORECASE)
_TICKS = "✓✔☑☒■●⊠▣✅"
_BOXES = "☐□❑◻○"
_X_MARK = re.compile(r"(?<![A-Za-z0-9])[Xx](?![A-Za-z0-9])")


# -- limits ----------------------------------------------------------------------
@dataclass(frozen=True)
class DocxLimits:
    """Guards against zip bombs and absurd documents (sizes in bytes)."""

    max_uncompressed_bytes: int = 200 * 1024 * 1024
    max_part_bytes: int = 64 * 1024 * 1024
    max_ratio: int = 200
    max_entries: int = 2000
    max_paragraphs: int = 5000
    max_paragraph_chars: int = 100_000
    max_chars: int = 500_000
    max_tables: int = 500
    max_cells: int = 50_000

    @classmethod
    def for_file_limit(cls, max_bytes: int, **overrides: int) -> DocxLimits:
        """Limits scaled from the file-size limit (``[limits] max_file_mb``)."""
        return cls(max_uncompressed_bytes=10 * max_bytes, max_part_bytes=max(1, int(3.2 * max_bytes)), **overrides)

    @classmethod
    def from_config(cls, limits: Any, max_bytes: int | None = None) -> DocxLimits:
        """From :class:`~auditlint.config.LimitsConfig`."""
        mb = max_bytes if max_bytes is not None else int(limits.max_file_mb * 1024 * 1024)
        return cls.for_file_limit(
            mb,
            max_paragraphs=limits.max_paragraphs,
            max_paragraph_chars=limits.max_paragraph_chars,
            max_chars=getattr(limits, "max_chars", cls.max_chars),
        )


# -- the package: refuse anything that is not a sane .docx, before parsing ------------
def _mb(n: int) -> str:
    return f"{n / 1e6:.1f} MB"


_DAMAGED = (
    "is damaged: it starts like a .docx but is not a complete package; open it in Word (which may "
    "offer to repair it) and save it again as .docx"
)


def check_package(data: bytes, path: str, limits: DocxLimits) -> None:
    """Raise a clear :class:`InputError` unless ``data`` looks like a readable .docx package."""
    try:
        _check_package(data, path, limits)
    except InputError:
        raise
    except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, OSError, EOFError, KeyError, RuntimeError,
            NotImplementedError, zlib.error) as exc:  # a damaged zip found while reading its parts
        raise InputError(path, _DAMAGED, detail=type(exc).__name__) from None


def _check_package(data: bytes, path: str, limits: DocxLimits) -> None:
    if data.startswith(_OLE_MAGIC):
        if "EncryptedPackage".encode("utf-16-le") in data or "EncryptionInfo".encode("utf-16-le") in data:
            raise InputError(
                path,
                "is password-protected (encrypted), so auditlint cannot read it: open it in Word, remove the "
                "password (File > Info > Protect Document > Encrypt with Password, clear it), save it as .docx "
                "and check that copy",
            )
        raise InputError(
            path,
            "is an old Word 97-2003 (.doc) document with a .docx name: open it in Word and save it as .docx "
            "(Word Document)",
        )
    if not data.startswith(b"PK"):
        head = data[:4096].lstrip(b"\xef\xbb\xbf \t\r\n")
        if not data:
            why = "is empty (0 bytes), not a Word document: save the audit again from Word as .docx"
        elif head.startswith(b"{\\rtf"):
            why = "is a Rich Text (RTF) file with a .docx name: open it in Word and save it as .docx"
        elif head.startswith(b"%PDF"):
            why = "is a PDF with a .docx name: auditlint needs the Word document itself (save it from Word as .docx)"
        elif head[:5].lower() in (b"<?xml", b"<html") or head[:9].lower() == b"<!doctype":
            why = (
                "is an XML or web page file (perhaps saved as 'Word XML' or 'Web Page'), not a .docx: "
                "open it in Word and save it as .docx (Word Document)"
            )
        elif b"\x00" not in head:
            why = (
                "is a text file renamed .docx, not a Word document: rename it to .md or .txt to check it as "
                "text, or open it in Word and save it as .docx"
            )
        else:
            why = "is not a Word document (not a .docx package): open it in Word and save it as .docx"
        raise InputError(path, why)
    try:
        zf = zipfile.ZipFile(io.BytesIO(data))
        infos = zf.infolist()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, OSError, EOFError):
        raise InputError(
            path,
            "is damaged: it starts like a .docx but is not a complete package; open it in Word (which may "
            "offer to repair it) and save it again as .docx",
        ) from None
    with zf:
        if len(infos) > limits.max_entries:
            raise InputError(
                path, f"has {len(infos)} parts inside (limit {limits.max_entries}): this is not a normal Word document"
            )
        total = sum(i.file_size for i in infos)
        if total > limits.max_uncompressed_bytes:
            raise InputError(
                path,
                f"would unpack to {_mb(total)} (limit {_mb(limits.max_uncompressed_bytes)}): this is not a normal "
                "audit document (it may be a 'zip bomb'); save the audit again from Word without embedded files",
            )
        for i in infos:
            if i.file_size > limits.max_part_bytes and not i.filename.startswith(("word/media/", "word/embeddings/")):
                raise InputError(
                    path,
                    f"part {i.filename} would unpack to {_mb(i.file_size)} (limit {_mb(limits.max_part_bytes)}): "
                    "this is not a normal audit document",
                )
            if i.file_size > 1024 * 1024 and i.file_size > limits.max_ratio * max(i.compress_size, 1):
                raise InputError(
                    path,
                    f"part {i.filename} is compressed {i.file_size // max(i.compress_size, 1)}:1 (limit "
                    f"{limits.max_ratio}:1): this looks like a 'zip bomb', not a Word document",
                )
        names = {i.filename for i in infos}
        if "mimetype" in names:
            kind = zf.read("mimetype")[:100]
            if b"opendocument" in kind:
                raise InputError(
                    path, "is an OpenDocument (.odt) file with a .docx name: save it as Word Document (.docx)"
                )
        if "[Content_Types].xml" not in names:
            what = "word/document.xml" if "word/document.xml" not in names else "[Content_Types].xml"
            raise InputError(
                path,
                f"is a zip file but not a Word document (it has no {what}): open the audit in Word and save it "
                "as .docx",
            )
        types = zf.read("[Content_Types].xml")[:200_000].decode("utf-8", "replace")
    if _WORD_MAIN not in types or "word/document.xml" not in names and "/word/document.xml" in types:
        if "word/document.xml" not in names and "/word/document.xml" in types:
            why = "is damaged: it names word/document.xml but does not contain it; save the audit again from Word as .docx"
        elif "macroEnabled.main+xml" in types:
            why = "is a macro-enabled Word document (.docm): save it as Word Document (.docx)"
        elif "template.main+xml" in types:
            why = "is a Word template (.dotx): create a document from it and save that as .docx"
        elif "spreadsheetml" in types:
            why = "is an Excel workbook with a .docx name: auditlint reads Word audits (.docx)"
        elif "presentationml" in types:
            why = "is a PowerPoint file with a .docx name: auditlint reads Word audits (.docx)"
        elif "word/document.xml" not in names:
            why = "is a zip file but not a Word document (it has no word/document.xml): save the audit from Word as .docx"
        else:
            why = "is not a Word document (its main part is not a Word document part): save it from Word as .docx"
        raise InputError(path, why)


def open_docx(data: bytes, path: str, limits: DocxLimits | None = None) -> Any:
    """The python-docx ``Document`` of ``data``, after :func:`check_package`."""
    import docx

    check_package(data, path, limits or DocxLimits())
    try:
        return docx.Document(io.BytesIO(data))
    except InputError:
        raise
    except Exception as exc:  # python-docx raises KeyError, ValueError, lxml errors ... on damaged files
        detail = type(exc).__name__
        raise InputError(
            path,
            f"is damaged or not a Word document ({detail}): open it in Word and save it again as .docx",
        ) from None


# -- styles ------------------------------------------------------------------------
def _toggle(rpr: Any, tag: str) -> bool | None:
    if rpr is None:
        return None
    el = rpr.find(_w(tag))
    if el is None:
        return None
    return el.get(W_VAL, "true").lower() not in ("0", "false", "off", "none")


class Styles:
    """What a paragraph or run inherits from its styles (just what the reader needs)."""

    def __init__(self, styles_el: Any | None):
        self.by_id: dict[str, Any] = {}
        self.default_para: str | None = None
        self.default_bold: bool | None = None
        self._cache: dict[tuple[str, str | None], Any] = {}
        if styles_el is None:
            return
        for s in styles_el.iter(_w("style")):
            sid = s.get(_w("styleId"))
            if sid:
                self.by_id[sid] = s
                if s.get(_w("type")) == "paragraph" and s.get(_w("default")) in ("1", "true", "on"):
                    self.default_para = sid
        dd = styles_el.find(_w("docDefaults"))
        if dd is not None:
            rpr = dd.find(f"{_w('rPrDefault')}/{_w('rPr')}")
            self.default_bold = _toggle(rpr, "b")

    def _chain(self, sid: str | None) -> Iterator[Any]:
        seen: set[str] = set()
        while sid and sid in self.by_id and sid not in seen:
            seen.add(sid)
            s = self.by_id[sid]
            yield s
            based = s.find(_w("basedOn"))
            sid = based.get(W_VAL) if based is not None else None

    def name(self, sid: str | None) -> str:
        s = self.by_id.get(sid or "")
        n = s.find(_w("name")) if s is not None else None
        return (n.get(W_VAL) or "") if n is not None else (sid or "")

    def toggle(self, sid: str | None, tag: str) -> bool | None:
        key = (f"t:{tag}", sid)
        if key not in self._cache:
            value = None
            for s in self._chain(sid):
                value = _toggle(s.find(_w("rPr")), tag)
                if value is not None:
                    break
            self._cache[key] = value
        return self._cache[key]

    def para_info(self, sid: str | None) -> tuple[str, int | None, bool]:
        """(style name, heading level or None, numbered) of a paragraph style."""
        sid = sid or self.default_para
        key = ("p", sid)
        if key not in self._cache:
            name = self.name(sid)
            level: int | None = None
            numbered = False
            low = name.lower()
            m = re.match(r"^heading\s*(\d)$", low)
            if m:
                level = int(m.group(1))
            elif low == "title":
                level = 0
            for s in self._chain(sid):
                ppr = s.find(_w("pPr"))
                if ppr is None:
                    continue
                if level is None:
                    ol = ppr.find(_w("outlineLvl"))
                    if ol is not None and (ol.get(W_VAL) or "9").isdigit() and int(ol.get(W_VAL)) < 9:
                        level = int(ol.get(W_VAL)) + 1
                num = ppr.find(_w("numPr"))
                if num is not None and not numbered:
                    nid = num.find(_w("numId"))
                    numbered = nid is None or nid.get(W_VAL) != "0"
            if low.startswith("list"):
                numbered = True
            self._cache[key] = (name, level, numbered)
        return self._cache[key]


# -- paragraphs: text with a map back to runs ---------------------------------------------
@dataclass
class Piece:
    """``text`` at ``start`` in the paragraph came from ``child`` (a w:t, w:tab ...) of ``run``."""

    start: int
    text: str
    run: Any
    child: Any
    bold: bool = False
    strike: bool = False
    synthetic: bool = False  # a form field's value or tick box, not text in a run

    @property
    def end(self) -> int:
        return self.start + len(self.text)


class _Field:
    __slots__ = ("phase", "instr", "ffdata", "had_result")

    def __init__(self, ffdata: Any):
        self.phase = "instr"
        self.instr = ""
        self.ffdata = ffdata
        self.had_result = False


def _ff_value(f: _Field) -> str | None:
    """The displayed value of a legacy form field that shows no result text."""
    kind = f.instr.strip().split(" ", 1)[0].upper() if f.instr.strip() else ""
    ff = f.ffdata
    if kind == "FORMDROPDOWN" and ff is not None:
        dd = ff.find(_w("ddList"))
        if dd is None:
            return None
        entries = [e.get(W_VAL) or "" for e in dd.findall(_w("listEntry"))]
        idx = 0
        for tag in ("result", "default"):
            el = dd.find(_w(tag))
            if el is not None and (el.get(W_VAL) or "").isdigit():
                idx = int(el.get(W_VAL))
                break
        return entries[idx] if 0 <= idx < len(entries) else None
    if kind == "FORMCHECKBOX" and ff is not None:
        cb = ff.find(_w("checkBox"))
        if cb is None:
            return None
        checked = _toggle(cb, "checked")
        if checked is None:
            checked = _toggle(cb, "default") or False
        return "☒" if checked else "☐"
    return None


def _sdt_placeholder(sdt: Any) -> bool:
    pr = sdt.find(W_SDTPR)
    return pr is not None and _toggle(pr, "showingPlcHdr") is True


def paragraph_pieces(p: Any, styles: Styles | None = None) -> list[Piece]:
    """The visible text of paragraph ``p`` as pieces mapped to runs.

    Deleted (tracked) text, field codes, placeholder text of empty content
    controls, drawings and text boxes are left out; a legacy drop-down or
    check-box form field contributes its current value.
    """
    pieces: list[Piece] = []
    fields: list[_Field] = []
    pos = 0
    pstyle = None
    if styles is not None:
        ppr = p.find(_w("pPr"))
        ps = ppr.find(_w("pStyle")) if ppr is not None else None
        pstyle = ps.get(W_VAL) if ps is not None else styles.default_para

    def visible() -> bool:
        return all(f.phase == "result" for f in fields)

    def fmt(r: Any) -> tuple[bool, bool]:
        if styles is None:
            return False, False
        rpr = r.find(_w("rPr"))
        rs = rpr.find(_w("rStyle")) if rpr is not None else None
        rsid = rs.get(W_VAL) if rs is not None else None
        out = []
        for tags in (("b",), ("strike", "dstrike")):
            val = None
            for tag in tags:
                val = _toggle(rpr, tag)
                if val is None and rsid:
                    val = styles.toggle(rsid, tag)
                if val is None:
                    val = styles.toggle(pstyle, tag)
                if val:
                    break
            if val is None and tags[0] == "b":
                val = styles.default_bold
            out.append(bool(val))
        return out[0], out[1]

    def emit(text: str, r: Any, child: Any, synthetic: bool = False) -> None:
        nonlocal pos
        if not text:
            return
        b, s = fmt(r) if r is not None else (False, False)
        pieces.append(Piece(pos, text, r, child, b, s, synthetic))
        pos += len(text)

    def run(r: Any) -> None:
        for c in r:
            tag = c.tag
            if tag == W_T:
                if visible():
                    emit(c.text or "", r, c)
                    if fields:
                        fields[-1].had_result = True
            elif tag in _TABS:
                if visible():
                    emit("\t", r, c)
            elif tag in _NEWLINES:
                if visible():
                    emit("\n", r, c)
            elif tag == _w("noBreakHyphen"):
                if visible():
                    emit("-", r, c)
            elif tag == _w("sym"):
                font = (c.get(_w("font")) or "").lower()
                try:
                    code = int(c.get(_w("char")) or "0", 16)
                except ValueError:
                    code = 0
                ch = _SYMBOLS.get((font, code & 0xFF if code >= 0xF000 else code))
                if ch and visible():
                    emit(ch, r, c)
            elif tag == _w("fldChar"):
                kind = c.get(_w("fldCharType"))
                if kind == "begin":
                    fields.append(_Field(c.find(_w("ffData"))))
                elif kind == "separate" and fields:
                    fields[-1].phase = "result"
                elif kind == "end" and fields:
                    f = fields.pop()
                    if not f.had_result and visible():
                        value = _ff_value(f)
                        if value:
                            emit(value, r, None, synthetic=True)
            elif tag == _w("instrText"):
                if fields and fields[-1].phase == "instr":
                    fields[-1].instr += c.text or ""

    def inline(el: Any) -> None:
        for c in el:
            tag = c.tag
            if tag == W_R:
                run(c)
            elif tag in _INLINE_CONTAINERS:
                inline(c)
            elif tag == W_SDT:
                if _sdt_placeholder(c):
                    continue
                content = c.find(W_SDTCONTENT)
                if content is not None:
                    inline(content)

    inline(p)
    return pieces


# -- the document's layout: paragraphs and tables in document order ----------------------
@dataclass
class Para:
    number: int
    element: Any
    text: str
    pieces: list[Piece]
    origin: str
    style: str = ""
    level: int | None = None  # heading level (0 = Title), None for body text
    numbered: bool = False  # a list paragraph (bullets or numbering)

    def bold(self, start: int = 0, end: int | None = None) -> bool:
        """Every non-space character in ``text[start:end]`` is bold."""
        return self._all(start, end, "bold")

    def struck(self, start: int = 0, end: int | None = None) -> bool:
        return self._all(start, end, "strike")

    def _all(self, start: int, end: int | None, attr: str) -> bool:
        end = len(self.text) if end is None else end
        seen = False
        for pc in self.pieces:
            if pc.end <= start or pc.start >= end:
                continue
            lo, hi = max(start, pc.start) - pc.start, min(end, pc.end) - pc.start
            if pc.text[lo:hi].strip():
                seen = True
                if not getattr(pc, attr):
                    return False
        return seen


@dataclass
class Cell:
    index: int
    col: int  # grid column where the cell starts
    paras: list[Para] = field(default_factory=list)

    @property
    def text(self) -> str:
        return "\n".join(p.text for p in self.paras).strip()


@dataclass
class Row:
    index: int
    cells: list[Cell] = field(default_factory=list)


@dataclass
class Table:
    number: int
    rows: list[Row] = field(default_factory=list)


def _children(container: Any, wanted: str) -> Iterator[Any]:
    """Children with tag ``wanted``, looking through content controls and custom XML wrappers."""
    for c in container:
        if c.tag == wanted:
            yield c
        elif c.tag == W_SDT:
            content = c.find(W_SDTCONTENT)
            if content is not None:
                yield from _children(content, wanted)
        elif c.tag in _BLOCK_CONTAINERS:
            yield from _children(c, wanted)


class _Layout:
    """Walks a body: numbers paragraphs, nests table cells, enforces the limits."""

    def __init__(self, styles: Styles | None, limits: DocxLimits, path: str, with_text: bool = True):
        self.styles = styles
        self.limits = limits
        self.path = path
        self.with_text = with_text
        self.count = 0
        self.chars = 0
        self.tables = 0
        self.cells = 0
        self.elements: list[Any] = []

    def para(self, p: Any, origin: str | None, blank: bool = False) -> Para:
        self.count += 1
        if self.count > self.limits.max_paragraphs:
            raise InputError(
                self.path,
                f"has more than {self.limits.max_paragraphs} paragraphs (limit [limits] max_paragraphs = "
                f"{self.limits.max_paragraphs}): "
                "this is not a normal audit document",
            )
        self.elements.append(p)
        n = self.count
        if blank or not self.with_text:
            return Para(n, p, "", [], origin or f"paragraph {n}")
        pieces = paragraph_pieces(p, self.styles)
        text = "".join(pc.text for pc in pieces)
        if len(text) > self.limits.max_paragraph_chars:
            raise InputError(
                self.path,
                f"paragraph {n} has {len(text)} characters (limit {self.limits.max_paragraph_chars}): "
                "this is not a normal audit document",
                line=n,
            )
        self.chars += len(text)
        if self.chars > self.limits.max_chars:
            raise InputError(
                self.path,
                f"has more than {self.limits.max_chars} characters of text (limit [limits] max_chars = "
                f"{self.limits.max_chars}): this is not a normal audit document",
                line=n,
            )
        style, level, numbered = "", None, False
        if self.styles is not None:
            ppr = p.find(_w("pPr"))
            ps = ppr.find(_w("pStyle")) if ppr is not None else None
            style, level, numbered = self.styles.para_info(ps.get(W_VAL) if ps is not None else None)
            if ppr is not None:
                ol = ppr.find(_w("outlineLvl"))
                if ol is not None and (ol.get(W_VAL) or "").isdigit():
                    lv = int(ol.get(W_VAL))
                    level = lv + 1 if lv < 9 else None
                num = ppr.find(_w("numPr"))
                if num is not None:
                    nid = num.find(_w("numId"))
                    numbered = nid is None or nid.get(W_VAL) != "0"
        return Para(n, p, text, pieces, origin or f"paragraph {n}", style, level, numbered)

    def body(self, container: Any) -> list[Para | Table]:
        out: list[Para | Table] = []
        for c in container:
            if c.tag == W_P:
                out.append(self.para(c, None))
            elif c.tag == W_TBL:
                out.append(self.table(c))
            elif c.tag == W_SDT:
                content = c.find(W_SDTCONTENT)
                if content is not None and not _sdt_placeholder(c):
                    out += self.body(content)
                elif content is not None:  # an empty block content control: count its paragraphs
                    for p in content.iter(W_P):
                        self.para(p, None, blank=True)
            elif c.tag in _BLOCK_CONTAINERS:
                out += self.body(c)
        return out

    def table(self, tbl: Any) -> Table:
        self.tables += 1
        if self.tables > self.limits.max_tables:
            raise InputError(
                self.path,
                f"has more than {self.limits.max_tables} tables: this is not a normal audit document",
            )
        t = Table(self.tables)
        for ri, tr in enumerate(_children(tbl, W_TR), 1):
            row = Row(ri)
            col = 0
            for ci, tc in enumerate(_children(tr, W_TC), 1):
                self.cells += 1
                if self.cells > self.limits.max_cells:
                    raise InputError(
                        self.path, f"has more than {self.limits.max_cells} table cells: this is not a normal audit document"
                    )
                cell = Cell(ci, col)
                tcpr = tc.find(_w("tcPr"))
                span = tcpr.find(_w("gridSpan")) if tcpr is not None else None
                col += int(span.get(W_VAL)) if span is not None and (span.get(W_VAL) or "").isdigit() else 1
                origin = f"table {t.number}, row {ri}, cell {ci}"
                self._cell(tc, cell, origin)
                row.cells.append(cell)
            t.rows.append(row)
        return t

    def _cell(self, container: Any, cell: Cell, origin: str) -> None:
        for c in container:
            if c.tag == W_P:
                cell.paras.append(self.para(c, origin))
            elif c.tag == W_TBL:  # a nested table: its paragraphs belong to this cell, in order
                inner = self.table(c)
                for row in inner.rows:
                    for ic in row.cells:
                        cell.paras += ic.paras
            elif c.tag == W_SDT:
                content = c.find(W_SDTCONTENT)
                if content is not None:
                    if _sdt_placeholder(c):
                        for p in content.iter(W_P):
                            self.para(p, origin, blank=True)
                    else:
                        self._cell(content, cell, origin)
            elif c.tag in _BLOCK_CONTAINERS:
                self._cell(c, cell, origin)


def document_paragraphs(doc: Any, limits: DocxLimits | None = None) -> list[Any]:
    """Every paragraph element (body and table cells) in the reader's numbering: index = line - 1."""
    lay = _Layout(None, limits or DocxLimits(max_paragraphs=10**9, max_tables=10**9, max_cells=10**9), "", with_text=False)
    lay.body(doc.element.body)
    return lay.elements


# -- grades ---------------------------------------------------------------------------------
@dataclass
class _Span:
    para: Para
    start: int
    end: int


class _Reader:
    def __init__(self, path: str, cat: SectionCatalogue):
        self.path = path
        self.cat = cat
        self.audit = Audit(path=path, source_format="docx")
        self.drafts: list[SectionDraft] = []
        self.current = SectionDraft(SectionMatch("extra", None, ""), TextBlock(text=""), line=1)
        self.current_level: int | None = None
        self.in_actions = False
        self.list_seen = False
        self.started = False  # a recognised section has started (metadata is read before)
        self.meta_seen: set[str] = set()
        self.action_domains: dict[int, int] = {}
        spellings = sorted(cat.grade_spellings, key=len, reverse=True)
        alts = [r"[\W_]+".join(re.escape(w) for w in s.split()) for s in spellings]
        self.grade_re = re.compile(r"(?<![A-Za-z0-9])(?:" + "|".join(alts) + r")(?![A-Za-z0-9])", re.IGNORECASE)

    # -- blocks --------------------------------------------------------------------
    def block(self, para: Para, start: int = 0, end: int | None = None) -> TextBlock | None:
        """The stripped text of ``para.text[start:end]`` with its position."""
        end = len(para.text) if end is None else end
        raw = para.text[start:end]
        lead = len(raw) - len(raw.lstrip())
        text = raw.strip()
        if not text:
            return None
        b = BlockBuilder()
        b.add(text, para.number, start + lead + 1)
        return b.build(origin=para.origin)

    def notice(self, line: int, message: str) -> None:
        self.audit.notices.append(Notice(line=line, message=message))

    # -- sections --------------------------------------------------------------------
    def section_match(self, para: Para, cue: bool = False) -> SectionMatch | None:
        """The known section a short line names (never a sentence that starts with a domain word).

        A line that is exactly a section name (after numbering) is one; a longer title that
        starts with one ("Assessment (including ...)") needs a heading style, bold, typed
        numbering or capitals, and must not read as a sentence.
        """
        text = para.text.strip().rstrip(":").strip()
        if not text or len(text) > 120 or len(text.split()) > 14:
            return None
        m = self.cat.match_heading(text)
        if m.kind == "extra":
            m = self.cat.match_heading(strip_numbering(text))  # "1. 1. Help ..."
            if m.kind == "extra":
                return None
        bare = normalise(strip_numbering(strip_numbering(text)))
        aliases = [a for v in self.cat.domain_aliases.values() for a in v]
        aliases += [a for v in self.cat.other_aliases.values() for a in v]
        if bare in aliases or re.match(r"^\s*(domain|section)\s*\d\s*$", text, re.IGNORECASE):
            return m
        if re.search(r"[.!?;](\s|$)", strip_numbering(text)):
            return None  # a sentence, not a title
        cue = cue or para.level is not None or para.bold() or bool(_TYPED_NUMBER.match(text))
        cue = cue or (text.upper() == text and any(ch.isalpha() for ch in text))
        return m if cue else None

    def start_section(self, match: SectionMatch, heading: TextBlock, line: int, level: int | None) -> None:
        self.drafts.append(self.current)
        self.current = SectionDraft(match, heading, line=line)
        self.current_level = level
        self.in_actions = match.kind == "actions"
        self.list_seen = False
        if match.kind != "extra":
            self.started = True

    def heading_para(
        self, para: Para, match: SectionMatch | None, level: int | None, force_section: bool = False
    ) -> bool:
        """Start a section at ``para`` if it is one; an "Actions" line inside a domain is a label."""
        if match is None:
            return False
        if match.kind == "actions" and self.current.match.kind == "domain":
            # "Actions" inside a domain is its list label, unless it is a heading as high as the
            # domain's, numbered like a section ("8. Actions"), or starts a table of its own
            same_level = level == 1 or (
                level is not None and self.current_level is not None and level <= self.current_level
            )
            if not (same_level or force_section or _TYPED_NUMBER.match(para.text)):
                self.in_actions = True
                self.list_seen = False
                return True
        heading = self.block(para) or TextBlock(text="")
        self.start_section(match, heading, para.number, level)
        return True

    # -- metadata --------------------------------------------------------------------------
    def meta_field(self, label: str, value: str | None = None) -> str | None:
        """The metadata field a label names. Inside the sections only a specific label with a
        short value that has not been given yet counts ("Child: said ..." is narrative)."""
        key = normalise(label)
        if not self.started and key in _PREAMBLE_ONLY_META:
            return _PREAMBLE_ONLY_META[key]
        name = _meta_name(label)
        if name is None or not self.started:
            return name
        if name in self.meta_seen or key in ("child", "young person", "completed by"):
            return None
        if value is not None and len(value.split()) > 12:
            return None
        return name

    def set_meta(self, name: str, value: str, line: int) -> None:
        value = value.strip()
        if not value or name in self.meta_seen:
            return
        self.meta_seen.add(name)
        if name == "audit_date":
            day = parse_date(value)
            if day is None:
                self.notice(line, f"audit date {value!r} is not a date (write it like 14/02/2023); the date rules cannot run")
                return
            self.audit.audit_date = day
        else:
            setattr(self.audit, name, value)

    def overall_label(self, label: str) -> bool:
        key = normalise(label)
        return key.startswith("overall ") and self.cat.is_grade_label(key[len("overall ") :])

    def set_overall(self, text: str, line: int) -> None:
        grade = self.cat.parse_grade(text.strip(" \t" + _TICKS + _BOXES))
        if grade is not None:
            self.audit.overall_grade = grade
        elif text.strip():
            self.notice(line, f"overall grade {text.strip()!r} is not one of the four grades; it is not used")

    # -- grades ---------------------------------------------------------------------------
    def mentions(self, spans: list[_Span]) -> list[tuple[_Span, int, int, Grade]]:
        out = []
        for sp in spans:
            for m in self.grade_re.finditer(sp.para.text, sp.start, sp.end):
                g = self.cat.parse_grade(m.group(0))
                if g is not None:
                    out.append((sp, m.start(), m.end(), g))
        return out

    def grade_from(self, spans: list[_Span], line: int) -> None:
        """Read the grade a region (a line's rest, a cell) gives the current domain."""
        d = self.current
        spans = [s for s in spans if s.para.text[s.start : s.end].strip()]
        if d.match.kind != "domain":
            if spans:
                self.notice(line, "a grade outside a domain section is not used")
            return
        if d.grade_line is not None:
            if spans:
                self.notice(line, f"a second grade for domain {d.match.number} is ignored (the first is in paragraph {d.grade_line})")
            return
        d.grade_line = line
        if not spans:
            return
        s0 = spans[0]
        lab = _LABEL_LINE.match(s0.para.text[s0.start : s0.end])
        if lab and self.cat.is_grade_label(lab.group("label")):  # "Grade: Good" inside a grade cell
            spans[0] = _Span(s0.para, s0.start + lab.start("rest") if lab.group("rest") else s0.end, s0.end)
            spans = [s for s in spans if s.para.text[s.start : s.end].strip()]
            if not spans:
                return
        mentions = self.mentions(spans)
        grades = {m[3] for m in mentions}
        if len(grades) >= 2:
            self._grade_options(spans, mentions, line)
            return
        if len(mentions) == 1:
            sp, a, b, g = mentions[0]
            rest = "".join(
                s.para.text[s.start : a] + s.para.text[b : s.end] if s is sp else s.para.text[s.start : s.end]
                for s in spans
            )
            if not re.sub(rf"[\s\W{_TICKS}{_BOXES}]+", "", rest):
                d.grade, d.grade_text = g, self.block(sp.para, a, b)
                return
        first = spans[0]
        block = self.block(first.para, first.start, first.end)
        if block is None:
            return
        grade = self.cat.parse_grade(block.text)
        if grade is not None:
            d.grade, d.grade_text = grade, block
        else:
            d.grade_text = block  # kept as written: rule AL103 reports it
        for sp in spans[1:]:  # more paragraphs in a grade cell are narrative
            b = self.block(sp.para, sp.start, sp.end)
            if b is not None:
                d.paragraphs.append(b)

    def _grade_options(self, spans: list[_Span], mentions: list, line: int) -> None:
        """The four grades listed, one marked by a tick, a box, an X, bold, or the others struck through."""
        d = self.current
        # one flat string over the region, to look around each option for its mark
        flat, where = "", {}
        for sp in spans:
            where[id(sp)] = len(flat) - sp.start
            flat += sp.para.text[sp.start : sp.end] + "\n"
        pos = [(where[id(sp)] + a, where[id(sp)] + b) for sp, a, b, _ in mentions]

        def marked(s: str) -> bool:
            return any(ch in _TICKS for ch in s) or bool(_X_MARK.search(s))

        def has_mark(s: str) -> bool:
            return marked(s) or any(ch in _BOXES for ch in s)

        before = has_mark(flat[: pos[0][0]])
        windows = []
        for i, (a, b) in enumerate(pos):
            if before:
                windows.append(flat[(pos[i - 1][1] if i else 0) : a])
            else:
                windows.append(flat[b : (pos[i + 1][0] if i + 1 < len(pos) else len(flat))])
        chosen = [i for i, w in enumerate(windows) if marked(w)]
        if not chosen and not any(has_mark(w) for w in windows):
            bold = [i for i, (sp, a, b, _) in enumerate(mentions) if sp.para.bold(a, b)]
            if len(bold) == 1:
                chosen = bold
            else:
                plain = [i for i, (sp, a, b, _) in enumerate(mentions) if not sp.para.struck(a, b)]
                if len(plain) == 1:
                    chosen = plain
        if len(chosen) == 1:
            sp, a, b, g = mentions[chosen[0]]
            d.grade, d.grade_text = g, self.block(sp.para, a, b)
            return
        if not chosen:
            self.notice(line, f"domain {d.match.number}: the grades are listed but none is marked as chosen")
            return
        picked = " / ".join(mentions[i][3].value for i in chosen)
        self.notice(line, f"domain {d.match.number}: more than one grade is marked ({picked})")
        sp, a, _, _ = mentions[chosen[0]]
        last_sp, _, b, _ = mentions[chosen[-1]]
        d.grade_text = self.block(sp.para, a, b if last_sp is sp else len(sp.para.text))

    def option_paragraph(self, para: Para) -> bool:
        """A short paragraph that is one grade option ("☐ Outstanding")."""
        text = para.text.strip()
        if not text or len(text.split()) > 9:
            return False
        ms = self.mentions([_Span(para, 0, len(para.text))])
        if len(ms) != 1:
            return False
        rest = para.text[: ms[0][1]] + para.text[ms[0][2] :]
        return not re.sub(rf"[\s\W{_TICKS}{_BOXES}]+|(?<![A-Za-z])[Xx](?![A-Za-z])", "", rest)

    def marked_options_line(self, para: Para) -> bool:
        """An unlabelled line listing the grades with tick boxes ("☐ Good ☒ RI ...")."""
        text = para.text
        if len(text.split()) > 24 or not any(ch in _TICKS + _BOXES for ch in text):
            return False
        ms = self.mentions([_Span(para, 0, len(text))])
        return len({m[3] for m in ms}) >= 2

    # -- actions and narrative ----------------------------------------------------------------
    def add_action(self, para: Para, start: int = 0) -> None:
        b = self.block(para, start)
        if b is not None:
            self.current.actions.append(b)

    def add_narrative(self, para: Para, start: int = 0) -> None:
        b = self.block(para, start)
        if b is not None:
            self.current.paragraphs.append(b)

    # -- the flow of paragraphs (body, or a cell) ------------------------------------------------
    def flow(self, paras: list[Para], in_cell: bool = False, actions_cell: bool = False, headings: bool = True) -> None:
        i = 0
        while i < len(paras):
            para = paras[i]
            i += 1
            text = para.text
            if not text.strip():
                continue
            if para.level == 0:  # the document's Title
                continue
            lone = in_cell and len([p for p in paras if p.text.strip()]) == 1
            match = None
            if headings and not actions_cell and not (self.in_actions and para.numbered and not para.bold()):
                match = self.section_match(para, cue=lone)
            if match is not None:
                self.heading_para(para, match, para.level)
                continue
            if para.level is not None:
                if para.level == 1:
                    self.heading_para(para, SectionMatch("extra", None, text.strip()), 1)
                elif self.cat.is_action_label(text.strip().rstrip(":")):
                    self.in_actions, self.list_seen = True, False
                continue  # a sub-heading: structure, not narrative
            lab = _LABEL_LINE.match(text)
            if lab and len(lab.group("label").split()) <= 6:
                label, rest = lab.group("label"), lab.group("rest")
                rest_at = lab.start("rest") if rest else len(text)
                if self.cat.is_grade_label(label) and self.current.match.kind == "domain":
                    spans = [_Span(para, rest_at, len(text))] if rest else []
                    if not rest:
                        while i < len(paras) and self.option_paragraph(paras[i]):
                            spans.append(_Span(paras[i], 0, len(paras[i].text)))
                            i += 1
                    self.grade_from(spans, para.number)
                    self.in_actions = False
                    continue
                if self.overall_label(label):
                    self.set_overall(rest, para.number)
                    continue
                if self.cat.is_action_label(label):
                    self.in_actions, self.list_seen = True, False
                    if rest:
                        self.add_action(para, rest_at)
                    continue
                meta = self.meta_field(label, rest)
                if meta:
                    self.set_meta(meta, rest, para.number)
                    continue
                if not self.started and rest and len(rest.split()) <= 12 and "\t" not in rest:
                    self.notice(para.number, f"form field {label.strip()!r} is not used by auditlint")
                    continue
                if normalise(label) in _NARRATIVE_LABELS and not rest:
                    self.in_actions = False
                    continue
            elif self.cat.is_action_label(text.strip()) and (para.bold() or lone or in_cell):
                self.in_actions, self.list_seen = True, False
                continue
            elif normalise(text) in _NARRATIVE_LABELS and len(text.split()) <= 6:
                self.in_actions = False
                continue
            if (
                self.current.match.kind == "domain"
                and self.current.grade_line is None
                and self.marked_options_line(para)
            ):
                self.grade_from([_Span(para, 0, len(text))], para.number)
                continue
            typed = _TYPED_ITEM.match(text)
            if para.numbered or typed:
                start = typed.end() if typed else 0
                if self.in_actions or actions_cell:
                    self.add_action(para, start)
                    self.list_seen = True
                else:
                    self.add_narrative(para, start)
                continue
            if not self.in_actions and not actions_cell and para.bold() and len(text.split()) <= 10 and not re.search(r"[.!?]\s*$", text):
                continue  # a bold sub-heading of the form
            if actions_cell:
                if not text.rstrip().endswith(":"):
                    self.add_action(para)
                continue
            if self.in_actions:
                if self.current.match.kind == "actions" or not self.list_seen:
                    if text.rstrip().endswith(":"):
                        self.add_narrative(para)
                    else:
                        self.add_action(para)
                    continue
                self.in_actions = False
            self.add_narrative(para)

    # -- tables -----------------------------------------------------------------------------------
    def _role(self, text: str) -> str | None:
        key = normalise(text)
        if not key:
            return None
        if self.cat.is_grade_label(key) or key in ("grading", "grade awarded", "audit grade", "judgement grade"):
            return "grade"
        if self.cat.is_action_label(key):
            return "actions"
        if key in _DOMAIN_COLUMN:
            return "domain"
        if key in _NARRATIVE_LABELS:
            return "narrative"
        if key in _OWNER_LABELS:
            return "owner"
        if key in _WHEN_LABELS:
            return "when"
        g = self.cat.parse_grade(text)
        if g is not None:
            return f"option:{g.value}"
        return None

    def header_roles(self, row: Row) -> dict[int, str] | None:
        cells = [c for c in row.cells if c.text]
        if len(cells) < 2:
            return None
        roles: dict[int, str] = {}
        for c in cells:
            if len([p for p in c.paras if p.text.strip()]) != 1:
                return None
            r = self._role(c.text.rstrip(":"))
            if r is None:
                if self.section_match(c.paras[0], cue=True) is not None:
                    return None
                continue
            roles[c.col] = r
        kinds = set(roles.values())
        options = {r for r in kinds if r.startswith("option:")}
        if len(roles) < 2 or (len(options) and len(options) < 3):
            return None
        if not (kinds & {"grade", "narrative", "actions"} or len(options) >= 3):
            return None
        return roles

    def table(self, t: Table) -> None:
        rows = t.rows
        if not rows:
            return
        # an actions table: a header with an action column and an owner or timescale column
        head = 1 if len(rows) > 1 and not self.header_roles(rows[0]) and self.header_roles(rows[1]) else 0
        roles = self.header_roles(rows[head]) if rows else None
        if roles and "actions" in roles.values() and set(roles.values()) & {"owner", "when"}:
            for row in rows[:head]:
                self.row(row)
            self.action_rows(rows[head + 1 :], roles)
            return
        if roles:
            for row in rows[:head]:
                self.row(row)
            for row in rows[head + 1 :]:
                self.column_row(row, roles)
            self.in_actions = False
            return
        pending: str | None = None
        meta_cols: dict[int, str] | None = None
        for row in rows:
            if meta_cols:
                for c in row.cells:
                    if c.col in meta_cols and c.paras:
                        self.set_meta(meta_cols[c.col], c.text, c.paras[0].number)
                meta_cols = None
                continue
            cells = [c for c in row.cells if c.text]
            if not cells:
                continue
            labels = [self.meta_field(c.text.rstrip(":"), "") for c in cells]
            if len(cells) >= 2 and all(labels):
                meta_cols = {c.col: lab for c, lab in zip(cells, labels) if lab}
                continue
            if pending:
                self.apply_role(pending, cells)
                pending = None
                continue
            pending = self.row(row)

    def action_rows(self, rows: list[Row], roles: dict[int, str]) -> None:
        """One action per row; its cells (action, owner, timescale) are read together."""
        for row in rows:
            b = BlockBuilder()
            origin = None
            domain = None
            for c in row.cells:
                role = roles.get(c.col)
                if role == "domain":
                    m = self.cat.match_heading(c.text) if c.text else None
                    if m is not None and m.kind == "domain":
                        domain = m.number
                    continue
                for p in c.paras:
                    raw = p.text
                    if raw.strip():
                        lead = len(raw) - len(raw.lstrip())
                        b.add(raw.strip(), p.number, lead + 1)
                        origin = origin or p.origin
            if b:
                block = b.build(origin=origin)
                self.current.actions.append(block)
                if domain:
                    self.action_domains[id(block)] = domain

    def column_row(self, row: Row, roles: dict[int, str]) -> None:
        """A row of a table with a header row: "Domain | Grade | Evidence | Actions"."""
        by_role: dict[str, list[Cell]] = {}
        for c in row.cells:
            role = roles.get(c.col)
            if role is None:
                role = "narrative" if c.text else "none"
            by_role.setdefault(role, []).append(c)
        dom = [c for c in by_role.get("domain", []) if c.text]
        if not dom and "domain" not in roles.values():
            first = next((c for c in row.cells if c.text), None)
            if first is not None and self.section_match(first.paras[0], cue=True):
                dom = [first]
                by_role["narrative"] = [c for c in by_role.get("narrative", []) if c is not first]
        if dom:
            paras = [p for p in dom[0].paras if p.text.strip()]
            match = self.section_match(paras[0], cue=True)
            if match is None:
                match = SectionMatch("extra", None, paras[0].text.strip())
            self.start_section(match, self.block(paras[0]) or TextBlock(text=""), paras[0].number, None)
            self.in_actions = False
            if len(paras) > 1:
                self.flow(paras[1:], in_cell=True, headings=False)
        self.in_actions = False
        for c in by_role.get("grade", []):
            self.grade_from([_Span(p, 0, len(p.text)) for p in c.paras], c.paras[0].number if c.paras else 0)
        options = {role[len("option:") :]: cells for role, cells in by_role.items() if role.startswith("option:")}
        if options:
            marked = [(g, c) for g, cells in options.items() for c in cells if c.text and (
                any(ch in _TICKS for ch in c.text) or _X_MARK.search(c.text) or c.text.strip().lower() in ("yes", "y"))]
            line = row.cells[0].paras[0].number if row.cells and row.cells[0].paras else 0
            if self.current.match.kind == "domain" and self.current.grade_line is None:
                self.current.grade_line = line
                if len(marked) == 1:
                    g, c = marked[0]
                    self.current.grade = Grade(g)
                    p = next(p for p in c.paras if p.text.strip())
                    self.current.grade_text = self.block(p)
                elif marked:
                    self.notice(line, f"domain {self.current.match.number}: more than one grade column is marked")
                    p = next(p for p in marked[0][1].paras if p.text.strip())
                    self.current.grade_text = self.block(p)
                else:
                    self.notice(line, f"domain {self.current.match.number}: no grade column is marked")
        for c in by_role.get("narrative", []):
            self.in_actions = False
            self.flow(c.paras, in_cell=True, headings=False)
        for role in ("actions", "owner", "when"):
            for c in by_role.get(role, []):
                if role == "actions":
                    self.flow(c.paras, in_cell=True, actions_cell=True)
        self.in_actions = False

    def apply_role(self, role: str, cells: list[Cell]) -> None:
        paras = [p for c in cells for p in c.paras]
        if role == "grade":
            self.grade_from([_Span(p, 0, len(p.text)) for p in paras], paras[0].number if paras else 0)
        elif role == "actions":
            self.flow(paras, in_cell=True, actions_cell=True)
        elif role == "overall":
            self.set_overall(" ".join(p.text for p in paras), paras[0].number if paras else 0)
        else:
            self.in_actions = False
            self.flow(paras, in_cell=True, headings=False)
        if role != "narrative":
            self.in_actions = False

    def row(self, row: Row) -> str | None:
        """One row of a table without a header row; returns a role the next row fills, if any."""
        cells = [c for c in row.cells if c.text]
        if not cells:
            return None
        first, others = cells[0], cells[1:]
        fparas = [p for p in first.paras if p.text.strip()]
        # a row that names a section: "1. Help, Protection and Stability | Grade: Good | ..."
        match = self.section_match(fparas[0], cue=len(fparas) == 1 or fparas[0].bold() or fparas[0].level is not None)
        if match is not None and not (match.kind == "actions" and others):
            self.heading_para(fparas[0], match, fparas[0].level, force_section=row.index == 1)
            if len(fparas) > 1:
                self.flow(fparas[1:], in_cell=True)
            narrative_seen = len(fparas) > 1
            for c in others:
                ps = [p for p in c.paras if p.text.strip()]
                spans = [_Span(p, 0, len(p.text)) for p in ps]
                is_grade = self.current.match.kind == "domain" and self.current.grade_line is None and (
                    len(ps) == 1 and self.cat.parse_grade(ps[0].text.strip(" \t" + _TICKS + _BOXES)) is not None
                    or len({m[3] for m in self.mentions(spans)}) >= 2 and len(" ".join(p.text for p in ps).split()) <= 24
                )
                if is_grade:
                    self.grade_from(spans, ps[0].number)
                elif narrative_seen and all(p.numbered or _TYPED_ITEM.match(p.text) for p in ps):
                    self.flow(c.paras, in_cell=True, actions_cell=True)
                else:
                    self.in_actions = False
                    self.flow(c.paras, in_cell=True, headings=False)
                    narrative_seen = True
            self.in_actions = self.current.match.kind == "actions"
            return None
        # a labelled row: "Grade | Good", "Evidence | ...", "Actions | ...", "Audit date | 14/02/2023"
        if len(fparas) == 1:
            label = fparas[0].text.strip().rstrip(":").strip()
            role = None
            if self.cat.is_grade_label(label) or normalise(label) in ("grade awarded", "audit grade"):
                role = "grade"
            elif self.overall_label(label):
                role = "overall"
            elif self.cat.is_action_label(label) or (match is not None and match.kind == "actions"):
                role = "actions"
            elif normalise(label) in _NARRATIVE_LABELS:
                role = "narrative"
            else:
                meta = self.meta_field(label, " ".join(c.text for c in others))
                if meta and others:
                    self.set_meta(meta, " ".join(c.text for c in others), fparas[0].number)
                    return None
                if not self.started and others and len(label.split()) <= 6 and all(len(c.text.split()) <= 12 for c in others):
                    self.notice(fparas[0].number, f"form field {label!r} is not used by auditlint")
                    return None
            if role:
                if others:
                    self.apply_role(role, others)
                    return None
                if len(row.cells) > 1:  # the value cell is there but empty: "Grade | (blank)"
                    if role == "grade":
                        self.grade_from([], fparas[0].number)
                    return None
                return role  # the label spans the row: the next row holds its value
        for c in cells:
            self.flow(c.paras, in_cell=True)
        return None

    # -- the whole document -------------------------------------------------------------------
    def read(self, items: list[Para | Table], header_items: list[list[Para | Table]]) -> Audit:
        run: list[Para] = []
        for item in items:
            if isinstance(item, Table):
                self.flow(run)
                run = []
                self.table(item)
            else:
                run.append(item)
        self.flow(run)
        self.drafts.append(self.current)
        # metadata only in the page header (not numbered: it is not in the body)
        for part in header_items:
            self._header_meta(part)
        preamble, *sections = self.drafts
        if preamble.paragraphs or preamble.actions:
            preamble.heading = TextBlock(text="")
            sections.insert(0, preamble)
        audit = assemble(self.audit, sections, self.cat)
        for a in audit.actions:
            if id(a.block) in self.action_domains and a.domain is None:
                a.domain = self.action_domains[id(a.block)]
        if not audit.audit_id:
            audit.audit_id = re.sub(r"\.[^.]+$", "", self.path.replace("\\", "/").rsplit("/", 1)[-1])
        audit.fill_review_period()
        if not audit.domains and not audit.practitioner and not audit.family:
            audit.notices.append(
                Notice(
                    line=1,
                    message="no domain headings found (a domain starts at a Heading-style or bold line naming it, "
                    "or a table row naming it)",
                )
            )
        return audit

    def _header_meta(self, items: list[Para | Table]) -> None:
        paras: list[Para] = []
        for it in items:
            if isinstance(it, Table):
                for row in it.rows:
                    cells = [c for c in row.cells if c.text]
                    for a, b in zip(cells, cells[1:]):
                        name = _meta_name(a.text.rstrip(":"))
                        if name and name not in self.meta_seen:
                            self.set_meta(name, b.text, 1)
                    for c in cells:
                        paras += c.paras
            else:
                paras.append(it)
        for p in paras:
            lab = _LABEL_LINE.match(p.text)
            if lab:
                name = _meta_name(lab.group("label"))
                if name and name not in self.meta_seen:
                    self.set_meta(name, lab.group("rest"), 1)


def _meta_name(label: str) -> str | None:
    key = normalise(label)
    for name, labels in _META_LABELS.items():
        if key in labels:
            return name
    return None


def _header_parts(doc: Any) -> Iterator[Any]:
    """The page-header parts' root elements, read without changing the document."""
    seen: set[int] = set()
    for rel in doc.part.rels.values():
        if rel.is_external or not rel.reltype.endswith("/header"):
            continue
        part = rel.target_part
        if id(part) in seen:
            continue
        seen.add(id(part))
        el = getattr(part, "element", None)
        if el is not None:
            yield el


def read_docx(
    data: bytes,
    path: str,
    cat: SectionCatalogue,
    max_bytes: int | None = None,
    limits: DocxLimits | None = None,
) -> Audit:
    """Read a Word audit; anything unreadable is an :class:`InputError` that says what to do."""
    if limits is None:
        limits = DocxLimits.for_file_limit(max_bytes) if max_bytes else DocxLimits()
    doc = open_docx(data, path, limits)
    try:
        styles_el = doc.styles.element
    except Exception:  # a document without a readable styles part
        styles_el = None
    styles = Styles(styles_el)
    lay = _Layout(styles, limits, path)
    items = lay.body(doc.element.body)
    headers = []
    for el in _header_parts(doc):
        hl = _Layout(styles, limits, path)
        headers.append(hl.body(el))
    return _Reader(path, cat).read(items, headers)


__all__ = [
    "DocxLimits",
    "Piece",
    "Styles",
    "check_package",
    "document_paragraphs",
    "open_docx",
    "paragraph_pieces",
    "read_docx",
]
