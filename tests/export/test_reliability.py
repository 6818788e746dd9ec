"""Export defects from the reliability issue, each with the case that used to fail.

- a long title or list of organisers made the Word export fail (a core property holds at most
  255 characters): they are cut at a word, with "…";
- Markdown let "&amp;" or "&lt;" typed in a note turn into "&" and "<" in a reader;
- a 1 MB note was one paragraph (see also tests/export/test_cleaning.py): now pieces of at most
  2,000 characters, every word kept in order.
"""

from __future__ import annotations

from pathlib import Path

import docx
import pytest

from facilitation.export import export_minutes
from facilitation.export.cleaning import PARAGRAPH_LIMIT, paragraphs
from facilitation.export.docx_writer import PROPERTY_LIMIT, fit_property
from facilitation.models import Create, Details, LiveMeeting, Meeting, Note, SetDetails
from tests.export import secretary as s
from tests.export.tools import flat, pandoc_text


def _with(**changes: object) -> Meeting:
    m = s.secretary_meeting()
    live = LiveMeeting(m)
    d = m.details
    values = {f: getattr(d, f) for f in d.__slots__}
    values.update(changes)
    live.apply(SetDetails(Details(**values)))
    return live.meeting


def test_a_long_title_and_organiser_list_make_a_word_file(tmp_path: Path) -> None:
    title = "Assemblée générale extraordinaire " * 12
    organisers = tuple(
        f"Collectif numéro {n} des travailleuses et travailleurs sociaux" for n in range(12)
    )
    m = _with(title=title.strip(), organisers=organisers)
    out = export_minutes(m, tmp_path / "long.docx")
    props = docx.Document(str(out)).core_properties
    assert len(props.title) <= PROPERTY_LIMIT and props.title.endswith("…")
    assert len(props.author) <= PROPERTY_LIMIT
    # the body keeps the whole title
    assert docx.Document(str(out)).paragraphs[0].text == title.strip()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("court", "court"),
        ("mot " * 100, ("mot " * 100).strip()),
        ("x" * 300, "x" * 254 + "…"),
    ],
)
def test_fit_property_cuts_at_a_word(text: str, expected: str) -> None:
    fitted = fit_property(text)
    assert len(fitted) <= PROPERTY_LIMIT
    if len(" ".join(text.split())) <= PROPERTY_LIMIT:
        assert fitted == expected
    else:
        assert fitted.endswith("…") and " ".join(text.split()).startswith(fitted[:-1])
        if " " in text.strip():
            assert not fitted[:-1].endswith(" ") and fitted[:-1].split()[-1] == "mot"


@pytest.mark.slow
def test_entities_typed_in_markdown_stay_as_typed(tmp_path: Path) -> None:
    m = s.secretary_meeting()
    live = LiveMeeting(m)
    typed = "Écrire &amp; relire, 3 &lt; 4, &#169; et ~~barré~~ ![image](x.png)"
    at = m.live.ended_at
    assert at is not None
    live.apply(Create.of("notes", Note("n-amp", "i3", at, typed)))
    out = export_minutes(live.meeting, tmp_path / "amp.md", fmt="md")
    assert typed in flat(pandoc_text(out, "commonmark_x-smart"))


def test_a_long_text_is_split_only_between_words() -> None:
    text = ("Une phrase de note assez ordinaire. " * 40 + "\n") * 200
    pieces = paragraphs(text)
    assert len(pieces) > 1 and max(len(p) for p in pieces) <= PARAGRAPH_LIMIT
    assert " ".join(pieces).split() == text.split()
    assert paragraphs("court\ntexte") == ["court\ntexte"]
    assert "".join(paragraphs("y" * 4500)) == "y" * 4500
