"""full-text search index of recommendations

Revision ID: c4e1d2a9f7b3
Revises: b81b7dac86eb
Create Date: 2026-11-23 20:00:00
"""
from alembic import op

from app.db import search

revision = "c4e1d2a9f7b3"
down_revision = "b81b7dac86eb"
branch_labels = None
depends_on = None


def upgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":  # a server's index: 0007
        search.rebuild(op.get_bind())


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        op.execute(f"DROP TABLE IF EXISTS {search.TABLE}")
