"""The printed wording of documents in English, Dutch, German and French, several synonyms per label.

A document takes one ``Wording``; it picks one synonym per label the first time the label is asked
for and keeps it, so that a document is consistent with itself while the corpus varies.
"""

from __future__ import annotations

import random

from models.synth.sentences import SENTENCES

# The labels, in a small format: a label key on its own line, then indented lines "lang synonym|synonym"
# (several lines per language add up); a line "+ text" continues the previous synonym. Placeholders
# such as {n}, {days}, {ref} are filled in by the caller.
_BANK = """
title.invoice
    en INVOICE|Invoice|Tax Invoice|VAT Invoice|Sales Invoice
    nl FACTUUR|Factuur|Verkoopfactuur
    de RECHNUNG|Rechnung
    fr FACTURE|Facture
title.credit_note
    en CREDIT NOTE|Credit Note|Credit Memo|Credit Invoice
    nl CREDITNOTA|Creditnota|Creditfactuur
    de GUTSCHRIFT|Gutschrift|Rechnungskorrektur
    fr AVOIR|Avoir|Facture d'avoir|Note de crédit
title.receipt
    en RECEIPT|Receipt|Sales Receipt|TILL RECEIPT
    nl KASSABON|Kassabon|Bon|Kwitantie
    de KASSENBON|Kassenbon|Quittung|Beleg
    fr TICKET DE CAISSE|Ticket|Reçu|Quittance
title.purchase_order
    en PURCHASE ORDER|Purchase Order|Order
    nl INKOOPORDER|Inkooporder|Bestelling|Bestelbon
    de BESTELLUNG|Bestellung|Auftrag
    fr BON DE COMMANDE|Bon de commande|Commande
title.payment_reminder
    en Payment reminder|Reminder: overdue invoice|Second reminder|Final notice
    nl Betalingsherinnering|Herinnering|Tweede herinnering|Aanmaning
    de Zahlungserinnerung|Mahnung|1. Mahnung|Letzte Mahnung
    fr Rappel de paiement|Relance|Relance de facture impayée|Mise en demeure
title.delivery_note
    en DELIVERY NOTE|Delivery Note|Packing Slip|Dispatch Note
    nl PAKBON|Pakbon|Afleverbon|Leverbon
    de LIEFERSCHEIN|Lieferschein
    fr BON DE LIVRAISON|Bon de livraison|Bordereau de livraison
invoice_number
    en Invoice number|Invoice No.|Invoice #|Invoice no|Inv. No.
    nl Factuurnummer|Factuurnr.|Factuur nr.|Nummer
    de Rechnungsnummer|Rechnungs-Nr.|Rechnung Nr.|Re-Nr.
    fr N° de facture|Numéro de facture|Facture n°|Réf. facture
credit_number
    en Credit note number|Credit note no.|Credit memo #|Document no.
    nl Creditnotanummer|Creditnota nr.|Nummer
    de Gutschriftsnummer|Gutschrift-Nr.|Beleg-Nr.
    fr N° d'avoir|Numéro d'avoir|Avoir n°
receipt_number
    en Receipt no.|Receipt #|Trans.|Ticket
    nl Bonnr.|Bon nr.|Transactie|Ticket
    de Bon-Nr.|Beleg-Nr.|Bonnummer|Trans.-Nr.
    fr Ticket n°|N° ticket|Transaction|N°
po_number
    en Order number|PO number|Purchase order no.|PO #|Order no.
    nl Ordernummer|Bestelnummer|Inkoopordernr.|Ordernr.
    de Bestellnummer|Bestell-Nr.|Auftragsnummer|Auftrags-Nr.
    fr N° de commande|Numéro de commande|Commande n°|Bon de commande n°
po_ref
    en Your order|Your ref.|PO number|Purchase order|Order ref.
    nl Uw ordernummer|Uw referentie|Inkoopordernr.|Uw bestelling
    de Ihre Bestellung|Ihre Bestell-Nr.|Ihr Zeichen|Bestellreferenz
    fr Votre commande|Votre référence|Réf. commande|Bon de commande
date
    en Invoice date|Date|Date of issue|Tax point|Issue date
    nl Factuurdatum|Datum|Datum factuur
    de Rechnungsdatum|Datum|Belegdatum|Ausstellungsdatum
    fr Date de facture|Date|Date d'émission|Le
doc_date
    en Date|Date of issue|Dated
    nl Datum|Opgemaakt op|Datum document
    de Datum|Belegdatum|Ausgestellt am
    fr Date|Date d'émission|Émis le
order_date
    en Order date|Date|Date ordered
    nl Besteldatum|Datum|Orderdatum
    de Bestelldatum|Datum|Auftragsdatum
    fr Date de commande|Date|Commandé le
due_date
    en Due date|Payment due|Due by|Pay by
    nl Vervaldatum|Te betalen voor|Uiterste betaaldatum
    de Fällig am|Zahlbar bis|Fälligkeitsdatum|Zahlungsziel
    fr Date d'échéance|Échéance|À payer avant le
delivery_date
    en Delivery date|Date of supply|Delivered
    nl Leverdatum|Afleverdatum
    de Lieferdatum|Leistungsdatum|Liefertermin
    fr Date de livraison|Livré le
customer_number
    en Customer no.|Account no.|Customer ID|Client ref.
    nl Klantnummer|Debiteurnr.|Klantnr.
    de Kundennummer|Kunden-Nr.|Debitor
    fr N° client|Code client|Réf. client
supplier_number
    en Supplier no.|Vendor ID|Vendor no.
    nl Leveranciersnr.|Crediteurnr.
    de Lieferantennummer|Lieferanten-Nr.|Kreditor
    fr N° fournisseur|Code fournisseur
vat_id
    en VAT No.|VAT Reg No.|VAT number|VAT ID
    nl BTW-nummer|Btw-nr.|BTW nr.|Btw-id
    de USt-IdNr.|USt-ID|Umsatzsteuer-ID|UID-Nr.
    fr N° TVA|TVA intracommunautaire|N° TVA intracom.|TVA
customer_vat
    en Customer VAT No.|Your VAT number
    nl BTW-nummer klant|Uw btw-nummer
    de Ihre USt-IdNr.|USt-IdNr. Kunde
    fr Votre N° TVA|TVA client
iban
    en IBAN|IBAN|Bank account (IBAN)
    nl IBAN|IBAN|Rekeningnummer|Bankrekening
    de IBAN|IBAN|Bankverbindung IBAN
    fr IBAN|IBAN|Coordonnées bancaires IBAN
bic
    en BIC|SWIFT/BIC|SWIFT
    nl BIC|BIC-code|SWIFT
    de BIC|SWIFT-BIC|BIC/SWIFT
    fr BIC|Code BIC|SWIFT
bank
    en Bank|Bank name|Bank details
    nl Bank|Bankgegevens
    de Bank|Kreditinstitut|Bankverbindung
    fr Banque|Domiciliation|Coordonnées bancaires
subtotal
    en Subtotal|Net total|Total excl. VAT|Net amount|Total before tax
    nl Subtotaal|Totaal excl. btw|Netto bedrag|Totaal exclusief BTW
    de Zwischensumme|Nettobetrag|Summe netto|Gesamt netto
    fr Sous-total|Total HT|Montant HT|Total hors taxes
tax
    en VAT|VAT|Tax|Sales tax
    nl BTW|Btw|Omzetbelasting
    de MwSt.|USt.|Umsatzsteuer|Mehrwertsteuer
    fr TVA|TVA|Montant TVA
total
    en Total|Total due|Invoice total|Grand total|Total incl. VAT|Amount due
    nl Totaal|Totaal incl. btw|Te betalen|Totaalbedrag|Totaal inclusief BTW
    de Gesamtbetrag|Rechnungsbetrag|Summe brutto|Gesamt|Endbetrag|Zahlbetrag
    fr Total TTC|Net à payer|Montant TTC|Total à payer|Total
credit_total
    en Total credit|Credit total|Amount credited|Total
    nl Totaal credit|Te crediteren|Totaal
    de Gutschriftsbetrag|Gesamtbetrag|Summe Gutschrift
    fr Total avoir TTC|Montant de l'avoir|Total TTC
po_total
    en Order total|Total|Total value
    nl Totaal order|Totaal|Orderbedrag
    de Bestellwert|Gesamtbetrag|Auftragswert
    fr Total commande|Montant total|Total TTC
description
    en Description|Item|Product / service|Details
    nl Omschrijving|Artikel|Product
    de Bezeichnung|Beschreibung|Artikel|Leistung
    fr Désignation|Description|Libellé|Article
quantity
    en Qty|Quantity|Units
    nl Aantal|Aant.|Hoeveelheid
    de Menge|Anz.|Anzahl
    fr Qté|Quantité|Qté.
unit_price
    en Unit price|Price|Rate|Unit cost
    nl Prijs|Stukprijs|Eenheidsprijs|Prijs p/st
    de Einzelpreis|E-Preis|Preis|Stückpreis
    fr Prix unitaire|PU HT|P.U.|Prix unit.
amount
    en Amount|Total|Line total|Net
    nl Bedrag|Totaal|Regeltotaal
    de Betrag|Gesamtpreis|Gesamt|G-Preis
    fr Montant|Montant HT|Total HT|Total
rate
    en VAT %|VAT rate|Tax
    nl BTW %|Btw|Tarief
    de MwSt. %|USt.|Steuer
    fr TVA %|Taux TVA|TVA
position
    en #|No.|Line
    nl #|Nr.|Regel
    de Pos.|Pos|Nr.
    fr #|N°|Ligne
article
    en Code|SKU|Item no.
    nl Art.nr.|Code|Artikelnr.
    de Art.-Nr.|Artikelnr.|Code
    fr Réf.|Code|Référence
bill_to
    en Bill to|Invoice to|Customer|Billed to|To
    nl Factuuradres|Aan|Klant|Gefactureerd aan
    de Rechnungsempfänger|An|Kunde|Rechnungsadresse
    fr Facturé à|Client|Adresse de facturation|Destinataire
ship_to
    en Deliver to|Ship to|Delivery address
    nl Afleveradres|Leveradres
    de Lieferadresse|Lieferanschrift
    fr Livrer à|Adresse de livraison
from
    en From|Supplier|Seller|Vendor
    nl Van|Leverancier|Verkoper
    de Von|Lieferant|Verkäufer|Absender
    fr De|Fournisseur|Vendeur|Émetteur
supplier
    en Supplier|Vendor|To
    nl Leverancier|Aan
    de Lieferant|An
    fr Fournisseur|À l'attention de
buyer
    en Buyer|Ordered by|Purchaser
    nl Besteller|Koper|Opdrachtgever
    de Besteller|Auftraggeber|Käufer
    fr Acheteur|Commandé par|Client
page
    en Page {n} of {m}|Page {n}/{m}
    nl Pagina {n} van {m}|Blad {n}/{m}
    de Seite {n} von {m}|Seite {n}/{m}
    fr Page {n} sur {m}|Page {n}/{m}
phone
    en Tel.|Phone|T
    nl Tel.|Telefoon|T
    de Tel.|Telefon|Fon
    fr Tél.|Téléphone|Tél
email
    en Email|E-mail|E
    nl E-mail|Email|E
    de E-Mail|Mail|E
    fr E-mail|Courriel|Mail
web
    en Web|www
    nl Web|Website
    de Web|Internet
    fr Web|Site
cash
    en Cash|CASH
    nl Contant|CONTANT
    de Bar|BAR
    fr Espèces|ESPECES
card
    en Card|Debit card|Contactless
    nl PIN|Pinnen|Betaalkaart
    de EC-Karte|Kartenzahlung|Girocard
    fr CB|Carte bancaire|Sans contact
change
    en Change
    nl Wisselgeld|Terug
    de Rückgeld|Zurück
    fr Rendu|Monnaie rendue
cashier
    en Cashier|Served by|Till
    nl Kassa|Medewerker|U werd geholpen door
    de Kasse|Es bediente Sie|Bediener
    fr Caisse|Caissier|Vous avez été servi par
approved_by
    en Approved by|Authorised by|Buyer
    nl Goedgekeurd door|Inkoper
    de Genehmigt von|Einkäufer|Sachbearbeiter
    fr Approuvé par|Acheteur|Responsable achats
received_by
    en Received by (signature)|Goods received in good order
    nl Voor ontvangst getekend|Handtekening ontvanger
    de Ware erhalten (Unterschrift)|Empfangen von
    fr Reçu par (signature)|Marchandise reçue en bon état
delivered_qty
    en Delivered|Qty shipped
    nl Geleverd|Aantal geleverd
    de Geliefert|Liefermenge
    fr Livré|Qté livrée
"""


def _parse(text: str) -> dict[str, dict[str, list[str]]]:
    labels: dict[str, dict[str, list[str]]] = {}
    key = lang = ""
    for raw in text.splitlines():
        if not raw.strip():
            continue
        if not raw.startswith(" "):
            key = raw.strip()
            labels[key] = {}
            continue
        line = raw.strip()
        if line.startswith("+ "):
            labels[key][lang][-1] += " " + line[2:]
            continue
        lang, synonyms = line.split(" ", 1)
        labels[key].setdefault(lang, []).extend(synonyms.split("|"))
    return labels


LABELS: dict[str, dict[str, list[str]]] = {**_parse(_BANK), **_parse(SENTENCES)}


class Wording:
    """The labels of one document: one synonym per label, chosen on first use and then kept."""

    def __init__(self, lang: str, rng: random.Random) -> None:
        self.lang = lang
        self._rng = rng
        self._chosen: dict[str, str] = {}

    def __call__(self, key: str, **values: object) -> str:
        """The label ``key`` in this document's language, with ``values`` filled in."""
        if key not in self._chosen:
            self._chosen[key] = self._rng.choice(LABELS[key][self.lang])
        text = self._chosen[key]
        return text.format(**values) if values else text

    def tax(self, country: str) -> str:
        """The name of VAT as the supplier's country prints it (Swiss MWST/TVA, Austrian USt.)."""
        if country == "CH":
            return "MWST" if self.lang == "de" else "TVA"
        return self("tax")
