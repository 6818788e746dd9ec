"""The minutes as the rich text Qt's QTextDocument reads (its subset of HTML), for the PDF writer.

Same sections, same order and same words as the Word document. Tables have a ``<thead>`` (Qt
repeats its rows at the top of each page) and their columns sized to their words
(:mod:`facilitation.export.widths`). Headings carry the class the writer looks for when it keeps a
heading with what follows. Every user text is escaped, and a very long one is split into
paragraphs (:func:`facilitation.export.cleaning.paragraphs`).
"""

from __future__ import annotations

from html import escape

from facilitation.export.cleaning import paragraphs
from facilitation.export.parts import Minutes, Table
from facilitation.export.widths import Measure, fit_widths

#: the chart's name in the document's resources
CHART_URL = "minutes-chart.png"
HEADER_FILL = "#dce6ee"
#: Qt keeps no HTML class, but it keeps a block's "user state": 1 marks what keeps with the next
KEEP_STATE = 1
KEEP = f"-qt-user-state: {KEEP_STATE};"
DECISION_FILL = "#eef3f7"


def _t(text: str) -> str:
    return escape(text, quote=False).replace("\n", "<br/>")


class _Html:
    def __init__(self, lang: str, page_pt: float, measure: Measure, chart_width: int) -> None:
        self.colon = "\u00a0:" if lang == "fr" else ":"
        self.page_pt = page_pt
        self.measure = measure
        self.chart_width = chart_width
        self.out: list[str] = []

    def h(self, level: int, text: str) -> None:
        self.out.append(f'<h{level} style="{KEEP}">{_t(text)}</h{level}>')

    def p(self, text: str, label: str = "", style: str = "") -> None:
        for i, piece in enumerate(paragraphs(text)):
            lead = f"<b>{_t(label)}{self.colon}</b> " if label and i == 0 else ""
            attr = f' style="{style}"' if style else ""
            self.out.append(f"<p{attr}>{lead}{_t(piece)}</p>")

    def meta(self, text: str, keep: bool = False) -> None:
        style = f"color:#555555; font-size:8.5pt;{KEEP if keep else ''}"
        self.out.append(f'<p style="{style}"><i>{_t(text)}</i></p>')

    def bullets(self, rows: list[tuple[str, str]], italic: bool = False) -> None:
        if not rows:
            return
        self.out.append("<ul>")
        for lead, text in rows:
            pieces = paragraphs(text)
            head = f"<b>{_t(lead)}{self.colon}</b> " if lead else ""
            body = "<br/><br/>".join(_t(p) for p in pieces)
            body = f"<i>{body}</i>" if italic else body
            self.out.append(f"<li>{head}{body}</li>")
        self.out.append("</ul>")

    def label(self, text: str) -> None:
        self.out.append(f'<p style="{KEEP}"><b>{_t(text)}{self.colon}</b></p>')

    def decision(self, label: str, text: str, how: str) -> None:
        # shaded paragraphs; the decision keeps with how it was taken (Qt splits a table's only
        # row across pages, so no one-cell table here)
        shade = f"background-color:{DECISION_FILL}; margin-top:0; margin-bottom:0;"
        self.out.append(
            f'<p style="{shade} margin-top:4pt; {KEEP}"><b>{_t(label)}{self.colon}</b> {_t(text)}</p>'
            f'<p style="{shade} margin-bottom:4pt"><i>{_t(how)}</i></p>'
        )

    def table(self, t: Table) -> None:
        # widths in per cent of the line; padding as a share of the page, like the words
        padding = 2 * 4.0
        widths = fit_widths(
            t,
            100.0,
            lambda w, b: self.measure(w, b) * 100 / self.page_pt,
            padding * 100 / self.page_pt,
        )
        rows = [
            '<table width="100%" border="1" cellspacing="0" cellpadding="4"'
            ' style="border-collapse:collapse; border-color:#888888">'
        ]
        rows.append("<thead><tr>")
        rows += [
            f'<th width="{w:.2f}%" align="left" bgcolor="{HEADER_FILL}">{_t(h)}</th>'
            for h, w in zip(t.headers, widths, strict=True)
        ]
        rows.append("</tr></thead><tbody>")
        for row in t.rows:
            rows.append("<tr>" + "".join(f"<td>{_t(c)}</td>" for c in row) + "</tr>")
        if t.total is not None:
            rows.append("<tr>" + "".join(f"<td><b>{_t(c)}</b></td>" for c in t.total) + "</tr>")
        rows.append("</tbody></table>")
        self.out.append("".join(rows))

    def chart(self, alt: str) -> None:
        self.out.append(
            # the chart keeps with its table, as the heading keeps with the chart
            f'<p style="{KEEP}"><img src="{CHART_URL}" width="{self.chart_width}"'
            f' alt="{escape(alt)}"/></p>'
        )


def minutes_html(minutes: Minutes, page_pt: float, measure: Measure, chart_width: int) -> str:
    """The body of the minutes as Qt rich text; ``chart_width`` in the document's units."""
    words = minutes.words
    h = _Html(minutes.lang, page_pt, measure, chart_width)
    h.out.append(f'<h1 style="font-size:20pt; {KEEP}">{_t(minutes.title)}</h1>')
    h.meta(minutes.subtitle)
    for label, value in minutes.facts:
        h.p(value, label)
    if minutes.notice:
        h.p(minutes.notice, style="font-weight:bold")

    h.h(2, words["Attendance"])
    for block in minutes.attendance:
        head = f"{block.label} ({block.count})"
        if len(block.lines) == 1 and not block.lines[0][0]:
            h.p(block.lines[0][1], head)
        else:
            h.label(head)
            h.bullets(block.lines)

    h.h(2, words["Agenda"])
    h.table(minutes.agenda)

    h.h(2, words["Items discussed"])
    for item in minutes.items:
        h.h(3, item.heading)
        h.meta(item.meta, keep=True)
        if item.description.strip():
            h.p(item.description, item.description_label)
        h.bullets([("", s) for s in item.sub_questions], italic=True)
        if item.notes:
            h.label(words["Discussion"])
            h.bullets(item.notes)
        for dec in item.decisions:
            how = dec.how
            if dec.objections:
                how += " — " + words["Objections: {text}"].format(text=dec.objections)
            h.decision(words["Decision"], dec.text, how)
        if item.actions:
            h.label(words["Actions decided"])
            h.bullets([("", a) for a in item.actions])
        if item.questions:
            h.label(words["Questions left open"])
            h.bullets([("", q) for q in item.questions])
    if minutes.postponed:
        h.h(2, words["Items not discussed or postponed"])
        h.bullets([(p.heading, p.reason) for p in minutes.postponed])

    h.h(2, words["Record of decisions"])
    if minutes.read_back:
        h.p(minutes.read_back)
    if minutes.decisions is not None:
        h.table(minutes.decisions)
    else:
        h.p(words["No decision was recorded."])
    h.h(2, words["Actions"])
    if minutes.actions is not None:
        h.table(minutes.actions)
    else:
        h.p(words["No action was recorded."])
    h.h(2, words["Open questions for the next meeting"])
    if minutes.open_questions:
        h.bullets([("", q) for q in minutes.open_questions])
    else:
        h.p(words["No question is left open."])
    h.h(2, words["Next meeting"])
    for label, value in minutes.next_meeting:
        h.p(value, label)
    if minutes.speaking is not None:
        h.h(2, words["Speaking time by group"])
        if chart_width:
            h.chart(minutes.chart_alt)
        h.table(minutes.speaking.groups)
        if minutes.speaking.people is not None:
            h.h(3, words["Speaking time by person"])
            h.table(minutes.speaking.people)
    return "".join(h.out)
