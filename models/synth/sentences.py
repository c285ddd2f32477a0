"""Longer printed sentences in four languages: payment terms, credit note and reverse-charge notes,
receipt greetings, order instructions and the paragraphs of payment reminder letters.

Same format as the label bank in models.synth.wording, which merges these in.
"""

SENTENCES = """
terms
    en Payment terms: {days} days net|Terms: net {days} days|Please pay within {days} days.
    nl Betalingstermijn: {days} dagen|Gelieve binnen {days} dagen te betalen.
    nl Betaling binnen {days} dagen na factuurdatum.
    de Zahlbar innerhalb von {days} Tagen ohne Abzug.|Zahlungsziel: {days} Tage netto
    de Bitte innerhalb von {days} Tagen überweisen.
    fr Paiement à {days} jours.|Conditions de paiement : {days} jours net
    fr Règlement à {days} jours date de facture.
pay_to
    en Please transfer the amount to the account below, quoting {ref}.
    en Payment by bank transfer, reference {ref}.
    nl Gelieve het bedrag over te maken onder vermelding van {ref}.
    nl Betaling per overschrijving, kenmerk {ref}.
    de Bitte überweisen Sie den Betrag unter Angabe von {ref}.|Verwendungszweck: {ref}
    fr Merci d'effectuer le virement en indiquant la référence {ref}.
    fr Paiement par virement, référence {ref}.
thanks
    en Thank you for your business.|Thank you for your custom!|We appreciate your business.
    nl Bedankt voor uw opdracht.|Hartelijk dank voor uw bestelling.|Wij danken u voor uw vertrouwen.
    de Vielen Dank für Ihren Auftrag.|Wir danken für Ihr Vertrauen.|Vielen Dank für Ihre Bestellung!
    fr Merci de votre confiance.|Nous vous remercions de votre commande.|Merci pour votre achat.
credit_ref
    en Credit for invoice {ref}|Relates to invoice {ref}|Original invoice: {ref}
    nl Creditering van factuur {ref}|Betreft factuur {ref}|Oorspronkelijke factuur: {ref}
    de Gutschrift zu Rechnung {ref}|Bezug: Rechnung {ref}|Korrektur der Rechnung {ref}
    fr Avoir sur facture {ref}|Annule et remplace la facture {ref}|Facture d'origine : {ref}
credit_note_text
    en This amount will be credited to your account.|The amount will be refunded to you.
    nl Dit bedrag wordt verrekend met uw volgende factuur.|Het bedrag wordt aan u teruggestort.
    de Der Betrag wird Ihrem Konto gutgeschrieben.|Wir erstatten Ihnen den Betrag.
    fr Ce montant sera déduit de votre prochaine facture.|Le montant vous sera remboursé.
reverse_charge
    en VAT reverse charged (Art. 196 VAT Directive)|Reverse charge: customer to account for VAT
    nl BTW verlegd|Btw verlegd naar afnemer (art. 196 BTW-richtlijn)
    de Steuerschuldnerschaft des Leistungsempfängers (Reverse Charge)|Reverse Charge gemäß §13b UStG
    fr Autoliquidation de la TVA (art. 196 directive TVA)|TVA due par le preneur – autoliquidation
currency_note
    en All amounts in {cur}|Currency: {cur}
    nl Alle bedragen in {cur}|Valuta: {cur}
    de Alle Beträge in {cur}|Währung: {cur}
    fr Montants exprimés en {cur}|Devise : {cur}
visit
    en Thank you for shopping with us!|Thank you, come again|Please keep your receipt
    nl Bedankt en tot ziens!|Dank u wel voor uw bezoek|Bewaar uw kassabon
    de Vielen Dank für Ihren Einkauf!|Danke und bis bald|Bitte Bon aufbewahren
    fr Merci de votre visite !|À bientôt !|Conservez votre ticket
delivery_terms
    en Please deliver to the address above and quote our order number on all documents.
    nl Graag leveren op bovenstaand adres en ons ordernummer vermelden op alle documenten.
    de Bitte liefern Sie an die obige Adresse und geben Sie unsere Bestellnummer auf allen Dokumenten
      + an.
    fr Merci de livrer à l'adresse ci-dessus et de rappeler notre numéro de commande sur tous les
      + documents.
letter.opening
    en According to our records, invoice {ref} of {date} for {amount} has not yet been paid. Payment
      + was due on {due}.
    en We notice that we have not yet received payment of invoice {ref} dated {date}, which fell due on
      + {due}.
    en Our invoice {ref} of {date} remains outstanding; it was payable by {due}.
    nl Volgens onze administratie is factuur {ref} van {date} ter waarde van {amount} nog niet voldaan.
      + De vervaldatum was {due}.
    nl Wij hebben de betaling van factuur {ref} d.d. {date}, vervallen op {due}, nog niet ontvangen.
    nl Onze factuur {ref} van {date} staat nog open; deze had uiterlijk {due} betaald moeten zijn.
    de Bei der Durchsicht unserer Konten haben wir festgestellt, dass die Rechnung {ref} vom {date}
      + über {amount} noch offen ist. Sie war am {due} fällig.
    de Leider konnten wir bis heute keinen Zahlungseingang für unsere Rechnung {ref} vom {date}
      + feststellen, fällig am {due}.
    de Unsere Rechnung {ref} vom {date} ist seit dem {due} zur Zahlung fällig.
    fr Sauf erreur de notre part, la facture {ref} du {date} d'un montant de {amount} reste impayée.
      + Son échéance était le {due}.
    fr Nous constatons que le règlement de la facture {ref} du {date}, échue le {due}, ne nous est pas
      + parvenu.
    fr Notre facture {ref} du {date} demeure impayée à ce jour ; elle était payable au plus tard le
      + {due}.
letter.request
    en We kindly ask you to transfer the outstanding amount within {days} days.
    en Please settle the balance of {amount} within {days} days.
    nl Wij verzoeken u vriendelijk het openstaande bedrag binnen {days} dagen over te maken.
    nl Gelieve het saldo van {amount} binnen {days} dagen te voldoen.
    de Wir bitten Sie, den offenen Betrag innerhalb von {days} Tagen zu überweisen.
    de Bitte begleichen Sie den Betrag von {amount} innerhalb der nächsten {days} Tage.
    fr Nous vous prions de bien vouloir régler le montant dû sous {days} jours.
    fr Merci de procéder au règlement de {amount} dans un délai de {days} jours.
letter.warning
    en If we do not receive payment by then, we will pass the matter to our collection agency and
      + charge statutory interest.
    nl Indien wij de betaling niet tijdig ontvangen, zijn wij genoodzaakt de vordering uit handen te
      + geven en wettelijke rente in rekening te brengen.
    de Sollte der Betrag bis dahin nicht eingegangen sein, werden wir ein Inkassobüro beauftragen und
      + Verzugszinsen berechnen.
    fr À défaut de paiement dans ce délai, nous transmettrons le dossier à notre service de
      + recouvrement et appliquerons des pénalités de retard.
letter.ignore
    en If you have already paid, please disregard this letter.
    nl Heeft u inmiddels betaald, dan kunt u deze herinnering als niet verzonden beschouwen.
    de Sollten Sie die Zahlung bereits veranlasst haben, betrachten Sie dieses Schreiben bitte als
      + gegenstandslos.
    fr Si vous avez effectué le règlement entre-temps, nous vous prions de ne pas tenir compte de ce
      + courrier.
letter.greeting
    en Dear Sir or Madam,
    en Dear customer,
    nl Geachte heer/mevrouw,
    nl Beste klant,
    de Sehr geehrte Damen und Herren,
    de Guten Tag,
    fr Madame, Monsieur,
    fr Cher client,
letter.closing
    en Kind regards,
    en Yours faithfully,
    nl Met vriendelijke groet,
    nl Hoogachtend,
    de Mit freundlichen Grüßen
    de Freundliche Grüße
    fr Veuillez agréer nos salutations distinguées.
    fr Cordialement,
"""
