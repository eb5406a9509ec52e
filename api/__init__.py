"""HTTP API (FastAPI): parses, authenticates, calls one use case, maps the result."""
