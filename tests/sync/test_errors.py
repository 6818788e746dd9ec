"""The sync floor's errors say their sentence in the user's language, and in English for logs."""

from __future__ import annotations

from pathlib import Path

import pytest

from facilitation.storage.errors import StorageError
from facilitation.sync import SealError, SyncError
from facilitation.sync.sealing import MeetingKey
from facilitation.sync.store import UpdateStore


def french(context: str, text: str) -> str:
    table = {
        ("Sync", "no shared meeting is stored in {folder}"): "aucune réunion dans {folder}",
        ("Sync", "a meeting key is 32 bytes"): "une clé fait 32 octets",
    }
    return table.get((context, text), text)


def test_english_for_logs_and_the_users_language_on_screen(tmp_path: Path) -> None:
    store = UpdateStore(tmp_path / "device")
    with pytest.raises(SyncError) as caught:
        store.read_meta()
    assert str(caught.value) == f"no shared meeting is stored in {tmp_path / 'device'}"
    assert caught.value.text(french) == f"aucune réunion dans {tmp_path / 'device'}"


def test_a_seal_error_is_a_sync_error_with_its_own_words() -> None:
    with pytest.raises(SealError) as caught:
        MeetingKey.from_text("not base64 at all!", "m1")
    assert isinstance(caught.value, SyncError)
    assert caught.value.text(french) == "une clé fait 32 octets"
    assert str(caught.value) == "a meeting key is 32 bytes"


def test_an_error_from_below_keeps_its_own_sentence() -> None:
    cause = StorageError("the disk is full", "/tmp/x")
    wrapped = SyncError.wrap(cause)
    assert wrapped.cause is cause
    assert str(wrapped) == "the disk is full"
    assert wrapped.text(french) == "the disk is full"


def test_a_template_with_a_missing_parameter_still_says_something() -> None:
    error = SyncError("cannot listen on {address}:{port}: {reason}", {"address": "0.0.0.0"})
    assert str(error) == "cannot listen on {address}:{port}: {reason}"
