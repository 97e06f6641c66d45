"""Tests against external triple stores (Oxigraph server, Virtuoso)."""
