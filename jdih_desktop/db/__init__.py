"""Database layer: models, engine, migrations. Used by services, never by the UI directly."""
