"""Generic rule types. Each module registers its types with :func:`register`;
every module in this package is imported when the registry is first used,
so a new type needs no edit here."""

from __future__ import annotations

import importlib
import pkgutil

from .base import AuditContext, Hit, Params, RuleSkip, RuleType, section_hit

REGISTRY: dict[str, type[RuleType]] = {}
_LOADED = False


def register(cls: type[RuleType]) -> type[RuleType]:
    if not cls.name:
        raise TypeError(f"{cls.__name__} has no name")
    if cls.name in REGISTRY and REGISTRY[cls.name] is not cls:
        raise TypeError(f"rule type {cls.name!r} registered twice")
    REGISTRY[cls.name] = cls
    return cls


def registry() -> dict[str, type[RuleType]]:
    global _LOADED
    if not _LOADED:
        for mod in pkgutil.iter_modules(__path__):
            if mod.name != "base":
                importlib.import_module(f"{__name__}.{mod.name}")
        _LOADED = True
    return REGISTRY


__all__ = ["AuditContext", "Hit", "Params", "RuleSkip", "RuleType", "register", "registry", "section_hit"]
