"""Helpers shared by the tests: layout checks for any shown widget tree, and finding widgets by accessible name."""
