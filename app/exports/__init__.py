"""Documents that leave the application: the Excel matrix, PDF reports (no Qt)."""
