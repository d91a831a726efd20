"""The files the collector writes: valid against the schema, one per leak test, collision-free
names, fresh on every run, and nothing at all for tests without the marker or fixture."""
import json
import math

from inner import judged
from memleak_pytest.settings import TARGET_OPERATIONS
from schema_subset import problems

LEAKY = """
import pytest
KEPT = []

@pytest.mark.memleak(batches=3, batch_size=50, warmup=1)
def test_leaks():
    KEPT.append(bytearray(64))

@pytest.mark.memleak(batches=3, batch_size=50, warmup=1)
def test_retains_nothing():
    bytearray(64)
"""


def test_every_snapshot_is_valid_against_the_schema(inner):
    inner.pytester.makepyfile(test_cases=LEAKY)
    inner().assert_outcomes(passed=2)
    snapshots = inner.snapshots()
    assert sorted(snapshots) == ["test_cases.py::test_leaks", "test_cases.py::test_retains_nothing"]
    for test_id, document in snapshots.items():
        document.pop("_path")
        assert problems(document) == [], test_id
        assert document["test"]["file"] == "test_cases.py"
        assert document["outcome"] == {"status": "passed"}
        assert document["config"]["batches"] == 3 and document["config"]["batch_size"] == 50
        screen = document["phases"][0]
        assert screen["name"] == "screen" and screen["traceback_depth"] == 1 and screen["role"] == "verdict"
        # 3 judged batches of 50 cannot reach the analyser's target: the screen runs more of them;
        # the leaking test grew in every step, so its screen ran as many again (a cache still
        # filling would have levelled off in them).
        judged_batches = math.ceil(TARGET_OPERATIONS / 50) + 1
        if test_id.endswith("test_leaks"):
            judged_batches *= 2
        assert [batch["warmup"] for batch in screen["batches"]] == [True] + [False] * judged_batches
        assert all(batch["operations"] == 50 for batch in screen["batches"])
        for site in screen["sites"]:
            assert len(site["sizes"]) == len(site["counts"]) == len(screen["batches"])
    leaky = snapshots["test_cases.py::test_leaks"]
    assert [phase["name"] for phase in leaky["phases"]] == ["screen", "confirm"]
    confirm = leaky["phases"][1]
    assert confirm["traceback_depth"] == 32 and len(judged(confirm)) == 6 and confirm["role"] == "attribution"


def test_the_validator_rejects_a_broken_snapshot(inner):
    inner.pytester.makepyfile(test_cases=LEAKY)
    inner("-k", "test_leaks").assert_outcomes(passed=1)
    document = inner.snapshots()["test_cases.py::test_leaks"]
    document.pop("_path")
    document["phases"][0]["batches"][0]["traced_bytes"] = -1
    del document["collector"]["version"]
    assert problems(document) == ["/collector: missing version",
                                  "/phases/0/batches/0/traced_bytes: -1 violates minimum 0"]


def test_unmarked_tests_write_nothing_and_start_no_tracing(inner):
    inner.pytester.makepyfile(test_plain="""
        import tracemalloc
        def test_plain():
            assert not tracemalloc.is_tracing()
    """, test_marked="""
        import pytest, tracemalloc
        @pytest.mark.memleak(batches=2, batch_size=5, warmup=0)
        def test_marked():
            assert tracemalloc.is_tracing()
    """)
    inner("test_plain.py").assert_outcomes(passed=1)
    assert not inner.snapshot_dir.exists()
    inner("test_marked.py").assert_outcomes(passed=1)
    assert list(inner.snapshots()) == ["test_marked.py::test_marked"]


def test_parametrized_ids_get_distinct_files(inner):
    inner.pytester.makepyfile(test_params="""
        import pytest
        @pytest.mark.memleak(batches=2, batch_size=5, warmup=0)
        @pytest.mark.parametrize("value", ["a/b", "a_b", "a?b", "a b"])
        def test_value(value):
            pass
    """)
    inner().assert_outcomes(passed=4)
    files = sorted(path.name for path in inner.snapshot_dir.glob("*.json"))
    assert len(files) == 4
    assert all(name.startswith("test_params.py_test_value_a") for name in files)
    ids = {document["test"]["id"] for document in inner.snapshots().values()}
    assert ids == {"test_params.py::test_value[a/b]", "test_params.py::test_value[a_b]",
                   "test_params.py::test_value[a?b]", "test_params.py::test_value[a b]"}


def test_each_run_starts_from_an_empty_snapshot_directory(inner):
    inner.pytester.makepyfile(test_cases=LEAKY)
    inner().assert_outcomes(passed=2)
    first = {test_id: document["created_at"] for test_id, document in inner.snapshots().items()}
    assert len(first) == 2
    unrelated = inner.snapshot_dir / "notes.json"
    unrelated.write_text(json.dumps({"mine": True}))
    inner("-k", "retains_nothing").assert_outcomes(passed=1, deselected=1)
    second = inner.snapshots()
    assert list(second) == ["test_cases.py::test_retains_nothing"]
    assert second["test_cases.py::test_retains_nothing"]["created_at"] != first["test_cases.py::test_retains_nothing"]
    assert unrelated.exists()
    assert not list(inner.snapshot_dir.glob("*.tmp"))
