"""The stored archive: decrees, abstracts, access, history and search."""
