"""Reporters: each turns a batch's results into one output format."""

from __future__ import annotations

from collections.abc import Callable

from ..errors import InputError
from ..findings import AuditResult
from ..rulepack import RuleSpec

Reporter = Callable[[list[AuditResult], list[InputError], dict[str, RuleSpec]], str]

FORMATS = ("text", "json", "sarif", "github", "html")


def get_reporter(fmt: str, **options: object) -> Reporter:
    if fmt == "json":
        from .json_report import render_json

        return render_json
    if fmt == "sarif":
        from .sarif import render_sarif

        return render_sarif
    if fmt == "html":
        from .html import render_html

        return render_html
    if fmt == "github":
        from .github import render_github

        return render_github
    from .text import TextReporter

    return TextReporter(**options)  # type: ignore[arg-type]
