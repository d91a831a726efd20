import pytest

from app.jobs import Scheduler


@pytest.fixture
def scheduler():
    return Scheduler()


@pytest.mark.memleak(batch_size=100)
def test_leak_class_registry_in_init(scheduler, ids):
    scheduler.submit("reindex", {"shard": next(ids) % 8})


def test_clean_context_manager_cleanup(memleak, scheduler, ids):
    def run_one_job():
        with scheduler.lease(next(ids)):
            assert len(scheduler.running) == 1

    memleak.check(run_one_job)
    assert scheduler.running == {}
