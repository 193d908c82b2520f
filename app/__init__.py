"""NMRF Tracker: offline follow-up of UN human-rights recommendations."""

__version__ = "0.1.0"
APP_NAME = "NMRF Tracker"

# reportlab reads its right-to-left hook when it is first imported, by whichever module
# (a report, or the demo's evidence PDFs): installed before any of them can run.
from app.exports import right_to_left as _right_to_left  # noqa: E402

_right_to_left.install()
