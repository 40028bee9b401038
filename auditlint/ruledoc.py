"""Rule documentation rendered from the rule files, so docs cannot drift from rules.

``auditlint rule CODE`` uses ruff's headings; ``auditlint rules`` lists them;
``python -m auditlint.ruledoc README.md`` rewrites the README's rule list.

Both commands answer at once: this module imports neither pydantic nor (for the list) PyYAML.
A rule here is a :class:`~auditlint.rulepack.RuleSpec` or the
:class:`~auditlint.rulepack_files.RuleDoc` of one read back from the cache; a configuration of
None is the default one (every rule on, at its own severity, with its own parameters), which
needs no :class:`~auditlint.config.Config` built.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from .errors import AuditlintError

if TYPE_CHECKING:
    from .config import Config
    from .rulepack import RuleSpec

START, END = "<!-- rules:start -->", "<!-- rules:end -->"


def find_spec(specs: dict[str, RuleSpec], key: str) -> RuleSpec:
    k = key.strip()
    if k.upper() in specs:
        return specs[k.upper()]
    for s in specs.values():
        if s.name == k.lower():
            return s
    import difflib

    options = list(specs) + [s.name for s in specs.values()]
    near = difflib.get_close_matches(k.upper() if k[:2].upper() == "AL" else k.lower(), options, n=3)
    hint = f"; did you mean {', '.join(near)}?" if near else "; 'auditlint rules' lists them"
    raise AuditlintError(f"no rule {key!r}{hint}")


def _one_line(s: str) -> str:
    return " ".join(s.split())


def _severity(spec: RuleSpec, cfg: Config | None) -> str:
    return spec.severity if cfg is None else cfg.severity.get(spec.code, spec.severity)


def _enabled(spec: RuleSpec, cfg: Config | None) -> bool:
    return True if cfg is None else cfg.enabled(spec.code)  # the default selection is "AL": every rule


def rules_table(specs: dict[str, RuleSpec], fmt: str = "text", cfg: Config | None = None) -> str:
    rows = sorted(specs.values(), key=lambda s: s.code)
    if fmt == "json":
        import json

        return json.dumps(
            [
                {
                    "code": s.code,
                    "name": s.name,
                    "family": s.family,
                    "severity": _severity(s, cfg),
                    "guide": s.guide,
                    "status": s.status,
                    "enabled": _enabled(s, cfg),
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
        on = "" if _enabled(s, cfg) else "  [off]"
        sev = _severity(s, cfg)
        out.append(f"  {s.code}  {s.name:<{width}}  {sev:<7}  {_one_line(s.summary)}{on}")
    return "\n".join(out).lstrip("\n") + "\n"


def _indent(text: str) -> str:
    return "\n".join("    " + ln if ln.strip() else "" for ln in text.rstrip().splitlines())


def render_rule(spec: RuleSpec, cfg: Config | None = None) -> str:
    sev = _severity(spec, cfg)
    params = {**spec.parameters, **(cfg.rules.get(spec.code, {}) if cfg is not None else {})}
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
        import yaml

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
