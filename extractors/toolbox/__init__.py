"""Shared helpers the record parts use: no record part of their own.

Dates, numbers, person names, provinces, occasions, the award catalogue and
its context, the optional NLP backend, and the loading and validation of the
data files under ``extractors/data/``.
"""
