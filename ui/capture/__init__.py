"""Capture: the audit form, its editors and autosave."""
