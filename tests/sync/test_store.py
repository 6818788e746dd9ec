"""The device's journal of updates keeps how far the server confirmed its items, across a fold
into a state file, and reads back only what it wrote."""

from __future__ import annotations

from pathlib import Path

from facilitation.sync.store import UpdateStore


def test_the_confirmed_clocks_survive_a_reopen_and_a_compaction(tmp_path: Path) -> None:
    store = UpdateStore(tmp_path / "dev")
    store.append(b"u1")
    store.confirm({7: 3})
    store.confirm({7: 2, 9: 1})  # never backwards
    store.close()
    again = UpdateStore(tmp_path / "dev")
    assert again.load() == [b"u1"]
    assert again.confirmed == {7: 3, 9: 1}
    again.compact(b"state")
    again.close()
    third = UpdateStore(tmp_path / "dev")
    assert third.load() == [b"state"]
    assert third.confirmed == {7: 3, 9: 1}
    third.close()
