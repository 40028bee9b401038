"""``auditlint redact IN -o OUT``: a copy of an audit with identifying details replaced.

For trainers who reuse real audits as teaching material. Every name, date of
birth, address, postcode, phone number, e-mail, NHS number and case number
that :mod:`auditlint.identifying` finds becomes a placeholder ("[Name 1]",
"[Postcode 1]"); the same value always becomes the same placeholder, and a
first name or surname alone takes the placeholder of the full name it belongs
to. The anonymised reference (XXXX) is kept.

* Markdown and text (.md, .markdown, .txt): every byte outside a replaced
  span is kept (encoding, line endings, front matter, layout); the spans are
  found through the reader's source maps. Each front-matter value is checked
  too, read with its key as the cue ("dob: ...", "worker: ..."); only what is
  inside the value is replaced. A ``child_ref`` (or ``child:``) holding the
  child's name rather than an anonymised reference is replaced as a name, and
  that name is then a name everywhere in the body, with the same placeholder.
* Word (.docx): text is replaced inside its runs, keeping their formatting;
  body, tables, page headers and footers are redacted; a hyperlink whose
  target holds a replaced detail (mailto:, tel:) loses its link, keeping its text;
  the document's author and last-modified-by properties are emptied.

The input is never changed; an existing output is replaced only with --force;
the copy is written atomically. What was replaced is printed by kind, never
the values.
"""

from __future__ import annotations

import io
import re
import sys
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import click

TEXT_SUFFIXES = (".md", ".markdown", ".txt")
_NEWLINE = re.compile(r"\r\n|\r|\n")
SUMMARY_LABELS = {
    "name": "name",
    "date_of_birth": "date of birth",
    "address": "address",
    "postcode": "postcode",
    "phone": "phone",
    "email": "e-mail",
    "nhs_number": "NHS number",
    "case_number": "case number",
}
# a front-matter line: "key: value" or a list item "- value" (quotes around the value allowed)
_FRONT_VALUE = re.compile(
    r"^(?P<lead>\s*(?:-\s+)?)(?:(?P<key>[A-Za-z_][\w .-]*?)\s*:(?:\s+|$))?(?P<q>['\"]?)(?P<value>.*?)(?P=q)\s*(?:#.*)?$"
)
_CHILD_KEYS = {"child", "child_ref", "child_name", "name", "young_person", "subject"}


@dataclass
class Redacted:
    """The redacted file's bytes and what was replaced (kinds only)."""

    data: bytes
    kinds: Counter = field(default_factory=Counter)
    distinct: int = 0
    unplaced: int = 0  # details found but not replaceable in place (a form field's value)
    cleared_properties: bool = False  # a Word file's author / last-modified-by were emptied


def default_output(path: Path) -> Path:
    return path.with_name(f"{path.stem}.redacted{path.suffix}")


def summary(r: Redacted) -> str:
    total = sum(r.kinds.values())
    if not total:
        out = "no identifying details found"
        if r.cleared_properties:
            out += "; the document's author properties were cleared"
        return out
    parts = ", ".join(
        f"{n} {SUMMARY_LABELS.get(kind, kind)}" for kind, n in sorted(r.kinds.items(), key=lambda kv: (-kv[1], kv[0]))
    )
    out = f"replaced {total} detail{'s' if total != 1 else ''}: {parts} ({r.distinct} different)"
    if r.unplaced:
        out += f"; {r.unplaced} could not be replaced in place (a form field's value): check them by hand"
    if r.cleared_properties:
        out += "; the document's author properties were cleared"
    return out


# -- shared ----------------------------------------------------------------------------------
def _detect(texts: list[str], detector: Any, child_ref: str, known_names: tuple[str, ...] = ()) -> list[list[Any]]:
    from .. import nlp

    docs = nlp.parse(texts) if texts else []
    return detector.find_all(docs, child_ref=child_ref, known_names=known_names)


def _placeholders(found: list[list[Any]]) -> tuple[list[list[str]], int]:
    """The placeholder of every detail, and how many different ones there are."""
    from ..identifying import assign_placeholders

    flat = assign_placeholders([d for ds in found for d in ds])
    names = iter(flat)
    return [[next(names) for _ in ds] for ds in found], len(set(flat))


# -- Markdown / text -----------------------------------------------------------------------------
@dataclass
class _FrontValue:
    """A front-matter value: its block reads "key: value" (the key, with spaces for underscores,
    is the detector's cue: "dob: ...", "child: ..."); only details inside the value are replaced."""

    block: Any
    value_start: int  # offset of the value in the block's text
    key: str


def _front_values(lines: list[str]) -> list[_FrontValue]:
    from ..model import Segment, TextBlock

    out: list[_FrontValue] = []
    if not lines or lines[0].strip() != "---":
        return out
    for i in range(1, len(lines)):
        if lines[i].strip() in ("---", "..."):
            break
        m = _FRONT_VALUE.match(lines[i])
        if not m or not m.group("value").strip() or m.group("value").strip() in ("|", ">", "[]", "{}", "~", "null"):
            continue
        start = m.start("key") if m.group("key") else m.start("value")
        end = m.end("value")
        key = (m.group("key") or "").strip()
        # the key in words, same length (offsets unchanged): "child_ref" reads "child ref"
        text = lines[i][start:end]
        if key:
            text = text[: len(key)].replace("_", " ") + text[len(key) :]
        seg = Segment(offset=0, line=i + 1, column=start + 1, length=len(text))
        out.append(_FrontValue(TextBlock(text=text, segments=[seg]), m.start("value") - start, key.lower()))
    return out


def _text_blocks(audit: Any, lines: list[str]) -> tuple[list[Any], dict[int, _FrontValue]]:
    """Every block with text the reader placed, plus each value in the front matter (by block id)."""
    blocks = list(audit.blocks())
    for d in audit.domains:
        blocks.append(d.heading)
    for s in (audit.practitioner, audit.family, *audit.extras):
        if s is not None:
            blocks.append(s.heading)
    front = {id(f.block): f for f in _front_values(lines)}
    blocks += [f.block for f in front.values()]
    blocks = [b for b in blocks if b.text.strip()]
    return sorted(blocks, key=lambda b: b.position(0)), front  # reading order: placeholders are numbered in it


def redact_text_file(data: bytes, path: str, detector: Any, cat: Any = None) -> Redacted:
    from ..errors import InputError
    from ..readers import read_text
    from ..readers.decode import decode

    text, encoding = decode(data)
    if "\x00" in text:
        raise InputError(path, "contains NUL bytes: this is not a text file")
    audit = read_text(text, path, "markdown", cat)
    starts = [0] + [m.end() for m in _NEWLINE.finditer(text)]
    lines = _NEWLINE.split(text)
    blocks, front = _text_blocks(audit, lines)
    from ..identifying import Detail, is_anonymised_ref

    # a child_ref that holds the child's name is no anonymised reference: it is a name, here and in the body
    child_ref = audit.child_ref or "XXXX"
    known: tuple[str, ...] = ()
    if not is_anonymised_ref(child_ref):
        known = tuple(w for w in child_ref.split() if w[:1].isupper())
        child_ref = "XXXX"
    found = _detect([b.text for b in blocks], detector, child_ref, known)
    for i, b in enumerate(blocks):
        f = front.get(id(b))
        if f is None:
            continue
        # only what is inside the value (never the key); a child's name under a child key is a name
        ds = [d for d in found[i] if d.start >= f.value_start]
        value = b.text[f.value_start :]
        if f.key in _CHILD_KEYS and not is_anonymised_ref(value.strip()) and not ds:
            ds = [Detail("name", f.value_start, len(b.text), value)]
        found[i] = ds
    places, distinct = _placeholders(found)
    edits: list[tuple[int, int, str, str]] = []
    unplaced = 0
    for block, details, names in zip(blocks, found, places):
        for d, name in zip(details, names):
            (l1, c1), (l2, c2) = block.position(d.start), block.position(d.end)
            a, b = starts[l1 - 1] + c1 - 1, starts[l2 - 1] + c2 - 1
            if " ".join(text[a:b].split()) != " ".join(d.text.split()):
                unplaced += 1  # the source map does not lead back to the same words: leave it
                continue
            edits.append((a, b, name, d.kind))
    edits.sort()
    kept = [e for i, e in enumerate(edits) if i == 0 or e[0] >= edits[i - 1][1]]
    out = _splice(data, text, encoding, kept)
    return Redacted(out, Counter(e[3] for e in kept), distinct, unplaced)


def _splice(data: bytes, text: str, encoding: str, edits: list[tuple[int, int, str, str]]) -> bytes:
    """The original bytes with ``text[a:b]`` replaced, every other byte unchanged."""
    if encoding in ("utf-8", "utf-8-sig"):
        bom = 3 if encoding == "utf-8-sig" else 0

        def at(i: int) -> int:
            return bom + len(text[:i].encode("utf-8"))

        enc = "utf-8"
    elif encoding == "windows-1252":  # one byte per character (undecodable bytes became one U+FFFD)

        def at(i: int) -> int:
            return i

        enc = "cp1252"
    else:  # UTF-16: rebuild the text; its decoding is lossless
        pieces, last = [], 0
        for a, b, name, _ in edits:
            pieces += [text[last:a], name]
            last = b
        pieces.append(text[last:])
        return "".join(pieces).encode("utf-16")
    out, last = [], 0
    for a, b, name, _ in edits:
        out += [data[last : at(a)], name.encode(enc)]
        last = at(b)
    out.append(data[last:])
    return b"".join(out)


# -- Word ------------------------------------------------------------------------------------------
def _word_paragraphs(doc: Any) -> list[Any]:
    """Body and table paragraphs, then those of page headers and footers."""
    from ..readers.word import W_P, document_paragraphs

    paras = list(document_paragraphs(doc))
    seen: set[int] = set()
    for rel in doc.part.rels.values():
        if rel.is_external or not rel.reltype.endswith(("/header", "/footer")):
            continue
        part = rel.target_part
        el = getattr(part, "element", None)
        if el is None or id(part) in seen:
            continue
        seen.add(id(part))
        paras += list(el.iter(W_P))
    return paras


def _replace_in_runs(p: Any, start: int, end: int, placeholder: str) -> bool:
    """Replace paragraph ``p``'s text[start:end] with ``placeholder``, inside the runs it spans."""
    from ..readers.word import W_T, paragraph_pieces

    pieces = [pc for pc in paragraph_pieces(p) if pc.end > start and pc.start < end]
    if not pieces or any(pc.synthetic or pc.child is None for pc in pieces) or pieces[0].child.tag != W_T:
        return False
    placed = False
    for pc in pieces:
        lo, hi = max(start, pc.start) - pc.start, min(end, pc.end) - pc.start
        if pc.child.tag != W_T:
            if lo == 0 and hi == len(pc.text):
                pc.run.remove(pc.child)  # a tab or line break inside the detail
            continue
        t = pc.child
        value = t.text or ""
        t.text = value[:lo] + ("" if placed else placeholder) + value[hi:]
        placed = True
        if t.text and (t.text[0].isspace() or t.text[-1].isspace()):
            t.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
    return placed


def _unlink(doc: Any, paras: list[Any], values: list[str]) -> None:
    """Hyperlinks whose target holds a replaced value lose the link (their text stays)."""
    from ..readers.word import _w

    rid_attr = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id"
    wanted = [v.lower() for v in values if v] + [re.sub(r"\D", "", v) for v in values if len(re.sub(r"\D", "", v)) >= 6]
    for p in paras:
        for link in list(p.iter(_w("hyperlink"))):
            rid = link.get(rid_attr)
            rel = doc.part.rels.get(rid) if rid else None
            if rel is None or not rel.is_external:
                continue
            target = rel.target_ref.lower()
            digits = re.sub(r"\D", "", target)
            if not any(w and (w in target or (w.isdigit() and w in digits)) for w in wanted):
                continue
            parent = link.getparent()
            idx = parent.index(link)
            for child in list(link):
                parent.insert(idx, child)
                idx += 1
            parent.remove(link)
            doc.part.drop_rel(rid)


def redact_docx(data: bytes, path: str, detector: Any, max_bytes: int | None = None) -> Redacted:
    from ..readers.word import DocxLimits, open_docx, paragraph_pieces

    limits = DocxLimits.for_file_limit(max_bytes) if max_bytes else DocxLimits()
    doc = open_docx(data, path, limits)
    paras = _word_paragraphs(doc)
    texts = ["".join(pc.text for pc in paragraph_pieces(p)) for p in paras]
    found = _detect(texts, detector, "XXXX")
    places, distinct = _placeholders(found)
    kinds: Counter = Counter()
    unplaced = 0
    values: list[str] = []
    for p, details, names in zip(paras, found, places):
        for d, name in sorted(zip(details, names), key=lambda x: -x[0].start):  # from the end: offsets stay valid
            if _replace_in_runs(p, d.start, d.end, name):
                kinds[d.kind] += 1
                values.append(d.text)
            else:
                unplaced += 1
    _unlink(doc, paras, values)
    props = doc.core_properties
    cleared = bool(props.author or props.last_modified_by)
    props.author, props.last_modified_by = "", ""  # the auditor's name, kept by Word in the file
    buf = io.BytesIO()
    doc.save(buf)
    return Redacted(buf.getvalue(), kinds, distinct, unplaced, cleared)


# -- the command ------------------------------------------------------------------------------------
@click.command("redact")
@click.argument("path", type=click.Path(dir_okay=False))
@click.option(
    "-o", "--output", type=click.Path(dir_okay=False), help="The redacted copy to write (default: NAME.redacted.EXT)."
)
@click.option("--force", is_flag=True, help="Replace the output file if it exists.")
@click.option("--config", "config_path", type=click.Path(dir_okay=False), help="Use this auditlint.toml or pyproject.toml.")
def command(path, output, force, config_path):
    """Write a copy of an audit (.md, .txt, .docx) with names, dates of birth, addresses and numbers replaced."""
    from ..config import load_config
    from ..errors import AuditlintError, InputError
    from ..io import write_atomic
    from ..lexicons import LexiconStore
    from ..readers import read_bytes
    from ..rulepack import load_specs
    from ..sections import catalogue

    src = Path(path)
    suffix = src.suffix.lower()
    if suffix == ".doc":
        raise InputError(path, "this is an old Word 97-2003 (.doc) file: open it in Word and save it as .docx")
    if suffix not in (*TEXT_SUFFIXES, ".docx"):
        raise InputError(path, f"redact reads Markdown (.md, .txt) and Word (.docx) audits, not {suffix or 'this file'}")
    out = Path(output) if output else default_output(src)
    if out.suffix.lower() != suffix and not (suffix in TEXT_SUFFIXES and out.suffix.lower() in TEXT_SUFFIXES):
        raise AuditlintError(f"{out}: the redacted copy has the input's format; give it a {suffix} name")
    try:
        if out.resolve() == src.resolve():
            raise AuditlintError(f"{out}: refusing to write over the input file")
    except OSError:
        pass
    if out.exists() and not force:
        raise AuditlintError(f"{out}: already exists; use --force to replace it")
    cfg = load_config(Path(config_path) if config_path else None)
    max_bytes = int(cfg.limits.max_file_mb * 1024 * 1024)
    data = read_bytes(src, path, max_bytes)
    detector = _detector(cfg, load_specs(tuple(cfg.rule_dirs)), LexiconStore(tuple(cfg.lexicon_dirs)))
    if suffix == ".docx":
        done = redact_docx(data, path, detector, max_bytes)
    else:
        extra = tuple(sorted(p for d in cfg.rule_dirs for p in [d / "sections.yml"] if p.is_file()))
        done = redact_text_file(data, path, detector, catalogue(extra))
    write_atomic(out, done.data, force=force, inputs=(str(src),))
    click.echo(f"auditlint: wrote {out}: {summary(done)}", err=True)
    sys.exit(0)


def _detector(cfg: Any, specs: dict, lexicons: Any) -> Any:
    """The detector configured as AL701 is (its parameters and the authority's overrides)."""
    from pydantic import ValidationError

    from ..errors import ConfigError
    from ..identifying import Detector
    from ..ruletypes.identifying import IdentifyingDetail

    spec = specs.get("AL701")
    params = {**(spec.parameters if spec is not None else {}), **cfg.rules.get("AL701", {})}
    try:
        p = IdentifyingDetail.Params.model_validate(params)
    except ValidationError as exc:
        err = exc.errors()[0]
        key = ".".join(str(x) for x in err["loc"])
        raise ConfigError(f"{cfg.source or 'configuration'}: AL701 parameter {key}: {err['msg']}") from None
    return Detector(
        lexicons,
        kinds=p.kinds,
        case_number_pattern=p.case_number_pattern,
        role_lexicon=p.role_lexicon,
        ignore_lexicon=p.ignore_lexicon,
        vocabulary_lexicon=p.vocabulary_lexicon,
        extra_ignore=tuple(cfg.vocabulary),
    )
