"""The ``auditlint`` command.

Commands that need no NLP (``rules``, ``rule``, ``schema``, ``--version``,
``--help``) import no NLP, so they answer at once.
"""

from __future__ import annotations

import atexit
import gc
import json
import os
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

import click

from . import __version__
from .errors import AuditlintError, InputError, debug_enabled, set_debug

if TYPE_CHECKING:  # pydantic loads only when a command needs the configuration: --help stays fast
    from .config import Config

EXIT_OK, EXIT_FINDINGS, EXIT_ERROR = 0, 1, 2


def _fail(message: str) -> None:
    click.echo(f"auditlint: error: {message}", err=True)
    sys.exit(EXIT_ERROR)


def _config(config_path: str | None) -> Config:
    from .config import load_config

    return load_config(Path(config_path) if config_path else None)


def _doc_config(config_path: str | None) -> Config | None:
    """``rules`` and ``rule``: the configuration as :func:`_config` gives it, or None where there
    is no configuration file (the defaults, which :mod:`auditlint.ruledoc` knows without pydantic)."""
    from .configfile import find_config

    path = Path(config_path) if config_path else find_config(Path.cwd())
    if path is None:
        return None
    from .config import load_config

    return load_config(path)


def _rule_docs(cfg: Config | None):
    """``rules`` and ``rule``: the rules as :func:`auditlint.rulepack.load_specs` gives them, without
    pydantic when these rule files validated before (:func:`auditlint.rulepack_files.rule_docs`)."""
    from .rulepack_files import rule_docs

    return rule_docs(tuple(cfg.rule_dirs) if cfg is not None else ())


DEBUG_NOTICE = "auditlint: debug: output may contain audit text (children's records): do not share it"


def _where(exc: BaseException) -> str:
    """``TypeName at file.py:123``: an exception without its message (which may quote audit text)."""
    import traceback

    frames = traceback.extract_tb(exc.__traceback__) if exc.__traceback__ else []
    frame = frames[-1] if frames else None
    return type(exc).__name__ + (f" at {frame.filename.rsplit('/', 1)[-1]}:{frame.lineno}" if frame else "")


def _traceback(exc: BaseException) -> str:
    import traceback

    return "".join(traceback.format_exception(type(exc), exc, exc.__traceback__))


@contextmanager
def startup() -> Iterator[None]:
    """No cyclic garbage collection while a command starts up. The imports, the rules and the
    spaCy model make ~100,000 long-lived objects and next to no garbage (a collection at the end
    of a cold ``check``'s start-up finds none), yet the collector walked them again and again:
    0.2-0.3 s of CPU on a busy machine. What start-up made is then frozen out of the collector's view (as
    :func:`auditlint.nlp.load` does with the model). Automatic collection is held off with a
    zero threshold rather than ``gc.disable()``, which a library may undo (srsly's msgpack
    reader, used while the model loads, calls ``gc.enable()``). Only in a process that has not
    loaded the model yet: one that has (tests, a long-lived caller) is past its start-up."""
    from . import nlp

    if nlp.loaded():
        yield
        return
    thresholds = gc.get_threshold()
    gc.set_threshold(0)
    try:
        yield
    finally:
        gc.freeze()
        gc.set_threshold(*thresholds)


_FAST_EXIT: list[bool] = []
_CONSOLE: list[bool] = []  # [True] while the console script runs a command (not CliRunner, not a caller's main())


def exit_fast_when_done() -> bool:
    """Let the process end without tearing its heap down (see :meth:`_Group.__call__`); whether
    it will end with the command (the console script)."""
    _FAST_EXIT.append(True)
    return bool(_CONSOLE)


class _Group(click.Group):
    def __call__(self, *args, **kwargs):
        """The console script (CliRunner calls :meth:`main`). A command that asked for it with
        :func:`exit_fast_when_done` ends with ``os._exit`` once the exit handlers have run
        and the output is flushed: freeing the model's and the rules' objects one by one took
        ~0.1 s of every ``check``, after its report was written."""
        _FAST_EXIT.clear()
        _CONSOLE[:] = [True]
        try:
            return self.main(*args, **kwargs)
        except SystemExit as exc:
            code = exc.code
            run_exit_handlers = getattr(atexit, "_run_exitfuncs", None)
            if (
                not _FAST_EXIT
                or not (code is None or isinstance(code, int))
                or threading.active_count() > 1
                or run_exit_handlers is None
            ):
                raise
            try:
                run_exit_handlers()  # as at any exit: grammar backends close (a local LanguageTool stops)
                sys.stdout.flush()
                sys.stderr.flush()
            except BaseException:  # a closed pipe...: the ordinary exit reports it, as before
                raise exc from None
            os._exit(code or 0)
        finally:
            _CONSOLE.clear()  # a caller that goes on (a test calling the group) gets ordinary checks

    def invoke(self, ctx: click.Context):  # one clear line instead of a traceback
        try:
            return super().invoke(ctx)
        except AuditlintError as exc:
            _fail(str(exc))
        except KeyboardInterrupt:
            click.echo("auditlint: interrupted", err=True)
            sys.exit(130)
        except (click.exceptions.Exit, click.exceptions.Abort, click.exceptions.ClickException):
            raise
        except Exception as exc:  # a bug: say so in one line; the traceback (it may quote audit text) only with --debug
            if debug_enabled():
                click.echo(_traceback(exc), err=True, nl=False)
            _fail(
                f"internal error ({_where(exc)}); please report it to the auditlint maintainers"
                + ("" if debug_enabled() else " (run with --debug for the traceback; it may contain audit text)")
            )


@click.group(cls=_Group, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, "--version", "-V", prog_name="auditlint", message="%(prog)s %(version)s")
@click.option(
    "--debug",
    is_flag=True,
    help="Show more on errors: the text involved and tracebacks of internal errors (may contain audit text).",
)
def main(debug: bool = False) -> None:
    """auditlint checks the written quality of children's social-care case-file audits.

    Start with:  auditlint check my-audit.md
    """
    set_debug(debug)
    if debug:
        click.echo(DEBUG_NOTICE, err=True)


def read_all(paths: list[str], cfg: Config) -> tuple[list, list[InputError]]:
    from .readers import iter_audit_files, read_path
    from .sections import catalogue

    extra = tuple(sorted(p for d in cfg.rule_dirs for p in [d / "sections.yml"] if p.is_file()))
    cat = catalogue(extra)
    audits, errors = [], []
    for f in iter_audit_files(paths):
        try:
            audits.append(read_path(f, cat, max_bytes=int(cfg.limits.max_file_mb * 1024 * 1024), limits=cfg.limits))
        except InputError as exc:
            errors.append(exc)
        except Exception as exc:  # a reader bug: this file is reported, the others are still checked
            if debug_enabled():
                click.echo(_traceback(exc), err=True, nl=False)
            errors.append(
                InputError(
                    f,
                    f"auditlint could not read this file because of an internal error ({_where(exc)}); "
                    "please report it to the auditlint maintainers",
                    detail=str(exc)[:300],
                )
            )
    return audits, errors


@main.command()
@click.argument("paths", nargs=-1, required=True)
@click.option(
    "--format", "fmt", type=click.Choice(["text", "json", "sarif", "github", "html"]), default="text", show_default=True
)
@click.option("--select", multiple=True, help="Rule codes or prefixes to run (AL4, AL301); comma-separated or repeated.")
@click.option("--ignore", multiple=True, help="Rule codes or prefixes to skip.")
@click.option(
    "--fail-on",
    type=click.Choice(["error", "warning", "info"]),
    default=None,
    help="Exit 1 when a finding is at or above this severity (default: error, or the config's fail_on).",
)
@click.option("--config", "config_path", type=click.Path(dir_okay=False), help="Use this auditlint.toml or pyproject.toml.")
@click.option("-o", "--output", type=click.Path(dir_okay=False), help="Write the report to this file instead of the screen.")
@click.option("--force", is_flag=True, help="Replace the --output file if it exists.")
@click.option("--explain-score", is_flag=True, help="Show what cost the writing score its points.")
@click.option("--no-fixes", is_flag=True, help="Text output: leave out the fix under each finding.")
@click.option("--color/--no-color", default=None, help="Colour the text output (default: when on a terminal).")
def check(paths, fmt, select, ignore, fail_on, config_path, output, force, explain_score, no_fixes, color):
    """Check audits (files or folders of .md, .txt, .json, .yaml)."""
    with startup():
        from .engine import Engine
        from .io import write_atomic
        from .reporters import get_reporter

        cfg = _config(config_path).with_cli(select=select, ignore=ignore, fail_on=fail_on)
        from .grammar import public_service_warning

        if warning := public_service_warning(cfg):  # data protection: said every time, on stderr
            click.echo(f"auditlint: warning: {warning}", err=True)
        engine = Engine(cfg)
        audits, errors = read_all(list(paths), cfg)
        if not audits and not errors:
            _fail("no audit files found in " + ", ".join(paths))
        if audits and engine.needs_nlp:
            from . import nlp

            nlp.load()  # here rather than in engine.check: still inside the start-up
    results = engine.check(audits, then_exit=exit_fast_when_done())
    if fmt == "text":
        use_color = color if color is not None else (output is None and sys.stdout.isatty())
        reporter = get_reporter("text", color=use_color, explain_score=explain_score, show_fixes=not no_fixes)
    else:
        reporter = get_reporter(fmt)
    out = reporter(results, errors, engine.specs)
    if output:
        write_atomic(output, out, force=force, inputs=tuple(a.path for a in audits))
        click.echo(f"auditlint: report written to {output}", err=True)
    else:
        click.echo(out, nl=False)
    if errors:
        for e in errors:
            if fmt != "text" or output:
                click.echo(f"auditlint: {e}", err=True)
        sys.exit(EXIT_ERROR)
    from .config import SEVERITY_RANK

    threshold = SEVERITY_RANK[cfg.fail_on]
    if any(f.rank >= threshold for r in results for f in r.findings):
        sys.exit(EXIT_FINDINGS)
    sys.exit(EXIT_OK)


@main.command("rules")
@click.option("--format", "fmt", type=click.Choice(["text", "json", "markdown"]), default="text", show_default=True)
@click.option("--config", "config_path", type=click.Path(dir_okay=False))
def rules_cmd(fmt, config_path):
    """List every rule: code, name, severity and when it fires."""
    from .ruledoc import rules_table

    cfg = _doc_config(config_path)
    click.echo(rules_table(_rule_docs(cfg), fmt, cfg), nl=False)


@main.command("rule")
@click.argument("code")
@click.option("--config", "config_path", type=click.Path(dir_okay=False))
def rule_cmd(code, config_path):
    """Explain one rule (by code or name): what it does, why, examples and the fix."""
    from .ruledoc import find_spec, render_rule

    cfg = _doc_config(config_path)
    specs = _rule_docs(cfg)
    click.echo(render_rule(find_spec(specs, code), cfg), nl=False)


@main.command("eval")
@click.argument("corpora", default="corpora", type=click.Path(exists=True, file_okay=False))
@click.option(
    "--set",
    "sets",
    multiple=True,
    help="Only these labelled sets (sentences, actions, supervision, grade-evidence, child-voice, domains, audits, identifying).",
)
@click.option(
    "--split",
    "splits",
    multiple=True,
    type=click.Choice(["tune", "holdout", "holdout2", "holdout3", "holdout4", "holdout5", "holdout6", "holdout7"]),  # evaluation.SPLITS (not imported: --help loads no rules)
    help="Only these splits; while tuning rules use --split tune and never look at the held-out ones.",
)
@click.option("--show-errors", is_flag=True, help="List every false positive and false negative.")
@click.option("--config", "config_path", type=click.Path(dir_okay=False))
def eval_cmd(corpora, sets, splits, show_errors, config_path):
    """Measure every rule's precision and recall on the labelled corpora."""
    from .evaluation import evaluate, load_cases, table

    root = Path(corpora)
    rule_sets = tuple(s for s in sets if s != "identifying")
    cases = load_cases(root, rule_sets, tuple(splits)) if rule_sets or not sets else []
    identifying = {}
    if not sets or "identifying" in sets:
        from .identifying_eval import evaluate as evaluate_identifying

        from .identifying_eval import SPLITS

        identifying = evaluate_identifying(root / "identifying", tuple(splits) or SPLITS)
    if not cases and not identifying:
        _fail(f"no labelled sets found under {corpora}")
    if cases:
        tallies = evaluate(cases, _config(config_path))
        click.echo(f"{len(cases)} labelled items from {corpora}")
        click.echo(table(tallies), nl=False)
        if show_errors:
            for (code, set_name, split), t in sorted(tallies.items()):
                for e in t.errors:
                    click.echo(f"{code} {set_name}/{split}: {e}")
    # AL701 is measured on spans (a detail found, a flag that is one), not per item
    for score in identifying.values():
        click.echo(f"AL701 identifying/{score.line()}")
        if show_errors:
            for iid, kind, text in score.false_positives:
                click.echo(f"AL701 identifying/{score.split}: false positive {iid} {kind}: {text!r}")
            for iid, kind, text in score.false_negatives:
                click.echo(f"AL701 identifying/{score.split}: false negative {iid} {kind}: {text!r}")


@main.command("schema")
@click.option("--report", is_flag=True, help="Print the schema of 'check --format json' output instead.")
def schema_cmd(report):
    """Print the JSON Schema of an audit (the JSON/YAML input format)."""
    if report:
        from .resources import report_schema

        click.echo(json.dumps(report_schema(), indent=2))
        return
    from .model import Audit

    schema = Audit.model_json_schema()
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["title"] = "auditlint audit"
    click.echo(json.dumps(schema, indent=2))


from .commands import register_all  # noqa: E402  (report, sample, compare, annotate, serve ...)

register_all(main)

if __name__ == "__main__":  # pragma: no cover
    main()
