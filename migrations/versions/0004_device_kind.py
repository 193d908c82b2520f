"""device kind apart from device status

A device row said in one column both what it is (this copy's own installation, the
secretariat's pinned key, a ministry's registered device) and whether its files are taken
(active, revoked). The kind moves to its own column; the status keeps only active or revoked.

Revision ID: d7a3f0c2b914
Revises: c4e1d2a9f7b3
Create Date: 2026-12-03 08:00:00
"""
from alembic import op
import sqlalchemy as sa

revision = "d7a3f0c2b914"
down_revision = "c4e1d2a9f7b3"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("device") as batch:
        batch.add_column(sa.Column("kind", sa.String(length=20), server_default="ministry",
                                   nullable=False))
    op.execute("UPDATE device SET kind = 'own', status = 'active' WHERE status = 'local'")
    op.execute("UPDATE device SET kind = 'pinned_secretariat', status = 'active' "
               "WHERE status = 'secretariat'")


def downgrade() -> None:
    op.execute("UPDATE device SET status = 'local' WHERE kind = 'own'")
    op.execute("UPDATE device SET status = 'secretariat' WHERE kind = 'pinned_secretariat'")
    with op.batch_alter_table("device") as batch:
        batch.drop_column("kind")
