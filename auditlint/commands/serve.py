"""``auditlint serve``: the local web page for auditors (and the JSON API).

Listens on 127.0.0.1:8765 by default and prints the address to open. Any
other address needs a token (``--token``, ``AUDITLINT_TOKEN`` or ``[web] token``);
without one it refuses to start and says why. The rules and the language model
load once, before the address is printed.
"""

from __future__ import annotations

import os
import shutil
import signal
import sys
import tempfile
from pathlib import Path

import click


@click.command("serve")
@click.option("--host", default="127.0.0.1", show_default=True,
              help="The address to listen on. Anything but this computer (127.0.0.1, ::1, localhost) needs --token.")
@click.option("--port", default=8765, show_default=True, type=click.IntRange(0, 65535), help="The port (0: any free port).")
@click.option("--token", envvar="AUDITLINT_TOKEN", default=None, show_envvar=True,
              help="Every request must carry this token (Authorization: Bearer, or the sign-in form). "
              "Default: [web] token from the configuration.")
@click.option("--open", "open_browser", is_flag=True, help="Open the page in the web browser once it is ready.")
@click.option("--select", multiple=True, help="Rule codes or prefixes to run (AL4, AL301); comma-separated or repeated.")
@click.option("--ignore", multiple=True, help="Rule codes or prefixes to skip.")
@click.option("--config", "config_path", type=click.Path(dir_okay=False), help="Use this auditlint.toml or pyproject.toml.")
@click.option("--ssl-certfile", type=click.Path(dir_okay=False, exists=True), help="Serve HTTPS with this certificate.")
@click.option("--ssl-keyfile", type=click.Path(dir_okay=False, exists=True), help="The certificate's private key.")
def command(host, port, token, open_browser, select, ignore, config_path, ssl_certfile, ssl_keyfile):
    """Serve the local web page: paste or upload a draft and see it checked, in the browser."""
    from ..config import load_config
    from ..errors import AuditlintError

    cfg = load_config(Path(config_path) if config_path else None).with_cli(select=select, ignore=ignore)
    if bool(ssl_certfile) != bool(ssl_keyfile):
        raise AuditlintError("HTTPS needs both --ssl-certfile and --ssl-keyfile")
    from ..web.server import access_for, bind, make_server, url_for, uvicorn_config

    access = access_for(host, token or cfg.web.token, secure=bool(ssl_certfile))
    from ..engine import Engine

    Engine(cfg)  # a bad rule file or rule parameter: one clear line now, not a traceback from the server
    from ..grammar import public_service_warning

    if warning := public_service_warning(cfg):  # data protection: said every time, on stderr
        click.echo(f"auditlint: warning: {warning}", err=True)
    sock = bind(host, port)
    scheme = "https" if ssl_certfile else "http"
    url = url_for(host, sock.getsockname()[1], scheme)
    click.echo(f"auditlint: loading the rules and the language model for {url} ...", err=True)

    from ..web import Settings, create_app

    app = create_app(Settings(config=cfg, access=access))
    options = {"ssl_certfile": ssl_certfile, "ssl_keyfile": ssl_keyfile} if ssl_certfile else {}

    def ready() -> None:
        where = url
        if host.strip("[]") in ("0.0.0.0", "::"):
            import socket

            where = f"{url} (on this computer), or {scheme}://{socket.gethostname()}:{sock.getsockname()[1]}/ from another"
        click.echo(f"auditlint is ready: open {where} in your web browser. Press Ctrl+C to stop.")
        if access.token:
            click.echo("auditlint: every request needs the token (sign in on the page, or 'Authorization: Bearer ...').")
        sys.stdout.flush()
        if open_browser:
            import webbrowser

            webbrowser.open(url)

    # Anything a library spools to a temporary file goes to a private folder (mode 0700), removed on exit.
    private = tempfile.mkdtemp(prefix="auditlint-serve-")
    os.chmod(private, 0o700)
    saved = tempfile.tempdir, os.environ.get("TMPDIR")
    tempfile.tempdir = private
    os.environ["TMPDIR"] = private
    # uvicorn stops on SIGINT/SIGTERM, then raises the signal again: make SIGTERM an exit that still tidies up
    previous = signal.signal(signal.SIGTERM, _exit_on_term)
    try:
        make_server(uvicorn_config(app, sock, **options), on_ready=ready).run(sockets=[sock])
    except KeyboardInterrupt:
        pass
    finally:
        signal.signal(signal.SIGTERM, previous)
        tempfile.tempdir = saved[0]
        if saved[1] is None:
            os.environ.pop("TMPDIR", None)
        else:
            os.environ["TMPDIR"] = saved[1]
        shutil.rmtree(private, ignore_errors=True)
        sock.close()
        click.echo("auditlint: stopped.", err=True)


def _exit_on_term(signum, frame):  # pragma: no cover - a signal
    raise SystemExit(0)
