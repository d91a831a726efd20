"""The request-handler layer: validates and ingests order payloads."""

import logging
import traceback
from collections import Counter


class ValidationError(ValueError):
    pass


def validate(payload):
    missing = [field for field in ("sku", "quantity") if field not in payload]
    if missing:
        raise ValidationError(f"missing fields: {', '.join(missing)}")
    if payload["quantity"] <= 0:
        raise ValidationError("quantity must be positive")


class IngestHandler:
    """Accepts order payloads; keeps the rejected ones for later inspection."""

    def __init__(self):
        self.accepted = 0
        self.dead_letters = []

    def handle(self, payload):
        try:
            validate(payload)
        except ValidationError:
            # Deliberate leak: the dead-letter list is never drained, so every failed
            # request stays in memory with its formatted traceback.
            self.dead_letters.append({"payload": dict(payload), "traceback": traceback.format_exc()})  # memleak: leak
            raise
        self.accepted += 1


class StrictHandler:
    """Accepts order payloads; counts the rejected ones by error type only."""

    def __init__(self):
        self.accepted = 0
        self.rejected = Counter()

    def handle(self, payload):
        try:
            validate(payload)
        except ValidationError as error:
            self.rejected[type(error).__name__] += 1
            raise
        self.accepted += 1


class TracedHandler:
    """Logs each request under its own logger name so log lines can be grepped by request."""

    def __init__(self):
        self.handled = 0

    def handle(self, request_id, payload):
        # Deliberate leak: the logging module keeps every logger it ever created.
        log = logging.getLogger(f"ingest.request.{request_id}")  # memleak: leak
        log.debug("handling %s", payload)
        self.handled += 1
