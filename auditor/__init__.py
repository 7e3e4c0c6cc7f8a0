"""Service Auditor core: storage, scoring, exchange and reports, free of Qt."""

__version__ = "0.1.0"
APP_NAME = "service-auditor"
