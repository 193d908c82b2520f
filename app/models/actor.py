"""Who is working at this computer, as the permission checks see them
(app.services.permissions).

Kept beside the models because the database object carries the actor to every write session.
"""

from __future__ import annotations

from dataclasses import dataclass

from app.models.codes import UserRole, values

_ROLES = values(UserRole)


@dataclass(frozen=True)
class Actor:
    name: str
    role: str
    institution_id: str | None = None

    def __post_init__(self) -> None:
        if self.role not in _ROLES:
            raise ValueError(f"role '{self.role}' is not one of {', '.join(_ROLES)}")
        belongs = self.role in (UserRole.FOCAL_POINT, UserRole.VALIDATING_AUTHORITY)
        if belongs and not self.institution_id:
            raise ValueError(f"a {self.role.replace('_', ' ')} belongs to an institution")
