"""Refresh the interface's translations: lupdate the sources into the .ts files, then lrelease.

    python tools/update_translations.py            # update facilitation_fr.ts and facilitation_en.ts,
                                                   # compile their .qm
    python tools/update_translations.py --check    # change nothing; exit 1 if a string is untranslated

English is the source language, but a count cannot be written once for every number: "%n
participants" must read "1 participant". ``facilitation_en.ts`` holds only the counted messages
(those with ``%n``, as lupdate's ``-pluralonly`` would), each with its English singular and plural;
every other English text is the source itself. It is made from the French .ts's counted messages, so
both always list the same ones, and the forms already written are kept.

The sources are ``facilitation/ui/**.py`` and ``facilitation/models/**.py`` (the domain marks its command
labels and refusals with ``QT_TRANSLATE_NOOP("Command"|"CommandError", …)``, which lupdate reads from
Python as it is), ``facilitation/imports/**.py`` (the importers' problems, "ImportProblem") and ``facilitation/storage/**.py``
(a meeting file's problems, "MeetingFile"; the field-level ones are the domain's, "DataError"). English is the source language. The export's own ``minutes_fr.ts`` is not lupdated (it is kept by
hand); its counted messages get their English forms in ``minutes_en.ts`` the same way, and both are
compiled.

lupdate does not know a module's own one-line helper such as
``def _tr(text): return QCoreApplication.translate("FacilitatorWindow", text)``: it would file the
strings under an empty context that the running app never asks for. So the sources are copied into a
scratch tree where each ``_tr(`` call of such a module is spelled out as the
``QCoreApplication.translate("<its context>", `` it stands for, on the same line, and lupdate runs there
with the .ts placed at the same relative path: the locations written into the .ts stay those of the
real files.
"""

from __future__ import annotations

import argparse
import ast
import json
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TS = Path("resources/translations/facilitation_fr.ts")
#: the English plural forms of the counted messages (nothing else: the sources are English)
TS_EN = Path("resources/translations/facilitation_en.ts")
#: the minutes' labels (kept by hand, read by the export alone) and their English counts
MINUTES_TS = Path("resources/translations/minutes_fr.ts")
MINUTES_TS_EN = Path("resources/translations/minutes_en.ts")
#: the importers' problems are English templates too (QT_TRANSLATE_NOOP("ImportProblem", …)),
#: shown by the import dialogs; the export keeps its own minutes_fr.ts
SOURCE_DIRS = (
    Path("facilitation/ui"),
    Path("facilitation/models"),
    Path("facilitation/imports"),
    # the shared meeting's refusals ("CommandError", like the domain's)
    Path("facilitation/sync"),
    # the meeting file's problems (QT_TRANSLATE_NOOP("MeetingFile", …)), shown when a file won't open
    Path("facilitation/storage"),
)

#: ``def _tr(text: str) -> str:`` followed by ``return QCoreApplication.translate("Ctx", text)``
_HELPER = re.compile(
    r"^def (?P<name>_\w*tr\w*)\((?P<arg>\w+)[^)]*\)[^:]*:\s*\n"
    r"(?:\s*\"\"\"[^\n]*\"\"\"\s*\n)?"
    r"\s*return (?:QCoreApplication\.)?translate\(\s*\"(?P<ctx>[^\"]+)\",\s*(?P=arg)\s*\)",
    re.MULTILINE,
)


def tool(name: str) -> str:
    """The pyside6 tool from the venv that runs this script (or the project's .venv)."""
    for folder in (Path(sys.executable).parent, ROOT / ".venv" / "bin"):
        path = folder / name
        if path.exists():
            return str(path)
    found = shutil.which(name)
    if found is None:
        raise SystemExit(f"{name} not found: install PySide6 in the project's .venv")
    return found


def sources(root: Path = ROOT) -> list[Path]:
    """The Python files whose strings the interface shows, relative to ``root``."""
    files: list[Path] = []
    for folder in SOURCE_DIRS:
        files.extend(p.relative_to(root) for p in sorted((root / folder).rglob("*.py")))
    return files


def spell_out_helpers(text: str) -> str:
    """``_tr("x")`` → ``QCoreApplication.translate("Ctx", "x")`` for each fixed-context helper."""
    for m in _HELPER.finditer(text):
        name, ctx = m.group("name"), m.group("ctx")
        body_start = m.end()
        head, body = text[:body_start], text[body_start:]
        body = re.sub(
            rf"(?<![\w.]){re.escape(name)}\(", f'QCoreApplication.translate("{ctx}", ', body
        )
        text = head + body
    return text


#: the calls lupdate reads: QCoreApplication.translate(ctx, text, …), self.tr(text, …)
_TRANSLATE_NAMES = {"translate": 1, "tr": 0}


def plain_counts(text: str) -> str:
    """Spell the count of every translate()/tr() call as lupdate can read it.

    lupdate's Python reader drops ``translate(ctx, "%n min", None, item.planned_minutes)``
    altogether (a dotted name or an operator as the count, or ``n=``), and the string then escapes
    the .ts. In the scratch copy the arguments after the text become ``"", 2`` (a real
    disambiguation is kept), on as many lines as before.
    """
    try:
        tree = ast.parse(text)
    except SyntaxError:
        return text  # a file being edited: lupdate reads it as it is
    lines = text.splitlines(keepends=True)
    starts = [0]
    for line in lines:
        starts.append(starts[-1] + len(line.encode("utf-8")))
    raw = text.encode("utf-8")
    edits: list[tuple[int, int, str]] = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        func = node.func
        name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
        first = _TRANSLATE_NAMES.get(name)
        if first is None or len(node.args) <= first:
            continue
        extra: list[ast.expr] = [*node.args[first + 1 :], *(k.value for k in node.keywords)]
        if not extra:
            continue
        keep = ""
        disambiguation = node.args[first + 1] if len(node.args) > first + 1 else None
        if isinstance(disambiguation, ast.Constant) and isinstance(disambiguation.value, str):
            keep = json.dumps(disambiguation.value, ensure_ascii=False)
        counted = len(node.args) > first + 2 or any(k.arg == "n" for k in node.keywords)
        begin_node = node.args[first + 1] if len(node.args) > first + 1 else node.keywords[0]
        last = max(extra, key=lambda e: (e.end_lineno or 0, e.end_col_offset or 0))
        begin = starts[begin_node.lineno - 1] + begin_node.col_offset
        end = starts[(last.end_lineno or 1) - 1] + (last.end_col_offset or 0)
        replacement = (keep or '""') + (", 2" if counted else "")
        replacement += "\n" * raw[begin:end].count(b"\n")
        edits.append((begin, end, replacement))
    for begin, end, replacement in sorted(edits, reverse=True):
        raw = raw[:begin] + replacement.encode("utf-8") + raw[end:]
    return raw.decode("utf-8")


def lupdate(ts: Path, root: Path = ROOT) -> str:
    """Run lupdate over the sources of ``root`` into ``ts`` (created if missing); its report."""
    with tempfile.TemporaryDirectory(prefix="facilitation-lupdate-") as tmp:
        scratch = Path(tmp)
        files = sources(root)
        for rel in files:
            target = scratch / rel
            target.parent.mkdir(parents=True, exist_ok=True)
            readable = plain_counts(spell_out_helpers((root / rel).read_text("utf-8")))
            target.write_text(readable, "utf-8")
        scratch_ts = scratch / TS
        scratch_ts.parent.mkdir(parents=True, exist_ok=True)
        if ts.exists():
            shutil.copyfile(ts, scratch_ts)
        cmd = [
            tool("pyside6-lupdate"),
            *(str(scratch / rel) for rel in files),
            "-locations",
            "absolute",
            "-source-language",
            "en",
            "-target-language",
            "fr",
            "-ts",
            str(scratch_ts),
        ]
        plurals = plural_translations(scratch_ts) if scratch_ts.exists() else {}
        done = subprocess.run(cmd, capture_output=True, text=True, check=False)
        if done.returncode != 0:
            raise SystemExit(f"lupdate failed:\n{done.stdout}{done.stderr}")
        counted_by_n(scratch_ts, plurals)
        shutil.copyfile(scratch_ts, ts)
        return done.stdout + done.stderr


def plural_translations(ts: Path) -> dict[tuple[str, str], list[str]]:
    """The finished plural forms of each counted message (``%n``) of a .ts."""
    out: dict[tuple[str, str], list[str]] = {}
    for context in ET.parse(ts).getroot().iter("context"):
        for message in context.iter("message"):
            tr = message.find("translation")
            if message.get("numerus") == "yes" and tr is not None and tr.get("type") is None:
                key = (context.findtext("name") or "", message.findtext("source") or "")
                out[key] = [form.text or "" for form in tr.iter("numerusform")]
    return out


def counted_by_n(ts: Path, plurals: dict[tuple[str, str], list[str]]) -> None:
    """Every message with ``%n`` is a plural one, with its earlier forms kept.

    lupdate reads ``translate(ctx, "%n min", None, mins)`` in Python as a plain message now and
    then (it depends on how the count is spelled), and Qt never finds a plain message when it is
    asked with a count: the French would silently fall back to English.
    """
    tree = ET.parse(ts)
    changed = False
    for context in tree.getroot().iter("context"):
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            tr = message.find("translation")
            if "%n" not in source or tr is None or message.get("numerus") == "yes":
                continue
            if tr.get("type") in ("vanished", "obsolete"):
                continue
            key = (context.findtext("name") or "", source)
            message.set("numerus", "yes")
            forms = plurals.get(key)
            if forms is None:
                forms = [tr.text or "", tr.text or ""]
            else:
                tr.attrib.pop("type", None)  # translated before: the same message, counted
            tr.text = None
            for form in forms:
                ET.SubElement(tr, "numerusform").text = form
            changed = True
    if changed:
        ET.indent(tree, space="    ")
        body = ET.tostring(tree.getroot(), encoding="unicode")
        ts.write_text(
            '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", "utf-8"
        )


def _live(message: ET.Element) -> bool:
    tr = message.find("translation")
    return tr is not None and tr.get("type") not in ("vanished", "obsolete")


def english_plurals(ts: Path, en_ts: Path) -> None:
    """Write ``en_ts``: the counted messages of the French ``ts``, with the English forms that
    ``en_ts`` held already (a new one is left unfinished, with the source as both forms)."""
    kept = plural_translations(en_ts) if en_ts.exists() else {}
    root = ET.Element("TS", {"version": "2.1", "language": "en", "sourcelanguage": "en"})
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        counted = [m for m in context.iter("message") if m.get("numerus") == "yes" and _live(m)]
        if not counted:
            continue
        out = ET.SubElement(root, "context")
        ET.SubElement(out, "name").text = name
        for message in counted:
            source = message.findtext("source") or ""
            entry = ET.SubElement(out, "message", {"numerus": "yes"})
            for location in message.iter("location"):
                entry.append(location)
            ET.SubElement(entry, "source").text = source
            for extra in ("comment", "extracomment"):
                if message.find(extra) is not None:
                    ET.SubElement(entry, extra).text = message.findtext(extra)
            tr = ET.SubElement(entry, "translation")
            forms = kept.get((name, source))
            if forms is None or len(forms) != 2 or not all(forms):
                tr.set("type", "unfinished")
                forms = [source, source]
            for form in forms:
                ET.SubElement(tr, "numerusform").text = form
    ET.indent(root, space="    ")
    body = ET.tostring(root, encoding="unicode")
    en_ts.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", "utf-8"
    )


def english_problems(ts: Path, en_ts: Path) -> list[str]:
    """What ``en_ts`` lacks against the counted messages of ``ts`` (empty: nothing)."""
    problems: list[str] = []
    with tempfile.TemporaryDirectory() as tmp:
        fresh = Path(tmp) / en_ts.name
        if en_ts.exists():
            shutil.copyfile(en_ts, fresh)
        english_plurals(ts, fresh)
        before = read_ts(en_ts) if en_ts.exists() else Entries()
        after = read_ts(fresh)
    where = en_ts.name
    for ctx, source in sorted(after.live - before.live):
        problems.append(f"count without its English forms in {where}: [{ctx}] {source!r}")
    for ctx, source in after.unfinished:
        if (ctx, source) in before.live:
            problems.append(f"English forms not written in {where}: [{ctx}] {source!r}")
    for ctx, source in sorted(before.live - after.live):
        problems.append(f"English forms of a count that is gone in {where}: [{ctx}] {source!r}")
    return problems


def lrelease(ts: Path, qm: Path) -> None:
    cmd = [tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)]
    done = subprocess.run(cmd, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise SystemExit(f"lrelease failed:\n{done.stdout}{done.stderr}")


@dataclass
class Entries:
    """What a .ts holds: live (context, source) pairs, and those still waiting for a translation."""

    live: set[tuple[str, str]] = field(default_factory=set)
    unfinished: list[tuple[str, str]] = field(default_factory=list)
    translations: dict[tuple[str, str], str] = field(default_factory=dict)


def read_ts(ts: Path) -> Entries:
    out = Entries()
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            translation = message.find("translation")
            kind = translation.get("type") if translation is not None else None
            if kind in ("vanished", "obsolete"):
                continue
            key = (name, source)
            out.live.add(key)
            if kind == "unfinished":
                out.unfinished.append(key)
            elif translation is not None:
                out.translations[key] = translation.text or ""
    return out


def marked_strings(text: str) -> set[tuple[str, str]]:
    """(context, text) of each literal string the code marks for translation, read with ``ast``
    (independently of lupdate): translate/QT_TRANSLATE_NOOP calls, and self.tr in a class."""
    found: set[tuple[str, str]] = set()
    try:
        tree = ast.parse(text)
    except SyntaxError:
        return found

    def literal(node: ast.expr) -> str | None:
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            return node.value
        return None

    def visit(node: ast.AST, cls: str) -> None:
        for child in ast.iter_child_nodes(node):
            visit(child, child.name if isinstance(child, ast.ClassDef) else cls)
        if not isinstance(node, ast.Call):
            return
        func = node.func
        name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
        args = node.args
        if name in ("translate", "QT_TRANSLATE_NOOP") and len(args) >= 2:
            ctx, source = literal(args[0]), literal(args[1])
            if ctx is not None and source is not None:
                found.add((ctx, source))
        elif name == "tr" and isinstance(func, ast.Attribute) and args and cls:
            source = literal(args[0])
            if source is not None:
                found.add((cls, source))

    visit(tree, "")
    return found


def check(ts: Path = ROOT / TS, root: Path = ROOT, en_ts: Path | None = None) -> list[str]:
    """Problems of the committed .ts files against the sources today (empty list: all translated);
    ``en_ts`` is the English plurals' file beside ``ts`` unless given."""
    problems: list[str] = []
    en_ts = en_ts or ts.with_name(TS_EN.name)
    with tempfile.TemporaryDirectory() as tmp:
        copy = Path(tmp) / ts.name
        shutil.copyfile(ts, copy)
        lupdate(copy, root)
        before, after = read_ts(ts), read_ts(copy)
        problems += english_problems(copy, en_ts)
        minutes = ts.with_name(MINUTES_TS.name)
        if minutes.exists():
            problems += english_problems(minutes, minutes.with_name(MINUTES_TS_EN.name))
    for ctx, source in sorted(after.live - before.live):
        problems.append(f"new string not in the .ts: [{ctx}] {source!r}")
    for ctx, source in after.unfinished:
        if (ctx, source) in before.live:
            problems.append(f"not translated: [{ctx}] {source!r}")
    marked: set[tuple[str, str]] = set()
    for rel in sources(root):
        marked |= marked_strings(spell_out_helpers((root / rel).read_text("utf-8")))
    for ctx, source in sorted(marked - after.live):
        problems.append(f"marked in the code but missed by lupdate: [{ctx}] {source!r}")
    return problems


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument(
        "--check", action="store_true", help="report untranslated strings, change nothing"
    )
    ns = p.parse_args(argv)
    ts = ROOT / TS
    if ns.check:
        problems = check(ts)
        print("\n".join(problems) or "the translations are complete")
        return 1 if problems else 0
    ts.parent.mkdir(parents=True, exist_ok=True)
    print(lupdate(ts).strip())
    lrelease(ts, ts.with_suffix(".qm"))
    entries = read_ts(ts)
    print(f"{len(entries.live)} strings, {len(entries.unfinished)} still to translate")
    en_ts = ROOT / TS_EN
    english_plurals(ts, en_ts)
    lrelease(en_ts, en_ts.with_suffix(".qm"))
    english = read_ts(en_ts)
    print(
        f"English forms: {len(english.live)} counted messages, {len(english.unfinished)} to write"
    )
    minutes, minutes_en = ROOT / MINUTES_TS, ROOT / MINUTES_TS_EN
    english_plurals(minutes, minutes_en)
    lrelease(minutes, minutes.with_suffix(".qm"))
    lrelease(minutes_en, minutes_en.with_suffix(".qm"))
    english = read_ts(minutes_en)
    print(
        f"minutes, English forms: {len(english.live)} counted, {len(english.unfinished)} to write"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
