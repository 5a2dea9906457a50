"""A Celery worker whose coding engine is a stub, for the small fault tests:
the faults under test are in mail, broker, database and SMTP handling, and
loading the real catalog would cost each short-lived worker several seconds.
Run as ``python tests/fault_worker.py worker --pool=solo ...``."""
from __future__ import annotations

import os
import sys
import time


def stub_suggest(text: str, subject: str = "", case_id: str = "") -> dict:
    delay = float(os.environ.get("CONSULTANT_TEST_STUB_DELAY", "0"))
    if delay:
        time.sleep(delay)  # stands in for engine work, so a kill lands mid-task
    return {"id": case_id, "suggestions": [
        {"code": "47563", "system": "CPT", "descriptor": "stub", "recommended": True,
         "confidence": 0.9, "units": 1, "modifiers": [], "rationale": "stub engine"}],
        "questions": [], "text": text}


def main() -> None:
    import consultant.engine

    consultant.engine.suggest = stub_suggest  # type: ignore[assignment]
    from workers.celery_app import app

    app.worker_main(sys.argv[1:])


if __name__ == "__main__":
    main()
