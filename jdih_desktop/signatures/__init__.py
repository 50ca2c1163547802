"""Electronic signatures (PAdES/TTE) on decree PDFs: verification against the office's own
trust roots, with pyHanko. Qt-free; the CLI (``jdih signature``) and the GUI call the same
:class:`~jdih_desktop.signatures.service.SignatureService`."""
