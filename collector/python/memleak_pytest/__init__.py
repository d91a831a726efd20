"""memleak-pytest: repeats a leak test in batches and writes what memory it retains.

Enable it with PYTEST_PLUGINS=memleak_pytest (with collector/python on PYTHONPATH), or install the
package (entry point `memleak_pytest`, the same name, so both ways load it once).
"""
__version__ = "0.1.0"

from .plugin import memleak, pytest_addoption, pytest_configure  # noqa: E402 - pytest reads the hooks here

__all__ = ["memleak", "pytest_addoption", "pytest_configure", "__version__"]
