"""Where snapshots go: one file per test, named from its id, written whole or not at all."""
import contextlib
import hashlib
import json
import os
import re

_UNSAFE = re.compile(r"[^A-Za-z0-9._-]+")
_OURS = re.compile(r"^.*-[0-9a-f]{12}\.json$")
MAX_STEM_LENGTH = 100


def file_name(test_id):
    """Readable and collision-free: the sanitised id, cut to 100 characters, plus the first 12 hex
    digits of the SHA-256 of the full id (parametrized ids differ only in what gets sanitised)."""
    stem = _UNSAFE.sub("_", test_id).strip("._")[:MAX_STEM_LENGTH] or "test"
    digest = hashlib.sha256(test_id.encode("utf-8", "surrogatepass")).hexdigest()[:12]
    return "%s-%s.json" % (stem, digest)


def write(directory, document):
    """Writes document atomically (temporary file, then rename); returns the path."""
    os.makedirs(directory, exist_ok=True)
    path = os.path.join(directory, file_name(document["test"]["id"]))
    temporary = "%s.%d.tmp" % (path, os.getpid())
    try:
        with open(temporary, "w", encoding="utf-8") as out:
            json.dump(document, out, indent=1, allow_nan=False, ensure_ascii=False)
            out.write("\n")
        os.replace(temporary, path)
    finally:
        if os.path.exists(temporary):
            os.remove(temporary)
    return path


def remove_old(directory):
    """Deletes the snapshots of an earlier run (only files this collector wrote: our name pattern
    and our format marker), so the directory holds this run's results and nothing else."""
    try:
        names = os.listdir(directory)
    except (FileNotFoundError, NotADirectoryError):
        return 0
    removed = 0
    for name in names:
        path = os.path.join(directory, name)
        if _OURS.match(name) and _is_snapshot(path):
            os.remove(path)
            removed += 1
    return removed


def _is_snapshot(path):
    try:
        with open(path, "r", encoding="utf-8", errors="replace") as source:
            head = source.read(200)
    except OSError:
        return False
    return '"format": "memleak-snapshot"' in head


# While a test soaks, a file of this prefix (and the process id) lies in the snapshot directory:
# `memleak soak` then lets the command run past the duration instead of stopping it as a server.
SOAKING_PREFIX = ".memleak-soaking-"


@contextlib.contextmanager
def soaking(directory):
    """Marks the directory as holding a soak in progress for the block's duration."""
    os.makedirs(directory, exist_ok=True)
    path = os.path.join(directory, "%s%d" % (SOAKING_PREFIX, os.getpid()))
    with open(path, "w", encoding="utf-8"):
        pass
    try:
        yield
    finally:
        with contextlib.suppress(FileNotFoundError):
            os.remove(path)
