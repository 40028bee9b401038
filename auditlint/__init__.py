"""auditlint: a linter for the written quality of children's social-care case-file audits."""

__version__ = "0.1.0"
