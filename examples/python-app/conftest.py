"""Shared set-up for the example service's leak tests."""

import importlib.util
import itertools
import os
import sys

import pytest

# Flask comes from Debian's python3-flask when it is not installed for this interpreter
# (there is no PyPI on the CI machine). Debian's Flask is pure Python, so it runs on any
# CPython of the same minor version; appending keeps the interpreter's own packages first.
DEBIAN_DIST_PACKAGES = "/usr/lib/python3/dist-packages"
if importlib.util.find_spec("flask") is None and os.path.isdir(DEBIAN_DIST_PACKAGES):
    sys.path.append(DEBIAN_DIST_PACKAGES)


@pytest.fixture
def ids():
    """A source of unique ids. A leak test sets its fixtures up once, so the ids stay
    unique across every repetition of the test body."""
    return itertools.count(1)
