"""Phrase banks for synthetic mails: body templates per category and language, and shared pieces.

Each language module holds one text block in a small format:

    ## category                      a mail category, or a shared piece such as _greeting
    # subject | subject | ...        a body template and its subject lines ("#!" marks automated mail)
    sentence with [choice|choice] and {slot}
    + the same sentence continued (a line starting with "+ " continues the line above)
    another sentence

A body template's lines are its sentences; ``[a|b]`` picks one alternative, ``{slot}`` is filled in by
the mail builder. In shared pieces every line is a template of its own. Every template has a stable
id (``complaint-en-03``, ``_greeting-de-05``) so that the corpus split can hold templates out.
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass
from functools import cache

from models.synth.layouts import split_assignment

LANGS = ("en", "nl", "de", "fr")
_CHOICE = re.compile(r"\[([^\[\]]*)\]")


@dataclass(frozen=True)
class Template:
    """One phrase template: a mail body with its subjects, or a shared piece (one line)."""

    id: str
    category: str
    lang: str
    subjects: tuple[str, ...]
    lines: tuple[str, ...]
    automated: bool = False


def parse_bank(text: str, lang: str) -> list[Template]:
    """The templates of one language module's text block."""
    out: list[Template] = []
    category = ""
    subjects: tuple[str, ...] = ()
    automated = False
    body: list[str] = []
    counts: dict[str, int] = {}

    def _add(lines: list[str], subj: tuple[str, ...], auto: bool) -> None:
        counts[category] = counts.get(category, 0) + 1
        out.append(
            Template(f"{category}-{lang}-{counts[category]:02d}", category, lang, subj, tuple(lines), auto)
        )

    def _flush() -> None:
        if body and not category.startswith("_"):
            _add(body, subjects, automated)
        body.clear()

    lines: list[str] = []
    for raw in text.splitlines():
        if raw.startswith("+ "):
            lines[-1] += " " + raw[2:].strip()
        else:
            lines.append(raw.strip())
    for line in lines:
        if not line:
            continue
        if line.startswith("## "):
            _flush()
            category = line[3:].strip()
        elif line.startswith("#"):
            _flush()
            automated = line.startswith("#!")
            subjects = tuple(s.strip() for s in line.lstrip("#!").split(" | "))
        elif category.startswith("_"):
            _add([line], (), False)
        else:
            body.append(line)
    _flush()
    return out


@cache
def all_templates() -> tuple[Template, ...]:
    """Every template of every language."""
    from models.synth.phrases import de, en, fr, nl

    out: list[Template] = []
    for lang, module in (("en", en), ("nl", nl), ("de", de), ("fr", fr)):
        out.extend(parse_bank(module.BANK, lang))
    return tuple(out)


@cache
def _splits() -> dict[str, str]:
    groups: dict[tuple[str, str], list[str]] = {}
    for t in all_templates():
        groups.setdefault((t.category, t.lang), []).append(t.id)
    out: dict[str, str] = {}
    for ids in groups.values():
        out.update(split_assignment(ids))
    return out


def split_of(template_id: str) -> str:
    """The split (train/val/test) a template belongs to."""
    return _splits()[template_id]


def templates(category: str, lang: str, split: str | None = None) -> list[Template]:
    """The templates of ``category`` in ``lang``, only those of ``split`` when given."""
    found = [t for t in all_templates() if t.category == category and t.lang == lang]
    if split is not None:
        found = [t for t in found if split_of(t.id) == split] or found
    return found


def expand(text: str, rng: random.Random, values: dict[str, str]) -> str:
    """Resolve ``[a|b]`` choices (innermost first) and fill ``{slot}``s from ``values``."""
    while True:
        match = _CHOICE.search(text)
        if match is None:
            break
        text = text[: match.start()] + rng.choice(match.group(1).split("|")) + text[match.end() :]
    return text.format_map(values)
