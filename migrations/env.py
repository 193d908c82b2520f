"""Alembic environment. Migrations run through app.db.lifecycle, which hands over a connection
inside one transaction; `python -m app.db.revision "message"` autogenerates a new revision."""

from alembic import context

from app.models import Base

connection = context.config.attributes.get("connection")
if connection is None:
    raise RuntimeError("run migrations through app.db.lifecycle or app.db.revision")

context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
