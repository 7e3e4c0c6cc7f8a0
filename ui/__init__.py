"""The Qt user interface; it calls `auditor.services` and never touches storage directly."""
