"""Documents that leave the application: the Excel matrix, PDF reports (no Qt)."""

from app.exports.right_to_left import install as _install_right_to_left

_install_right_to_left()
