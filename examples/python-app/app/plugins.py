"""Export plugins, found through a registry that does not keep them alive."""

import weakref


class PluginRegistry:
    def __init__(self):
        self._plugins = weakref.WeakValueDictionary()

    def register(self, plugin):
        self._plugins[plugin.key] = plugin

    def find(self, key):
        return self._plugins.get(key)

    def __len__(self):
        return len(self._plugins)


class CsvExportPlugin:
    """A per-request export plugin; it registers itself so other code can find it while it lives."""

    def __init__(self, registry, request_id):
        self.key = f"csv-export:{request_id}"
        self.options = {"delimiter": ",", "header": True, "request_id": request_id}
        registry.register(self)

    def export(self, rows):
        return "\n".join(self.options["delimiter"].join(map(str, row)) for row in rows)
