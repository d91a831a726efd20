import pytest

from app.plugins import CsvExportPlugin, PluginRegistry


@pytest.fixture
def registry():
    return PluginRegistry()


@pytest.mark.memleak
def test_clean_weakref_registry(registry, ids):
    plugin = CsvExportPlugin(registry, next(ids))
    assert registry.find(plugin.key) is plugin
    assert plugin.export([(1, "kettle"), (2, "teapot")]) == "1,kettle\n2,teapot"
