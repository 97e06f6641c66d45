"""Generators of the files under data/ that come from external datasets."""
