"""Reading inputs, running the extractors over them and storing records."""
