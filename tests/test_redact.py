"""``auditlint redact``: placeholders in place of identifying details, everything else kept."""

from __future__ import annotations

import hashlib
import io
import re
import zipfile

import docx
import pytest
from click.testing import CliRunner
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls

from auditlint.cli import main
from auditlint.readers.word import read_docx
from auditlint.sections import catalogue

PLACEHOLDER = re.compile(rb"\[(?:Name|Date of birth|Address|Postcode|Phone|Email|NHS number|Case number) \d+\]")
VALUES = ["Sarah", "Jones", "Tyler", "Aisha", "Rahman", "Elm Road", "L20 3AB", "07700 900123", "12/04/2015",
          "sarah.jones@example.com", "Whitfield"]

AUDIT_MD = (
    "---\r\n"
    "audit_id: A-1\r\n"
    "child_ref: XXXX\r\n"
    "audit_date: 2023-02-14\r\n"
    "auditor: Jane Whitfield, Team Manager\r\n"
    "---\r\n"
    "\r\n"
    "# Help, Protection and Stability\r\n"
    "Grade: Good\r\n"
    "\r\n"
    "XXXX lives with her mother, Sarah Jones, and her brother Tyler at\r\n"
    "   14 Elm Road, Bootle L20 3AB. Sarah works part time — été.\r\n"
    "\r\n"
    "Her social worker, Aisha Rahman (07700 900123), visits fortnightly; Tyler's school is supportive.\r\n"
    "\r\n"
    "Actions:\r\n"
    "- Aisha Rahman to update the chronology by 28 February 2023.\r\n"
    "\r\n"
    "# Assessment\r\n"
    "Grade: Good\r\n"
    "\r\n"
    "XXXX (DOB 12/04/2015) was assessed by the Team Manager. Mother's e-mail is sarah.jones@example.com.\r\n"
)


def run(*args):
    return CliRunner().invoke(main, [str(a) for a in args], catch_exceptions=False)


def digest(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def outside_placeholders_equal(original: bytes, redacted: bytes) -> bool:
    """Every byte of ``redacted`` outside a placeholder is the original's, in order."""
    parts = PLACEHOLDER.split(redacted)
    pattern = b"(.+?)".join(re.escape(p) for p in parts)
    return re.fullmatch(pattern, original, re.S) is not None


@pytest.fixture
def md(tmp_path):
    p = tmp_path / "audit.md"
    p.write_bytes(AUDIT_MD.encode("utf-8"))
    return p


def test_markdown_details_replaced_and_every_other_byte_kept(md):
    before = digest(md)
    r = run("redact", md)
    assert r.exit_code == 0, r.output
    out = md.with_name("audit.redacted.md")
    data = out.read_bytes()
    text = data.decode("utf-8")
    for v in VALUES:
        assert v not in text, v
    assert "XXXX" in text and "Team Manager" in text and "Mother's" in text and "été" in text
    assert outside_placeholders_equal(md.read_bytes(), data)
    assert not outside_placeholders_equal(md.read_bytes(), data.replace(b"Grade: Good", b"Grade: good", 1))
    assert data.count(b"\r\n") == AUDIT_MD.count("\r\n")  # line endings kept
    assert digest(md) == before  # the input is untouched


def test_markdown_placeholders_are_consistent(md):
    run("redact", md)
    text = md.with_name("audit.redacted.md").read_text(encoding="utf-8")
    sarah = re.search(r"her mother, (\[Name \d+\])", text).group(1)
    tyler = re.search(r"her brother (\[Name \d+\])", text).group(1)
    aisha = re.search(r"social worker, (\[Name \d+\])", text).group(1)
    assert len({sarah, tyler, aisha}) == 3
    assert f"{sarah} works part time" in text  # the first name alone: the same person
    assert f"{tyler}'s school" in text
    assert f"- {aisha} to update" in text
    assert text.count("[Email 1]") == 1 and "[Postcode 1]" in text and "(DOB [Date of birth 1])" in text


def test_summary_counts_kinds_and_never_prints_a_value(md):
    r = run("redact", md)
    assert "replaced" in r.stderr and "name" in r.stderr and "phone" in r.stderr
    for v in VALUES:
        assert v not in r.output and v not in r.stderr
    assert r.stdout == ""


FRONT_MD = (
    "---\n"
    "audit_id: A-2\n"
    "child_ref: Kacper Nowak\n"
    "audit_date: 2023-02-14\n"
    "auditor: 'Jane Whitfield, Team Manager'\n"
    "worker: Aisha Rahman\n"
    "dob: 12/04/2015\n"
    "team: Kirkby Children's Services\n"
    "overall_grade: Good\n"
    "---\n"
    "\n"
    "# Help, Protection and Stability\n"
    "Grade: Good\n"
    "\n"
    "Kacper lives with his mother. Aisha Rahman visits fortnightly and Jane Whitfield read the file.\n"
)


def test_front_matter_values_redacted_consistently_with_the_body(tmp_path):
    src = tmp_path / "front.md"
    src.write_bytes(FRONT_MD.encode("utf-8"))
    r = run("redact", src)
    assert r.exit_code == 0, r.output
    data = src.with_name("front.redacted.md").read_bytes()
    text = data.decode("utf-8")
    for v in ("Kacper", "Nowak", "Aisha", "Rahman", "Jane", "Whitfield", "12/04/2015"):
        assert v not in text, v
    child = re.search(r"^child_ref: (\[Name \d+\])$", text, re.M).group(1)
    worker = re.search(r"^worker: (\[Name \d+\])$", text, re.M).group(1)
    auditor = re.search(r"^auditor: '(\[Name \d+\]), Team Manager'$", text, re.M).group(1)
    assert len({child, worker, auditor}) == 3
    assert f"\n{child} lives with his mother. {worker} visits fortnightly and {auditor} read the file." in text
    assert re.search(r"^dob: \[Date of birth 1\]$", text, re.M)
    # keys, ids, dates that are no birth dates, teams and grades are kept
    for kept in ("audit_id: A-2", "audit_date: 2023-02-14", "team: Kirkby Children's Services", "overall_grade: Good"):
        assert kept in text, kept
    assert outside_placeholders_equal(FRONT_MD.encode("utf-8"), data)


def test_an_anonymised_child_ref_is_kept_in_the_front_matter(md):
    run("redact", md)
    text = md.with_name("audit.redacted.md").read_bytes().decode("utf-8")
    assert "child_ref: XXXX\r\n" in text and "audit_id: A-1\r\n" in text


def test_existing_output_needs_force(md, tmp_path):
    out = tmp_path / "copy.md"
    out.write_text("keep me", encoding="utf-8")
    r = run("redact", md, "-o", out)
    assert r.exit_code == 2 and "--force" in r.stderr
    assert out.read_text(encoding="utf-8") == "keep me"
    r = run("redact", md, "-o", out, "--force")
    assert r.exit_code == 0
    assert "[Name 1]" in out.read_text(encoding="utf-8")


def test_never_writes_over_the_input(md):
    before = digest(md)
    r = run("redact", md, "-o", md, "--force")
    assert r.exit_code == 2 and "input" in r.stderr
    assert digest(md) == before


def test_bad_input_is_a_clear_error(tmp_path):
    pdf = tmp_path / "audit.pdf"
    pdf.write_bytes(b"%PDF-1.4")
    r = run("redact", pdf)
    assert r.exit_code == 2 and f"{pdf}:" in r.stderr and "Markdown" in r.stderr
    fake = tmp_path / "audit.docx"
    fake.write_bytes(b"not a zip")
    r = run("redact", fake)
    assert r.exit_code == 2 and f"{fake}:" in r.stderr
    r = run("redact", tmp_path / "missing.md")
    assert r.exit_code == 2 and "not found" in r.stderr
    assert not list(tmp_path.glob("*.redacted.*"))


def test_utf8_bom_and_lf_are_kept(tmp_path):
    data = b"\xef\xbb\xbf# Assessment\nGrade: Good\n\nHer uncle, Marek Nowak, visits on Sundays \xe2\x80\x94 XXXX likes it.\n"
    p = tmp_path / "bom.md"
    p.write_bytes(data)
    assert run("redact", p).exit_code == 0
    out = (tmp_path / "bom.redacted.md").read_bytes()
    assert out.startswith(b"\xef\xbb\xbf# Assessment\n") and b"Marek" not in out and b"Nowak" not in out
    assert outside_placeholders_equal(data, out)


def test_windows_1252_bytes_are_kept(tmp_path):
    raw = "# Assessment\nGrade: Good\n\nXXXX\x92s aunt, Pauline Hughes, said it was \x93fine\x94 \x80 and \x81.\n"
    data = raw.encode("latin-1")
    p = tmp_path / "old.txt"
    p.write_bytes(data)
    assert run("redact", p).exit_code == 0
    out = (tmp_path / "old.redacted.txt").read_bytes()
    assert b"Pauline" not in out and b"Hughes" not in out
    assert outside_placeholders_equal(data, out)


# -- Word -----------------------------------------------------------------------------------------------------
def build_docx(path):
    d = docx.Document()
    d.core_properties.author = "Jane Whitfield"
    d.sections[0].header.paragraphs[0].text = "Child: Tyler Jones"
    d.add_heading("Help, Protection and Stability", 1)
    d.add_paragraph("Grade: Good")
    p = d.add_paragraph()
    p.add_run("XXXX lives with her mother, Sar")
    b = p.add_run("ah Jo")
    b.bold = True
    p.add_run("nes, at 14 Elm Road, Bootle. ")
    i = p.add_run("She is settled at school.")
    i.italic = True
    link = d.add_paragraph("Mother can be e-mailed at ")
    rid = d.part.relate_to(
        "mailto:sarah.jones@example.com",
        "http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink",
        is_external=True,
    )
    link._p.append(
        parse_xml(
            f'<w:hyperlink {nsdecls("w", "r")} r:id="{rid}"><w:r><w:t>sarah.jones@example.com</w:t></w:r></w:hyperlink>'
        )
    )
    t = d.add_table(rows=1, cols=2)
    t.cell(0, 0).text = "Evidence"
    t.cell(0, 1).text = "Her social worker, Aisha Rahman, visits often. Sarah agrees."
    d.save(path)


def test_docx_round_trip_keeps_formatting_and_structure(tmp_path):
    src = tmp_path / "audit.docx"
    build_docx(src)
    before = digest(src)
    r = run("redact", src)
    assert r.exit_code == 0, r.output
    out = tmp_path / "audit.redacted.docx"
    d = docx.Document(str(out))
    body = "\n".join(p.text for p in d.paragraphs)
    cell = d.tables[0].cell(0, 1).text
    header = d.sections[0].header.paragraphs[0].text
    everything = "\n".join([body, cell, header])
    for v in ("Sarah", "Jones", "Tyler", "Aisha", "Rahman", "Elm Road", "sarah.jones@example.com"):
        assert v not in everything, v
    name = re.search(r"her mother, (\[Name \d+\])", body).group(1)
    assert "Bootle" not in body  # the town is part of the address
    assert cell.endswith(f"{name} agrees.")  # the same person in a table cell
    assert header.startswith("Child: [Name ") and name not in header  # another Jones
    para = d.paragraphs[2]
    assert [r.italic for r in para.runs if "settled" in r.text] == [True]  # formatting of other runs kept
    assert "[Email 1]" in d.paragraphs[3].text
    assert all("sarah" not in rel.target_ref for rel in d.part.rels.values() if rel.is_external)
    with zipfile.ZipFile(out) as z:
        assert b"sarah" not in z.read("word/_rels/document.xml.rels").lower()
        assert b"Rahman" not in z.read("word/document.xml")
    assert d.core_properties.author == "" and "Whitfield" not in (d.core_properties.last_modified_by or "")
    # still the same audit to the reader
    audit = read_docx(out.read_bytes(), str(out), catalogue())
    assert [dm.number for dm in audit.domains] == [1] and audit.domains[0].grade is not None
    assert digest(src) == before


def test_docx_default_name_force_and_summary(tmp_path):
    src = tmp_path / "audit.docx"
    build_docx(src)
    assert run("redact", src).exit_code == 0
    r = run("redact", src)
    assert r.exit_code == 2 and "--force" in r.stderr
    r = run("redact", src, "--force")
    assert r.exit_code == 0 and "name" in r.stderr and "e-mail" in r.stderr
    assert "Rahman" not in r.output and "sarah" not in r.output.lower()
    r = run("redact", src, "-o", tmp_path / "copy.md")
    assert r.exit_code == 2 and ".docx" in r.stderr


def test_docx_in_memory_helper_reports_kinds(tmp_path):
    from auditlint.commands.redact import redact_docx, summary
    from auditlint.identifying import Detector

    buf = io.BytesIO()
    d = docx.Document()
    d.add_paragraph("Father's number is 07700 900417 and his NHS number is 999 526 0182.")
    d.save(buf)
    done = redact_docx(buf.getvalue(), "mem.docx", Detector())
    assert dict(done.kinds) == {"phone": 1, "nhs_number": 1}
    assert summary(done).startswith("replaced 2 details: 1 NHS number, 1 phone (2 different)")
