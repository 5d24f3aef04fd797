"""Turning a parsed document into the parts of a plan record."""
