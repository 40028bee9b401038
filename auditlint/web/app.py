"""The FastAPI app: the page, the rules page, the reviewed-copy download and the JSON API.

Routes:

``GET /``                the page: paste a draft or choose a file, then Check
``POST /check``          the page's form (multipart): the annotated view of the draft
``GET /reviewed/{key}``  a reviewed Word copy, once, within ``[web] copy_minutes``
``GET /rules``           every rule's documentation and examples, from the rule files
``POST /api/check``      JSON ``{"text", "format", "name"}``, a multipart upload (``file``) or
                         ``text/markdown``: the JSON contract of ``auditlint check --format json``
``GET /api/rules``       the rule list as JSON (as ``auditlint rules --format json``)
``GET /openapi.json``    the API's OpenAPI description
``GET|POST /login``      the token form (only when the server has a token)

The page reuses the HTML report's annotated view (``auditlint/templates/_macros.html.j2``).
"""

from __future__ import annotations

import asyncio
import contextlib
import json
from dataclasses import dataclass
from typing import Any
from urllib.parse import quote

from fastapi import FastAPI, Request
from fastapi.responses import HTMLResponse, JSONResponse, RedirectResponse, Response
from starlette.concurrency import run_in_threadpool
from starlette.exceptions import HTTPException as StarletteHTTPException

from .. import __version__
from ..config import Config
from .checker import ACCEPTED, Checker, Outcome, RejectedFile, check_type, mb, safe_name, suffix_of
from .copies import CopyStore
from .forms import BadForm, BodyTooLarge, parse_multipart, parse_urlencoded, read_body
from .guard import Access, Guard, SESSION_COOKIE
from .logs import log_failure

DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
FORM_OVERHEAD = 256 * 1024  # multipart headers and the form's other fields
LOGIN_WINDOW = 60.0
LOGIN_ATTEMPTS = 10


@dataclass
class Settings:
    config: Config
    access: Access = Access()

    @property
    def max_upload_bytes(self) -> int:
        return int(self.config.web.max_upload_mb * 1024 * 1024)


# ---------------------------------------------------------------- rendering
def _env():
    from ..reporters.html import environment

    return environment()


def _page(request: Request, template: str, status: int = 200, **context: Any) -> HTMLResponse:
    settings: Settings = request.app.state.settings
    context.setdefault("message", None)
    context.setdefault("errors", [])
    context.update(
        nonce=request.scope.get("state", {}).get("csp_nonce", ""),
        token_mode=bool(settings.access.token),
        max_upload=mb(settings.max_upload_bytes),
        max_upload_bytes=settings.max_upload_bytes,
        accept=",".join(ACCEPTED),
        copy_minutes=_minutes(settings.config.web.copy_minutes),
    )
    html = _env().get_template(template).render(**context)
    return HTMLResponse(html, status_code=status)


def _minutes(m: float) -> str:
    return f"{m:g} minute{'' if m == 1 else 's'}"


def _check_page(request: Request, status: int = 200, **context: Any) -> HTMLResponse:
    for key, default in (("a", None), ("urgent", []), ("text", ""), ("download", None), ("download_name", ""),
                         ("name", ""), ("seconds", ""), ("message_title", "")):
        context.setdefault(key, default)
    return _page(request, "web_check.html.j2", status, **context)


def _too_large_text(settings: Settings) -> str:
    return (
        f"This is larger than the limit of {mb(settings.max_upload_bytes)}. Split the audit, or remove pictures "
        "from the Word file and save it again. (The limit is [web] max_upload_mb in auditlint.toml.)"
    )


def rule_views(config: Config, specs: dict) -> list[dict]:
    """Every rule's documentation, grouped by family, for the rules page (as ``auditlint rule CODE``)."""
    import yaml

    from ..engine import render as fill
    from ..reporters.html import FAMILY_LABELS, FAMILY_ORDER, family_of

    groups: dict[str, list[dict]] = {}
    for spec in sorted(specs.values(), key=lambda s: s.code):
        fam = family_of(spec.code, specs)
        params = {**spec.parameters, **config.rules.get(spec.code, {})}
        groups.setdefault(fam, []).append(
            {
                "code": spec.code,
                "name": spec.name,
                "family": fam,
                "severity": config.severity.get(spec.code, spec.severity),
                "guide": spec.guide,
                "status": spec.status,
                "immediate_response": spec.immediate_response,
                "enabled": config.enabled(spec.code) and spec.status != "deprecated"
                and (spec.status != "preview" or spec.code in config.select),
                "summary": " ".join(spec.summary.split()),
                "rationale": " ".join(spec.rationale.split()),
                "message": fill(" ".join(spec.message.split()), {"child": "the child"}),
                "fix": fill(" ".join(spec.fix.split()), {"child": "the child"}),
                "weak": spec.examples.weak.rstrip(),
                "strong": spec.examples.strong.rstrip(),
                "params": yaml.safe_dump(params, sort_keys=False, width=100, allow_unicode=True) if params else "",
                "references": list(spec.references),
            }
        )
    order = [f for f in FAMILY_ORDER if f in groups] + sorted(f for f in groups if f not in FAMILY_ORDER)
    return [{"key": f, "label": FAMILY_LABELS.get(f, f), "rules": groups[f]} for f in order]


# ---------------------------------------------------------------- the app
def create_app(settings: Settings, checker: Checker | None = None) -> Any:
    """The ASGI app (the FastAPI app inside its :class:`~auditlint.web.guard.Guard`).

    The checker (rules and NLP pipeline) is built in the lifespan start-up,
    once, unless one is given.
    """
    copies = CopyStore(ttl_seconds=settings.config.web.copy_minutes * 60)

    @contextlib.asynccontextmanager
    async def lifespan(app: FastAPI):
        own_checker = app.state.checker is None  # one given to create_app is its owner's to close
        if own_checker:
            app.state.checker = await run_in_threadpool(Checker, settings.config)

        async def sweep() -> None:
            while True:
                await asyncio.sleep(30)
                copies.sweep()

        task = asyncio.create_task(sweep())
        try:
            yield
        finally:
            task.cancel()
            copies.clear()
            if own_checker:
                app.state.checker.close()

    app = FastAPI(
        title="auditlint",
        version=__version__,
        description=(
            "Checks the written quality of children's social-care case-file audits, on this computer. "
            "POST /api/check returns the JSON contract of 'auditlint check --format json'. "
            "The writing score is auditlint's score of the audit's writing, never a grade of the practice."
        ),
        lifespan=lifespan,
        docs_url=None,  # the interactive docs load scripts from a CDN: not here
        redoc_url=None,
        openapi_url="/openapi.json",
    )
    app.state.settings = settings
    app.state.checker = checker
    app.state.copies = copies
    app.state.login_failures = []

    def get_checker(request: Request) -> Checker:
        return request.app.state.checker

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException):
        if request.url.path.startswith("/api/") or "text/html" not in request.headers.get("accept", ""):
            return JSONResponse({"detail": exc.detail}, status_code=exc.status_code)
        text = "There is no such page here." if exc.status_code == 404 else str(exc.detail)
        return _page(request, "web_message.html.j2", exc.status_code, title="Not found" if exc.status_code == 404
                     else "Cannot do that", text=text)

    # -- the page ---------------------------------------------------------------
    @app.get("/", response_class=HTMLResponse, include_in_schema=False)
    async def index(request: Request):
        return _check_page(request)

    @app.post("/check", response_class=HTMLResponse, include_in_schema=False)
    async def check_page(request: Request):
        limit = 2 * settings.max_upload_bytes + FORM_OVERHEAD
        try:
            body = await read_body(request, limit)
            ctype = request.headers.get("content-type", "")
            if ctype.lower().startswith("application/x-www-form-urlencoded"):
                from .forms import Form

                form = Form(fields=parse_urlencoded(body))
            else:
                form = parse_multipart(body, ctype)
        except BodyTooLarge:
            return _check_page(request, 413, message_title="Too large", message=_too_large_text(settings))
        except BadForm as exc:
            return _check_page(request, 400, message_title="The form could not be read", message=str(exc))
        del body
        text = form.fields.get("text", "")
        upload = form.files.get("file")
        if upload is not None and upload.filename:
            name = safe_name(upload.filename)
            if len(upload.data) > settings.max_upload_bytes:
                return _check_page(request, 413, text=text, message_title=f"{name} is too large",
                                   message=_too_large_text(settings))
            try:
                check_type(name)
            except RejectedFile as exc:
                return _check_page(request, 415, text=text, message_title="This kind of file cannot be checked",
                                   message=str(exc))
            job, args = get_checker(request).check_file, (name, upload.data)
        elif text.strip():
            if len(text.encode("utf-8", errors="replace")) > settings.max_upload_bytes:
                return _check_page(request, 413, text=text, message_title="The draft is too large",
                                   message=_too_large_text(settings))
            job, args = get_checker(request).check_text, (text,)
        else:
            return _check_page(request, 400, message_title="Nothing to check",
                               message="Paste a draft into the box, or choose a file, then press Check.")
        try:
            outcome: Outcome = await get_checker(request).run(job, *args)
        except RejectedFile as exc:
            return _check_page(request, 415, text=text, message_title="This kind of file cannot be checked",
                               message=str(exc))
        except Exception as exc:
            log_failure("check", exc)
            return _check_page(request, 500, text=text, message_title="auditlint could not check this draft",
                               message=f"An internal error ({type(exc).__name__}) stopped the check. Nothing was "
                               "kept. Please tell the auditlint maintainers what kind of document it was.")
        if outcome.errors:
            return _check_page(request, 422, text=text, message_title=f"{outcome.name} could not be read",
                               errors=[e.to_dict() for e in outcome.errors])
        from ..reporters.html import audit_view

        view = audit_view(outcome.results[0], get_checker(request).specs, 0)
        download = download_name = None
        if outcome.reviewed is not None:
            stem = outcome.name[: -len(suffix_of(outcome.name))] if suffix_of(outcome.name) else outcome.name
            download_name = f"{stem}.reviewed.docx"
            download = copies.put(download_name, outcome.reviewed)
        return _check_page(
            request,
            a=view,
            urgent=[(view, f) for f in view["urgent"]],
            text=text,
            name=outcome.name,
            seconds=f"{outcome.seconds:.1f}",
            download=download,
            download_name=download_name or "",
        )

    @app.get("/check", include_in_schema=False)
    async def check_again(request: Request):  # a reload or a bookmark of the result page: start again
        return RedirectResponse("/", status_code=303)

    @app.get("/reviewed/{key}", include_in_schema=False)
    async def reviewed(request: Request, key: str):
        copy = copies.take(key)
        if copy is None:
            return _page(
                request,
                "web_message.html.j2",
                404,
                title="This reviewed copy is no longer here",
                text=f"A reviewed copy can be downloaded once, within {_minutes(settings.config.web.copy_minutes)} "
                "of the check; it is then deleted. Check the Word file again to get a new one.",
            )
        ascii_name = "".join(c if c.isascii() and (c.isalnum() or c in "._- ") else "_" for c in copy.filename)
        disposition = f"attachment; filename=\"{ascii_name}\"; filename*=UTF-8''{quote(copy.filename)}"
        return Response(copy.data, media_type=DOCX_TYPE, headers={"content-disposition": disposition})

    @app.get("/rules", response_class=HTMLResponse, include_in_schema=False)
    async def rules_page(request: Request):
        families = rule_views(settings.config, get_checker(request).specs)
        return _page(request, "web_rules.html.j2", families=families,
                     count=sum(len(f["rules"]) for f in families))

    # -- the token form -----------------------------------------------------------
    @app.get("/login", response_class=HTMLResponse, include_in_schema=False)
    async def login_form(request: Request):
        if not settings.access.token:
            return RedirectResponse("/", status_code=303)
        return _page(request, "web_login.html.j2", wrong=False)

    @app.post("/login", include_in_schema=False)
    async def login(request: Request):
        if not settings.access.token:
            return RedirectResponse("/", status_code=303)
        loop = asyncio.get_running_loop()
        failures = [t for t in app.state.login_failures if loop.time() - t < LOGIN_WINDOW]
        app.state.login_failures = failures
        if len(failures) >= LOGIN_ATTEMPTS:
            return _page(request, "web_login.html.j2", 429, wrong=True,
                         message="Too many wrong tokens: wait a minute, then try again.")
        try:
            fields = parse_urlencoded(await read_body(request, 4096))
        except (BodyTooLarge, BadForm):
            fields = {}
        if not settings.access.token_ok(fields.get("token", "")):
            failures.append(loop.time())
            return _page(request, "web_login.html.j2", 401, wrong=True, message="That is not this server's token.")
        resp = RedirectResponse("/", status_code=303)
        resp.headers.append("set-cookie", settings.access.session_cookie())
        return resp

    @app.post("/logout", include_in_schema=False)
    async def logout(request: Request):
        resp = RedirectResponse("/login" if settings.access.token else "/", status_code=303)
        resp.headers.append("set-cookie", f"{SESSION_COOKIE}=; Path=/; Max-Age=0; HttpOnly; SameSite=Strict")
        return resp

    # -- the JSON API ---------------------------------------------------------------
    def problem(status: int, detail: str) -> JSONResponse:
        return JSONResponse({"detail": detail}, status_code=status)

    @app.post(
        "/api/check",
        summary="Check one audit",
        description=(
            "Send the audit as JSON (`{\"text\": \"...\", \"format\": \"markdown\", \"name\": \"draft.md\"}`; "
            "format is markdown (default), json or yaml), as a multipart upload (field `file`: .md, .txt, .docx, "
            ".json, .yaml), or as the raw text with `Content-Type: text/markdown` or `text/plain`. The answer is "
            "the JSON contract of `auditlint check --format json`: status 200, or 422 when the audit could not be "
            "read (the document's `errors` say why). Nothing is stored."
        ),
        responses={
            200: {"description": "The report", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Report"}}}},
            400: {"description": "The request could not be read", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Problem"}}}},
            413: {"description": "Over the size limit ([web] max_upload_mb)", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Problem"}}}},
            415: {"description": "A file type or content type auditlint does not read", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Problem"}}}},
            422: {"description": "The audit could not be read: the report with its errors", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Report"}}}},
        },
        openapi_extra={"requestBody": _REQUEST_BODY},
    )
    async def api_check(request: Request):
        limit = settings.max_upload_bytes + FORM_OVERHEAD
        ctype = request.headers.get("content-type", "")
        kind = ctype.split(";", 1)[0].strip().lower()
        try:
            body = await read_body(request, limit)
        except BodyTooLarge:
            return problem(413, f"over the limit of {mb(settings.max_upload_bytes)} ([web] max_upload_mb)")
        except BadForm as exc:
            return problem(400, str(exc))
        checker = get_checker(request)
        try:
            if kind == "application/json":
                try:
                    data = json.loads(body)
                except (ValueError, UnicodeDecodeError):
                    return problem(400, "the body is not valid JSON")
                if not isinstance(data, dict) or not isinstance(data.get("text"), str):
                    return problem(400, "expected a JSON object with \"text\" (a string), and optionally "
                                   "\"format\" (markdown, json or yaml) and \"name\"")
                fmt = data.get("format", "markdown")
                name = data.get("name") or ("draft.json" if fmt == "json" else "draft.yaml" if fmt == "yaml" else "draft.md")
                if not isinstance(fmt, str) or not isinstance(name, str):
                    return problem(400, "\"format\" and \"name\" must be strings")
                job, args = checker.check_text, (data["text"], safe_name(name), fmt)
            elif kind == "multipart/form-data":
                form = parse_multipart(body, ctype)
                upload = form.files.get("file")
                if upload is not None and upload.filename:
                    if len(upload.data) > settings.max_upload_bytes:
                        return problem(413, f"over the limit of {mb(settings.max_upload_bytes)} ([web] max_upload_mb)")
                    check_type(safe_name(upload.filename))
                    job, args = checker.check_file, (upload.filename, upload.data)
                elif form.fields.get("text", "").strip():
                    fmt = form.fields.get("format", "markdown")
                    job, args = checker.check_text, (form.fields["text"], safe_name(form.fields.get("name", "draft.md")), fmt)
                else:
                    return problem(400, "send the audit as a file in the field 'file' (or its text in 'text')")
            elif kind in ("text/markdown", "text/plain", "text/x-markdown"):
                from ..readers.decode import decode

                text, _ = decode(body)
                job, args = checker.check_text, (text, "draft.md", "markdown")
            else:
                return problem(415, "send JSON ({\"text\": ..., \"format\": \"markdown\"}), a multipart upload "
                               "(field 'file') or the text as text/markdown")
            del body
            outcome: Outcome = await checker.run(job, *args)
        except RejectedFile as exc:
            return problem(415, str(exc))
        except BadForm as exc:
            return problem(400, str(exc))
        except Exception as exc:
            log_failure("api check", exc)
            return problem(500, f"an internal error ({type(exc).__name__}) stopped the check; nothing was kept")
        from ..reporters.json_report import render_json

        out = render_json(outcome.results, outcome.errors, checker.specs)
        return Response(out, media_type="application/json", status_code=422 if outcome.errors else 200)

    @app.get("/api/rules", summary="Every rule, one entry each (as 'auditlint rules --format json')")
    async def api_rules(request: Request):
        from ..ruledoc import rules_table

        return Response(rules_table(get_checker(request).specs, "json", settings.config), media_type="application/json")

    @app.get("/api/health", summary="Whether the server is ready")
    async def health(request: Request):
        checker = get_checker(request)
        return {"status": "ready" if checker is not None else "starting", "version": __version__}

    def openapi() -> dict:
        if app.openapi_schema:
            return app.openapi_schema
        from fastapi.openapi.utils import get_openapi

        from ..resources import report_schema

        doc = get_openapi(title=app.title, version=app.version, description=app.description, routes=app.routes)
        report = report_schema()
        defs = report.pop("$defs", {})
        report.pop("$schema", None)
        text = json.dumps(report)
        defs_text = json.dumps(defs)
        for k in defs:
            text = text.replace(f'"#/$defs/{k}"', f'"#/components/schemas/Report_{k}"')
            defs_text = defs_text.replace(f'"#/$defs/{k}"', f'"#/components/schemas/Report_{k}"')
        schemas = doc.setdefault("components", {}).setdefault("schemas", {})
        schemas["Report"] = json.loads(text)
        for k, v in json.loads(defs_text).items():
            schemas[f"Report_{k}"] = v
        schemas["Problem"] = {
            "type": "object",
            "properties": {"detail": {"type": "string", "description": "What went wrong, for a person."}},
            "required": ["detail"],
        }
        schemas["CheckRequest"] = _CHECK_REQUEST
        if settings.access.token:
            doc["components"]["securitySchemes"] = {"token": {"type": "http", "scheme": "bearer"}}
            doc["security"] = [{"token": []}]
        app.openapi_schema = doc
        return doc

    app.openapi = openapi  # type: ignore[method-assign]
    return Guard(app, settings.access)


_CHECK_REQUEST = {
    "type": "object",
    "required": ["text"],
    "properties": {
        "text": {"type": "string", "description": "The audit: Markdown (as in corpora/examples), or JSON/YAML."},
        "format": {"type": "string", "enum": ["markdown", "json", "yaml"], "default": "markdown"},
        "name": {"type": "string", "description": "A name for the audit in the report (its 'path').", "default": "draft.md"},
    },
}

_REQUEST_BODY = {
    "required": True,
    "content": {
        "application/json": {"schema": {"$ref": "#/components/schemas/CheckRequest"}},
        "multipart/form-data": {
            "schema": {
                "type": "object",
                "properties": {
                    "file": {"type": "string", "format": "binary", "description": ".md, .txt, .docx, .json or .yaml"},
                    "text": {"type": "string", "description": "Instead of a file: the audit's text."},
                    "format": {"type": "string", "enum": ["markdown", "json", "yaml"]},
                },
            }
        },
        "text/markdown": {"schema": {"type": "string"}},
    },
}
