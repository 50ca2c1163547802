"""Pure domain: metadata, numbering, SOP definitions, working time. No Qt, no SQLAlchemy, no I/O."""
