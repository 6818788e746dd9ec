"""Write the JSON Schema of the meeting file from the types msgspec reads it with.

    .venv/bin/python tools/make_schema.py           # rewrite facilitation/storage/meeting.schema.json
    .venv/bin/python tools/make_schema.py --check   # change nothing; exit 1 if the file is stale

The types (``fileformat.Document``, the meeting's parts in ``models/entities.py``) are the one source
of truth: msgspec generates the schema from them (``msgspec.json.schema``), and this adds what a
schema file carries beside (its draft, id, title) and the formats msgspec leaves out. The committed
file is checked against a fresh one by ``tests/storage/test_schema.py``.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

import msgspec  # noqa: E402

from facilitation.storage import fileformat  # noqa: E402

TARGET = ROOT / "facilitation" / "storage" / "meeting.schema.json"


def generate() -> dict[str, Any]:
    """The schema of the current version, as a dict."""
    _, defs = msgspec.json.schema_components([fileformat.Document], ref_template="#/$defs/{name}")
    version = fileformat.SCHEMA_VERSION
    doc = defs.pop("Document")
    schema: dict[str, Any] = {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": f"https://facilitation.example/schema/meeting-{version}.schema.json",
        "title": f"Facilitation meeting file, version {version}",
        "description": "One meeting, prepared or held. See docs/file-format.md.",
    }
    schema.update({k: v for k, v in doc.items() if k not in ("title", "description")})
    schema["$defs"] = dict(sorted(defs.items()))
    return schema


def text() -> str:
    return json.dumps(generate(), indent=2, ensure_ascii=False) + "\n"


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--check", action="store_true", help="exit 1 if the committed file is stale")
    ns = p.parse_args(argv)
    fresh = text()
    if ns.check:
        if TARGET.read_text("utf-8") != fresh:
            print(f"{TARGET.relative_to(ROOT)} is stale: run tools/make_schema.py", file=sys.stderr)
            return 1
        return 0
    TARGET.write_text(fresh, "utf-8")
    print(f"wrote {TARGET.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
