"""Engines behind an API: the shared HTTP base, failure mapping, and one module per provider."""
