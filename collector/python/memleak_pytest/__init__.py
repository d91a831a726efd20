"""memleak-pytest: repeats a leak test in batches and writes what memory it retains.

Enable it with PYTEST_PLUGINS=memleak_pytest (with collector/python on PYTHONPATH), or install the
package (entry point `memleak_pytest`, the same name, so both ways load it once).
"""
__version__ = "0.1.0"

try:
    from .plugin import memleak, pytest_addoption, pytest_configure  # noqa: E402 - pytest reads the hooks here
except ImportError as _missing:
    # A running service profiled with memleak_pytest.endpoints needs only the standard library.
    if getattr(_missing, "name", None) not in ("pytest", "_pytest"):
        raise

__all__ = ["memleak", "pytest_addoption", "pytest_configure", "__version__"]
