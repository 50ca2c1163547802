"""Pages and PDFs: images, page checks, OCR, text layers, assembly and PDF/A."""
