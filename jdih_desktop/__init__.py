"""JDIH Desktop: the legal subsection's tool for publishing decree copies on its JDIH site."""

__version__ = "0.1.0"
