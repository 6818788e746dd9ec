"""Once settled, what start-up made is left out of the collector's walks; the collector keeps
collecting what is made after."""

from __future__ import annotations

import gc
import weakref

from facilitation.ui.core.heap import settle


class Cycle:
    def __init__(self) -> None:
        self.me = self


def test_what_was_alive_is_left_out_and_what_comes_after_is_collected() -> None:
    before = [Cycle()]  # a container alive at start-up
    try:
        settle()
        assert gc.isenabled()  # never switched off
        after = [Cycle()]
        walked = {id(o) for o in gc.get_objects()}
        assert id(before) not in walked  # no collection walks it again
        assert id(after) in walked
        garbage = Cycle()
        gone = weakref.ref(garbage)
        del garbage
        gc.collect()
        assert gone() is None  # a cycle made after is still collected
    finally:
        gc.unfreeze()
