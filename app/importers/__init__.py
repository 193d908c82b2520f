"""Readers for every source a secretariat has, and the engine that merges them (no Qt)."""
