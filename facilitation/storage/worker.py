"""One background thread that does the session's slow writes, in the order they were asked for.

Serialising and fsyncing a large meeting takes 50–300 ms: far too long for the UI thread, which must
draw a frame every 16 ms. The session hands such jobs to this worker and gets their outcomes back
through :meth:`Worker.drain`, which the *calling* thread runs (the session calls it from ``tick()``):
callbacks that touch the session or the UI never run on the worker. One thread only, so jobs never
overlap and finish in the order they were submitted (a journal is closed only after its last fsync).
"""

from __future__ import annotations

import logging
import queue
import threading
from collections.abc import Callable
from typing import Any

log = logging.getLogger(__name__)

#: what the caller learns about a finished job: its result, or the exception it raised
Then = Callable[[Any, Exception | None], None]


class Worker:
    """A single lazily started daemon thread running jobs one after the other."""

    def __init__(self, name: str = "facilitation-storage") -> None:
        self._name = name
        self._jobs: queue.Queue[tuple[Callable[[], Any], Then] | None] = queue.Queue()
        self._done: queue.SimpleQueue[tuple[Then, Any, Exception | None]] = queue.SimpleQueue()
        self._thread: threading.Thread | None = None
        self._stopped = False

    def submit(self, job: Callable[[], Any], then: Then) -> None:
        """Run ``job`` on the worker; ``then(result, error)`` runs later in :meth:`drain`."""
        if self._stopped:
            raise RuntimeError("the storage worker is stopped")
        if self._thread is None:
            # daemon: a session nobody closed must not keep the process alive; close() waits for it
            self._thread = threading.Thread(target=self._run, name=self._name, daemon=True)
            self._thread.start()
        self._jobs.put((job, then))

    def _run(self) -> None:
        while True:
            item = self._jobs.get()
            try:
                if item is None:
                    return
                job, then = item
                try:
                    result, error = job(), None
                except Exception as exc:  # handed back to the caller's thread, never lost
                    result, error = None, exc
                self._done.put((then, result, error))
            finally:
                self._jobs.task_done()

    def drain(self) -> int:
        """Run the callbacks of the jobs finished so far, on the calling thread, in order."""
        ran = 0
        while True:
            try:
                then, result, error = self._done.get_nowait()
            except queue.Empty:
                return ran
            ran += 1
            then(result, error)

    def wait(self) -> None:
        """Block until every job has finished and been drained (callbacks may submit more)."""
        while True:
            if self._thread is not None:
                self._jobs.join()
            if not self.drain() and self.idle:
                return

    @property
    def idle(self) -> bool:
        """No job is queued or running (finished ones may still wait for :meth:`drain`)."""
        return self._jobs.unfinished_tasks == 0

    def stop(self) -> None:
        """Finish the queued jobs, drain them, end the thread. Submitting afterwards is an error."""
        self.wait()
        self._stopped = True
        if self._thread is not None:
            self._jobs.put(None)
            self._thread.join()
            self._thread = None
