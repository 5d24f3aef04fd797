"""The layout stage: the document header however it arrives, read once.

Between repair and segmenting. :mod:`extractors.layout.text` is a repair pass
that puts a header flattened into pipe rows, one cell per line or one
interleaved line back into the two-column line form (logged, with an offset
map); :mod:`extractors.layout.cells` reads that form into the
:class:`~extractors.model.HeaderCells` of the :class:`~extractors.model.Document`
(issuer, motto, number and place-and-date cells with their spans), which the
part extractors read instead of re-parsing the header.
"""
