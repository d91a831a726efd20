"""In-memory session storage for the API layer."""

import time
from dataclasses import dataclass


@dataclass
class Session:
    user_id: str
    created_at: float
    claims: dict


class SessionStore:
    """Keeps logged-in sessions in memory so lookups avoid the database."""

    def __init__(self):
        self._sessions = {}

    def open(self, session_id, user_id, claims):
        # Deliberate leak: sessions never expire, so every login adds an entry for ever.
        self._sessions[session_id] = Session(user_id, time.monotonic(), dict(claims))  # memleak: leak
        return session_id

    def get(self, session_id):
        return self._sessions.get(session_id)
