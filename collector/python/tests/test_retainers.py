"""What keeps a leak's objects (the retainer of each leaking site), object growth in bytes, and
the cycles the collector frees: real inner pytest sessions, real tracemalloc, real gc."""
import textwrap

import pytest

from inner import line_of, site_at
from memleak_pytest.retainers import SEARCHES

LEAKS = textwrap.dedent("""
    import asyncio, functools, itertools, logging, threading
    import pytest

    IDS = itertools.count()
    _inflight = set()
    AUDIT_TRAIL = []
    _etags = {}
    _shutdown_hooks = []
    _local = threading.local()


    class Job:
        registry = []

        def __init__(self, name):
            self.spec = {"name": name, "retries": 3}  # REGISTRY-LINE
            Job.registry.append(self)


    class Quoter:
        def __init__(self, rate):
            self.rate = rate

        @functools.lru_cache(maxsize=None)
        def quote(self, quantity):
            return quantity * self.rate


    class Store:
        def __init__(self):
            self._sessions = {}

        def open(self, key):
            self._sessions[key] = {"key": key, "claims": [1, 2, 3]}  # STORE-LINE


    class Buffer:
        def __init__(self):
            self.text = ""

        def write(self, line):
            self.text += line  # BUFFER-LINE


    class Request:
        __slots__ = ("n",)

        def __init__(self, n):
            self.n = n


    @functools.lru_cache(maxsize=16)
    def _route(request):
        return request


    _served = []


    @pytest.fixture
    def store():
        return Store()


    @pytest.fixture(scope="module")
    def buffer():
        return Buffer()


    async def _work(number):
        return number


    @pytest.mark.memleak(batches=4, batch_size=40, warmup=1)
    def test_module_list():
        AUDIT_TRAIL.append({"at": next(IDS), "headers": {"x": "y"}})  # LIST-LINE


    @pytest.mark.memleak(batches=4, batch_size=40, warmup=1)
    def test_class_registry():
        Job("job-%d" % next(IDS))


    @pytest.mark.memleak(batches=4, batch_size=40, warmup=1)
    def test_lru_cache_on_a_method():
        Quoter(1.5).quote(next(IDS) % 7)  # LRU-LINE


    @pytest.mark.memleak(batches=4, batch_size=40, warmup=1)
    def test_logger_per_name():
        logging.getLogger("inner.request.%d" % next(IDS))  # LOGGER-LINE


    @pytest.mark.memleak(batches=4, batch_size=40, warmup=1)
    async def test_finished_tasks_kept():
        task = asyncio.get_running_loop().create_task(_work(next(IDS)))  # TASK-LINE
        _inflight.add(task)
        await task


    @pytest.mark.memleak(batches=4, batch_size=40, warmup=1)
    def test_closure_in_module_list():
        state = {"n": next(IDS)}  # CLOSURE-LINE
        _shutdown_hooks.append(lambda: state)


    @pytest.mark.memleak(batches=4, batch_size=40, warmup=1)
    def test_strings_in_a_dict():
        _etags[next(IDS)] = "W/%08d-etag-of-the-invoice" % next(IDS)  # ETAG-LINE


    @pytest.mark.memleak(batches=4, batch_size=40, warmup=1)
    def test_fixture_object(store):
        store.open(next(IDS))


    @pytest.mark.memleak(batches=4, batch_size=40, warmup=1)
    def test_one_growing_string(buffer):
        buffer.write("%d: a line of text that is kept for ever\\n" % next(IDS))


    @pytest.mark.memleak(batches=4, batch_size=40, warmup=1)
    def test_thread_local_stack():
        crumbs = getattr(_local, "crumbs", None)
        if crumbs is None:
            crumbs = _local.crumbs = []
        crumbs.append({"request": next(IDS)})  # LOCAL-LINE


    @pytest.mark.memleak(batches=4, batch_size=40, warmup=1)
    def test_bounded_cache_beside_the_leak():
        _served.append("%d-served-request" % _route(Request(next(IDS))).n)  # BOUNDED-LINE
""")

CYCLES = textwrap.dedent("""
    import pytest

    class Page:
        def __init__(self, document):
            self.document = document

    class Document:
        def __init__(self):
            self.pages = [Page(self) for _ in range(3)]

    @pytest.mark.memleak(batches=4, batch_size=50, warmup=1)
    def test_cycles_freed_by_the_collector():
        Document()

    @pytest.mark.memleak(batches=4, batch_size=50, warmup=1)
    def test_no_cycles():
        {"a": [1, 2, 3]}
""")


def _confirm(documents, name):
    document = documents["test_leaks.py::%s" % name]
    return next(phase for phase in document["phases"] if phase.get("role") == "attribution")


@pytest.mark.skipif(not SEARCHES, reason="CPython 3.12's gc.get_referrers hangs here (retainers.SEARCHES)")
def test_each_leak_is_kept_by_the_container_that_holds_it(inner):
    written = inner.pytester.makepyfile(test_leaks=LEAKS)
    inner().assert_outcomes(passed=11)
    source = written.read_text()
    documents = inner.snapshots()
    expected = {
        "test_module_list": ("LIST-LINE", {"path": "test_leaks.AUDIT_TRAIL", "type": "list",
                                           "root": "module test_leaks"}),
        "test_class_registry": ("REGISTRY-LINE", {"path": "test_leaks.Job.registry", "type": "list",
                                                  "root": "class test_leaks.Job"}),
        "test_lru_cache_on_a_method": ("LRU-LINE", {"path": "test_leaks.Quoter.quote", "type": "lru_cache",
                                                    "root": "class test_leaks.Quoter"}),
        "test_finished_tasks_kept": ("TASK-LINE", {"path": "test_leaks._inflight", "type": "set",
                                                   "root": "module test_leaks"}),
        "test_closure_in_module_list": ("CLOSURE-LINE", {"path": "test_leaks._shutdown_hooks", "type": "list",
                                                         "root": "module test_leaks"}),
        "test_strings_in_a_dict": ("ETAG-LINE", {"path": "test_leaks._etags", "type": "dict",
                                                 "root": "module test_leaks"}),
        "test_fixture_object": ("STORE-LINE", {"path": "Store._sessions", "type": "dict",
                                               "root": "object test_leaks.Store"}),
        "test_one_growing_string": ("BUFFER-LINE", {"path": "Buffer.text", "type": "str",
                                                    "root": "object test_leaks.Buffer"}),
        "test_thread_local_stack": ("LOCAL-LINE", {"path": "test_leaks._local.crumbs", "type": "list",
                                                   "root": "module test_leaks"}),
        # The line's newest objects sit in a full lru_cache(maxsize=16), which evicts as it adds:
        # what grows is the list of strings.
        "test_bounded_cache_beside_the_leak": ("BOUNDED-LINE", {"path": "test_leaks._served", "type": "list",
                                                                "root": "module test_leaks"}),
    }
    wrong = {}
    for name, (marker, retainer) in expected.items():
        site = site_at(_confirm(documents, name), "test_leaks.py", line_of(source, marker))
        assert site is not None, name
        if site.get("retainer") != retainer:
            wrong[name] = site.get("retainer")
    assert wrong == {}
    logger = site_at(_confirm(documents, "test_logger_per_name"), "test_leaks.py", line_of(source, "LOGGER-LINE"))
    assert logger["retainer"]["path"].endswith(".manager.loggerDict"), logger["retainer"]
    assert logger["retainer"]["type"] == "dict"
    # The screen (one frame per allocation) never looks for retainers.
    screen = documents["test_leaks.py::test_module_list"]["phases"][0]
    assert all("retainer" not in site for site in screen["sites"])


def test_object_types_carry_their_bytes_and_batches_their_cycles(inner):
    inner.pytester.makepyfile(test_leaks=LEAKS, test_cycles=CYCLES)
    inner("test_leaks.py::test_class_registry", "test_cycles.py").assert_outcomes(passed=3)
    documents = inner.snapshots()
    grown = {entry["type"]: entry for entry in _confirm(documents, "test_class_registry")["object_types"]}
    job = grown["test_leaks.Job"]
    sampled = [index for index, count in enumerate(job["counts"]) if count is not None]
    assert [index for index, size in enumerate(job["sizes"]) if size is not None] == sampled
    first, last = sampled[0], sampled[-1]
    assert job["counts"][last] > job["counts"][first]
    assert job["sizes"][last] - job["sizes"][first] >= 40 * (job["counts"][last] - job["counts"][first])

    def collected(name):
        screen = documents["test_cycles.py::%s" % name]["phases"][0]
        judged = [batch for batch in screen["batches"] if not batch["warmup"]]
        return sum(batch["cycles_collected"] for batch in judged) / sum(batch["operations"] for batch in judged), \
            sum(batch["uncollectable"] for batch in judged)
    # A Document and 3 Pages, their list and the comprehension's: freed only by the cycle collector.
    per_op, uncollectable = collected("test_cycles_freed_by_the_collector")
    assert per_op >= 4 and uncollectable == 0
    assert collected("test_no_cycles") == (0, 0)
