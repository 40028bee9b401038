"""Word twins of Markdown audits, built with python-docx in the shapes of the audit tool.

Each builder reads a Markdown audit with our own Markdown reader, then writes
the same texts (narrative, actions, grades as written, metadata) into a .docx
of one shape. The narrative and action texts are identical, so the rules must
find the same things in both files; only the positions differ by design.
"""

from __future__ import annotations

import io
from pathlib import Path
from typing import Callable

import docx
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls

from auditlint.model import Audit, Grade
from auditlint.readers import read_text

W14 = "http://schemas.microsoft.com/office/word/2010/wordml"
GRADES = [g.value for g in Grade]


def markdown_audit(path: Path) -> Audit:
    return read_text(path.read_text(encoding="utf-8"), str(path))


# -- small XML helpers ------------------------------------------------------------------
def legacy_dropdown(paragraph, entries: list[str], chosen: int) -> None:
    """A Word 97-2003 drop-down form field (FORMDROPDOWN) with ``entries[chosen]`` selected."""
    items = "".join(f'<w:listEntry w:val="{e}"/>' for e in entries)
    paragraph._p.append(
        parse_xml(
            f'<w:r {nsdecls("w")}><w:fldChar w:fldCharType="begin"><w:ffData><w:name w:val="Grade"/>'
            f'<w:enabled/><w:calcOnExit w:val="0"/><w:ddList><w:result w:val="{chosen}"/>{items}</w:ddList>'
            "</w:ffData></w:fldChar></w:r>"
        )
    )
    paragraph._p.append(parse_xml(f'<w:r {nsdecls("w")}><w:instrText xml:space="preserve"> FORMDROPDOWN </w:instrText></w:r>'))
    paragraph._p.append(parse_xml(f'<w:r {nsdecls("w")}><w:fldChar w:fldCharType="separate"/></w:r>'))
    paragraph._p.append(parse_xml(f'<w:r {nsdecls("w")}><w:fldChar w:fldCharType="end"/></w:r>'))


def legacy_checkbox(paragraph, checked: bool) -> None:
    """A Word 97-2003 check-box form field (FORMCHECKBOX)."""
    paragraph._p.append(
        parse_xml(
            f'<w:r {nsdecls("w")}><w:fldChar w:fldCharType="begin"><w:ffData><w:name w:val="Check"/><w:enabled/>'
            f'<w:calcOnExit w:val="0"/><w:checkBox><w:sizeAuto/><w:default w:val="{int(checked)}"/></w:checkBox>'
            "</w:ffData></w:fldChar></w:r>"
        )
    )
    paragraph._p.append(parse_xml(f'<w:r {nsdecls("w")}><w:instrText xml:space="preserve"> FORMCHECKBOX </w:instrText></w:r>'))
    paragraph._p.append(parse_xml(f'<w:r {nsdecls("w")}><w:fldChar w:fldCharType="end"/></w:r>'))


def content_control_dropdown(paragraph, entries: list[str], chosen: str | None) -> None:
    """A drop-down content control showing ``chosen`` (or its placeholder when None)."""
    items = "".join(f'<w:listItem w:displayText="{e}" w:value="{e}"/>' for e in entries)
    shown = chosen if chosen is not None else "Choose an item."
    placeholder = "<w:showingPlcHdr/>" if chosen is None else ""
    paragraph._p.append(
        parse_xml(
            f'<w:sdt {nsdecls("w")}><w:sdtPr><w:alias w:val="Grade"/><w:tag w:val="grade"/>{placeholder}'
            f"<w:dropDownList>{items}</w:dropDownList></w:sdtPr>"
            f'<w:sdtContent><w:r><w:t xml:space="preserve">{shown}</w:t></w:r></w:sdtContent></w:sdt>'
        )
    )


def content_control_checkbox(paragraph, checked: bool) -> None:
    """A check-box content control (Word 2010+), which shows ☒ or ☐."""
    glyph = "☒" if checked else "☐"
    paragraph._p.append(
        parse_xml(
            f'<w:sdt {nsdecls("w")} xmlns:w14="{W14}"><w:sdtPr><w14:checkbox><w14:checked w14:val="{int(checked)}"/>'
            '<w14:checkedState w14:val="2612" w14:font="MS Gothic"/><w14:uncheckedState w14:val="2610" w14:font="MS Gothic"/>'
            f'</w14:checkbox></w:sdtPr><w:sdtContent><w:r><w:rPr><w:rFonts w:ascii="MS Gothic" w:hAnsi="MS Gothic"/></w:rPr>'
            f"<w:t>{glyph}</w:t></w:r></w:sdtContent></w:sdt>"
        )
    )


def set_cell(cell, paragraphs: list[str], style: str | None = None, bold: bool = False) -> None:
    """Fill a table cell with one Word paragraph per text."""
    first = True
    for text in paragraphs:
        p = cell.paragraphs[0] if first else cell.add_paragraph()
        first = False
        if style:
            p.style = style
        p.add_run(text).bold = bold or None


def merge_row(table, row: int):
    cells = table.rows[row].cells
    return cells[0].merge(cells[-1]) if len(cells) > 1 else cells[0]


# -- the pieces every shape shares --------------------------------------------------------
def grade_written(d) -> str:
    return d.grade_text.text if d.grade_text is not None else (d.grade.value if d.grade else "")


def sections(audit: Audit):
    """(kind, heading, domain or None) in the order of the audit tool."""
    for d in audit.domains:
        yield "domain", d.heading.text or d.name, d
    if audit.practitioner:
        yield "practitioner", audit.practitioner.heading.text, audit.practitioner
    if audit.family:
        yield "family", audit.family.heading.text, audit.family
    if audit.actions:
        yield "actions", "Actions", None


def meta_table(doc, audit: Audit) -> None:
    rows = [
        ("Audit ID", audit.audit_id),
        ("Child reference", audit.child_ref),
        ("Audit date", audit.audit_date.strftime("%d/%m/%Y") if audit.audit_date else ""),
        ("Auditor", audit.auditor or ""),
    ]
    t = doc.add_table(rows=len(rows), cols=2)
    t.style = "Table Grid"
    for i, (k, v) in enumerate(rows):
        set_cell(t.cell(i, 0), [k], bold=True)
        set_cell(t.cell(i, 1), [v])


def meta_lines(doc, audit: Audit) -> None:
    for label, value in (
        ("Audit ID", audit.audit_id),
        ("Child reference", audit.child_ref),
        ("Audit date", audit.audit_date.strftime("%d/%m/%Y") if audit.audit_date else ""),
        ("Auditor", audit.auditor or ""),
    ):
        p = doc.add_paragraph()
        p.add_run(f"{label}: ").bold = True
        p.add_run(value)


def labelled_grade(doc, text: str) -> None:
    p = doc.add_paragraph()
    p.add_run("Grade: ").bold = True
    p.add_run(text)


# -- shapes ----------------------------------------------------------------------------------
def build_headings(audit: Audit) -> docx.document.Document:
    """Heading 1 per section, a "Grade:" line, narrative, "Actions:" then List Bullet paragraphs."""
    doc = docx.Document()
    doc.add_paragraph("Case file audit", style="Title")
    meta_table(doc, audit)
    for kind, heading, sec in sections(audit):
        doc.add_heading(heading, level=1)
        if kind == "actions":
            for a in audit.actions:
                doc.add_paragraph(a.block.text, style="List Number")
            continue
        if kind == "domain":
            labelled_grade(doc, grade_written(sec))
        for para in sec.paragraphs:
            doc.add_paragraph(para.text)
        if sec.actions:
            doc.add_paragraph("Actions:")
            for a in sec.actions:
                doc.add_paragraph(a.block.text, style="List Bullet")
    return doc


def build_bold_lines(audit: Audit) -> docx.document.Document:
    """Bold numbered lines ("1. Help, Protection and Stability"), labelled metadata lines, typed "- " actions."""
    doc = docx.Document()
    p = doc.add_paragraph()
    p.add_run("CHILDREN'S SERVICES CASE FILE AUDIT").bold = True
    meta_lines(doc, audit)
    n = 0
    for kind, heading, sec in sections(audit):
        n += 1
        p = doc.add_paragraph()
        p.add_run(heading if heading[:1].isdigit() else f"{n}. {heading}").bold = True
        if kind == "actions":
            for a in audit.actions:
                doc.add_paragraph(a.block.text, style="List Number")
            continue
        if kind == "domain":
            labelled_grade(doc, grade_written(sec))
        for para in sec.paragraphs:
            doc.add_paragraph(para.text)
        if sec.actions:
            p = doc.add_paragraph()
            p.add_run("Actions").bold = True
            for a in sec.actions:
                doc.add_paragraph("- " + a.block.text)
    return doc


def build_table_per_domain(audit: Audit) -> docx.document.Document:
    """A table per section: the heading across the top, then Grade / Evidence and analysis / Actions rows."""
    doc = docx.Document()
    doc.add_paragraph("Case file audit", style="Title")
    meta_table(doc, audit)
    for kind, heading, sec in sections(audit):
        if kind == "actions":
            t = doc.add_table(rows=2, cols=1)
            t.style = "Table Grid"
            set_cell(t.cell(0, 0), ["Actions"], bold=True)
            set_cell(t.cell(1, 0), [a.block.text for a in audit.actions], style="List Number")
            doc.add_paragraph()
            continue
        rows = 2 + (kind == "domain") + bool(sec.actions)
        t = doc.add_table(rows=rows, cols=2)
        t.style = "Table Grid"
        set_cell(merge_row(t, 0), [heading], bold=True)
        r = 1
        if kind == "domain":
            set_cell(t.cell(r, 0), ["Grade"], bold=True)
            set_cell(t.cell(r, 1), [grade_written(sec)])
            r += 1
        set_cell(t.cell(r, 0), ["Evidence and analysis"], bold=True)
        set_cell(t.cell(r, 1), [p.text for p in sec.paragraphs])
        r += 1
        if sec.actions:
            set_cell(t.cell(r, 0), ["Actions"], bold=True)
            set_cell(t.cell(r, 1), [a.block.text for a in sec.actions], style="List Bullet")
        doc.add_paragraph()
    return doc


def build_row_per_domain(audit: Audit) -> docx.document.Document:
    """One table: "Domain | Grade | Evidence and analysis | Actions", a row per section."""
    doc = docx.Document()
    doc.add_paragraph("Case file audit", style="Title")
    meta_table(doc, audit)
    doc.add_paragraph()
    secs = list(sections(audit))
    t = doc.add_table(rows=1 + len(secs), cols=4)
    t.style = "Table Grid"
    for i, h in enumerate(["Domain", "Grade", "Evidence and analysis", "Actions"]):
        set_cell(t.cell(0, i), [h], bold=True)
    for r, (kind, heading, sec) in enumerate(secs, 1):
        set_cell(t.cell(r, 0), [heading])
        if kind == "actions":
            set_cell(t.cell(r, 3), [a.block.text for a in audit.actions])
            continue
        if kind == "domain":
            set_cell(t.cell(r, 1), [grade_written(sec)])
        set_cell(t.cell(r, 2), [p.text for p in sec.paragraphs])
        if sec.actions:
            set_cell(t.cell(r, 3), [a.block.text for a in sec.actions])
    return doc


def _grade_index(d) -> int:
    return GRADES.index(d.grade.value)


def build_form_fields(audit: Audit) -> docx.document.Document:
    """Headings; each domain's grade chosen a different way: legacy drop-down, content-control
    drop-down, ticked check boxes (content controls or legacy), or bold among the options."""
    doc = docx.Document()
    doc.add_paragraph("Case file audit", style="Title")
    meta_table(doc, audit)
    ways = ["legacy-dropdown", "cc-dropdown", "cc-checkboxes", "bold-options", "legacy-checkboxes", "ticks", "x-table"]
    for kind, heading, sec in sections(audit):
        doc.add_heading(heading, level=1)
        if kind == "actions":
            for a in audit.actions:
                doc.add_paragraph(a.block.text, style="List Number")
            continue
        if kind == "domain" and sec.grade is not None:
            way = ways[(sec.number - 1) % len(ways)]
            chosen = _grade_index(sec)
            if way == "legacy-dropdown":
                p = doc.add_paragraph()
                p.add_run("Grade: ").bold = True
                legacy_dropdown(p, GRADES, chosen)
            elif way == "cc-dropdown":
                t = doc.add_table(rows=1, cols=2)
                set_cell(t.cell(0, 0), ["Judgement"], bold=True)
                content_control_dropdown(t.cell(0, 1).paragraphs[0], GRADES, GRADES[chosen])
            elif way in ("cc-checkboxes", "legacy-checkboxes"):
                t = doc.add_table(rows=1, cols=2)
                set_cell(t.cell(0, 0), ["Grade"], bold=True)
                cell = t.cell(0, 1)
                for i, g in enumerate(GRADES):
                    p = cell.paragraphs[0] if i == 0 else cell.add_paragraph()
                    if way == "cc-checkboxes":
                        content_control_checkbox(p, i == chosen)
                    else:
                        legacy_checkbox(p, i == chosen)
                    p.add_run(" " + g)
            elif way == "bold-options":
                t = doc.add_table(rows=1, cols=2)
                set_cell(t.cell(0, 0), ["Grade"], bold=True)
                p = t.cell(0, 1).paragraphs[0]
                for i, g in enumerate(GRADES):
                    if i:
                        p.add_run(" / ")
                    p.add_run(g).bold = i == chosen or None
            elif way == "ticks":
                p = doc.add_paragraph()
                p.add_run("Grade: ").bold = True
                p.add_run("   ".join(f"{g} {'✓' if i == chosen else ''}".rstrip() for i, g in enumerate(GRADES)))
            elif way == "x-table":
                t = doc.add_table(rows=2, cols=4)
                for i, g in enumerate(GRADES):
                    set_cell(t.cell(0, i), [g], bold=True)
                    if i == chosen:
                        set_cell(t.cell(1, i), ["X"])
        for para in sec.paragraphs:
            doc.add_paragraph(para.text)
        if sec.actions:
            doc.add_paragraph("Actions:")
            for a in sec.actions:
                doc.add_paragraph(a.block.text, style="List Bullet")
    return doc


SHAPES: dict[str, Callable[[Audit], docx.document.Document]] = {
    "headings": build_headings,
    "bold-lines": build_bold_lines,
    "table-per-domain": build_table_per_domain,
    "row-per-domain": build_row_per_domain,
    "form-fields": build_form_fields,
}


def to_bytes(doc) -> bytes:
    buf = io.BytesIO()
    doc.save(buf)
    return buf.getvalue()


def word_twin(md_path: Path, shape: str, out: Path) -> Path:
    """Write the Word twin of ``md_path`` in ``shape`` to ``out``."""
    out.write_bytes(to_bytes(SHAPES[shape](markdown_audit(md_path))))
    return out


__all__ = ["SHAPES", "markdown_audit", "to_bytes", "word_twin"]


def zip_bytes(entries: dict[str, bytes]) -> bytes:
    """A zip archive of ``entries`` (name -> bytes): the raw material of a hand-made .docx."""
    import zipfile

    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in entries.items():
            z.writestr(name, data)
    return buf.getvalue()
