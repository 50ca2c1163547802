"""Test helpers that start real services (PostgreSQL) for the suite."""
