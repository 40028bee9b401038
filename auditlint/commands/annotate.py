"""``auditlint annotate draft.docx -o draft.reviewed.docx``: Word in, Word out.

Checks a Word audit and writes a reviewed copy with every finding as a Word
comment on the text it is about, and a summary comment at the top (the writing
score and band, immediate-response flags, findings with no place in the text).
The input is never changed; an existing output is replaced only with --force.
"""

from __future__ import annotations

import sys
from pathlib import Path

import click


def _default_output(path: Path) -> Path:
    return path.with_name(f"{path.stem}.reviewed.docx")


@click.command("annotate")
@click.argument("path", type=click.Path(dir_okay=False))
@click.option(
    "-o", "--output", type=click.Path(dir_okay=False), help="The reviewed copy to write (default: NAME.reviewed.docx)."
)
@click.option("--force", is_flag=True, help="Replace the output file if it exists.")
@click.option("--select", multiple=True, help="Rule codes or prefixes to run (AL4, AL301); comma-separated or repeated.")
@click.option("--ignore", multiple=True, help="Rule codes or prefixes to skip.")
@click.option("--config", "config_path", type=click.Path(dir_okay=False), help="Use this auditlint.toml or pyproject.toml.")
def command(path, output, force, select, ignore, config_path):
    """Write a reviewed copy of a Word audit with each finding as a Word comment."""
    from ..config import load_config
    from ..engine import Engine
    from ..errors import AuditlintError, InputError
    from ..io import write_atomic
    from ..readers.word import DocxLimits, read_docx
    from ..sections import catalogue
    from ..word_comments import annotate_document

    src = Path(path)
    if src.suffix.lower() != ".docx":
        if src.suffix.lower() == ".doc":
            raise InputError(path, "this is an old Word 97-2003 (.doc) file: open it in Word and save it as .docx")
        raise InputError(
            path, "annotate writes Word comments, so it needs a Word .docx file (use 'auditlint check' for other files)"
        )
    out = Path(output) if output else _default_output(src)
    if out.suffix.lower() != ".docx":
        raise AuditlintError(f"{out}: the reviewed copy is a Word document; give it a .docx name")
    cfg = load_config(Path(config_path) if config_path else None).with_cli(select=select, ignore=ignore)
    max_bytes = int(cfg.limits.max_file_mb * 1024 * 1024)
    from ..readers import read_bytes

    data = read_bytes(src, path, max_bytes)
    extra = tuple(sorted(p for d in cfg.rule_dirs for p in [d / "sections.yml"] if p.is_file()))
    audit = read_docx(data, path, catalogue(extra), limits=DocxLimits.from_config(cfg.limits, max_bytes))
    engine = Engine(cfg)
    result = engine.check([audit])[0]
    done = annotate_document(data, path, result)
    write_atomic(out, done.data, force=force, inputs=(str(src),))
    score = f"writing score {result.score:.1f}/100, {result.band}" if result.score is not None else "no score"
    urgent = sum(f.immediate_response for f in result.findings)
    click.echo(
        f"auditlint: wrote {out}: {len(done.placed)} comment(s) on the text, {len(done.in_summary)} in the "
        f"summary comment; {score}" + (f"; {urgent} need(s) an immediate response" if urgent else ""),
        err=True,
    )
    sys.exit(0)
