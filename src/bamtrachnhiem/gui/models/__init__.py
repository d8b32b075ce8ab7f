"""Qt table models over service results."""
