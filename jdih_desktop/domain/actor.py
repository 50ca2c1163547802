"""Who is acting: every service call that changes something names its actor for the audit log."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Actor:
    user_id: int | None
    username: str
    roles: frozenset[str] = field(default_factory=frozenset)
    # Who really typed it, when that is not the account itself: the command line acts for the
    # account named by --by, and the audit log keeps the operating-system account beside it.
    via: str = ""

    def has_role(self, role: str) -> bool:
        return role in self.roles


# Setup and maintenance done from the command line before any account exists.
SYSTEM = Actor(user_id=None, username="system", roles=frozenset({"administrator"}))
