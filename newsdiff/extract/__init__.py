"""Extractors: one kind of mention each, from sentences; no extractor imports another."""
