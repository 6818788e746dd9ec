"""Whatever text comes in, the importers answer with a preview or their own error, never a crash."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from facilitation.imports.agenda_text import parse_agenda_text
from facilitation.imports.errors import ImportProblem
from facilitation.imports.participants import RowStatus, parse_participants
from facilitation.imports.textio import decode_text

# lines built from the characters that matter to the readers: markers, quotes, separators
_pieces = st.sampled_from(
    ["- ", "* ", "1. ", "2.1 ", "  ", "\t", "# ", "• ", "– ", '"', ";", ",", "(20 min)", "1h15",
     "20'", "Accueil", "Budget", "Date:", "@", "a@b.be", "é", "\r", "\n", "===", "---", "[x] "]
)  # fmt: skip
_texts = st.lists(_pieces, max_size=60).map("".join) | st.text(max_size=300)


@settings(max_examples=300, deadline=None)
@given(_texts)
def test_agenda_text(text: str) -> None:
    try:
        preview = parse_agenda_text(text)
    except ImportProblem as exc:
        assert exc.message
        return
    assert preview.items
    assert all(i.title.strip() and i.planned_minutes >= 0 for i in preview.items)


@settings(max_examples=300, deadline=None)
@given(_texts)
def test_participants(text: str) -> None:
    try:
        preview = parse_participants(text)
    except ImportProblem as exc:
        assert exc.message
        return
    for row in preview.new:
        assert row.name.strip()
        row.to_participant("x")  # a valid participant
    refused = {r.line for r in preview.rows if r.status == RowStatus.REFUSED}
    assert refused <= {n.line for n in preview.notes if n.error}


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=400))
def test_bytes(data: bytes) -> None:
    try:
        decode_text(data, "f.txt", ImportProblem)
    except ImportProblem as exc:
        assert exc.path == "f.txt"
