"""Routing: which team's or system's queue a finished document goes to.

The rules live in a YAML file (``pipeline/routing_rules.yaml`` by default); the first rule whose
conditions all hold names the queue, and ``default_queue`` takes what no rule matched::

    version: 1
    default_queue: inbox
    rules:
      - name: needs-review
        queue: review
        when: {status: needs_review}
      - name: large-invoices
        queue: approvals
        when:
          category: [invoice]
          fields: {total: {gt: 5000}}

Conditions: ``category``, ``status`` (a name or a list), ``confidence`` (``lt``, ``le``, ``gt``,
``ge``), ``sender`` (addresses), ``sender_domain`` (a domain matches its subdomains too) and
``fields`` (per field: ``lt``, ``le``, ``gt``, ``ge`` compared as decimals, ``eq``, ``ne``, ``in``,
``exists``; a plain value means ``eq``). A condition on a value the document lacks does not hold.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from email.utils import parseaddr
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any, Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator

from pipeline.records import RouteDecision

DEFAULT_RULES_RESOURCE = "routing_rules.yaml"
QUEUE_NAME = re.compile(r"^[a-z0-9][a-z0-9_.-]{0,63}$")
DocumentStatus = Literal["processed", "needs_review", "failed"]


class RoutingRulesError(ValueError):
    """A routing rules file that cannot be used; the message says where and why."""


@dataclass(frozen=True)
class RoutingInput:
    """What routing rules may look at."""

    document_id: int
    status: str
    category: str | None
    confidence: float | None
    from_addr: str | None = None
    fields: dict[str, str] = field(default_factory=dict)


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True)


class Bounds(_Strict):
    """Numeric bounds on the classifier's confidence; every bound given must hold."""

    lt: float | None = None
    le: float | None = None
    gt: float | None = None
    ge: float | None = None

    @model_validator(mode="after")
    def _some_bound(self) -> Bounds:
        if all(v is None for v in (self.lt, self.le, self.gt, self.ge)):
            raise ValueError("give at least one of lt, le, gt, ge")
        return self

    def holds(self, value: float | None) -> bool:
        if value is None:
            return False
        return (
            (self.lt is None or value < self.lt)
            and (self.le is None or value <= self.le)
            and (self.gt is None or value > self.gt)
            and (self.ge is None or value >= self.ge)
        )


class FieldTest(_Strict):
    """A test on one extracted field: decimal bounds, equality, membership or presence."""

    lt: Decimal | None = None
    le: Decimal | None = None
    gt: Decimal | None = None
    ge: Decimal | None = None
    eq: Decimal | str | None = None
    ne: Decimal | str | None = None
    in_: list[str] | None = Field(None, alias="in")
    exists: bool | None = None

    @model_validator(mode="before")
    @classmethod
    def _plain_value_means_eq(cls, value: Any) -> Any:
        if isinstance(value, str | int | float) and not isinstance(value, bool):
            return {"eq": value}
        return value

    @field_validator("eq", "ne", mode="before")
    @classmethod
    def _numbers_as_decimals(cls, value: Any) -> Any:
        if isinstance(value, int | float) and not isinstance(value, bool):
            return Decimal(str(value))
        return value

    @model_validator(mode="after")
    def _some_test(self) -> FieldTest:
        if all(getattr(self, name) is None for name in ("lt", "le", "gt", "ge", "eq", "ne", "in_", "exists")):
            raise ValueError("give at least one of lt, le, gt, ge, eq, ne, in, exists")
        return self

    def holds(self, raw: str | None) -> bool:
        present = raw is not None and raw.strip() != ""
        if self.exists is not None and present != self.exists:
            return False
        if raw is None or not present:
            return self._only_exists()  # every other test needs a value
        if not self._within_bounds(raw):
            return False
        if self.eq is not None and not _equal(raw, self.eq):
            return False
        if self.ne is not None and _equal(raw, self.ne):
            return False
        return self.in_ is None or raw.strip().casefold() in {v.strip().casefold() for v in self.in_}

    def _within_bounds(self, raw: str) -> bool:
        if self.lt is None and self.le is None and self.gt is None and self.ge is None:
            return True
        number = parse_decimal(raw)
        return number is not None and (
            (self.lt is None or number < self.lt)
            and (self.le is None or number <= self.le)
            and (self.gt is None or number > self.gt)
            and (self.ge is None or number >= self.ge)
        )

    def _only_exists(self) -> bool:
        return all(getattr(self, name) is None for name in ("lt", "le", "gt", "ge", "eq", "ne", "in_"))


class Conditions(_Strict):
    """What a document must look like for a rule to apply; all given conditions must hold."""

    category: list[str] | None = None
    status: list[DocumentStatus] | None = None
    confidence: Bounds | None = None
    sender: list[str] | None = None
    sender_domain: list[str] | None = None
    fields: dict[str, FieldTest] = Field(default_factory=dict)

    @field_validator("category", "status", "sender", "sender_domain", mode="before")
    @classmethod
    def _one_or_many(cls, value: Any) -> Any:
        return [value] if isinstance(value, str) else value

    @field_validator("sender")
    @classmethod
    def _addresses(cls, values: list[str] | None) -> list[str] | None:
        return None if values is None else [_address(v) or v.strip().lower() for v in values]

    @field_validator("sender_domain")
    @classmethod
    def _domains(cls, values: list[str] | None) -> list[str] | None:
        return None if values is None else [v.strip().lower().lstrip("@") for v in values]

    def hold_for(self, item: RoutingInput) -> bool:
        address = _address(item.from_addr)
        domain = address.rpartition("@")[2] if address and "@" in address else None
        return (
            (self.category is None or item.category in self.category)
            and (self.status is None or item.status in self.status)
            and (self.confidence is None or self.confidence.holds(item.confidence))
            and (self.sender is None or (address is not None and address in self.sender))
            and (
                self.sender_domain is None
                or (
                    domain is not None
                    and any(domain == d or domain.endswith("." + d) for d in self.sender_domain)
                )
            )
            and all(test.holds(item.fields.get(name)) for name, test in self.fields.items())
        )


class Rule(_Strict):
    """One routing rule: a name (recorded on the route), a queue, conditions."""

    name: str = Field(min_length=1, max_length=100)
    queue: str
    when: Conditions = Field(default_factory=Conditions)

    @field_validator("queue")
    @classmethod
    def _queue_name(cls, value: str) -> str:
        return _check_queue(value)


class RoutingRules(_Strict):
    """An ordered list of rules; the first that matches wins, else ``default_queue``."""

    version: Literal[1] = 1
    default_queue: str = "inbox"
    rules: list[Rule] = Field(default_factory=list)

    @field_validator("default_queue")
    @classmethod
    def _queue_name(cls, value: str) -> str:
        return _check_queue(value)

    @model_validator(mode="after")
    def _unique_names(self) -> RoutingRules:
        seen: set[str] = set()
        for rule in self.rules:
            if rule.name in seen:
                raise ValueError(f"two rules are named {rule.name!r}: rule names must be unique")
            seen.add(rule.name)
        return self

    def route(self, item: RoutingInput) -> RouteDecision:
        """The queue of the first rule that matches ``item``."""
        for rule in self.rules:
            if rule.when.hold_for(item):
                return RouteDecision(queue=rule.queue, rule=rule.name)
        return RouteDecision(queue=self.default_queue, rule="default")

    @property
    def queues(self) -> list[str]:
        """Every queue these rules can route to, in order of first mention."""
        return list(dict.fromkeys([*(rule.queue for rule in self.rules), self.default_queue]))


def _check_queue(value: str) -> str:
    if not QUEUE_NAME.match(value):
        raise ValueError(
            f"queue {value!r} is not a valid queue name: lowercase letters, digits, '_', '.', '-', "
            "at most 64 characters"
        )
    return value


def _address(from_addr: str | None) -> str | None:
    if not from_addr:
        return None
    address = parseaddr(from_addr)[1] or from_addr
    return address.strip().lower() or None


def _equal(raw: str, expected: Decimal | str) -> bool:
    if isinstance(expected, Decimal):
        number = parse_decimal(raw)
        return number is not None and number == expected
    return raw.strip().casefold() == expected.strip().casefold()


_NOT_NUMERIC = re.compile(r"[^\d.,\-+]")


def parse_decimal(raw: str) -> Decimal | None:
    """A decimal from an extracted amount (``5000``, ``5,000.00``, ``5.000,00``, ``EUR 5 000``); else None.

    With both ``,`` and ``.`` the later one is the decimal mark; a mark that occurs several times
    separates thousands; a single ``,`` followed by exactly three digits does too (``5,000``).
    """
    text = _NOT_NUMERIC.sub("", raw.replace("\u2212", "-"))
    if not text:
        return None
    if "," in text and "." in text:
        decimal_mark = "," if text.rfind(",") > text.rfind(".") else "."
        thousands = "." if decimal_mark == "," else ","
        text = text.replace(thousands, "").replace(decimal_mark, ".")
    elif text.count(",") > 1 or (
        text.count(",") == 1
        and len(text.rpartition(",")[2]) == 3
        and text.lstrip("+-").partition(",")[0] not in ("", "0")
    ):
        text = text.replace(",", "")
    elif "," in text:
        text = text.replace(",", ".")
    elif text.count(".") > 1:
        text = text.replace(".", "")
    try:
        value = Decimal(text)
    except InvalidOperation:
        return None
    return value if value.is_finite() else None


def load_rules(path: Path | None = None) -> RoutingRules:
    """Routing rules from a YAML file, or the default rules shipped with docpipe when ``path`` is None.

    Raises RoutingRulesError naming the file, the rule and the setting that is wrong.
    """
    if path is None:
        text = resources.files("pipeline").joinpath(DEFAULT_RULES_RESOURCE).read_text(encoding="utf-8")
        where = f"default rules ({DEFAULT_RULES_RESOURCE})"
    else:
        try:
            text = path.read_text(encoding="utf-8")
        except OSError as error:
            raise RoutingRulesError(f"cannot read routing rules {path}: {error.strerror or error}") from None
        where = str(path)
    return parse_rules(text, where)


def parse_rules(text: str, where: str = "routing rules") -> RoutingRules:
    """Routing rules from YAML text; ``where`` names the source in error messages."""
    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError as error:
        raise RoutingRulesError(f"{where}: not valid YAML: {error}") from None
    if not isinstance(data, dict):
        raise RoutingRulesError(f"{where}: expected a mapping with 'rules', got {type(data).__name__}")
    try:
        return RoutingRules.model_validate(data)
    except ValidationError as error:
        raise RoutingRulesError(_describe(where, data, error)) from None


def _describe(where: str, data: dict[str, Any], error: ValidationError) -> str:
    lines = [f"{where}: invalid routing rules"]
    raw_rules = data.get("rules")
    rules: list[Any] = raw_rules if isinstance(raw_rules, list) else []
    for problem in error.errors():
        loc = list(problem["loc"])
        prefix = ""
        if len(loc) >= 2 and loc[0] == "rules" and isinstance(loc[1], int):
            index = loc[1]
            raw = rules[index] if index < len(rules) else None
            name = raw.get("name") if isinstance(raw, dict) else None
            prefix = f"rule {index + 1}" + (f" ({name!r})" if name else "") + ": "
            loc = loc[2:]
        path = ".".join(str(part) for part in loc if not str(part).startswith("function-"))
        message = str(problem["msg"]).removeprefix("Value error, ")
        lines.append(f"  {prefix}{path + ': ' if path else ''}{message}")
    return "\n".join(lines)


@cache
def default_rules() -> RoutingRules:
    """The rules shipped with docpipe, loaded once."""
    return load_rules(None)


def route_document(item: RoutingInput, rules: RoutingRules | None = None) -> RouteDecision:
    """The queue for one document under ``rules`` (the default rules when None)."""
    return (rules or default_rules()).route(item)
