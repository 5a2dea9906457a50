"""Celery app and thin tasks that take ids and call consultant/."""
