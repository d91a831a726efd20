import pytest

from app.previews import render_preview


# The latest preview (0 to 4 MiB, random) replaces the previous one: flat on average, noisy
# from batch to batch.
@pytest.mark.memleak
def test_clean_noisy_latest_preview():
    assert render_preview(640) >= 0
