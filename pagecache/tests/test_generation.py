"""One read of the generation per request (generation.pinned), moved along by the request's own bumps."""

from pagecache import generation


def test_pinned_reads_the_generation_once():
    start = generation.current()
    with generation.pinned():
        assert generation.current() == start
        generation.cache().incr(generation.KEY)  # another process publishes meanwhile
        assert generation.current() == start  # this request keeps the number it started with
    assert generation.current() == start + 1  # outside a request: read every time


def test_a_bump_inside_moves_the_pinned_generation():
    with generation.pinned():
        before = generation.current()
        after = generation.bump()
        assert after > before and generation.current() == after
