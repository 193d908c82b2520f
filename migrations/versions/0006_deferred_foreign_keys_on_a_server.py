"""foreign keys checked at commit on a server

SQLite checks the foreign keys of a write at its commit (PRAGMA defer_foreign_keys, set on
every write transaction), so a unit of work and the bulk writer may insert a link before the
row it points to within one transaction. PostgreSQL checks at each statement unless the
constraint is deferrable: make every foreign key DEFERRABLE INITIALLY DEFERRED there, the
same rule on both backends. Nothing changes in a file.

Revision ID: f2c9a4e6b1d8
Revises: e8b4c1d7a2f5
Create Date: 2026-12-04 14:00:00
"""
from alembic import op
import sqlalchemy as sa

revision = "f2c9a4e6b1d8"
down_revision = "e8b4c1d7a2f5"
branch_labels = None
depends_on = None

_FOREIGN_KEYS = sa.text(
    "SELECT conrelid::regclass::text, conname FROM pg_constraint "
    "WHERE contype = 'f' AND connamespace = current_schema()::regnamespace ORDER BY 1, 2")


def _alter_foreign_keys(rule: str) -> None:
    connection = op.get_bind()
    if connection.dialect.name != "postgresql":
        return
    for table, name in connection.execute(_FOREIGN_KEYS).all():
        op.execute(f'ALTER TABLE {table} ALTER CONSTRAINT "{name}" {rule}')


def upgrade() -> None:
    _alter_foreign_keys("DEFERRABLE INITIALLY DEFERRED")


def downgrade() -> None:
    _alter_foreign_keys("NOT DEFERRABLE")
