"""Alembic migrations of the profile database, run on unlock after an automatic backup."""
