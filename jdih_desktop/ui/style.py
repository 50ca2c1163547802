"""The app's look: one stylesheet, so every screen shares spacing, headings and colours."""

from __future__ import annotations

# KPU red for the selection, calm greys elsewhere; sizes in pt so they follow the OS's DPI.
STYLESHEET = """
QListWidget#navigation { font-size: 11pt; border: none; background: #f4f1ee; }
QListWidget#navigation::item { padding: 9px 12px; }
QListWidget#navigation::item:selected { background: #a4161a; color: white; }
QLabel#pageTitle { font-size: 17pt; font-weight: 600; color: #3a3a3a; padding-bottom: 6px; }
QStatusBar { color: #555; }
"""
