"""Helpers shared by the tests: layout checks for any shown widget tree, finding widgets by accessible name,
and the context a panel is built with."""
