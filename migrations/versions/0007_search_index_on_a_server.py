"""the register's search index on a server

A file searches through SQLite's FTS5 table (0003). On PostgreSQL the same index is a table of
tsvectors with a GIN index: one row a live recommendation, its reference, text and notes
accent-free (the unaccent extension) and lower-cased, numbered for the register reader as the
file's rowids number it. Nothing changes in a file.

Revision ID: a7d3e5f1c9b2
Revises: f2c9a4e6b1d8
Create Date: 2026-12-04 17:00:00
"""
from alembic import op
import sqlalchemy as sa
from sqlalchemy.dialects.postgresql import TSVECTOR

from app.db.server import unaccent_refused

revision = "a7d3e5f1c9b2"
down_revision = "f2c9a4e6b1d8"
branch_labels = None
depends_on = None


def _on_server() -> bool:
    return op.get_bind().dialect.name == "postgresql"


def _require_unaccent(connection) -> None:
    if connection.execute(sa.text(
            "SELECT 1 FROM pg_extension WHERE extname = 'unaccent'")).first():
        return
    if not connection.execute(sa.text(
            "SELECT has_database_privilege(current_database(), 'CREATE')")).scalar():
        raise unaccent_refused(*connection.execute(sa.text(
            "SELECT current_user, current_database()")).one())
    connection.execute(sa.text("CREATE EXTENSION unaccent"))


def upgrade() -> None:
    if not _on_server():
        return
    connection = op.get_bind()
    _require_unaccent(connection)
    op.create_table(
        "recommendation_search",
        sa.Column("number", sa.BigInteger, sa.Identity(), primary_key=True),
        sa.Column("recommendation_id", sa.String(36), nullable=False, unique=True),
        sa.Column("document", TSVECTOR, nullable=False),
    )
    op.create_index("ix_recommendation_search_document", "recommendation_search",
                    ["document"], postgresql_using="gin")
    op.execute(
        "INSERT INTO recommendation_search (recommendation_id, document) "
        "SELECT r.id, to_tsvector('simple', unaccent(regexp_replace(concat_ws(' ', "
        "r.reference, r.text, r.notes), '[[:punct:]]+', ' ', 'g'))) FROM recommendation r "
        "WHERE NOT r.deleted ORDER BY r.created_at, r.id")


def downgrade() -> None:
    if _on_server():
        op.drop_table("recommendation_search")
