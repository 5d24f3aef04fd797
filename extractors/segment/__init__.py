"""Document structure: what kind of text this is and how it is laid out.

The genre gate, the header/body/closing structure, the section outline and
the passages the record parts read.
"""
