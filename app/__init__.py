"""NMRF Tracker: offline follow-up of UN human-rights recommendations."""

__version__ = "0.1.0"
APP_NAME = "NMRF Tracker"
