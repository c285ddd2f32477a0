"""The routing rules engine: the shipped rules, a rules file's conditions, and its error messages."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from pipeline.categories import DEFAULT_CATEGORIES
from pipeline.routing import (
    RoutingInput,
    RoutingRulesError,
    default_rules,
    load_rules,
    parse_decimal,
    parse_rules,
    route_document,
)


def item(
    status: str = "processed",
    category: str | None = "invoice",
    confidence: float | None = 0.95,
    from_addr: str | None = None,
    **fields: str,
) -> RoutingInput:
    return RoutingInput(
        document_id=1,
        status=status,
        category=category,
        confidence=confidence,
        from_addr=from_addr,
        fields=fields,
    )


# --- the default rules -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("category", "queue"),
    [
        ("invoice", "accounting"),
        ("credit_note", "accounting"),
        ("receipt", "accounting"),
        ("payment_reminder", "accounting"),
        ("purchase_order", "sales"),
        ("quote_request", "sales"),
        ("complaint", "support"),
        ("supplier_message", "purchasing"),
        ("internal", "internal"),
        ("spam", "spam"),
        ("other", "inbox"),
    ],
)
def test_default_rules_send_each_default_category_to_its_team(category: str, queue: str) -> None:
    assert route_document(item(category=category)).queue == queue


def test_default_rules_cover_every_default_category() -> None:
    assert {route_document(item(category=c)).queue for c in DEFAULT_CATEGORIES} <= set(default_rules().queues)


def test_needs_review_goes_to_review_whatever_the_category() -> None:
    decision = route_document(item(status="needs_review", category="invoice", total="9000"))
    assert (decision.queue, decision.rule) == ("review", "needs-review")
    assert route_document(item(status="needs_review", category=None, confidence=None)).queue == "review"


def test_failed_documents_go_to_failed() -> None:
    assert route_document(item(status="failed", category=None, confidence=None)).queue == "failed"


def test_an_invoice_above_5000_goes_to_approvals_compared_as_a_decimal() -> None:
    assert route_document(item(total="5000.01")).queue == "approvals"
    assert route_document(item(total="5.000,01")).queue == "approvals"
    assert route_document(item(total="5000.00")).queue == "accounting"
    assert route_document(item(total="not a number")).queue == "accounting"
    assert route_document(item()).queue == "accounting"  # no total: the condition does not hold
    assert route_document(item(category="credit_note", total="9000")).queue == "accounting"


# --- conditions in a rules file ----------------------------------------------------------------

RULES = """
version: 1
default_queue: elsewhere
rules:
  - name: unsure
    queue: review
    when: {confidence: {lt: 0.8}}
  - name: ceo
    queue: executive
    when: {sender: "The Boss <CEO@Example.com>"}
  - name: acme
    queue: acme-team
    when: {sender_domain: "@acme.com"}
  - name: usd-big
    queue: treasury
    when:
      category: [invoice, credit_note]
      fields:
        currency: USD
        total: {ge: 1000.10, lt: 100000}
  - name: foreign
    queue: foreign
    when:
      fields:
        currency: {in: [GBP, CHF]}
        supplier_vat: {exists: true}
  - name: no-po
    queue: purchasing
    when:
      category: invoice
      fields:
        po_number: {exists: false}
  - name: not-euro
    queue: fx
    when:
      fields: {currency: {ne: EUR}}
"""


@pytest.fixture
def rules_file(tmp_path: Path) -> Path:
    path = tmp_path / "rules.yaml"
    path.write_text(RULES)
    return path


def test_first_matching_rule_wins(rules_file: Path) -> None:
    rules = load_rules(rules_file)
    decision = route_document(item(confidence=0.5, from_addr="ceo@example.com"), rules)
    assert (decision.queue, decision.rule) == ("review", "unsure")
    assert route_document(item(from_addr="ceo@example.com"), rules).queue == "executive"


def test_confidence_bounds_and_missing_confidence(rules_file: Path) -> None:
    rules = load_rules(rules_file)
    assert route_document(item(confidence=0.79, po_number="1"), rules).queue == "review"
    assert route_document(item(confidence=0.8, po_number="1"), rules).queue == "elsewhere"
    assert route_document(item(confidence=None, po_number="1"), rules).queue == "elsewhere"


def test_sender_address_and_domain(rules_file: Path) -> None:
    rules = load_rules(rules_file)
    assert route_document(item(from_addr="CEO@example.COM", po_number="1"), rules).queue == "executive"
    assert route_document(item(from_addr="billing@acme.com", po_number="1"), rules).queue == "acme-team"
    assert (
        route_document(item(from_addr="Billing <x@eu.mail.acme.com>", po_number="1"), rules).queue
        == "acme-team"
    )
    assert route_document(item(from_addr="x@notacme.com", po_number="1"), rules).queue == "elsewhere"
    assert route_document(item(from_addr=None, po_number="1"), rules).queue == "elsewhere"


def test_field_comparisons(rules_file: Path) -> None:
    rules = load_rules(rules_file)
    assert route_document(item(currency="usd", total="1000.10", po_number="1"), rules).queue == "treasury"
    assert route_document(item(currency="USD", total="1000.09", po_number="1"), rules).queue == "fx"
    assert route_document(item(currency="USD", total="100000", po_number="1"), rules).queue == "fx"
    assert route_document(item(category="receipt", currency="USD", total="5000"), rules).queue == "fx"
    assert route_document(item(currency="GBP", supplier_vat="GB123", po_number="1"), rules).queue == "foreign"
    assert route_document(item(currency="GBP", po_number="1"), rules).queue == "fx"
    assert route_document(item(currency="EUR"), rules).queue == "purchasing"
    assert route_document(item(currency="EUR", po_number=" "), rules).queue == "purchasing"
    assert route_document(item(currency="EUR", po_number="PO-1"), rules).queue == "elsewhere"


def test_rules_list_their_queues(rules_file: Path) -> None:
    queues = load_rules(rules_file).queues
    assert queues[0] == "review" and queues[-1] == "elsewhere"


@pytest.mark.parametrize(
    ("raw", "value"),
    [
        ("5000", Decimal("5000")),
        ("5,000.50", Decimal("5000.50")),
        ("5.000,50", Decimal("5000.50")),
        ("EUR 5 000", Decimal("5000")),
        ("1.234.567", Decimal("1234567")),
        ("12,5", Decimal("12.5")),
        ("0,125", Decimal("0.125")),
        ("-42.10", Decimal("-42.10")),
        ("n/a", None),
        ("", None),
    ],
)
def test_amounts_parse_as_decimals(raw: str, value: Decimal | None) -> None:
    assert parse_decimal(raw) == value


# --- errors ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("rules: [", "not valid YAML"),
        ("- just a list", "expected a mapping"),
        (
            "rules:\n  - {name: a, queue: 'Bad Queue'}",
            "rule 1 ('a'): queue: queue 'Bad Queue' is not a valid",
        ),
        ("rules:\n  - {name: a, queue: q, when: {colour: red}}", "rule 1 ('a'): when.colour: Extra inputs"),
        ("rules:\n  - {name: a, queue: q, when: {confidence: {lt: high}}}", "when.confidence.lt"),
        ("rules:\n  - {name: a, queue: q, when: {confidence: {}}}", "give at least one of lt, le, gt, ge"),
        ("rules:\n  - {name: a, queue: q, when: {fields: {total: {gt: lots}}}}", "when.fields.total.gt"),
        ("rules:\n  - {name: a, queue: q, when: {status: done}}", "when.status.0"),
        ("rules:\n  - {name: a, queue: q}\n  - {name: a, queue: r}", "two rules are named 'a'"),
        ("rules:\n  - {queue: q}", "rule 1: name: Field required"),
        ("version: 2\nrules: []", "version"),
    ],
)
def test_bad_rules_get_a_clear_error(text: str, message: str) -> None:
    with pytest.raises(RoutingRulesError) as raised:
        parse_rules(text, "rules.yaml")
    assert str(raised.value).startswith("rules.yaml: ")
    assert message in str(raised.value)


def test_a_missing_rules_file_is_named(tmp_path: Path) -> None:
    with pytest.raises(RoutingRulesError, match=r"cannot read routing rules .*nope\.yaml"):
        load_rules(tmp_path / "nope.yaml")


def test_the_shipped_rules_file_is_valid() -> None:
    rules = load_rules(None)
    assert rules.rules[0].name == "failed" and rules.rules[1].name == "needs-review"
    assert rules.default_queue == "inbox"
