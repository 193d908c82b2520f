"""Errors meant for the person using the application.

A ``UserError`` carries one sentence that names the file, row or field at fault and what was
expected. The CLI prints it on one line; the window shows it in a message box. Anything that
is not a UserError is a defect and is logged with its traceback.
"""


class UserError(Exception):
    """A problem the person can understand and act on."""

    def __init__(self, message: str):
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return self.message


class Cancelled(UserError):
    """The person stopped long work (an import, an export, a report, a consolidation); what
    it had written was rolled back or removed. The window shows no error for it."""


class DatabaseFileError(UserError):
    """The file cannot be opened as an NMRF Tracker database (foreign, corrupt, newer...)."""


class DatabaseLockedError(UserError):
    """Another running copy of the application has the database open."""


class ReadOnlyDatabaseError(UserError):
    """The database is on read-only media or open read-only: it can be read, not changed."""


class DiskFullError(UserError):
    """Not enough free space for the work asked; nothing was left half-written."""


class MigrationError(UserError):
    """Upgrading the database schema failed; the backup was restored."""


class PermissionDenied(UserError):
    """The current role may not perform this change."""


class ValidationError(UserError):
    """A value given to a service is not acceptable."""


class ChangeLogError(RuntimeError):
    """A write tried to bypass the change log (programming error, not user input)."""
