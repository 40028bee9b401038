"""Rule documentation rendered from the rule files, so docs cannot drift from rules.

``auditlint rule CODE`` uses ruff's headings; ``auditlint rules`` lists them;
``python -m auditlint.ruledoc README.md`` rewrites the README's rule list.
"""

from __future__ import annotations

import difflib
import re
import sys
from pathlib import Path

import yaml

from .config import Config
from .errors import AuditlintError
from .rulepack import RuleSpec

START, END = "<!-- rules:start -->", "<!-- rules:end -->"


def find_spec(specs: dict[str, RuleSpec], key: str) -> RuleSpec:
    k = key.strip()
    if k.upper() in specs:
        return specs[k.upper()]
    for s in specs.values():
        if s.name == k.lower():
            return s
    options = list(specs) + [s.name for s in specs.values()]
    near = difflib.get_close_matches(k.upper() if k[:2].upper() == "AL" else k.lower(), options, n=3)
    hint = f"; did you mean {', '.join(near)}?" if near else "; 'auditlint rules' lists them"
    raise AuditlintError(f"no rule {key!r}{hint}")


def _one_line(s: str) -> str:
    return " ".join(s.split())


def rules_table(specs: dict[str, RuleSpec], fmt: str = "text", cfg: Config | None = None) -> str:
    cfg = cfg or Config()
    rows = sorted(specs.values(), key=lambda s: s.code)
    if fmt == "json":
        import json

        return json.dumps(
            [
                {
                    "code": s.code,
                    "name": s.name,
                    "family": s.family,
                    "severity": cfg.severity.get(s.code, s.severity),
                    "guide": s.guide,
                    "status": s.status,
                    "enabled": cfg.enabled(s.code),
                    "immediate_response": s.immediate_response,
                    "summary": s.summary,
                }
                for s in rows
            ],
            indent=2,
        ) + "\n"
    if fmt == "markdown":
        out = ["| code | name | severity | guide | fires when |", "|---|---|---|---|---|"]
        for s in rows:
            flag = " (immediate response)" if s.immediate_response else ""
            out.append(f"| {s.code} | {s.name} | {s.severity}{flag} | {s.guide} | {_one_line(s.summary)} |")
        return "\n".join(out) + "\n"
    width = max((len(s.name) for s in rows), default=10)
    out = []
    family = None
    for s in rows:
        if s.family != family:
            family = s.family
            out.append(f"\n{s.code[:3]} {family}")
        on = "" if cfg.enabled(s.code) else "  [off]"
        sev = cfg.severity.get(s.code, s.severity)
        out.append(f"  {s.code}  {s.name:<{width}}  {sev:<7}  {_one_line(s.summary)}{on}")
    return "\n".join(out).lstrip("\n") + "\n"


def _indent(text: str) -> str:
    return "\n".join("    " + ln if ln.strip() else "" for ln in text.rstrip().splitlines())


def render_rule(spec: RuleSpec, cfg: Config | None = None) -> str:
    cfg = cfg or Config()
    sev = cfg.severity.get(spec.code, spec.severity)
    params = {**spec.parameters, **cfg.rules.get(spec.code, {})}
    lines = [
        f"# {spec.name} ({spec.code})",
        "",
        f"Family: {spec.family}. Default severity: {sev}. Guide: {spec.guide}. Status: {spec.status}."
        + (" Findings need an immediate response." if spec.immediate_response else ""),
        f"Rule file: {spec.source}. Rule type: {spec.type}.",
        "",
        "## What it does",
        _one_line(spec.summary),
        "",
        "## Why is this bad?",
        _one_line(spec.rationale),
        "",
        "## Example",
        _indent(spec.examples.weak),
        "",
        "## Use instead",
        _indent(spec.examples.strong),
        "",
        "## How to fix it",
        _one_line(spec.fix),
    ]
    if params:
        lines += ["", "## Parameters", _indent(yaml.safe_dump(params, sort_keys=False, width=100, allow_unicode=True))]
    if spec.references:
        lines += ["", "## References"] + [f"- {r}" for r in spec.references]
    return "\n".join(lines) + "\n"


def update_readme(path: Path, specs: dict[str, RuleSpec]) -> bool:
    """Rewrite the rule list between the markers; True when it changed."""
    text = path.read_text(encoding="utf-8")
    if START not in text or END not in text:
        raise AuditlintError(f"{path}: no {START} ... {END} block")
    new = re.sub(
        re.escape(START) + r".*?" + re.escape(END),
        lambda _: f"{START}\n{rules_table(specs, 'markdown')}{END}",
        text,
        flags=re.S,
    )
    if new != text:
        path.write_text(new, encoding="utf-8")
        return True
    return False


if __name__ == "__main__":  # pragma: no cover
    from .rulepack import load_specs

    target = Path(sys.argv[1] if len(sys.argv) > 1 else "README.md")
    changed = update_readme(target, load_specs())
    print(f"{target}: rule list {'updated' if changed else 'already up to date'}")
