"""``blocgraph serve``: a SPARQL 1.1 Protocol endpoint and linked-data pages over the embedded
store, read-only (``app.create_app``; the protocol itself in ``sparql``).

Nothing here is imported by the lookups: the web stack (Starlette, uvicorn, Jinja2) loads only
when ``serve`` runs. Install it with ``pip install 'blocgraph[web]'``.
"""
