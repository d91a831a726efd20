import os
import sys

import pytest

from inner import InnerRun

pytest_plugins = ["pytester"]

COLLECTOR_DIR = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
if COLLECTOR_DIR not in sys.path:
    sys.path.insert(0, COLLECTOR_DIR)


@pytest.fixture
def inner(pytester, monkeypatch):
    return InnerRun(pytester, monkeypatch)
