"""Developer tool: autogenerate a migration from the models.

    python -m app.db.revision "add import record"

It upgrades an in-memory database to the current head and compares it with the models.
"""

from __future__ import annotations

import sys

from alembic import command
from sqlalchemy import create_engine

from app.db.lifecycle import alembic_config


def main(message: str) -> None:
    engine = create_engine("sqlite://")
    config = alembic_config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "heads")
        command.revision(config, message=message, autogenerate=True)


if __name__ == "__main__":
    main(" ".join(sys.argv[1:]) or "schema change")
