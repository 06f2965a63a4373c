"""reportlab renderers, one per document; no Qt widgets here."""
