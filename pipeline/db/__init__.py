"""Database schema, migrations and sessions."""
