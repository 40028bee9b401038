"""The HTML report: self-contained, every finding anchored at its text, audit text escaped, renders in Chromium."""

from __future__ import annotations

import os
import shutil
import struct
import subprocess
import textwrap
from html.parser import HTMLParser
from pathlib import Path

import pytest
from click.testing import CliRunner

from auditlint.cli import main
from auditlint.config import Config
from auditlint.engine import Engine
from auditlint.readers import read_path
from auditlint.reporters import FORMATS, get_reporter
from auditlint.reporters.html import _Span, nest
from auditlint.text import excerpt

from .conftest import EXAMPLES, audit_from_markdown, engine_for

SCRIPT_AUDIT = textwrap.dedent(
    """\
    ---
    audit_id: SCRIPT-1
    child_ref: XXXX
    audit_date: 2023-02-14
    ---
    # Help, Protection and Stability
    Grade: Good

    XXXX is nine and lives with her mother. The worker typed <script>alert("x")</script> into the note & left it, and the CIN plan was reviewed.

    Actions:
    - Update case summary.
    """
)


class Page(HTMLParser):
    """Collects what the tests look at: marks (with their text), element ids, scripts, external references."""

    VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[tuple[str, dict]] = []
        self.marks: dict[str, list[str]] = {}  # finding id -> text of each piece, in order
        self.mark_codes: dict[str, str] = {}
        self.open_marks: list[list] = []
        self.ids: set[str] = set()
        self.scripts: list[str] = []
        self.in_script = False
        self.external: list[str] = []
        self.first_body_child: tuple[str, dict] | None = None
        self.sentence_classes: set[str] = set()
        self.text: list[str] = []

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if self.stack and self.stack[-1][0] == "body" and self.first_body_child is None:
            self.first_body_child = (tag, a)
        if "id" in a:
            self.ids.add(a["id"])
        for key in ("src", "href"):
            v = a.get(key) or ""
            if v and not v.startswith("#"):
                self.external.append(v)
        if tag == "link":
            self.external.append(str(a))
        cls = (a.get("class") or "").split()
        for c in cls:
            if c in ("s-process", "s-evaluation", "s-impact"):
                self.sentence_classes.add(c[2:])
        if tag == "mark" and "data-finding" in a:
            self.marks.setdefault(a["data-finding"], []).append("")
            self.mark_codes[a["data-finding"]] = a.get("data-code", "")
            self.open_marks.append([a["data-finding"], len(self.marks[a["data-finding"]]) - 1])
        if tag == "script":
            self.in_script = True
            self.scripts.append("")
        if tag not in self.VOID:
            self.stack.append((tag, a))

    def handle_endtag(self, tag):
        if tag == "script":
            self.in_script = False
        if tag == "mark" and self.open_marks:
            self.open_marks.pop()
        while self.stack:
            t, _ = self.stack.pop()
            if t == tag:
                break

    def handle_data(self, data):
        if self.in_script:
            self.scripts[-1] += data
            return
        self.text.append(data)
        for fid, i in self.open_marks:
            self.marks[fid][i] += data


def parse(html: str) -> Page:
    p = Page()
    p.feed(html)
    p.close()
    return p


@pytest.fixture(scope="module")
def checked():
    weak = read_path(EXAMPLES / "weak-audit.md")
    script = audit_from_markdown(SCRIPT_AUDIT, "script.md")
    eng = engine_for()
    results = eng.check([weak, script])
    return eng, results


@pytest.fixture(scope="module")
def page_html(checked):
    eng, results = checked
    return get_reporter("html")(results, [], eng.specs)


def test_html_is_a_registered_format():
    assert "html" in FORMATS


def test_every_finding_is_present_and_anchored_at_its_text(checked, page_html):
    _, results = checked
    page = parse(page_html)
    anchored = 0
    for i, r in enumerate(results):
        assert r.audit is not None  # the engine kept the audit for reporters
        for j, f in enumerate(r.findings):
            fid = f"f{i}-{j}"
            assert fid in page.ids, f"finding {f.code} at line {f.line} has no note"
            if not f.excerpt:
                continue
            assert fid in page.marks, f"{f.code} at {f.line}:{f.column} ({f.excerpt!r}) is not highlighted"
            text = "".join(page.marks[fid])
            assert excerpt(text, 0, len(text)) == f.excerpt, (f.code, text, f.excerpt)
            assert page.mark_codes[fid] == f.code  # labelled with its code, not colour alone
            anchored += 1
    assert anchored >= 40


def test_audit_text_is_escaped(page_html):
    assert '&lt;script&gt;alert(&#34;x&#34;)&lt;/script&gt;' in page_html or "&lt;script&gt;alert(" in page_html
    page = parse(page_html)
    assert not any("alert" in s for s in page.scripts)
    assert any('<script>alert("x")</script>' in t for t in page.text)  # shown as text
    assert "&amp; left it" in page_html


def test_self_contained_and_labelled(page_html):
    page = parse(page_html)
    assert page.external == [], page.external
    assert "url(" not in page_html and "@import" not in page_html
    assert page_html.count("<style>") == 1
    assert "Writing score" in page_html and "Practice grade" in page_html
    assert "not a grade of the practice" in page_html
    assert {"process", "evaluation", "impact"} <= page.sentence_classes
    for tag in ("process", "evaluation", "impact"):
        assert f'data-class="{tag}"' in page_html  # the tag text comes from the class, in the legend too
    assert "@media print" in page_html


def test_immediate_response_banner_comes_first(tmp_path):
    rules = tmp_path / "ourrules"
    rules.mkdir()
    (rules / "AL107.yml").write_text("code: AL107\nimmediate_response: true\n", encoding="utf-8")
    eng = Engine(Config(rule_dirs=[rules], select=["AL101", "AL107"]))
    res = eng.check([audit_from_markdown("# Assessment\nGrade: Good\n\nPlan reviewed.\n", "thin.md")])
    html = get_reporter("html")(res, [], eng.specs)
    page = parse(html)
    tag, attrs = page.first_body_child
    assert tag == "div" and "banner-ir" in attrs.get("class", "")
    assert html.index("IMMEDIATE RESPONSE NEEDED") < html.index("<h1>")


def test_crossing_spans_are_split_and_keep_their_text():
    text = "One two three. Four five six."
    spans = [_Span(0, 14, 0, "sent", "process"), _Span(15, 29, 0, "sent", "impact")]
    spans.append(_Span(8, 20, 1, "mark", {"id": "x", "code": "AL201"}))
    nodes = nest(text, spans)

    def collect(ns, inside=False):
        out = ""
        for n in ns:
            if n["t"] == "text":
                out += n["text"] if inside else ""
            else:
                out += collect(n["children"], inside or (n["t"] == "mark"))
        return out

    def flat(ns):
        return "".join(n["text"] if n["t"] == "text" else flat(n["children"]) for n in ns)

    assert flat(nodes) == text
    assert collect(nodes) == text[8:20]


def test_check_format_html_to_a_file(tmp_path):
    out = tmp_path / "report.html"
    r = CliRunner().invoke(main, ["check", str(EXAMPLES / "good-audit.md"), "--format", "html", "-o", str(out)])
    assert r.exit_code in (0, 1), r.output
    html = out.read_text(encoding="utf-8")
    assert html.startswith("<!DOCTYPE html>") and "EX-GOOD-01" in html


# ---------------------------------------------------------------- a real browser
def _chromium() -> str | None:
    for name in ("chromium", "chromium-browser", "google-chrome"):
        exe = shutil.which(name)
        if exe:
            return exe
    return None


def screenshot(html_path: Path, png: Path, profile: Path, size: str = "1200,2000") -> None:
    exe = _chromium()
    cmd = [
        exe, "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run", f"--user-data-dir={profile}",
        f"--screenshot={png}", f"--window-size={size}", html_path.resolve().as_uri(),
    ]
    subprocess.run(cmd, capture_output=True, timeout=120, check=False, env={**os.environ, "HOME": str(profile)})


@pytest.mark.skipif(_chromium() is None, reason="Chromium is not installed (apt-get install chromium): cannot render the report")
def test_report_renders_in_headless_chromium(tmp_path, page_html):
    html_path = tmp_path / "report.html"
    html_path.write_text(page_html, encoding="utf-8")
    png = tmp_path / "report.png"
    screenshot(html_path, png, tmp_path / "profile")
    data = png.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    width, height = struct.unpack(">II", data[16:24])
    assert (width, height) == (1200, 2000)
    assert len(data) > 20_000  # not a blank page
