"""Dialogs; each exposes an ``ask`` classmethod so tests can drive or replace it."""
