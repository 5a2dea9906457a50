"""The coding engine: case text in, ranked CPT/HCPCS suggestions out.

``suggest(text, subject="", case_id=None)`` is the seam the mail pipeline,
the web app and ``consultant suggest`` call; ``warm()`` loads the catalog
indexes and the ConText pipeline ahead of the first case (worker start-up).
See docs/ENGINE.md.
"""
from .pipeline import suggest, warm

__all__ = ["suggest", "warm"]
