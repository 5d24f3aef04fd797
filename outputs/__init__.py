"""Turning stored records into scores, tables, workbooks and pages."""
