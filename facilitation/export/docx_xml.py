"""The Word XML the minutes are made of, written directly: runs, table rows, page-number fields.

python-docx's per-run and per-cell proxies are slow on long minutes (its ``run.text`` walks the text
one character at a time in Python; each ``add_p`` searches the body), so the writer builds elements
and table rows here, as lxml elements or as one XML string per table.
"""

from __future__ import annotations

from typing import Any
from xml.sax.saxutils import escape

from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Pt

HEADER_FILL = "DCE6EE"

_T, _BR, _TAB, _SPACE = qn("w:t"), qn("w:br"), qn("w:tab"), qn("xml:space")


def set_text(r: Any, text: str) -> None:
    """Fill run ``r`` with ``text``: newlines become breaks, tabs tabs.

    python-docx's own ``run.text`` walks the text one character at a time in Python, which takes
    seconds on a 1 MB note; splitting on the two special characters is done in C.
    """
    for i, line in enumerate(text.split("\n")):
        if i:
            r.append(r.makeelement(_BR, {}))
        for j, chunk in enumerate(line.split("\t")):
            if j:
                r.append(r.makeelement(_TAB, {}))
            if chunk:
                t = r.makeelement(_T, {_SPACE: "preserve"})
                t.text = chunk
                r.append(t)


def colon(lang: str) -> str:
    return "\u00a0:" if lang == "fr" else ":"


def _runs_xml(text: str, bold: bool) -> str:
    rpr = "<w:rPr><w:b/></w:rPr>" if bold else ""
    out: list[str] = []
    for i, line in enumerate(text.split("\n")):
        pieces = []
        if i:
            pieces.append("<w:br/>")
        for j, chunk in enumerate(line.split("\t")):
            if j:
                pieces.append("<w:tab/>")
            if chunk:
                pieces.append(f'<w:t xml:space="preserve">{escape(chunk)}</w:t>')
        out.append(f"<w:r>{rpr}{''.join(pieces)}</w:r>")
    return "".join(out)


def row_xml(
    cells: list[str],
    widths: list[int],
    header: bool = False,
    bold: bool = False,
    keep: bool = False,
) -> str:
    trpr = (
        "<w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>"
        if header
        else "<w:trPr><w:cantSplit/></w:trPr>"
    )
    shd = f'<w:shd w:val="clear" w:color="auto" w:fill="{HEADER_FILL}"/>' if header else ""
    keep_next = "<w:keepNext/>" if keep else ""
    tcs = "".join(
        f'<w:tc><w:tcPr><w:tcW w:type="dxa" w:w="{w}"/>{shd}</w:tcPr>'
        f'<w:p><w:pPr>{keep_next}<w:spacing w:before="20" w:after="20"/></w:pPr>'
        f"{_runs_xml(text, header or bold)}</w:p></w:tc>"
        for text, w in zip(cells, widths, strict=True)
    )
    return f"<w:tr>{trpr}{tcs}</w:tr>"


def page_numbers(doc: Any, page_word: str) -> None:
    """``Page N / M`` in the footer, unless the template's footer already counts pages."""
    for section in doc.sections:
        footer = section.footer
        xml = footer._element.xml if not footer.is_linked_to_previous else ""
        if "PAGE" in xml:
            continue
        p = footer.add_paragraph() if xml.strip() else footer.paragraphs[0]
        p.alignment = 1  # centred
        p.add_run(f"{page_word} ")
        _field(p, "PAGE", "1")
        p.add_run(" / ")
        _field(p, "NUMPAGES", "1")
        for r in p.runs:
            r.font.size = Pt(8)


def _field(p: Any, code: str, shown: str) -> None:
    el = p._p
    el.append(
        parse_xml(
            f'<w:r {nsdecls("w")}><w:rPr><w:sz w:val="16"/></w:rPr><w:fldChar w:fldCharType="begin"/></w:r>'
        )
    )
    el.append(
        parse_xml(
            f'<w:r {nsdecls("w")}><w:rPr><w:sz w:val="16"/></w:rPr><w:instrText xml:space="preserve"> {code} </w:instrText></w:r>'
        )
    )
    el.append(
        parse_xml(
            f'<w:r {nsdecls("w")}><w:rPr><w:sz w:val="16"/></w:rPr><w:fldChar w:fldCharType="separate"/></w:r>'
        )
    )
    el.append(
        parse_xml(f'<w:r {nsdecls("w")}><w:rPr><w:sz w:val="16"/></w:rPr><w:t>{shown}</w:t></w:r>')
    )
    el.append(
        parse_xml(
            f'<w:r {nsdecls("w")}><w:rPr><w:sz w:val="16"/></w:rPr><w:fldChar w:fldCharType="end"/></w:r>'
        )
    )
