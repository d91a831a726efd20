"""Decides whose code an allocation belongs to.

An allocation made inside a library or the standard library (logging.getLogger(name), json,
collections) is charged to the innermost frame in the user's own code, the line a developer can
change. User code is any file under the directory the tests ran in, except installed packages
(site-packages, dist-packages), the interpreter's own library and this collector. Allocations
whose innermost frame is the collector or tracemalloc are the collector's own: they are left out
of every figure, so the collector never measures itself.
"""
import os
import sysconfig
import tracemalloc

OWN = "own"
USER = "user"
OTHER = "other"

# The collector's own files are recognised by their directory's name, not its full path: pytest
# caches its assertion-rewritten copy of a plugin module with the path it was first imported
# from, so another process importing the same files through another path (a symlinked copy of
# collector/) sees frames under the first path.
_COLLECTOR_DIR_NAME = os.path.basename(os.path.dirname(os.path.abspath(__file__)))
_THIRD_PARTY_PARTS = ("site-packages", "dist-packages")


def _interpreter_dirs():
    dirs = set()
    paths = sysconfig.get_paths()
    for name in ("stdlib", "platstdlib", "purelib", "platlib"):
        if paths.get(name):
            dirs.add(os.path.realpath(paths[name]))
    return tuple(sorted(dirs))


def _is_under(path, directory):
    return path == directory or path.startswith(directory.rstrip(os.sep) + os.sep)


def _posix(path):
    return path.replace(os.sep, "/") if os.sep != "/" else path


class Classifier:
    """Classifies file names (cached: the same few files recur in every snapshot)."""

    def __init__(self, root):
        self.root = os.path.realpath(root)
        self._interpreter = _interpreter_dirs()
        self._own_files = {os.path.realpath(tracemalloc.__file__)}
        self._cache = {}

    def kind(self, filename):
        known = self._cache.get(filename)
        if known is None:
            known = self._cache[filename] = self._classify(filename)
        return known

    def _classify(self, filename):
        if filename.startswith("<"):  # <frozen ...>, <string>: not a file anyone can edit here
            return OTHER
        path = os.path.realpath(filename)
        if path in self._own_files or os.path.basename(os.path.dirname(path)) == _COLLECTOR_DIR_NAME:
            return OWN
        if not _is_under(path, self.root):
            return OTHER
        if any(_is_under(path, directory) for directory in self._interpreter):
            return OTHER
        parts = path[len(self.root):].split(os.sep)
        if any(part in _THIRD_PARTY_PARTS for part in parts):
            return OTHER
        return USER

    def display_path(self, filename):
        """POSIX path relative to the root when under it, absolute otherwise."""
        if filename.startswith("<"):
            return filename
        path = os.path.realpath(filename)
        if _is_under(path, self.root):
            return _posix(os.path.relpath(path, self.root))
        return _posix(path)


def attribute(classifier, frames):
    """(kind, frame) for a raw traceback, frames ordered innermost first as tracemalloc keeps them.

    kind is OWN when the innermost frame is the collector's, USER with the innermost user frame,
    or OTHER with the innermost frame when no user frame was recorded.
    """
    innermost = frames[0]
    if classifier.kind(innermost[0]) == OWN:
        return OWN, innermost
    for frame in frames:
        if classifier.kind(frame[0]) == USER:
            return USER, frame
    return OTHER, innermost
