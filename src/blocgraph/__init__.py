"""blocgraph: an open, SHACL-validated RDF knowledge base of multilateral blocs."""

__version__ = "0.1.0"
