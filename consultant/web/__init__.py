"""The review web app: staff claim, edit, approve and send case replies.

``create_app(ctx)`` builds the FastAPI app; ``consultant web`` serves it.
See docs/WEB.md for routes, roles and security choices.
"""
from .app import create_app

__all__ = ["create_app"]
