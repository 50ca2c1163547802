"""Trust: integrity checks (``jdih verify``), backups and restores of a whole office."""
