"""Service-level errors; every one is a :class:`JdihError` with a translated message."""

from __future__ import annotations

from jdih_desktop.domain.errors import JdihError, ValidationError

__all__ = [
    "ConfigError",
    "DataDirError",
    "DatabaseBusyError",
    "DatabaseError",
    "DiskFullError",
    "JdihError",
    "NotFoundError",
    "OfficeNotSetError",
    "PermissionDeniedError",
    "ValidationError",
]


class ConfigError(JdihError):
    """The configuration file is missing a value, malformed, or names something unusable."""


class DataDirError(JdihError):
    """The data folder cannot be used (unwritable, locked by another instance, ...)."""


class DatabaseError(JdihError):
    """The database is corrupt, newer than this program, or unreachable."""


class NotFoundError(JdihError):
    """A record the caller named does not exist."""


class OfficeNotSetError(JdihError):
    """The office profile names no office yet: a letterhead would be blank or somebody else's."""


class PermissionDeniedError(JdihError):
    """The user's role may not perform the action."""


class DatabaseBusyError(DatabaseError):
    """Another process holds the database longer than the busy timeout: try again."""


class DiskFullError(DatabaseError):
    """The disk under the data folder or database is full (or fails to write)."""
