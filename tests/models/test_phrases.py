"""Every phrase template of every language composes into a mail: its slots are ones the mail builder fills,
its choices are balanced, and nothing of the template notation is left in the mail a model learns from."""

from __future__ import annotations

import random
from datetime import date

import pytest

from models.synth.mails import compose_mail
from models.synth.parties import make_company, pick_country
from models.synth.phrases import LANGS, all_templates, split_of
from pipeline.extract.email_mime import extract_email
from pipeline.options import ExtractOptions

SYSTEM_SENDERS = {"newsletter", "noreply", "events", "notifications", "info"}
BODY_TEMPLATES = [t for t in all_templates() if not t.category.startswith("_")]


def _mail_text(data: bytes) -> str:
    """What the pipeline reads of a mail: subject and body, and those of a message forwarded as attachment."""
    extraction = extract_email(data, ExtractOptions())
    nested = [_mail_text(c.data) for c in extraction.children if c.mime_type == "message/rfc822"]
    return "\n".join([extraction.text, *nested])


@pytest.mark.parametrize("lang", LANGS)
def test_every_template_composes_into_a_mail_without_template_notation(lang: str) -> None:
    for template in (t for t in BODY_TEMPLATES if t.lang == lang):
        for seed in range(3):  # three draws of the [a|b] choices and slot values
            rng = random.Random(seed)
            sender = make_company(rng, pick_country(rng, lang), lang)
            recipient = make_company(rng, pick_country(rng, lang), lang)
            mail = compose_mail(rng, template.category, lang, split_of(template.id), sender=sender,
                                recipient=recipient, day=date(2024, 3, 14), template=template)  # fmt: skip
            text = _mail_text(mail.data)
            if template.automated and template.category == "other" and not mail.forward:  # sent by a system
                sender = extract_email(mail.data, ExtractOptions()).email
                assert sender is not None and sender.from_addr is not None
                assert sender.from_addr.split("@")[0] in SYSTEM_SENDERS, (template.id, sender.from_addr)
            leftovers = [mark for mark in ("[", "]", "{", "}", "|") if mark in text]
            assert not leftovers, (template.id, leftovers, text[:300])
            assert mail.template == template.id


def test_every_category_has_templates_in_every_split_and_language() -> None:
    for category in {t.category for t in BODY_TEMPLATES}:
        for lang in LANGS:
            splits = {split_of(t.id) for t in BODY_TEMPLATES if t.category == category and t.lang == lang}
            assert splits == {"train", "val", "test"}, (category, lang, splits)
