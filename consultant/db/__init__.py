"""Storage: models, engine/session factory and migrations."""
from .session import Database, upgrade

__all__ = ["Database", "upgrade"]
