"""Multi-step wizards: first run and member-list import."""
