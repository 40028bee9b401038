"""Hostile and broken input, case by case: every file ends in findings or one clear error.

Each named case of the issue ("Hostile and broken input") is a test here; the
property-based tests over the same readers are in ``test_properties.py``.
What every case checks: the exit status is 0, 1 or 2, never a traceback; an
error names the file (and the line where there is one); no error quotes the
audit's text unless ``--debug`` (see the rule in ``auditlint/errors.py``).
"""

from __future__ import annotations

import copy
import io
import json
import os
import time
from collections.abc import Iterator

import docx
import pytest
from click.testing import CliRunner

from auditlint.cli import main
from auditlint.config import Config, LimitsConfig
from auditlint.engine import Engine
from auditlint.errors import InputError, set_debug
from auditlint.model import Audit, Domain, TextBlock
from auditlint.readers import read_path, read_text
from auditlint.rulepack import RuleSpec, load_specs
from auditlint.ruletypes import REGISTRY, Hit, RuleType, register

from .docx_builders import zip_bytes

SENTINEL = "Zqxvelline"  # a word no rule, catalogue or message contains: audit text when it appears

GOOD = """\
---
audit_id: G1
audit_date: 2023-02-14
---
# Assessment
Grade: Good

The assessment explains what life is like for XXXX, and it has helped her feel safe at home.
"""


def run(*args: str, cwd=None):
    """``auditlint ARGS`` in-process; exceptions escaping the command fail the test."""
    old = os.getcwd()
    try:
        if cwd:
            os.chdir(cwd)
        res = CliRunner().invoke(main, list(args), catch_exceptions=False)
    finally:
        os.chdir(old)
        set_debug(False)
    assert res.exit_code in (0, 1, 2), res.output
    assert "Traceback" not in res.stdout
    if "--debug" not in args:
        assert "Traceback" not in res.stderr
    return res


def _docx_bytes(doc) -> bytes:
    buf = io.BytesIO()
    doc.save(buf)
    return buf.getvalue()


def _many_tables(n: int) -> bytes:
    doc = docx.Document()
    doc.add_heading("Assessment", level=1)
    t = doc.add_table(rows=1, cols=1)
    for _ in range(n - 1):
        doc.element.body.append(copy.deepcopy(t._tbl))
    return _docx_bytes(doc)


ZIP_BOMB = zip_bytes({"[Content_Types].xml": b"<Types/>", "word/document.xml": b"\0" * (12 * 1024 * 1024)})


# -- empty files and front matter only ---------------------------------------------------------------
@pytest.mark.parametrize(
    "name,exit_code,needle",
    [
        ("empty.md", 1, "AL101"),  # read as an audit with no domains: findings, not an error
        ("empty.txt", 1, "AL101"),
        ("empty.json", 2, "not valid JSON"),
        ("empty.yaml", 2, "expected an audit object"),
        ("empty.docx", 2, "is empty (0 bytes)"),
    ],
)
def test_empty_file(tmp_path, name, exit_code, needle):
    (tmp_path / name).write_bytes(b"")
    res = run("check", name, "--select", "AL1", cwd=tmp_path)
    assert res.exit_code == exit_code and needle in res.output and name in res.output


def test_only_front_matter(tmp_path):
    (tmp_path / "fm.md").write_text("---\naudit_id: F1\naudit_date: 2023-02-14\n---\n")
    res = run("check", "fm.md", "--select", "AL1", "--format", "json", cwd=tmp_path)
    audit = json.loads(res.output)["audits"][0]
    assert res.exit_code == 1 and audit["audit_id"] == "F1"
    assert {f["code"] for f in audit["findings"]} >= {"AL101"}
    assert any("no domain headings" in n["message"] for n in audit["notices"])
    # front matter that never closes, or that is not key: value, is an error naming line 1 or 2
    (tmp_path / "open.md").write_text("---\naudit_id: F1\n")
    res = run("check", "open.md", cwd=tmp_path)
    assert res.exit_code == 2 and "open.md:1: front matter starts with '---'" in res.output
    (tmp_path / "list.md").write_text("---\n- a\n- b\n---\n")
    res = run("check", "list.md", cwd=tmp_path)
    assert res.exit_code == 2 and "list.md:2: front matter must be 'key: value' lines" in res.output


# -- duplicated domains -------------------------------------------------------------------------------
def test_duplicated_domains_are_kept_and_reported(tmp_path):
    md = "# Assessment\nGrade: Good\n\nFirst.\n\n# ASSESSMENT\nGrade: Inadequate\n\nSecond.\n"
    a = read_text(md, "dup.md")
    assert [d.number for d in a.domains] == [3] and a.domains[0].paragraphs[0].text == "First."
    assert any("domain 3 (Assessment) appears again" in n.message and n.line == 6 for n in a.notices)
    j = json.dumps({"domains": [{"number": 3, "paragraphs": ["First."]}, {"number": 3, "paragraphs": ["Second."]}]})
    a = read_text(j, "dup.json", "json")
    assert [d.number for d in a.domains] == [3] and a.domains[0].paragraphs[0].text == "First."
    assert a.extras[0].paragraphs[0].text == "Second." and "appears again" in a.notices[0].message
    (tmp_path / "dup.yaml").write_text("domains:\n  - number: 3\n    paragraphs: [First.]\n  - number: 3\n")
    res = run("check", "dup.yaml", "--select", "AL1", cwd=tmp_path)
    assert res.exit_code == 1 and "appears again" in res.output


# -- grades with typos: the nearest grade is suggested -------------------------------------------------
@pytest.mark.parametrize(
    "written,nearest",
    [
        ("Requires Improvment", "Requires Improvement to be Good"),
        ("Godo", "Good"),
        ("Outstandng", "Outstanding"),
        ("Inadequte", "Inadequate"),
        ("requires improvement to be god", "Requires Improvement to be Good"),
    ],
)
def test_grade_typo_names_the_line_and_the_nearest_grade(tmp_path, written, nearest):
    with pytest.raises(InputError) as err:
        read_text(f"# Assessment\n\nGrade: {written}\n", "g.md")
    e = err.value
    assert (e.path, e.line, e.column) == ("g.md", 3, 8)
    assert "AL103" in e.message and f"did you mean {nearest!r}" in e.message
    for fmt, text, line in (
        ("json", json.dumps({"domains": [{"number": 3, "grade": written}]}, indent=1), 5),
        ("yaml", f"domains:\n  - number: 3\n    grade: {written}\n", 3),
    ):
        with pytest.raises(InputError) as err:
            read_text(text, f"g.{fmt}", fmt)
        assert err.value.line == line and f"did you mean {nearest!r}" in err.value.message
    (tmp_path / "g.md").write_text(f"# Assessment\nGrade: {written}\n")
    res = run("check", "g.md", cwd=tmp_path)
    assert res.exit_code == 2 and "g.md:2:8: AL103" in res.output and nearest in res.output


def test_a_sentence_where_the_grade_goes_is_not_quoted():
    with pytest.raises(InputError) as err:
        read_text(f"# Assessment\nGrade: Good, but {SENTINEL} missed 3 visits.\n", "g.md")
    assert "did you mean 'Good'" in err.value.message and SENTINEL not in str(err.value)
    assert SENTINEL in err.value.detail
    # the documented exception: a value that reads as a (mistyped) grade word is quoted
    with pytest.raises(InputError) as err:
        read_text("# Assessment\nGrade: Excelent\n", "g.md")
    assert "AL103 grade 'Excelent' is not one of the four grades" in str(err.value)


# -- headings in odd case and spacing ------------------------------------------------------------------
@pytest.mark.parametrize(
    "heading,number",
    [
        ("#   ASSESSMENT   ", 3),
        ("#\tassessment", 3),
        ("# 3.   Assessment ##", 3),
        ("#  Domain 3 -  aSSessment", 3),
        ("# help,  PROTECTION & stability", 1),
        ("## 7)\tImpact and overall OUTCOMES", 7),
        ("# Domain 5", 5),
        ("# **Recording and Communication**", 2),
    ],
)
def test_headings_in_odd_case_and_spacing(heading, number):
    a = read_text(f"{heading}\nGrade: Good\n\nText.\n", "h.md")
    assert [d.number for d in a.domains] == [number]


def test_unknown_heading_is_kept_and_reported():
    a = read_text("# Assesment of risk\n\nText.\n", "h.md")
    assert not a.domains and a.extras[0].paragraphs[0].text == "Text."
    assert any("unknown section heading" in n.message for n in a.notices)


# -- 2 MB of one paragraph; long lines are read in linear time -----------------------------------------
def test_two_megabytes_of_one_paragraph_is_refused_fast_with_the_line(tmp_path):
    p = tmp_path / "big.md"
    p.write_text("# Assessment\nGrade: Good\n\n" + ("The plan was reviewed. " * 90_000) + "\n")
    assert p.stat().st_size > 2_000_000
    started = time.perf_counter()
    res = run("check", "big.md", cwd=tmp_path)
    assert time.perf_counter() - started < 20
    assert res.exit_code == 2
    assert "big.md:4: a paragraph has 2069999 characters (limit [limits] max_paragraph_chars = 100000)" in res.output
    for fmt, text in (("json", json.dumps({"domains": [{"number": 3, "paragraphs": ["x " * 1_000_000]}]})),):
        with pytest.raises(InputError, match="max_paragraph_chars"):
            read_text(text, "big.json", fmt)


@pytest.mark.parametrize(
    "line",
    [
        "# a" + " " * 2_000_000 + "b",  # a heading: once cubic in the spaces
        "- a" + " " * 2_000_000 + "b",  # a list item: once quadratic
        " " * 2_000_000 + "b",  # a label line: once quadratic
        "Grade: a" + " " * 2_000_000 + "b",
        "a" + " " * 2_000_000 + "b: c",
        "<!-- auditlint: disable=AL1" + " " * 2_000_000 + "x -->",
        "# Domain 1" + "\u3000" * 2_000_000,
    ],
    ids=["heading", "list", "indent", "grade", "label", "directive", "domain-number"],
)
def test_two_megabyte_lines_are_read_in_linear_time(line):
    started = time.perf_counter()
    try:
        read_text(line + "\n", "long.md", limits=LimitsConfig(max_paragraph_chars=2_000_000, max_chars=10_000_000))
    except InputError:
        pass
    assert time.perf_counter() - started < 5


# -- deeply nested lists and structures -----------------------------------------------------------------
def test_deeply_nested_markdown_lists_are_read(tmp_path):
    items = "\n".join("  " * i + f"- item {i}" for i in range(2000))
    p = tmp_path / "nested.md"
    p.write_text(f"# Assessment\nGrade: Good\n\nActions:\n{items}\n")
    a = read_path(p)
    assert len(a.domains[0].actions) == 2000
    items = "\n".join("  " * i + ("- " if i % 2 else "1. ") + f"item {i}" for i in range(100))
    p.write_text(f"# Assessment\nGrade: Good\n\n{items}\n\nActions:\n{items}\n")
    res = run("check", "nested.md", "--select", "AL1,AL3", cwd=tmp_path)
    assert res.exit_code in (0, 1)


@pytest.mark.parametrize(
    "name,text,needle",
    [
        ("deep.json", "[" * 100_000 + "]" * 100_000, "nested too deeply"),
        ("deep2.json", '{"domains": ' + "[" * 50_000 + "]" * 50_000 + "}", "nested too deeply"),
        ("deep.yaml", "[" * 1_000_000 + "]" * 1_000_000, "nested too deeply"),  # once quadratic: hours
        ("deep2.yaml", "domains:\n" + "".join(" " * i + "- \n" for i in range(1, 3000)), "nested too deeply"),
        ("deep3.yaml", "- " * 100_000 + "x\n", "nested too deeply"),
        ("deep.md", "---\naudit_id: " + "[" * 1_000_000 + "]" * 1_000_000 + "\n---\n", "nested too deeply"),
        ("deep2.md", "---\n" + "- " * 100_000 + "x\n---\n", "nested too deeply"),
    ],
)
def test_deeply_nested_structures_are_clear_errors(tmp_path, name, text, needle):
    (tmp_path / name).write_text(text)
    with pytest.raises(InputError, match=needle) as err:
        read_path(tmp_path / name)
    assert err.value.line is not None
    res = run("check", name, cwd=tmp_path)
    assert res.exit_code == 2 and needle in res.output


# -- control characters ---------------------------------------------------------------------------------
def test_control_characters_are_findings_not_crashes(tmp_path):
    controls = "".join(chr(c) for c in range(1, 32) if chr(c) not in "\n\r") + "\x7f\x85\u2028\u2029\ufeff\u200b"
    body = f"XXXX{controls} is nine.\x0b She lives\x0cwith her\x1cmother\u2028and it helps her\x1e feel safe."
    p = tmp_path / "ctrl.md"
    p.write_text(f"# Assessment{controls}\nGrade: Good\x07\n\n{body}\n\nActions:\n- {controls} by 1 March 2023\n")
    res = run("check", "ctrl.md", cwd=tmp_path)
    assert res.exit_code in (0, 1) and "ctrl.md" in res.output
    (tmp_path / "ctrl.json").write_text(json.dumps({"domains": [{"number": 3, "paragraphs": [body]}]}))
    res = run("check", "ctrl.json", "--select", "AL2,AL4,AL5", cwd=tmp_path)
    assert res.exit_code in (0, 1)
    (tmp_path / "nul.md").write_bytes(b"# Assessment\n\x00\n")
    res = run("check", "nul.md", cwd=tmp_path)
    assert res.exit_code == 2 and "nul.md: contains NUL bytes" in res.output


# -- mixed encodings -------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "data,expect",
    [
        ("# Assessment\nGrade: Good\n\nShe said \u201cit\u2019s better\u201d.\n".encode() + b"Mum\x92s view: \x93fine\x94.\n", "Mum\u2019s"),
        (b"\xef\xbb\xbf# Assessment\nGrade: Good\n\nCaf\xe9 visit, na\xefve plan.\n", "Caf\u00e9"),
        (b"\xff\xfe# Assessment\n\nodd length!", "\u00ff\u00fe"),  # not really UTF-16: read as Windows-1252
        ("# Assessment\n\nCaf\u00e9 \u2014 ok.\n".encode("utf-16"), "Caf\u00e9 \u2014 ok."),
        ("# Assessment\n\nna\u00efve \u2018plan\u2019\n".encode("cp1252"), "na\u00efve \u2018plan\u2019"),
    ],
    ids=["utf8+cp1252", "bom+cp1252", "utf16-odd", "utf16", "cp1252"],
)
def test_mixed_encodings_are_read(tmp_path, data, expect):
    p = tmp_path / "enc.md"
    p.write_bytes(data)
    a = read_path(p)
    text = "\n".join(b.text for b in [*a.blocks(), *(d.heading for d in a.domains)] + [e.heading for e in a.extras])
    assert expect in text
    res = run("check", "enc.md", "--select", "AL1,AL4", cwd=tmp_path)
    assert res.exit_code in (0, 1)


def test_utf16_without_a_byte_order_mark_is_a_clear_error(tmp_path):
    p = tmp_path / "u16.md"
    p.write_bytes("# Assessment\nGrade: Good\n".encode("utf-16-le"))
    with pytest.raises(InputError, match="UTF-16 without a byte-order mark"):
        read_path(p)


# -- broken Word files -----------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "name,content,needle",
    [
        ("bomb.docx", lambda: ZIP_BOMB, "zip bomb"),
        ("tables.docx", lambda: _many_tables(3000), "more than 500 tables"),
        ("renamed.docx", lambda: GOOD.encode(), "text file renamed .docx"),
        ("binary.docx", lambda: bytes(range(256)) * 10, "not a Word document"),
        ("cut.docx", lambda: ZIP_BOMB[: len(ZIP_BOMB) // 2], "damaged"),
    ],
)
def test_broken_word_files(tmp_path, name, content, needle):
    p = tmp_path / name
    p.write_bytes(content())
    assert p.stat().st_size < 2_000_000
    started = time.perf_counter()
    res = run("check", name, cwd=tmp_path)
    assert time.perf_counter() - started < 30
    assert res.exit_code == 2 and f"{name}: " in res.output and needle in res.output


# -- a folder of good and broken files -------------------------------------------------------------------
def test_a_folder_of_good_and_broken_files(tmp_path):
    folder = tmp_path / "month"
    folder.mkdir()
    files = {
        "a-good.md": GOOD.encode(),
        "b-weak.md": b"# Assessment\n\nThe plan was reviewed.\n\nActions:\n- Update the plan.\n",
        "c-grade.md": b"# Assessment\nGrade: Excelent\n",
        "d-bomb.docx": ZIP_BOMB,
        "e-renamed.docx": GOOD.encode(),
        "f-bad.json": b'{"domains": [',
        "g-empty.yaml": b"",
        "h-nul.txt": b"\x00\x01",
        "i-cp1252.md": "# Assessment\nGrade: Good\n\nMum\u2019s view.\n".encode("cp1252"),
        "j-ok.yaml": b"audit_id: Y1\ndomains:\n  - number: 3\n    grade: Good\n    paragraphs: [Plan reviewed.]\n",
    }
    for n, data in files.items():
        (folder / n).write_bytes(data)
    res = run("check", "month", "--format", "json", "--select", "AL1,AL3", cwd=tmp_path)
    assert res.exit_code == 2  # the worst: an unreadable file
    doc = json.loads(res.stdout)
    read = {os.path.basename(a["path"]) for a in doc["audits"]}
    failed = {os.path.basename(e["path"]) for e in doc["errors"]}
    assert read == {"a-good.md", "b-weak.md", "i-cp1252.md", "j-ok.yaml"}
    assert failed == set(files) - read  # every file reported, once
    assert all(e["message"] for e in doc["errors"])
    weak = next(a for a in doc["audits"] if a["path"].endswith("b-weak.md"))
    assert weak["findings"]  # the run went on to check the readable files
    for n in failed:  # each error also on stderr, naming its file
        assert n in res.stderr
    res = run("check", "month", "--select", "AL1", cwd=tmp_path)  # the text report lists every file too
    assert res.exit_code == 2 and all(n in res.output for n in files)
    assert "Checked 10 file(s)" in res.output and "6 could not be read" in res.output


def test_exit_status_is_the_worst_of_the_folder(tmp_path):
    (tmp_path / "clean").mkdir()
    (tmp_path / "clean" / "a.md").write_text(GOOD)
    assert run("check", "clean", "--select", "AL102", cwd=tmp_path).exit_code == 0
    (tmp_path / "clean" / "b.md").write_text("# Assessment\n\nNo grade.\n")
    assert run("check", "clean", "--select", "AL102", cwd=tmp_path).exit_code == 1
    (tmp_path / "clean" / "c.json").write_text("{")
    assert run("check", "clean", "--select", "AL102", cwd=tmp_path).exit_code == 2


# -- configured limits -----------------------------------------------------------------------------------
def _toml(tmp_path, **limits) -> str:
    p = tmp_path / "limits.toml"  # named with --config only
    p.write_text("[limits]\n" + "".join(f"{k} = {v}\n" for k, v in limits.items()))
    return str(p)


def test_paragraph_count_limit_applies_to_every_reader(tmp_path):
    paras = [f"Paragraph {i} about the plan." for i in range(30)]
    (tmp_path / "many.md").write_text("# Assessment\nGrade: Good\n\n" + "\n\n".join(paras) + "\n")
    (tmp_path / "many.json").write_text(json.dumps({"domains": [{"number": 3, "paragraphs": paras}]}))
    (tmp_path / "many.yaml").write_text("domains:\n  - number: 3\n    paragraphs:\n" + "".join(f"      - {p}\n" for p in paras))
    doc = docx.Document()
    doc.add_heading("Assessment", level=1)
    for p in paras:
        doc.add_paragraph(p)
    (tmp_path / "many.docx").write_bytes(_docx_bytes(doc))
    cfg = _toml(tmp_path, max_paragraphs=20)
    for name in ("many.md", "many.json", "many.yaml", "many.docx"):
        res = run("check", name, "--config", cfg, cwd=tmp_path)
        assert res.exit_code == 2 and f"{name}:" in res.output and "more than 20 paragraphs" in res.output
        assert "max_paragraphs" in res.output
        assert run("check", name, "--select", "AL101", cwd=tmp_path).exit_code in (0, 1)  # default: accepted
    with pytest.raises(InputError) as err:
        read_text("# Assessment\n\n" + "\n\n".join(paras), "m.md", limits=LimitsConfig(max_paragraphs=20))
    assert err.value.line == 41  # the first paragraph over the limit


def test_paragraph_length_limit_applies_to_every_reader(tmp_path):
    long = "The plan was reviewed. " * 100
    (tmp_path / "long.md").write_text(f"# Assessment\nGrade: Good\n\n{long}\n")
    (tmp_path / "long.json").write_text(json.dumps({"domains": [{"number": 3, "paragraphs": ["Short.", long]}]}, indent=1))
    (tmp_path / "long.yaml").write_text(f"domains:\n  - number: 3\n    actions:\n      - {long}\n")
    doc = docx.Document()
    doc.add_paragraph(long)
    (tmp_path / "long.docx").write_bytes(_docx_bytes(doc))
    cfg = _toml(tmp_path, max_paragraph_chars=1000)
    for name, line in (("long.md", 4), ("long.json", 7), ("long.yaml", 4), ("long.docx", 1)):
        res = run("check", name, "--config", cfg, cwd=tmp_path)
        assert res.exit_code == 2 and f"{name}:{line}:" in res.output and "characters" in res.output, res.output
        assert SENTINEL not in res.output


def test_file_size_limit(tmp_path):
    (tmp_path / "a.md").write_text(GOOD + "x" * 2_000_000)
    res = run("check", "a.md", "--config", _toml(tmp_path, max_file_mb=1), cwd=tmp_path)
    assert res.exit_code == 2 and "a.md: file is 1.9 MB (limit [limits] max_file_mb = 1 MB)" in res.output


def test_total_text_limit_applies_to_every_reader(tmp_path):
    paras = ["The plan was reviewed and it helped her. " * 10] * 12  # 12 x 410 characters
    (tmp_path / "text.md").write_text("# Assessment\n\n" + "\n\n".join(paras) + "\n")
    (tmp_path / "text.json").write_text(json.dumps({"domains": [{"number": 3, "paragraphs": paras}]}))
    doc = docx.Document()
    for p in paras:
        doc.add_paragraph(p)
    (tmp_path / "text.docx").write_bytes(_docx_bytes(doc))
    cfg = _toml(tmp_path, max_chars=3000)
    for name, line in (("text.md", 17), ("text.json", 1), ("text.docx", 8)):
        res = run("check", name, "--config", cfg, cwd=tmp_path)
        assert res.exit_code == 2 and f"{name}:{line}: has more than 3000 characters of text" in res.output, res.output
        assert "max_chars = 3000" in res.output
    with pytest.raises(InputError, match="max_chars"):
        read_text("\n\n".join(paras), "t.md", limits=LimitsConfig(max_chars=3000))


def test_limits_are_validated(tmp_path):
    (tmp_path / "a.md").write_text(GOOD)
    res = run("check", "a.md", "--config", _toml(tmp_path, max_paragraph_chars=5_000_000), cwd=tmp_path)
    assert res.exit_code == 2 and "limits.max_paragraph_chars: Input should be less than or equal to 2000000" in res.output
    res = run("check", "a.md", "--config", _toml(tmp_path, max_chars=0), cwd=tmp_path)
    assert res.exit_code == 2 and "limits.max_chars" in res.output


def test_spacy_max_length_follows_the_limit_and_the_engine_refuses_longer():
    from auditlint import nlp

    engine = Engine(Config(select=["AL2"], limits=LimitsConfig(max_paragraph_chars=5000)))
    ok = Audit(path="ok.md", domains=[Domain(number=3, paragraphs=[TextBlock(text="The plan helps her. " * 10)])])
    engine.check([ok])
    assert nlp.load().max_length == 5000
    # an audit built in code (no reader to refuse it) never reaches spaCy
    big = Audit(path="big.md", domains=[Domain(number=3, paragraphs=[TextBlock(text="word " * 2000)])])
    with pytest.raises(InputError, match="max_paragraph_chars = 5000") as err:
        engine.check([big])
    assert err.value.path == "big.md" and err.value.line == 1
    Engine(Config(select=["AL2"])).check([ok])
    assert nlp.load().max_length == LimitsConfig().max_paragraph_chars


# -- a rule that fails: AL000 names it, the other rules still run ---------------------------------------
class _Crash(RuleType):
    """A rule type that fails on audits whose id starts with "crash", quoting the audit in its exception."""

    name = "test-hostile-crash"
    needs_nlp = False

    def check(self, ctx) -> Iterator[Hit]:
        if ctx.audit.audit_id.startswith("crash"):
            first = ctx.audit.blocks()[0].text
            raise ValueError(f"cannot handle {first!r}")
        yield Hit(block=None, values={})


_CRASH_RULE = (
    "code: AL990\nname: test-crash\nfamily: structure\ntype: test-hostile-crash\nseverity: warning\n"
    "guide: G-3.2\nsummary: A rule that fails.\nmessage: The crash rule ran.\nrationale: Tests.\n"
    "fix: Nothing.\nexamples:\n  scope: audit\n  weak: \"# Assessment\"\n  strong: \"# Assessment\"\n"
)


def _crash_setup(tmp_path):
    rules = tmp_path / "ourrules"
    rules.mkdir()
    (rules / "AL990.yml").write_text(_CRASH_RULE)
    (tmp_path / "auditlint.toml").write_text('rule_dirs = ["ourrules"]\n')
    (tmp_path / "crash-1.md").write_text(f"# Assessment\nGrade: Good\n\nThe plan for {SENTINEL} was reviewed.\n")
    (tmp_path / "fine.md").write_text("# Assessment\nGrade: Good\n\nThe plan was reviewed.\n")


def test_a_failing_rule_is_an_internal_error_finding_naming_it(tmp_path):
    _crash_setup(tmp_path)
    res = run("check", "crash-1.md", "fine.md", "--format", "json", "--select", "AL1,AL990", cwd=tmp_path)
    doc = json.loads(res.stdout)
    crash, fine = doc["audits"]
    al000 = [f for f in crash["findings"] if f["code"] == "AL000"]
    assert len(al000) == 1 and "rule AL990 (test-crash) failed" in al000[0]["message"]
    assert "ValueError" in al000[0]["message"] and SENTINEL not in al000[0]["message"]
    # every other rule still ran on the failing audit, and on the other audit nothing failed
    assert {"AL101", "AL105"} <= {f["code"] for f in crash["findings"]}
    assert {f["code"] for f in crash["findings"]} - {"AL000"} == {f["code"] for f in fine["findings"]} - {"AL990"}
    assert "AL990" in {f["code"] for f in fine["findings"]} and "AL000" not in {f["code"] for f in fine["findings"]}
    assert res.exit_code == 1


def test_a_failing_rule_shows_its_exception_only_with_debug(tmp_path):
    _crash_setup(tmp_path)
    res = run("check", "crash-1.md", "--select", "AL990", cwd=tmp_path)
    assert "AL000" in res.output and "AL990" in res.output and SENTINEL not in res.output
    res = run("--debug", "check", "crash-1.md", "--select", "AL990", cwd=tmp_path)
    assert "auditlint: debug: output may contain audit text" in res.stderr
    assert SENTINEL in res.stdout  # the exception's text, in the finding
    assert "Traceback" not in res.stdout and "ValueError" in res.stderr and SENTINEL in res.stderr


class _BadTemplate(RuleType):
    """A rule type whose hits carry a value its message template cannot format."""

    name = "test-hostile-bad-template"
    needs_nlp = False

    def check(self, ctx) -> Iterator[Hit]:
        yield Hit(block=ctx.audit.blocks()[0], values={"n": "not a number"})


@pytest.fixture(autouse=True, scope="module")
def _test_rule_types():
    """The two failing rule types above, registered for this module only."""
    for cls in (_Crash, _BadTemplate):
        register(cls)
    yield
    for cls in (_Crash, _BadTemplate):
        REGISTRY.pop(cls.name, None)


def test_a_finding_that_cannot_be_built_is_an_internal_error_too():
    """A hit whose message template fails is the rule's failure, not the run's."""
    specs = dict(load_specs())
    base = specs["AL101"].model_dump()
    specs["AL991"] = RuleSpec.model_validate(
        {**base, "code": "AL991", "name": "bad-template", "type": "test-hostile-bad-template", "message": "{n:d} items"}
    )
    engine = Engine(Config(select=["AL101", "AL991"]), specs=specs)
    audit = read_text("# Assessment\nGrade: Good\n\nText.\n", "t.md")
    codes = [f.code for f in engine.check([audit])[0].findings]
    assert "AL000" in codes and "AL101" in codes and "AL991" not in codes


# -- no audit text in error messages unless --debug ------------------------------------------------------
def _sentinel_inputs(tmp_path) -> dict[str, bytes]:
    s = SENTINEL
    files = {
        "grade.md": f"# Assessment\nGrade: Good but {s} is 9 and at risk\n".encode(),
        "date.md": f"---\naudit_date: {s} 2023\n---\n".encode(),
        "overall.md": f"---\noverall_grade: Good for {s}, 2023\n---\n".encode(),
        "yaml-alias.md": f"---\naudit_id: *{s}\n---\n".encode(),
        "alias.yaml": f"audit_id: *{s}Alias\n".encode(),
        "tag.yaml": f"audit_id: !{s} x\n".encode(),
        "fm-bad-date.md": "---\naudit_date: 2023-02-30\n---\n".encode(),
        "badgrade.json": json.dumps({"domains": [{"number": 3, "grade": f"Good - {s} 2023"}]}).encode(),
        "type.json": json.dumps({"domains": [{"number": f"{s} 3"}]}).encode(),
        "fmt.json": json.dumps({"source_format": s, "audit_date": f"{s}-2023"}).encode(),
        "badgrade.yaml": f"domains:\n  - number: 3\n    grade: '{s}, 2023!'\n".encode(),
        "long.md": (f"# Assessment\n\n{s} " + "word " * 30_000).encode(),
        "many.md": "\n\n".join(f"{s} {i}" for i in range(6000)).encode(),
        "bad.docx": b"PK\x03\x04" + s.encode() * 50,
        "text.docx": s.encode() * 50,
    }
    for name, data in files.items():
        (tmp_path / name).write_bytes(data)
    return files


def test_errors_name_file_and_line_but_never_quote_the_audit(tmp_path):
    files = _sentinel_inputs(tmp_path)
    for fmt in ("text", "json", "sarif", "github"):
        res = run("check", *files, "--format", fmt, cwd=tmp_path)
        assert res.exit_code == 2
        assert SENTINEL not in res.stdout and SENTINEL not in res.stderr, fmt
        for name in files:
            assert name in res.output
    res = run("check", "grade.md", "date.md", "long.md", "--format", "json", cwd=tmp_path)
    errors = {os.path.basename(e["path"]): e for e in json.loads(res.stdout)["errors"]}
    assert errors["grade.md"]["line"] == 2 and "did you mean 'Good'" in errors["grade.md"]["message"]
    assert errors["date.md"]["line"] == 2 and "audit_date is not a date" in errors["date.md"]["message"]
    assert errors["long.md"]["line"] == 3


def test_debug_shows_the_text_and_says_so(tmp_path):
    _sentinel_inputs(tmp_path)
    res = run("--debug", "check", "grade.md", "date.md", "badgrade.json", "alias.yaml", cwd=tmp_path)
    assert res.exit_code == 2
    assert res.stderr.startswith("auditlint: debug: output may contain audit text")
    for name in ("grade.md", "date.md", "badgrade.json", "alias.yaml"):
        line = next(ln for ln in res.stdout.splitlines() if name in ln)
        assert SENTINEL in line, line
    res = run("check", "grade.md", cwd=tmp_path)  # and the next run without --debug is private again
    assert SENTINEL not in res.output and "debug" not in res.stderr


def test_a_reader_bug_is_reported_for_its_file_and_the_run_goes_on(tmp_path, monkeypatch):
    from auditlint.readers import structured

    def broken(*args, **kwargs):
        raise KeyError(f"the text {SENTINEL} broke it")

    monkeypatch.setattr(structured, "read_structured", broken)
    (tmp_path / "a.json").write_text("{}")
    (tmp_path / "b.md").write_text(GOOD)
    res = run("check", "a.json", "b.md", "--select", "AL1", cwd=tmp_path)
    assert res.exit_code == 2 and SENTINEL not in res.output
    assert "a.json: auditlint could not read this file because of an internal error (KeyError" in res.output
    assert "b.md:" in res.output or "b.md" in res.output
    res = run("--debug", "check", "a.json", "--select", "AL1", cwd=tmp_path)
    assert SENTINEL in res.stdout and "Traceback" in res.stderr


def test_an_unexpected_error_outside_the_readers_is_one_line_without_text(tmp_path, monkeypatch):
    from auditlint import engine as engine_module

    def broken(self, audits, then_exit=False):
        raise RuntimeError(f"the text {SENTINEL} broke it")

    monkeypatch.setattr(engine_module.Engine, "check", broken)
    (tmp_path / "b.md").write_text(GOOD)
    res = run("check", "b.md", cwd=tmp_path)
    assert res.exit_code == 2 and SENTINEL not in res.output
    assert res.stderr.startswith("auditlint: error: internal error (RuntimeError at test_hostile.py:")
    assert "--debug" in res.stderr
    res = run("--debug", "check", "b.md", cwd=tmp_path)
    assert res.exit_code == 2 and SENTINEL in res.stderr and "RuntimeError" in res.stderr
