"""Writes the LiteLLM-style snapshots in memory_snapshots/ (stdlib only).

It measures the way LiteLLM's memory-leak suite does: warm-up batches first, then batches of
requests to an in-process completion handler, with tracemalloc running; one JSON entry per
request with the traced memory after it (current_mb, peak_mb) and whether it failed, and on
the last request of each batch, after a full garbage collection, the top allocation sites
(top_consumers, as tracemalloc formats them: '  File "PATH", line N'). Paths are written
relative to the repository root so the files do not depend on where they were generated.

    python3 examples/litellm-style/generate.py
"""
import gc
import json
import os
import tracemalloc

HERE = os.path.dirname(os.path.abspath(__file__))
REPO_ROOT = os.path.dirname(os.path.dirname(HERE))
OUTPUT_DIR = os.path.join(HERE, "memory_snapshots")

WARMUP_BATCHES = 2
BATCHES = 8
BATCH_SIZE = 25
TOP_CONSUMERS = 10
BYTES_PER_MB = 1024 * 1024


class ProviderError(RuntimeError):
    pass


def fake_completion(messages, request_number, fail_every=0):
    """Answers like a chat-completion provider, in process; every fail_every-th request fails."""
    if fail_every and request_number % fail_every == 0:
        raise ProviderError("upstream returned 529: overloaded")
    content = " ".join(message["content"] for message in messages) * 8
    return {
        "id": f"chatcmpl-{request_number:08d}",
        "object": "chat.completion",
        "choices": [{"index": 0, "message": {"role": "assistant", "content": content}}],
        "usage": {"prompt_tokens": len(messages), "completion_tokens": len(content) // 4},
    }


class CompletionRouter:
    """Calls the provider and runs the success and failure callbacks, as a proxy would."""

    def __init__(self, on_success=None, on_failure=None, fail_every=0):
        self._on_success = on_success
        self._on_failure = on_failure
        self._fail_every = fail_every

    def completion(self, messages, request_number):
        try:
            response = fake_completion(messages, request_number, self._fail_every)
        except ProviderError as error:
            if self._on_failure:
                self._on_failure(messages, error)
            raise
        if self._on_success:
            self._on_success(response)
        return response


class SpendLogger:
    """Leaks: keeps every response it is shown (a spend log that is never flushed)."""

    def __init__(self):
        self.responses = []

    def __call__(self, response):
        self.responses.append(f"{response['id']} {response['usage']} {response['choices'][0]['message']['content']}")


class FailureLogger:
    """Leaks on the error path only: keeps the request of every failed call."""

    def __init__(self):
        self.failures = []

    def __call__(self, messages, error):
        self.failures.append({"messages": [dict(message) for message in messages], "error": repr(error) * 20})


def _top_consumers(snapshot):
    consumers = []
    for stat in snapshot.statistics("lineno")[:TOP_CONSUMERS]:
        frame = stat.traceback[0]
        path = os.path.relpath(frame.filename, REPO_ROOT) if frame.filename.startswith(REPO_ROOT + os.sep) else frame.filename
        consumers.append({"file": f'  File "{path}", line {frame.lineno}', "size_mb": stat.size / BYTES_PER_MB, "count": stat.count})
    return consumers


def measure(router, out):
    """Runs warm-up and measured batches, writing one entry per measured request to the binary
    file `out` as it goes: entries are never held in memory, so recording them adds nothing to
    what is traced."""
    messages = [{"role": "user", "content": "What is the capital of France?"}]
    request_number = 0
    separator = "[\n"
    tracemalloc.start()
    ignore_own = tracemalloc.Filter(False, tracemalloc.__file__)
    try:
        for batch in range(WARMUP_BATCHES + BATCHES):
            gc.collect()
            for request in range(BATCH_SIZE):
                request_number += 1
                had_error = False
                try:
                    router.completion(messages, request_number)
                except ProviderError:
                    had_error = True
                if batch < WARMUP_BATCHES:
                    continue
                last_of_batch = request == BATCH_SIZE - 1
                if last_of_batch:
                    gc.collect()
                current, peak = tracemalloc.get_traced_memory()
                entry = {"batch": batch - WARMUP_BATCHES + 1, "request": request + 1,
                         "current_mb": current / BYTES_PER_MB, "peak_mb": peak / BYTES_PER_MB,
                         "had_error": had_error}
                if last_of_batch:
                    entry["top_consumers"] = _top_consumers(tracemalloc.take_snapshot().filter_traces([ignore_own]))
                out.write((separator + json.dumps(entry)).encode())
                separator = ",\n"
    finally:
        tracemalloc.stop()
    out.write(b"\n]\n")


SCENARIOS = {
    "fake_completion_spend_log_leak": lambda: CompletionRouter(on_success=SpendLogger()),
    "fake_completion_clean": lambda: CompletionRouter(),
    "fake_completion_failure_log_leak": lambda: CompletionRouter(on_failure=FailureLogger(), fail_every=5),
}


def main():
    os.makedirs(OUTPUT_DIR, exist_ok=True)
    for name, make_router in SCENARIOS.items():
        path = os.path.join(OUTPUT_DIR, f"{name}.json")
        with open(path, "wb", buffering=0) as out:  # unbuffered: no write buffer filling up while traced
            measure(make_router(), out)
        with open(path) as written:
            entries = json.load(written)
        batch_ends = [entry["current_mb"] * BYTES_PER_MB for entry in entries if "top_consumers" in entry]
        per_request = (batch_ends[-1] - batch_ends[0]) / (BATCH_SIZE * (len(batch_ends) - 1))
        print(f"{os.path.relpath(path, REPO_ROOT)}: {len(entries)} requests, "
              f"{per_request:+.1f} traced bytes per request from the end of batch 1 to the end of batch {len(batch_ends)}")


if __name__ == "__main__":
    main()
