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


def pytest_configure(config):
    # The inner sessions run in this process: pytest-asyncio (when installed) warns in each one
    # that leaves its fixture loop scope unset, which says nothing about the collector.
    config.addinivalue_line(
        "filterwarnings",
        "ignore:The configuration option \"asyncio_default_fixture_loop_scope\" is unset:DeprecationWarning")
