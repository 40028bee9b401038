"""``auditlint compare A B``: two audits side by side, domain by domain, for trainers.

For each domain: both practice grades (the auditors'), both writing scores
(auditlint's), the sentence classes (how much is process, evaluation and
impact) and the findings that separate the two audits, i.e. the rule codes
found in one and not in the other. Printed as text; ``--html FILE`` also
writes a self-contained page with the two texts side by side, findings
highlighted and sentence classes marked, for a screen in a training room.
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path
from typing import Any

import click

from ..errors import InputError

CLASSES = ("process", "evaluation", "impact")


def _codes(result: Any, domain: int | None) -> Counter:
    return Counter(f.code for f in result.findings if domain is None or f.domain == domain)


def _names(result: Any) -> dict[str, str]:
    return {f.code: f.name for f in result.findings}


def comparison(a: Any, b: Any) -> dict:
    """The facts both outputs show: per domain and for the whole audit."""
    names = {**_names(b), **_names(a)}
    domains = []
    for n in range(1, 8):
        sides = []
        for r in (a, b):
            ds = next((d for d in r.domains if d.number == n), None)
            classes = Counter()
            for (dn, _i), items in (r.sentence_classes or {}).items():
                if dn == n:
                    classes.update(c for _, _, c in items)
            present = r.audit is None or r.audit.domain(n) is not None
            sides.append(
                {
                    "grade": ds.grade if ds else None,
                    "score": ds.score if ds else None,
                    "band": ds.band if ds else None,
                    "present": present,
                    "classes": {k: classes.get(k, 0) for k in CLASSES},
                    "sentences": sum(classes.values()),
                    "codes": _codes(r, n),
                }
            )
        ca, cb = sides[0]["codes"], sides[1]["codes"]
        domains.append(
            {
                "number": n,
                "name": next((d.name for d in a.domains if d.number == n), str(n)),
                "a": sides[0],
                "b": sides[1],
                "only_a": sorted(set(ca) - set(cb)),
                "only_b": sorted(set(cb) - set(ca)),
                "both": sorted(set(ca) & set(cb)),
            }
        )
    ca, cb = _codes(a, None), _codes(b, None)
    return {
        "domains": domains,
        "only_a": sorted(set(ca) - set(cb)),
        "only_b": sorted(set(cb) - set(ca)),
        "both": sorted(set(ca) & set(cb)),
        "count_a": ca,
        "count_b": cb,
        "names": names,
    }


def text(a: Any, b: Any, comp: dict) -> str:
    from ..reporters.html import overall_grade

    names = comp["names"]

    def codes(cs: list[str], counts: Counter | None = None) -> str:
        if not cs:
            return "none"
        return ", ".join(f"{c} {names.get(c, '')}" + (f" x{counts[c]}" if counts and counts[c] > 1 else "") for c in cs)

    def score(s: dict) -> str:
        if not s["present"]:
            return "domain missing"
        return f"{s['score']:.1f} ({s['band']})" if s["score"] is not None else "-"

    def classes(s: dict) -> str:
        c = s["classes"]
        return f"{c['process']} process / {c['evaluation']} evaluation / {c['impact']} impact" if s["sentences"] else "-"

    w = 42
    out = [
        "Writing score = auditlint's score of the audit's writing (0-100); practice grade = the auditor's grade of the practice.",
        f"A: {a.path}  {a.audit_id}: writing {a.score:.1f} ({a.band}); overall practice grade {overall_grade(a) or 'not given'}",
        f"B: {b.path}  {b.audit_id}: writing {b.score:.1f} ({b.band}); overall practice grade {overall_grade(b) or 'not given'}",
        "",
    ]
    for d in comp["domains"]:
        sa, sb = d["a"], d["b"]
        out += [
            f"Domain {d['number']}. {d['name']}",
            f"  {'':<16}{'A':<{w}}B",
            f"  {'practice grade':<16}{(sa['grade'] or 'no grade'):<{w}}{sb['grade'] or 'no grade'}",
            f"  {'writing score':<16}{score(sa):<{w}}{score(sb)}",
            f"  {'sentences':<16}{classes(sa):<{w}}{classes(sb)}",
            f"  {'findings':<16}{sum(sa['codes'].values()):<{w}}{sum(sb['codes'].values())}",
            f"  only in A: {codes(d['only_a'], sa['codes'])}",
            f"  only in B: {codes(d['only_b'], sb['codes'])}",
            "",
        ]
    out += [
        "Findings that separate them (whole audit):",
        f"  only in A: {codes(comp['only_a'], comp['count_a'])}",
        f"  only in B: {codes(comp['only_b'], comp['count_b'])}",
        f"  in both:   {codes(comp['both'])}",
    ]
    return "\n".join(out) + "\n"


def html(a: Any, b: Any, comp: dict, specs: Any) -> str:
    from ..reporters.html import audit_view, family_of, render

    va, vb = audit_view(a, specs, 0), audit_view(b, specs, 1)
    secs_a = {s["number"]: s for s in va["sections"] if s["kind"] == "domain"}
    secs_b = {s["number"]: s for s in vb["sections"] if s["kind"] == "domain"}
    names = comp["names"]

    def chips(cs: list[str]) -> list[dict]:
        return [{"code": c, "name": names.get(c, ""), "family": family_of(c, specs)} for c in cs]

    rows = []
    for d in comp["domains"]:
        rows.append(
            {
                **d,
                "sec_a": secs_a.get(d["number"]),
                "sec_b": secs_b.get(d["number"]),
                "chips_a": chips(d["only_a"]),
                "chips_b": chips(d["only_b"]),
            }
        )
    return render(
        "compare.html.j2",
        title=f"auditlint: {a.audit_id} and {b.audit_id} side by side",
        a=va,
        b=vb,
        rows=rows,
        only_a=chips(comp["only_a"]),
        only_b=chips(comp["only_b"]),
        urgent=[("A", va, f) for f in va["urgent"]] + [("B", vb, f) for f in vb["urgent"]],
    )


@click.command("compare")
@click.argument("a", type=click.Path(dir_okay=False))
@click.argument("b", type=click.Path(dir_okay=False))
@click.option("--html", "html_out", type=click.Path(dir_okay=False), help="Also write the side-by-side page here.")
@click.option("--force", is_flag=True, help="Replace the --html file if it exists.")
@click.option("--config", "config_path", type=click.Path(dir_okay=False), help="Use this auditlint.toml or pyproject.toml.")
def command(a, b, html_out, force, config_path):
    """Show two audits side by side, domain by domain: writing scores, sentence
    classes and the findings that separate them (for trainers)."""
    from ..config import load_config
    from ..engine import Engine
    from ..errors import AuditlintError
    from ..io import write_atomic
    from ..readers import read_path
    from ..sections import catalogue

    cfg = load_config(Path(config_path) if config_path else None)
    if html_out and Path(html_out).exists() and not force:
        raise AuditlintError(f"{html_out}: already exists; use --force to replace it")
    extra = tuple(sorted(p for d in cfg.rule_dirs for p in [d / "sections.yml"] if p.is_file()))
    audits, errors = [], []
    for p in (a, b):
        try:
            audits.append(read_path(p, catalogue(extra), max_bytes=int(cfg.limits.max_file_mb * 1024 * 1024), limits=cfg.limits))
        except InputError as exc:
            errors.append(exc)
    if errors:
        for e in errors:
            click.echo(f"auditlint: {e}", err=True)
        sys.exit(2)
    engine = Engine(cfg)
    ra, rb = engine.check(audits)
    comp = comparison(ra, rb)
    click.echo(text(ra, rb, comp), nl=False)
    if html_out:
        write_atomic(html_out, html(ra, rb, comp, engine.specs), force=force, inputs=(a, b))
        click.echo(f"auditlint: side-by-side page written to {html_out}", err=True)
    sys.exit(0)
