"""Stub: Alembic needs env.py only to run migrations; tests only read versions/."""
