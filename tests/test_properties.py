"""Property-based tests (hypothesis): any text, any bytes, any structure ends in an audit or one clear error.

For every reader (Markdown, JSON, YAML, Word) and for the whole ``check``:

* a reader returns an :class:`Audit` or raises :class:`InputError` whose message
  starts with the file name and carries a line (within the file) where there is
  one: never another exception, never a hang;
* every block of a Markdown audit maps back to the exact characters of its source line;
* the engine checks any audit a reader accepts without an internal error;
* ``auditlint check`` exits 0, 1 or 2 and never prints a traceback.

The strategies build audit-shaped documents (front matter, domain headings in
odd case and spacing, grades with typos, lists, nesting, directives, control
characters), not only random text. Example counts are modest (the machine is
shared); the parse-free properties run more.
"""

from __future__ import annotations

import io
import json
import os
import shutil
import tempfile
import zipfile
from pathlib import Path

import docx
import pytest
import yaml
from click.testing import CliRunner
from hypothesis import HealthCheck, assume, example, given, settings
from hypothesis import strategies as st

from auditlint.cli import main
from auditlint.config import LimitsConfig
from auditlint.errors import InputError, set_debug
from auditlint.model import DOMAIN_NAMES, Audit, Grade
from auditlint.readers import read_path, read_text
from auditlint.readers.decode import split_lines
from auditlint.readers.word import read_docx
from auditlint.sections import catalogue

from .conftest import engine_for

_QUIET = [HealthCheck.too_slow, HealthCheck.data_too_large]
FAST = settings(max_examples=300, deadline=None, suppress_health_check=_QUIET)  # parse-free, plain strategies
SHAPED = settings(max_examples=80, deadline=None, suppress_health_check=_QUIET)  # audit-shaped documents
SLOW = settings(max_examples=25, deadline=None, suppress_health_check=_QUIET)  # the engine (spaCy)
WORD = settings(max_examples=20, deadline=None, suppress_health_check=_QUIET)  # python-docx writes each one
CLI = settings(max_examples=6, deadline=None, suppress_health_check=_QUIET)

SMALL_LIMITS = LimitsConfig(max_paragraphs=200, max_paragraph_chars=2000)


def assert_clear(err: InputError, path: str, text: str | None = None) -> None:
    """A clear input error: starts with the file name; a line, when given, is in the file."""
    assert str(err).startswith(f"{path}:"), str(err)
    assert err.message and "Traceback" not in err.message
    assert "\n" not in err.message
    if err.line is not None:
        assert err.line >= 1
        if text is not None:
            assert err.line <= len(split_lines(text)) + 1, (err.line, str(err))
    if err.column is not None:
        assert err.line is not None and err.column >= 1


def read_or_error(text: str, path: str, fmt: str = "markdown") -> Audit | None:
    try:
        audit = read_text(text, path, fmt, limits=SMALL_LIMITS)
    except InputError as err:
        assert_clear(err, path, text)
        return None
    assert isinstance(audit, Audit) and audit.path == path
    return audit


# -- strategies: audit-shaped text ---------------------------------------------------------------
ODD = st.sampled_from(["", " ", "  ", "\t", "\u00a0", "\x0b", "\x0c", "\x1c", "\x85", "\u2028", "\x01", "\x7f", "\ufeff", "\u200b"])
GRADES = [g.value for g in Grade] + ["RI", "Requires Improvement", "ri to be good", "Judgement: Good"]
ALIASES = list(DOMAIN_NAMES.values()) + [
    "Help, protection & stability",
    "Practitioner discussion",
    "Family and child feedback",
    "Actions",
    "Domain 3",
    "Summary",
]


def _typo(draw, word: str) -> str:
    if not word or not draw(st.booleans()):
        return word
    i = draw(st.integers(0, len(word) - 1))
    kind = draw(st.sampled_from(["drop", "double", "swap", "replace"]))
    if kind == "drop":
        return word[:i] + word[i + 1 :]
    if kind == "double":
        return word[: i + 1] + word[i:]
    if kind == "swap" and i + 1 < len(word):
        return word[:i] + word[i + 1] + word[i] + word[i + 2 :]
    return word[:i] + draw(st.sampled_from("aeiouxz*_:#-")) + word[i + 1 :]


def _case(draw, word: str) -> str:
    return draw(st.sampled_from([word, word.upper(), word.lower(), word.title(), word.swapcase()]))


@st.composite
def headings(draw) -> str:
    level = "#" * draw(st.integers(1, 3))
    name = draw(st.sampled_from(ALIASES) | st.text(max_size=30))
    name = _case(draw, _typo(draw, name))
    number = draw(st.sampled_from(["", "1. ", "3) ", "Domain 2 - ", "(4) ", "vii. ", "Section 9: "]))
    spaces = draw(st.sampled_from([" ", "   ", "\t", " \t "]))
    closing = draw(st.sampled_from(["", " #", " ##", "  ", "#"]))
    return f"{level}{spaces}{number}{name}{closing}"


@st.composite
def grade_lines(draw) -> str:
    label = draw(st.sampled_from(["Grade", "grade", "GRADE", "Judgement", "**Grade**", "_Grade_", "Grade ", "Judgment"]))
    value = draw(st.sampled_from(GRADES) | st.text(max_size=20))
    value = _case(draw, _typo(draw, value))
    return f"{label}:{draw(st.sampled_from(['', ' ', '  ']))}{value}{draw(ODD)}"


WORDS = st.sampled_from(
    "XXXX the child mother social worker plan was reviewed by 14 March 2023 she said it helped her feel safe "
    "supervision CIN CP LAC \"quoted\" 'single' — … & < > * _ # : - 1. 2) • [link](x) `code` ~~strike~~".split()
)


@st.composite
def sentences(draw) -> str:
    words = draw(st.lists(WORDS | st.text(max_size=8), min_size=1, max_size=25))
    return draw(ODD).join(words) if draw(st.booleans()) else " ".join(words)


@st.composite
def list_blocks(draw) -> str:
    items = []
    for _ in range(draw(st.integers(1, 6))):
        depth = draw(st.integers(0, 12))
        marker = draw(st.sampled_from(["-", "*", "+", "•", "1.", "2)", "10."]))
        items.append("  " * depth + f"{marker} {draw(sentences())}")
    head = draw(st.sampled_from(["", "Actions:\n", "**Actions:**\n", "Recommendations:\n", "Actions: first one\n"]))
    return head + "\n".join(items)


@st.composite
def front_matter(draw) -> str:
    keys = st.sampled_from(["audit_id", "child_ref", "audit_date", "auditor", "review_start", "review_end", "overall_grade", "team", "Audit_Date"])
    values = st.sampled_from(["2023-02-14", "14/02/2023", "14 February 2023", "2023-02-30", "0001-01-01", "Good", "Godo", "[a, b]", "{x: 1}", "", "~", "'quoted'", "*alias", "&anchor x", "!tag x", "12"]) | st.text(max_size=15)
    lines = [f"{draw(keys)}: {draw(values)}" for _ in range(draw(st.integers(0, 5)))]
    close = draw(st.sampled_from(["---", "...", "---", ""]))
    return "---\n" + "\n".join(lines) + ("\n" + close if close else "") + "\n"


@st.composite
def markdown_audits(draw) -> str:
    parts = [draw(front_matter())] if draw(st.booleans()) else []
    for _ in range(draw(st.integers(0, 6))):
        parts.append(draw(headings()))
        for _ in range(draw(st.integers(0, 3))):
            parts.append(
                draw(
                    st.one_of(
                        grade_lines(),
                        sentences(),
                        list_blocks(),
                        st.just("<!-- auditlint: disable=AL4 -->"),
                        st.just("<!-- a comment\nover lines -->"),
                        st.text(max_size=40),
                    )
                )
            )
    sep = draw(st.sampled_from(["\n\n", "\n", "\r\n\r\n", "\r\r", "\n\n\n"]))
    return sep.join(parts) + draw(st.sampled_from(["", "\n", "\r\n"]))


# -- Markdown --------------------------------------------------------------------------------------
def _assert_blocks_map_to_source(audit: Audit, text: str) -> None:
    lines = split_lines(text)
    blocks = [*audit.blocks(), *(d.heading for d in audit.domains), *(d.grade_text for d in audit.domains if d.grade_text)]
    for b in blocks:
        for seg in b.segments if b.text else []:
            assert 1 <= seg.line <= len(lines)
            src = lines[seg.line - 1][seg.column - 1 : seg.column - 1 + seg.length]
            assert src == b.text[seg.offset : seg.offset + seg.length], (seg, b.text)


@FAST
@given(st.text())
@example("# a" + " " * 5000 + "b")
@example("---\n")
@example("\ufeff# Assessment\nGrade: \x00")
def test_markdown_any_text(text):
    audit = read_or_error(text, "any.md")
    if audit is not None:
        _assert_blocks_map_to_source(audit, text)


@SHAPED
@given(markdown_audits())
def test_markdown_audit_shaped(text):
    audit = read_or_error(text, "shaped.md")
    if audit is not None:
        _assert_blocks_map_to_source(audit, text)
        assert len({d.number for d in audit.domains}) == len(audit.domains)  # a duplicate is kept as an extra


@FAST
@given(st.sampled_from(GRADES[:4]), st.data())
def test_a_grade_typo_is_accepted_or_names_the_line_and_a_grade(grade, data):
    written = _typo(data.draw, _case(data.draw, grade))
    text = f"# Assessment\n\nGrade: {written}\n"
    try:
        audit = read_text(text, "t.md")
    except InputError as err:
        assert_clear(err, "t.md", text)
        assert err.line == 3 and "AL103" in err.message and "accepted: Outstanding" in err.message
    else:
        assert audit.domains[0].grade is not None


# -- JSON and YAML -----------------------------------------------------------------------------------
SCALARS = st.none() | st.booleans() | st.integers(-10, 10**20) | st.floats(allow_nan=True) | st.text(max_size=30)
ANY_JSON = st.recursive(SCALARS, lambda kids: st.lists(kids, max_size=4) | st.dictionaries(st.text(max_size=10), kids, max_size=4), max_leaves=20)
TEXTISH = st.one_of(sentences(), st.text(max_size=30), st.integers(), st.none(), st.lists(st.text(max_size=5), max_size=2), st.fixed_dictionaries({"text": st.text(max_size=20)}))


@st.composite
def typo_grades(draw) -> str:
    return _case(draw, _typo(draw, draw(st.sampled_from(GRADES))))


@st.composite
def audit_structures(draw) -> dict:
    domain = st.fixed_dictionaries(
        {"number": st.integers(-1, 9) | st.text(max_size=3)},
        optional={
            "grade": typo_grades() | st.none() | st.integers(),
            "heading": TEXTISH,
            "paragraphs": st.lists(TEXTISH, max_size=4) | TEXTISH,
            "actions": st.lists(TEXTISH | st.fixed_dictionaries({"block": TEXTISH, "domain": st.integers(0, 9)}), max_size=3),
            "name": TEXTISH,
        },
    )
    return draw(
        st.fixed_dictionaries(
            {},
            optional={
                "audit_id": TEXTISH,
                "audit_date": st.sampled_from(["2023-02-14", "2023-02-30", "0001-01-01", "14/02/2023", "x"]) | st.integers(),
                "overall_grade": st.sampled_from(GRADES) | st.text(max_size=10),
                "domains": st.lists(domain, max_size=9) | ANY_JSON,
                "practitioner": st.fixed_dictionaries({"paragraphs": st.lists(TEXTISH, max_size=2)}) | ANY_JSON,
                "actions": st.lists(TEXTISH, max_size=3),
                "extras": ANY_JSON,
                "notices": ANY_JSON,
                "source_format": st.sampled_from(["json", "docx", "x"]),
                "path": st.text(max_size=5),
            },
        )
    )


@SHAPED
@given(st.one_of(audit_structures(), ANY_JSON), st.sampled_from([None, 1, 2]))
def test_json_any_structure(data, indent):
    text = json.dumps(data, indent=indent, allow_nan=True)
    read_or_error(text, "s.json", "json")


@FAST
@given(st.text())
@example('{"a": ' * 3000)
@example('{"domains": [{"number": 1e999}]}')
def test_json_any_text(text):
    read_or_error(text, "t.json", "json")


@SHAPED
@given(st.one_of(audit_structures(), ANY_JSON), st.sampled_from([False, True]))
# found by hypothesis: YAML counts NEL (U+0085) as a line break, an editor does not
@example({"overall_grade": "0", "audit_id": "XXXX\x85XXXX\x85XXXX"}, False)
@example({"overall_grade": "", "audit_id": "XXXX\x85XXXX\x85XXXX"}, True)
def test_yaml_any_structure(data, flow):
    text = yaml.safe_dump(data, default_flow_style=flow, allow_unicode=True)
    read_or_error(text, "s.yaml", "yaml")


@FAST
@given(st.text())
@example("a: &x [*x]")
@example("audit_date: 2023-02-30")
@example("domains: !!python/object:os.system x")
def test_yaml_any_text(text):
    read_or_error(text, "t.yaml", "yaml")


# -- bytes from disk, any suffix ----------------------------------------------------------------------
_TMP = Path(tempfile.mkdtemp(prefix="auditlint-props-"))


@pytest.fixture(autouse=True, scope="module")
def _remove_tmp():
    yield
    shutil.rmtree(_TMP, ignore_errors=True)


@FAST
@given(st.binary(max_size=2000), st.sampled_from([".md", ".txt", ".json", ".yaml", ".yml", ".docx", ".doc", ".odt"]))
@example(b"\xef\xbb\xbf# A\xff", ".md")
@example(b"\xff\xfeodd", ".md")
@example(b"PK\x03\x04", ".docx")
def test_any_bytes_any_suffix(data, suffix):
    p = _TMP / f"f{suffix}"
    p.write_bytes(data)
    try:
        audit = read_path(p, limits=SMALL_LIMITS)
    except InputError as err:
        assert_clear(err, str(p))
    else:
        assert isinstance(audit, Audit)


@SHAPED
@given(markdown_audits(), st.sampled_from(["utf-8", "utf-8-sig", "cp1252", "utf-16", "latin-1"]), st.binary(max_size=8))
def test_audit_shaped_text_in_any_encoding(text, encoding, junk):
    data = text.encode(encoding, errors="replace") + junk
    p = _TMP / "enc.md"
    p.write_bytes(data)
    try:
        read_path(p, limits=SMALL_LIMITS)
    except InputError as err:
        assert_clear(err, str(p))


# -- Word ---------------------------------------------------------------------------------------------
def _xml_safe(s: str) -> str:
    return "".join(c for c in s if c in "\t\n\r" or (" " <= c <= "\ud7ff") or ("\ue000" <= c <= "\ufffd"))


@st.composite
def word_audits(draw) -> bytes:
    doc = docx.Document()
    for _ in range(draw(st.integers(0, 6))):
        kind = draw(st.sampled_from(["heading", "bold", "para", "grade", "list", "table"]))
        text = _xml_safe(draw(st.one_of(headings().map(lambda h: h.lstrip("# \t")), sentences(), grade_lines())))
        if kind == "heading":
            doc.add_heading(text, level=draw(st.integers(1, 3)))
        elif kind == "bold":
            doc.add_paragraph().add_run(text).bold = True
        elif kind == "list":
            doc.add_paragraph(text, style=draw(st.sampled_from(["List Bullet", "List Number"])))
        elif kind == "table":
            rows, cols = draw(st.integers(1, 4)), draw(st.integers(1, 4))
            t = doc.add_table(rows=rows, cols=cols)
            for r in range(rows):
                for c in range(cols):
                    t.cell(r, c).text = _xml_safe(draw(st.one_of(st.sampled_from(GRADES + ALIASES + ["Grade", "Actions", "✓", "X", ""]), sentences())))
        else:
            doc.add_paragraph(text)
    buf = io.BytesIO()
    doc.save(buf)
    return buf.getvalue()


def _read_docx_or_error(data: bytes) -> Audit | None:
    try:
        return read_docx(data, "w.docx", catalogue())
    except InputError as err:
        assert_clear(err, "w.docx")
        return None


@WORD
@given(word_audits())
def test_word_audit_shaped(data):
    audit = _read_docx_or_error(data)
    assert audit is not None  # python-docx wrote it: always readable


_BASES: list[bytes] = []


def _base_documents() -> list[bytes]:
    """A few real .docx files to damage (built once: python-docx is slow to save)."""
    if not _BASES:
        for shape in ("headings", "table"):
            doc = docx.Document()
            doc.add_heading("Assessment", level=1)
            doc.add_paragraph("Grade: Good")
            doc.add_paragraph("The plan was reviewed and it helped XXXX feel safe.")
            if shape == "table":
                t = doc.add_table(rows=2, cols=2)
                t.cell(0, 0).text, t.cell(0, 1).text, t.cell(1, 0).text = "Grade", "Good", "Actions"
            buf = io.BytesIO()
            doc.save(buf)
            _BASES.append(buf.getvalue())
    return _BASES


@SHAPED
@given(st.integers(0, 1), st.data())
def test_word_corrupted_bytes(which, draw):
    data = _base_documents()[which]
    how = draw.draw(st.sampled_from(["truncate", "overwrite", "prefix", "member"]))
    if how == "truncate":
        data = data[: draw.draw(st.integers(0, len(data)))]
    elif how == "overwrite":
        i = draw.draw(st.integers(0, len(data) - 1))
        data = data[:i] + draw.draw(st.binary(min_size=1, max_size=64)) + data[i + 64 :]
    elif how == "prefix":
        data = b"PK\x03\x04" + draw.draw(st.binary(max_size=500))
    else:  # a valid zip whose document part is any bytes
        with zipfile.ZipFile(io.BytesIO(data)) as z:
            parts = {n: z.read(n) for n in z.namelist()}
        parts["word/document.xml"] = draw.draw(st.binary(max_size=300) | st.text(max_size=300).map(str.encode))
        buf = io.BytesIO()
        with zipfile.ZipFile(buf, "w") as z:
            for n, b in parts.items():
                z.writestr(n, b)
        data = buf.getvalue()
    _read_docx_or_error(data)


# -- the whole check ---------------------------------------------------------------------------------
@SLOW
@given(markdown_audits())
def test_engine_checks_any_audit_a_reader_accepts(text):
    audit = read_or_error(text, "e.md")
    assume(audit is not None)
    result = engine_for().check([audit])[0]
    internal = [f.message for f in result.findings if f.code == "AL000"]
    assert not internal, internal
    assert 0 <= result.score <= 100


@CLI
@given(st.lists(st.one_of(markdown_audits().map(str.encode), st.binary(max_size=300)), min_size=1, max_size=3), st.sampled_from(["text", "json"]))
def test_check_command_on_generated_files(contents, fmt):
    folder = Path(tempfile.mkdtemp(dir=_TMP))
    for i, data in enumerate(contents):
        (folder / f"a{i}.md").write_bytes(data)
    old = os.getcwd()
    try:
        os.chdir(folder)
        res = CliRunner().invoke(main, ["check", ".", "--format", fmt], catch_exceptions=False)
    finally:
        os.chdir(old)
        set_debug(False)
    assert res.exit_code in (0, 1, 2), res.output
    assert "Traceback" not in res.output and "internal error" not in res.output
    if fmt == "json":
        doc = json.loads(res.stdout)
        assert len(doc["audits"]) + len(doc["errors"]) == len(contents)  # every file reported
        assert (res.exit_code == 2) == bool(doc["errors"])
