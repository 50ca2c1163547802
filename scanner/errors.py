"""The one exception type of the scanner package.

Every failure a clerk may see is a :class:`ScanError` with a stable ``code`` (see
:data:`scanner.messages.CATALOGUE`) so the app can react to the kind of failure (offer "retry"
after a jam, "reconnect" after ``disconnected``) and render the sentence in either language.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from scanner.messages import Message

ERROR_CODES = frozenset(
    {
        "jammed",
        "no_docs",
        "cover_open",
        "io_error",
        "busy",
        "cancelled",
        "disconnected",
        "timeout",
        "no_device",
        "unsupported",
        "invalid",
        "no_memory",
        "access_denied",
        "no_data",
        "double_feed",
        "offline",
        "driver_error",
        "worker_failed",
        "protocol",
        "unsupported_file",
        "folder_empty",
        "spool_error",
    }
)


class ScanError(Exception):
    """An expected scanning failure; ``detail`` is the technical cause for the log."""

    def __init__(self, code: str, detail: str = "", **params: Any) -> None:
        params.setdefault("detail", detail)
        self.code = code
        self.detail = detail
        self.message = Message(code, params)
        super().__init__(f"{code}: {self.message.text('en')}")

    def text(self, language: str = "id") -> str:
        return self.message.text(language)

    def __str__(self) -> str:
        return self.message.text("id")

    def to_dict(self) -> dict[str, Any]:
        return {"code": self.code, "detail": self.detail, "params": dict(self.message.params)}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> ScanError:
        params = dict(data.get("params") or {})
        params.pop("detail", None)
        return cls(str(data["code"]), str(data.get("detail", "")), **params)
