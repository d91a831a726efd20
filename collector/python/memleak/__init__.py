"""memleak: find memory leaks in ordinary Python code, outside pytest.

    import memleak

    with memleak.measure("parse") as m:      # code that repeats work
        for _ in range(20):
            for _ in range(100):
                parse(payload)
            m.batch(100)                      # closes a batch of 100 operations
    print(m.verdict.verdict, m.verdict.reason)

    @memleak.track("render", batches=8)      # calling it measures it and returns the Verdict
    def render(template): ...

    memleak.check(lambda: handler(request), label="handler", soak="5m")
    memleak.judge("memory_snapshots/parse-….json")

The implementation lives in memleak_pytest.api (the pytest plugin's package, which ships it);
this module only gives it its own name. See collector/python/README.md, "Outside pytest".
"""
from memleak_pytest import __version__
from memleak_pytest.api import Measure, Verdict, check, judge, measure, track
from memleak_pytest.settings import SettingsError

__all__ = ["Measure", "SettingsError", "Verdict", "check", "judge", "measure", "track", "__version__"]
