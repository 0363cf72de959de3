"""The process's own copy of the fragments (pagecache/fragments.py): a copy per reader, bounded, and
never read across a generation."""

from pagecache import fragments, generation


def test_each_reader_gets_its_own_copy():
    first = fragments.cached("copy", (1,), lambda: {"rows": [1, 2]})
    first["rows"].append(3)  # a reader changing what it got (e.g. Wagtail caching on a Site object)
    assert fragments.cached("copy", (1,), lambda: None) == {"rows": [1, 2]}


def test_kept_in_the_process_and_in_the_shared_cache():
    fragments.cached("kept", (1,), lambda: "甲")
    k = fragments.key("kept", (1,))
    assert generation.cache().get(k) == "甲"  # other processes find it there
    generation.cache().delete(k)
    assert fragments.cached("kept", (1,), lambda: "乙") == "甲"  # this process need not ask again


def test_a_bump_elsewhere_is_seen():
    assert fragments.cached("gen", (1,), lambda: "旧") == "旧"
    generation.cache().incr(generation.KEY)  # another process publishes
    assert fragments.cached("gen", (1,), lambda: "新") == "新"


def test_the_oldest_go_first_beyond_the_bound(monkeypatch):
    monkeypatch.setattr(fragments, "LOCAL_BYTES", 4096)
    for n in range(40):
        fragments.cached("bound", (n,), lambda: "字" * 100)
    assert fragments._local_bytes[0] <= 4096
    assert fragments.key("bound", (39,)) in fragments._local
    assert fragments.key("bound", (0,)) not in fragments._local
