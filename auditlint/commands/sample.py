"""``auditlint sample``: the monthly moderation sample (guide G-5).

The guide moderates 30% of audits each month: **every audit graded Good**,
plus a selection of those graded Requires Improvement and Inadequate. This
command takes a batch and picks exactly that:

1. every audit whose overall grade is Good (and, read the same way, any
   graded Outstanding: an optimistic grade is what moderation checks);
2. then a random selection of the Requires Improvement and Inadequate
   audits, enough to bring the sample to ``ceil(fraction x graded audits)``
   and never fewer than ``--min-others`` (default 1: the guide's "plus a
   selection" holds even in a month when the Good audits alone reach the
   fraction), drawn with ``random.Random(seed)`` from the batch sorted by
   path, so the same files and seed always give the same sample.

The overall grade is the front matter's ``overall_grade``, or domain 7's
(Impact and Overall Outcomes) grade when that is absent. An audit with
neither cannot be placed and is listed apart. It reads the files only: no
rules run and the NLP pipeline is never loaded.
"""

from __future__ import annotations

import datetime as dt
import json
import math
import random
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import click

from ..errors import AuditlintError

if TYPE_CHECKING:  # the model (pydantic) loads only when the command runs: `auditlint --help` stays fast
    from ..model import Audit, Grade

# Grade values (Grade is a str enum, so its members compare equal to these)
ALWAYS = ("Outstanding", "Good")
POOL = ("Requires Improvement to be Good", "Inadequate")


@dataclass
class Choice:
    path: str
    audit_id: str
    auditor: str | None
    grade: Grade | None
    grade_from: str  # "overall_grade" | "domain 7" | ""
    chosen: bool = False
    reason: str = ""


def overall_grade(audit: Audit) -> tuple[Grade | None, str]:
    """The overall practice grade and where it came from."""
    if audit.overall_grade is not None:
        return audit.overall_grade, "overall_grade"
    d7 = audit.domain(7)
    if d7 is not None and d7.grade is not None:
        return d7.grade, "domain 7"
    return None, ""


def draw_sample(audits: list[Audit], fraction: float, seed: int, min_others: int = 1) -> tuple[list[Choice], int]:
    """Every audit with its choice and reason, sorted by path; and the target size."""
    items = []
    for a in sorted(audits, key=lambda a: a.path):
        g, src = overall_grade(a)
        items.append(Choice(path=a.path, audit_id=a.audit_id, auditor=a.auditor, grade=g, grade_from=src))
    graded = [c for c in items if c.grade is not None]
    target = math.ceil(fraction * len(graded) - 1e-9)
    for c in graded:
        if c.grade in ALWAYS:
            c.chosen = True
            c.reason = f"graded {c.grade.value} ({c.grade_from}): every {c.grade.value} audit is moderated (G-5)"
    chosen = sum(1 for c in graded if c.chosen)
    pool = [c for c in graded if c.grade in POOL]
    need = max(0, min(max(target - chosen, min_others), len(pool)))
    rng = random.Random(seed)
    picked = set(rng.sample(range(len(pool)), need)) if need else set()
    for i, c in enumerate(pool):
        if i in picked:
            c.chosen = True
            c.reason = (
                f"graded {c.grade.value} ({c.grade_from}): drawn at random (seed {seed}) from the "
                f"{len(pool)} Requires Improvement / Inadequate audits"
            )
        else:
            c.reason = f"graded {c.grade.value} ({c.grade_from}): not drawn this month"
    for c in items:
        if c.grade is None:
            c.reason = "no overall grade (no overall_grade in the front matter and no domain 7 grade): cannot be placed"
    return items, target


def default_seed(today: dt.date | None = None) -> int:
    """This month as a number (202302), so a month's sample is the same all month unless --seed is given."""
    today = today or dt.date.today()
    return today.year * 100 + today.month


@click.command("sample")
@click.argument("paths", nargs=-1, required=True)
@click.option("--fraction", type=click.FloatRange(0.0, 1.0, min_open=True), default=0.3, show_default=True,
              help="The share of the month's audits to moderate.")
@click.option("--seed", type=int, default=None,
              help="Seed for the random selection (default: this month as YYYYMM); the same seed gives the same sample.")
@click.option("--min-others", type=click.IntRange(min=0), default=1, show_default=True,
              help="Draw at least this many Requires Improvement / Inadequate audits, whatever the fraction.")
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
@click.option("--all", "show_all", is_flag=True, help="Also list the audits not chosen, with the reason.")
@click.option("--config", "config_path", type=click.Path(dir_okay=False), help="Use this auditlint.toml or pyproject.toml.")
def command(paths, fraction, seed, min_others, fmt, show_all, config_path):
    """Draw the monthly moderation sample: every Good audit plus a random, reproducible
    selection of Requires Improvement and Inadequate audits, up to --fraction of the batch."""
    from ..cli import read_all
    from ..config import load_config

    cfg = load_config(Path(config_path) if config_path else None)
    audits, errors = read_all(list(paths), cfg)
    if not audits and not errors:
        raise AuditlintError("no audit files found in " + ", ".join(paths))
    seed = default_seed() if seed is None else seed
    items, target = draw_sample(audits, fraction, seed, min_others)
    chosen = [c for c in items if c.chosen]
    graded = [c for c in items if c.grade is not None]
    if fmt == "json":
        doc = {
            "fraction": fraction,
            "seed": seed,
            "audits": len(items),
            "graded": len(graded),
            "target": target,
            "sample": [_dict(c) for c in chosen],
            "not_chosen": [_dict(c) for c in items if not c.chosen],
            "errors": [e.to_dict() for e in errors],
        }
        click.echo(json.dumps(doc, indent=2))
    else:
        click.echo(
            f"Moderation sample: {len(chosen)} of {len(graded)} graded audit(s) "
            f"(target {fraction * 100:g}% = {target}); seed {seed} (repeat with --seed {seed})"
        )
        goods = sum(1 for c in chosen if c.grade in ALWAYS)
        if goods > target:
            click.echo(f"note: the {goods} Good/Outstanding audits alone exceed the target; all are moderated (G-5), "
                       f"with at least {min_others} other(s) drawn.")
        for c in chosen:
            click.echo(f"  {c.path}  {c.audit_id}  [{c.grade.value}]  {c.reason}")
        ungraded = [c for c in items if c.grade is None]
        if show_all:
            rest = [c for c in items if not c.chosen and c.grade is not None]
            if rest:
                click.echo("Not chosen:")
                for c in rest:
                    click.echo(f"  {c.path}  {c.audit_id}  [{c.grade.value}]  {c.reason}")
        for c in ungraded:
            click.echo(f"  cannot be placed: {c.path}  {c.audit_id}: {c.reason}")
    for e in errors:
        click.echo(f"auditlint: {e}  [could not be read]", err=True)
    sys.exit(2 if errors else 0)


def _dict(c: Choice) -> dict:
    return {
        "path": c.path,
        "audit_id": c.audit_id,
        "auditor": c.auditor,
        "overall_grade": c.grade.value if c.grade else None,
        "grade_from": c.grade_from or None,
        "reason": c.reason,
    }
