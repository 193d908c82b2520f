"""device age recipient

Exchange files are encrypted with age: each device row keeps whom files for it are
encrypted to — a ministry device's recipient at the secretariat, the secretariat's on a
ministry's copy. Empty on devices known before: their next file says it.

Revision ID: e8b4c1d7a2f5
Revises: d7a3f0c2b914
Create Date: 2026-12-03 12:00:00
"""
from alembic import op
import sqlalchemy as sa

revision = "e8b4c1d7a2f5"
down_revision = "d7a3f0c2b914"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("device") as batch:
        batch.add_column(sa.Column("age_recipient", sa.String(length=100), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("device") as batch:
        batch.drop_column("age_recipient")
