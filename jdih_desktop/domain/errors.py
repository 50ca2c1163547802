"""The root of every error a clerk may see.

Each layer subclasses :class:`JdihError`; the GUI shows ``str(error)``, the CLI prints it and
exits 1, and the traceback goes only to the log.
"""

from __future__ import annotations

from jdih_desktop.domain.messages import Msg


class JdihError(Exception):
    """An expected failure with a message a clerk understands, in the current UI language."""

    def __init__(self, message: Msg) -> None:
        super().__init__(message.render("en"))
        self.message = message

    def __str__(self) -> str:
        return self.message.render()


class ValidationError(JdihError):
    """Input that breaks a rule of the domain (a date, a number, a state transition)."""
