"""Word in, Word out: .docx audits read like their Markdown twins; reviewed copies carry comments."""

from __future__ import annotations

import hashlib
import io
import json
import re
import shutil
import subprocess
from collections import Counter
from pathlib import Path

import docx
import pytest
from click.testing import CliRunner
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn

from auditlint.cli import main
from auditlint.errors import InputError
from auditlint.findings import AuditResult, Finding
from auditlint.model import Grade
from auditlint.readers import iter_audit_files, read_path
from auditlint.readers.word import DocxLimits, document_paragraphs, paragraph_pieces, read_docx
from auditlint.sections import catalogue
from auditlint.word_comments import AUTHOR, INITIALS, annotate_document

from .conftest import CORPORA, engine_for
from .docx_builders import (
    GRADES,
    SHAPES,
    content_control_checkbox,
    content_control_dropdown,
    legacy_checkbox,
    legacy_dropdown,
    markdown_audit,
    set_cell,
    to_bytes,
    word_twin,
    zip_bytes,
)

# Markdown audits and the Word shapes their twins are built in
TWINS = [
    ("examples/weak-audit.md", "headings"),
    ("examples/weak-audit.md", "bold-lines"),
    ("examples/weak-audit.md", "table-per-domain"),
    ("examples/weak-audit.md", "row-per-domain"),
    ("examples/weak-audit.md", "form-fields"),
    ("examples/good-audit.md", "row-per-domain"),
    ("examples/good-audit.md", "form-fields"),
    ("audits/tune/t02-looked-after-foster-strong-long.md", "table-per-domain"),  # audit-level "(Domain 3)" actions
    ("audits/tune/t04-disabled-child-mixed.md", "table-per-domain"),  # a domain without a grade
    ("audits/tune/t04-disabled-child-mixed.md", "bold-lines"),
    ("audits/tune/t06-sibling-group-weak.md", "headings"),
    ("audits/tune/t03-child-in-need-weak-terse.md", "row-per-domain"),  # one-sentence cells
]


def run(*args):
    return CliRunner().invoke(main, list(args), catch_exceptions=False)


# -- comparing findings: same codes, same spans within the same blocks ----------------------------
def _blocks(a):
    out = []
    for d in a.domains:
        out.append(("heading", d.heading))
        if d.grade_text is not None:
            out.append(("grade", d.grade_text))
        out += [("text", b) for b in d.paragraphs] + [("text", x.block) for x in d.actions]
    for s in (a.practitioner, a.family, *a.extras):
        if s is not None:
            out.append(("heading", s.heading))
            out += [("text", b) for b in s.paragraphs] + [("text", x.block) for x in s.actions]
    out += [("text", x.block) for x in a.actions]
    return out


def span_key(audit, f: Finding) -> tuple:
    """A finding as (code, domain, block, offsets in the block, excerpt): free of file positions.

    Headings are compared by code and domain only: "1. Help, ..." and "Help, ..." are the same heading.
    """
    for role, b in _blocks(audit):
        if not b.text:
            continue
        for seg in b.segments:
            if seg.line == f.line and seg.column <= f.column <= seg.column + seg.length:
                if role == "heading":
                    return (f.code, f.domain, role)
                start = f.column - seg.column + seg.offset
                length = f.end_column - f.column if f.end_line == f.line else None
                return (f.code, f.domain, role, b.text[:40], start, length, f.excerpt, f.message)
    return (f.code, f.domain, None, f.excerpt, f.message)


@pytest.fixture(scope="module")
def twins(tmp_path_factory):
    """Every twin read and checked in one batch (one NLP pass)."""
    folder = tmp_path_factory.mktemp("twins")
    mds = {m: markdown_audit(CORPORA / m) for m in sorted({m for m, _ in TWINS})}
    paths = {(m, s): word_twin(CORPORA / m, s, folder / f"{Path(m).stem}-{s}.docx") for m, s in TWINS}
    words = {k: read_path(p) for k, p in paths.items()}
    keys = list(mds) + list(words)
    results = engine_for().check(list(mds.values()) + list(words.values()))
    by_key = dict(zip(keys, results))
    return {"md": mds, "docx": words, "paths": paths, "results": by_key}


@pytest.mark.parametrize("md,shape", TWINS, ids=[f"{Path(m).stem}-{s}" for m, s in TWINS])
def test_docx_findings_equal_markdown_twin(twins, md, shape):
    m_audit, w_audit = twins["md"][md], twins["docx"][(md, shape)]
    m_res, w_res = twins["results"][md], twins["results"][(md, shape)]
    assert w_audit.source_format == "docx"
    assert [(d.number, d.grade) for d in w_audit.domains] == [(d.number, d.grade) for d in m_audit.domains]
    assert (w_audit.audit_date, w_audit.child_ref, w_audit.auditor, w_audit.audit_id) == (
        m_audit.audit_date, m_audit.child_ref, m_audit.auditor, m_audit.audit_id,
    )
    mk = Counter(span_key(m_audit, f) for f in m_res.findings)
    wk = Counter(span_key(w_audit, f) for f in w_res.findings)
    assert mk - wk == Counter(), "findings only in the Markdown twin"
    assert wk - mk == Counter(), "findings only in the Word twin"
    assert w_res.score == m_res.score and w_res.band == m_res.band
    # no reader notices beyond the Markdown's (no stray form fields, titles or grades)
    assert [n.message for n in w_audit.notices] == [n.message for n in m_audit.notices]


@pytest.mark.parametrize("shape", list(SHAPES))
def test_every_block_points_at_its_paragraph(twins, shape):
    """line = paragraph number (body and cells, document order); column = offset + 1; origin says where."""
    audit = twins["docx"][("examples/weak-audit.md", shape)]
    doc = docx.Document(str(twins["paths"][("examples/weak-audit.md", shape)]))
    paras = document_paragraphs(doc)
    in_table = {id(p) for t in doc.element.body.iter(qn("w:tbl")) for p in t.iter(qn("w:p"))}
    for _, block in _blocks(audit):
        if not block.text:
            continue
        assert len(block.segments) == 1
        seg = block.segments[0]
        p = paras[seg.line - 1]
        text = "".join(pc.text for pc in paragraph_pieces(p))
        assert text[seg.column - 1 : seg.column - 1 + seg.length] == block.text
        if id(p) in in_table:
            assert re.fullmatch(r"table \d+, row \d+, cell \d+", block.origin)
        else:
            assert block.origin == f"paragraph {seg.line}"


def test_json_line_is_the_paragraph_and_origin_says_where(tmp_path):
    p = word_twin(CORPORA / "examples/weak-audit.md", "row-per-domain", tmp_path / "w.docx")
    res = run("check", str(p), "--format", "json", "--select", "AL107")
    data = json.loads(res.output)
    f = data["audits"][0]["findings"][0]
    assert f["code"] == "AL107" and f["origin"].startswith("table 2, row ")
    para = document_paragraphs(docx.Document(str(p)))[f["line"] - 1]
    text = "".join(pc.text for pc in paragraph_pieces(para))
    assert text[f["column"] - 1 : f["end_column"] - 1] == f["excerpt"]


def test_check_reads_docx_in_folders(tmp_path):
    word_twin(CORPORA / "examples/good-audit.md", "headings", tmp_path / "a.docx")
    (tmp_path / "~$a.docx").write_bytes(b"lock")
    assert [Path(f).name for f in iter_audit_files([str(tmp_path)])] == ["a.docx"]
    res = run("check", str(tmp_path), "--select", "AL101,AL102,AL103")
    assert res.exit_code == 0, res.output


# -- small documents: grades, metadata, actions ----------------------------------------------------
NARRATIVE = (
    "The assessment was completed in May and it explains why XXXX's needs changed after the move, "
    "which meant her plan focused on her anxiety about school."
)


def read_doc(doc, name: str = "t.docx"):
    return read_docx(to_bytes(doc), name, catalogue())


def one_domain(grade_writer) -> docx.document.Document:
    doc = docx.Document()
    doc.add_heading("Assessment", level=1)
    grade_writer(doc)
    doc.add_paragraph(NARRATIVE)
    return doc


def _table_cell(doc, label="Grade"):
    t = doc.add_table(rows=1, cols=2)
    set_cell(t.cell(0, 0), [label], bold=True)
    return t.cell(0, 1)


def _legacy_dropdown(doc):
    p = doc.add_paragraph("Judgement: ")
    legacy_dropdown(p, GRADES, 3)


def _cc_dropdown(doc):
    content_control_dropdown(_table_cell(doc).paragraphs[0], GRADES, "Requires Improvement to be Good")


def _cc_checkboxes(doc):
    cell = _table_cell(doc)
    for i, g in enumerate(GRADES):
        p = cell.paragraphs[0] if i == 0 else cell.add_paragraph()
        content_control_checkbox(p, g == "Good")
        p.add_run(" " + g)


def _legacy_checkboxes(doc):
    p = doc.add_paragraph("Grade: ")
    for g in GRADES:
        legacy_checkbox(p, g == "Outstanding")
        p.add_run(f" {g}  ")


def _ticks_after(doc):
    doc.add_paragraph("Grade: Outstanding   Good ✓   Requires Improvement   Inadequate")


def _boxes_before(doc):
    doc.add_paragraph("Grade:")
    for g in GRADES:
        doc.add_paragraph(("☑ " if g == "Inadequate" else "☐ ") + g)


def _x_mark(doc):
    cell = _table_cell(doc, "Judgement")
    for i, g in enumerate(GRADES):
        p = cell.paragraphs[0] if i == 0 else cell.add_paragraph()
        p.add_run(g + ("   X" if g == "Good" else ""))


def _bold_option(doc):
    p = _table_cell(doc).paragraphs[0]
    for i, g in enumerate(GRADES):
        if i:
            p.add_run(" / ")
        p.add_run(g).bold = g == "Requires Improvement to be Good" or None


def _struck_options(doc):
    p = _table_cell(doc).paragraphs[0]
    for i, g in enumerate(GRADES):
        if i:
            p.add_run(" / ")
        p.add_run(g).font.strike = g != "Good"


def _wingdings_tick(doc):
    p = doc.add_paragraph("Grade: Good ")
    p._p.append(parse_xml(f'<w:r {nsdecls("w")}><w:sym w:font="Wingdings" w:char="F0FC"/></w:r>'))
    p.add_run("  Inadequate")


@pytest.mark.parametrize(
    "writer,grade",
    [
        (_legacy_dropdown, Grade.INADEQUATE),
        (_cc_dropdown, Grade.REQUIRES_IMPROVEMENT),
        (_cc_checkboxes, Grade.GOOD),
        (_legacy_checkboxes, Grade.OUTSTANDING),
        (_ticks_after, Grade.GOOD),
        (_boxes_before, Grade.INADEQUATE),
        (_x_mark, Grade.GOOD),
        (_bold_option, Grade.REQUIRES_IMPROVEMENT),
        (_struck_options, Grade.GOOD),
        (_wingdings_tick, Grade.GOOD),
    ],
)
def test_grade_chosen_in_form_fields_ticks_and_bold(writer, grade):
    a = read_doc(one_domain(writer))
    (d,) = a.domains
    assert d.number == 3 and d.grade is grade
    assert d.grade_text is not None and d.grade_text.origin
    assert [p.text for p in d.paragraphs] == [NARRATIVE]
    assert a.notices == []


def test_placeholder_dropdown_is_a_missing_grade():
    a = read_doc(one_domain(lambda doc: content_control_dropdown(_table_cell(doc).paragraphs[0], GRADES, None)))
    d = a.domains[0]
    assert d.grade is None and d.grade_text is None
    assert [f.code for f in engine_for("AL102").check([a])[0].findings] == ["AL102"]


def test_lenient_grade_in_a_cell_is_reported_by_al103():
    doc = one_domain(lambda doc: set_cell(_table_cell(doc), ["Good with areas to develop"]))
    a = read_doc(doc)
    d = a.domains[0]
    assert d.grade is None and d.grade_text.text == "Good with areas to develop"
    (f,) = engine_for("AL103").check([a])[0].findings
    assert f.code == "AL103" and f.excerpt == "Good with areas to develop" and f.origin == "table 1, row 1, cell 2"
    assert "Good" in f.message


def test_two_ticked_grades_are_reported_not_guessed():
    a = read_doc(one_domain(lambda doc: doc.add_paragraph("Grade: ☒ Good ☒ Outstanding ☐ Inadequate")))
    d = a.domains[0]
    assert d.grade is None and d.grade_text is not None
    assert any("more than one grade" in n.message for n in a.notices)
    assert [f.code for f in engine_for("AL103").check([a])[0].findings] == ["AL103"]


def test_metadata_from_labelled_lines_page_header_and_uk_dates():
    doc = docx.Document()
    doc.add_paragraph("Audit date: 14/02/2023")
    doc.add_paragraph("Child's name: XXXX")
    doc.add_paragraph("DOB: 01/01/2012")
    t = doc.sections[0].header.add_table(rows=1, cols=2, width=docx.shared.Inches(6))
    set_cell(t.cell(0, 0), ["Auditor"])
    set_cell(t.cell(0, 1), ["Team Manager, Locality North"])
    doc.add_heading("Assessment", level=1)
    doc.add_paragraph("Grade: Good")
    doc.add_paragraph(NARRATIVE)
    a = read_doc(doc, "drafts/a-2023-041.docx")
    assert str(a.audit_date) == "2023-02-14" and str(a.review_start) == "2022-08-14"
    assert a.child_ref == "XXXX" and a.auditor == "Team Manager, Locality North"
    assert a.audit_id == "a-2023-041"
    assert [n.message for n in a.notices] == ["form field 'DOB' is not used by auditlint"]
    assert a.extras == []


def test_columnar_header_table_and_bad_date_notice():
    doc = docx.Document()
    t = doc.add_table(rows=2, cols=3)
    for i, (k, v) in enumerate([("Audit ID", "A-7"), ("Date of audit", "31st February 2023"), ("Child", "XXXX")]):
        set_cell(t.cell(0, i), [k])
        set_cell(t.cell(1, i), [v])
    doc.add_heading("Assessment", level=1)
    a = read_doc(doc)
    assert a.audit_id == "A-7" and a.child_ref == "XXXX" and a.audit_date is None
    assert any("is not a date" in n.message for n in a.notices)


def test_actions_as_table_rows_and_list_paragraphs():
    doc = docx.Document()
    doc.add_heading("Recording and Communication", level=1)
    doc.add_paragraph("Grade: RI")
    doc.add_paragraph(NARRATIVE)
    doc.add_paragraph("Actions:")
    doc.add_paragraph("The social worker will update the chronology by 28 February 2023.", style="List Bullet")
    doc.add_heading("Actions", level=1)
    t = doc.add_table(rows=3, cols=4)
    for i, h in enumerate(["Domain", "Action", "By whom", "By when"]):
        set_cell(t.cell(0, i), [h])
    for r, row in enumerate(
        [("3", "Update the assessment with school's view", "Social worker", "31/03/2023"),
         ("6", "Hold monthly supervision", "Team manager", "")],
        1,
    ):
        for i, v in enumerate(row):
            set_cell(t.cell(r, i), [("Domain " + v) if i == 0 else v] if v else [])
    a = read_doc(doc)
    d = a.domains[0]
    assert [x.block.text for x in d.actions] == ["The social worker will update the chronology by 28 February 2023."]
    first, second = a.actions
    assert first.domain == 3 and second.domain == 6
    assert first.block.text == "Update the assessment with school's view\nSocial worker\n31/03/2023"
    # 6 body paragraphs, the header row's 4 cells (7-10), then "Domain 3" (11): the action's cells are 12-14
    assert [s.line for s in first.block.segments] == [12, 13, 14]
    assert first.block.origin == "table 1, row 2, cell 2"


def test_text_in_hyperlinks_fields_and_tracked_changes():
    doc = docx.Document()
    doc.add_heading("Assessment", level=1)
    p = doc.add_paragraph("XXXX ")
    p._p.append(parse_xml(f'<w:ins {nsdecls("w")} w:id="1" w:author="a"><w:r><w:t xml:space="preserve">was </w:t></w:r></w:ins>'))
    p._p.append(parse_xml(f'<w:del {nsdecls("w")} w:id="2" w:author="a"><w:r><w:delText>never </w:delText></w:r></w:del>'))
    p._p.append(parse_xml(f'<w:hyperlink {nsdecls("w")}><w:r><w:t xml:space="preserve">seen alone</w:t></w:r></w:hyperlink>'))
    p._p.append(parse_xml(f'<w:r {nsdecls("w")}><w:fldChar w:fldCharType="begin"/></w:r>'))
    p._p.append(parse_xml(f'<w:r {nsdecls("w")}><w:instrText> PAGE </w:instrText></w:r>'))
    p._p.append(parse_xml(f'<w:r {nsdecls("w")}><w:fldChar w:fldCharType="separate"/></w:r>'))
    p._p.append(parse_xml(f'<w:r {nsdecls("w")}><w:t> on 3 visits.</w:t></w:r>'))
    p._p.append(parse_xml(f'<w:r {nsdecls("w")}><w:fldChar w:fldCharType="end"/></w:r>'))
    a = read_doc(doc)
    assert a.domains[0].paragraphs[0].text == "XXXX was seen alone on 3 visits."


# -- bad inputs: exit 2, one clear line, no traceback -------------------------------------------------
def _lyingzip_bytes() -> bytes:
    """A tiny package whose zip directory declares word/document.xml as 4 GB."""
    data = bytearray(zip_bytes({"[Content_Types].xml": b"<Types/>", "word/document.xml": b"<w:document/>"}))
    i = data.rfind(b"PK\x01\x02")  # the central directory entry of the last file
    data[i + 24 : i + 28] = (0xFFFFFFF0).to_bytes(4, "little")
    return bytes(data)


def _many_tables(n: int) -> bytes:
    doc = docx.Document()
    doc.add_heading("Assessment", level=1)
    t = doc.add_table(rows=1, cols=1)
    body = doc.element.body
    import copy

    for _ in range(n - 1):
        body.append(copy.deepcopy(t._tbl))
    return to_bytes(doc)


@pytest.mark.parametrize(
    "name,content,needle",
    [
        ("renamed.docx", b"# Assessment\nGrade: Good\n", "text file renamed .docx"),
        ("locked.docx", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + "EncryptedPackage".encode("utf-16-le"), "password-protected"),
        ("old.docx", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + "WordDocument".encode("utf-16-le"), "save it as .docx"),
        ("old.doc", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "save it as .docx"),
        ("empty.docx", b"", "empty"),
        ("notword.docx", zip_bytes({"hello.txt": b"hi"}), "no word/document.xml"),
        ("sheet.docx", zip_bytes({"[Content_Types].xml": b"spreadsheetml", "xl/workbook.xml": b""}), "Excel"),
        ("cut.docx", b"PK\x03\x04" + b"\x00" * 200, "damaged"),
        ("lying.docx", _lyingzip_bytes(), "zip bomb"),
        ("rtf.docx", b"{\\rtf1\\ansi hello}", "RTF"),
    ],
)
def test_bad_word_files_are_clear_input_errors(tmp_path, name, content, needle):
    p = tmp_path / name
    p.write_bytes(content)
    res = run("check", str(p))
    assert res.exit_code == 2
    assert needle in res.output and name in res.output
    assert "Traceback" not in res.output
    with pytest.raises(InputError) as err:
        read_path(p)
    assert needle in err.value.message


def test_zip_bomb_limit_follows_the_configured_file_limit(tmp_path):
    p = tmp_path / "bomb.docx"
    p.write_bytes(zip_bytes({"[Content_Types].xml": b"<Types/>", "word/document.xml": b"\0" * (12 * 1024 * 1024)}))
    assert p.stat().st_size < 100_000
    (tmp_path / "auditlint.toml").write_text("[limits]\nmax_file_mb = 1\n")
    res = run("check", str(p), "--config", str(tmp_path / "auditlint.toml"))
    assert res.exit_code == 2 and "would unpack to" in res.output and "Traceback" not in res.output
    with pytest.raises(InputError, match="zip bomb"):
        read_docx(p.read_bytes(), str(p), catalogue(), limits=DocxLimits(max_uncompressed_bytes=1024 * 1024))


def test_thousands_of_tables_and_paragraphs_are_refused(tmp_path):
    p = tmp_path / "tables.docx"
    p.write_bytes(_many_tables(2000))
    res = run("check", str(p))
    assert res.exit_code == 2 and "more than 500 tables" in res.output and "Traceback" not in res.output
    doc = docx.Document()
    for _ in range(60):
        doc.add_paragraph("x")
    with pytest.raises(InputError, match="more than 50 paragraphs"):
        read_docx(to_bytes(doc), "p.docx", catalogue(), limits=DocxLimits(max_paragraphs=50))
    doc = docx.Document()
    doc.add_paragraph("y" * 5000)
    with pytest.raises(InputError, match="characters") as err:
        read_docx(to_bytes(doc), "c.docx", catalogue(), limits=DocxLimits(max_paragraph_chars=1000))
    assert err.value.line == 1


# -- the reviewed copy ------------------------------------------------------------------------------------
def anchored_texts(document) -> dict[int, str]:
    """The text each comment range covers, by comment id."""
    active: dict[str, list[str]] = {}
    out: dict[int, str] = {}
    for el in document.element.body.iter():
        if el.tag == qn("w:commentRangeStart"):
            active[el.get(qn("w:id"))] = []
        elif el.tag == qn("w:commentRangeEnd"):
            out[int(el.get(qn("w:id")))] = "".join(active.pop(el.get(qn("w:id")), []))
        elif el.tag == qn("w:t"):
            for parts in active.values():
                parts.append(el.text or "")
    return out


def char_formats(document) -> list[list[tuple[str, str]]]:
    """Every paragraph's characters with their run's formatting, to show splitting kept it."""
    out = []
    for p in document_paragraphs(document):
        chars = []
        for pc in paragraph_pieces(p):
            rpr = pc.run.find(qn("w:rPr")) if pc.run is not None else None
            fmt = "" if rpr is None else re.sub(r"\s+", " ", rpr.xml if hasattr(rpr, "xml") else "")
            chars += [(ch, fmt) for ch in pc.text]
        out.append(chars)
    return out


def _same_span(anchored: str, excerpt: str) -> bool:
    got = " ".join(anchored.split())
    return got == excerpt or (excerpt.endswith("…") and got.startswith(excerpt[:-1]))


@pytest.fixture(scope="module")
def reviewed(twins):
    key = ("examples/weak-audit.md", "headings")
    data = twins["paths"][key].read_bytes()
    result = twins["results"][key]
    done = annotate_document(data, str(twins["paths"][key]), result)
    return data, result, done


def test_reviewed_copy_has_a_comment_on_each_findings_exact_text(reviewed):
    data, result, done = reviewed
    out = docx.Document(io.BytesIO(done.data))
    comments = {c.comment_id: c for c in out.comments}
    assert len(comments) == len(result.findings) + 1
    assert len(done.placed) == len(result.findings) and done.in_summary == []
    anchored = anchored_texts(out)
    by_text = {c.comment_id: c.text for c in out.comments}
    for f, cid in zip(done.placed, sorted(comments)[:-1]):
        c = comments[cid]
        assert (c.author, c.initials) == (AUTHOR, INITIALS)
        text = by_text[cid].removeprefix("IMMEDIATE RESPONSE NEEDED. ") if f.immediate_response else by_text[cid]
        assert text.startswith(f.code) and f"Fix: {f.suggestion}" in text
        assert _same_span(anchored[cid], f.excerpt), (f.code, anchored[cid], f.excerpt)


def test_reviewed_copy_keeps_the_text_and_its_formatting(reviewed):
    data, _, done = reviewed
    before, after = docx.Document(io.BytesIO(data)), docx.Document(io.BytesIO(done.data))
    assert char_formats(after) == char_formats(before)
    assert len(document_paragraphs(after)) == len(document_paragraphs(before))


def test_summary_comment_at_the_top(reviewed):
    _, result, done = reviewed
    out = docx.Document(io.BytesIO(done.data))
    summary = max(out.comments, key=lambda c: c.comment_id)
    assert anchored_texts(out)[summary.comment_id] == "Case file audit"  # the first paragraph
    text = summary.text
    assert f"writing score {result.score:.1f}/100 ({result.band})" in text
    assert "not of the practice" in text and "immediate-response" in text.lower()


def test_findings_without_a_place_go_in_the_summary(tmp_path):
    md = markdown_audit(CORPORA / "examples/weak-audit.md")
    md.domains = [d for d in md.domains if d.number != 7]
    doc = SHAPES["headings"](md)
    data = to_bytes(doc)
    audit = read_docx(data, "w.docx", catalogue())
    result = engine_for("AL101", "AL107").check([audit])[0]
    done = annotate_document(data, "w.docx", result)
    assert [f.code for f in done.in_summary] == ["AL101"]
    out = docx.Document(io.BytesIO(done.data))
    summary = max(out.comments, key=lambda c: c.comment_id)
    assert "Not tied to a place in the text" in summary.text and "Domain 7" in summary.text


def _finding(code, line, col, end_col, excerpt, end_line=None, origin="paragraph"):
    return Finding(
        code=code, name="test", severity="warning", message=f"{code} message", line=line, column=col,
        end_line=end_line or line, end_column=end_col, excerpt=excerpt, suggestion="do this", origin=origin,
    )


def test_comments_split_runs_exactly_inside_across_and_overlapping():
    doc = docx.Document()
    p = doc.add_paragraph()
    p.add_run("The SW ").italic = True  # 'SW' inside an italic run
    p.add_run("visited the ").bold = True
    p.add_run("home on 3 visits.")
    t = doc.add_table(rows=1, cols=1)
    t.cell(0, 0).paragraphs[0].add_run("Grade: ")
    legacy_dropdown(t.cell(0, 0).paragraphs[0], GRADES, 1)
    doc.add_paragraph("Second paragraph ends here.")
    data = to_bytes(doc)
    findings = [
        _finding("AL501", 1, 5, 7, "SW"),  # inside one run
        _finding("AL201", 1, 9, 22, "isited the ho"),  # starts and ends inside runs, across three
        _finding("AL505", 1, 5, 15, "SW visited"),  # overlaps both
        _finding("AL103", 2, 8, 12, "Good", origin="table 1, row 1, cell 1"),  # a drop-down's value
        _finding("AL999", 1, 28, 17, "3 visits.\nSecond paragraph", end_line=3),  # two paragraphs
    ]
    done = annotate_document(data, "x.docx", AuditResult(path="x.docx", audit_id="x", findings=findings))
    out = docx.Document(io.BytesIO(done.data))
    anchored = anchored_texts(out)
    got = {c.text.split(" ", 1)[0]: anchored[c.comment_id] for c in out.comments if c.text.startswith("AL")}
    assert got["AL501"] == "SW" and got["AL201"] == "isited the ho" and got["AL505"] == "SW visited"
    assert got["AL999"] == "3 visits.Grade: Second paragraph"  # the range runs through the cell between
    assert got["AL103"] == ""  # the field's runs: Word shows the drop-down there
    assert char_formats(out) == char_formats(docx.Document(io.BytesIO(data)))
    runs = out.paragraphs[0].runs
    assert [(r.text, r.italic, r.bold) for r in runs if r.text] == [
        ("The ", True, None), ("SW", True, None), (" ", True, None),
        ("v", None, True), ("isited", None, True), (" the ", None, True), ("ho", None, None), ("me on ", None, None),
        ("3 visits.", None, None),
    ]  # split at every comment boundary (4, 6, 8, 14, 21, 27), each piece keeping its run's formatting


def test_annotate_command_writes_atomically_never_over_input_or_output(tmp_path):
    src = word_twin(CORPORA / "examples/weak-audit.md", "table-per-domain", tmp_path / "draft.docx")
    digest = hashlib.sha256(src.read_bytes()).hexdigest()
    out = tmp_path / "draft.reviewed.docx"
    res = run("annotate", str(src), "-o", str(out), "--select", "AL1", "--ignore", "AL104")
    assert res.exit_code == 0, res.output
    assert "comment(s)" in res.output and "writing score" in res.output
    assert hashlib.sha256(src.read_bytes()).hexdigest() == digest
    first = docx.Document(str(out))
    assert len(first.comments) >= 2 and all(c.author == AUTHOR for c in first.comments)
    assert all(c.text.startswith(("AL1", "auditlint review")) for c in first.comments)
    res = run("annotate", str(src), "-o", str(out), "--select", "AL1")
    assert res.exit_code == 2 and "already exists; use --force" in res.output
    res = run("annotate", str(src), "-o", str(out), "--select", "AL107", "--force")
    assert res.exit_code == 0
    assert all(c.text.startswith(("AL107", "auditlint review")) for c in docx.Document(str(out)).comments)
    res = run("annotate", str(src), "-o", str(src), "--force", "--select", "AL107")
    assert res.exit_code == 2 and "input file" in res.output
    assert hashlib.sha256(src.read_bytes()).hexdigest() == digest
    assert sorted(p.name for p in tmp_path.iterdir()) == ["draft.docx", "draft.reviewed.docx"]  # no temp files left
    # the default output name
    (tmp_path / "draft.reviewed.docx").unlink()
    assert run("annotate", str(src), "--select", "AL107").exit_code == 0 and out.exists()


@pytest.mark.parametrize(
    "name,content,needle",
    [
        ("draft.md", b"# Assessment\n", "needs a Word .docx"),
        ("draft.docx", b"plain text", "text file renamed .docx"),
        ("missing.docx", None, "file not found"),
    ],
)
def test_annotate_bad_inputs(tmp_path, name, content, needle):
    p = tmp_path / name
    if content is not None:
        p.write_bytes(content)
    res = run("annotate", str(p), "-o", str(tmp_path / "out.docx"))
    assert res.exit_code == 2 and needle in res.output and "Traceback" not in res.output
    assert not (tmp_path / "out.docx").exists()


LO_PROFILE = """<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Writer/Print/Content"><prop oor:name="Note" oor:op="fuse"><value>4</value></prop></item>
</oor:items>
"""


def convert_to_pdf(src: Path, outdir: Path) -> Path:
    """LibreOffice, with comments printed in the margin (Writer's print setting, used by PDF export)."""
    profile = outdir / "lo-profile"
    (profile / "user").mkdir(parents=True, exist_ok=True)
    (profile / "user" / "registrymodifications.xcu").write_text(LO_PROFILE)
    subprocess.run(
        ["libreoffice", f"-env:UserInstallation={profile.as_uri()}", "--headless", "--convert-to", "pdf",
         "--outdir", str(outdir), str(src)],
        check=True, capture_output=True, timeout=240,
    )
    return outdir / (src.stem + ".pdf")


@pytest.mark.skipif(shutil.which("libreoffice") is None, reason="libreoffice is not on PATH (apt-get install libreoffice-writer)")
def test_libreoffice_opens_the_reviewed_copy_and_shows_the_comments(reviewed, tmp_path):
    _, result, done = reviewed
    src = tmp_path / "weak.reviewed.docx"
    src.write_bytes(done.data)
    pdf = convert_to_pdf(src, tmp_path)
    assert pdf.read_bytes()[:5] == b"%PDF-"
    if shutil.which("pdftotext"):
        text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
        assert "auditlint review" in text
        assert Counter(re.findall(r"\bAL\d{3}\b", text))  # finding comments are printed in the margin
