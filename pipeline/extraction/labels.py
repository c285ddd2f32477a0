"""The labels invoices print next to their values, in English, Dutch, German and French.

Each label names the field its value fills and how much it is trusted. Labels that name something
else (a customer number, a delivery date, the tax currency) are listed too, so that a shorter
label inside them (``Nummer``, ``Datum``, ``Währung``) does not claim their value. At each position
the longest label wins.
"""

from __future__ import annotations

import importlib
import re
from dataclasses import dataclass
from functools import lru_cache

# fmt: off
# Titles before "Nr." that make an invoice number label ("Rechnung des Versicherers (575) Nr. ...").
_TITLES = (
    "rechnung", "handelsrechnung", "stornorechnung", "schlussrechnung", "teilrechnung", "abschlagsrechnung",
    "gutschrift", "rechnungskorrektur", "buchungshilfe",
)
# "Total" labels of a part of the document, not of its whole: a discount, a count, one tax rate's
# supplies (a GST summary's "Total 6% supplies (excl. GST): 7.44"), a prepayment. They are "other"
# labels; the amount after one is never the total either (``part_total_before``).
_PART_TOTALS = (
    "total (?:item )?discounts?", "total qty\\.?", "total quantity", "total items?",
    "total \\S{1,3} supp\\S{1,2}ies(?: \\([^)\\n]{0,24}\\))?", "total prepaid",
)
# field, weight, patterns (spaces match any whitespace, also none)
_LABELS: list[tuple[str, float, tuple[str, ...]]] = [
    ("invoice_number", 1.0, ("invoice (?:no|nr|num|number|#)\\.?", "invoice number",
        "inv(?:oice)?\\.? ?(?:no|#)\\.?", "bill no\\.?", "receipt (?:no|number|#)\\.?",
        "credit (?:note|memo) (?:no|number|#)\\.?", "document (?:no|number)\\.?",
        "factuur ?(?:nummer|nr\\.?|no\\.?)", "creditnota ?(?:nummer|nr\\.?)",
        "rechnungs ?-?(?:nummer|nr\\.?)", "re-nr\\.?", "gutschrifts ?-?(?:nummer|nr\\.?)",
        *(f"{title}(?:(?!bestell|auftrag)[^:\\n]){{0,40}}?\\bnr\\.?" for title in _TITLES),
        "beleg ?-?(?:nummer|nr\\.?)", "bon ?-?(?:nummer|nr\\.?)", "bonnr\\.?", "kassenbon ?-?nr\\.?",
        "n[°o]\\.? ?(?:de )?facture", "num[ée]ro (?:de )?facture", "r[ée]f\\.? facture",
        "facture ?(?:n[°o]\\.?|num[ée]ro)", "avoir ?(?:n[°o]\\.?|num[ée]ro)", "n[°o]\\.? ?(?:d['’] ?)?avoir",
        "num[ée]ro d['’] ?avoir")),
    # Receipt and till numbers, and the bare "Number" of a document's own key/value block.
    ("invoice_number", 0.7, ("ticket ?(?:n[°o]\\.?|nr\\.?|#)?", "n[°o]\\.? ?ticket",
        "trans(?:action|actie)?\\.?",
        "trans\\. ?-?nr\\.?", "nummer", "number", "n[°o]\\.?", "nr\\.?", "no\\.")),
    ("invoice_title", 0.75, ("invoice", "tax invoice", "credit note", "factuur", "creditnota", "rechnung",
        "gutschrift", "facture", "avoir", "faktura(?: vat)? nr", "#")),
    ("invoice_date", 1.0, ("invoice date", "date of invoice", "invoice dated", "date of issue",
        "issue date", "tax point", "factuurdatum", "factuur datum", "datum factuur", "rechnungsdatum",
        "belegdatum", "ausstellungsdatum", "ausgestellt am", "date (?:de (?:la )?)?facture",
        "date d['’][ée]mission", "[ée]mis le", "data wystawienia", "opgemaakt op", "datum document")),
    ("invoice_date", 0.7, ("date", "datum", "dated", "le")),
    ("invoice_date", 0.5, ("vom", "du", "van", "of")),
    # A purchase order's own date; on other documents it is "other" (see ``label_field``).
    ("order_date", 1.0, ("order date", "date ordered", "orderdatum", "besteldatum", "bestelldatum",
        "auftragsdatum", "date de commande", "command[ée] le")),
    ("due_date", 1.0, ("due date", "date due", "due by", "payment due(?: date| by| on)?", "pay(?:able)? by",
        "vervaldatum", "vervaldag", "uiterste betaaldatum", "te betalen v[óo]{1,2}r",
        "f[äa]llig(?:keit|keitsdatum| am| bis| zum)?", "zahlbar bis(?: zum)?", "zahlungsziel",
        "date d['’] ?[ée]ch[ée]ance", "[ée]ch[ée]ance", "[àa] payer avant le", "payer avant le",
        "date limite de paiement")),
    ("due_date", 0.8, ("zahlbar\\b[^\\n]{0,60}?\\bbis(?: zum)?", "betalen v[óo]{1,2}r",
        "payable (?:on|before)")),
    ("total", 1.0, ("grand total", "rounded total", "total sales", "total incl\\.? gst",
        "total amount payable", "total amount", "invoice total", "total due", "total [àa] payer",
        # A rate may follow the tax's name: "GST@6%", which OCR reads "GSTH6x".
        "total (?:incl|including|inc)\\.? ?(?:vat|tax|gst)\\S{0,4}", "totaal ?(?:bedrag|incl\\.? ?btw)?",
        "totaal inclusief btw", "factuurbedrag", "gesamtbetrag", "gesamtsumme", "bruttosumme",
        "bruttobetrag", "rechnungsbetrag", "endbetrag", "summe brutto", "gesamt brutto", "montant ttc",
        "total ttc", "montant total", "montant total ttc", "total facture", "należność ogółem",
        # credit notes and orders
        "total credit", "credit total", "amount credited", "totaal credit", "te crediteren",
        "gutschriftsbetrag", "summe gutschrift", "total avoir(?: ttc)?", "montant de l['’] ?avoir",
        "order total", "total value", "totaal order", "orderbedrag", "bestellwert", "auftragswert",
        "total commande",
        # receipts: the amount after rounding and with the sales tax
        "total sales \\(?incl(?:usive|\\.)?(?: of)? (?:gst|vat|tax)\\)?",
        "total \\(?incl(?:usive|\\.)?(?: of)? ?(?:gst|vat|tax)\\)?",
        "total after adj(?:ustment)?(?: incl\\.? (?:gst|vat))?", "total rounded", "nett? total rounded",
        "total payable amount",
        "total rm incl\\.? of gst")),
    ("total", 0.85, ("total", "totaal", "summe", "gesamt", "razem")),
    ("total", 0.7, ("brutto", "ttc")),
    ("amount_due", 0.9, ("amount due", "balance due", "amount payable", "total payable", "to pay",
        "te betalen", "openstaand(?: bedrag)?", "zahlbetrag", "zu zahlen", "noch zu zahlen",
        "solde [àa] payer", "reste [àa] payer", "net [àa] payer", "montant d[ûu]")),
    ("subtotal", 1.0, ("sub ?-?total", "subtotaal", "zwischensumme", "sous-? ?total",
        "net (?:amount|total)", "total net",
        "total (?:excl|excluding|before|w/o|without)\\.? ?(?:vat|tax(?:es)?|gst)", "amount untaxed",
        "untaxed amount", "taxable amount", "exclusief btw", "excl\\.? ?btw", "totaal excl\\.? ?btw",
        "totaal exclusief btw", "bedrag excl\\.? ?btw", "netto ?(?:betrag|summe|bedrag)", "summe netto",
        "gesamt netto", "rechnungssumme ohne ust\\.?", "total ht", "montant ht", "montant total ht",
        "total hors taxes?", "razem netto", "total sales \\(?excl(?:uding|\\.)? (?:gst|vat|tax)\\)?",
        "total \\(?excl(?:uding|\\.)? (?:gst|vat)\\)?")),
    ("subtotal", 0.7, ("net", "netto", "ht")),
    ("tax_total", 1.0, ("total (?:vat|tax(?:es)?|gst)", "vat amount", "vat total", "tax amount",
        "sales tax", "btw ?bedrag", "totaal btw", "steuerbetrag", "mehrwertsteuer",
        "umsatzsteuer ?(?:betrag|gesamt)?", "mwst\\.? ?betrag", "total tva", "montant (?:de la )?tva",
        "total taxes", "kwota vat")),
    ("tax_total", 0.8, ("vat", "tax", "gst", "btw", "mwst\\.?", "ust\\.?", "tva", "taxes", "omzetbelasting")),
    # Column headings of a tax breakdown ("Tarief  Excl.  BTW  Incl."): only read as headings.
    ("gross", 1.0, ("incl\\.?", "inkl\\.?", "gross", "brutto")),
    ("net", 1.0, ("excl\\.?", "exkl\\.?")),
    ("line_total", 1.0, ("positionssumme", "summe positionen", "total lines", "warenwert gesamt")),
    ("currency", 1.0, ("currency", "valuta", "munteenheid", "w[äa]hrung", "rechnungsw[äa]hrung", "devise",
        "monnaie", "all amounts in", "alle bedragen in", "alle betr[äa]ge in", "montants exprim[ée]s en")),
    ("supplier_vat", 1.0, ("vat (?:no|nr|number|reg(?:istration)?\\.? (?:no|number)|id)\\.?", "vat-?id",
        "btw ?-?(?:nr|nummer|id)\\.?", "btw-identificatienummer", "ust\\.? ?-?id\\.? ?-?nr\\.?",
        "ust-?idnr\\.?", "ust\\.? ?-?id", "umsatzsteuer ?-?id(?:entifikationsnummer)?",
        "mwst\\.? ?-?nr\\.?", "n[°o]\\.? ?(?:de )?tva(?: intra(?:com(?:munautaire)?)?)?",
        "tva intra(?:com(?:munautaire)?)?", "num[ée]ro de tva", "nip", "tax id", "gstin",
        "uid(?:-nr\\.?)?")),
    ("supplier_vat", 0.7, ("vat", "btw", "tva")),
    ("customer_vat", 1.0, ("n[°o]\\.? ?tva client", "tva client", "customer vat(?: no\\.?| number)?",
        "your vat (?:no\\.?|number)", "btw ?-?nummer klant", "uw btw ?-?nummer",
        "ihre ust\\.? ?-?id\\.? ?-?nr\\.?",
        "ust-?idnr\\.? (?:des )?kunden?", "votre n[°o]\\.? ?tva")),
    ("iban", 1.0, ("iban", "iban ?-?nr\\.?", "iban number", "bank account \\(iban\\)", "rekeningnummer",
        "bankrekening")),
    ("customer_iban", 1.0, ("k[äa]ufer-? ?iban", "debtor iban", "iban (?:du )?client", "iban klant",
        "ihre iban", "your iban")),
    ("bic", 1.0, ("bic", "swift(?: code)?", "bic/swift", "swift/bic", "swift-?bic", "bic-code", "code bic",
        "verk[äa]ufer-bic")),
    ("po_number", 1.0, ("p\\.? ?o\\.? ?(?:no|number|#)\\.?", "purchase order(?: no\\.?| number)?",
        "your order(?: no\\.?| number)?", "order (?:no|number|ref(?:erence)?)\\.?", "ordernummer",
        "ordernr\\.?",
        "bestelnummer", "inkoopordernummer", "inkoopordernr\\.?", "uw (?:order|bestel)(?:nummer|referentie)",
        "uw bestelling", "bestellnummer", "bestell-nr\\.?", "bestellung nr\\.?", "ihre bestellung",
        "ihre bestell-?nr\\.?", "bestellreferenz", "auftrags ?-?(?:nummer|nr\\.?)",
        "bon de commande(?: n[°o])?",
        "n[°o]\\.? ?(?:de )?commande", "commande n[°o]", "votre commande", "num[ée]ro de commande",
        "r[ée]f\\.? commande")),
    ("po_number", 0.7, ("votre r[ée]f[ée]rence", "your reference", "your ref\\.?", "ihre referenz",
        "ihr zeichen", "uw referentie", "reference")),
    ("supplier", 1.0, ("seller", "supplier", "vendor", "from", "verk[äa]ufer", "lieferant", "leverancier",
        "verkoper", "fournisseur", "vendeur", "[ée]metteur", "sprzedawca", "van", "von", "absender", "de")),
    ("customer", 1.0, ("bill to", "billed to", "invoice to", "sold to", "customer", "client", "buyer",
        "k[äa]ufer(?:/leistungsempf[äa]nger)?", "rechnungsempf[äa]nger", "leistungsempf[äa]nger", "kunde",
        "rechnungsadresse", "klant", "factuuradres", "gefactureerd aan", "afnemer", "koper", "besteller",
        "opdrachtgever", "auftraggeber", "adresse de facturation", "factur[ée] [àa]", "acheteur",
        "command[ée] par", "ordered by", "purchaser", "nabywca")),
    # The party a letter is addressed to: the customer, but the supplier on a purchase order.
    ("addressee", 1.0, ("to", "aan", "an", "destinataire", "[àa] l['’] ?attention de")),
    # Blocks of a party that is neither: the delivery address, a tax representative, another payee.
    ("delivery", 1.0, ("adresse de livraison", "livrer [àa]", "ship to", "deliver to", "delivery address",
        "leveradres", "afleveradres", "lieferadresse", "lieferanschrift",
        "steuerbevollm[äa]chtigter(?: des verk[äa]ufers)?",
        "abweichender (?:warenempf[äa]nger|zahlungsempf[äa]nger|rechnungsempf[äa]nger)")),
    ("name", 1.0, ("name", "naam", "nom", "company", "firma", "bedrijf", "raison sociale")),
    # Labels of other things: they keep their values away from the fields above.
    # A cash rounding ("Rounding Adj: -0.02"): the total printed after it is the rounded one.
    ("rounding", 1.0, ("rounding(?: adj(?:ustment)?\\.?)?", "rundung", "afronding", "arrondi")),
    # What a customer handed over, and the change given back: a receipt's total is the difference.
    # "Cash & Carry" is a kind of wholesaler in a shop's name ("SLF CASH & CARRY"), not a payment.
    ("tendered", 1.0, ("cash(?! (?:&|and) carry)", "cash tendered", "tendered", "cash received",
        "amount tendered", "contant", "bar", "gegeben", "esp[èe]ces", "card", "debit card", "credit card",
        "contactless", "pin", "pinnen",
        "betaalkaart", "ec-karte", "kartenzahlung", "girocard", "cb", "carte bancaire", "sans contact")),
    ("change", 1.0, ("change", "change due", "wisselgeld", "terug", "r[üu]ckgeld", "zur[üu]ck", "rendu",
        "monnaie rendue")),
    ("other", 1.0, (*_PART_TOTALS, "total excluded tax",
        "customer (?:no|number|id)\\.?", "kundennummer", "kunden-?nr\\.?",
        "ihre kundennummer", "klantnummer", "klantnr\\.?", "debiteurnr\\.?", "debitor", "client ref\\.?",
        "code client", "r[ée]f\\.? client", "n[°o]\\.? ?client", "account (?:no|number)\\.?",
        "supplier (?:no|number)\\.?", "vendor (?:id|no)\\.?", "leveranciersnr\\.?", "crediteurnr\\.?",
        "lieferanten ?-?(?:nummer|nr\\.?)", "kreditor", "n[°o]\\.? ?fournisseur", "code fournisseur",
        "delivery date", "date of supply", "delivered", "leverdatum", "afleverdatum",
        "liefer-? ?(?:und leistungs)?datum", "liefertermin", "leistungsdatum", "date de livraison",
        "livr[ée] le",
        "gesamtbetrag der (?:zuschl[äa]ge|abschl[äa]ge)", "erhaltene anzahlungen", "steuernummer",
        "tax number", "w[äa]hrung der umsatzsteuerbuchung", "tax rate", "vat rate", "vat %", "btw ?%",
        "mwst\\.? ?%", "tva ?%", "taux(?: tva)?", "tarief", "steuersatz", "satz",
        "prijs incl\\.? ?btw", "incl\\.? ?btw", "prepaid amount", "anzahlung",
        "acompte", "globale nummer", "handelsregisternummer", "siret", "siren", "rcs", "kvk", "telefon",
        "telefoon", "t[ée]l[ée]phone", "phone", "t[ée]l\\.?", "fon", "fax", "mandatsreferenz",
        "gl[äa]ubiger ?-?id", "art-nr", "art\\.?-?nr\\.?", "artikelnr\\.?", "item no\\.?", "zahlungstyp",
        "kontoname", "page", "pagina", "blad", "seite", "payment terms", "terms", "betalingsvoorwaarden",
        "betalingstermijn", "zahlungsbedingungen", "conditions de paiement", "facture li[ée]e",
        "réf\\. march[ée]", "bestellung vom", "rechnung gem[äa][ßs]",
        # the invoice a credit note corrects, and other references to earlier documents
        "original invoice", "relates to invoice", "credit for invoice", "oorspronkelijke factuur",
        "creditering van factuur", "betreft factuur", "gutschrift zu rechnung", "bezug: rechnung",
        "korrektur der rechnung", "avoir sur facture", "annule et remplace la facture",
        "facture d['’] ?origine",
        "cashier", "served by", "till", "kassa", "medewerker", "kasse", "bediener", "caisse", "caissier")),
]
# fmt: on

# Every field a label can name, in a fixed order (the learned scorer's label features).
LABEL_FIELDS: tuple[str, ...] = tuple(dict.fromkeys(field for field, _, _ in _LABELS))
# Fields whose label must open its line and stand alone (a section heading like "Verkäufer:").
SECTION_FIELDS = frozenset({"supplier", "customer", "addressee", "delivery", "name"})


@dataclass(frozen=True)
class Label:
    """A label found in a line: the field its value fills, how much it counts, where it is."""

    field: str
    weight: float
    start: int
    end: int


def _regex(pattern: str) -> str:
    body = pattern.replace(" ?", " ").replace(" ", r"\s*")  # greedy: "totaal incl. btw", not "totaal"
    if len(pattern) >= 6 and pattern[0].isalpha() and pattern[1].isalpha():
        body = body[0] + r"\s?" + body[1:]  # "F actuurnummer": a text layer that split a drop letter
    return f"(?:{body})(?!\\w)"


def _first_chars(pattern: str) -> str:
    """The characters a label can start with (patterns open with a letter, a class or a sign)."""
    if pattern.startswith("["):
        return pattern[1 : pattern.index("]")]
    if not (pattern[0].isalnum() or pattern[0] in "#°"):  # "(?:...)" would be tried at no word start
        raise ValueError(f"label pattern {pattern!r} must open with a letter, a class or a sign")
    return pattern[0]


def _widths(regex: str) -> tuple[int, int]:
    low, high = importlib.import_module("re._parser").parse(regex).getwidth()
    return int(low), min(int(high), 1000)


@lru_cache(maxsize=1)
def _compiled() -> dict[str, tuple[re.Pattern[str], list[list[tuple[str, float]]]]]:
    """Per first character, one alternation of the labels that start with it, longest first.

    Trying labels only where a word starts, and only those that can start there, is what keeps
    this fast; Python tries alternatives in order, so the ones that match the most text go first
    and the longest label wins ("N° TVA client" over "N° TVA"). One pattern can label two fields
    ("BTW" before a VAT number or before an amount): both are kept, the value's kind decides.
    """
    meanings: dict[str, list[tuple[str, float]]] = {}
    for field, weight, patterns in _LABELS:
        for pattern in patterns:
            meanings.setdefault(pattern, []).append((field, weight))
    buckets: dict[str, list[str]] = {}
    for pattern in meanings:
        for char in _first_chars(pattern):
            buckets.setdefault(char.lower(), []).append(pattern)
    compiled = {}
    for char, starting in buckets.items():
        ordered = sorted(starting, key=lambda pattern: _widths(_regex(pattern)), reverse=True)
        groups = "|".join(f"(?P<g{index}>{_regex(pattern)})" for index, pattern in enumerate(ordered))
        compiled[char] = (re.compile(groups, re.IGNORECASE), [meanings[pattern] for pattern in ordered])
    return compiled


_STARTS = re.compile(r"(?<!\w)\w|#")
_PART_TOTAL = re.compile("|".join(_regex(pattern) for pattern in _PART_TOTALS), re.IGNORECASE)


def part_total_before(text: str, labels: list[Label], start: int) -> bool:
    """Whether the label nearest before ``start`` in the line ``text`` (its ``labels``) is a part's
    total (``_PART_TOTALS``)."""
    before = [label for label in labels if label.end <= start]
    return bool(before) and bool(_PART_TOTAL.fullmatch(text, before[-1].start, before[-1].end))


def find_labels(text: str) -> list[Label]:
    """The labels in one line of text, left to right, none overlapping (one per meaning)."""
    buckets = _compiled()
    found = []
    position = 0
    for start in _STARTS.finditer(text):
        if start.start() < position:
            continue
        bucket = buckets.get(start.group().lower())
        match = bucket[0].match(text, start.start()) if bucket else None
        if bucket is None or match is None:
            continue
        position = match.end()
        for field, weight in bucket[1][int(str(match.lastgroup)[1:])]:
            if field in SECTION_FIELDS and not _stands_alone(text, match.start(), match.end()):
                continue
            found.append(Label(field, weight, match.start(), match.end()))
    return found


def _stands_alone(text: str, start: int, end: int) -> bool:
    rest = text[end:].lstrip()
    return not text[:start].strip() and (not rest or rest[0] in ":/")
