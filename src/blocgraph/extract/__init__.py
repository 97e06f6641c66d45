"""Extraction: a report to proposed facts (``blocgraph extract``), and a reviewed draft into
the data (``blocgraph accept``)."""
