"""Alembic environment. Migrations run through app.db.lifecycle, which hands over a connection
inside one transaction; `python -m app.db.revision "message"` autogenerates a new revision."""

from alembic import context

from app.db import search
from app.models import Base

connection = context.config.attributes.get("connection")
if connection is None:
    raise RuntimeError("run migrations through app.db.lifecycle or app.db.revision")

def include_object(obj, name, type_, reflected, compare_to):
    """The FTS5 search index and its shadow tables are kept by app.db.search, not models."""
    return not (type_ == "table" and name.startswith(search.TABLE))


context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,
    compare_type=True,
    include_object=include_object,
)
with context.begin_transaction():
    context.run_migrations()
