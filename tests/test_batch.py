"""Moderators' batch report and sample, trainers' side-by-side compare."""

from __future__ import annotations

import csv
import io
import json
import math
import shutil
import subprocess
import sys

import pytest
from click.testing import CliRunner

from auditlint.cli import main
from auditlint.commands.report import run_batch
from auditlint.commands.sample import draw_sample
from auditlint.config import Config
from auditlint.readers import iter_audit_files, read_path

from .conftest import CORPORA, EXAMPLES
from .test_html import parse


def run(*args):
    return CliRunner().invoke(main, list(args), catch_exceptions=False)


@pytest.fixture(scope="module")
def batch(tmp_path_factory):
    d = tmp_path_factory.mktemp("batch")
    for src in (EXAMPLES / "good-audit.md", EXAMPLES / "weak-audit.md", CORPORA / "audits/tune/t06-sibling-group-weak.md"):
        shutil.copy(src, d / src.name)
    (d / "broken.yaml").write_text("audit_id: [\n", encoding="utf-8")
    return d


# ---------------------------------------------------------------- report
def test_jobs_n_gives_the_same_rows_as_jobs_1(batch):
    files = iter_audit_files([str(batch)])
    one = run_batch(files, Config(), jobs=1)
    two = run_batch(files, Config(), jobs=2)
    assert one == two
    assert [r["path"] for r in one] == files
    assert sum("error" in r for r in one) == 1


def test_an_audit_the_engine_refuses_is_reported_alone_and_its_neighbours_still_checked(batch):
    """Files are checked a few at a time; when the engine refuses one audit of the run
    (an InputError), each is checked alone, so only that file's row carries the error."""
    from auditlint.commands import report
    from auditlint.engine import Engine
    from auditlint.errors import InputError

    class Refusing(Engine):
        def check(self, audits):
            bad = [a for a in audits if str(a.path).endswith("weak-audit.md")]
            if bad:
                raise InputError(bad[0].path, "refused for the test", line=3)
            return super().check(audits)

    files = iter_audit_files([str(batch)])
    report.init_worker(Config(), Refusing(Config()))
    rows = report.check_files(files)
    assert [r["path"] for r in rows] == files
    errors = {r["path"].rsplit("/", 1)[-1]: r["error"] for r in rows if "error" in r}
    assert set(errors) == {"broken.yaml", "weak-audit.md"}
    assert errors["weak-audit.md"].endswith("weak-audit.md:3: refused for the test")  # the file and line
    assert sum("score" in r for r in rows) == 2


def test_report_writes_csv_and_sortable_html_and_lists_failures(batch, tmp_path):
    html_out, csv_out = tmp_path / "summary.html", tmp_path / "summary.csv"
    r = run("report", str(batch), "--html", str(html_out), "--csv", str(csv_out), "--jobs", "2")
    assert r.exit_code == 2  # one file could not be read
    assert "broken.yaml" in r.output and "could not be read" in r.output
    rows = list(csv.DictReader(io.StringIO(csv_out.read_text(encoding="utf-8"))))
    assert len(rows) == 4
    ok = {row["audit_id"]: row for row in rows if not row["error"]}
    assert set(ok) == {"EX-GOOD-01", "EX-WEAK-01", "T06-SG4-2023-01"}
    good, weak = ok["EX-GOOD-01"], ok["EX-WEAK-01"]
    assert float(good["writing_score"]) > float(weak["writing_score"])
    assert good["practice_grade_1"] == "Good" and weak["practice_grade_6"] == "Inadequate"
    assert ok["T06-SG4-2023-01"]["immediate_response"] == "yes" and good["immediate_response"] == "no"
    assert int(weak["findings_total"]) == sum(int(v) for k, v in weak.items() if k.startswith("findings_") and k != "findings_total")
    assert [row for row in rows if row["error"]][0]["path"].endswith("broken.yaml")

    html = html_out.read_text(encoding="utf-8")
    page = parse(html)
    assert page.external == []
    assert html.count('class="sortable') >= 20 and "aria-sort" in html  # clickable headers, tiny inline script
    assert len(page.scripts) == 1 and "addEventListener" in page.scripts[0]
    assert html.count("<svg") >= 2  # distribution and per-domain averages, inline
    assert "Writing score distribution" in html and "Average writing score per domain" in html
    assert "broken.yaml" in html and "IMMEDIATE RESPONSE NEEDED" in html
    assert "Practice grades (the auditor" in html and "auditlint's score of the writing" in html

    # no overwrite without --force
    csv_out.write_text("mine", encoding="utf-8")
    r = run("report", str(EXAMPLES / "good-audit.md"), "--csv", str(csv_out))
    assert r.exit_code == 2 and "--force" in r.output and csv_out.read_text() == "mine"
    r = run("report", str(EXAMPLES / "good-audit.md"), "--csv", str(csv_out), "--force")
    assert r.exit_code == 0 and "EX-GOOD-01" in csv_out.read_text()


def test_report_prints_a_table_without_outputs():
    r = run("report", str(EXAMPLES / "good-audit.md"))
    assert r.exit_code == 0
    assert "EX-GOOD-01" in r.output and "Writing score" in r.output and "practice grades" in r.output


# ---------------------------------------------------------------- sample
def _audits(tmp_path, grades: list[str | None], via_front_matter: bool = True) -> list:
    out = []
    for i, g in enumerate(grades):
        fm = f"audit_id: S{i:02d}\n" + (f"overall_grade: {g}\n" if g and via_front_matter else "")
        body = "# Assessment\nGrade: Good\n\nText.\n"
        if g and not via_front_matter:
            body += f"\n# Impact and Overall Outcomes\nGrade: {g}\n\nText.\n"
        p = tmp_path / f"s{i:02d}.md"
        p.write_text(f"---\n{fm}---\n{body}", encoding="utf-8")
        out.append(p)
    return out


GRADES = ["Good"] * 3 + ["Requires Improvement"] * 12 + ["Inadequate"] * 5  # 20 audits, 3 Good


def test_sample_is_reproducible_and_respects_the_fraction(tmp_path):
    paths = _audits(tmp_path, GRADES)
    audits = [read_path(p) for p in paths]
    a1, target = draw_sample(audits, 0.3, seed=7)
    a2, _ = draw_sample([read_path(p) for p in reversed(paths)], 0.3, seed=7)
    b, _ = draw_sample(audits, 0.3, seed=8)
    chosen = lambda items: [c.path for c in items if c.chosen]  # noqa: E731
    assert chosen(a1) == chosen(a2)  # same seed, same sample (whatever the file order)
    assert target == math.ceil(0.3 * 20) == 6
    assert len(chosen(a1)) == 6  # the fraction is reached, not exceeded
    goods = {str(p) for p, g in zip(paths, GRADES) if g == "Good"}
    assert goods <= set(chosen(a1)) and goods <= set(chosen(b))  # every Good audit
    samples = {tuple(chosen(draw_sample(audits, 0.3, seed=s)[0])) for s in range(8)}
    assert len(samples) > 1  # another seed, another sample
    assert all(c.reason for c in a1)


def test_sample_when_goods_exceed_the_fraction_and_grade_from_domain_7(tmp_path):
    grades = ["Good"] * 5 + ["Inadequate"] * 5
    paths = _audits(tmp_path, grades, via_front_matter=False)
    items, target = draw_sample([read_path(p) for p in paths], 0.3, seed=1)
    chosen = [c for c in items if c.chosen]
    assert target == 3
    assert {c.grade.value for c in chosen if c.grade.value == "Good"} == {"Good"}
    assert sum(c.grade.value == "Good" for c in chosen) == 5  # all Goods, read from domain 7
    assert sum(c.grade.value == "Inadequate" for c in chosen) == 1  # plus a selection
    assert all(c.grade_from == "domain 7" for c in items)


def test_sample_command_output(tmp_path):
    paths = _audits(tmp_path, GRADES + [None])
    r = run("sample", str(tmp_path), "--fraction", "0.3", "--seed", "42")
    assert r.exit_code == 0, r.output
    lines = [ln for ln in r.output.splitlines() if ln.startswith("  ") and "cannot be placed" not in ln]
    assert len(lines) == math.ceil(0.3 * 20)
    assert all("every Good audit" in ln for ln in lines if "[Good]" in ln)
    assert any("drawn at random (seed 42)" in ln for ln in lines)
    assert "cannot be placed" in r.output and str(paths[-1]) in r.output
    again = run("sample", str(tmp_path), "--fraction", "0.3", "--seed", "42")
    assert again.output == r.output
    doc = json.loads(run("sample", str(tmp_path), "--seed", "42", "--format", "json").output)
    assert len(doc["sample"]) == 6 and doc["seed"] == 42


def test_sample_needs_no_nlp(tmp_path):
    _audits(tmp_path, GRADES)
    code = (
        "import sys\nfrom click.testing import CliRunner\nfrom auditlint.cli import main\n"
        f"r = CliRunner().invoke(main, ['sample', {str(tmp_path)!r}, '--seed', '1'])\n"
        "assert r.exit_code == 0, r.output\n"
        "print('spacy' in sys.modules)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


# ---------------------------------------------------------------- compare
def test_compare_text_and_html(tmp_path):
    out = tmp_path / "compare.html"
    r = run("compare", str(EXAMPLES / "good-audit.md"), str(EXAMPLES / "weak-audit.md"), "--html", str(out))
    assert r.exit_code == 0, r.output
    text = r.output
    for n in range(1, 8):
        assert f"Domain {n}." in text
    assert "only in A:" in text and "only in B:" in text
    assert "practice grade" in text and "writing score" in text
    assert "AL104 child-summary-missing" in text.split("Domain 2.")[0]  # separates them in domain 1
    html = out.read_text(encoding="utf-8")
    page = parse(html)
    assert page.external == []
    assert "side by side" in html and "EX-GOOD-01" in html and "EX-WEAK-01" in html
    assert {"process", "impact"} <= page.sentence_classes
    assert "Only in B:" in html
    r = run("compare", str(EXAMPLES / "good-audit.md"), str(EXAMPLES / "weak-audit.md"), "--html", str(out))
    assert r.exit_code == 2 and "--force" in r.output


def test_compare_unreadable_file(tmp_path):
    bad = tmp_path / "bad.md"
    bad.write_text("# Assessment\nGrade: Great\n", encoding="utf-8")
    r = run("compare", str(EXAMPLES / "good-audit.md"), str(bad))
    assert r.exit_code == 2 and "bad.md" in r.output
