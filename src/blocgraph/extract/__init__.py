"""Extraction: a report to proposed facts (blocgraph extract), a reviewed draft into the data (blocgraph accept)."""
