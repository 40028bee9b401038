"""Extra ``auditlint`` sub-commands, one module each.

Every module here that defines ``command`` (a click command) is added to the
``auditlint`` group. Keep module-level imports light: commands that need the
NLP pipeline import it inside the command, so ``auditlint --help`` stays fast.
"""

from __future__ import annotations

import importlib
import pkgutil

import click


def register_all(group: click.Group) -> None:
    for mod in sorted(pkgutil.iter_modules(__path__), key=lambda m: m.name):
        module = importlib.import_module(f"{__name__}.{mod.name}")
        cmd = getattr(module, "command", None)
        if isinstance(cmd, click.Command):
            group.add_command(cmd)
