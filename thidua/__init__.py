"""thidua: Vietnamese emulation-and-commendation plans as comparable records."""

__version__ = "0.1.0"
