"""Plinth: a desktop workbench for foundation models."""

__version__ = "0.1.0"
