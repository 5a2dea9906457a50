"""The coding engine: case text in, ranked CPT/HCPCS suggestions out.

``suggest(text, subject="", case_id=None)`` is the seam the mail pipeline,
the web app and ``consultant suggest`` call; see docs/ENGINE.md.
"""
from .pipeline import suggest

__all__ = ["suggest"]
