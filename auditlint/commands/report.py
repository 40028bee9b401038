"""``auditlint report``: a moderator's summary of a month's batch of audits.

One row per audit: its id and auditor, the seven practice grades (the
auditor's), the overall writing score and band (auditlint's), the findings per
rule family and whether an immediate response is needed. Written as a
sortable HTML page (with a score distribution and the average writing score
per domain, drawn as inline SVG) and/or a plain CSV file.

``--jobs N`` checks the files in N worker processes. Where processes can
fork (Linux), the parent builds the engine, loads the NLP pipeline and
compiles the lexicons once, then forks the workers, which share all of it
(copy-on-write) and start at once; elsewhere each worker builds its own (the
pool's initializer). Each task is a few files, parsed together in one
``nlp.pipe`` run and one vocabulary memory zone (a zone per file cost ~5% more
parsing: the new words of every file were added, dropped and added again).
The results are the same as with ``--jobs 1``: an audit's findings never depend
on the files checked beside it.
"""

from __future__ import annotations

import csv
import io
import sys
from pathlib import Path
from typing import Any

import click

from ..errors import AuditlintError, InputError

# Imported by ``auditlint --help`` and ``--version`` (every command module is):
# the model and the rule files (pydantic, PyYAML) are imported where they are used.


def _family_columns() -> tuple[str, ...]:
    from ..rulepack import FAMILY_ORDER

    return FAMILY_ORDER

GRADE_SHORT = {
    "Outstanding": "Outst.",
    "Good": "Good",
    "Requires Improvement to be Good": "RI",
    "Inadequate": "Inad.",
}
DOMAIN_SHORT = {
    1: "Help, protection, stability",
    2: "Recording",
    3: "Assessment",
    4: "Relationships, direct work",
    5: "Multi-agency planning",
    6: "Supervision, oversight",
    7: "Impact and outcomes",
}
GRADE_RANK = {"Outstanding": 1, "Good": 2, "Requires Improvement to be Good": 3, "Inadequate": 4}
BANDS = ("ready to submit", "minor revisions", "needs work", "not ready")

# -- the worker side (one engine per process, built by the pool initializer) ---------------
_ENGINE: Any = None
_CONFIG: Any = None


def init_worker(config: Any, engine: Any = None) -> None:
    """Build the engine (or take the one given) and load the NLP pipeline once for this process."""
    global _ENGINE, _CONFIG
    from ..engine import Engine

    _CONFIG = config
    _ENGINE = engine if engine is not None else Engine(config)
    if _ENGINE.needs_nlp:
        from .. import nlp

        nlp.load()


def _fork_context():
    """The ``fork`` start method where the platform has it (workers inherit the loaded engine)."""
    import multiprocessing

    try:
        return multiprocessing.get_context("fork")
    except ValueError:  # Windows
        return None


def check_files(paths: list[str]) -> list[dict]:
    """Check a few files together; a row for each, in order: its summary or its error."""
    from ..engine import collector_paused
    from ..readers import read_path
    from ..sections import catalogue

    cfg = _CONFIG
    extra = tuple(sorted(p for d in cfg.rule_dirs for p in [d / "sections.yml"] if p.is_file()))
    rows: dict[str, dict] = {}
    read: list[tuple[str, Any]] = []
    with collector_paused():  # the audits read live as long as their group is checked (as its parses do)
        for path in paths:
            try:
                read.append((path, read_path(path, catalogue(extra), max_bytes=int(cfg.limits.max_file_mb * 1024 * 1024), limits=cfg.limits)))
            except InputError as exc:
                rows[path] = _error_row(path, exc)
    try:
        rows.update((path, summary_row(r)) for (path, _), r in zip(read, _ENGINE.check([a for _, a in read])))
    except InputError:  # an audit the engine refused: check each alone, so only its own file reports it
        for path, audit in read:
            try:
                rows[path] = summary_row(_ENGINE.check([audit])[0])
            except InputError as exc:
                rows[path] = _error_row(path, exc)
    return [rows[path] for path in paths]


def _error_row(path: str, exc: InputError) -> dict:
    return {"path": path, "error": str(exc), "error_dict": exc.to_dict()}


def summary_row(result: Any) -> dict:
    """The moderator's row for one checked audit (plain data: it crosses process boundaries)."""
    from ..reporters.html import family_of, overall_grade

    counts = {fam: 0 for fam in _family_columns()}
    for f in result.findings:
        counts[family_of(f.code)] = counts.get(family_of(f.code), 0) + 1
    return {
        "path": result.path,
        "audit_id": result.audit_id,
        "auditor": result.auditor,
        "audit_date": result.audit_date,
        "grades": {n: result.grades.get(n) for n in range(1, 8)},
        "overall_grade": overall_grade(result),
        "score": result.score,
        "band": result.band,
        "domain_scores": {d.number: d.score for d in result.domains},
        "families": counts,
        "findings": len(result.findings),
        "errors": sum(1 for f in result.findings if f.severity == "error"),
        "immediate_response": any(f.immediate_response for f in result.findings),
        "urgent": [f"{f.code} {f.name}" for f in result.findings if f.immediate_response],
    }


# -- the batch ------------------------------------------------------------------------------
FILES_PER_TASK = 8  # files parsed together (one nlp.pipe run, one memory zone); Engine.check caps the characters


def _tasks(files: list[str], jobs: int) -> list[list[str]]:
    """The files in runs of up to FILES_PER_TASK, smaller when that would leave a worker idle
    (each of ``jobs`` workers gets at least four tasks)."""
    size = FILES_PER_TASK if jobs == 1 else max(1, min(FILES_PER_TASK, len(files) // (4 * jobs)))
    return [files[i : i + size] for i in range(0, len(files), size)]


def run_batch(files: list[str], config: Any, jobs: int = 1, progress: bool = False, engine: Any = None) -> list[dict]:
    """Rows in the order of ``files``; ``jobs`` > 1 uses that many worker processes.
    ``engine``: one already built for ``config`` (else one is built)."""
    jobs = max(1, min(jobs, len(files) or 1))
    rows: list[dict] = []

    def consume(iterator):
        if progress:
            with click.progressbar(
                iterator, length=len(files), label="Checking audits", file=sys.stderr,
                item_show_func=lambda r: Path(r["path"]).name if r else None,
            ) as bar:
                for row in bar:
                    rows.append(row)
        else:
            rows.extend(iterator)

    tasks = _tasks(files, jobs)
    if jobs == 1:
        init_worker(config, engine)
        consume(row for task in tasks for row in check_files(task))
        return rows
    ctx = _fork_context()
    if ctx is not None:
        import gc

        # Load and compile everything once, here; the forked workers share it.
        init_worker(config, engine)
        try:
            _ENGINE.warm_up()
        except Exception:  # only a head start (a configuration's limits may refuse the sample audit)
            pass
        gc.collect()
        gc.freeze()  # keep the collector from touching (and so copying) the shared pages
        try:
            with ctx.Pool(processes=jobs) as pool:
                consume(row for task in pool.imap(check_files, tasks) for row in task)
        finally:
            gc.unfreeze()
        return rows
    import multiprocessing

    with multiprocessing.get_context().Pool(processes=jobs, initializer=init_worker, initargs=(config,)) as pool:
        consume(row for task in pool.imap(check_files, tasks) for row in task)
    return rows


# -- outputs --------------------------------------------------------------------------------
def csv_text(rows: list[dict]) -> str:
    out = io.StringIO()
    w = csv.writer(out, lineterminator="\n")
    header = ["path", "audit_id", "auditor", "audit_date"]
    header += [f"practice_grade_{n}" for n in range(1, 8)] + ["overall_practice_grade"]
    header += ["writing_score", "writing_band"] + [f"writing_score_{n}" for n in range(1, 8)]
    families = _family_columns()
    header += [f"findings_{fam.replace('-', '_')}" for fam in families] + ["findings_total"]
    header += ["immediate_response", "error"]
    w.writerow(header)
    for r in rows:
        if "error" in r:
            w.writerow([r["path"]] + [""] * (len(header) - 2) + [r["error"]])
            continue
        line = [r["path"], r["audit_id"], r["auditor"] or "", r["audit_date"] or ""]
        line += [r["grades"].get(n) or "" for n in range(1, 8)] + [r["overall_grade"] or ""]
        line += [_num(r["score"]), r["band"] or ""] + [_num(r["domain_scores"].get(n)) for n in range(1, 8)]
        line += [r["families"].get(fam, 0) for fam in families] + [r["findings"]]
        line += ["yes" if r["immediate_response"] else "no", ""]
        w.writerow(line)
    return out.getvalue()


def _num(x: float | None) -> str:
    return "" if x is None else f"{x:.1f}"


def text_table(rows: list[dict]) -> str:
    lines = [
        "Writing score = auditlint's score of the audit's writing; grades = the auditor's practice grades (domains 1-7).",
        f"{'audit':<24} {'writing':>7}  {'band':<16} {'grades 1-7':<40} {'findings':>8}  immediate",
    ]
    for r in rows:
        if "error" in r:
            lines.append(f"{Path(r['path']).name:<24} could not be read: {r['error']}")
            continue
        grades = " ".join(GRADE_SHORT.get(r["grades"].get(n) or "", "-") for n in range(1, 8))
        lines.append(
            f"{r['audit_id'][:24]:<24} {_num(r['score']):>7}  {r['band'] or '':<16} {grades:<40} "
            f"{r['findings']:>8}  {'YES' if r['immediate_response'] else 'no'}"
        )
    return "\n".join(lines) + "\n"


def charts(rows: list[dict]) -> dict:
    """Coordinates for the two inline SVG charts (computed here, drawn by the template)."""
    from ..model import DOMAIN_NAMES

    ok = [r for r in rows if "error" not in r and r["score"] is not None]
    bins = [0] * 10
    for r in ok:
        bins[min(9, int(r["score"] // 10))] += 1
    top = max(bins) or 1
    height, width = 140.0, 36.0
    hist = []
    for i, n in enumerate(bins):
        h = height * n / top
        lo = i * 10
        cls = _band_cls(lo + 5.0)
        hist.append({"x": 30 + i * (width + 4), "y": 20 + height - h, "w": width, "h": h, "n": n,
                     "label": f"{lo}-{lo + 10 if i < 9 else 100}", "cls": cls})
    domains = []
    for n in range(1, 8):
        vals = [r["domain_scores"].get(n) for r in ok if r["domain_scores"].get(n) is not None]
        avg = sum(vals) / len(vals) if vals else None
        domains.append({"number": n, "name": DOMAIN_NAMES[n], "short": DOMAIN_SHORT[n], "avg": avg,
                        "w": 2.4 * (avg or 0.0), "y": 8 + (n - 1) * 26,
                        "cls": _band_cls(avg)})
    bands = {b: sum(1 for r in ok if r["band"] == b) for b in BANDS}
    return {"hist": hist, "hist_top": top, "domains": domains, "bands": bands, "count": len(ok)}


def _band_cls(score: float | None) -> str:
    if score is None:
        return "none"
    return "ready" if score >= 85 else "minor" if score >= 70 else "work" if score >= 50 else "notready"


def html_text(rows: list[dict], title: str) -> str:
    from ..model import DOMAIN_NAMES
    from ..reporters.html import render

    ok = [r for r in rows if "error" not in r]
    failed = [r for r in rows if "error" in r]
    return render(
        "summary.html.j2",
        title=title,
        rows=ok,
        failed=failed,
        charts=charts(rows),
        families=_family_columns(),
        grade_short=GRADE_SHORT,
        grade_rank=GRADE_RANK,
        band_cls=_band_cls,
        domain_names=DOMAIN_NAMES,
        urgent=[r for r in ok if r["immediate_response"]],
    )


@click.command("report")
@click.argument("paths", nargs=-1, required=True)
@click.option("--html", "html_out", type=click.Path(dir_okay=False), help="Write the sortable summary page here.")
@click.option("--csv", "csv_out", type=click.Path(dir_okay=False), help="Write the summary as CSV here.")
@click.option("--jobs", "-j", type=click.IntRange(min=1), default=1, show_default=True,
              help="Check the files in this many worker processes.")
@click.option("--config", "config_path", type=click.Path(dir_okay=False), help="Use this auditlint.toml or pyproject.toml.")
@click.option("--force", is_flag=True, help="Replace output files that exist.")
@click.option("--title", default="Moderation summary", show_default=True, help="The HTML page's title.")
def command(paths, html_out, csv_out, jobs, config_path, force, title):
    """Summarise a batch of audits for moderators: one row per audit (HTML and/or CSV).

    Without --html or --csv the summary is printed as a table.
    """
    from ..cli import exit_fast_when_done, startup

    # the start-up as ``check``'s: no collector passes over the rules' and the model's objects while
    # they are built (then frozen out of its view), and no tearing the heap down object by object at exit
    with startup():
        from ..config import load_config
        from ..engine import Engine
        from ..io import write_atomic
        from ..readers import iter_audit_files
        from ..scoring import score_config

        cfg = load_config(Path(config_path) if config_path else None)
        engine = Engine(cfg)  # rule files and rule parameters are checked before any worker starts
        score_config(cfg)
        files = iter_audit_files(list(paths))
        if not files:
            raise AuditlintError("no audit files found in " + ", ".join(paths))
        for out in (html_out, csv_out):
            if out and Path(out).exists() and not force:
                raise AuditlintError(f"{out}: already exists; use --force to replace it")
        if engine.needs_nlp and (jobs == 1 or _fork_context() is not None):
            from .. import nlp

            nlp.load()  # this process parses (or forks the workers that do): still inside the start-up
    exit_fast_when_done()
    progress = sys.stderr.isatty() and len(files) > 1
    rows = run_batch(files, cfg, jobs=jobs, progress=progress, engine=engine)
    failed = [r for r in rows if "error" in r]
    if html_out:
        write_atomic(html_out, html_text(rows, title), force=force, inputs=tuple(files))
        click.echo(f"auditlint: summary of {len(rows) - len(failed)} audit(s) written to {html_out}", err=True)
    if csv_out:
        write_atomic(csv_out, csv_text(rows), force=force, inputs=tuple(files))
        click.echo(f"auditlint: summary of {len(rows) - len(failed)} audit(s) written to {csv_out}", err=True)
    if not html_out and not csv_out:
        click.echo(text_table(rows), nl=False)
    for r in failed:
        click.echo(f"auditlint: {r['error']}  [could not be read]", err=True)
    sys.exit(2 if failed else 0)
