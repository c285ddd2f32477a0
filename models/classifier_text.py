"""What the classifier reads of a document's text: mail quotes and signatures left out."""

from __future__ import annotations


def classification_text(text: str) -> str:
    """What the classifier reads of a document's text: mail quotes and signatures left out.

    A reply quotes the mail it answers (lines starting with ``>``, after an attribution line such as
    "On 3 May 2024, Ann <ann@x.com> wrote:"), and a signature block (from a ``--`` line to the next
    blank line) names people and companies: both speak of something else than the mail's own
    business, and they would take the place of its words in the model's few hundred tokens.
    A forwarded message is kept: it is the business of the mail that forwards it.
    """
    lines = text.splitlines()
    keep = [True] * len(lines)
    in_signature = False
    last_text = -1  # index of the last non-blank line kept
    for i, line in enumerate(lines):
        stripped = line.strip()
        if in_signature:
            in_signature = bool(stripped)
            keep[i] = False
        elif line.rstrip() == "--":
            in_signature, keep[i] = True, False
        elif stripped.startswith(">"):
            keep[i] = False
            if last_text >= 0 and lines[last_text].rstrip().endswith(":"):
                keep[last_text] = False  # the "... wrote:" line
        elif stripped:
            last_text = i
    kept = "\n".join(line for line, k in zip(lines, keep, strict=True) if k)
    return kept if kept.strip() else text
