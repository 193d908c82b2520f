"""The window (PySide6 only here)."""

from app.ui.translate_where_written import install

# Before any widget says a word: every tr() looks its text up where the catalogue files it.
install()
