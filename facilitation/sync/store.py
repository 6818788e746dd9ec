"""What a device (or a relay) keeps on disk of a shared meeting: the Yjs updates, sealed as they are.

Every update this device makes or receives is appended to a journal (the autosave journal's format
and writer: one checksummed line, one ``os.write``, so a killed process loses nothing written). The
updates hold only sealed records, so the relay's copy is as unreadable as the network's. From time
to time the journal is folded into one state file (``state-G.bin``, written atomically) and a new
journal ``updates-G.journal`` starts; loading takes the newest state and its journal.
"""

from __future__ import annotations

import base64
import contextlib
import json
import re
import threading
import time
from pathlib import Path

from facilitation.models.i18n import QT_TRANSLATE_NOOP
from facilitation.storage.atomic import write_atomic
from facilitation.storage.errors import StorageError
from facilitation.storage.journal import JournalWriter, encode_entry, read_journal
from facilitation.storage.paths import private_dir
from facilitation.sync.errors import SyncError

#: the digests of the records whose signatures held (16 bytes each), beside device.json
CHECKED_FILE = "checked.bin"

_STATE = re.compile(r"state-(\d+)\.bin\Z")


class UpdateStore:
    """The journal of one meeting's updates in ``folder`` (created 0700, files 0600)."""

    #: fold the journal into a state file after this many updates
    compact_every = 2000
    #: fsync the journal at most this often (a kill loses nothing; a power cut loses this much)
    sync_every_seconds = 1.0

    def __init__(self, folder: Path) -> None:
        try:
            self.folder = private_dir(Path(folder))
        except StorageError as exc:
            raise SyncError.wrap(exc) from exc
        self.generation = self._newest()
        self._writer: JournalWriter | None = None
        self._count = 0
        self._synced_at = time.monotonic()
        self._syncing: threading.Thread | None = None
        #: how far the host or relay has confirmed each Yjs client's items (as last journaled)
        self.confirmed: dict[int, int] = {}

    def _newest(self) -> int:
        gens = [int(m.group(1)) for p in self.folder.iterdir() if (m := _STATE.match(p.name))]
        return max(gens, default=0)

    def _journal(self, gen: int) -> Path:
        return self.folder / f"updates-{gen}.journal"

    def load(self) -> list[bytes]:
        """The stored updates, oldest first (the state file's, then the journal's)."""
        out: list[bytes] = []
        state = self.folder / f"state-{self.generation}.bin"
        try:
            if state.exists():
                out.append(state.read_bytes())
            journal = self._journal(self.generation)
            if journal.exists():
                for entry in read_journal(journal).entries:
                    u = entry.get("u")
                    if isinstance(u, str):
                        out.append(base64.b64decode(u))
                    seen = entry.get("c")
                    if isinstance(seen, dict):
                        self._read_confirmed(seen)
        except (OSError, ValueError) as exc:
            raise SyncError(
                QT_TRANSLATE_NOOP("Sync", "cannot read the stored meeting in {folder}: {reason}"),
                {"folder": self.folder, "reason": str(exc)},
            ) from exc
        self._count = len(out)
        return out

    def append(self, update: bytes) -> None:
        if self._writer is None:
            self._writer = self._open(self.generation)
        line = encode_entry({"u": base64.b64encode(update).decode("ascii")})
        try:
            self._writer.append(line)
        except StorageError as exc:
            raise SyncError.wrap(exc) from exc
        self._count += 1

    def _read_confirmed(self, seen: dict[str, object]) -> None:
        for client, clock in seen.items():
            if client.isdigit() and isinstance(clock, int) and not isinstance(clock, bool):
                self.confirmed[int(client)] = max(clock, self.confirmed.get(int(client), 0))

    def confirm(self, seen: dict[int, int]) -> None:
        """Journal how far the server has this device's items (``client -> clock``): a device
        reopened offline still knows which of its changes are waiting."""
        for client, clock in seen.items():
            self.confirmed[client] = max(clock, self.confirmed.get(client, 0))
        self._write_confirmed()

    def _write_confirmed(self) -> None:
        if not self.confirmed:
            return
        if self._writer is None:
            self._writer = self._open(self.generation)
        line = encode_entry({"c": {str(c): n for c, n in self.confirmed.items()}})
        try:
            self._writer.append(line)
        except StorageError as exc:
            raise SyncError.wrap(exc) from exc

    def due(self) -> bool:
        return self._count >= self.compact_every

    def compact(self, state: bytes) -> None:
        """Replace the journal by ``state`` (the whole document, ``doc.get_update()``)."""
        gen = self.generation + 1
        try:
            write_atomic(self.folder / f"state-{gen}.bin", state)
        except StorageError as exc:
            raise SyncError.wrap(exc) from exc
        old = self.generation
        self.close()
        self.generation = gen
        self._count = 1
        self._write_confirmed()  # the new journal starts with what the server had
        for stale in (self.folder / f"state-{old}.bin", self._journal(old)):
            with contextlib.suppress(FileNotFoundError):
                stale.unlink()

    def tick(self) -> None:
        """Flush the journal to the disk now and then, on a thread of its own: an fsync takes
        milliseconds, and the owner's thread is the interface's."""
        now = time.monotonic()
        writer = self._writer
        if writer is None or not writer.unsynced or now - self._synced_at < self.sync_every_seconds:
            return
        if self._syncing is not None and self._syncing.is_alive():
            return
        self._synced_at = now
        writer.unsynced = False

        def flush() -> None:
            # a failure is reported by the next append if the disk is really gone; a writer closed
            # meanwhile was synced by close()
            with contextlib.suppress(StorageError, OSError, ValueError):
                writer.fsync()

        self._syncing = threading.Thread(target=flush, name="facilitation-sync-fsync", daemon=True)
        self._syncing.start()

    def _open(self, gen: int) -> JournalWriter:
        try:
            return JournalWriter(self._journal(gen))
        except StorageError as exc:
            raise SyncError.wrap(exc) from exc

    def close(self) -> None:
        if self._syncing is not None:
            self._syncing.join(5)
        if self._writer is not None:
            with contextlib.suppress(StorageError):
                self._writer.sync()
            self._writer.close()
            self._writer = None

    # -- what a device remembers of the meeting it joined -----------------------------------------

    def write_meta(self, meta: dict[str, str]) -> None:
        data = json.dumps(meta, sort_keys=True).encode("utf-8")
        try:
            write_atomic(self.folder / "device.json", data)
        except StorageError as exc:
            raise SyncError.wrap(exc) from exc

    def read_meta(self) -> dict[str, str]:
        return self.read_meta_of(self.folder)

    @staticmethod
    def read_meta_of(folder: Path) -> dict[str, str]:
        """``device.json`` of ``folder`` without opening a store there (which would create it)."""
        try:
            data = json.loads((folder / "device.json").read_bytes())
        except (OSError, ValueError) as exc:
            raise SyncError(
                QT_TRANSLATE_NOOP("Sync", "no shared meeting is stored in {folder}"),
                {"folder": folder},
            ) from exc
        if not isinstance(data, dict) or not all(isinstance(v, str) for v in data.values()):
            raise SyncError(
                QT_TRANSLATE_NOOP("Sync", "the shared meeting stored in {folder} is damaged"),
                {"folder": folder},
            )
        return data

    def read_checked(self) -> set[bytes]:
        """The digests of the records whose signatures held on this device (``checked.bin``)."""
        try:
            data = (self.folder / CHECKED_FILE).read_bytes()
        except OSError:
            return set()
        return {data[i : i + 16] for i in range(0, len(data) - len(data) % 16, 16)}

    def write_checked(self, checked: set[bytes]) -> bool:
        """Keep ``checked`` for the next reopen; False when it could not be written (only a cost:
        the next reopen checks them again)."""
        try:
            write_atomic(self.folder / CHECKED_FILE, b"".join(sorted(checked)))
        except StorageError:
            return False
        return True
