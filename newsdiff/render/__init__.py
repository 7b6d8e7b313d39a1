"""Renderers: `Report` → text, Markdown, JSON, GitHub annotations; deterministic."""
