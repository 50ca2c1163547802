"""accounts layer."""
