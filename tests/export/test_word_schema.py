"""Word is stricter than LibreOffice: property elements must come in the schema's order.

A ``w:pBdr`` after ``w:spacing`` is read by LibreOffice and pandoc but makes Word call the file
damaged; this checks every property list the export writes, in the body, the styles and footers.
"""

from __future__ import annotations

import zipfile
from pathlib import Path

from lxml import etree  # type: ignore[import-untyped]  # no type information, as in agenda_docx

from facilitation.export import export_minutes
from facilitation.models import Meeting

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
ORDER = {
    "pPr": "pStyle keepNext keepLines pageBreakBefore framePr widowControl numPr suppressLineNumbers "
    "pBdr shd tabs suppressAutoHyphens kinsoku wordWrap overflowPunct topLinePunct autoSpaceDE "
    "autoSpaceDN bidi adjustRightInd snapToGrid spacing ind contextualSpacing mirrorIndents "
    "suppressOverlap jc textDirection textAlignment textboxTightWrap outlineLvl divId cnfStyle rPr "
    "sectPr pPrChange",
    "rPr": "rStyle rFonts b bCs i iCs caps smallCaps strike dstrike outline shadow emboss imprint "
    "noProof snapToGrid vanish webHidden color spacing w kern position sz szCs highlight u effect "
    "bdr shd fitText vertAlign rtl cs em lang eastAsianLayout specVanish oMath",
    "tblPr": "tblStyle tblpPr tblOverlap bidiVisual tblStyleRowBandSize tblStyleColBandSize tblW jc "
    "tblCellSpacing tblInd tblBorders shd tblLayout tblCellMar tblLook",
    "tcPr": "cnfStyle tcW gridSpan hMerge vMerge tcBorders shd noWrap tcMar textDirection tcFitText "
    "vAlign hideMark",
}


def test_property_elements_in_schema_order(meeting: Meeting, tmp_path: Path) -> None:
    out = export_minutes(meeting, tmp_path / "m.docx")
    problems = []
    with zipfile.ZipFile(out) as z:
        parts = [n for n in z.namelist() if n.startswith("word/") and n.endswith(".xml")]
        for name in parts:
            tree = etree.fromstring(z.read(name))
            for tag, seq in ORDER.items():
                order = seq.split()
                for el in tree.iter(W + tag):
                    names = [etree.QName(c).localname for c in el]
                    ranks = [order.index(n) if n in order else -1 for n in names]
                    if -1 in ranks or ranks != sorted(ranks):
                        problems.append(f"{name}: {tag} {names}")
    assert problems == []
