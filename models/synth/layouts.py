"""Layout families: named combinations of where the header, parties, table and totals sit, and how.

A family is what a supplier's invoicing software fixes once: page, font, header position, how the
parties are arranged, the table style, where the totals go. Documents of one family differ only in
their content. Families (and mail templates) are assigned to the train/val/test split by a hash of
their id, so the test split holds layouts the model never saw in training.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from dataclasses import dataclass

SPLITS = ("train", "val", "test")


@dataclass(frozen=True)
class Family:
    """One layout family.

    page: A4, letter, A5, r80 (80 mm till roll), r58 (58 mm roll).
    header: where the issuer's name and logo sit (left, right, centre); the title goes opposite.
    parties: window (DIN 5008 sender line and address window), side (both parties side by side),
      stacked (customer under the header, issuer details in the footer).
    meta: right (key/value block right of the address), left (under the address), row (a row of
      labelled cells across the page), box (a framed block), title (number in the title line).
    table: ruled, zebra, plain, boxed, shaded; receipts: single, two-line, columns.
    totals: right, left, full (full-width rows), boxed.
    footer: columns (company details in columns), line (one centred line), none.
    columns: table columns in order, from pos, code, desc, qty, price, rate, amount.
    """

    id: str
    doc_types: tuple[str, ...]
    page: str
    font: str
    header: str
    parties: str
    meta: str
    table: str
    totals: str
    footer: str
    accent: str
    size: float
    columns: tuple[str, ...]
    upper_labels: bool = False


# The families: id (its prefix names the document types), then page font header parties meta table
# totals footer accent size, the table columns, and "U" where labels are printed in capitals.
_PREFIX_TYPES = {"inv": ("invoice", "credit_note"), "rcp": ("receipt",), "po": ("purchase_order",),
                 "rem": ("payment_reminder",), "dn": ("delivery_note",)}  # fmt: skip
_TABLE = """
inv-01 A4     Helvetica left   window right ruled right columns #1f4e79 9 pos,desc,qty,price,amount
inv-02 A4     Helvetica right  side row zebra right line #7a1f2b 9 desc,qty,price,rate,amount  U
inv-03 A4     Times     left   stacked right plain right columns #222222 10 desc,qty,price,amount
inv-04 A4     Courier   left   window left boxed full line #000000 8.5 pos,code,desc,qty,price,amount
inv-05 letter Helvetica centre side box shaded boxed columns #0b6e4f 9 code,desc,qty,price,amount  U
inv-06 A4     Times     right  window title ruled right columns #3d3d8f 9.5 pos,desc,qty,price,rate,amount
inv-07 A4     Helvetica left   stacked row zebra left columns #c75000 8.5 desc,qty,price,rate,amount  U
inv-08 A5     Helvetica left   stacked right plain full line #444444 8 desc,qty,price,amount
inv-09 A4     Courier   right  side right ruled right none #000000 9 pos,desc,qty,price,amount
inv-10 A4     Helvetica centre window box boxed right columns #005f87 9 pos,code,desc,qty,price,rate,amount
inv-11 letter Times     left   side left shaded full columns #5b3a29 10 desc,qty,price,amount  U
inv-12 A4     Helvetica right  stacked title plain boxed line #8a2be2 9 code,desc,qty,price,amount
inv-13 A4     Times     centre stacked row ruled left columns #2f4f4f 9.5 pos,desc,qty,rate,price,amount
inv-14 A4     Helvetica left   side title zebra boxed columns #b22222 8.5 desc,code,qty,price,amount
inv-15 A4     Courier   centre window right plain right columns #000000 8.5 desc,qty,price,amount  U
inv-16 A5     Times     right  window box ruled full none #333366 8 desc,qty,price,amount
inv-17 A4     Helvetica right  window left shaded left line #006400 9 pos,desc,rate,qty,price,amount
inv-18 letter Helvetica left   stacked box boxed right columns #4b0082 9 pos,code,desc,qty,price,amount  U
rcp-01 r80    Courier   centre stacked right single full none #000000 8.5 desc,amount  U
rcp-02 r80    Helvetica centre stacked right two-line full none #000000 8 desc,amount
rcp-03 r58    Courier   centre stacked right single full none #000000 7.5 desc,amount  U
rcp-04 r80    Helvetica left   stacked right columns full none #000000 8 desc,qty,price,amount
rcp-05 r80    Times     centre stacked right two-line full line #000000 8.5 desc,amount
rcp-06 r58    Helvetica centre stacked right two-line full none #000000 7.5 desc,amount
rcp-07 r80    Courier   left   stacked right columns full line #000000 8 qty,desc,amount  U
rcp-08 A5     Helvetica centre stacked right columns boxed line #1f4e79 9 desc,qty,price,amount
po-01  A4     Helvetica left   side right ruled right columns #1f4e79 9 pos,code,desc,qty,price,amount
po-02  A4     Times     right  window row plain full line #333333 9.5 pos,desc,qty,price,amount  U
po-03  A4     Courier   left   stacked right boxed right line #000000 8.5 code,desc,qty,price,amount
po-04  letter Helvetica centre side box zebra boxed columns #0b6e4f 9 pos,desc,qty,price,rate,amount
po-05  A4     Helvetica right  stacked title shaded left columns #7a1f2b 8.5 desc,qty,price,amount  U
po-06  A4     Times     left   window left ruled right none #2f4f4f 9.5 pos,code,desc,qty,price,amount
po-07  A5     Helvetica left   stacked row plain full line #444444 8 desc,qty,price,amount
po-08  A4     Helvetica centre window right boxed boxed columns #005f87 9 pos,desc,qty,price,amount  U
rem-01 A4     Helvetica left   window right ruled right columns #1f4e79 10 desc,amount
rem-02 A4     Times     right  window right plain right line #222222 10.5 desc,amount
rem-03 letter Helvetica centre stacked left boxed full columns #7a1f2b 10 desc,amount
rem-04 A4     Courier   left   stacked left plain full none #000000 9.5 desc,amount
rem-05 A4     Helvetica right  window box shaded right line #0b6e4f 10 desc,amount
rem-06 A4     Times     left   stacked right zebra right columns #3d3d8f 10 desc,amount
dn-01  A4     Helvetica left   window right ruled right columns #1f4e79 9 pos,code,desc,qty
dn-02  A4     Times     right  side row boxed right line #333333 9.5 pos,desc,qty
dn-03  A4     Courier   left   stacked right plain right none #000000 8.5 code,desc,qty  U
dn-04  letter Helvetica centre window box zebra right columns #0b6e4f 9 pos,code,desc,qty
dn-05  A5     Helvetica left   stacked left shaded right line #7a1f2b 8 desc,qty
"""


def _parse(table: str) -> tuple[Family, ...]:
    families = []
    for row in table.strip().splitlines():
        fid, page, font, header, parties, meta, style, totals, footer, accent, size, columns, *upper = (
            row.split()
        )
        families.append(
            Family(
                fid, _PREFIX_TYPES[fid.split("-")[0]], page, font, header, parties, meta, style, totals,
                footer, accent, float(size), tuple(columns.split(",")), upper == ["U"],
            )
        )  # fmt: skip
    return tuple(families)


FAMILIES: tuple[Family, ...] = _parse(_TABLE)
INVOICE_LIKE_TYPES = ("invoice", "credit_note", "receipt", "purchase_order")


def families_for(doc_type: str, split: str | None = None) -> list[Family]:
    """The families that lay out ``doc_type``, only those of ``split`` when given."""
    found = [f for f in FAMILIES if doc_type in f.doc_types]
    if split is None:
        return found
    splits = split_assignment(f.id for f in found)
    return [f for f in found if splits[f.id] == split]


def split_assignment(ids: Iterable[str]) -> dict[str, str]:
    """train/val/test for each id of one group (the families of a document type, the templates of a
    mail category and language): ids ordered by a hash of the id, about 15% to val and 15% to test,
    at least one each when there are three or more ids. Stable: independent of seed and count."""
    ordered = sorted(set(ids), key=lambda i: hashlib.sha256(i.encode()).hexdigest())
    n = len(ordered)
    n_test = max(1, round(n * 0.15)) if n >= 3 else 0
    n_val = max(1, round(n * 0.15)) if n >= 3 else 0
    out = {}
    for position, ident in enumerate(ordered):
        out[ident] = "test" if position < n_test else "val" if position < n_test + n_val else "train"
    return out
