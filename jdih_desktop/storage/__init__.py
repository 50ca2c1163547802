"""Files on disk: atomic writes and the content-addressed store."""
