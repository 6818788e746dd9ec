"""The minutes as Markdown, to paste in the body of an e-mail (CommonMark with pipe tables).

User text is escaped so that a note starting with "#" or holding a "|" does not turn into a heading or
break a table, and so that "&amp;" or "&lt;" typed in a note stay those letters (a Markdown reader
would otherwise show them as "&" and "<"); line breaks inside a table cell become ``<br>``.
"""

from __future__ import annotations

import re

from facilitation.export.parts import Minutes, Table

# CommonMark lets any ASCII punctuation be escaped; these are the ones that mean something
_SPECIAL = re.compile(r"([\\`*_\[\]<>|#&~!])")
_LINE_START = re.compile(r"^(\s*)([-+>]|\d+[.)])", re.MULTILINE)


def md_escape(text: str, block: bool = True) -> str:
    """``text`` shown literally by a Markdown reader (``block``: it may start a line)."""
    text = _SPECIAL.sub(r"\\\1", text)
    if not block:
        return text
    return _LINE_START.sub(lambda m: m.group(1) + "\\" + m.group(2), text)


def _inline(text: str) -> str:
    """One paragraph or list item: hard line breaks for the user's newlines."""
    return md_escape(text).replace("\n", "  \n  ")


def _cell(text: str) -> str:
    return md_escape(text, block=False).replace("\n", "<br>") or " "


def _table(t: Table) -> list[str]:
    lines = ["| " + " | ".join(_cell(h) for h in t.headers) + " |"]
    lines.append("|" + "|".join("---" for _ in t.headers) + "|")
    rows = list(t.rows) + ([t.total] if t.total is not None else [])
    for row in rows:
        lines.append("| " + " | ".join(_cell(c) for c in row) + " |")
    return [*lines, ""]


def render_markdown(minutes: Minutes) -> str:
    words = minutes.words
    colon = "\u00a0:" if minutes.lang == "fr" else ":"
    out: list[str] = [
        f"# {md_escape(minutes.title, block=False)}",
        "",
        f"*{md_escape(minutes.subtitle)}*",
        "",
    ]
    for label, value in minutes.facts:
        out.append(f"**{label}{colon}** {_inline(value)}  ")
    if minutes.notice:
        out += ["", f"> **{md_escape(minutes.notice)}**"]
    out += ["", f"## {words['Attendance']}", ""]
    for block in minutes.attendance:
        head = f"**{block.label} ({block.count}){colon}**"
        if len(block.lines) == 1 and not block.lines[0][0]:
            out += [f"{head} {_inline(block.lines[0][1])}", ""]
        else:
            out += [head, ""]
            out += [f"- *{_inline(g)}*{colon} {_inline(n)}" for g, n in block.lines]
            out.append("")
    out += [f"## {words['Agenda']}", "", *_table(minutes.agenda)]
    out += [f"## {words['Items discussed']}", ""]
    for item in minutes.items:
        out += [f"### {md_escape(item.heading, block=False)}", "", f"*{md_escape(item.meta)}*", ""]
        if item.description.strip() and item.description_label:
            out += [f"**{item.description_label}{colon}** {_inline(item.description)}", ""]
        elif item.description.strip():
            out += [_inline(item.description), ""]
        if item.sub_questions:
            out += [f"- *{_inline(s)}*" for s in item.sub_questions] + [""]
        if item.notes:
            out += [f"**{words['Discussion']}{colon}**", ""]
            out += [
                f"- **{md_escape(sp)}{colon}** {_inline(t)}" if sp else f"- {_inline(t)}"
                for sp, t in item.notes
            ] + [""]
        for dec in item.decisions:
            line = f"> **{words['Decision']}{colon}** {_inline(dec.text)}".replace("\n", "\n> ")
            how = dec.how
            if dec.objections:
                how += " — " + words["Objections: {text}"].format(text=dec.objections)
            out += [line, ">", f"> *{md_escape(how)}*", ""]
        if item.actions:
            out += [f"**{words['Actions decided']}{colon}**", ""]
            out += [f"- {_inline(a)}" for a in item.actions] + [""]
        if item.questions:
            out += [f"**{words['Questions left open']}{colon}**", ""]
            out += [f"- {_inline(q)}" for q in item.questions] + [""]
    if minutes.postponed:
        out += [f"## {words['Items not discussed or postponed']}", ""]
        out += [
            f"- **{md_escape(p.heading, block=False)}**{colon} {_inline(p.reason)}"
            for p in minutes.postponed
        ] + [""]
    out += [f"## {words['Record of decisions']}", ""]
    if minutes.read_back:
        out += [_inline(minutes.read_back), ""]
    out += (
        _table(minutes.decisions) if minutes.decisions else [words["No decision was recorded."], ""]
    )
    out += [f"## {words['Actions']}", ""]
    out += _table(minutes.actions) if minutes.actions else [words["No action was recorded."], ""]
    out += [f"## {words['Open questions for the next meeting']}", ""]
    if minutes.open_questions:
        out += [f"- {_inline(q)}" for q in minutes.open_questions] + [""]
    else:
        out += [words["No question is left open."], ""]
    out += [f"## {words['Next meeting']}", ""]
    out += [f"**{label}{colon}** {_inline(value)}  " for label, value in minutes.next_meeting]
    out.append("")
    if minutes.speaking is not None:
        out += [f"## {words['Speaking time by group']}", "", *_table(minutes.speaking.groups)]
        if minutes.speaking.people is not None:
            out += [f"### {words['Speaking time by person']}", "", *_table(minutes.speaking.people)]
    return "\n".join(out).rstrip("\n") + "\n"
