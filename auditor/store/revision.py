"""The newest migration, kept apart so opening an up-to-date database never imports Alembic
(a third of a cold start) and the window's quick list needs no SQLAlchemy; a test holds it
equal to Alembic's own head."""

HEAD_REVISION = "0009_team_server"
