"""Record parts: one module per part of a plan record.

Each module reads a :class:`extractors.model.Document` and returns the typed
values of its part (issuer, signer, citations, award forms, quotas, thresholds,
deadlines, criteria, participants, recipients…), every value with its evidence
span. "Quota extraction misses X" opens ``quotas.py`` here and its test under
``tests/extractors/parts/``. The runner that calls them is ``extractors.registry``.
"""
