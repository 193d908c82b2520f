"""Engine, sessions, change log and the database file's lifecycle (no Qt)."""
