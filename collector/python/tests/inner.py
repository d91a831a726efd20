"""Helpers shared by the collector's tests."""
import json
import os


class InnerRun:
    """Runs an inner pytest session with the collector enabled and reads the snapshots it wrote."""

    def __init__(self, pytester, monkeypatch):
        self.pytester = pytester
        self.monkeypatch = monkeypatch
        for name in list(os.environ):
            if name.startswith("MEMLEAK_"):
                monkeypatch.delenv(name)
        # No verdict from the analysis core unless a test asks for one (test_verdict.py): the
        # collector's tests check what is measured and written, not the core's thresholds.
        monkeypatch.setenv("MEMLEAK_VERDICT", "0")

    def __call__(self, *args):
        # Third-party plugins installed here (hypothesis, benchmark) only slow the inner sessions.
        return self.pytester.runpytest("-p", "memleak_pytest", "-p", "no:cacheprovider",
                                       "-p", "no:hypothesispytest", "-p", "no:benchmark", *args)

    @property
    def snapshot_dir(self):
        return self.pytester.path / "memory_snapshots"

    def snapshots(self, directory=None):
        """{test id: document} for every snapshot file written."""
        folder = directory or self.snapshot_dir
        if not folder.exists():
            return {}
        documents = {}
        for path in sorted(folder.glob("*.json")):
            with open(path, encoding="utf-8") as source:
                document = json.load(source)
            if document.get("format") != "memleak-snapshot":
                continue
            document["_path"] = path
            documents[document["test"]["id"]] = document
        return documents


def line_of(source, marker):
    """1-based number of the only line of source (as written to disk) containing marker."""
    lines = [number for number, text in enumerate(source.splitlines(), 1) if marker in text]
    assert len(lines) == 1, lines
    return lines[0]


def operations(document):
    """Operations run over all phases of a snapshot (warm-up batches included): the body's calls."""
    return sum(batch["operations"] for phase in document["phases"] for batch in phase["batches"])


def growth_per_op(phase):
    """Traced growth per operation over a phase's judged batches, in bytes."""
    batches = judged(phase)
    return (batches[-1]["traced_bytes"] - batches[0]["traced_bytes"]) / sum(b["operations"] for b in batches[1:])


def judged(phase):
    return [batch for batch in phase["batches"] if not batch["warmup"]]


def site_at(phase, file, line):
    matches = [site for site in phase["sites"] if site["file"] == file and site["line"] == line]
    return matches[0] if matches else None
