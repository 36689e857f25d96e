"""A mail server for the process tests: every message it accepts becomes a file under
CETRACK_DATA/mail (the outbox the tests read). No side effects on import."""

from __future__ import annotations

import os
import time
import uuid
from pathlib import Path
from typing import Any

from django.core.mail.backends.base import BaseEmailBackend


def folder() -> Path:
    return Path(os.environ["CETRACK_DATA"])


class FileOutbox(BaseEmailBackend):
    """`slow` seconds per message after the first, announced by a marker file
    (CETRACK_DATA/waiting-N) before the wait, so a test can kill the sender then."""

    def __init__(self, slow: float = 0.0, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.slow, self.count = slow, 0

    def send_messages(self, email_messages: Any) -> int:
        for message in email_messages:
            self.count += 1
            if self.slow and self.count > 1:
                (folder() / f"waiting-{self.count}").touch()
                time.sleep(self.slow)
            (folder() / "mail").mkdir(exist_ok=True)
            path = folder() / "mail" / f"{uuid.uuid4().hex}.eml"
            path.write_bytes(message.message().as_bytes())
        return len(email_messages)
