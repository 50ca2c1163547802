"""Who is acting: every service call that changes something names its actor for the audit log."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Actor:
    user_id: int | None
    username: str
    roles: frozenset[str] = field(default_factory=frozenset)

    def has_role(self, role: str) -> bool:
        return role in self.roles


# Setup and maintenance done from the command line before any account exists.
SYSTEM = Actor(user_id=None, username="system", roles=frozenset({"administrator"}))
