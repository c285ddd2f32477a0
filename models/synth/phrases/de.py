"""German phrase bank (format: see models.synth.phrases)."""

BANK = """
## _greeting
Sehr geehrte Damen und Herren,
Hallo {name},
Guten Tag {name},
Liebe/r {name},
Sehr geehrte/r {name},
Guten Morgen {name},
Guten Tag,
Servus {name},

## _opener
Ich hoffe, es geht Ihnen gut.
Vielen Dank für Ihre schnelle Antwort.
Bezugnehmend auf unser heutiges Telefonat.
Danke für Ihre Nachricht.
Ich hoffe, Sie hatten ein schönes Wochenende.
Kurz zum aktuellen Stand:

## _closing
Mit freundlichen Grüßen
Freundliche Grüße
Viele Grüße
Beste Grüße
Vielen Dank und viele Grüße
MfG
Herzliche Grüße

## _fyi
Zur Info, siehe unten.
Kannst du dich bitte darum kümmern? Danke.
Bitte siehe unten, was meinst du?
Zur Kenntnisnahme weitergeleitet.
Das ist für eure Abteilung.
Mit der Bitte um Erledigung weitergeleitet.

## invoice
# Rechnung {inv} | Rechnung {inv} von {company} | {company} – Rechnung {inv} | Ihre Rechnung {inv}
[Anbei erhalten Sie|Im Anhang finden Sie|Anbei senden wir Ihnen] unsere Rechnung {inv} [über
+ {amount}|vom {date}|für die Leistungen des Vormonats].
[Bitte begleichen Sie den Betrag bis zum {due}.|Zahlbar innerhalb von {days} Tagen.|Fällig am {due}.]
[Bei Fragen zur Rechnung stehen wir gerne zur Verfügung.|Falls etwas unklar ist, antworten Sie einfach
+ auf diese E-Mail.]
# Neue Rechnung verfügbar | Ihre Rechnung {inv} ist da | Ihre Rechnung von {company}
Ihre neue Rechnung {inv} [liegt als PDF im Anhang|wurde erstellt und ist beigefügt].
Der Gesamtbetrag von {amount} wird [am {due} per Lastschrift eingezogen|am {due} fällig].
[Vielen Dank für Ihr Vertrauen.|Vielen Dank für Ihren Auftrag.]
# Rechnung zu Bestellung {po} | Auftrag {po} – Rechnung {inv}
[Wie vereinbart|Nach Lieferung Ihrer Bestellung {po}] erhalten Sie anbei die Rechnung {inv}.
[Die Ware wurde am {date} geliefert.|Alle Positionen der Bestellung {po} sind nun geliefert.]
[Bitte geben Sie bei Zahlung die Rechnungsnummer an.|Bitte verwenden Sie {inv} als Verwendungszweck.]
# Monatsrechnung {month} | Rechnung {month} | Monatliche Rechnung {inv}
Anbei die Rechnung für [unsere Leistungen im|den Abrechnungszeitraum] {month}, Nummer {inv}.
Der Betrag von {amount} ist [innerhalb von {days} Tagen|bis zum {due}] auf das in der Rechnung
+ angegebene Konto zu überweisen.
# Rechnungskopie {inv} | Rechnung {inv} – {customer}
[Wie gewünscht|Auf Ihre Anfrage hin] sende ich Ihnen [eine Kopie der|die] Rechnung {inv} [für Ihre
+ Unterlagen|für Ihre Buchhaltung].
[Das Original wurde am {date} versandt.|Bitte leiten Sie sie an die zuständige Stelle weiter.]
# Unterlagen zu Ihrer Bestellung | Ihr Einkauf – Rechnung {inv}
Vielen Dank für Ihre Bestellung. [Anbei finden Sie|Beigefügt ist] die Rechnung {inv} über {amount}.
[Zahlungsbedingungen: {days} Tage netto.|Bitte überweisen Sie bis zum {due}.]
# Rechnung zur Zahlung | Bitte Rechnung {inv} bearbeiten
Könnten Sie die beigefügte Rechnung {inv} bitte an Ihre Kreditorenbuchhaltung weiterleiten?
Sie betrifft [die Montage am {date}|die Lieferung von {product}|unsere Beratungsstunden].
[Fälligkeit: {due}.|Zahlungsziel: {days} Tage.]

## credit_note
# Gutschrift {cn} | Gutschrift zu Rechnung {inv} | Ihre Gutschrift {cn}
[Anbei erhalten Sie|Im Anhang finden Sie] die Gutschrift {cn} [zur|bezüglich der] Rechnung {inv}.
[Den Betrag von {amount} verrechnen wir mit Ihrer nächsten Rechnung.|Wir erstatten Ihnen {amount}
+ innerhalb von {days} Tagen.]
# Gutschrift für Retoure | Retoure bearbeitet – Gutschrift {cn}
Wir haben die zurückgesandte Ware erhalten und die Gutschrift {cn} über {amount} [erstellt|gebucht].
[Entschuldigen Sie bitte die Unannehmlichkeiten.|Vielen Dank für Ihre Geduld.]
# Korrektur der Rechnung {inv} | Rechnungskorrektur – Gutschrift {cn}
[Unsere Rechnung {inv} war fehlerhaft.|In der Rechnung {inv} wurde ein falscher Preis berechnet.] Wir
+ haben daher die Gutschrift {cn} erstellt.
[Eine korrigierte Rechnung folgt separat.|Der korrigierte Betrag ist im Anhang ersichtlich.]
# Gutschrift wie besprochen | Gutschrift {cn} – {company}
Wie [telefonisch|im Gespräch] vereinbart, schreiben wir Ihnen {amount} auf die Rechnung {inv} gut.
Die Gutschrift {cn} finden Sie im Anhang [für Ihre Unterlagen|zur Verbuchung].
# Erstattung einer Doppelzahlung | Gutschrift {cn} wegen Doppelzahlung
[Es scheint, dass|Wir haben festgestellt, dass] die Rechnung {inv} doppelt bezahlt wurde. Anbei die
+ Gutschrift {cn} über den zu viel gezahlten Betrag von {amount}.
Bitte teilen Sie uns mit, ob Sie eine Rückzahlung oder eine Verrechnung wünschen.
# Preisanpassung | Gutschrift {cn} – Preisanpassung
Aufgrund der Preisanpassung für {product} haben wir die Gutschrift {cn} erstellt.
[Sie bezieht sich auf die Rechnung {inv}.|Der Betrag von {amount} wird mit der Rechnung {inv} verrechnet.]
# Ihre Gutschrift | Gutschrift {cn} anbei
Anbei die Gutschrift {cn} [für den stornierten Auftrag {po}|für die fehlenden Artikel aus Bestellung {po}].
[Der Betrag wurde Ihrem Konto gutgeschrieben.|Sie müssen nichts weiter tun.]

## purchase_order
# Bestellung {po} | Neue Bestellung {po} | Bestellung {po} von {customer}
[Anbei|Im Anhang] erhalten Sie unsere Bestellung {po}.
[Bitte bestätigen Sie den Eingang und den Liefertermin.|Bitte senden Sie uns eine Auftragsbestätigung
+ mit Liefertermin.]
[Lieferadresse siehe Bestellung.|Bitte geben Sie {po} auf Lieferschein und Rechnung an.]
# Bestellung: {product} | Wir möchten bestellen | Neuer Auftrag – {customer}
Hiermit bestellen wir:
{items}
[Unsere Bestellnummer lautet {po}.|Bitte verwenden Sie die Bestellnummer {po} auf allen Dokumenten.]
+ [Lieferung bis {date} wäre ideal.|Bitte so schnell wie möglich liefern.]
# Nachbestellung {po} | Erneute Bestellung {product}
[Könnten Sie bitte|Bitte] unsere letzte Bestellung von {product} wiederholen, {n} Stück.
Unsere neue Bestellnummer ist {po}. [Lieferadresse wie beim letzten Mal.|Bitte an unser Lager liefern.]
# Bestellung {po} – bitte bestätigen | Auftragsbestätigung erbeten {po}
Anbei die Bestellung {po} [über {amount}|für die besprochenen Artikel].
Bitte senden Sie uns [umgehend|innerhalb von {days} Tagen] eine Auftragsbestätigung mit dem
+ voraussichtlichen Liefertermin.
# Eilbestellung {po} | Dringend: Bestellung {product}
Wir benötigen dringend {n} x {product}. [Ist eine Lieferung bis {date} möglich?|Ist eine
+ Expresslieferung möglich?]
[Beigefügt|Im Anhang] ist die Bestellung {po}.
# Bestellung für nächsten Monat | Bestellung {po} – Lieferung {month}
Für unsere Planung im {month} bitten wir um [Lieferung folgender Artikel|folgende Positionen]:
{items}
Bestellnummer: {po}.
# Auftrag auf Ihr Angebot | Unsere Bestellung {po}
Bezugnehmend auf Ihr Angebot {quote} erteilen wir Ihnen gerne den Auftrag.
Die Bestellung {po} ist beigefügt. [Bitte bestätigen Sie den Liefertermin.|Wir freuen uns auf die
+ Lieferung.]

## quote_request
# Anfrage | Angebotsanfrage – {product} | Anfrage {quote}
Wir suchen {n} Stück {product} und bitten um Ihr bestes Angebot.
[Bitte nennen Sie uns auch die Lieferzeit.|Bitte inklusive Versandkosten und Lieferzeit.]
[Unsere Referenz: {quote}.|Bitte geben Sie in Ihrer Antwort die Referenz {quote} an.]
# Preisanfrage | Können Sie uns ein Angebot schicken? | Angebot für {product}
Können Sie uns ein Angebot für {product} senden? [Wir benötigen etwa {n} Stück.|Menge: {n}.]
[Die Lieferung müsste bis {date} erfolgen.|Lieferung nach {city}.]
# Angebot für Projekt | Angebot Montagearbeiten
Für ein Projekt in {city} benötigen wir ein Angebot für
+ [Montagearbeiten|Wartungsleistungen|Reinigungsleistungen].
Kann jemand [vorbeikommen|mich anrufen], um die Details zu besprechen? [Am besten vor {weekday}.|Wir
+ möchten bis {date} entscheiden.]
# Ausschreibung: Angebotsaufforderung {quote} | Aufforderung zur Angebotsabgabe {quote}
Wir laden Sie ein, ein Angebot für die Lieferung von {product} abzugeben.
[Bitte senden Sie Ihr Angebot bis {date}.|Angebote müssen bis {date} eingehen.] Zeichen: {quote}.
# Preis für {n} Stück | Frage zu Staffelpreisen
Was wäre Ihr Preis für {n} Stück {product}? [Gewähren Sie Mengenrabatt?|Gibt es Rabatt bei einem
+ Jahresvertrag?]
# Anfrage über die Website | Anfrage: {product}
Ich bin online auf Ihre Firma gestoßen und hätte gerne ein Angebot für {product}.
[Wie sind Ihre Preise und Lieferbedingungen?|Können Sie mir eine Preisliste schicken?]
# Bitte aktualisiertes Angebot | Überarbeitetes Angebot {quote}
Könnten Sie Ihr Angebot {quote} [aktualisieren|überarbeiten]? [Wir benötigen jetzt {n} Stück.|Die
+ Lieferadresse hat sich auf {city} geändert.]

## complaint
# Beschädigte Lieferung | Reklamation: Bestellung {po} beschädigt | Beschädigte Ware – Bestellung {po}
Die Lieferung zur Bestellung {po} kam [gestern|heute Morgen|am {date}] an, und [mehrere|{n}] Kartons
+ waren [beschädigt|eingedrückt|durchnässt].
[So können wir die Ware nicht verwenden.|Der Großteil ist unbrauchbar.]
Bitte [senden Sie Ersatz|veranlassen Sie eine Ersatzlieferung|erstellen Sie eine Gutschrift]
+ [schnellstmöglich|bis Ende der Woche].
# Falsche Artikel geliefert | Falschlieferung zu Bestellung {po}
Wir haben zur Bestellung {po} falsche Artikel erhalten. [Statt {product} kam etwas anderes.|Die Hälfte
+ der Lieferung stimmt nicht.]
[Bitte holen Sie die Ware ab und liefern Sie die richtigen Artikel.|Das ist bereits das zweite Mal.]
# Lieferverzug | Warten immer noch auf Bestellung {po}
Wir warten immer noch auf die Bestellung {po}, die für den {date} zugesagt war.
[Das verursacht Probleme bei unseren eigenen Kunden.|Unsere Produktion steht still.] [Ich erwarte heute
+ eine Antwort.|Wann wird geliefert?]
# Rechnung {inv} ist fehlerhaft | Reklamation zur Rechnung {inv}
Ihre Rechnung {inv} [enthält Artikel, die wir nie erhalten haben|weist den alten Preis aus|wurde doppelt
+ berechnet].
[Wir zahlen erst nach Korrektur.|Bitte senden Sie eine korrigierte Rechnung oder eine Gutschrift.]
# Schlechter Service | Beschwerde über Ihren Techniker | Inakzeptabler Service
Ich bin [sehr unzufrieden|äußerst enttäuscht] mit dem Service am {date}. [Der Techniker kam drei Stunden
+ zu spät.|Die Arbeiten wurden nicht abgeschlossen.]
[Ich möchte mit einem Vorgesetzten sprechen.|Ich erwarte eine Entschädigung.]
# Defektes Produkt | {product} defekt
Das gekaufte Produkt {product} [funktionierte nach {n} Tagen nicht mehr|war bei Lieferung defekt].
[Wir möchten unser Geld zurück.|Bitte tauschen Sie es im Rahmen der Garantie aus.] [Fotos sind
+ beigefügt.|Wohin kann ich es zurückschicken?]
# Fehlende Artikel | Unvollständige Lieferung Bestellung {po}
Die Bestellung {po} war unvollständig: [es fehlen {n} Artikel|{product} war nicht im Karton].
[Bitte liefern Sie die fehlenden Artikel nach.|Bitte schreiben Sie die fehlenden Artikel gut.]

## payment_reminder
# Zahlungserinnerung Rechnung {inv} | Überfällige Rechnung {inv} | Erinnerung – offener Saldo
Laut unserer Buchhaltung ist die Rechnung {inv} [über {amount}|vom {date}] noch offen.
[Sie war am {due} fällig.|Sie ist seit {days} Tagen überfällig.] [Bitte überweisen Sie den Betrag
+ umgehend.|Bitte zahlen Sie innerhalb von 7 Tagen.]
[Sollten Sie bereits gezahlt haben, betrachten Sie diese E-Mail als gegenstandslos.|Bitte melden Sie
+ sich, falls es ein Problem mit der Rechnung gibt.]
# 2. Mahnung {inv} | Letzte Mahnung: Rechnung {inv}
Dies ist unsere [zweite|letzte] Mahnung zur Rechnung {inv}, fällig am {due}.
[Sollten wir {amount} nicht innerhalb von 7 Tagen erhalten, übergeben wir die Forderung einem
+ Inkassobüro.|Wir berechnen Verzugszinsen.]
# Freundliche Erinnerung | Rechnung {inv} – Zahlung überfällig
Nur eine freundliche Erinnerung, dass die Rechnung {inv} über {amount} [am {due} fällig war|inzwischen
+ überfällig ist].
[Können Sie mir sagen, wann wir mit der Zahlung rechnen können?|Könnten Sie das mit Ihrer Buchhaltung
+ klären?]
# Offene Posten | Kontoauszug – überfällige Posten
Laut unserem Kontoauszug sind folgende Rechnungen offen: {inv}, gesamt {amount}.
[Bitte gleichen Sie den Saldo bis {due} aus.|Bitte überweisen Sie den Betrag auf unser Konto.]
# Zahlungsrückstand | Offener Betrag {amount}
Wir haben die Zahlung für die Rechnung {inv} noch nicht erhalten. [Gab es ein Problem?|Bitte prüfen Sie
+ Ihre Unterlagen.]
[Bitte überweisen Sie {amount} auf das in der Rechnung genannte Konto.|Bitte zahlen Sie ohne weiteren
+ Verzug.]
# Erinnerung: Rechnung {inv} bezahlen | Handlungsbedarf: unbezahlte Rechnung
Auf der Rechnung {inv} (fällig am {due}) ist noch ein Betrag von {amount} offen.
[Wir bitten um Zahlung in den nächsten Tagen.|Weitere Lieferungen erfolgen erst nach Zahlungseingang.]
# Zahlung nicht eingegangen | Haben Sie die Rechnung {inv} erhalten?
Ihre Zahlung zur Rechnung {inv} ist bei uns noch nicht eingegangen. [Ist die Rechnung bei Ihnen
+ angekommen?|Ist sie vielleicht verloren gegangen?]
[Zur Sicherheit sende ich eine Kopie mit.|Bitte zahlen Sie {amount} baldmöglichst.]

## supplier_message
# Preiserhöhung ab {date} | Neue Preisliste | Neue Preise
Aufgrund gestiegener Kosten erhöhen sich unsere Preise ab dem {date} um {percent}%.
[Die neue Preisliste liegt bei.|Bestellungen bis zum {date} liefern wir noch zu den alten Preisen.]
# Änderung der Bankverbindung | Neue Kontonummer | Wichtig: Unsere Bankverbindung hat sich geändert
Bitte beachten Sie, dass sich unsere Bankverbindung geändert hat. [Bitte zahlen Sie ab sofort auf die
+ IBAN {iban}.|Unsere neue IBAN lautet {iban}.]
[Bitte passen Sie Ihre Stammdaten an.|Bereits versandte Rechnungen bleiben gültig.]
# Betriebsferien | Büro über die Feiertage geschlossen
Unser Büro und Lager sind ab dem {date} [zwei Wochen|über die Feiertage] geschlossen.
[Bestellungen in dieser Zeit werden danach bearbeitet.|Bitte geben Sie dringende Bestellungen vor dem
+ {date} auf.]
# Lieferverzögerung | Verzögerung bei Bestellung {po}
Leider verzögert sich die Bestellung {po} [um etwa {n} Tage|bis zum {date}] wegen
+ [Lieferengpässen|Mangel an {product}].
[Wir bitten um Entschuldigung.|Wir halten Sie auf dem Laufenden.]
# Auftragsbestätigung {po} | Wir bestätigen Ihre Bestellung {po}
Vielen Dank für Ihre Bestellung {po}. [Wir bestätigen die Lieferung am {date}.|Die Ware wird innerhalb
+ von {days} Tagen versandt.]
# Ihre Bestellung wurde versandt | Versand zu Bestellung {po}
Ihre Bestellung {po} wurde mit {carrier} versandt. [Die Sendungsnummer lautet
+ {track}.|Sendungsverfolgung: {track}.]
[Voraussichtliche Zustellung: {date}.|Die Lieferung dauert in der Regel {n} Werktage.]
# Neuer Katalog | Artikel entfällt: {product} | Adressänderung
[Unser neuer Katalog ist da.|{product} entfällt ab dem {date}; das Nachfolgemodell ist ab sofort
+ lieferbar.|Zum {date} ziehen wir in neue Räume in {city}.]
[Ihr Kundenbetreuer meldet sich bei Ihnen.|Bei Fragen melden Sie sich gerne.]

## internal
# Teambesprechung verschoben | Besprechung am {weekday} | Verschoben: Wochenmeeting
Die [Teambesprechung|Wochenbesprechung] wird auf {weekday} um {time} in Raum {room} verschoben.
[Bitte bringt eure Zahlen für {month} mit.|Gebt Bescheid, falls ihr nicht könnt.]
# Urlaubsantrag | Urlaub am {date}
Ich würde gerne am {date} [einen Tag frei|Urlaub] nehmen. [{colleague} vertritt mich.|Ist das in Ordnung?]
# Kannst du die Rechnung prüfen, bevor ich zahle? | Freigabe nötig: Rechnung {inv}
Kannst du bitte die Rechnung {inv} von {company} prüfen, bevor ich sie [freigebe|bezahle]? [Sie scheint
+ höher als üblich.|Ich bin nicht sicher, ob die Arbeit erledigt wurde.]
# Bestellung {po} freigeben | PO {po} wartet auf Freigabe
Die Bestellung {po} für {product} wartet im System auf deine Freigabe. [Das Budget passt.|Sie liegt über
+ meinem Limit.]
# IT-Wartung heute Abend | Systeme am {weekday} nicht erreichbar
Das [Mailsystem|ERP-System|Netzwerk] ist am {weekday} ab {time} wegen Wartung nicht verfügbar.
[Bitte speichert eure Arbeit, bevor ihr geht.|Sorry für die Unannehmlichkeiten.]
# Mittagessen am {weekday}? | Willkommen {colleague} | Neues aus dem Büro
[Wollen wir am {weekday} zusammen Mittag essen?|Bitte begrüßt {colleague}, der am {date} in der
+ Buchhaltung anfängt.|Die Küche wird am {weekday} gereinigt; bitte räumt den Kühlschrank aus.]
# Monatsbericht | Zahlen für {month}
Bitte schick mir [deine Zahlen|den Vertriebsbericht|die Reisekostenabrechnungen] für {month} bis {weekday}.
[Ich brauche sie für die Vorstandssitzung.|Danke für deine Hilfe.]

## spam
#! Herzlichen Glückwunsch! Sie haben gewonnen | Sie sind unser Gewinner | Jetzt Gewinn abholen
Herzlichen Glückwunsch! Ihre E-Mail-Adresse wurde in unserer [jährlichen|internationalen] Lotterie
+ ausgewählt und Sie haben {prize} gewonnen.
Um Ihren Gewinn zu erhalten, [senden Sie uns Ihren Namen und Ihre Bankdaten|klicken Sie hier: {url}].
Dieses Angebot läuft in 48 Stunden ab.
#! Günstige Medikamente online | Beste Preise Apotheke | 80% Rabatt
Kaufen Sie [Viagra, Cialis|Schmerzmittel|Schlankheitspillen] online ohne Rezept! [Diskreter
+ Versand.|Tiefstpreisgarantie.]
Jetzt bestellen: {url}
#! Ihr Konto wurde gesperrt | Sicherheitswarnung: Konto bestätigen | Ungewöhnliche Anmeldung
Wir haben ungewöhnliche Aktivitäten in Ihrem Konto festgestellt. [Bestätigen Sie innerhalb von 24
+ Stunden Ihre Identität, um eine Sperrung zu vermeiden.|Ihr Postfach wird gelöscht, wenn Sie Ihr Passwort
+ nicht bestätigen.]
[Hier bestätigen: {url}|Hier anmelden: {url}]
#! Rechnung überfällig – jetzt bezahlen | Offene Zahlung | Ihre Rechnung ist bereit
Sehr geehrter Kunde, Ihre Rechnung ist überfällig. [Rechnung hier ansehen und bezahlen: {url}|Rechnung
+ herunterladen: {url}]
Bei Nichtzahlung drohen [rechtliche Schritte|zusätzliche Gebühren].
#! Geld verdienen von zu Hause | 5000 € pro Woche verdienen | Krypto-Investment
[Verdienen Sie Tausende von zu Hause mit diesem einfachen Trick.|Unser Bitcoin-Roboter machte letzten
+ Monat 300% Gewinn.] [Keine Erfahrung nötig!|Nur wenige Plätze frei!]
Jetzt anmelden: {url}
#! SEO für Ihre Website | Auf Seite 1 bei Google | Website-Ranking
Ich habe Ihre Website [geprüft|analysiert] und festgestellt, dass sie bei Google schlecht rankt. Wir
+ bringen Sie [in 30 Tagen|garantiert] auf die erste Seite.
Antworten Sie auf diese E-Mail für eine kostenlose Analyse.
#! Geschäftsvorschlag | Vertrauliches Erbe | Dringende Hilfe benötigt
Ich bin [Anwalt|Bankdirektor] und benötige Ihre Hilfe, um {prize} ins Ausland zu transferieren. Sie
+ erhalten 30% der Summe.
Bitte antworten Sie [vertraulich|dringend] mit Ihrer Telefonnummer.

## other
#! Newsletter {month} | Unser Newsletter im {month} | Neuigkeiten von {company}
[In dieser Ausgabe|Diesen Monat]: neue Produkte, Veranstaltungen und Tipps für Ihr Unternehmen.
[Newsletter online lesen: {url}|Mehr in unserem Blog: {url}]
Sie erhalten diese E-Mail, weil Sie unseren Newsletter abonniert haben. Abmelden: {url}
#! Automatische Antwort: Abwesenheit | Abwesenheitsnotiz | Automatische Antwort
Vielen Dank für Ihre Nachricht. Ich bin bis einschließlich {date} nicht im Büro und lese meine E-Mails
+ nur eingeschränkt.
[In dringenden Fällen wenden Sie sich bitte an {colleague}.|Nach meiner Rückkehr melde ich mich umgehend.]
#! Einladung: {event} | Sie sind eingeladen: {event} | Save the Date: {event}
Wir laden Sie herzlich zu {event} am {date} in {city} ein.
[Jetzt anmelden: {url}|Die Plätze sind begrenzt – bitte bis {date} anmelden.]
# Bewerbung | Initiativbewerbung | Bewerbung auf Ihre Stellenanzeige
Hiermit bewerbe ich mich auf die [Stelle als Buchhalter/in|Position in Ihrem
+ Logistikteam|Praktikumsstelle] auf Ihrer Website.
[Mein Lebenslauf liegt bei.|Ich habe {n} Jahre Berufserfahrung.] Ich freue mich auf Ihre Rückmeldung.
#! Passwort zurücksetzen | Setzen Sie Ihr Passwort zurück | Ihr Anmeldecode
Wir haben eine Anfrage zum Zurücksetzen Ihres Passworts erhalten. [Nutzen Sie diesen Link: {url}|Ihr
+ Code lautet {n}{n}{n}{n}.]
Falls Sie dies nicht angefordert haben, ignorieren Sie diese E-Mail.
#! Wie waren wir? | Kundenumfrage | Ihre Meinung zählt
Vielen Dank für [Ihren Besuch|Ihren Aufenthalt|Ihre Teilnahme an {event}]. Bitte nehmen Sie sich zwei
+ Minuten für unsere Umfrage: {url}
# Kurzer Austausch | Kaffee nächste Woche? | Schön, Sie auf {event} getroffen zu haben
Es war schön, Sie auf {event} kennenzulernen. [Wollen wir nächste Woche einen Kaffee trinken?|Lassen Sie
+ uns in Kontakt bleiben.]
[Ich bin am {date} in {city}.|Rufen Sie mich gerne an.]
"""
