"""The French labels: the committed .qm matches the .ts, nothing is unfinished or missing."""

from __future__ import annotations

import ast
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from facilitation.export.labels import Labels
from facilitation.resources import resource

ROOT = Path(__file__).resolve().parents[2]
TS = resource("translations", "minutes_fr.ts")
QM = resource("translations", "minutes_fr.qm")


def _lrelease() -> str:
    found = Path(sys.executable).with_name("pyside6-lrelease")
    if found.exists():
        return str(found)
    which = shutil.which("pyside6-lrelease")
    if which is None:
        pytest.fail("pyside6-lrelease is not installed (it comes with PySide6-Essentials)")
    return which


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_committed_qm_is_compiled_from_the_ts(tmp_path: Path, lang: str) -> None:
    ts, qm = (
        resource("translations", f"minutes_{lang}.ts"),
        resource("translations", f"minutes_{lang}.qm"),
    )
    fresh = tmp_path / qm.name
    subprocess.run([_lrelease(), str(ts), "-qm", str(fresh)], check=True, capture_output=True)
    assert fresh.read_bytes() == qm.read_bytes(), "run tools/update_translations.py and commit"


def test_every_entry_is_translated() -> None:
    tree = ET.parse(TS)
    messages = list(tree.iter("message"))
    assert messages
    for msg in messages:
        tr = msg.find("translation")
        assert tr is not None and tr.get("type") is None, msg.findtext("source")
        forms = [f.text or "" for f in tr.iter("numerusform")] or [tr.text or ""]
        assert all(form.strip() for form in forms), msg.findtext("source")
        assert (msg.get("numerus") == "yes") == ("%n" in (msg.findtext("source") or ""))


def test_counts_take_the_form_of_their_number() -> None:
    """A count in the minutes reads as the language says it, 0 and 1 included."""
    fr, en = Labels("fr"), Labels("en")
    assert [en.count("%n abstentions", n) for n in (0, 1, 2)] == [
        "0 abstentions",
        "1 abstention",
        "2 abstentions",
    ]
    assert [fr.count("%n abstentions", n) for n in (0, 1, 2)] == [
        "0 abstention",
        "1 abstention",
        "2 abstentions",
    ]


def _marked_in_code() -> set[str]:
    marked: set[str] = set()
    for path in (ROOT / "facilitation" / "export").glob("*.py"):
        for node in ast.walk(ast.parse(path.read_text("utf-8"))):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Name)
                and node.func.id == "QT_TRANSLATE_NOOP"
                and len(node.args) == 2
                and isinstance(node.args[1], ast.Constant)
                and isinstance(node.args[1].value, str)
            ):
                marked.add(node.args[1].value)
    return marked


def test_every_marked_label_is_in_the_ts() -> None:
    in_ts = {m.findtext("source") for m in ET.parse(TS).iter("message")}
    missing = _marked_in_code() - in_ts
    assert not missing, f"run pyside6-lupdate: {sorted(missing)}"


def test_labels_translate_and_keep_placeholders() -> None:
    fr, en = Labels("fr"), Labels("en")
    assert fr("Record of decisions") == "Relevé de décisions"
    assert en("Record of decisions") == "Record of decisions"
    for text in _marked_in_code():
        if "{" in text:
            names = {p.split("}")[0] for p in text.split("{")[1:]}
            assert {p.split("}")[0] for p in fr(text).split("{")[1:]} == names, text


def test_dates_the_local_way() -> None:
    from datetime import date, time

    d = date(2021, 6, 17)
    assert Labels("fr").date(d) == "jeudi 17 juin 2021"
    assert Labels("en").date(d) == "Thursday 17 June 2021"
    assert Labels("fr").time(time(18, 5)) == "18 h 05"
    assert Labels("en").time(time(18, 5)) == "18:05"
