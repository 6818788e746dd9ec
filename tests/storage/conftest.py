"""Shared helpers for the storage tests: the shipped JSON Schema as a validator, the data folder."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import jsonschema
import pytest

from facilitation.storage.fileformat import schema

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="session")
def validator() -> jsonschema.Draft202012Validator:
    s = schema()
    jsonschema.Draft202012Validator.check_schema(s)
    return jsonschema.Draft202012Validator(s)


def validate_bytes(validator: jsonschema.Draft202012Validator, data: bytes) -> Any:
    """Parse a saved file with plain ``json`` and check it against the schema (raises if not)."""
    doc = json.loads(data.decode("utf-8"))
    errors = sorted(validator.iter_errors(doc), key=lambda e: list(e.absolute_path))
    assert not errors, "\n".join(f"{list(e.absolute_path)}: {e.message}" for e in errors[:5])
    return doc


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    return tmp_path / "data"
