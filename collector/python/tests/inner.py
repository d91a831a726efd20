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


def judged(phase):
    return [batch for batch in phase["batches"] if not batch["warmup"]]


def site_at(phase, file, line):
    matches = [site for site in phase["sites"] if site["file"] == file and site["line"] == line]
    return matches[0] if matches else None
