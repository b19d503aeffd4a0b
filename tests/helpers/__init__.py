"""Helpers shared by the tests: layout checks for any shown widget tree."""
