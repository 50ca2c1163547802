"""Decrees from paper or file to the archive.

The flow lives here (``intake`` with its ``gate``, ``scan_flow``, ``drafts``, the streaming
pipeline); its three wings below it:

- ``pdf``: pages and PDFs — images, page checks, OCR, text layers, assembly, PDF/A;
- ``reading``: a decree's text read into fields with honest confidence, status links, the
  abstract draft;
- ``archive``: the stored decrees — archive, abstracts, access, history, search.
"""
