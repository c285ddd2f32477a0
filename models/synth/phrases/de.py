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
#! Ihre Rechnung von {company} ist verfügbar | Neue Rechnung {inv} | [Rechnung|E-Rechnung] {inv} – {customer}
Diese E-Mail wurde automatisch erstellt. Bitte antworten Sie nicht auf diese Nachricht.
Für {customer} wurde eine neue Rechnung [erstellt|ausgestellt]: Rechnungsnummer {inv}, Betrag {amount}, fällig
+ am {due}.
[Die Rechnung finden Sie als PDF im Anhang.|Das PDF ist dieser E-Mail beigefügt.] [Wenn Sie am
+ Lastschriftverfahren teilnehmen, müssen Sie nichts weiter tun.|Bitte geben Sie bei Ihrer Überweisung die
+ Rechnungsnummer {inv} an.]
# Abschlagsrechnung zu Angebot {quote} | Anzahlungsrechnung {inv} | Anzahlung für Ihr Projekt
[Wie in unserem Angebot {quote} vereinbart|Gemäß unserem Angebot {quote}] stellen wir vor Beginn der Arbeiten
+ [eine Anzahlung|einen Abschlag] von [30|40|50] % in Rechnung.
Anbei die Rechnung {inv} über {amount}. [Sobald die Zahlung eingegangen ist, planen wir die Arbeiten ein.|Nach
+ Zahlungseingang bestellen wir das Material.]
Der Restbetrag wird mit der Schlussrechnung abgerechnet.
# Rechnung {month} | Meine Rechnung für {month} | Rechnung {month} anbei
Anbei wie immer meine Rechnung für {month} ({inv}). [Sag Bescheid, wenn was fehlt.|Bei Fragen einfach melden.]
# Rechnung {inv} – Beratung {month} | Stundennachweis und Rechnung {month} | Leistungen {month}
Anbei erhalten Sie die Rechnung {inv} für {n} [Stunden|Tage] [Beratung|Projektmanagement|Softwareentwicklung]
+ im {month}.
[Den von {colleague} abgezeichneten Stundennachweis habe ich ebenfalls beigefügt.|Die Stunden entsprechen dem
+ von {colleague} freigegebenen Stundenzettel.]
Bitte überweisen Sie {amount} unter Angabe von {inv} auf das Konto {iban}, [bis zum {due}|innerhalb von {days}
+ Tagen].
# Schlussrechnung Bauvorhaben {city} | Schlussrechnung {inv} | Abschluss der Arbeiten in {city}
Nachdem die Arbeiten in {city} [abgeschlossen sind|am {date} abgenommen wurden], übersenden wir Ihnen anbei
+ unsere Schlussrechnung {inv}.
[Die bereits geleistete Anzahlung haben wir abgezogen, es verbleibt ein Betrag von {amount}.|Sie enthält auch
+ die vor Ort vereinbarten Zusatzleistungen.]
[Vielen Dank für die angenehme Zusammenarbeit.|Es war uns eine Freude, dieses Projekt mit Ihnen umzusetzen.]
+ [Zahlbar innerhalb von {days} Tagen ohne Abzug.|Wir bitten um Ausgleich bis zum {due}.]
# Verlängerung Ihres Abonnements | Jahresrechnung {inv} | Ihr Vertrag verlängert sich
Ihr [Software-Abonnement|Supportvertrag|Hosting-Paket] verlängert sich am {date} automatisch um ein weiteres
+ Jahr.
Anbei die Rechnung {inv} für den neuen Zeitraum ({amount}). [Falls Sie nicht verlängern möchten, geben Sie uns
+ bitte bis zum {date} Bescheid.|An Ihrem Tarif und den Preisen ändert sich nichts.]
# Ihre Bestellung {po} wurde bezahlt | Rechnung zu Ihrer Online-Bestellung | Bestellung {po}: Ihre Rechnung
Vielen Dank für Ihre Bestellung {po} in unserem Onlineshop. [Ihre Zahlung über {amount} ist bei uns
+ eingegangen.|Wir haben Ihre Kreditkartenzahlung über {amount} erhalten.]
[Für Ihre Buchhaltung senden wir Ihnen die Rechnung {inv} mit.|Die Rechnung {inv} finden Sie im Anhang.] [Die
+ Rechnung ist bereits beglichen.|Eine erneute Zahlung ist nicht erforderlich.]
# Korrigierte Rechnung {inv} | Rechnungskorrektur: neue Rechnung {inv} | Ersatz für unsere Rechnung vom {date}
Leider ist uns in unserer Rechnung vom {date} ein Fehler unterlaufen: [die vereinbarte Rabattstaffel wurde
+ nicht berücksichtigt|die Rechnungsanschrift war falsch|der Steuersatz war falsch ausgewiesen].
Wir haben diese Rechnung storniert und senden Ihnen anbei die korrigierte Rechnung {inv} über {amount}.
[Bitte buchen Sie nur diese neue Rechnung.|Die fehlerhafte Rechnung können Sie vernichten.] Das Zahlungsziel
+ [bleibt unverändert der {due}|beginnt mit dem heutigen Datum neu].
# Rechnung {inv} – Reparatur [Heizung|Rolltor|Wasserleitung] | Notdiensteinsatz am {date} | Ihre Rechnung für
+ den Einsatz in {city}
Für [den Notdiensteinsatz|die Reparatur] an Ihrem Standort in {city} am {date} erlauben wir uns abzurechnen:
+ Arbeitszeit {n} Stunden, Anfahrtspauschale und Material laut Aufstellung.
Die Rechnung {inv} über {amount} liegt [bei|als PDF bei]. [Zahlbar innert {days} Tagen netto.|Bei Zahlung
+ innerhalb von 7 Tagen gewähren wir 2 % Skonto, sonst {days} Tage netto.|Zahlbar innert {days} Tagen über den
+ QR-Zahlteil der Rechnung.]
[Der Arbeitsbericht wurde vor Ort von {colleague} unterschrieben.|Den unterschriebenen Arbeitsbericht finden
+ Sie ebenfalls im Anhang.]
# Nachberechnung zu Bestellung {po} | Nachtrag zu Ihrer Lieferung | Rechnung {inv} – Nachberechnung
Bei der Abrechnung Ihrer Bestellung {po} haben wir [die Frachtkosten für die Speditionslieferung|den
+ vereinbarten Mindermengenzuschlag|die Mehrmengen der Nachlieferung] leider nicht berechnet.
Dies holen wir mit der beiliegenden Rechnung {inv} über {amount} nach.
[Wir bitten um Ihr Verständnis.|Entschuldigen Sie bitte die zusätzliche Rechnung.] [Zahlungsziel wie gewohnt:
+ {days} Tage.|Bitte überweisen Sie den Betrag bis zum {due}.]
# Rechnung Teilnahmegebühr | Ihre Seminaranmeldung – Rechnung {inv} | Anmeldung zum Workshop am {date}
Vielen Dank für die Anmeldung von {n} [Teilnehmenden|Personen] zu unserem
+ [Seminar|Praxisworkshop|Zertifikatslehrgang] am {date} in {city}.
Anbei erhalten Sie die Rechnung {inv} über die Teilnahmegebühren von insgesamt {amount}.
[Bitte überweisen Sie den Betrag vor Veranstaltungsbeginn, spätestens bis zum {due}.|Der Betrag ist bis zum
+ {due} ohne Abzug fällig.] [Eine Stornierung ist bis 14 Tage vor Beginn kostenfrei möglich.|Ersatzteilnehmer
+ können jederzeit benannt werden.]

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
#! Gutschrift {cn} erstellt | Neue Gutschrift für Ihr Kundenkonto | Gutschrift {cn} – {company}
Dies ist eine automatisch erzeugte Nachricht von {company}.
Für Ihr Kundenkonto wurde die Gutschrift {cn} über {amount} zur Rechnung {inv} erstellt.
[Der Betrag wird automatisch mit Ihrer nächsten Rechnung verrechnet.|Der Betrag wird auf das bei uns
+ hinterlegte Konto erstattet.] Die Gutschrift ist als PDF beigefügt.
# Kulanzgutschrift | Entschuldigung – Gutschrift {cn} | Entschädigung für die Verzögerung bei Bestellung {po}
Es tut uns leid, [dass die Bestellung {po} so spät bei Ihnen ankam|dass bei der letzten Lieferung so viel
+ schiefgelaufen ist|dass die Montage nicht wie geplant verlief].
Aus Kulanz haben wir Ihnen {amount} gutgeschrieben; die Gutschrift {cn} liegt bei.
[Wir hoffen, die Angelegenheit damit zu Ihrer Zufriedenheit erledigt zu haben.|Wir hoffen, Sie bei Ihrer
+ nächsten Bestellung wieder überzeugen zu können.]
# Jahresbonus {cn} | Ihr Umsatzbonus für das Vorjahr | Bonusgutschrift
Aufgrund Ihres Umsatzes im vergangenen Jahr erhalten Sie [einen Umsatzbonus|eine Jahresrückvergütung] von
+ {percent} %.
Wir haben dafür die Gutschrift {cn} über {amount} erstellt, [die wir innerhalb von {days} Tagen auszahlen|die
+ Sie mit Ihrer nächsten Zahlung verrechnen können].
[Vielen Dank für Ihre Treue.|Auf ein weiterhin gutes Miteinander!]
# Gutschrift für den Ausfall am {date} | Servicegutschrift | SLA-Gutschrift {cn}
Wegen [der Störung|des Ausfalls unserer Plattform] am {date} wurde die vereinbarte Verfügbarkeit nicht
+ erreicht.
Gemäß SLA schreiben wir Ihnen {amount} auf Ihre [Abo-Rechnung|Hosting-Rechnung|Support-Rechnung] {inv} gut.
[Die Gutschrift {cn} ist beigefügt.|Im Anhang finden Sie die Gutschrift {cn}.] [Bitte entschuldigen Sie
+ nochmals die Unannehmlichkeiten.|Der Störungsbericht folgt separat.]
# Gutschrift beschädigte Paletten | Wie besprochen: Gutschrift {cn} | Gutschrift {cn}
Wie telefonisch besprochen, hier die Gutschrift für die beschädigten [Paletten|Kartons]: {cn}, {amount}.
# Rückgabe Paletten und Kisten | Gutschrift Pfand | Pfandgutschrift {cn}
Wir haben [{n} Europaletten|die Kisten und Paletten] von Ihrem Standort in {city} zurückerhalten.
Das Pfand in Höhe von {amount} haben wir Ihnen mit der Gutschrift {cn} gutgeschrieben. [Es wird mit der
+ Rechnung {inv} verrechnet.|Sie können den Betrag von Ihrer nächsten Zahlung abziehen.]
# Kündigung Ihres Abonnements | Anteilige Gutschrift {cn} | Erstattung für den nicht genutzten Zeitraum
Wie gewünscht endet Ihr [Software-Abonnement|Cloud-Backup-Abo|Supportvertrag] zum {date}.
[Die nicht genutzten Monate|Den bereits im Voraus bezahlten Anteil der Jahresgebühr] haben wir Ihnen mit der
+ Gutschrift {cn} ({amount}) gutgeschrieben.
[Der Betrag wird innerhalb von {days} Tagen erstattet.|Weitere Rechnungen erhalten Sie von uns nicht.]
+ [Schade, dass Sie gehen.|Sie sind jederzeit wieder herzlich willkommen.]
# Werbekostenzuschuss {month} | Gutschrift WKZ | Gutschrift {cn} – Aktionszuschuss
Für [Ihre Schaufensteraktion|die Platzierung unserer Produkte in Ihrem Prospekt|Ihren Messeauftritt] im
+ {month} erhalten Sie wie vereinbart einen Werbekostenzuschuss.
Die Gutschrift {cn} über {amount} ist beigefügt. [Wir verrechnen sie mit unserer Rechnung {inv}.|Den Betrag
+ überweisen wir innerhalb von {days} Tagen auf Ihr Konto.]
[Vielen Dank für die gelungene Aktion!|Über ein paar Fotos der Platzierung würden wir uns freuen.]
# Mahngebühren storniert | Gutschrift {cn} – Mahnkosten | Entschuldigung für unsere Mahnung
Sie haben völlig recht: Ihre Zahlung zur Rechnung {inv} ist fristgerecht eingegangen, [wurde bei uns aber
+ falsch zugeordnet|wurde aber erst verspätet verbucht].
Die berechneten Mahngebühren und Verzugszinsen haben wir mit der Gutschrift {cn} storniert. [Ihr Kundenkonto
+ ist damit ausgeglichen.|Sie müssen nichts weiter unternehmen.]
Bitte entschuldigen Sie das Versehen.
# Provisionsabrechnung {month} | Gutschrift {cn} – Provision {month} | Abrechnung im Gutschriftverfahren
Anbei erhalten Sie unsere Provisionsabrechnung für {month} im Gutschriftverfahren (Gutschrift {cn}).
Sie umfasst [die Umsätze in Ihrem Verkaufsgebiet|alle über Sie vermittelten Aufträge] mit einer Provision von
+ {percent} %, insgesamt {amount}.
[Der Betrag wird am {date} auf Ihr Konto {iban} überwiesen.|Die Auszahlung erfolgt innerhalb von {days}
+ Tagen.] [Bitte prüfen Sie die Abrechnung und melden Sie Abweichungen innerhalb von 14 Tagen.|Eine gesonderte
+ Rechnung Ihrerseits ist nicht erforderlich.]
#! Ihre Jahresabrechnung: Guthaben {amount} | Jahresabrechnung – Ihr Guthaben | Gutschrift {cn} aus der
+ Verbrauchsabrechnung
Diese Nachricht wurde automatisch versendet.
Ihre Jahresabrechnung [Strom|Gas|Fernwärme] für den Standort {city} ergibt ein Guthaben von {amount} zu Ihren
+ Gunsten (Gutschrift {cn}).
[Das Guthaben überweisen wir innerhalb von {days} Tagen auf Ihr hinterlegtes Konto.|Das Guthaben verrechnen
+ wir mit Ihren nächsten Abschlägen.] [Ihr monatlicher Abschlag wurde entsprechend angepasst.|Die Abrechnung
+ im Detail finden Sie im Anhang.]

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
#! Bestellung {po} von {customer} | Neue Bestellung {po} | Bestellung {po} – {customer}
Diese Bestellung wurde automatisch über das Einkaufssystem von {customer} [erzeugt|versendet].
Die Bestellung {po} ist als PDF beigefügt. [Bitte bestätigen Sie die Bestellung innerhalb von {days} Tagen mit
+ verbindlichem Liefertermin.|Bitte senden Sie die Auftragsbestätigung an unseren Einkauf und nicht an diese
+ Adresse.]
[Rechnungen ohne Bestellnummer {po} können nicht bearbeitet werden.|Bitte geben Sie die Bestellnummer auf
+ Lieferschein und Rechnung an.]
# Abruf aus Rahmenvertrag | Abrufbestellung {po} | Abruf {po}
Im Rahmen unseres Rahmenvertrags rufen wir hiermit {n} [Stück|Paletten] {product} ab, Lieferung [am {date}|in
+ KW {n}].
Unsere Abrufnummer lautet {po}. [Preise und Konditionen gemäß Rahmenvertrag.|Bitte pro Abruf eine Rechnung.]
# Nochmal {product} | Kurze Bestellung | Nachbestellung {po}
Könnt ihr uns noch {n} x {product} an den Standort {city} schicken? Bestellnummer {po}. Danke!
# Auftrag: Arbeiten am {date} | Auftragserteilung {po} | Freigabe der Arbeiten in {city}
Hiermit beauftragen wir Sie mit [den Montagearbeiten|der Wartung|der Fensterreinigung] an unserem Standort in
+ {city} [am {date}|in der Woche ab dem {date}].
[Der Preis entspricht Ihrem Angebot {quote}.|Der vereinbarte Festpreis beträgt {amount} zzgl. MwSt.] Unsere
+ Bestellnummer ist {po}; bitte auf der Rechnung angeben.
[Bitte melden Sie sich bei Ankunft am Empfang.|Ihr Ansprechpartner vor Ort ist {colleague}.]
# Anlieferzeiten Bestellung {po} | Bestellung {po} – bitte Anlieferzeiten beachten | Neue Bestellung {po},
+ Lieferung {city}
Anbei unsere Bestellung {po}.
[Anlieferung nur werktags zwischen 7:00 und 15:00 Uhr.|Unser Wareneingang ist Montag bis Freitag von 7:00 bis
+ 15:00 Uhr besetzt.] [Bitte melden Sie sich eine halbe Stunde vorher telefonisch bei {sender}.|Der Fahrer
+ meldet sich bitte an Tor 2.]
[Teillieferungen werden nicht angenommen.|Teillieferungen sind in Ordnung, sofern alles bis zum {date} da
+ ist.]
# Änderung Bestellung {po} | Änderung zur Bestellung {po} | Bestellung {po}: geänderte Menge
Bitte ändern Sie unsere Bestellung {po}: [Wir benötigen jetzt {n} Stück statt der ursprünglichen Menge.|Der
+ Liefertermin verschiebt sich auf den {date}.|Bitte ergänzen Sie {n} x {product}.]
Alle übrigen Bedingungen bleiben unverändert. [Die geänderte Bestellung liegt bei.|Bitte senden Sie uns eine
+ aktualisierte Auftragsbestätigung.]
# Bestellung Ausstattung neues Büro | Büroausstattung – Bestellung {po} | Möbel und IT für {city}
Für unser neues Büro in {city} bestellen wir:
{items}
Bitte stellen Sie die Rechnung [an unsere Zentrale|auf Kostenstelle {n}00] und geben Sie die Bestellnummer
+ {po} an. [Die Lieferung muss unbedingt vor dem {date} erfolgen, da an diesem Tag der Umzug ist.|Das Gebäude
+ ist ab dem {date} zugänglich.]
# Catering für den {date} | Bestellung Catering {po} | Verbindliche Bestellung für unsere Veranstaltung
Für [unsere Betriebsversammlung|unseren Kundenabend|die Weihnachtsfeier] am {date} bestellen wir verbindlich
+ [ein Buffet|Fingerfood und Getränke] für {n}0 Personen gemäß Ihrem Angebot {quote}.
Anlieferung bitte bis {time} Uhr an [unseren Standort in {city}|den Eingang Süd, Raum {room}]. [Davon bitte
+ {n} Portionen vegetarisch und zwei vegan.|Bitte bringen Sie auch Geschirr und Stehtische mit.]
Unsere Bestellnummer {po} bitte auf der Rechnung angeben.
# Streckengeschäft: Direktlieferung an Kunden | Bestellung {po} – Direktversand | Bestellung {po}, bitte
+ neutral liefern
Bitte liefern Sie die folgende Bestellung {po} direkt an unseren Kunden in {city}:
{items}
[Bitte neutral verpacken und keine Preise auf den Lieferschein drucken.|Der Lieferschein muss auf unseren
+ Firmennamen lauten, die Rechnung geht an uns.] [Lieferadresse und Ansprechpartner stehen in der
+ Bestellung.|Bitte avisieren Sie die Lieferung einen Tag vorher beim Kunden.]
# Bestätigung unserer telefonischen Bestellung | Wie besprochen: Bestellung {po} | Schriftliche Bestellung zum
+ Telefonat
Wie [heute Vormittag|eben] telefonisch mit [Ihnen|Ihrem Kollegen] besprochen, bestellen wir hiermit
+ verbindlich {n}0 [Stück|Meter|Rollen] {product} zum Gesamtpreis von {amount} netto.
[Liefertermin wie zugesagt: {date}.|Sie hatten Lieferung innerhalb von {days} Tagen zugesagt.] Bestellnummer:
+ {po}.
# Druckauftrag {po} | Bestellung bedruckte Kartons | Auftrag: Etiketten mit unserem Logo
Wir bestellen {n}000 [bedruckte Faltkartons|Etiketten|Kundenmagazine] gemäß beiliegender Druckvorlage und
+ Ihrem Angebot {quote}.
[Bitte senden Sie uns vor Produktionsbeginn einen Korrekturabzug zur Freigabe.|Ein Andruck zur Farbfreigabe
+ ist erforderlich.]
[Liefertermin spätestens {date}.|Die Ware muss bis KW {n} bei uns sein.] Bestellnummer {po}.

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
# Preisanfrage für folgende Artikel | Bitte um Angebot | Anfrage Preise
Bitte unterbreiten Sie uns ein Angebot für die folgenden Positionen:
{items}
[Bitte mit Lieferzeit und Angabe, ob die Preise frei Haus sind.|Bitte nennen Sie uns auch Ihre
+ Zahlungsbedingungen.] [Wir holen mehrere Angebote ein und entscheiden bis zum {date}.|Es handelt sich um
+ eine Erstbestellung, weitere Aufträge sind möglich.]
# Ausschreibung Reinigungsvertrag | Wartungsvertrag {quote} | Angebot für einen [Jahresvertrag|mehrjährigen
+ Vertrag]
Unser aktueller Vertrag für [die Unterhaltsreinigung|die Wartung unserer Anlagen|die Wartung von Heizung und
+ Klimaanlage] läuft zum {date} aus, und wir holen derzeit Angebote ein.
Es handelt sich um [unser Gebäude in {city}|unseren Standort] mit ca. {n}00 m² Fläche. [Eine Begehung kann mit
+ {colleague} vereinbart werden.|Bitte teilen Sie uns mit, wann Sie sich das vor Ort ansehen können.]
[Bitte geben Sie Ihre Stundensätze und eventuelle Anfahrtskosten an.|Wir benötigen einen Monatspreis und die
+ Kündigungsfrist.] Unser Zeichen: {quote}.
# Preis für {n} x {product}? | Kurze Preisfrage | Was kosten {n} Stück?
Was würden {n} x {product} mit Lieferung nach {city} kosten? Danke vorab.
# Schulung für unser Team | Angebot Workshop am {date} | Inhouse-Schulung – Kosten?
Wir suchen [eine Inhouse-Schulung|einen Workshop] für etwa {n} Mitarbeitende, [idealerweise am
+ {date}|irgendwann im {month}].
[Können Sie uns ein Angebot mit Ablauf und Preis schicken?|Was würde das inklusive Unterlagen und Anfahrt
+ kosten?]
[Die Schulung würde bei uns im Büro in {city} stattfinden.|Ein Raum mit Beamer ist bei uns vorhanden.]
# Kostenvoranschlag Reparatur | Was kostet eine Reparatur? | Reparatur – können Sie helfen?
Unser [Gabelstapler|Kaffeevollautomat|Etikettendrucker] [ist letzte Woche ausgefallen|funktioniert nicht mehr
+ richtig].
Könnten Sie uns einen Kostenvoranschlag für die Reparatur machen, [oder lohnt sich eher ein Neugerät?|und
+ sagen, wie schnell Sie kommen könnten?] [Die Garantie ist abgelaufen.|Wir haben das Gerät seinerzeit bei
+ einem anderen Händler gekauft.]
# Suchen neuen Lieferanten | Haben Sie das auf Lager? | Verfügbarkeit und Preis – dringend
Unser bisheriger Lieferant kann [Kopierpapier|Tonerkartuschen|Versandkartons|Kupferrohr|Sicherheitsschuhe]
+ [erst wieder ab {month}|in den nächsten Wochen nicht] liefern.
Können Sie das liefern, und zu welchem Preis bei {n} Stück? [Wir bräuchten die Ware bis zum {date}.|Diesmal
+ ist uns die Schnelligkeit wichtiger als der Preis.]
# Mietanfrage | Mietangebot für {n} Tage | Mietpreise
Wir möchten [einen Gabelstapler|zwei Gabelstapler|ein Stromaggregat|ein Gerüst] für {n} Tage ab dem {date} an
+ unserem Standort in {city} mieten.
[Was kostet das inklusive An- und Abtransport?|Bitte schicken Sie uns ein Angebot inklusive Versicherung.]
# Angebot wie letzte Bestellung | Wiederholungsbedarf {product} – aktuelles Angebot? | Anfrage auf Basis
+ unserer Bestellung {po}
Wir hatten [im letzten Jahr|im Frühjahr] bei Ihnen {product} bestellt (unsere Bestellung {po}).
[Für ein neues Projekt|Für unseren Jahresbedarf] benötigen wir nun {n}00 Stück in derselben Ausführung.
[Bitte schicken Sie uns ein aktuelles Angebot mit Lieferzeit.|Können Sie die damaligen Preise halten? Wir
+ bitten um ein Angebot.] [Wir würden gerne bis Ende {month} bestellen.|Die Lieferung bräuchten wir bis
+ {date}.]
# Werbemittel für die Messe | Angebot Werbeartikel mit Logo | Kugelschreiber und Taschen bedrucken
Als [Give-aways für die Messe in {city}|Kundengeschenke zum Jahresende] suchen wir [bedruckte
+ Kugelschreiber|Baumwolltaschen mit Logo|Kaffeebecher mit unserem Logo].
Menge: ca. {n}00 Stück, [einfarbiger Druck|Druck in zwei Farben]. [Das Logo schicken wir Ihnen als
+ Vektordatei.|Können Sie uns vorab ein Muster zeigen?]
Wir bräuchten die Ware bis spätestens {date}. Was würde das kosten?
# Angebot Büroumzug | Umzug am {date} – Kostenvoranschlag | Anfrage Umzugsunternehmen
Wir ziehen [im {month}|am {date}] mit unserem Büro [innerhalb von {city}|nach {city}] um und suchen ein
+ Umzugsunternehmen.
Es geht um etwa {n}0 Arbeitsplätze inklusive [Akten, IT-Technik und Serverschrank|Ab- und Aufbau der Möbel];
+ [der alte Standort liegt im 3. Stock ohne Aufzug|am neuen Standort gibt es einen Lastenaufzug].
[Können Sie sich das vorab ansehen?|Bitte schicken Sie uns ein Festpreisangebot.] [Der Umzug muss an einem
+ Wochenende stattfinden.|Ansprechpartner bei uns ist {colleague}.]
# Notebooks inklusive Einrichtung | Angebot für {n}0 Laptops | Anfrage Hardware und Einrichtung
Wir möchten [im {month}|bis Jahresende] {n}0 Arbeitsplätze mit neuen [Notebooks|Notebooks samt Dockingstation
+ und Monitor] ausstatten.
[Bitte bieten Sie uns die Geräte inklusive Einrichtung, Datenübernahme und Entsorgung der Altgeräte
+ an.|Wichtig sind uns drei Jahre Vor-Ort-Garantie und ein fester Ansprechpartner.]
[Leasing wäre für uns auch interessant.|Können Sie uns auch ein Angebot für die Miete machen?]
# Catering für unsere Veranstaltung | Angebot Catering {n}0 Personen | Anfrage Buffet am {date}
Am {date} veranstalten wir [einen Kundenabend|unsere Weihnachtsfeier|ein Sommerfest] für etwa {n}0 Personen in
+ [unseren Räumen in {city}|unserer Halle].
Wir suchen ein Catering mit [warmem Buffet|Fingerfood] und Getränken, [auch vegetarisch und vegan|inklusive
+ Servicepersonal].
[Was würden Sie pro Person berechnen?|Unser Budget liegt insgesamt bei rund {amount}.] [Bitte schicken Sie uns
+ ein paar Menüvorschläge mit Preisen.|Ist der Termin bei Ihnen noch frei?]
# Übersetzung Betriebsanleitung | Angebot für eine Übersetzung | Übersetzungsauftrag – Preisanfrage
Wir benötigen eine Übersetzung [unserer Betriebsanleitung|unseres Produktkatalogs|unserer AGB und der
+ Website-Texte] ins [Englische|Französische und Italienische|Polnische].
Der Umfang beträgt etwa {n}0 Seiten [im Word-Format|als InDesign-Datei]. [Gibt es Rabatt für Wiederholungen
+ aus früheren Übersetzungen?|Wir bräuchten das bis zum {date}.]
Bitte schicken Sie uns Ihr Angebot [mit Preis pro Wort|mit Festpreis und Liefertermin].
# Anfrage Drehteile nach Zeichnung | Angebot Sonderanfertigung | Preisanfrage {quote} – Fertigung nach
+ Zeichnung
Anbei erhalten Sie [die Zeichnung|die Zeichnungen und 3D-Daten] für [ein Drehteil aus Edelstahl|ein Frästeil
+ aus Aluminium|eine Blechbaugruppe].
Bitte bieten Sie uns Preise für die Losgrößen 100, 500 und 1.000 Stück an, [inklusive Materialzeugnis
+ 3.1|inklusive Erstmusterprüfbericht].
[Bitte nennen Sie auch die Werkzeugkosten, falls welche anfallen.|Wichtig ist uns die Lieferzeit für das erste
+ Los.] Angebotsabgabe bitte bis {date} unter Angabe von {quote}.
# Leasingangebot Transporter | Angebot Fuhrpark | Anfrage Fahrzeugleasing
Wir möchten [{n} Transporter|{n} Kombis für den Außendienst|ein Elektrofahrzeug für die Stadtbelieferung]
+ leasen.
[Laufzeit 36 Monate, ca. 20.000 km pro Jahr.|Laufzeit 48 Monate, Laufleistung rund 30.000 km im Jahr.] [Bitte
+ mit Wartung und Reifen.|Gerne auch mit Full-Service-Paket.]
Was wären Ihre Konditionen? [Der Bedarf besteht ab {month}.|Wir vergleichen gerade mehrere Angebote.]
# Anfrage Transporte ab {city} | Frachtangebot für regelmäßige Lieferungen | Tarifanfrage Spedition
Wir suchen eine Spedition für regelmäßige Transporte von unserem Lager in {city} nach
+ [Wien|Zürich|Hamburg|München].
Es handelt sich um etwa {n} Paletten pro Woche, [nicht stapelbar|teilweise Gefahrgut], [mit Abholung jeweils
+ am {weekday}|mit Zustellung am Folgetag].
[Bitte schicken Sie uns Ihren Tarif inklusive Maut und Zuschlägen.|Können Sie uns ein Angebot für ein Jahr
+ machen?] [Die Verzollung für die Schweiz müsste mit angeboten werden.|Bisher läuft das über eine andere
+ Spedition, wir möchten vergleichen.]
# Ersuchen um Angebot Winterdienst | Winterdienst Saison | Angebot Schneeräumung
Wir ersuchen um Übermittlung eines Angebots für den Winterdienst an unserem Betriebsstandort in {city} für die
+ kommende Saison.
Zu räumen und zu streuen sind [der Parkplatz mit ca. {n}0 Stellplätzen und die Gehwege|die Zufahrt, die
+ Laderampe und der Gehsteig vor dem Gebäude], jeweils bis 6:00 Uhr früh.
[Bitte um Angabe eines Pauschalpreises pro Saison sowie der Kosten je Einsatz.|Bitte geben Sie an, ob das
+ Streugut im Preis enthalten ist.] [Eine Begehung ist nach Terminvereinbarung jederzeit möglich.|Wir bitten
+ um Zusendung bis {date}.]
# Nachdruck Imagebroschüre | Angebot Broschüren wie im Vorjahr | Preisanfrage Druck {n}000 Exemplare
Sie hatten im letzten Jahr unsere [Imagebroschüre|Mitarbeiterzeitschrift|Produktkataloge] gedruckt (Ihre
+ Rechnung {inv}).
Wir planen jetzt [einen Nachdruck mit leicht geänderten Inhalten|eine neue Ausgabe], diesmal {n}000 Exemplare,
+ [wieder auf 170-g-Bilderdruckpapier|gerne auf Recyclingpapier].
[Könnten Sie uns ein Angebot schicken, gerne auch mit einer höheren Auflage zum Vergleich?|Was würde das heute
+ kosten, und liegen die Druckdaten von damals noch bei Ihnen?] [Die neuen Daten liefern wir bis zum
+ {date}.|Wir bräuchten die Broschüren bis Ende {month}.]
# Tagungsraum für {n}0 Personen | Anfrage Tagungspauschale | Seminarraum am {date} verfügbar?
Wir planen [eine zweitägige Klausurtagung|einen Workshop|unsere Vertriebstagung] für etwa {n}0 Personen und
+ suchen dafür [ab dem {date}|im {month}] einen passenden Raum.
Benötigt werden [Beamer, Flipcharts und WLAN|ein Plenarraum und zwei Gruppenräume], dazu [Kaffeepausen und
+ Mittagessen|Übernachtung im Einzelzimmer].
[Ist der Termin bei Ihnen noch frei, und was würde die Tagungspauschale pro Person kosten?|Bitte senden Sie
+ uns ein Angebot inklusive Verpflegung und Zimmerpreisen.] [Eine Option bräuchten wir bis zum {date}.|Wichtig
+ wäre uns eine kostenlose Stornierung bis vier Wochen vorher.]
# Mietwäsche für unser Pflegeheim | Angebot Wäscheversorgung | Anfrage Flachwäsche und Berufskleidung
Wir betreiben [ein Seniorenheim|eine stationäre Pflegeeinrichtung|ein Pflegeheim] mit {n}0 Betten in {city}
+ und überlegen, die Wäsche künftig auszulagern.
[Gefragt ist ein Angebot für Mietwäsche (Bettwäsche, Handtücher) inklusive Abholung und Lieferung zweimal pro
+ Woche.|Es geht um die Flachwäsche und die Dienstkleidung von rund {n}0 Mitarbeitenden.]
[Wichtig ist uns ein Waschverfahren nach RKI-Richtlinie.|Bitte berücksichtigen Sie, dass auch Bewohnerwäsche
+ mit Namenskennzeichnung anfällt.] [Könnten Sie uns ein unverbindliches Angebot machen?|Gerne vereinbaren wir
+ dazu einen Termin vor Ort.]
# Häckseln diese Saison | Was nehmen Sie pro Hektar? | Anfrage Lohnarbeiten
Ich habe dieses Jahr rund {n}0 Hektar [Mais|Getreide|Grünland] in der Gegend um {city} und suche einen
+ Lohnunternehmer für [das Häckseln|den Drusch|die Gülleausbringung].
[Was nehmen Sie pro Hektar, und hätten Sie im {month} noch Kapazität frei?|Haben Sie in der Saison noch
+ Termine frei, und zu welchem Preis?] [Abfahren könnte ich selbst mit zwei Gespannen.|Die Flächen liegen alle
+ nah beieinander.]
# Honoraranfrage Vertragsprüfung | Anfrage: Überarbeitung unserer AGB | Kostenrahmen für rechtliche Beratung
Wir möchten [unsere Allgemeinen Geschäftsbedingungen|unsere Lieferverträge mit Kunden im Ausland|unsere
+ Musterarbeitsverträge] rechtlich prüfen und überarbeiten lassen.
[Es handelt sich um etwa {n}0 Seiten.|Die aktuellen Fassungen sind schon einige Jahre alt und wurden seitdem
+ nicht angepasst.]
Könnten Sie uns vorab [einen Kostenrahmen|ein Pauschalhonorar] nennen[, oder rechnen Sie ausschließlich nach
+ Stunden ab?| und uns sagen, wie lange die Prüfung etwa dauern würde?] [Ein erstes Gespräch gerne auch per
+ Video.|Die Unterlagen schicken wir Ihnen gerne vorab zur Einschätzung.]
# Lizenzverlängerung und zusätzliche Nutzer | Angebot Verlängerung Softwarelizenzen | Anfrage: {n} weitere
+ Lizenzen
Unsere Lizenzen für [die CAD-Software|das ERP-System|die Zeiterfassung] laufen am {date} aus; abgerechnet
+ wurden zuletzt {n}0 Nutzer mit Ihrer Rechnung {inv}.
[Wir möchten verlängern und zusätzlich {n} Lizenzen dazunehmen.|Da wir gewachsen sind, brauchen wir künftig
+ rund {n} Nutzer mehr.]
[Bitte schicken Sie uns ein Angebot für ein und für drei Jahre Laufzeit.|Gibt es inzwischen ein günstigeres
+ Modell für Gelegenheitsnutzer?] [Bitte geben Sie auch an, ob der Support weiterhin enthalten ist.|Das
+ Angebot benötigen wir bis zum {date} für unsere Budgetplanung.]
# Ladestationen für unseren Parkplatz | Angebot Wallboxen | Anfrage Installation E-Ladepunkte
Wir möchten auf unserem Firmenparkplatz in {city} [{n} Wallboxen|{n} Ladepunkte für Dienstwagen und
+ Mitarbeiter] installieren lassen.
[Der Hausanschluss befindet sich im Keller, etwa 40 Meter vom Parkplatz entfernt.|Ob unser Netzanschluss dafür
+ ausreicht, müsste noch geprüft werden.]
[Können Sie sich das vor Ort ansehen und uns ein Angebot inklusive Lastmanagement machen?|Bitte nennen Sie uns
+ einen ungefähren Preis pro Ladepunkt inklusive Montage und Anmeldung beim Netzbetreiber.] [Umsetzen würden
+ wir das gerne bis {month}.|Mögliche Förderprogramme sollten Sie bitte berücksichtigen.]
# Fotograf am {date}? | Sind Sie am {date} noch frei? | Fotos für unsere Veranstaltung
Sind Sie am {date} [nachmittags|ab {time} Uhr] noch frei? Wir bräuchten [Fotos von unserem
+ Firmenjubiläum|Porträts unserer Mitarbeiter für die Website|Fotos von {event}], etwa [drei Stunden|einen
+ halben Tag].
Was würde das inklusive Bildbearbeitung kosten?
# Angebot Photovoltaikanlage | PV-Anlage für unser Hallendach | Anfrage Solaranlage mit Speicher
Wir überlegen, auf dem Dach unserer [Produktionshalle|Lagerhalle|Werkstatt] in {city} eine Photovoltaikanlage
+ installieren zu lassen.
Die Dachfläche beträgt rund {n}00 m² [(Trapezblech, etwa 10 Grad Neigung)|(Flachdach mit Bitumenabdichtung)],
+ unser Stromverbrauch liegt bei etwa {n}00.000 kWh im Jahr, überwiegend tagsüber.
[Bitte erstellen Sie uns ein Angebot inklusive Montage, Netzanmeldung und
+ Wirtschaftlichkeitsberechnung.|Interessant wäre für uns auch ein Batteriespeicher, bitte bieten Sie beide
+ Varianten an.] [Ob die Statik das hergibt, müssten Sie bitte mit prüfen.|Könnten Sie sich das vorab vor Ort
+ ansehen?]
# Angebot Aktenvernichtung | Datenschutzgerechte Vernichtung von Altakten | Datentonnen für unsere Büros –
+ Preis?
Im Zuge [der Räumung unseres Archivs|unseres Umzugs] müssen wir etwa {n} Kubikmeter Altakten
+ datenschutzgerecht vernichten lassen.
[Außerdem suchen wir eine dauerhafte Lösung mit verschließbaren Sammelbehältern, die Sie regelmäßig
+ leeren.|Darüber hinaus hätten wir gern {n} abschließbare Datentonnen für die Büros, Leerung einmal im
+ Monat.]
[Bitte nennen Sie uns die Kosten inklusive Abholung und Vernichtungsprotokoll nach DIN 66399.|Was würde das
+ bei Ihnen kosten, und nach welcher Sicherheitsstufe vernichten Sie?] [Die Akten lagern im Keller, einen
+ Aufzug gibt es nicht.|Die Abholung sollte bis {date} erfolgen.]
# Versandkartons mit Aufdruck | Anfrage bedruckte Faltkartons | Preis für Kartonagen nach Maß
Für unseren Onlineshop suchen wir Versandkartons [mit unserem Logo im Einfarbdruck|in drei Größen, außen
+ bedruckt], der Jahresbedarf liegt bei etwa {n}.000 Stück.
Das größte Format hätte innen ungefähr [30 x 20 x 10 cm|40 x 30 x 15 cm]; [gern als Faltkarton mit
+ Aufreißstreifen|wichtig ist uns, dass sich die Kartons ohne Klebeband verschließen lassen].
[Können wir die Menge in Teilmengen abrufen?|Bitte geben Sie Preise für 2.000, 5.000 und 10.000 Stück an.]
+ [Ein Muster unseres jetzigen Kartons schicken wir Ihnen gern zu.|Umstellen möchten wir ab {month}.]
# Angebot IT-Betreuung | Wir suchen einen neuen IT-Dienstleister | Anfrage: Support für {n}0 Arbeitsplätze
Unser bisheriger IT-Dienstleister [geht in den Ruhestand|betreut künftig nur noch Großkunden], deshalb suchen
+ wir ab {month} einen neuen Partner für unsere rund {n}0 Arbeitsplätze.
Dazu gehören [ein Server vor Ort, Microsoft 365 und die Datensicherung|Firewall, Backup und die Anbindung
+ unserer Warenwirtschaft] sowie Unterstützung bei den täglichen Kleinigkeiten.
[Am liebsten wäre uns eine monatliche Pauschale pro Arbeitsplatz.|Bitte bieten Sie sowohl eine Pauschale als
+ auch die Abrechnung nach Aufwand an.] [Wie schnell sind Sie bei einem Ausfall vor Ort?|Ein erstes
+ Kennenlernen bei uns in {city} wäre schön.]
# Arbeitskleidung mit Logo | Angebot Berufsbekleidung für {n}0 Mitarbeitende | Anfrage: Poloshirts und Jacken
+ bestickt
Wir möchten unsere Leute [in Werkstatt und Montage|im Service und im Lager|im Verkauf und am Empfang]
+ einheitlich einkleiden und suchen dafür einen Lieferanten.
Benötigt werden pro Person [zwei Bundhosen, drei T-Shirts und eine Softshelljacke|drei Poloshirts, ein Fleece
+ und eine Arbeitsjacke], jeweils mit unserem Logo [bestickt|als Transferdruck], insgesamt für etwa {n}0
+ Personen.
[Wichtig sind uns eine strapazierfähige Qualität und die Möglichkeit, später einzelne Teile
+ nachzubestellen.|Könnten wir vorab Größenmuster zur Anprobe bekommen?] [Bitte schicken Sie uns ein Angebot
+ inklusive Veredelung und Lieferzeit.|Was würde das ungefähr kosten, und wie lange dauert die Lieferung?]
# Angebot Entsorgung Gewerbeabfall | Anfrage Containerdienst | Preisanfrage Abholung Altpapier und Restmüll
Für unseren Betrieb in {city} suchen wir ab {month} einen neuen Entsorgungspartner.
Bei uns fallen regelmäßig [Kartonagen und Folien|Gewerbeabfall, Altpapier und Holzpaletten|Metallspäne, Altöl
+ und Gewerbeabfall] an; derzeit stehen [ein 10-m³-Absetzcontainer und eine Ballenpresse|zwei
+ 1.100-Liter-Behälter und ein Container für Altholz] bei uns im Hof.
[Wir ersuchen um ein Angebot für Behältermiete, Leerung im 14-tägigen Rhythmus und die Entsorgungspreise pro
+ Tonne.|Bitte nennen Sie uns die Miet- und Leerungskosten sowie die Vergütung für Altpapier und Schrott.]
+ [Ein Lokalaugenschein kann jederzeit vereinbart werden.|Die Entsorgungsnachweise für unser Abfallregister
+ müssten Sie mit übernehmen.]
# Angebot Betriebshaftpflicht | Vergleichsangebot Firmenversicherung | Anfrage Haftpflichtversicherung für
+ unseren Betrieb
Unsere [Betriebshaftpflichtversicherung|Betriebs- und Produkthaftpflicht|Berufshaftpflicht] ist zum {date}
+ kündbar, und wir möchten vorher Vergleichsangebote einholen.
Wir sind [ein Handwerksbetrieb mit {n} Mitarbeitenden|ein Onlinehändler mit eigenem Lager in {city}|ein
+ Ingenieurbüro mit {n}0 Beschäftigten]; der Jahresumsatz liegt bei rund [{n} Millionen|{n}00.000] Euro.
[Bitte bieten Sie uns eine Deckungssumme von mindestens 5 Mio. Euro an, gerne mit und ohne
+ Selbstbehalt.|Wichtig ist uns, dass auch Schäden bei Kunden vor Ort und Mietsachschäden abgedeckt sind.]
+ [Die bisherige Police und die Schadenshistorie schicken wir Ihnen auf Wunsch gerne zu.|Könnten Sie uns bis
+ {weekday} ein Angebot zukommen lassen?]
# Neue Website – was kostet das? | Angebot Website mit Onlineshop | Anfrage Webdesign
Unsere Website ist [in die Jahre gekommen|über zehn Jahre alt] und [lässt sich auf dem Handy kaum
+ bedienen|kann von uns selbst nicht gepflegt werden].
Wir hätten gern eine neue Seite mit [etwa {n} Unterseiten und Kontaktformular|einem kleinen Onlineshop für
+ rund {n}0 Artikel], die wir danach selbst aktualisieren können.
[Texte und Fotos liefern wir.|Fotos bräuchten wir auch, die alten sind nicht mehr zu gebrauchen.] Was würde so
+ etwas ungefähr kosten, [und was käme monatlich für Hosting und Wartung dazu?|und wie lange würde es dauern?]

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
# Ihr Mitarbeiter am Telefon | Beschwerde über die Behandlung | Unfreundliches Personal
Ich habe am {date} wegen der Bestellung {po} [bei Ihrer Hotline angerufen|Ihre Filiale in {city} besucht], und
+ [der Mitarbeiter|die Person, mit der ich gesprochen habe] war [ausgesprochen unhöflich|kurz angebunden und
+ völlig unkooperativ].
[Man sagte mir, das sei „nicht sein Problem“, und legte auf.|Es wurde nicht einmal versucht, eine Lösung zu
+ finden.] [So möchte ich als langjähriger Kunde nicht behandelt werden.|Ich erwarte eine Entschuldigung.]
# Termin am {date} nicht eingehalten | Techniker nicht erschienen | Schon wieder niemand gekommen
Wir hatten für den {date} einen Termin [zwischen 8 und 12 Uhr|am Vormittag] vereinbart, aber es ist niemand
+ gekommen.
[Ich habe mir dafür extra einen Tag Urlaub genommen.|Unsere Mitarbeiter haben den ganzen Tag gewartet.]
+ Abgesagt hat auch niemand.
[Ich erwarte noch diese Woche einen neuen Termin und eine Entschädigung für den Ausfall.|Bitte teilen Sie mir
+ mit, was schiefgelaufen ist und wann jemand kommt.]
# Ausfall Ihres Systems | Portal nicht erreichbar | Dritter Ausfall in diesem Monat
Ihr [System|Portal|Dienst] ist seit {time} Uhr [ausgefallen|nicht erreichbar], und wir können [keine Aufträge
+ bearbeiten|unseren Kunden keine Rechnungen stellen].
[Das ist bereits der dritte Ausfall in diesem Monat.|Auf Ihrer Statusseite steht immer noch, dass alles
+ läuft.] [Wir zahlen für 99,9 % Verfügbarkeit, davon kann keine Rede sein.|Bitte eskalieren Sie das sofort.]
[Wir werden die vertraglich vereinbarte Gutschrift geltend machen.|Ich erwarte eine schriftliche Stellungnahme
+ zur Ursache.]
# Erstattung immer noch nicht erhalten | Wo bleibt mein Geld? | Zugesagte Rückzahlung
Am {date} haben Sie uns bestätigt, dass wir {amount} [für die Retoure|für die Bestellung {po}] zurückbekommen.
[Inzwischen sind {days} Tage vergangen, und es ist nichts eingegangen.|Bis heute haben wir weder eine
+ Gutschrift noch das Geld erhalten.] [Jedes Mal, wenn ich anrufe, heißt es, das sei in Bearbeitung.|Langsam
+ reißt mir der Geduldsfaden.]
[Bitte überweisen Sie den Betrag noch diese Woche.|Sollte das Geld nicht bis zum {due} auf unserem Konto sein,
+ halten wir die Zahlung Ihrer offenen Rechnungen zurück.]
# Falsche Größe geliefert | Bestellung {po} – nicht wie bestellt | Qualität nicht wie vereinbart
Die mit der Bestellung {po} gelieferten [Sicherheitsschuhe|Arbeitsjacken|Arbeitshosen] [haben die falsche
+ Größe|haben nicht die bestellte Farbe|entsprechen nicht dem Muster, das Sie uns gezeigt haben].
[Bestellt war durchgehend Größe L, geliefert wurde M.|Die Qualität ist deutlich schlechter als beim Muster.]
+ [Bitte tauschen Sie die Ware kostenlos um.|Wir senden alles auf Ihre Kosten zurück.]
# Dritte E-Mail ohne Antwort | Immer noch keine Rückmeldung | Warum antwortet niemand?
Das ist bereits meine dritte E-Mail zu [Bestellung {po}|Rechnung {inv}|unserem Garantiefall], und ich habe
+ immer noch keine Antwort.
[Ihre Hotline ist ständig besetzt.|Der Chat verweist mich nur auf die FAQ.] Das finde ich wirklich schwach.
[Wenn ich bis {weekday} nichts höre, suchen wir uns einen anderen Lieferanten.|Bitte lassen Sie mich heute
+ noch zurückrufen.]
# Abbuchung nach Kündigung | Lastschrift ohne Berechtigung | Sie buchen immer noch ab
Wir haben [unseren Vertrag|das Software-Abonnement|unser Cloud-Backup-Abo] zum {date} gekündigt, [schriftlich
+ bestätigt|fristgerecht], trotzdem haben Sie erneut {amount} von unserem Konto abgebucht.
[Bitte erstatten Sie den Betrag umgehend und bestätigen Sie die Kündigung.|Ich habe die Lastschrift bei
+ unserer Bank zurückgehen lassen.] [Weitere Rechnungen möchte ich nicht erhalten.|Ihre Rechnung {inv} ist
+ damit für uns gegenstandslos.]
# Nicht vereinbarte Zusatzkosten | Rechnung {inv} – Positionen nicht vereinbart | Einspruch gegen Rechnung
+ {inv}
In Ihrer Rechnung {inv} finden sich [eine Anfahrtspauschale und Entsorgungskosten|Kosten für Überstunden und
+ Wochenendzuschläge|Verpackungs- und Versicherungskosten], die so nie vereinbart waren.
[In Ihrem Angebot {quote} war ausdrücklich ein Festpreis genannt.|Davon war bei der Auftragsvergabe mit keinem
+ Wort die Rede.]
Wir bezahlen [nur den vereinbarten Betrag|diese Positionen nicht] und bitten um eine korrigierte Rechnung.
# Schäden nach Ihren Arbeiten | Beschädigung bei der Montage am {date} | Baustelle in {city} – so nicht!
Bei [der Montage|den Malerarbeiten|der Installation] am {date} haben Ihre Mitarbeiter [unseren neuen
+ Bodenbelag zerkratzt|eine Glastür beschädigt|die frisch gestrichene Wand im Flur beschädigt].
[Außerdem wurde der ganze Schmutz einfach liegen gelassen.|Gemeldet hat das niemand, wir haben es erst am
+ nächsten Morgen bemerkt.]
[Fotos sind beigefügt.|Fotos schicke ich gerne nach.] Bitte teilen Sie uns mit, [wie Sie den Schaden
+ regulieren|wann jemand kommt, um das zu beheben], und informieren Sie Ihre Haftpflichtversicherung.
# Mängelrüge | Mängelrüge zu Bestellung {po} | Fristsetzung zur Nacherfüllung
Hiermit rügen wir [folgende Mängel an Ihrer Lieferung vom {date}|Mängel an der mit Bestellung {po} gelieferten
+ Ware]: [die Maße weichen deutlich von der Zeichnung ab|die Oberflächen weisen Korrosion auf|die Teile halten
+ die vereinbarten Toleranzen nicht ein].
Die Ware ist [gesperrt|separat eingelagert] und steht zu Ihrer Verfügung.
Wir fordern Sie auf, innerhalb von {days} Tagen mangelfreien Ersatz zu liefern. [Andernfalls behalten wir uns
+ vor, vom Vertrag zurückzutreten und Schadenersatz zu verlangen.|Die uns entstandenen Kosten für Prüfung und
+ Sortierung stellen wir Ihnen in Rechnung.]
# Anlieferung ohne Avis | Ihr Fahrer hat die Ware einfach abgestellt | Paletten vor dem Tor abgeladen
[Ihr Fahrer|Der Fahrer Ihrer Spedition] hat [heute|am {date}] die Paletten zu [Bestellung {po}|unserem
+ Auftrag] [einfach vor dem Tor abgestellt|ohne Avis außerhalb unserer Anlieferzeiten abgeladen] und ist
+ wieder weggefahren.
[Die Ware stand stundenlang im Regen.|Niemand hat den Empfang quittiert, und jetzt fehlt ein Karton.]
[Das war nicht das erste Mal.|So geht das wirklich nicht.] Bitte sorgen Sie dafür, dass [sich Ihre Fahrer
+ künftig an der Warenannahme melden|das nicht wieder vorkommt].
# Ware kurz vor Ablauf | Mindesthaltbarkeit überschritten | Lieferung {po} – MHD
Bei der heutigen Lieferung [für unsere Kantine|für unsere Büroküche|zu Bestellung {po}] [ist bei mehreren
+ Artikeln das Mindesthaltbarkeitsdatum bereits überschritten|laufen die Milchprodukte schon in {n} Tagen ab].
[Das kann ich unseren Mitarbeitern nicht anbieten.|Von einem Lieferanten, mit dem wir seit Jahren
+ zusammenarbeiten, hätte ich das nicht erwartet.]
Bitte holen Sie die Ware wieder ab und liefern Sie [frische Ware|einwandfreien Ersatz].
# Reinigung mangelhaft | Beschwerde Unterhaltsreinigung | Reinigungsqualität im [Erdgeschoss|2. OG]
Seit einigen Wochen [lässt die Reinigung in unseren Büros deutlich nach|wird bei uns nur noch oberflächlich
+ geputzt].
[Die Mülleimer werden nicht geleert, und die Küche ist schmutzig.|Die Sanitärräume werden offenbar nur jeden
+ zweiten Tag gereinigt, obwohl täglich vereinbart ist.] [Es haben sich schon mehrere Mitarbeiter
+ beschwert.|Vor Kundenbesuchen ist das richtig peinlich.]
Bitte [kommen Sie diese Woche zu einer gemeinsamen Begehung vorbei|sprechen Sie mit Ihrem Team]. [Ansonsten
+ müssen wir den Vertrag überdenken.|Wir erwarten eine spürbare Verbesserung.]
# Weiterhin Werbung trotz Widerspruch | Datenschutz – Widerspruch ignoriert | Ich habe widersprochen!
Ich habe [am {date}|bereits zweimal] der Verwendung unserer Daten für Werbezwecke widersprochen und [mich vom
+ Newsletter abgemeldet|um Löschung gebeten].
Trotzdem erhalten wir weiterhin [Werbemails|Kataloge und Werbeanrufe] von Ihnen. [Das ist nicht nur ärgerlich,
+ sondern auch ein Verstoß gegen die DSGVO.|Offenbar wird unser Widerspruch bei Ihnen schlicht ignoriert.]
Ich erwarte eine schriftliche Bestätigung, dass unsere Daten gesperrt sind. [Sonst wende ich mich an die
+ Datenschutzbehörde.|Das ist meine letzte Aufforderung.]
# Ticket geschlossen, Problem nicht gelöst | Ticket {n}{n}{n}{n} bitte wieder öffnen | Support – Problem
+ besteht weiterhin
Sie haben unser Ticket {n}{n}{n}{n} [gestern|am {date}] als erledigt geschlossen, aber das Problem besteht
+ weiterhin: [der Export in die Buchhaltung bricht immer noch ab|die Geräte verlieren ständig die
+ Verbindung|der Drucker zeigt denselben Fehler].
[Eine Rückmeldung an uns gab es vorher nicht.|Der vorgeschlagene Workaround hilft uns nicht weiter.] Bitte
+ öffnen Sie das Ticket wieder und [geben Sie es an den Second-Level-Support weiter|rufen Sie mich an].
# Schulung am {date} enttäuschend | Reklamation Workshop | Rechnung {inv} – Schulung nicht wie vereinbart
Die Schulung am {date} hat leider nicht unseren Erwartungen entsprochen.
[Der Trainer war schlecht vorbereitet und hat die vereinbarten Themen nur gestreift.|Statt des vereinbarten
+ Praxisteils gab es nur Folien.|Die Schulung begann eine Stunde zu spät und endete früher als geplant.]
[Wir sehen nicht ein, dafür den vollen Preis laut Rechnung {inv} zu bezahlen.|Wir erwarten eine Preisminderung
+ oder einen kostenlosen Nachtermin.] Bitte melden Sie sich dazu bei mir.
# Unsere Veranstaltung am {date} | Beschwerde Firmenfeier | Tagung in Ihrem Haus – viele Mängel
Leider müssen wir Ihnen mitteilen, dass unsere [Tagung|Firmenfeier|Kundenveranstaltung] in Ihrem Haus am
+ {date} alles andere als reibungslos verlief.
[Der Raum war bei unserer Ankunft nicht vorbereitet, und die Technik funktionierte nicht.|Das Essen kam mit
+ fast einer Stunde Verspätung und war teilweise kalt.|Statt {n}0 Plätzen waren deutlich weniger eingedeckt.]
[Vor unseren Gästen war uns das sehr unangenehm.|Das war so nicht vereinbart.] Wir erwarten [einen
+ angemessenen Nachlass auf Ihre Rechnung|eine Stellungnahme und ein Entgegenkommen].
# Druckfehler in unseren Flyern | Auftrag {po} – Farben stimmen nicht | Ihre Lieferung der Broschüren
Die [Flyer|Broschüren|Speisekarten] aus unserem Auftrag {po} sind heute angekommen, und [die Farben weichen
+ deutlich vom freigegebenen Proof ab|unser Logo ist völlig unscharf gedruckt|auf jeder Seite ist der untere
+ Rand abgeschnitten].
[Der Korrekturabzug, den wir am {date} freigegeben haben, war einwandfrei.|In der PDF-Datei, die wir Ihnen
+ geschickt haben, ist alles korrekt.]
[So können wir die Drucksachen nicht an unsere Kunden verteilen.|Die Messe ist schon am {weekday}, bis dahin
+ brauchen wir einen Neudruck.]
Bitte drucken Sie die Auflage auf Ihre Kosten neu; [die Rechnung {inv} begleichen wir erst danach|bis dahin
+ halten wir die Zahlung der Rechnung {inv} zurück].
# Mittagessen für unsere Belegschaft | Portionen und Preis seit {month} | Ihre Rechnung {inv} für die
+ Mittagsverpflegung
Mit Ihrem Mittagstisch für unsere Belegschaft waren wir lange sehr zufrieden, [seit {month}|in den letzten
+ Wochen] hat sich aber einiges verändert.
[Die Portionen sind spürbar kleiner geworden, und Salat gibt es kaum noch dazu.|Das vegetarische Gericht ist
+ meist schon um halb eins aus.|Das Essen kommt regelmäßig nur noch lauwarm bei uns an.]
[Gleichzeitig berechnen Sie uns laut Rechnung {inv} {percent} % mehr pro Essen, ohne dass das mit uns
+ abgesprochen war.|Der Preis auf Ihrer Rechnung {inv} ist trotzdem derselbe geblieben.]
[Könnten wir uns dazu nächste Woche einmal zusammensetzen?|Ich wäre Ihnen dankbar, wenn Sie das intern klären
+ und mir kurz Bescheid geben.]
# Zahnersatz passt nicht | Arbeit vom {date} – erneute Nacharbeit nötig | Auftrag {n}{n}{n} – bitte dringend
+ abholen
Die am {date} gelieferte [Brücke|Krone|Teilprothese] für unseren Patienten (Auftrag {n}{n}{n}) passt [schon
+ wieder nicht|leider erneut nicht]: [der Biss ist deutlich zu hoch|der Randschluss stimmt nicht|die Farbe
+ passt überhaupt nicht zu den Nachbarzähnen].
[Wir mussten den Patienten bereits zum zweiten Mal unverrichteter Dinge nach Hause schicken.|Das ist innerhalb
+ von zwei Monaten schon der dritte Fall.]
[Bitte holen Sie die Arbeit heute noch ab und bessern Sie sie bis {weekday} nach.|Die Nacharbeit geht
+ selbstverständlich zu Ihren Lasten, und wir brauchen sie bis {weekday}.] [Andernfalls müssen wir uns nach
+ einem anderen Labor umsehen.|Ich bitte um einen Rückruf Ihres Laborleiters.]
# Pakete werden nicht zugestellt | Zustellung an unsere Firmenadresse | Sendung {track} – angeblich niemand
+ angetroffen
Laut Sendungsverfolgung [hat Ihr Zusteller am {date} niemanden angetroffen|war am {date} angeblich niemand da]
+ (Sendung {track}).
Unser Empfang ist aber [werktags von 7 bis 17 Uhr|durchgehend] besetzt, und es hat weder jemand geklingelt
+ noch eine Benachrichtigungskarte hinterlassen.
[Das ist in diesem Monat schon das {n}. Mal.|Wir müssen unsere Pakete inzwischen jedes Mal selbst in der
+ Filiale in {city} abholen.] [Bitte klären Sie das dringend mit dem zuständigen Fahrer.|So kann das nicht
+ weitergehen.]
# Abrechnung Kopierer | Seitenpreise nicht wie vereinbart | Rechnung {inv} – Vertrag Multifunktionsgerät
Bei der Prüfung Ihrer Rechnung {inv} ist uns aufgefallen, dass Sie [für Farbkopien einen höheren
+ Seitenpreis|ein höheres Mindestvolumen|zusätzlich eine Servicepauschale] berechnen, als im Vertrag
+ vereinbart ist.
[Eine Preisanpassung wurde uns nie angekündigt.|Laut unserem Wartungsvertrag gelten die Preise fest für die
+ gesamte Laufzeit.]
[Wir bitten Sie, die Rechnung zu korrigieren und uns die in den letzten Monaten zu viel gezahlten Beträge zu
+ erstatten.|Bitte schicken Sie uns eine korrigierte Rechnung; bis dahin halten wir die Zahlung zurück.]
# Baustelle in {city} ruht | Seit Wochen niemand auf der Baustelle | Fertigstellung Bauvorhaben {city}
Seit [drei Wochen|dem {date}] ist auf unserer Baustelle in {city} [niemand mehr von Ihrer Firma
+ aufgetaucht|kein einziger Handwerker mehr gewesen].
[Ihre Abschlagsrechnung {inv} haben wir pünktlich bezahlt, jetzt erwarten wir auch, dass weitergearbeitet
+ wird.|Die Abschlagszahlung über {amount} ist längst bei Ihnen eingegangen.]
[Ihr Bauleiter geht nicht ans Telefon, und auf E-Mails kommt nichts zurück.|Die Folgegewerke stehen in den
+ Startlöchern, und wir müssen sie immer wieder vertrösten.]
Wir setzen Ihnen hiermit eine Frist bis zum {due}, die Arbeiten wieder aufzunehmen. [Danach beauftragen wir
+ eine andere Firma auf Ihre Kosten.|Die Kosten, die uns durch die Verzögerung entstehen, stellen wir Ihnen in
+ Rechnung.]
# Relaunch unserer Website | Kontaktformular funktioniert nicht | Website – offene Punkte seit Wochen
Unsere neue Website ist seit dem {date} online, aber [das Kontaktformular verschickt keine Anfragen|die Seiten
+ laden auf dem Handy extrem langsam|die Hälfte der Produktbilder fehlt].
[Wir haben das bereits zweimal gemeldet, passiert ist nichts.|Dadurch sind uns vermutlich schon etliche
+ Kundenanfragen verloren gegangen.]
[Ehrlich gesagt hatten wir uns die Zusammenarbeit anders vorgestellt.|Für den Preis, den wir bezahlt haben,
+ erwarte ich etwas anderes.]
Bitte beheben Sie die Fehler bis {weekday}. [Die Schlussrechnung {inv} bezahlen wir, sobald alles
+ funktioniert.|Vorher geben wir die Schlussrechnung nicht frei.]
# Lieferung vom {date} – Futter verschimmelt | Qualität Ihrer Futterlieferung | Lieferung {po} – so nicht
+ verwendbar
Im [Kraftfutter|Mischfutter|Heu] aus Ihrer Lieferung vom {date} [sind deutliche Schimmelspuren zu sehen|sind
+ Klumpen, und es riecht muffig].
[Ich habe das Silo sofort gesperrt und die Tiere umgestellt.|Verfüttern kann ich das so auf keinen Fall.] [Der
+ Tierarzt war schon da, die Kosten dafür reiche ich nach.|Rückstellproben habe ich gezogen und aufbewahrt.]
Ich erwarte, dass Sie [die Ware umgehend abholen und Ersatz liefern|die Lieferung zurücknehmen und mir den
+ vollen Betrag gutschreiben].
# Schülerbeförderung | Bus schon wieder zu spät | Fahrten zum Schwimmunterricht
Als Schulleitung der [Grundschule|Mittelschule] in {city} muss ich mich leider an Sie wenden: [der Bus zum
+ Schwimmunterricht kam diese Woche zweimal über 20 Minuten zu spät|am {weekday} hat der Bus eine ganze Klasse
+ an der Haltestelle stehen lassen].
[Die Kinder standen bei Regen an der Straße, und entsprechend viele Eltern haben bei uns angerufen.|Dadurch
+ ist der Unterricht teilweise ganz ausgefallen.]
[Wir bitten Sie, mit Ihren Fahrern zu sprechen und uns schriftlich zu bestätigen, dass sich das nicht
+ wiederholt.|Sollte sich das nicht bessern, müssen wir den Schulträger einschalten.]
# Zimmerbuchung für den {date} | Reservierung nicht vorhanden | No-Show-Gebühr auf Rechnung {inv}
Für unsere Mitarbeiter hatten wir [{n} Zimmer|ein Kontingent von {n} Zimmern] für den {date} fest gebucht und
+ schriftlich bestätigt bekommen.
[Bei der Ankunft hieß es an der Rezeption, das Haus sei ausgebucht.|Bei der Ankunft um 22 Uhr waren zwei der
+ Zimmer bereits anderweitig vergeben.] [Die Kollegen mussten sich spätabends selbst ein anderes Hotel
+ suchen.|Eine Entschuldigung oder Hilfe gab es nicht, man hat nur mit den Schultern gezuckt.]
Dass Sie uns jetzt mit der Rechnung {inv} auch noch [eine No-Show-Gebühr|die volle Übernachtung] berechnen,
+ ist wirklich die Höhe. [Bitte stornieren Sie die Rechnung und übernehmen Sie die Mehrkosten für das
+ Ersatzhotel.|Wir werden diese Rechnung nicht bezahlen.]
# Lohnabrechnungen {month} | Fehler in der Lohnabrechnung | Gehälter im {month} verspätet
Leider waren die Lohnabrechnungen für {month} [wieder fehlerhaft|erneut verspätet]: [bei {n} Mitarbeitenden
+ wurden die Überstunden nicht berücksichtigt|die Gehälter konnten erst am {date} überwiesen werden|der neue
+ Kollege wurde mit der falschen Steuerklasse abgerechnet].
[Unsere Mitarbeiter kommen damit natürlich zu uns und nicht zu Ihnen.|Das sorgt bei uns im Betrieb für viel
+ Unruhe.]
Wir schätzen die langjährige Zusammenarbeit mit Ihrer Kanzlei sehr, bitten Sie aber, [die Abrechnungen
+ umgehend zu korrigieren|uns zu erläutern, wie Sie solche Fehler künftig vermeiden wollen]. [Die Kosten für
+ die Korrekturläufe möchten wir nicht tragen.|Ihre Honorarrechnung {inv} für diesen Monat sehen wir unter
+ diesen Umständen kritisch.]
# Schon wieder kaputt | Reparatur vom {date} hat nicht gehalten | Erneuter Defekt
[Der Kaffeevollautomat|Die Spülmaschine|Das Rolltor|Die Kühlzelle] ist [schon wieder kaputt|seit heute Morgen
+ wieder außer Betrieb], obwohl Ihr Techniker erst am {date} da war. [Zum dritten Mal.|Und das nach gerade mal
+ {n} Tagen.]
Ich gehe davon aus, dass Sie die nächste Reparatur nicht berechnen.
# Rechnung {inv} doppelt abgebucht | Doppelte Berechnung Lieferung {po} | Dieselbe Lieferung zweimal
+ berechnet
Für die Lieferung zur Bestellung {po} haben wir [zwei Rechnungen|neben der Rechnung {inv} noch eine
+ zweite Rechnung] über [exakt denselben Betrag|dieselben Positionen] erhalten, nämlich {amount}.
[Per Lastschrift wurde der Betrag auch prompt zweimal von unserem Konto eingezogen.|Unsere
+ Kreditorenbuchhaltung hat die Doppelberechnung zum Glück rechtzeitig bemerkt.]
[Bitte erstatten Sie den zu viel eingezogenen Betrag innerhalb von {days} Tagen.|Bitte stornieren Sie
+ die doppelte Rechnung und bestätigen Sie uns das kurz schriftlich.] [Das ist in diesem Jahr schon das
+ zweite Mal.|Ich gehe davon aus, dass Sie Ihre Abläufe in der Fakturierung daraufhin prüfen.]
# Nicht bestellt, trotzdem berechnet | Unaufgeforderte Lieferung | Rechnung {inv} – keine Bestellung von
+ uns
Heute wurden uns [{n} Kartons {product}|ein Paket Tonerkartuschen|eine Sendung Büromaterial] geliefert,
+ samt Rechnung {inv} über {amount}, obwohl bei uns niemand etwas bestellt hat.
[Ihr Mitarbeiter spricht von einer „automatischen Nachlieferung“, so etwas haben wir aber nie
+ vereinbart.|In unserem System gibt es zu dieser Lieferung keine einzige Bestellung.]
[Die Rechnung werden wir nicht bezahlen; die Ware steht zur Abholung bereit.|Bitte schicken Sie uns eine
+ Gutschrift und ein Rücksendeetikett auf Ihre Kosten.] [Und nehmen Sie uns bitte aus diesem
+ Nachlieferprogramm heraus.|Wir erwarten, dass so etwas nicht noch einmal vorkommt.]
# Leergut nicht gutgeschrieben | Palettenrückgabe vom {date} fehlt | Pfandkonto stimmt nicht
Am {date} hat Ihr Fahrer [{n}0 Europaletten|{n}0 leere Getränkekisten|{n} Gitterboxen] bei uns abgeholt,
+ [ordnungsgemäß auf dem Lieferschein quittiert|mit unterschriebenem Rücknahmebeleg].
Trotzdem ist das Pfand dafür [bis heute nicht gutgeschrieben|auf Ihrer letzten Rechnung {inv} weiterhin
+ nicht verrechnet], und unser Leergutkonto bei Ihnen weicht seit Monaten von unserer eigenen Zählung
+ ab.
[Wir erwarten eine Gutschrift über {amount} und einen korrigierten Kontoauszug.|Solange das nicht
+ geklärt ist, verrechnen wir den Betrag mit Ihrer nächsten Rechnung.] [Den Rücknahmebeleg finden Sie im
+ Anhang.|Ich habe das bereits zweimal telefonisch gemeldet.]
# Farbabweichung bei der Nachlieferung | Beanstandung Bestellung {po} – andere Charge, andere Farbe |
+ Nachlieferung weicht ab
Die Nachlieferung [der Bodenfliesen|der Verblendsteine|der Fassadenfarbe in RAL 7016|des Bezugsstoffs]
+ zu Bestellung {po} stammt aus einer anderen Charge und weicht [sichtbar|deutlich] von der ersten
+ Lieferung ab.
[Nebeneinander verarbeitet sieht man den Farbunterschied schon von Weitem.|Unsere Handwerker weigern
+ sich, das so zu verarbeiten, weil es sofort auffällt.] [Bei der Bestellung hatten wir ausdrücklich
+ darum gebeten, alles aus einer Charge zu liefern.|Die Baustelle bei unserem Auftraggeber steht jetzt
+ still.]
[Wir erwarten, dass Sie innerhalb von {days} Tagen Material aus der passenden Charge liefern.|Bitte
+ teilen Sie mir heute noch mit, wie Sie das lösen; die zusätzlichen Lohnkosten stellen wir Ihnen in
+ Rechnung.]
# Reparatur {n}{n}{n} – immer noch defekt | Gerät aus der Reparatur zurück, Fehler besteht weiter |
+ Reparatur mangelhaft
Unser [Laptop|Kassensystem|Handscanner|Etikettendrucker] ist gestern aus der Reparatur zurückgekommen,
+ aber [der ursprüngliche Fehler tritt immer noch auf|jetzt startet das Gerät überhaupt nicht mehr].
[Zudem hat das Gehäuse einen deutlichen Kratzer, der vorher nicht da war.|Außerdem fehlt das Netzteil,
+ das wir mitgeschickt hatten.] Trotzdem haben Sie uns [{amount} Reparaturkosten|den vollen
+ Reparaturpreis] berechnet.
[Wir schicken das Gerät zurück und erwarten eine kostenlose Nachbesserung.|Ihre Rechnung {inv}
+ begleichen wir erst, wenn das Gerät wirklich funktioniert.] [Bitte innerhalb von {days} Tagen, wir
+ brauchen es täglich.|Ehrlich gesagt bin ich ziemlich verärgert.]
# Abholung nicht erfolgt | Abholauftrag vom {date} nicht ausgeführt | Verpasste Abholung – Schaden bei
+ unserem Kunden
Für den {date} hatten wir bei Ihnen eine Abholung [gebucht und bestätigt bekommen|für {time} Uhr
+ eingeplant], doch es ist niemand gekommen.
[Dadurch ist die Sendung an unseren Kunden in {city} einen Tag zu spät angekommen|Dadurch haben wir den
+ zugesagten Liefertermin bei unserem Kunden verpasst], und [dieser verlangt jetzt eine
+ Vertragsstrafe|wir mussten kurzfristig einen teuren Expresskurier beauftragen].
Auf Nachfrage bei Ihrer Disposition kam nur eine Standardantwort. [Wir erwarten, dass Sie die Fracht für
+ diesen Auftrag gutschreiben und uns die Mehrkosten erstatten.|Wir machen Sie für den entstandenen
+ Schaden haftbar und erwarten Ihren Vorschlag innerhalb von {days} Tagen.]
# Kühlkette unterbrochen | Kühlware zu warm angeliefert | Lieferung {po}: Temperatur deutlich zu hoch
Die Kühlware zu Bestellung {po} kam [heute früh|am {date}] mit einer Kerntemperatur von [12|14|16] °C
+ bei uns an, vereinbart sind höchstens 7 °C.
[Der Datenlogger zeigt, dass die Kühlung unterwegs stundenlang ausgefallen war.|Der Fahrer hat selbst
+ zugegeben, dass das Kühlaggregat unterwegs ausgefallen ist.] [Laut unserem HACCP-Konzept müssen wir
+ die gesamte Partie sperren.|Wir haben die Annahme deshalb verweigert.]
[Wir erwarten noch heute eine Ersatzlieferung und eine vollständige Gutschrift.|Die Kosten für die
+ Entsorgung und den entgangenen Umsatz machen wir als Schadenersatz geltend.]
# Rufnummernportierung fehlgeschlagen | Seit {n} Tagen telefonisch nicht erreichbar | Portierung unserer
+ Rufnummern – dringend
Seit der Umstellung auf Ihre Telefonanlage am {date} sind wir [unter unserer Zentralnummer|unter keiner
+ unserer Festnetznummern] mehr erreichbar; die Portierung ist offenbar schiefgegangen.
[Anrufer hören nur ein Besetztzeichen oder die Ansage „Kein Anschluss unter dieser Nummer“.|Uns entgehen
+ jeden Tag Dutzende Kundenanrufe.] [Ihre Hotline vertröstet uns seit {n} Tagen auf „morgen“.|Bis heute
+ haben wir weder eine Ticketnummer noch einen Zeitplan bekommen.]
[Ich erwarte heute eine konkrete Lösung und eine Eskalation an Ihre Technik.|Für diesen Zeitraum zahlen
+ wir keine Grundgebühr, und den Umsatzausfall stellen wir Ihnen in Rechnung.]
# Auftragsbestätigung {po} stimmt nicht | So war das nicht vereinbart | Abweichender Preis und
+ Liefertermin zu {po}
Ihre Auftragsbestätigung zu {po} weist [einen höheren Preis|einen deutlich späteren Liefertermin|andere
+ Mengen] aus, als wir [letzte Woche telefonisch|mit Ihrem Außendienst] vereinbart haben.
[Vereinbart war die Lieferung zum {date} zu den Preisen aus Ihrem Angebot {quote}.|Bestellt haben wir
+ auf Grundlage Ihres Angebots {quote}, nicht zu Tagespreisen.] [Diese Bestätigung akzeptieren wir so
+ nicht.|Damit können wir nicht arbeiten.]
[Bitte schicken Sie uns bis {weekday} eine korrigierte Bestätigung, sonst stornieren wir die
+ Bestellung.|Bitte bestätigen Sie den Auftrag wie vereinbart, andernfalls betrachten wir ihn als
+ hinfällig.]
# Gebrauchtware als Neuware geliefert | Verpackung geöffnet, Gebrauchsspuren | Bestellung {po}: das ist
+ keine Neuware
Die [{product}|Monitore|Tablets|Bohrmaschinen] aus Bestellung {po} wurden uns als Neuware berechnet,
+ aber [die Verpackung war bereits geöffnet und neu verklebt|sie weisen deutliche Gebrauchsspuren
+ auf|sie waren schon auf eine andere Firma registriert].
[Auf einem Gerät waren sogar noch Dateien eines Vorbesitzers gespeichert.|Die Seriennummer auf dem
+ Karton stimmt nicht mit der auf dem Gerät überein.] [Das ist für mich kein seriöses
+ Geschäftsgebaren.|Wir haben schließlich den Neupreis bezahlt.]
[Wir verlangen innerhalb von {days} Tagen echte Neuware oder unser Geld zurück.|Bitte holen Sie die Ware
+ ab und schreiben Sie die Rechnung {inv} vollständig gut.]
# Alarmverfolgung in der Nacht zum {date} | Niemand kam nach Einbruchalarm | Wo war Ihr Wachdienst?
In der Nacht zum {date} hat die Alarmanlage in unserem [Betriebsgebäude|Lager|Büro] in {city} [gegen
+ halb drei|kurz nach drei Uhr] ausgelöst, aber [Ihr Interventionsdienst ist nie erschienen|es kam erst
+ nach über zwei Stunden jemand].
[Wie sich herausstellte, wurde eingebrochen und Werkzeug im großen Stil gestohlen.|Den Einbruch hat erst
+ am nächsten Morgen unsere Kollegin am Empfang bemerkt.] Laut Vertrag müssen Sie innerhalb von [20|30]
+ Minuten vor Ort sein.
[Ich erwarte ein lückenloses Protokoll Ihrer Leitstelle.|Wir machen Sie haftbar und werden Schadenersatz
+ fordern.] [Ohne eine plausible Erklärung kündigen wir den Vertrag.|Bitte nehmen Sie innerhalb von
+ {days} Tagen Stellung.]
# Wiederholte Qualitätsmängel | {product} – strukturelles Problem | Aufforderung zu einem 8D-Report
Das ist [bereits die {n}.|schon die soundsovielte] Beanstandung zu {product} [in diesem Quartal|seit
+ {month}]: [wieder falsche Etiketten|wieder Maßabweichungen außerhalb der Toleranz|wieder
+ unvollständige Paletten].
[Jedes Mal geloben Sie Besserung, aber es ändert sich nichts.|Eine einzelne Ersatzlieferung löst das
+ eigentliche Problem nicht.] [Wir haben Ihre Lieferantenbewertung deshalb herabgestuft.|Wir müssen
+ inzwischen jede Lieferung selbst prüfen, und diese Kosten laufen auf.]
Wir erwarten innerhalb von {days} Tagen [einen 8D-Report mit Ursachenanalyse|einen Maßnahmenplan mit
+ konkreten Abstellmaßnahmen]. [Andernfalls suchen wir uns einen anderen Lieferanten.|Sonst sehen wir
+ uns gezwungen, den Rahmenvertrag zu überprüfen.]
# Zeugnisse fehlen | Lieferung {po} ohne Dokumentation | Keine Werkszeugnisse zu Bestellung {po}
Bei der Lieferung zur Bestellung {po} fehlen [die Abnahmeprüfzeugnisse 3.1|die
+ Konformitätserklärungen|die Prüfprotokolle], obwohl diese laut unseren Einkaufsbedingungen jeder
+ Sendung beiliegen müssen.
[Ohne diese Unterlagen dürfen wir das Material nicht verarbeiten.|Unser Kunde nimmt das Endprodukt ohne
+ diese Nachweise nicht ab.] [Die Ware ist bei uns im Wareneingang gesperrt.|Ich habe schon zweimal
+ danach gefragt.]
[Bitte senden Sie die Dokumente bis spätestens {weekday} per E-Mail.|Liegen sie uns bis zum {date} nicht
+ vor, senden wir die Lieferung zurück, und Ihre Rechnung {inv} ist damit hinfällig.]
# Mietgerät defekt | Arbeitsbühne zu spät und defekt | Miete für Ausfalltage berechnet
Das Mietgerät ([Hubarbeitsbühne|Teleskoplader|Minibagger|Rüttelplatte]), das wir [für die Woche ab dem
+ {date}|ab dem {date}] bei Ihnen gemietet haben, [wurde einen Tag zu spät geliefert|fiel schon am
+ zweiten Tag mit einem Hydraulikleck aus].
[Ihr Servicetechniker kam erst nach {n} Tagen.|Auf ein Ersatzgerät mussten wir {n} Tage warten.] In
+ dieser Zeit [stand unser Projekt still|standen unsere Leute untätig auf der Baustelle], und trotzdem
+ berechnen Sie uns mit der Rechnung {inv} [den vollen Mietzeitraum|sämtliche Tage].
[Wir bezahlen nur die Tage, an denen das Gerät tatsächlich einsatzbereit war.|Bitte schicken Sie uns
+ eine Gutschrift für die Ausfalltage.] [Über die Kosten für unsere eigenen Leute reden wir da noch gar
+ nicht.|Ich bitte um eine kurzfristige Rückmeldung.]
# Schon wieder ein neuer Ansprechpartner | Ständige Wechsel in Ihrer Kundenbetreuung | Letzte Warnung vor
+ einem Lieferantenwechsel
Das ist jetzt der [dritte|vierte] Ansprechpartner, den Sie uns innerhalb eines Jahres vorstellen, und [jedes
+ Mal|wieder einmal] fangen wir bei null an.
[Vereinbarte Sonderpreise sind plötzlich nicht mehr bekannt, und unsere Rahmenbestellung {po} musste ich
+ zweimal von vorn erklären.|Zusagen Ihrer Vorgänger gelten offenbar nicht mehr, und versprochene Rückrufe
+ bleiben aus.]
[Ich sage es ganz offen: Wir sind kurz davor, uns einen anderen Lieferanten zu suchen.|Wir arbeiten seit
+ vielen Jahren gern mit Ihnen zusammen, aber so macht das keinen Spaß mehr.] [Ich erwarte einen festen
+ Ansprechpartner und bis zum {date} ein Gespräch mit Ihrer Vertriebsleitung.|Bitte nennen Sie mir eine
+ Person, die sich verbindlich um uns kümmert.]
# Lieferung viel zu früh | Bestellung {po} – Anlieferung vor dem vereinbarten Termin | Bestätigter
+ Liefertermin nicht eingehalten
Die Ware zu Bestellung {po} war [ausdrücklich für den {date}|für die Kalenderwoche nach Ostern] bestellt und
+ bestätigt, angeliefert wurde sie aber [heute früh|schon gestern], ohne jede Vorankündigung.
[Unser Lager ist randvoll, die Paletten stehen jetzt im Versandbereich im Weg.|Auf der Baustelle haben wir
+ keinen Lagerplatz, also mussten wir die Ware mit eigenem Lkw in unser Lager fahren.]
[Die Kosten für Zwischenlagerung und Umschlag stellen wir Ihnen in Rechnung.|Bitte halten Sie sich künftig an
+ die bestätigten Termine, auch wenn Sie früher fertig sind.]
# Verpackungsmüll bei Ihren Lieferungen | Zu viel Plastik in der Verpackung | Bitte weniger Füllmaterial
Wir möchten Ihnen eine Rückmeldung zu Ihren Lieferungen geben, die uns schon länger beschäftigt: [kleine
+ Artikel kommen in riesigen Kartons, aufgefüllt mit Luftpolsterfolie|jedes Teil ist einzeln in Folie
+ eingeschweißt, dazu kommt reichlich Styropor].
[Die Entsorgung kostet uns inzwischen spürbar Zeit und Geld.|Bei uns fallen dadurch jede Woche mehrere Säcke
+ Verpackungsmüll an.] [Bei der Auftragsvergabe hatten Sie uns eine Verpackung aus Papier und Karton
+ zugesagt.|Das passt auch überhaupt nicht zu unseren eigenen Nachhaltigkeitszielen.]
[Könnten Sie das bitte intern ansprechen und uns sagen, was sich ändern lässt?|Wir würden uns wünschen, dass
+ Sie Sendungen künftig bündeln und mit deutlich weniger Material verpacken.]
# Weniger Inhalt zum gleichen Preis | {product}: weniger Stück pro Karton | Versteckte Preiserhöhung?
Beim Wareneingang ist uns aufgefallen, dass ein Karton {product} [seit der letzten Lieferung|seit {month}] nur
+ noch [80|90|75] statt 100 Stück enthält, [der Kartonpreis aber gleich geblieben ist|auf Ihrer Rechnung {inv}
+ aber derselbe Preis pro Karton steht].
[Angekündigt haben Sie das mit keinem Wort.|Das ist nichts anderes als eine stille Preiserhöhung.] [Ehrlich
+ gesagt finde ich das ziemlich dreist.|So etwas kennt man aus dem Supermarkt, aber nicht von einem
+ Geschäftspartner.]
[Wir erwarten eine Erklärung und eine Preiskorrektur rückwirkend ab der Umstellung.|Bitte rechnen Sie künftig
+ wieder nach Stückpreis ab, so wie ursprünglich vereinbart.]
# Widerspruch gegen die Vertragsverlängerung | Vertrag ohne unsere Zustimmung verlängert | Ihre Bestätigung
+ vom {date} – kein Auftrag erteilt
Mit Schreiben vom {date} bestätigen Sie uns die Verlängerung [des Wartungsvertrags|unseres Telefon- und
+ Internetvertrags|der Anzeige in Ihrem Branchenportal] um weitere [24|36] Monate.
Einen solchen Auftrag haben wir nie erteilt. [Ihr Mitarbeiter hat am Telefon lediglich nach unseren aktuellen
+ Kontaktdaten gefragt.|Unsere Kollegin am Empfang, mit der Sie telefoniert haben, ist zum Abschluss von
+ Verträgen gar nicht befugt.]
Wir widersprechen der Verlängerung hiermit ausdrücklich und [fechten eine etwaige Erklärung vorsorglich
+ an|kündigen den bestehenden Vertrag fristgerecht zum nächstmöglichen Termin]. [Einer Abbuchung werden wir
+ widersprechen.|Ihre Rechnung {inv} weisen wir zurück.]
Bitte bestätigen Sie uns dies innerhalb von {days} Tagen schriftlich.
# Mängelanzeige Gewerbemietfläche | Mangel in unseren Mieträumen – Frist bis {due} | Ankündigung einer
+ Mietminderung
Als Mieter [der Büroräume im 2. OG|der Gewerbefläche im Erdgeschoss] zeigen wir Ihnen hiermit erneut einen
+ Mangel an: [die Heizung funktioniert seit {n} Tagen nicht, und bei teilweise unter 16 Grad ist ein normaler
+ Bürobetrieb unmöglich|die Klimaanlage ist seit Wochen ausgefallen, bei über 30 Grad in den Räumen ist das
+ für unsere Leute nicht mehr zumutbar|seit dem letzten Starkregen tropft Wasser durch das Dach in unser
+ Lager, mehrere Kartons Ware sind bereits durchnässt].
[Ihre Hausverwaltung hat auf unsere Meldung vom {date} bis heute nicht reagiert.|Ein Handwerker war zwar
+ einmal da, passiert ist seitdem aber nichts.]
Wir fordern Sie auf, den Mangel bis zum {due} zu beseitigen, und [mindern die Miete ab sofort in angemessener
+ Höhe|behalten uns eine Minderung der Miete ausdrücklich vor].
# Unser Angebot bei einem anderen Kunden gelandet | Vertrauliche Konditionen weitergegeben | Ihre Mail an den
+ falschen Empfänger
Wie wir [heute|gestern] erfahren haben, hat Ihr Vertrieb [unser Angebot {quote} mit unseren
+ Sonderpreisen|unsere komplette Preisvereinbarung|unsere aktuelle Preisliste mit allen Sonderkonditionen]
+ versehentlich an [einen anderen Kunden|einen unserer direkten Wettbewerber] geschickt.
Diese Konditionen sind vertraulich, [das ist in unserem Rahmenvertrag ausdrücklich so festgehalten|darüber
+ waren wir uns von Anfang an einig]. [Ich bin, ehrlich gesagt, fassungslos.|Für uns ist das ein ernster
+ Vertrauensbruch.]
Wir erwarten [eine schriftliche Erklärung, wie das passieren konnte und was Sie dagegen unternehmen|dass Sie
+ den Vorfall intern aufarbeiten und uns das Ergebnis mitteilen]. [Über die weitere Zusammenarbeit sprechen
+ wir danach.|Unsere Rechtsabteilung ist bereits informiert.]
# Bitte unsere Bestellnummer auf Lieferschein und Rechnung | Kleine Bitte zu Ihren Lieferscheinen |
+ Lieferscheine ohne Bestellnummer
Eine kleine, aber für uns wichtige Bitte: [Auf Ihren Lieferscheinen und Rechnungen fehlt seit einiger Zeit
+ unsere Bestellnummer.|Seit der Umstellung Ihres Systems stehen auf Ihren Lieferscheinen keine Bestellnummern
+ mehr.]
[Unsere Warenannahme kann die Lieferungen dadurch nur mit viel Sucherei zuordnen, und Ihre Rechnungen bleiben
+ bei uns länger liegen.|Dadurch verzögert sich bei uns die Rechnungsprüfung, zuletzt bei Ihrer Rechnung
+ {inv}.]
[Wir hatten das schon einmal angesprochen, geändert hat sich leider nichts.|Erwähnt hatten wir das bereits im
+ {month}, bisher leider ohne Erfolg.] Könnten Sie das bitte mit Ihrem Versand und Ihrer Fakturierung klären?
# Sie beliefern unsere Kunden direkt | Umgehung unseres Vertriebs | Direktangebote an unsere Endkunden
Wie wir von [einem langjährigen Kunden|zwei unserer Kunden] erfahren haben, hat Ihr Außendienst [ihnen direkt
+ ein Angebot gemacht|sie ohne unser Wissen angerufen und ihnen Konditionen angeboten], [und zwar zu Preisen
+ unter unserem Einkaufspreis|obwohl diese Kunden seit Jahren über uns bestellen].
[Wir haben Ihre Produkte in unserer Region über Jahre aufgebaut, und die Kundendaten haben Sie von uns nur für
+ Serviceeinsätze bekommen.|Laut unserer Vertriebsvereinbarung ist das Gebiet um {city} ausdrücklich uns
+ vorbehalten.]
[Ich erwarte, dass das sofort aufhört, und bitte um ein persönliches Gespräch mit Ihrer
+ Vertriebsleitung.|Sollte sich das wiederholen, nehmen wir Ihre Produkte aus unserem Sortiment.]
# Ihre Preiserhöhung zum {date} | Preisanpassung entgegen unserem Rahmenvertrag | Letzte Warnung: Vertrag
+ einhalten
Mit Ihrem Rundschreiben kündigen Sie eine Preiserhöhung von {percent} % zum {date} an, [auch für uns|pauschal
+ für alle Kunden].
In unserem Rahmenvertrag sind die Preise [bis Jahresende fest vereinbart|für die gesamte Laufzeit
+ festgeschrieben], [und von einer Preisgleitklausel steht darin kein Wort|und Änderungen wären ohnehin
+ mindestens drei Monate vorher anzukündigen].
[Das ist bereits das zweite Mal in diesem Jahr, dass Sie einseitig an den Konditionen drehen.|Ihr Hinweis auf
+ gestiegene Kosten ändert nichts an dem, was wir beide unterschrieben haben.]
Wir bestehen auf den vereinbarten Preisen. [Sollten Sie uns Ihre neuen Preise trotzdem berechnen, kürzen wir
+ die Rechnungen und prüfen die Kündigung des Vertrags.|Betrachten Sie dies als letzte Aufforderung, bevor wir
+ uns nach einem anderen Lieferanten umsehen.]
# Datenverlust nach der Serverumstellung | Unsere Daten sind weg | Migration am Wochenende – schwerwiegende
+ Probleme
Seit [der Serverumstellung|der Migration in Ihr Rechenzentrum|der Umstellung auf das neue Mailsystem] am
+ Wochenende fehlen uns [sämtliche Dateien aus dem Projektordner der letzten zwei Wochen|die E-Mails aller
+ Mitarbeitenden aus den letzten Monaten|die Buchungsdaten seit Jahresbeginn].
Ihr Techniker hatte uns ausdrücklich versichert, dass vorher eine vollständige Sicherung gemacht wird. [Jetzt
+ heißt es auf einmal, die Sicherung sei unvollständig.|Auf unsere Nachfragen bekommen wir seit gestern nur
+ ausweichende Antworten.]
[Wir erwarten, dass Sie die Daten mit allen Mitteln wiederherstellen, notfalls über einen Spezialdienstleister
+ auf Ihre Kosten.|Bitte nennen Sie uns noch heute einen konkreten Plan, wie und bis wann die Daten
+ wiederhergestellt werden.] [Den Schaden durch den Arbeitsausfall werden wir Ihnen in Rechnung
+ stellen.|Ansprüche auf Schadenersatz behalten wir uns ausdrücklich vor.]
# Verspätungszuschlag vom Finanzamt | Frist für die Umsatzsteuer-Voranmeldung versäumt | Ihr Versäumnis –
+ Bescheid vom {date}
Heute haben wir vom Finanzamt einen Verspätungszuschlag über {amount} bekommen, weil [die
+ Umsatzsteuer-Voranmeldung für {month}|unsere Lohnsteueranmeldung|die Jahreserklärung] zu spät eingereicht
+ wurde.
[Alle Unterlagen lagen Ihnen rechtzeitig vor, das können wir belegen.|Die Belege hatten wir Ihnen wie immer
+ Anfang des Monats über Ihr Portal hochgeladen.]
[Wir gehen davon aus, dass Sie den Betrag übernehmen, und bitten um eine kurze Bestätigung.|Bitte prüfen Sie,
+ ob noch ein Einspruch möglich ist; den Zuschlag tragen wir jedenfalls nicht.] [Ehrlich gesagt hat das unser
+ Vertrauen in Ihre Kanzlei ziemlich erschüttert.|So etwas darf sich nicht wiederholen.]
# Ihre Vermittlung – schon wieder weg | Nachbesetzungsgarantie | Rückerstattung Vermittlungshonorar
[Der über Sie vermittelte Vertriebsleiter|Die über Sie vermittelte Buchhalterin|Unser über Sie vermittelter
+ Schichtleiter] hat [noch in der Probezeit|nach gerade einmal {n} Wochen] wieder gekündigt.
Laut unserer Vereinbarung haben wir in diesem Fall Anspruch auf eine kostenfreie Nachbesetzung [oder die
+ anteilige Erstattung des Honorars|innerhalb von drei Monaten]. [Ihr Kollege meinte am Telefon, das gelte nur
+ bei einer Kündigung durch uns – davon steht im Vertrag aber nichts.|Auf unsere erste Mail vom {date} haben
+ wir bis heute keine Antwort erhalten.]
[Wir erwarten bis zum {due} entweder passende Kandidatenprofile oder die Erstattung von {amount} aus Ihrer
+ Rechnung {inv}.|Bitte teilen Sie uns umgehend mit, wie Sie Ihre Garantie erfüllen wollen.]
# Übersetzung voller Fehler | Reklamation Übersetzungsauftrag {po} | Das klingt nach Maschinenübersetzung
Unser [Vertriebspartner in Frankreich|Importeur in Italien|Kollege in unserer Niederlassung in London] hat die
+ von Ihnen gelieferte Übersetzung [unseres Katalogs|der Betriebsanleitung|unserer Website-Texte]
+ gegengelesen, und das Ergebnis ist ernüchternd.
[Fachbegriffe sind falsch übersetzt, ganze Sätze ergeben keinen Sinn, und an mehreren Stellen fehlen
+ Absätze.|Der Text liest sich wie eine ungeprüfte maschinelle Übersetzung, von einem Fachlektorat keine
+ Spur.]
[Bezahlt haben wir eine Übersetzung durch muttersprachliche Fachübersetzer mit Korrektorat.|In Ihrem Angebot
+ war ausdrücklich von einer Prüfung nach dem Vier-Augen-Prinzip die Rede.] [Wir erwarten eine vollständige
+ Überarbeitung bis zum {due}, ohne Mehrkosten.|Ihre Rechnung {inv} begleichen wir erst, wenn eine brauchbare
+ Fassung vorliegt.]
# Verstoß gegen unsere Hofordnung | Ihr Fahrer auf unserem Gelände | Sicherheitsvorfall an der Rampe am {date}
[Am {date}|Heute Morgen] ist einer Ihrer Fahrer [mit viel zu hoher Geschwindigkeit über unser Werksgelände
+ gefahren, mitten durch den Bereich, in dem unsere Leute zu Fuß unterwegs sind|ohne Einweiser rückwärts an
+ die Rampe gestoßen und hätte dabei beinahe einen unserer Staplerfahrer erwischt].
[Als unser Lagerleiter ihn darauf ansprach, wurde er auch noch ausfallend.|Zu allem Überfluss hat er danach
+ direkt neben dem Gefahrstofflager geraucht.] Unsere Hofordnung hängt an der Einfahrt aus und [ist Ihnen seit
+ Beginn unserer Zusammenarbeit bekannt|liegt Ihrem Rahmenvertrag bei].
[Diesen Fahrer möchten wir bei uns nicht mehr sehen.|Bitte unterweisen Sie Ihre Fahrer erneut und bestätigen
+ Sie uns das schriftlich.] [Beim nächsten Vorfall erteilen wir Hausverbot.|Andernfalls müssen wir uns nach
+ einer anderen Spedition umsehen.]
# Rückgabeprotokoll Leasingfahrzeug | Schadensgutachten – Ihre Forderung über {amount} | Einspruch gegen Ihre
+ Minderwertabrechnung
Für das zurückgegebene Leasingfahrzeug [unseres Außendienstes|aus unserem Fuhrpark] stellen Sie uns laut
+ Gutachten {amount} für angebliche Schäden in Rechnung.
Bei der Rückgabe [wurde das Fahrzeug im Beisein Ihres Mitarbeiters begutachtet, und im Protokoll stehen nur
+ zwei kleine Kratzer an der Stoßstange|haben wir selbst Fotos von allen Seiten gemacht, auf denen von den
+ aufgeführten Dellen nichts zu sehen ist].
[Steinschläge und Gebrauchsspuren nach drei Jahren und 90.000 Kilometern sind normale Abnutzung und keine
+ Schäden.|Wie der Gutachter auf diese Beträge kommt, ist für uns nicht nachvollziehbar.]
[Wir widersprechen der Forderung in dieser Höhe und bitten um die Fotos des Gutachters.|Wir erwarten eine
+ korrigierte Abrechnung, sonst lassen wir ein Gegengutachten erstellen.]

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
#! Zahlungserinnerung Rechnung {inv} | Offener Posten auf Ihrem Kundenkonto | Erinnerung: Zahlung überfällig
Dies ist eine automatische Zahlungserinnerung der Debitorenbuchhaltung von {company}.
Laut unseren Unterlagen ist folgender Posten noch offen: Rechnung {inv} vom {date}, Betrag {amount}, fällig am
+ {due}.
[Bitte begleichen Sie den Betrag innerhalb von {days} Tagen.|Bitte überweisen Sie den Betrag in den nächsten
+ Tagen.] [Sollte sich Ihre Zahlung mit diesem Schreiben überschnitten haben, betrachten Sie es bitte als
+ gegenstandslos.|Zahlungen der letzten drei Werktage sind eventuell noch nicht berücksichtigt.]
# Rechnung {inv} | Kleine Erinnerung | Kurze Frage zur Rechnung {inv}
Entschuldige, dass ich damit nerve, aber ich glaube, die Rechnung {inv} ist irgendwie untergegangen. [Sie war
+ am {due} fällig.|Wir haben noch keinen Zahlungseingang gesehen.]
[Kannst du bei Gelegenheit mal draufschauen?|Keine Eile, aber kannst du das bei euch mal prüfen?]
# Rücklastschrift Rechnung {inv} | Lastschrift zurückgegeben | Lastschrift nicht eingelöst
Die Lastschrift zur Rechnung {inv} ({amount}) wurde von Ihrer Bank [zurückgegeben|nicht eingelöst].
[Bitte überweisen Sie den Betrag zuzüglich der Rücklastschriftgebühren innerhalb von {days} Tagen auf das
+ Konto {iban}.|Bitte überweisen Sie den Betrag unter Angabe von {inv} selbst auf das Konto {iban}.]
[Falls sich Ihre Bankverbindung geändert hat, senden Sie uns bitte ein neues SEPA-Lastschriftmandat.|Bitte
+ prüfen Sie, ob Ihre Kontodaten noch aktuell sind.]
# Teilzahlung erhalten | Restbetrag Rechnung {inv} | Offener Restbetrag
Vielen Dank für Ihre Zahlung zur Rechnung {inv}. [Allerdings ist nur ein Teil des Betrags bei uns
+ eingegangen.|Offenbar wurde ein Betrag einbehalten.]
[Es ist noch ein Betrag von {amount} offen.|Offen sind noch {amount}.] [Falls Sie bewusst etwas abgezogen
+ haben, teilen Sie uns bitte den Grund mit.|Bitte überweisen Sie den Restbetrag bis zum {due}.]
# Letzte Mahnung vor gerichtlichem Mahnverfahren | Mahnung: Rechnung {inv} | Letzte Zahlungsaufforderung
Trotz unserer bisherigen Erinnerungen ist die Rechnung {inv} vom {date} über {amount} nach wie vor unbezahlt.
Wir fordern Sie hiermit letztmalig auf, den Gesamtbetrag zuzüglich Verzugszinsen innerhalb von {days} Tagen zu
+ begleichen.
Nach Ablauf dieser Frist werden wir ohne weitere Ankündigung das gerichtliche Mahnverfahren einleiten. [Die
+ dadurch entstehenden Kosten gehen zu Ihren Lasten.|Sämtliche Kosten tragen Sie.]
# Ratenzahlung möglich | Rechnung {inv} – können wir helfen? | Offener Betrag – Vereinbarung
Wir sehen, dass die Rechnung {inv} ({amount}) seit dem {due} offen ist.
[Falls Ihnen die Zahlung in einer Summe gerade schwerfällt, können wir gerne eine Ratenzahlung
+ vereinbaren.|Sollte die Zahlung momentan schwierig sein, können wir den Betrag auf {n} Monate verteilen.]
[Rufen Sie mich gerne an, dann finden wir eine Lösung.|Schicken Sie uns einfach einen Vorschlag.]
# Sperrung Ihres Zugangs zum {date} | Unbezahlte Rechnung {inv} – Sperrung | Handlungsbedarf
Die Rechnung {inv} für Ihr [Abonnement|Hosting-Paket|Software-Abo] ist inzwischen seit {days} Tagen
+ überfällig.
[Sollte die Zahlung über {amount} nicht bis zum {date} eingehen, müssen wir Ihren Zugang leider sperren.|Um
+ eine Unterbrechung Ihres Dienstes zu vermeiden, überweisen Sie bitte {amount} bis zum {date}.]
[Falls Sie bereits gezahlt haben, senden Sie uns bitte einen Zahlungsnachweis.|Bei Fragen wenden Sie sich
+ bitte an unsere Buchhaltung.]
# Forderung aus Rechnung {inv} | Inkasso: offene Forderung | Zahlungsaufforderung im Auftrag unseres Mandanten
Wir wurden von unserem Mandanten mit dem Einzug der offenen Forderung aus der Rechnung {inv} vom {date}
+ beauftragt.
Der offene Betrag beläuft sich einschließlich Zinsen und Inkassokosten auf {amount}.
Bitte überweisen Sie den Gesamtbetrag bis zum {due} auf das Konto {iban}, [Aktenzeichen
+ {n}{n}{n}|Verwendungszweck {inv}]. [Bei Einwendungen gegen die Forderung wenden Sie sich bitte schriftlich
+ an uns.|Eine Ratenzahlung ist nach Rücksprache möglich.]
# Skontoabzug nicht berechtigt | Differenz zu Rechnung {inv} | Offener Restbetrag nach Skontoabzug
Bei der Zahlung unserer Rechnung {inv} über {amount} haben Sie [2 %|3 %] Skonto abgezogen.
[Die Zahlung ging jedoch erst nach Ablauf der Skontofrist ein.|Laut unseren Zahlungsbedingungen ist Skonto
+ aber nur bei Zahlung innerhalb von 8 Tagen möglich.]
Bitte überweisen Sie den Differenzbetrag [bis zum {due}|mit Ihrer nächsten Zahlung]. Danke!
# Lieferstopp – offene Posten | Ihre Bestellung {po} ist zurückgestellt | Kundenkonto gesperrt
Ihre Bestellung {po} [ist versandbereit|liegt zur Auslieferung bereit], kann aber leider nicht freigegeben
+ werden.
Auf Ihrem Kundenkonto sind [Rechnungen über insgesamt {amount}|mehrere Rechnungen, darunter {inv},] seit über
+ {days} Tagen überfällig.
[Sobald die Zahlung eingegangen ist, versenden wir die Ware umgehend.|Bitte senden Sie uns einen
+ Zahlungsnachweis, dann geben wir die Lieferung sofort frei.]
# Mitgliedsbeitrag offen | Erinnerung Jahresbeitrag | Zahlungserinnerung Mitgliedschaft
Laut unseren Unterlagen ist der Jahresbeitrag für Ihre Mitgliedschaft in unserem
+ [Verband|Unternehmerverein|Branchennetzwerk] (Rechnung {inv}, {amount}) noch nicht bezahlt.
[Wir bitten Sie, den Betrag innert {days} Tagen zu überweisen.|Bitte überweisen Sie den Beitrag bis zum
+ {due}.]
[Sollte die Zahlung bereits unterwegs sein, danken wir Ihnen herzlich.|Haben Sie Fragen zu Ihrer
+ Mitgliedschaft, rufen Sie uns gerne an.]
# Rechnung {inv} | Kurze Erinnerung zu Rechnung {inv} | Freundliche Erinnerung
Darf ich Sie freundlich an unsere Rechnung {inv} vom {date} erinnern? [Vielen Dank im Voraus!|Herzlichen Dank
+ und einen schönen Tag!]
# Zahlungserinnerung | Zahlungserinnerung – Rechnung {inv} | Ausstehende Zahlung
Sicher ist es Ihrer Aufmerksamkeit entgangen, dass unsere Rechnung {inv} über {amount} [seit dem {due} fällig
+ ist|noch nicht beglichen wurde].
Wir bitten Sie höflich, den Betrag innert {days} Tagen zu überweisen. [Sollte sich Ihre Zahlung mit diesem
+ Schreiben gekreuzt haben, betrachten Sie es bitte als gegenstandslos.|Allfällige Fragen beantworten wir
+ Ihnen gerne.]
# Ihre Zahlungszusage vom {date} | Zugesagte Zahlung nicht eingegangen | Rechnung {inv} – wie besprochen
Sie hatten mir am {date} telefonisch zugesagt, die Rechnung {inv} [bis Ende der Woche|innerhalb weniger Tage]
+ zu überweisen.
[Bis heute ist bei uns leider kein Geld eingegangen.|Auf unserem Konto ist bislang jedoch nichts angekommen.]
+ [Könnten Sie bitte kurz nachsehen, ob die Überweisung rausgegangen ist?|Bitte veranlassen Sie die Zahlung
+ über {amount} jetzt umgehend.]
# Rate für {month} ausstehend | Ratenvereinbarung zu Rechnung {inv} | Fehlende Ratenzahlung
Gemäß unserer Ratenvereinbarung zur Rechnung {inv} war die [Rate für {month}|{n}. Rate] am {due} fällig, ist
+ bei uns aber nicht eingegangen.
[Bitte holen Sie die Zahlung innerhalb von {days} Tagen nach.|Bitte überweisen Sie den Betrag zeitnah auf das
+ Konto {iban}.] [Wird die Rate nicht nachgeholt, ist laut Vereinbarung der gesamte Restbetrag von {amount}
+ sofort fällig.|Wenn es gerade Schwierigkeiten gibt, sprechen Sie uns bitte an, bevor die Vereinbarung
+ hinfällig wird.]
# Zahlung nicht zuordenbar – Rechnung {inv} | Ihre Überweisung über {amount} | Rückfrage zu Ihrem
+ Zahlungseingang
Bei uns ist eine Überweisung über {amount} von Ihnen eingegangen, [leider ohne Rechnungsnummer im
+ Verwendungszweck|mit einem Verwendungszweck, den wir keiner Rechnung zuordnen können].
[Auf Ihrem Kundenkonto ist derzeit noch die Rechnung {inv} offen, die am {due} fällig war.|Gleichzeitig ist
+ Ihre Rechnung {inv} mit Fälligkeit {due} weiterhin unbezahlt.] [Betrifft die Zahlung diese Rechnung, oder
+ steht die noch aus?|Können Sie uns kurz sagen, wofür die Zahlung gedacht war?]
[Bitte geben Sie bei künftigen Zahlungen immer die Rechnungsnummer an.|Sobald das geklärt ist, schicken wir
+ Ihnen einen aktuellen Kontoauszug.]
# Abschlagsrechnung {inv} – Zahlung überfällig | Baustelle {city}: ausstehende Abschlagszahlung | Ankündigung
+ der Arbeitseinstellung
Unsere [2.|3.] Abschlagsrechnung {inv} für die Arbeiten am Bauvorhaben in {city} über {amount} war am {due}
+ zur Zahlung fällig; ein Zahlungseingang ist bei uns bislang nicht verzeichnet.
[Unsere Leistungen sind vertragsgemäß erbracht, den Bautenstand hat Ihr Bauleiter bestätigt.|Die abgerechneten
+ Leistungen sind laut Aufmaß erbracht und von Ihrer Bauleitung abgezeichnet.]
Wir fordern Sie auf, den Betrag innerhalb von {days} Tagen zu überweisen. [Andernfalls sehen wir uns
+ gezwungen, die Arbeiten auf der Baustelle bis zum Zahlungseingang einzustellen.|Geht die Zahlung nicht
+ fristgerecht ein, machen wir von unserem Leistungsverweigerungsrecht Gebrauch und ziehen unsere Leute von
+ der Baustelle ab.]
# Mietrückstand {month} | Miete für {month} nicht eingegangen | Zahlungserinnerung Gewerbemiete
Die Miete für Ihre [Büroräume|Gewerbefläche|Lagerhalle] in {city} für den Monat {month} (Rechnung {inv}) in
+ Höhe von {amount} ist bei uns bisher nicht eingegangen.
Laut Mietvertrag ist die Miete jeweils bis zum dritten Werktag des Monats im Voraus zu zahlen. [Bitte
+ überweisen Sie den Rückstand umgehend auf das bekannte Konto {iban}.|Wir bitten um Ausgleich innerhalb von
+ {days} Tagen.]
[Falls es einen Grund für die ausstehende Zahlung gibt, sprechen Sie uns bitte an.|Wir weisen vorsorglich
+ darauf hin, dass ein Mietrückstand von zwei Monatsmieten zur fristlosen Kündigung berechtigt.]
# Betreibungsandrohung – Rechnung {inv} | 3. Mahnung Rechnung {inv} | Letzte Mahnung vor Einleitung der
+ Betreibung
Trotz unserer Zahlungserinnerung und zweier Mahnungen ist unsere Rechnung {inv} vom {date} über {amount} bis
+ heute nicht beglichen.
[Wir setzen Ihnen hiermit eine letzte Frist von {days} Tagen.|Wir gewähren Ihnen eine letzte Zahlungsfrist von
+ {days} Tagen ab Datum dieses Schreibens.] [Nach unbenütztem Ablauf dieser Frist leiten wir ohne weitere
+ Mitteilung die Betreibung ein.|Geht die Zahlung nicht fristgerecht ein, stellen wir beim zuständigen
+ Betreibungsamt das Betreibungsbegehren.]
[Ab Fälligkeit belasten wir Ihnen zudem einen Verzugszins von 5 %.|Die Mahn- und Betreibungskosten gehen zu
+ Ihren Lasten.] [Allfällige Einwände gegen die Rechnung teilen Sie uns bitte umgehend schriftlich mit.|Ein
+ Eintrag im Betreibungsregister liegt sicher auch nicht in Ihrem Interesse.]

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
# Neuer Ansprechpartner | Wechsel in der Kundenbetreuung | Vorstellung: Ihr neuer Ansprechpartner
[Ab dem {date}|Ab nächstem Monat] übernimmt {colleague} die Betreuung Ihres Kundenkontos, da ich [intern eine
+ neue Aufgabe übernehme|das Unternehmen verlasse].
[{colleague} kennt Ihr Unternehmen bereits gut|Ich habe {colleague} über alle laufenden Aufträge informiert],
+ für Sie ändert sich also nichts. [Nächste Woche stelle ich Sie gerne in einem kurzen Telefonat vor.|Vielen
+ Dank für die gute Zusammenarbeit in all den Jahren.]
# Rückruf Charge {n}{n}{n} | Sicherheitshinweis | Wichtig: Bitte prüfen Sie Ihren Bestand
Wir haben bei einer Charge [LED-Panels|Bürostühle|Mantelleitung|Sicherheitsschuhe], geliefert [seit dem
+ {date}|seit {month}], [einen Qualitätsmangel|ein mögliches Sicherheitsrisiko] festgestellt.
[Bitte verwenden Sie die Artikel dieser Charge ab sofort nicht mehr und lagern Sie sie separat.|Bitte prüfen
+ Sie Ihren Bestand auf die Chargennummer {n}{n}{n} und verkaufen Sie diese Artikel nicht weiter.]
Wir holen die betroffenen Artikel ab und ersetzen sie kostenlos. [Ein Rücksendeformular liegt bei.|Unser
+ Kundenservice meldet sich zur Terminabstimmung bei Ihnen.]
# Neue Liefertage ab {date} | Änderung unseres Tourenplans | Neuer Bestellschluss
Ab dem {date} beliefern wir die Region {city} [dienstags und donnerstags|nur noch am {weekday}] statt täglich.
[Bestellungen, die bis 14 Uhr eingehen, werden weiterhin am selben Tag versandt.|Bestellschluss ist künftig 12
+ Uhr am Werktag vor der Lieferung.] [Bitte berücksichtigen Sie dies bei Ihren Bestellungen.|Daueraufträge
+ passen wir automatisch an.]
# Wir haben einen neuen Namen | {company} ist jetzt Teil einer neuen Gruppe | Wichtig: Umfirmierung
Wir freuen uns, Ihnen mitzuteilen, dass [{company} zum {date} von einer größeren Unternehmensgruppe übernommen
+ wurde|wir uns zum {date} mit einem Partnerunternehmen zusammengeschlossen haben].
[Unser Firmenname ändert sich, Ihre Ansprechpartner, Preise und Konditionen bleiben jedoch gleich.|Für Sie
+ ändert sich vorerst nichts: Bestellen Sie bitte wie gewohnt.]
[Die neuen Rechnungsdaten erhalten Sie gesondert.|Die neuen Firmendaten teilen wir Ihnen rechtzeitig vor der
+ Umstellung mit.]
# Kontingentierung wegen Engpass | Eingeschränkte Verfügbarkeit | Aktuelle Liefersituation
Aufgrund [der weltweiten Rohstoffknappheit|anhaltender Lieferengpässe] können wir in den kommenden Monaten nur
+ begrenzte Mengen [Kupferrohr|Netzwerk-Switches|Kopierpapier|Versandkartons] liefern.
[Die Zuteilung erfolgt anhand Ihrer durchschnittlichen Abnahmemenge im Vorjahr.|Bis auf Weiteres liefern wir
+ maximal {n} Stück pro Auftrag.] [Sobald sich die Lage entspannt, informieren wir Sie.|Wir bitten um Ihr
+ Verständnis.]
# Neue AGB | Geänderte Lieferbedingungen ab {date} | Änderung unserer Geschäftsbedingungen
Ab dem {date} gelten für alle Aufträge unsere neuen [Allgemeinen Geschäftsbedingungen|Verkaufs- und
+ Lieferbedingungen].
Die wichtigsten Änderungen betreffen [das Zahlungsziel, das sich auf {days} Tage ändert|den Mindestbestellwert
+ und die Frachtkosten|Haftung und Rücksendungen].
[Den vollständigen Text finden Sie im Anhang.|Die neuen Bedingungen sind dieser E-Mail beigefügt.] [Bei Fragen
+ wenden Sie sich gerne an Ihren Kundenbetreuer.|Mit Bestellungen nach dem {date} akzeptieren Sie die neuen
+ Bedingungen.]
# Besuch in {city} am {date} | Termin für einen Besuch? | Vorstellung unseres neuen Sortiments
Ich bin [am {date}|in der Woche ab dem {date}] in {city} und würde Ihnen gerne unser neues Sortiment an
+ [Büromöbeln|LED-Leuchten|Arbeitskleidung|Verpackungen] vorstellen.
[Passt es Ihnen am {weekday} vormittags?|Hätten Sie eine halbe Stunde Zeit?] [Muster bringe ich gerne
+ mit.|Dabei könnten wir auch Ihre Bedarfsplanung für das nächste Jahr durchgehen.]
#! Lieferavis zu Bestellung {po} | Avis: Anlieferung am {date} | Ihre Sendung kommt am {date}
Lieferavis für Ihre Bestellung {po}: [{n} Paletten|{n} Packstücke] werden am {date} [ab {time} Uhr|im Laufe
+ des Tages] durch {carrier} angeliefert.
[Bitte stellen Sie sicher, dass ein Stapler zum Entladen bereitsteht.|Die Anlieferung erfolgt mit Hebebühne.]
+ [Sendungsnummer: {track}.|Die Sendung können Sie unter {track} verfolgen.]
Diese Nachricht wurde automatisch erstellt.
# Teillieferung Bestellung {po} | Lieferrückstand zu Ihrem Auftrag {po} | Rückstand {product}
Ihre Bestellung {po} haben wir heute [teilweise|ohne die Position {product}] ausgeliefert.
[Die fehlende Menge {product} ist im Rückstand und folgt voraussichtlich in {days} Tagen.|Der Rest folgt,
+ sobald wir die Ware von unserem Vorlieferanten erhalten, voraussichtlich am {date}.]
[Für die Nachlieferung berechnen wir selbstverständlich keine zusätzlichen Frachtkosten.|Falls Sie den
+ Rückstand stornieren möchten, geben Sie uns bitte kurz Bescheid.]
# Abkündigung {product} | Produktauslauf – letzte Bestellmöglichkeit | Last-Time-Buy {product}
Hiermit informieren wir Sie, dass {product} zum {date} [vom Hersteller abgekündigt wird|aus unserem Sortiment
+ genommen wird].
[Letztmalige Bestellungen nehmen wir bis zu diesem Datum entgegen.|Bis dahin können Sie Ihren restlichen
+ Bedarf (Last-Time-Buy) bei uns bestellen.] [Ersatzteile und Service bleiben noch fünf Jahre verfügbar.|Ein
+ kompatibles Nachfolgeprodukt stellen wir Ihnen gerne vor.]
[Bitte teilen Sie uns Ihren voraussichtlichen Restbedarf mit.|Ihr Außendienst meldet sich in Kürze bei Ihnen.]
# Aktuelles ISO-Zertifikat | Zertifikate und Konformitätserklärungen | Rezertifizierung erfolgreich
[Unser Qualitätsmanagement wurde erfolgreich rezertifiziert.|Das Überwachungsaudit nach ISO 9001 haben wir
+ ohne Abweichungen bestanden.]
Anbei erhalten Sie [das aktuelle Zertifikat, gültig bis {date},|unser neues ISO-9001- und
+ ISO-14001-Zertifikat|die aktualisierte REACH- und RoHS-Konformitätserklärung] für Ihre Lieferantenakte.
[Weitere Nachweise wie Sicherheitsdatenblätter senden wir Ihnen auf Anfrage gerne zu.|Bitte leiten Sie die
+ Unterlagen an Ihre Qualitätssicherung weiter.]
# Umstellung auf E-Rechnung | Ab {date}: Rechnungen nur noch elektronisch | Bitte Rechnungsadresse bestätigen
Ab dem {date} versenden wir unsere Rechnungen ausschließlich elektronisch [im ZUGFeRD-Format|als XRechnung|als
+ PDF per E-Mail].
[Bitte teilen Sie uns mit, an welche E-Mail-Adresse wir Ihre Rechnungen künftig senden sollen.|Rechnungen
+ gehen künftig an die bei uns hinterlegte Adresse; falls sich diese geändert hat, geben Sie uns bitte
+ Bescheid.]
[Papierrechnungen per Post entfallen dann.|An Preisen und Zahlungsbedingungen ändert sich nichts.]
# Muster {product} | Ihre Muster sind unterwegs | Testmuster wie besprochen
Wie [auf der Messe|am Telefon] besprochen, haben wir Ihnen heute [kostenlose Muster|{n} Muster] von {product}
+ zugeschickt.
[Sie sollten in zwei bis drei Tagen bei Ihnen sein.|Die Sendungsnummer lautet {track}.] [Testen Sie in Ruhe
+ und sagen Sie uns, wie Sie zurechtkommen.|Ich rufe Sie in zwei Wochen an und frage nach Ihrem Eindruck.]
[Die Muster müssen Sie nicht zurückschicken.|Ein Angebot für Ihre Jahresmenge haben wir beigelegt.]
# Jahresgespräch | Termin für unser Jahresgespräch | Konditionen für das kommende Jahr
Das Jahr neigt sich dem Ende zu, und ich würde gerne mit Ihnen über die Konditionen für das kommende Jahr
+ sprechen.
[Sie haben in diesem Jahr [deutlich mehr|etwas weniger] als im Vorjahr bei uns bestellt; die Umsatzübersicht
+ liegt bei.|Dabei könnten wir auch über einen Rahmenvertrag und feste Preise für {product} sprechen.]
[Hätten Sie in der Woche ab dem {date} Zeit?|Passt Ihnen ein Termin am {weekday} um {time} Uhr, gerne auch per
+ Video?]
# Rückfrage zu Ihrer Bestellung {po} | Bestellung {po} – bitte kurz bestätigen | Unklarheit bei Auftrag {po}
Vielen Dank für Ihre Bestellung {po}. Bevor wir sie bearbeiten, eine kurze Rückfrage:
[{product} gibt es nur in Verpackungseinheiten zu 10 Stück. Dürfen wir die Menge entsprechend aufrunden?|Der
+ Artikel {product} ist in dieser Ausführung nicht mehr lieferbar; wir könnten ein gleichwertiges
+ Nachfolgemodell zum selben Preis liefern.|In Ihrer Bestellung fehlt die Lieferadresse. Sollen wir an Ihren
+ Hauptsitz liefern?]
[Sobald wir Ihre Antwort haben, erhalten Sie die Auftragsbestätigung.|Bitte geben Sie uns bis {weekday}
+ Bescheid, damit der Liefertermin gehalten werden kann.]
# Unser neues Kundenportal | Jetzt auch online bestellen | Ihre Zugangsdaten zu unserem B2B-Shop
Ab sofort können Sie bei uns auch über unser [B2B-Portal|Onlineportal für Geschäftskunden] bestellen, mit
+ Ihren vereinbarten Preisen, Ihrer Bestellhistorie und dem Lieferstatus in Echtzeit.
[Ihre Zugangsdaten erhalten Sie in einer separaten E-Mail.|Zur Freischaltung antworten Sie einfach auf diese
+ Nachricht mit den Namen Ihrer Besteller.] [Natürlich können Sie weiterhin wie gewohnt per E-Mail oder
+ Telefon bestellen.|Bei Fragen hilft Ihnen {colleague} aus unserem Innendienst gerne weiter.]
# Ihre Reklamation zu Lieferung {po} | Stellungnahme zu Ihrer Reklamation | 8D-Bericht zu Ihrer Reklamation
Vielen Dank für Ihre Reklamation zur Lieferung {po}. [Wir haben die Ursache inzwischen geklärt:|Unsere
+ Qualitätssicherung hat den Fall untersucht:] [beim Verpacken wurde ein falsches Etikett verwendet|eine
+ Maschine war fehlerhaft eingestellt|die Ware war für den Transport nicht ausreichend gesichert].
[Ersatzware ist bereits unterwegs|Eine Gutschrift erhalten Sie separat], und [wir haben unseren Prüfprozess
+ angepasst|die betroffenen Mitarbeiter wurden nachgeschult].
[Den ausführlichen 8D-Bericht finden Sie im Anhang.|Bitte entschuldigen Sie die Unannehmlichkeiten.]
# Wartungsarbeiten an unserem Bestellportal | Geplante Wartung am {date} | EDI-Schnittstelle vorübergehend
+ nicht verfügbar
Am {date} führen wir ab {time} Uhr bis etwa 22:00 Uhr Wartungsarbeiten an [unserem B2B-Shop|unserer
+ EDI-Schnittstelle|unserem Kundenportal] durch.
[In dieser Zeit können keine Bestellungen online aufgegeben werden.|Bestellungen, die in diesem Zeitraum per
+ EDI eingehen, verarbeiten wir nach Abschluss der Arbeiten automatisch.]
[Dringende Bestellungen senden Sie bitte per E-Mail an unseren Innendienst.|Rechnungen und Lieferscheine
+ stehen Ihnen danach wie gewohnt zum Download bereit.] [Wir bitten um Ihr Verständnis.|Vielen Dank für Ihre
+ Geduld.]
# Dieselzuschlag {month} | Anpassung Dieselfloater | Treibstoffzuschlag ab {date}
Gemäß der in unserem Rahmenvertrag vereinbarten Dieselpreisgleitklausel [beträgt der Dieselzuschlag im
+ {month}|passen wir den Treibstoffzuschlag zum {date} an, er beträgt dann] {percent} % auf die Frachtkosten.
[Der Zuschlag wird auf Ihren Rechnungen wie gewohnt separat ausgewiesen.|Grundlage ist der vom Statistischen
+ Bundesamt veröffentlichte Dieselpreisindex.]
[An den vereinbarten Grundfrachten ändert sich nichts.|Sinkt der Dieselpreis wieder, reduzieren wir den
+ Zuschlag entsprechend.]
# Änderung Ihrer Zahlungsbedingungen | Ihr Kreditlimit bei uns | Lieferungen über Limit künftig gegen Vorkasse
Unser Warenkreditversicherer hat das Limit für Ihr Unternehmen [leider reduziert|zum {date} neu festgesetzt].
[Wir können daher ab sofort nur noch bis zu einem offenen Saldo von {amount} auf Rechnung liefern.|Aufträge,
+ die darüber hinausgehen, können wir künftig nur noch gegen Vorkasse ausliefern.]
[Das ist ausdrücklich keine Aussage über unsere Zusammenarbeit, die wir sehr schätzen.|Bereits bestätigte
+ Bestellungen liefern wir selbstverständlich wie vereinbart aus.] [Wenn Sie uns aktuelle Bilanzzahlen zur
+ Verfügung stellen, beantragen wir gerne eine Erhöhung.|Bei Fragen melden Sie sich gerne direkt bei mir.]
# Wieder lieferbar: {product} | {product} ist wieder auf Lager | Ihr offener Rückstand wird ausgeliefert
Gute Nachricht: {product} ist [ab sofort wieder vorrätig|seit heute wieder auf Lager] und kann in gewohnten
+ Mengen bestellt werden.
[Die vorgemerkte Menge aus Ihrer Bestellung {po} haben wir bereits kommissioniert, sie geht morgen raus.|Den
+ offenen Rückstand aus Ihrer Bestellung {po} liefern wir noch in dieser Woche aus.]
[Da die Nachfrage gerade hoch ist, empfehlen wir, Ihren Bedarf für die nächsten Monate zeitnah zu
+ bestellen.|Die Preise bleiben unverändert.]
# Saisonstart Spargel | Neue Ernte eingetroffen | Aktuelle Marktlage Obst und Gemüse
[Die Spargelsaison hat begonnen|Die ersten Erdbeeren aus der Region sind da|Die neue Kartoffelernte ist
+ eingetroffen], und wir können ab {weekday} liefern.
[In den ersten Wochen richten sich die Preise nach der Tagesmarktlage; die aktuelle Liste schicken wir Ihnen
+ jeden Morgen.|Wegen der nassen Witterung fallen die Mengen dieses Jahr geringer aus, die Preise liegen etwas
+ über dem Vorjahr.]
[Bestellungen für den Folgetag nehmen wir wie gewohnt bis 18 Uhr an.|Für Ihre Wochenkarte reservieren wir
+ Ihnen gerne feste Mengen.]
# Neue Verpackungseinheiten ab {date} | Änderung der Artikelnummern | Umstellung der Gebindegrößen
Ab dem {date} liefern wir {product} nur noch in [Kartons zu {n}0 Stück|Verpackungseinheiten zu {n}
+ Stück|Mehrwegkisten statt Einwegkartons].
[Dadurch ändern sich auch die Artikelnummern; eine Gegenüberstellung von alten und neuen Nummern liegt
+ bei.|Der Stückpreis bleibt gleich, nur die Mindestbestellmenge ändert sich.]
[Bitte passen Sie Ihre Stammdaten und offenen Bestellungen entsprechend an.|Bestellungen mit den alten
+ Artikelnummern ordnen wir bis Ende {month} noch automatisch zu.]
# Sicherheitsvorfall bei {company} | Wichtiger Hinweis: gefälschte E-Mails in unserem Namen | IT-Angriff –
+ bitte beachten
Wir möchten Sie vorsorglich informieren, dass [unsere IT am {date} Ziel eines Cyberangriffs war|derzeit
+ gefälschte E-Mails mit unserem Absender im Umlauf sind].
[Unsere Bankverbindung hat sich nicht geändert.|Wir werden Sie niemals per E-Mail auffordern, an eine neue
+ Bankverbindung zu zahlen.] [Sollten Sie eine Rechnung oder Zahlungsaufforderung mit abweichender IBAN
+ erhalten, zahlen Sie bitte nicht und rufen Sie uns an.|Im Zweifel rufen Sie bitte Ihren bekannten
+ Ansprechpartner unter der gewohnten Nummer an.]
[Bestellungen und Lieferungen laufen normal weiter.|In den nächsten Tagen kann es zu Verzögerungen bei den
+ Auftragsbestätigungen kommen.]
# Wartungstermin Ihrer Anlage | Jährliche Prüfung am {date} | Terminankündigung: Prüfung
+ [Feuerlöscher|Heizung|elektrische Anlagen]
Die jährliche [Wartung Ihrer Heizungsanlage|Prüfung Ihrer Feuerlöscher|Prüfung Ihrer elektrischen Anlagen nach
+ DGUV V3] an Ihrem Standort in {city} steht an.
{colleague} aus unserem Serviceteam kommt am {date} [ab {time} Uhr|im Laufe des Vormittags]. [Bitte sorgen Sie
+ dafür, dass alle Räume zugänglich sind.|Die Arbeiten dauern voraussichtlich [zwei bis drei Stunden|einen
+ halben Tag].]
[Falls Ihnen der Termin nicht passt, geben Sie uns bitte bis {weekday} Bescheid.|Die Abrechnung erfolgt wie
+ gewohnt gemäß Ihrem Wartungsvertrag.]
# Mindestbestellwert ab {date} | Mindermengenzuschlag | Änderung unserer Bestellkonditionen
Ab dem {date} gilt bei uns ein Mindestbestellwert von [150|250] Euro netto.
Für Aufträge unter diesem Wert berechnen wir [einen Mindermengenzuschlag von 15 Euro|künftig die
+ Versandkosten], da [die Kosten für Kommissionierung und Versand deutlich gestiegen sind|sich
+ Kleinstsendungen für uns sonst nicht mehr rechnen].
[Unser Tipp: Bündeln Sie Ihre Bestellungen wöchentlich, dann fällt kein Zuschlag an.|Eilaufträge und
+ Nachlieferungen sind davon ausgenommen.] [Bei Fragen hilft Ihnen Ihr Kundenbetreuer gerne
+ weiter.|Vielen Dank für Ihr Verständnis.]
# Energiezuschlag ab {month} | Befristeter Energiekostenzuschlag | Anpassung wegen gestiegener
+ Energiekosten
Aufgrund der stark gestiegenen [Strom- und Gaspreise|Energiekosten in unserer Produktion] erheben wir ab
+ dem {date} einen befristeten Energiezuschlag von {percent} % auf [alle Aufträge|den Nettowarenwert].
[Der Zuschlag wird auf Ihrer Rechnung als eigene Position ausgewiesen, damit alles transparent
+ bleibt.|Wir prüfen jedes Quartal, ob wir den Zuschlag senken oder streichen können.] [Die Grundpreise
+ aus Ihrer Preisvereinbarung bleiben unverändert.|Bereits bestätigte Aufträge sind davon nicht
+ betroffen.]
[Wir hätten diesen Schritt gerne vermieden und danken Ihnen für Ihr Verständnis.|Ihr Kundenbetreuer
+ erläutert Ihnen das gerne persönlich.]
# Umzug unseres Lagers | Neues Logistikzentrum in {city} | Eingeschränkter Versand während des Umzugs
Ab dem {date} zieht unser Lager in ein neues Logistikzentrum in {city} um.
[Während des Umzugs, von {weekday} bis einschließlich des folgenden Wochenendes, versenden wir keine
+ Ware.|In der Umzugswoche kann sich die Lieferung Ihrer Bestellungen um bis zu {n} Tage verzögern.]
+ [Bitte planen Sie Ihre Bestellungen für diesen Zeitraum etwas früher ein.|Eilaufträge können wir in
+ dieser Woche leider nicht annehmen.]
[Retouren senden Sie bitte künftig an die neue Adresse; sie steht auch auf Ihrem
+ Lieferschein.|Selbstabholung ist ab dem {date} nur noch am neuen Standort möglich.] Unsere Büroadresse
+ und Telefonnummer bleiben unverändert.
# Geänderte Öffnungszeiten | Sommeröffnungszeiten | Neue Servicezeiten im Kundenservice
Ab dem {date} [gelten für unsere Abholtheke in {city} neue Öffnungszeiten|ist unser Kundenservice zu
+ geänderten Zeiten erreichbar]: montags bis freitags von [7:30 bis 16:30|8:00 bis 17:00] Uhr.
[Samstags bleibt künftig geschlossen.|In den Sommermonaten schließen wir freitags bereits um 14 Uhr.]
+ [Über unseren Onlineshop können Sie natürlich weiterhin rund um die Uhr bestellen.|Bestellungen per
+ E-Mail bearbeiten wir am nächsten Werktag.]
[Für dringende Anliegen außerhalb dieser Zeiten erreichen Sie Ihren Kundenbetreuer mobil.|Bitte
+ berücksichtigen Sie dies bei Ihrer Planung.]
# Korrigierte Rechnung {inv} | Fehler in Rechnung {inv} | Ersatz für Rechnung {inv}
Bei einer internen Prüfung haben wir festgestellt, dass die Rechnung {inv} zu Ihrer Bestellung {po}
+ [einen falschen Umsatzsteuersatz ausweist|mit einem falschen Preis erstellt wurde|versehentlich auch
+ Frachtkosten enthält].
[Wir haben die Rechnung storniert und senden Ihnen anbei eine neue, korrekte Rechnung.|Anbei erhalten
+ Sie die korrigierte Rechnung; die ursprüngliche können Sie vernichten.] [Sollten Sie die alte Rechnung
+ bereits bezahlt haben, verrechnen wir die Differenz mit der nächsten Rechnung.|Das Zahlungsziel
+ beginnt ab heute neu.]
[Bitte entschuldigen Sie das Versehen.|Wir bitten, diesen Fehler zu entschuldigen.]
# Gute Nachricht: Preissenkung | Günstigere Preise für {product} | Neue Preisliste ab {date}
Da die [Rohstoffpreise|Einkaufspreise für Papier und Karton|Frachtkosten] in den vergangenen Monaten
+ gesunken sind, senken wir zum {date} die Preise für [{product}|einen Großteil unseres Sortiments] um
+ durchschnittlich {percent} %.
[Diesen Vorteil geben wir gerne an Sie weiter.|Wie versprochen: Sinken unsere Kosten, sinken auch unsere
+ Preise.] [Die neue Preisliste finden Sie im Anhang.|Ihre neuen Preise sind im Kundenportal bereits
+ hinterlegt.]
[Offene Aufträge liefern wir automatisch zum neuen Preis.|Für Lieferungen bis zum {date} gilt noch der
+ bisherige Preis.]
# Produktänderung {product} | Änderungsmitteilung zu {product} | Neue Ausführung {product}
Wir möchten Sie darüber informieren, dass {product} ab [{month}|Charge {n}{n}{n}|dem {date}] in einer
+ [leicht geänderten Ausführung|neuen Verpackung] geliefert wird.
[Unser Hersteller hat das Gehäuse auf einen anderen Kunststoff umgestellt;|Die Abmessungen der
+ Verpackung ändern sich;] [Funktion und Qualität bleiben gleich|Artikelnummer und Preis bleiben
+ unverändert].
[Das aktualisierte Datenblatt liegt bei.|Wenn Sie für Ihre Freigabe ein Muster benötigen, schicken wir
+ Ihnen gerne eines.] [Bitte geben Sie uns Ihre Freigabe bis zum {date}.|Bei Fragen wenden Sie sich
+ bitte an unsere Qualitätssicherung.]
# Künftig eine Sammelrechnung pro Monat | Änderung der Rechnungsstellung | Neuer Rechnungsrhythmus
Auf Wunsch vieler Kunden stellen wir ab {month} nicht mehr jede Lieferung einzeln in Rechnung, sondern
+ erstellen eine Sammelrechnung [pro Monat|alle zwei Wochen].
[Auf der Sammelrechnung finden Sie alle Lieferscheine und Bestellnummern des Zeitraums, sodass Sie alles
+ leicht prüfen können.|Zu jeder Lieferung sind Ihre Bestellnummer und die Lieferscheinnummer
+ angegeben.] [Das Zahlungsziel von {days} Tagen gilt ab Rechnungsdatum.|An Preisen und
+ Zahlungsbedingungen ändert sich nichts.]
[Möchten Sie lieber weiterhin Einzelrechnungen erhalten, geben Sie uns einfach Bescheid.|Bei Fragen
+ hilft Ihnen unsere Buchhaltung gerne weiter.]
# Neuer Versanddienstleister ab {date} | Wir versenden künftig mit {carrier} | Änderung beim
+ Paketversand
Ab dem {date} werden alle unsere Paketsendungen von {carrier} zugestellt.
[Bei jedem Versand erhalten Sie automatisch eine E-Mail mit der Sendungsnummer.|Die Sendungsnummer
+ finden Sie künftig auch in Ihrer Bestellübersicht.] [Palettensendungen liefern wir weiterhin mit
+ eigenen Fahrzeugen aus.|Die Laufzeiten bleiben in etwa gleich: in der Regel {n} Werktage.]
[Falls Sie besondere Anlieferhinweise haben, etwa Rampen- oder Warenannahmezeiten, teilen Sie uns diese
+ bitte mit.|Mit {carrier} haben wir feste Zustellfenster für Geschäftskunden vereinbart, auch für Ihre
+ Adresse in {city}.]
# Ablieferbeleg zu Bestellung {po} | Unterschriebener Lieferschein {po} | Zustellnachweis wie gewünscht
Wie [gewünscht|telefonisch besprochen] senden wir Ihnen anbei den Zustellnachweis zu Bestellung {po},
+ [zugestellt am {date} um {time} Uhr|mit der Unterschrift Ihres Mitarbeiters in der Warenannahme].
[Laut Spedition wurden {n} Packstücke ohne Vermerk auf dem Frachtbrief übergeben.|Auch die Fotos der
+ Ladung bei Abfahrt aus unserem Lager haben wir beigefügt.] [Vielleicht hilft Ihnen das bei der Suche
+ nach der Sendung in Ihrem Haus.|Damit können Sie den Wareneingang in Ihrem System buchen.]
[Melden Sie sich gerne, wenn Sie noch etwas benötigen.|Wenn wir sonst noch etwas klären können, sagen
+ Sie einfach Bescheid.]
# Inventur am {date} | Keine Auslieferung am {date} | Lager wegen Jahresinventur geschlossen
Wegen unserer jährlichen Inventur bleibt unser Lager am [{date}|{weekday}, dem {date},] geschlossen.
[An diesem Tag werden keine Aufträge versandt oder ausgeliefert.|Aufträge, die an diesem Tag eingehen,
+ versenden wir am nächsten Werktag.] [Bestellungen, die am Vortag bis {time} Uhr eingehen, gehen noch
+ raus.|Auch Selbstabholung ist an diesem Tag nicht möglich.]
[Bitte stimmen Sie Ihre Lagerhaltung entsprechend ab.|Unser Kundenservice ist wie gewohnt erreichbar.]
# Position storniert | Bestellung {po}: {product} nicht lieferbar | Änderung zu Ihrem Auftrag {po}
Leider müssen wir [die Position {product}|einen Teil] aus Ihrer Bestellung {po} stornieren: [der
+ Hersteller liefert diesen Artikel nicht mehr|wir können ihn auf absehbare Zeit nicht beschaffen].
[Die übrigen Artikel liefern wir wie geplant am {date} aus.|Der Rest des Auftrags wird wie bestätigt
+ geliefert.] [Der stornierte Artikel wird Ihnen selbstverständlich nicht berechnet.|Sie zahlen nur, was
+ wir tatsächlich liefern.]
[Gerne bieten wir Ihnen einen vergleichbaren Artikel an; das Datenblatt schicke ich Ihnen mit.|Wir
+ bitten um Entschuldigung und suchen gerne mit Ihnen nach einer Alternative.]
# Neues ERP-System | Neue Kundennummer ab {date} | Unsere Rechnungen sehen künftig anders aus
Zum {date} stellen wir auf ein neues [ERP-System|Warenwirtschaftssystem] um. Dabei erhalten Sie auch
+ eine neue Kundennummer: [{n}{n}{n}{n}|Sie finden sie auf Ihrer nächsten Auftragsbestätigung].
[Auch Auftragsbestätigungen, Lieferscheine und Rechnungen bekommen ein neues Layout.|Rechnungs- und
+ Lieferscheinnummern haben ab dann ein neues Format.] [Bitte geben Sie bei Bestellungen und Zahlungen
+ künftig die neue Kundennummer an.|Bitte passen Sie Ihre Kreditorenstammdaten an; unsere Bankverbindung
+ bleibt unverändert.]
[Während der Umstellung kann die Auftragsbearbeitung einen Tag länger dauern.|Sollte in den ersten
+ Wochen etwas nicht stimmen, melden Sie sich bitte direkt bei uns.]
# Störung in unserer Produktion | Lieferverzögerung wegen Maschinenschaden | Wichtig: neuer Liefertermin
+ für Bestellung {po}
Aufgrund [eines schweren Schadens an unserer Extrusionsanlage|eines Brandes in einer unserer
+ Fertigungshallen|eines Defekts an unserer Presse] steht unsere Produktion [seit {weekday}|seit dem
+ {date}] teilweise still.
Daher können wir Ihre Bestellung {po} leider nicht zum bestätigten Termin liefern; wir rechnen jetzt mit
+ einer Lieferung [am {date}|in etwa {n} Wochen]. [Es tut uns sehr leid, Ihnen das mitteilen zu
+ müssen.|Dafür bitten wir Sie aufrichtig um Entschuldigung.]
[Wir fahren Sonderschichten, um den Rückstand so schnell wie möglich aufzuholen.|Wo möglich, liefern wir
+ vorab eine Teilmenge aus dem Lagerbestand.] [Falls der neue Termin für Sie ein Problem ist, rufen Sie
+ mich bitte an, dann finden wir gemeinsam eine Lösung.|Über den Fortschritt halten wir Sie wöchentlich
+ auf dem Laufenden.]
# Etiketten vertauscht – Lieferung {po} | Wichtig: falsch etikettierte Kartons | Kennzeichnungsfehler bei
+ Ihrer Lieferung
Bei einer Nachkontrolle in unserem Versand ist uns aufgefallen, dass in Ihrer Lieferung zu Bestellung {po}
+ [einige Kartons|{n} Kartons] falsch etikettiert sind: [auf dem Etikett steht {product}, im Karton ist aber
+ die kleinere Ausführung|Chargennummer und Haltbarkeitsdatum auf dem Etikett passen nicht zum Inhalt].
Die Ware selbst ist einwandfrei, nur die Kennzeichnung stimmt nicht. [Die richtigen Etiketten schicken wir
+ Ihnen heute noch per Express.|Unser Fahrer bringt am {weekday} korrekt etikettierte Ware und nimmt die
+ betroffenen Kartons wieder mit.]
[Bitte buchen Sie diese Kartons bis dahin nicht in Ihren Bestand ein.|Bitte halten Sie die betroffenen Kartons
+ so lange zurück.] Das ist uns sehr unangenehm, und wir bitten um Entschuldigung.
# Korrektur unserer Auftragsbestätigung {po} | Falscher Preis in der AB zu {po} | Berichtigte
+ Auftragsbestätigung
In unserer Auftragsbestätigung zu Ihrer Bestellung {po} ist uns leider ein Fehler unterlaufen: Für {product}
+ [haben wir noch den alten Listenpreis statt Ihres Sonderpreises angegeben|fehlt Ihr vereinbarter Rabatt von
+ {percent} %].
[Aufgefallen ist uns das selbst bei der Vorbereitung der Rechnung.|Unser Innendienst hat den Fehler bei einer
+ Nachkontrolle bemerkt.] [Anbei die berichtigte Auftragsbestätigung, maßgeblich ist nur noch diese.|Die
+ korrigierte Fassung liegt bei; die erste können Sie verwerfen.]
Liefertermin und Mengen bleiben unverändert, [und auf der Rechnung steht selbstverständlich der richtige
+ Preis|an Ihrer Bestellung müssen Sie nichts ändern].
# Ihre Lieferung {po} – Fehlzustellung | Sendung an falsche Adresse geliefert | Bestellung {po}: neue
+ Zustellung am {date}
Durch einen Fehler in unserem Versand wurde Ihre Bestellung {po} an [Ihre frühere Lieferadresse|Ihre
+ Niederlassung in {city}|eine falsche Anschrift] geliefert statt an Ihr [Lager|Werk].
[Wir haben {carrier} bereits beauftragt, die Sendung dort abzuholen und zu Ihnen zu bringen.|Da eine
+ Rückholung zu lange dauern würde, haben wir die Ware heute ein zweites Mal für Sie verschickt.] [Die
+ Zustellung erfolgt voraussichtlich am {date}.|Die neue Sendungsnummer lautet {track}.]
[Die Lieferadresse in unseren Stammdaten ist inzwischen korrigiert, damit das nicht wieder
+ vorkommt.|Zusätzliche Kosten entstehen Ihnen dadurch natürlich nicht.] Bitte entschuldigen Sie die
+ Verzögerung.
# Überlieferung zu Bestellung {po} | Zu viel geliefert – bitte kurz prüfen | Mehrmenge in Ihrer Lieferung vom
+ {date}
Beim Abgleich unserer Lagerbestände haben wir gemerkt, dass wir Ihnen mit der Lieferung zu Bestellung {po}
+ [{n} Kartons|{n} Paletten|{n}0 Stück] {product} mehr geschickt haben als bestellt.
[Wenn Sie die Mehrmenge gebrauchen können, behalten Sie sie gern; wir berechnen sie dann mit {percent} %
+ Nachlass.|Falls Sie die Ware nicht brauchen, holen wir sie auf unsere Kosten wieder ab.]
[Geben Sie uns bitte bis {weekday} kurz Bescheid, was Ihnen lieber ist.|Ein kurzes Ja oder Nein per Mail
+ genügt.]
# Zwischenstand Ihres Jahresbonus | Nächste Bonusstufe in Reichweite | Ihr Umsatz bei uns bis {month}
Kurz zum Zwischenstand Ihrer Bonusvereinbarung: Bis Ende {month} haben Sie bei uns [Waren im Wert von
+ {amount}|einen Umsatz von {amount}] bezogen.
Damit fehlt nicht mehr viel bis zur nächsten Bonusstufe, mit der sich Ihr Jahresbonus auf {percent} % erhöht.
+ [Die höhere Stufe gilt dann rückwirkend für den gesamten Jahresumsatz.|Maßgeblich sind alle Rechnungen bis
+ zum 31. Dezember.]
[Falls Sie Bestellungen für das erste Quartal ohnehin schon planen, könnte sich ein Vorziehen lohnen.|Eine
+ Aufstellung nach Warengruppen finden Sie im Anhang.]
# Restposten zu Sonderpreisen | Lagerräumung – nur für Stammkunden | Abverkauf Auslaufartikel
Wir räumen [unser Außenlager|einen Teil unseres Lagers] und bieten unseren Stammkunden [Restposten und
+ Auslaufartikel|Artikel aus dem bisherigen Sortiment] mit bis zu {percent} % Nachlass an.
Dabei sind unter anderem {product} und [Zubehör in kleineren Stückzahlen|einige Sonderfarben]; [die
+ vollständige Liste mit Mengen und Preisen liegt bei|die Liste mit allen Positionen hängt an].
[Das Angebot gilt, solange der Vorrat reicht, längstens bis {date}.|Verkauf nur in ganzen Verpackungseinheiten
+ und ohne Rückgaberecht.] [Wer zuerst bestellt, bekommt die Ware.|Reservieren können Sie telefonisch oder per
+ Antwort auf diese Mail.]
# Ihr Wartungsvertrag läuft am {date} aus | Verlängerung Servicevertrag | Garantie endet – Angebot für einen
+ Anschlussvertrag
Die [Herstellergarantie|Laufzeit des Wartungsvertrags] für [Ihre Kälteanlage|Ihren Druckluftkompressor|Ihre
+ Verpackungsmaschine] endet am {date}.
[Damit Sie auch danach abgesichert sind, bieten wir Ihnen einen Anschlussvertrag zu den bisherigen Konditionen
+ an.|Wir empfehlen einen Servicevertrag mit jährlicher Wartung und garantierter Reaktionszeit im
+ Störungsfall.] [Das Angebot mit den verschiedenen Leistungsstufen liegt bei.|Die Pauschale beträgt {amount}
+ im Jahr, Verschleißteile berechnen wir nach Aufwand.]
[Wenn Sie verlängern möchten, genügt eine kurze Bestätigung per E-Mail.|Bei Fragen ruft Sie {colleague} aus
+ unserem Service gerne an.]
# Inbetriebnahme am {date} | Aufstellung und Einweisung Ihrer neuen Anlage | Technikerbesuch zur
+ Inbetriebnahme
Ihre neue [Etikettiermaschine|Bandspülmaschine|CNC-Fräse] wird am {date} angeliefert; Aufstellung und
+ Inbetriebnahme übernimmt am selben Tag {colleague} aus unserem Kundendienst.
[Im Anschluss folgt die Einweisung Ihrer Mitarbeiter in Bedienung, Reinigung und Pflege; planen Sie dafür
+ bitte etwa zwei Stunden ein.|Zur Einweisung sollten die künftigen Bediener dabei sein, höchstens {n}
+ Personen.]
[Bitte sorgen Sie dafür, dass Strom- und Wasseranschluss am Aufstellort fertig sind.|Bitte halten Sie zum
+ Abladen einen Stapler bereit, die Maschine wiegt knapp eine Tonne.] [Falls der Termin nicht passt, melden
+ Sie sich bitte bis {weekday}.|Die Abnahme bestätigen Sie uns danach einfach auf dem
+ Inbetriebnahmeprotokoll.]
# Langzeit-Lieferantenerklärung für das neue Jahr | Ursprungsnachweise für Ihre Exporte | Präferenzursprung
+ unserer Artikel
Anbei erhalten Sie unsere Langzeit-Lieferantenerklärung über den präferenziellen Ursprung unserer Waren [für
+ das kommende Kalenderjahr|mit Gültigkeit bis {date}].
[Sie umfasst alle Artikel, die Sie im laufenden Jahr bei uns bezogen haben.|Für {product} können wir leider
+ keinen EU-Ursprung mehr bestätigen, da wir das Vormaterial inzwischen aus Asien beziehen.]
[Für Lieferungen in die Schweiz und nach Großbritannien setzen wir die Ursprungserklärung künftig direkt auf
+ die Rechnung.|Bitte hinterlegen Sie die Erklärung in Ihrer Exportabwicklung.] [Zolltarifnummern und
+ Ursprungsländer je Artikel finden Sie in der beigefügten Liste.|Bei Rückfragen wenden Sie sich bitte an
+ unsere Zollabteilung.]
# Bestellungen per Fax nur noch bis {date} | Neuer Bestellweg ab {date} | Bitte künftig an unsere zentrale
+ Bestelladresse
Ab dem {date} [nehmen wir keine Bestellungen per Fax mehr an|können wir Faxbestellungen leider nicht mehr
+ bearbeiten], unser Faxgerät wird dann abgeschaltet.
[Bitte schicken Sie Ihre Bestellungen stattdessen per E-Mail an die zentrale Adresse unseres Innendienstes,
+ gern als PDF oder Excel-Liste.|Am schnellsten geht es künftig über unseren Webshop oder, bei regelmäßigen
+ größeren Mengen, per EDI direkt aus Ihrem Warenwirtschaftssystem.]
[Bestellungen an die persönlichen Adressen einzelner Mitarbeiter können bei Urlaub oder Krankheit liegen
+ bleiben.|Wenn Sie eine EDI-Anbindung wünschen, stimmt {colleague} die Formate gern mit Ihrer IT ab.] Danke,
+ dass Sie mitziehen!
# Unser Angebot {quote} läuft bald ab | Gültigkeit Angebot {quote} | Noch Fragen zu unserem Angebot {quote}?
Unser Angebot {quote} über {product} [vom {date}|über insgesamt {amount}] ist noch bis Ende dieser Woche
+ gültig.
[Da unser Vorlieferant die Preise im {month} anhebt, können wir die Konditionen danach leider nicht mehr
+ halten.|Gern verlängern wir die Bindefrist um {days} Tage, falls Sie intern noch etwas Zeit brauchen.]
[Gibt es noch offene Fragen oder Punkte, die wir anpassen sollen?|Sollen wir Ihnen den Liefertermin schon
+ einmal unverbindlich reservieren?]
# Generationswechsel bei {company} | Neue Geschäftsführung ab {date} | Unser Betrieb in neuen Händen
Nach [über dreißig|fast vierzig] Jahren übergebe ich die Geschäftsführung von {company} zum {date} in jüngere
+ Hände: {colleague} [ist seit vielen Jahren bei uns im Betrieb und kennt Ihre Aufträge bestens|leitet schon
+ heute unsere Werkstatt und den Einkauf].
[Ich bleibe dem Betrieb in den ersten Monaten beratend erhalten, damit der Übergang reibungslos klappt.|Nach
+ einer kurzen Übergangszeit ziehe ich mich dann ganz aus dem Tagesgeschäft zurück.] [Für Sie ändert sich
+ nichts: Ansprechpartner, Konditionen und Bankverbindung bleiben gleich.|Mit Ihren gewohnten Ansprechpartnern
+ läuft alles weiter wie bisher.]
Danke für Ihre Treue über all die Jahre – [ich würde mich freuen, wenn Sie {colleague} dasselbe Vertrauen
+ schenken|bitte halten Sie auch der nächsten Generation die Treue].
# Aktualisierung Ihrer Unternehmensdaten | Unterlagen nach dem Geldwäschegesetz | Ihr Geschäftskonto: Angaben
+ zu den wirtschaftlich Berechtigten
Als Ihre Bank sind wir gesetzlich verpflichtet, die Angaben zu unseren Geschäftskunden in regelmäßigen
+ Abständen zu überprüfen.
[Für Ihr Geschäftskonto benötigen wir dazu einen aktuellen Handelsregisterauszug und die Angaben zu den
+ wirtschaftlich Berechtigten.|Bitte bestätigen Sie uns dazu Ihre Gesellschafterstruktur, die
+ vertretungsberechtigten Personen und die wirtschaftlich Berechtigten.]
[Die Unterlagen können Sie über das Postfach in Ihrem Online-Banking hochladen; bitte schicken Sie sie nicht
+ per E-Mail.|Am einfachsten nutzen Sie dafür das Formular, das wir Ihnen per Post zugeschickt haben.] [Bitte
+ reichen Sie alles bis zum {date} ein.|Wir bitten um Ihre Rückmeldung innerhalb von {days} Tagen.]
[Ohne diese Angaben müssten wir die Nutzung des Kontos unter Umständen einschränken.|Bei Fragen erreichen Sie
+ Ihren Firmenkundenbetreuer {colleague} unter der bekannten Rufnummer.]
# Geplante Stromabschaltung am {date} | Versorgungsunterbrechung wegen Netzarbeiten | Ankündigung:
+ Stromunterbrechung in {city}
Wegen [Arbeiten an unserem Mittelspannungsnetz|des Austauschs einer Trafostation|Wartungsarbeiten am Ortsnetz]
+ in {city} müssen wir die Stromversorgung Ihres Betriebsstandorts am {date} [von {time} Uhr an für etwa {n}
+ Stunden|voraussichtlich für einen halben Tag] unterbrechen.
Bitte [schalten Sie empfindliche Geräte und Maschinen vorher ab|fahren Sie Ihre Server und Maschinen
+ rechtzeitig herunter] und [sorgen Sie bei Kühlware für ausreichende Kühlung|denken Sie an Ihre Kühl- und
+ Tiefkühlgeräte].
[Die Wiedereinschaltung kann ohne weitere Vorwarnung erfolgen.|Bitte betrachten Sie alle Anlagen auch während
+ der Unterbrechung als unter Spannung stehend.] [Wir bitten um Ihr Verständnis.|Für Rückfragen steht Ihnen
+ unser Netzservice zur Verfügung.]
#! Ihr neuer Abschlag ab {month} | Anpassung Ihres monatlichen Abschlags | Jahresabrechnung Strom: neuer
+ Abschlag
Dies ist eine automatische Benachrichtigung aus Ihrem Kundenportal: Auf Grundlage Ihrer Jahresabrechnung haben
+ wir den monatlichen Abschlag für Ihre Lieferstelle in {city} [neu berechnet|angepasst].
Ab {month} beträgt Ihr Abschlag [für Strom|für Erdgas|für Strom und Gas] {amount}; [er wird wie gewohnt per
+ Lastschrift eingezogen|bitte passen Sie Ihren Dauerauftrag entsprechend an].
[Die Jahresabrechnung steht im Kundenportal zum Download bereit: {url}|Ihre Abrechnung und den neuen
+ Abschlagsplan finden Sie hier: {url}] [Sie möchten einen anderen Abschlag? Den können Sie im Portal selbst
+ ändern.|Bitte antworten Sie nicht auf diese E-Mail.]
# Supportende für Ihre Softwareversion | Wichtig: Version wird ab {date} nicht mehr unterstützt |
+ Update-Termin vereinbaren
Für die bei Ihnen eingesetzte Version unserer [Warenwirtschaft|Zeiterfassung|Kassensoftware|Lohnsoftware]
+ endet am {date} der Support.
[Ab dann gibt es für diese Version keine Sicherheitsupdates und keine gesetzlichen Anpassungen mehr.|Danach
+ liefern wir für diese Version weder Fehlerbehebungen noch Updates für neue gesetzliche Vorgaben.]
Das Update auf die aktuelle Version ist in Ihrem Wartungsvertrag enthalten, [Sie zahlen also nichts extra|es
+ fällt nur die Installation nach Aufwand an].
[{colleague} aus unserem Technikteam würde das gerne mit Ihnen terminieren, am besten außerhalb Ihrer
+ Geschäftszeiten.|Planen Sie für das Update rund zwei Stunden ein; vorher sollte eine vollständige
+ Datensicherung laufen.] [Schicken Sie uns einfach zwei, drei Terminvorschläge.|Den Termin können Sie auch
+ direkt über unsere Hotline vereinbaren.]
# Fertigstellung Bauvorhaben {city} | Bitte um Abnahme unserer Leistungen | Fertigstellungsanzeige –
+ Abnahmetermin
Wir teilen Ihnen mit, dass unsere Arbeiten am Bauvorhaben in {city}
+ ([Elektroinstallation|Trockenbau|Fliesenarbeiten|Heizung und Sanitär]) [seit {weekday}|zum {date}]
+ fertiggestellt sind.
Wir bitten um eine gemeinsame Abnahme [am {date} um {time} Uhr|in den nächsten Tagen]; [gerne auch zusammen
+ mit Ihrem Bauleiter|die Prüf- und Messprotokolle bringen wir mit].
[Die letzten Kleinigkeiten erledigen wir bis dahin.|Kleinere Restpunkte nehmen wir ins Abnahmeprotokoll auf.]
+ [Die Schlussrechnung folgt nach der Abnahme.|Bitte geben Sie uns kurz Bescheid, wann es Ihnen passt.]
# Gelangensbestätigung zu Rechnung {inv} | Bitte unterschreiben: Gelangensbestätigung | Nachweis für Ihre
+ steuerfreie Lieferung
Unsere Lieferung zu Rechnung {inv} haben wir Ihnen als innergemeinschaftliche Lieferung ohne Umsatzsteuer
+ berechnet.
[Für das Finanzamt benötigen wir dazu noch eine Gelangensbestätigung, dass die Ware bei Ihnen in {city}
+ angekommen ist.|Für unsere Buchhaltung brauchen wir noch Ihren Nachweis, dass die Ware tatsächlich bei Ihnen
+ eingetroffen ist.] [Das vorbereitete Formular liegt bei, Sie müssen nur Datum und Unterschrift
+ ergänzen.|Eine kurze Bestätigung per E-Mail mit Eingangsdatum und Ort genügt.]
[Ohne diesen Nachweis müssten wir Ihnen die Umsatzsteuer nachträglich berechnen.|Bitte senden Sie uns die
+ Bestätigung bis zum {date} zurück.] Danke für Ihre Mithilfe!
# Neue Abholzeit ab {date} | Änderung Ihrer täglichen Abholung | Tourenumstellung: Wir holen künftig
+ nachmittags ab
Wegen einer Umstellung unserer Nahverkehrstouren in {city} holen wir Ihre Sendungen ab dem {date} nicht mehr
+ vormittags, sondern [zwischen 15 und 16 Uhr|erst am späten Nachmittag] bei Ihnen ab.
[Damit bleibt Ihnen mehr Zeit, Ihre Tagesaufträge noch am selben Tag auf den Weg zu bringen.|Was bis dahin
+ bereitsteht, geht weiterhin am selben Tag in den Hauptlauf.]
[Bitte halten Sie die Packstücke wie gewohnt an der Rampe bereit und übermitteln Sie die Versanddaten
+ vorher.|Zusätzliche Abholungen melden Sie bitte bis spätestens 12 Uhr über unser Kundenportal an.] [Wenn die
+ neue Zeit für Sie gar nicht passt, rufen Sie mich bitte an.|Ihr Fahrer bleibt übrigens derselbe.]
# Entnahmen Konsignationslager {month} | Bitte bestätigen: Entnahmeliste Konsilager | Abrechnung
+ Konsignationslager
Anbei erhalten Sie die Aufstellung der Entnahmen aus unserem Konsignationslager bei Ihnen in {city} für den
+ Monat {month}.
Laut Ihren Buchungen wurden [{n}0 Kartons Schrauben und Dübel|insgesamt {n}00 Stück aus {n}
+ Artikelpositionen|{n} Rollen Kabel und {n}0 Abzweigdosen] entnommen; [auf dieser Grundlage erstellen wir die
+ Monatsrechnung|diese Menge berechnen wir mit der nächsten Sammelrechnung].
[Bei unserer Zählung vor Ort am {date} gab es eine kleine Differenz zu Ihren Buchungen, die Einzelheiten
+ stehen in der Liste.|Bestand und Buchungen stimmen diesmal genau überein.]
[Bitte prüfen Sie die Liste und bestätigen Sie sie bis {weekday}.|Den Mindestbestand füllen wir mit der
+ nächsten Tour am {weekday} wieder auf.]
# Ihr Werkzeug bei uns im Lager | Kundenwerkzeug seit Jahren nicht genutzt – verschrotten? | Lagerung Ihrer
+ Spritzgießform
Bei einer Durchsicht unseres Werkzeuglagers ist uns aufgefallen, dass [die Spritzgießform für Ihr
+ Gehäuseunterteil|das Stanzwerkzeug für Ihren Montagewinkel|Ihre Druckgussform für den Pumpendeckel] seit
+ über [drei|vier] Jahren nicht mehr im Einsatz war.
[Da der Platz bei uns knapp wird, möchten wir fragen, ob Sie das Werkzeug noch benötigen.|Bevor wir etwas
+ unternehmen, möchten wir mit Ihnen klären, wie es damit weitergehen soll.]
[Wir können es gegen eine kleine Lagerpauschale weiter einlagern, es Ihnen zurückschicken oder es mit Ihrer
+ schriftlichen Zustimmung fachgerecht verschrotten.|Sie können es gerne abholen lassen; alternativ
+ verschrotten wir es auf Ihre schriftliche Anweisung.]
[Bitte geben Sie uns bis zum {date} Bescheid.|Über eine kurze Rückmeldung bis Ende {month} würden wir uns
+ freuen.]
# Ihre Umsatzmeldung für die Betriebshaftpflicht | Bitte um Meldung Ihrer Jahreszahlen | Beitragsabrechnung:
+ Angaben bis {date}
Für die Beitragsabrechnung Ihrer [Betriebshaftpflichtversicherung|Betriebs- und Umwelthaftpflicht] benötigen
+ wir wie jedes Jahr [Ihren Umsatz|Ihre Umsatz- und Lohnsummen] für das abgelaufene Geschäftsjahr.
[Den Meldebogen finden Sie im Anhang, er ist in fünf Minuten ausgefüllt.|Tragen Sie die Werte einfach in das
+ beigefügte Formular ein.] Bitte schicken Sie uns Ihre Angaben bis zum {date}.
[Liegt der Umsatz deutlich über dem Vorjahr, prüfen wir gerne, ob Ihre Deckungssumme noch ausreicht.|Erhalten
+ wir keine Meldung, müssen wir den Beitrag nach einem geschätzten Wert abrechnen.]
# Überlassungshöchstdauer erreicht | Einsatz von {colleague} endet am {date} | Wichtiger Hinweis zu Ihrem
+ Zeitarbeitseinsatz
Wir möchten Sie rechtzeitig darauf hinweisen, dass der Einsatz von {colleague} [in Ihrem Lager|in Ihrer
+ Montage|in Ihrem Versand] am {date} die gesetzliche Überlassungshöchstdauer von 18 Monaten erreicht.
[Ein Einsatz über diesen Tag hinaus ist leider nicht zulässig.|Über diesen Termin hinaus dürfen wir
+ {colleague} bei Ihnen nicht weiter einsetzen.] [Wenn Sie {colleague} fest übernehmen möchten, verzichten wir
+ auf eine Vermittlungsprovision.|Eine Übernahme in ein festes Arbeitsverhältnis bei Ihnen ist
+ selbstverständlich möglich; die Konditionen regelt unser Rahmenvertrag.]
[Alternativ stellen wir Ihnen ab dem Folgetag eine andere Fachkraft mit vergleichbarer Qualifikation zur
+ Verfügung.|Lassen Sie uns kurz telefonieren, wie es weitergehen soll.]
# Ihr Rahmenauftrag {po} – Abrufstand | Restmenge aus Rahmenauftrag {po} | Rahmenauftrag läuft am {date} aus
Kurz zum Stand Ihres Rahmenauftrags {po}: Von der vereinbarten Jahresmenge sind bisher [rund zwei Drittel|etwa
+ die Hälfte|knapp ein Drittel] abgerufen.
Der Auftrag läuft am {date} aus, offen sind noch [{n}00 Stück|{n} Paletten]. [Damit wir das Material
+ rechtzeitig disponieren können, planen Sie die restlichen Abrufe bitte ein und nennen Sie uns die
+ Termine.|Die Restmenge haben wir bereits gefertigt, sie liegt bei uns auf Lager.]
[Wenn Sie die Laufzeit um einige Monate verlängern möchten, ist das zu den bisherigen Preisen möglich.|Nicht
+ abgerufene Mengen müssten wir laut Vertrag zum Laufzeitende ausliefern und berechnen.] [Geben Sie mir
+ einfach kurz Bescheid.|Ich freue mich auf Ihre Rückmeldung.]

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
# Protokoll der Besprechung | To-dos {weekday} | Besprechungsnotizen {month}
Kurz zusammengefasst, was wir [heute|heute Morgen] besprochen haben: {colleague} kümmert sich um die offenen
+ Rechnungen der größten Kunden, und die neue Preisliste geht am {date} raus.
[Das Budget für {month} bleibt wie geplant.|Der Einkauf holt neue Angebote für {product} ein.] Nächster
+ Termin: {weekday} um {time} Uhr in Raum {room}.
[Gebt Bescheid, falls ich etwas vergessen habe.|Bitte schaut bis dahin auf eure To-dos.]
# Krank | Krankmeldung | Heute nicht im Büro
Ich bin [krank|erkältet und habe Fieber|mit Migräne aufgewacht] und komme heute nicht. [Die AU reiche ich
+ nach.|{colleague} weiß, wo meine offenen Sachen liegen.]
# Preiserhöhung Lieferant – Alternativen? | Unser Lieferant für {product} | Was machen wir mit den
+ Lieferverzögerungen?
[Unser Lieferant für {product} hat schon wieder eine Preiserhöhung von {percent} % angekündigt.|Der Lieferant
+ für {product} hat jetzt dreimal hintereinander zu spät geliefert.]
[Sollen wir bei ein paar anderen Anbietern Angebote einholen?|Sollen wir am {weekday} besprechen, ob wir bei
+ ihm bleiben?] [Die Zahlen liegen im gemeinsamen Ordner.|Der Einkauf meint, woanders bekämen wir bessere
+ Konditionen.]
# Achtung: Phishing-Mails | IT: Bitte nicht auf diese Links klicken | Vorsicht vor gefälschten Rechnungen
Hinweis der IT: [Derzeit sind vermehrt Phishing-Mails im Umlauf|Mehrere Kollegen haben gefälschte Rechnungen
+ per E-Mail erhalten], die scheinbar von [einem Lieferanten|unserer Bank|Microsoft] stammen.
[Bitte klickt keine Links an und öffnet keine Anhänge in E-Mails, die ihr nicht erwartet.|Gebt niemals euer
+ Passwort auf einer Seite ein, die ihr über einen Link in einer E-Mail erreicht habt.] [Im Zweifel leitet die
+ Mail an den IT-Support weiter.|Wer schon geklickt hat, ruft bitte sofort beim IT-Support an.]
# Bahn und Hotel {city} | Dienstreise am {date} | Kannst du meine Reise buchen?
Kannst du mir für den {date} [ein Bahnticket|einen Flug] nach {city} buchen? [Zurück geht es am nächsten Tag,
+ ein Hotel in Büronähe für eine Nacht wäre also super.|Ich bin abends wieder zurück, ein Hotel brauche ich
+ also nicht.] [Die Projektnummer ist {n}{n}{n}.|Bitte über das Vertriebsbudget abrechnen.]
# Kunde hat wegen Bestellung {po} angerufen | Bitte zurückrufen | Telefonnotiz
Während du weg warst, hat ein Kunde wegen der Bestellung {po} angerufen. [Er möchte wissen, wann geliefert
+ wird.|Laut ihr fehlt ein Teil der Lieferung.]
[Kannst du bis {time} Uhr zurückrufen?|Ich habe gesagt, dass du dich heute noch meldest.] [Die Nummer steht im
+ CRM.|Ich habe dir die Mail weitergeleitet.]
# Monatsabschluss | Frist Rechnungen {month} | Erinnerung: Reisekosten bis {date}
Für den [Monatsabschluss|Quartalsabschluss] bitte [alle Eingangsrechnungen und Reisekostenabrechnungen für
+ {month} einreichen|alle offenen Rechnungen im System freigeben], und zwar bis zum {date}.
[Was später kommt, wird in der nächsten Periode gebucht.|Die Wirtschaftsprüfer kommen am {weekday}, also bitte
+ pünktlich.] Danke!
# Rechnung buchen | Bitte buchen: Rechnung {inv} | Eingangsrechnung Kostenstelle {n}00
Anbei die Rechnung {inv} [vom Messebauer|von der Werbeagentur|vom Elektriker], sachlich geprüft und von mir
+ freigegeben.
Bitte auf Kostenstelle {n}00 buchen und beim Zahlungslauf am {weekday} mitnehmen. [Skonto gibt es bis zum
+ {date}, das sollten wir mitnehmen.|Das Original liegt in deinem Fach.]
# Kunde unzufrieden – bitte anrufen | Beschwerde zu Auftrag {po} | Dringend: Rückruf beim Kunden
Der Kunde aus {city} hat sich [gerade telefonisch|per Mail bei mir] beschwert: [die Lieferung zu Auftrag {po}
+ war unvollständig|die Montage ist immer noch nicht abgeschlossen|auf der Rechnung {inv} stimmt der Rabatt
+ nicht].
Er ist ziemlich verärgert und droht damit, [zur Konkurrenz zu gehen|die Zahlung zurückzuhalten].
Kannst du ihn [heute noch|bis {time} Uhr] anrufen? [Du darfst ihm bis zu {percent} % Nachlass anbieten.|Bitte
+ mach dir im CRM eine Notiz, was ihr vereinbart habt.]
# Inventur am {date} | Inventur – alle Mann an Deck | Einteilung Inventur
Am {date} ist Inventur, [das Lager bleibt an dem Tag für Kunden geschlossen|Wareneingang und Versand ruhen ab
+ {time} Uhr].
Die Zählteams hängen [am schwarzen Brett|im Teams-Kanal] aus. [Bitte bucht bis zum Vortag alle Wareneingänge
+ und Lieferscheine.|Bitte plant an dem Tag keine Termine ein.]
[Für Pizza ist gesorgt.|Danke schon mal an alle, die mithelfen!]
# Transporter | Wer hatte zuletzt den Firmenwagen? | Firmenwagen am {weekday}
Wer hatte [zuletzt den Transporter|am Wochenende den Firmenwagen]? Der Tank ist leer und [hinten liegt noch
+ Verpackungsmüll|das Fahrtenbuch ist nicht ausgefüllt].
Bitte tragt euch [immer im Kalender|in die Liste an der Pinnwand] ein und bringt den Wagen vollgetankt zurück.
+ [Ich brauche ihn am {weekday} um {time} Uhr für eine Auslieferung.|Danke!]
# Weihnachtsfeier am {date} | Sommerfest – bitte eintragen | Save the Date: Firmenfeier
Unsere [Weihnachtsfeier|Sommerfeier] findet dieses Jahr am {date} [im Gasthaus in {city}|bei uns im Hof]
+ statt, los geht's um {time} Uhr.
[Bitte tragt euch bis {weekday} in die Liste im Intranet ein, damit das Orga-Team planen kann.|Gebt mir bitte
+ bis {weekday} Bescheid, ob ihr kommt und ob ihr vegetarisch esst.]
[Essen und Getränke übernimmt die Firma.|Wer eine Fahrgemeinschaft sucht, meldet sich bei mir.]
# Angebot für Neukunden in {city} | Kannst du ein Angebot machen? | Anfrage weitergeleitet – Angebot bis
+ {weekday}
Ich habe [gerade|heute Morgen] eine Anfrage von einem Neukunden aus {city} bekommen: {n}0 x {product},
+ Lieferung im {month}.
Kannst du bis {weekday} ein Angebot fertig machen? [Mehr als {percent} % Rabatt sind nicht drin.|Bitte mit
+ Staffelpreisen, die wollen wahrscheinlich später mehr.]
[Die Anfrage hängt unten dran.|Die Kontaktdaten schicke ich dir gleich per Teams.]
# Achtung: neue Bankverbindung Lieferant | Bitte IBAN-Änderung prüfen | Stammdatenänderung Kreditor
Ein Lieferant hat uns [per Mail|mit einem Schreiben ohne Unterschrift] eine neue Bankverbindung mitgeteilt.
Bevor wir die Stammdaten ändern: [Ruf bitte dort unter der Nummer aus unserer Kartei an, nicht unter der aus
+ der Mail.|Bitte lass dir die Änderung telefonisch von unserem bekannten Ansprechpartner bestätigen.]
[Die nächste Zahlung an sie wäre am {date} fällig, bis dahin halten wir sie zurück.|Bis das geklärt ist, bitte
+ keine Überweisungen an diesen Lieferanten freigeben.]
# Neuer Kollege ab {date} | Onboarding {colleague} | Arbeitsplatz für neuen Mitarbeiter
Am {date} fängt {colleague} bei uns [im Vertrieb|im Lager|in der Buchhaltung|als Azubi] an.
An die IT: Bitte bis dahin [Laptop, E-Mail-Konto und ERP-Zugang|Rechner, Telefon und Zugangskarte] einrichten.
+ [Der Schreibtisch in Raum {room} ist frei.|Sitzplatz ist in Raum {room}.]
[Die Einarbeitung in der ersten Woche übernehme ich.|Denkt bitte am ersten Tag an eine kleine
+ Vorstellungsrunde.]
# Übergabe Urlaub | Meine offenen Punkte bis {date} | Vertretung ab {weekday}
Ich bin ab {weekday} [zwei Wochen|bis zum {date}] im Urlaub, hier meine offenen Punkte:
Die Bestellung {po} kommt voraussichtlich nächste Woche, bitte den Wareneingang prüfen und den Lieferschein an
+ die Buchhaltung geben.
[Die Rechnung {inv} ist noch nicht freigegeben, der Betrag stimmt nicht mit dem Angebot überein.|Bei der
+ Reklamation des Kunden aus {city} warte ich noch auf die Rückmeldung vom Lieferanten.]
[Alles andere kann warten.|Im Notfall bin ich per Handy erreichbar.]
# Neue Gleitzeitregelung | Info der Personalabteilung: Arbeitszeiterfassung | Änderung Homeoffice-Regelung ab
+ {month}
Ab {month} gilt [die neue Betriebsvereinbarung zur Gleitzeit|eine neue Regelung für das mobile Arbeiten].
[Die Kernzeit ist künftig von 9:00 bis 14:30 Uhr.|Pro Woche sind bis zu zwei Tage Homeoffice möglich, nach
+ Absprache mit der Teamleitung.]
[Die Arbeitszeit wird ab dann elektronisch am Terminal erfasst.|Anträge bitte wie gewohnt über das
+ Personalportal stellen.] [Fragen gerne an die Personalabteilung.|Die Details findet ihr im Intranet.]
# Kunde will Gutschrift – wie weit gehen wir? | Reklamation {customer}: Freigabe Gutschrift | WG: Reklamation
+ Lieferung {po}
Anbei die Reklamation von {customer} zur Lieferung {po}, [die Fotos hängen unten dran|die ist gestern bei mir
+ gelandet].
[Sie wollen eine Gutschrift über {amount}, das erscheint mir ziemlich viel.|Laut Spedition war die Ware bei
+ der Übergabe noch in Ordnung.] [Kann die Qualitätssicherung kurz draufschauen, bevor ich antworte?|Bis zu
+ welchem Betrag darf ich ihnen entgegenkommen?]
[Ich würde ihnen gerne bis {weekday} eine Rückmeldung geben.|Das ist ein wichtiger Kunde, also bitte nicht auf
+ die lange Bank schieben.]
# Zahlungsaufschub für {customer}? | Kunde fragt nach Ratenzahlung | Rechnung {inv} – Stundung möglich?
{customer} hat bei mir angefragt, ob sie die Rechnung {inv} über {amount} [in drei Raten|erst Ende {month}]
+ bezahlen können. [Die hatten wohl einen größeren Zahlungsausfall bei einem eigenen Kunden.|Angeblich hängt
+ bei ihnen eine Fördermittelzahlung fest.]
[Wie sieht deren Zahlungsverhalten bisher aus?|Geht das, ohne dass wir ihr Kreditlimit sprengen?] [Von meiner
+ Seite wäre das okay, es ist ein langjähriger Kunde.|Ohne Freigabe der Geschäftsführung möchte ich das ungern
+ zusagen.]
# Angebot {quote} – mehr Rabatt? | Rabattfreigabe für {customer} | Kunde will nachverhandeln
{customer} hat sich zu unserem Angebot {quote} gemeldet: [sie wollen noch {percent} % zusätzlich, sonst geht
+ der Auftrag an die Konkurrenz|preislich liegen wir offenbar knapp über dem Mitbewerber].
[Das geht über meine Rabattbefugnis hinaus, deshalb brauche ich deine Freigabe.|Bei dem Volumen wäre das aus
+ meiner Sicht vertretbar.] [Kannst du mir bis morgen früh Bescheid geben?|Die Kalkulation habe ich dir
+ angehängt.]
# Mahnsperre {customer} | Bitte keine Mahnung an {customer} | Rechnung {inv} in Klärung
Bitte [setzt für {customer} eine Mahnsperre|schickt vorerst keine Mahnung zur Rechnung {inv} raus].
[Der Kunde hat die Rechnung beanstandet, und wir klären gerade mit dem Lager, ob die gelieferte Menge
+ stimmt.|Wir sind mit dem Kunden noch im Gespräch über eine Teilgutschrift.] [Ich melde mich, sobald das
+ durch ist.|Bis Ende {month} sollte das erledigt sein.]
# Rechnung {inv} ohne Wareneingang | Lieferung zu {po} angekommen? | Frage zu Eingangsrechnung {inv}
Mir liegt die Rechnung {inv} über {amount} vor, aber im System finde ich keinen Wareneingang zur Bestellung
+ {po}.
[Ist die Lieferung schon da und nur noch nicht gebucht?|Kann es sein, dass nur ein Teil geliefert wurde?|Hat
+ jemand von euch den Lieferschein gesehen?]
[Solange das nicht geklärt ist, kann ich die Rechnung nicht zur Zahlung freigeben.|Die Skontofrist läuft am
+ {date} ab, es wäre also gut, wenn wir das schnell klären.]
# Material für die Baustelle {city} | Nachtrag Baustelle {city} | Bitte bestellen: Material für {weekday}
Auf der Baustelle in {city} brauchen wir zusätzlich [{n} Paletten Gipskartonplatten|{n}0 Meter Kabelkanal|{n}
+ Sack Fliesenkleber], [weil der Bauherr kurzfristig umgeplant hat|die Mengen aus dem Leistungsverzeichnis
+ reichen hinten und vorne nicht].
Kannst du das bitte bei unserem Händler bestellen, Lieferung [am {weekday} bis 7 Uhr|bis spätestens {date}]
+ direkt auf die Baustelle?
[Die Mehrkosten müssen wir dem Bauherrn als Nachtrag anbieten – schreibst du das Nachtragsangebot?|Bitte die
+ Mehrmengen für die Nachtragsrechnung notieren.]
# Dienst tauschen am {weekday}? | Wer kann meinen Dienst übernehmen? | Dienstplan {month}
Kann jemand am {weekday} meinen [Frühdienst|Spätdienst|Nachtdienst] auf Station {n} übernehmen? [Ich habe
+ einen Arzttermin, der sich nicht verschieben lässt.|Bei mir ist die Kinderbetreuung ausgefallen.]
[Ich würde dafür im Gegenzug einen Dienst am Wochenende übernehmen.|Tauschen würde ich auch gegen einen
+ anderen Tag im {month}.] [Die Pflegedienstleitung weiß Bescheid.|Bitte tragt den Tausch direkt in den
+ Dienstplan ein.]
# Räumungsübung am {date} | Brandschutzübung – bitte beachten | Info Arbeitssicherheit: Übung und Ersthelfer
Am {date} findet [um {time} Uhr|im Laufe des Vormittags] unsere jährliche Räumungsübung statt.
Bitte verlasst beim Alarm das Gebäude über die gekennzeichneten Fluchtwege und geht zum Sammelplatz [auf dem
+ Parkplatz|vor Halle 2]; [Aufzüge bitte nicht benutzen|Kundentermine bitte nicht in diese Zeit legen].
Außerdem suchen wir noch {n} Freiwillige für die Ausbildung zum Ersthelfer, [bitte meldet euch bei
+ mir|Anmeldung über das Personalportal].
[Danke fürs Mitmachen!|Fragen gerne an mich als Sicherheitsbeauftragten.]
# Umzug ins 2. OG am {weekday} | Büroumzug – bitte Kisten packen | Neue Sitzordnung ab {date}
Am {weekday} ziehen [Vertrieb und Buchhaltung|wir mit dem Einkauf|alle aus dem Erdgeschoss] in die neuen Räume
+ im 2. OG.
Bitte packt bis zum Vortag eure Schreibtische in die Umzugskisten, die [ab morgen im Flur stehen|im Kopierraum
+ bereitliegen], und beschriftet sie mit eurem Namen und der neuen Raumnummer {room}.
[Rechner und Telefone baut die IT ab und wieder auf, bitte nichts selbst abstecken.|Was nicht mitkommen soll,
+ kommt in den Container im Hof.] [Den neuen Sitzplan findet ihr im Intranet.|Danke fürs Mitanpacken!]
# Budgetplanung fürs nächste Jahr | Eure Budgetwünsche bis {date} | Planung Investitionen und Sachkosten
Die Budgetrunde fürs kommende Jahr startet: Bitte tragt bis zum {date} eure geplanten [Investitionen,
+ Schulungen und Sachkosten|Ausgaben für Anschaffungen, Software und Dienstreisen] in die Vorlage im
+ gemeinsamen Ordner ein.
[Alles über {amount} bitte kurz begründen.|Für größere Anschaffungen bitte jeweils ein Angebot oder eine grobe
+ Schätzung beilegen.] [Die Geschäftsführung hat schon angekündigt, dass wir insgesamt mit etwa {percent} %
+ weniger auskommen müssen.|Was dieses Jahr nicht ausgegeben wird, lässt sich leider nicht übertragen.]
[Die Abstimmung mit den Abteilungsleitern machen wir dann am {weekday} in Raum {room}.|Bei Fragen meldet euch
+ bei mir oder bei {colleague} aus dem Controlling.]
# Besuch von {customer} am {date} | Vorbereitung Kundenbesuch | To-dos für den Kundenbesuch
Am {date} kommt {customer} mit [drei|vier] Leuten zu uns, [um sich unsere Fertigung anzusehen|zur
+ Jahresbesprechung|zum Lieferantenaudit].
Ich brauche bitte [Raum {room} ab {time} Uhr mit Beamer|eine aktuelle Umsatzübersicht für den Kunden],
+ außerdem [Mittagessen für etwa acht Personen|Besucherausweise und Sicherheitsschuhe für den Rundgang durch
+ die Halle].
[Bitte sorgt dafür, dass in der Halle aufgeräumt ist.|{colleague} übernimmt die Führung durch die Produktion.]
+ [Die offene Reklamation zu {po} sollte bis dahin vom Tisch sein.|Wer noch Themen für die Agenda hat, schickt
+ sie mir bis {weekday}.]
# Deine Reisekostenabrechnung {month} | Rückfrage zur Spesenabrechnung | Belege fehlen noch
Ich habe gerade deine Reisekostenabrechnung für {month} geprüft, dabei ist mir etwas aufgefallen: [für das
+ Hotel in {city} fehlt die Rechnung, dabei ist nur der Kartenbeleg|bei der Bewirtung vom {date} fehlen die
+ Namen der Teilnehmer und der Anlass|die Taxiquittung über {amount} ist leider nicht lesbar].
[Ohne ordentlichen Beleg kann ich das nicht erstatten, da ist das Finanzamt streng.|Reichst du das bitte bis
+ {weekday} nach? Sonst rutscht die Erstattung in den nächsten Monat.]
# Pflichtunterweisung bis {date} | Erinnerung: Datenschutzschulung | E-Learning Arbeitssicherheit noch offen
Laut System habt ihr die jährliche [Datenschutzschulung|Unterweisung zur Arbeitssicherheit|Schulung zur
+ Informationssicherheit] noch nicht abgeschlossen.
[Das E-Learning dauert etwa 30 Minuten und ist im Personalportal unter „Meine Schulungen“ zu finden.|Der Kurs
+ dauert eine knappe halbe Stunde und endet mit einem kurzen Test.] Bitte erledigt das bis spätestens {date}.
[Bei einem Audit müssen wir den Nachweis für alle Mitarbeitenden vorlegen können.|Die Zeit zählt
+ selbstverständlich als Arbeitszeit.] [Wer keinen PC-Arbeitsplatz hat, kann die Schulung bei mir im Büro
+ machen.|Fragen gerne an mich.]
# Besetzung zwischen den Jahren | Wer ist zwischen Weihnachten und Neujahr da? | Urlaubsplanung Jahresende
Wir müssen die Besetzung zwischen Weihnachten und Neujahr planen: [Hotline und Versand|Innendienst und
+ Lager|Empfang und Buchhaltung] müssen an allen Werktagen mit mindestens [einer Person|zwei Leuten] besetzt
+ sein.
Bitte tragt euch bis {weekday} in die Tabelle im [Teams-Kanal|gemeinsamen Ordner] ein, an welchen Tagen ihr da
+ seid.
[Wer letztes Jahr Dienst hatte, hat diesmal beim Urlaub Vorrang.|Wenn wir uns nicht einigen, teile ich ein,
+ und das will ja keiner.] [Danke euch!|Für Notfälle gibt es wie immer eine Rufbereitschaft.]
# Standdienst auf der Messe | Messeplanung: bitte eintragen | Wer ist wann am Stand?
Für die Messe in {city} [im {month}|ab dem {date}] brauchen wir noch Leute für den Standdienst, [jeweils zwei
+ pro Schicht|vormittags und nachmittags je drei].
Bitte tragt euch bis {weekday} in die [Tabelle im Teams-Kanal|Liste im gemeinsamen Ordner] ein; [der Vertrieb
+ hat Vorrang, aber jemand aus dem Innendienst wäre auch gut|wer schon einmal dabei war, nimmt bitte eine
+ Schicht mit jemandem Neuen].
[Die Hotelzimmer sind für alle gebucht, Anreise bitte mit der Bahn.|Dresscode: dunkle Hose, Firmenpolo und
+ bequeme Schuhe!] [Die Ausstellerausweise verteilt {colleague}.|Fragen gerne an mich.]
# Mindestbestand unterschritten | Bitte nachbestellen: Kartons und Etiketten | Lager: Verpackungsmaterial wird
+ knapp
Kurze Info aus dem Lager: Bei [den Versandkartons Größe M|den Etikettenrollen für den Versanddrucker|der
+ Stretchfolie|den Palettenzwischenlagen] sind wir unter den Mindestbestand gerutscht, das reicht noch für
+ [{n} Tage|etwa eine Woche].
[Kannst du bitte bei unserem üblichen Lieferanten nachbestellen, am besten gleich die doppelte
+ Menge?|Bestellst du bitte nach? Diesmal lieber etwas mehr, [wegen des Weihnachtsgeschäfts ist der Verbrauch
+ gerade hoch|im {month} läuft ja die große Aktion].]
[Im System steht übrigens ein höherer Bestand, da stimmt etwas nicht – das sollten wir bei der nächsten
+ Inventur klären.|Den Bestand im Warenwirtschaftssystem habe ich schon korrigiert.]
# Geschenk für {colleague} | Sammlung für {colleague} | Pssst – Überraschung für {colleague}
{colleague} [feiert am {date} 25-jähriges Firmenjubiläum|geht Ende {month} in Rente|wird am {weekday} 50] –
+ das wollen wir natürlich nicht einfach so vorbeigehen lassen!
[Wir sammeln für ein gemeinsames Geschenk, der Umschlag geht ab heute herum.|Ich sammle bis {weekday} für ein
+ Geschenk, gerne auch per PayPal an mich.] [Geplant ist ein Gutschein für [das Restaurant am Marktplatz|eine
+ Ballonfahrt|ein Wellness-Wochenende].|Ideen für das Geschenk nehme ich gerne entgegen.]
[Und bitte nichts verraten!|Die Karte zum Unterschreiben liegt bei mir am Platz.]
# Sammelbestellung Büromaterial | Büromaterial – Wünsche bis {weekday} | Bestellung Büro- und Druckerbedarf
Ich bestelle am {weekday} wieder Büromaterial. Wer etwas braucht, schreibt es mir bitte bis [zum Vortag|morgen
+ Mittag] [mit Artikelnummer aus dem Katalog|in die Liste an der Küchentür].
[Toner für den Drucker im 1. Stock habe ich schon drauf.|Kopierpapier und Ordner stehen schon auf der Liste.]
+ [Sonderwünsche wie ergonomische Mäuse oder Headsets bitte vorher mit der Teamleitung abstimmen.|Alles über
+ {amount} muss ich mir freigeben lassen.]

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
#! Ihr Paket konnte nicht zugestellt werden | Zustellung fehlgeschlagen – Handlung erforderlich | Ihr Paket
+ wartet
Wir haben heute versucht, Ihr Paket zuzustellen, aber [die Zollgebühr wurde noch nicht bezahlt|die Adresse war
+ unvollständig].
[Vereinbaren Sie eine neue Zustellung und zahlen Sie die Gebühr von 1,99 € hier: {url}|Bestätigen Sie Ihre
+ Adresse und bezahlen Sie die Zustellgebühr hier: {url}] Ohne Ihre Rückmeldung innerhalb von 48 Stunden geht
+ das Paket an den Absender zurück.
#! Dringende Bitte | Sind Sie am Platz? | Vertraulich
Sind Sie gerade erreichbar? Ich brauche Sie heute für [eine dringende Überweisung|eine vertrauliche Zahlung].
[Ich sitze in einer Besprechung und kann nicht telefonieren.|Es geht um eine Übernahme, das muss vorerst unter
+ uns bleiben.] Antworten Sie bitte so schnell wie möglich auf diese E-Mail, dann schicke ich Ihnen die
+ Details.
#! Ein Dokument wurde für Sie freigegeben | {company} hat Ihnen eine Datei gesendet | Geteilt:
+ Zahlungsdetails.pdf
[{company} hat ein Dokument über OneDrive mit Ihnen geteilt.|Sie haben ein sicheres Dokument über DocuSign
+ erhalten.]
[Dokument anzeigen: {url}|Datei hier öffnen: {url}] Zum Anzeigen melden Sie sich bitte mit dem Passwort Ihres
+ E-Mail-Kontos an.
#! Eintrag Gewerbeverzeichnis | Aktualisierung Ihrer Firmendaten | Letzte Erinnerung: Ihr Branchenbucheintrag
Ihr Unternehmen ist im [Deutschen Gewerbeverzeichnis|Branchenbuch für Industrie und Handwerk] noch nicht
+ vollständig erfasst. [Bitte prüfen Sie Ihre Daten und senden Sie das unterschriebene Formular innerhalb von
+ 7 Tagen zurück.|Die Aktualisierung ist für Sie schnell und einfach erledigt.]
Formular und Daten online: {url}
#! Ihre Domain läuft ab | Letzte Mahnung: Domain-Verlängerung | Jetzt Domain verlängern
Ihre Domain [läuft in Kürze ab|wird demnächst gelöscht]. Wenn Sie sie nicht verlängern, [kann sie von Dritten
+ registriert werden|funktionieren Ihre Website und Ihre E-Mails nicht mehr].
Verlängern Sie jetzt unter {url}, um Ihre Online-Präsenz nicht zu verlieren. [Dies ist die letzte
+ Benachrichtigung.|Handeln Sie noch heute.]
#! Firmenkredit genehmigt | Schnelle Finanzierung ohne Schufa | Bis zu 250.000 € noch heute
Geld für Ihr Unternehmen benötigt? [Kredit bis 250.000 € zu nur 2 % Zinsen.|Ihr vorab genehmigter Firmenkredit
+ wartet auf Sie.] [Ohne Schufa, ohne Papierkram!|Auszahlung innerhalb von 24 Stunden.]
Jetzt beantragen: {url}
#! Steuerrückerstattung | Sie haben Anspruch auf eine Steuererstattung | Erstattung: {amount}
Nach der letzten jährlichen Berechnung Ihrer steuerlichen Aktivitäten haben Sie Anspruch auf eine
+ Steuererstattung in Höhe von {amount}.
Um die Erstattung zu erhalten, [füllen Sie bitte das Formular aus|bestätigen Sie Ihre Bankverbindung]: {url}
[Nicht innerhalb von 3 Tagen eingereichte Anträge verfallen.|Die Bearbeitung dauert 3 bis 5 Werktage.]
#! Wichtige Mitteilung zu Ihrem pushTAN-Verfahren | Sparkasse: Aktualisierung erforderlich | Ihr
+ Online-Banking wird eingeschränkt
Sehr geehrte Kundin, sehr geehrter Kunde, aufgrund [neuer EU-Richtlinien|einer Umstellung unseres
+ Sicherheitssystems] muss Ihr [pushTAN-Verfahren|TAN-Verfahren] bis zum {date} neu registriert werden.
[Andernfalls wird Ihr Online-Banking aus Sicherheitsgründen gesperrt.|Nach Ablauf der Frist ist kein Zugriff
+ auf Ihr Konto mehr möglich.]
Zur Aktualisierung: {url}
[Ihre Sparkasse|Ihre Volksbank Raiffeisenbank] – Kundenservice
#! Eintragung Handelsregister | Veröffentlichung Ihrer Handelsregistereintragung | Zahlungsaufforderung
+ Registereintrag
Betreff: Ihre Eintragung im Handelsregister, Firma {customer}.
Für die Veröffentlichung Ihrer Eintragung im [Zentralen Gewerbe- und Handelsregister|Register für
+ Unternehmensbekanntmachungen] berechnen wir {amount}.
Bitte überweisen Sie den Betrag innerhalb von 7 Tagen auf das Konto {iban}, Verwendungszweck {inv}. [Bei
+ Nichtzahlung kann die Veröffentlichung nicht erfolgen.|Die Zahlung ist freiwillig; mit der Zahlung nehmen
+ Sie unser Angebot an.]
#! Ihr Firmenname {customer} – Domain-Registrierung | Markenschutz: dringende Rückfrage | Registrierung Ihres
+ Namens in Asien
Wir sind eine Registrierungsstelle für Domains in Asien. Ein Unternehmen hat bei uns beantragt, den Namen
+ {customer} als Domain und Markennamen in China zu registrieren.
[Da dies Ihre Markenrechte verletzen könnte, möchten wir zunächst Sie als Inhaber kontaktieren.|Bevor wir die
+ Registrierung freigeben, benötigen wir Ihre Bestätigung.]
[Bitte antworten Sie innerhalb von 5 Werktagen, sonst wird der Antrag genehmigt.|Bitte lassen Sie die
+ zuständige Person umgehend Kontakt mit uns aufnehmen.]
#! Verifizierte B2B-Kontakte | Neue Kunden für {customer}? | Entscheider-Adressen Ihrer Branche
Suchen Sie neue Kunden? Wir liefern [verifizierte E-Mail-Adressen von Entscheidern|Leadlisten mit
+ Ansprechpartnern, Telefonnummern und Umsatzzahlen] aus Ihrer Zielbranche.
[Über 120.000 Firmenkontakte in Deutschland, Österreich und der Schweiz.|Jeder Datensatz DSGVO-konform und von
+ Hand geprüft.] [Jetzt kostenlose Probeliste anfordern: {url}|Antworten Sie mit „JA“, und wir schicken Ihnen
+ 100 Testkontakte.]
Wenn Sie keine weiteren Angebote wünschen, antworten Sie mit „Abmelden“.
#! Ihre Website | Kurze Frage zu Ihrer Website | Neue Website für {customer}
Ich bin gerade auf die Website von {customer} gestoßen, und ehrlich gesagt: [sie wirkt etwas in die Jahre
+ gekommen|auf dem Smartphone lässt sie sich kaum bedienen].
Wir erstellen [moderne Websites zum Festpreis ab 499 €|responsive Websites inklusive Texten und Fotos] in nur
+ 14 Tagen. [Beispiele finden Sie hier: {url}|Darf ich Ihnen unverbindlich einen Entwurf schicken?]
[Eine kurze Antwort genügt.|Wenn Sie kein Interesse haben, antworten Sie einfach mit „Nein“.]
#! Kurze Bitte | Erledigung heute noch? | Gutscheine für Kunden
Hast du gerade kurz Zeit? Ich brauche [{n} Amazon-Gutscheine|{n} Google-Play-Karten|{n} Apple-Gutscheinkarten]
+ zu je 100 € als Überraschung für [unsere besten Kunden|das Team].
[Kauf sie bitte im nächsten Supermarkt, ich erstatte dir das Geld später.|Ich bin den ganzen Tag in
+ Besprechungen und kann nicht telefonieren.]
[Rubbel die Codes frei und schick mir ein Foto davon.|Schick mir die Codes einfach per E-Mail, sobald du sie
+ hast.] Bitte sag den anderen noch nichts, es soll eine Überraschung werden.
#! Wichtig: neue Bankverbindung | Dringend: offene Rechnungen | Änderung Zahlungsdaten – bitte umgehend
+ beachten
Aufgrund einer laufenden [Steuerprüfung|Bankprüfung] ist unser bisheriges Geschäftskonto vorübergehend
+ eingefroren.
Bitte überweisen Sie [alle offenen Rechnungen|die Zahlung für Rechnung {inv}] ab sofort und noch heute auf
+ unser Ausweichkonto {iban} bei einer Partnerbank im Ausland.
[Bitte rufen Sie deswegen nicht in unserer Buchhaltung an, das Telefon ist derzeit nicht besetzt.|Antworten
+ Sie bitte nur auf diese E-Mail.] Senden Sie uns nach der Überweisung den Zahlungsbeleg.
#! Ihr Postfach ist voll | Speicherplatz fast erschöpft | Microsoft 365: {n} Nachrichten zurückgehalten
Ihr Postfach hat [98 %|99 %] seines Speicherplatzes erreicht. {n} eingehende Nachrichten wurden [in die
+ Quarantäne verschoben|zurückgehalten] und können nicht zugestellt werden.
[Um die Nachrichten freizugeben und Ihren Speicher kostenlos zu erweitern, melden Sie sich hier an:
+ {url}|Bestätigen Sie jetzt Ihr Konto, um Datenverlust zu vermeiden: {url}]
Microsoft 365 Administrator – diese Nachricht wurde automatisch generiert.
#! Exklusive Anlagemöglichkeit | 8 % Festzins garantiert | Nur für ausgewählte Unternehmer
Als erfolgreicher Unternehmer haben Sie Zugang zu einer exklusiven Anlage, die nicht öffentlich angeboten
+ wird: [eine Festzins-Anleihe mit garantiert 8 % pro Jahr|Gold und Edelmetalle mit 12 % Rendite|eine
+ Beteiligung an Solarparks mit monatlicher Ausschüttung].
[Mindestanlage nur 10.000 €, kein Risiko.|Bereits über 4.000 zufriedene Anleger.] [Die Plätze sind streng
+ limitiert.|Das Angebot endet am {date}.]
[Fordern Sie jetzt Ihr kostenloses Informationspaket an: {url}|Unser Berater ruft Sie gerne zurück, antworten
+ Sie einfach auf diese E-Mail.]
#! Bestellbestätigung: iPhone 15 Pro | Amazon: Ihre Bestellung über {amount} | Ihre Bestellung wurde versandt
Vielen Dank für Ihre Bestellung. [iPhone 15 Pro 256 GB|MacBook Air M2|PlayStation 5 Bundle], Gesamtbetrag
+ {amount}, wird an eine Adresse in {city} geliefert.
[Wenn Sie diese Bestellung nicht aufgegeben haben, stornieren Sie sie umgehend hier: {url}|Nicht Sie? Rufen
+ Sie sofort unseren Kundenservice unter +44 20 3808 4417 an, um die Abbuchung zu stoppen.]
[Ihr Konto wird belastet, wenn Sie nicht innerhalb von 24 Stunden reagieren.|Bestellnummer: {po}.]
#! 5-Sterne-Bewertungen für {customer} | Mehr Google-Bewertungen? | Negative Bewertungen löschen lassen
Ihr Unternehmen hat bei Google [nur 3,4 Sterne|einige negative Bewertungen], und das kostet Sie jeden Tag
+ Kunden.
[Wir liefern Ihnen echte 5-Sterne-Bewertungen von deutschen Profilen, schon ab 9,90 € pro Stück.|Wir entfernen
+ negative Bewertungen schnell und diskret – garantiert oder Geld zurück.] [Keine Vorkasse!|Bereits über 3.000
+ zufriedene Kunden.]
Jetzt Paket wählen: {url}
#! Homeoffice-Job: 3.000 € im Monat | Stellenangebot: Finanzagent (m/w/d) | Nebenjob – nur 2 Stunden täglich
Wir sind ein internationales Unternehmen und suchen für Deutschland
+ [Finanzagenten|Zahlungsassistenten|Paketagenten] im Homeoffice.
Ihre Aufgabe: [Zahlungen unserer Kunden auf Ihrem Privatkonto entgegennehmen und weiterleiten|Pakete annehmen
+ und an unsere Partner im Ausland weiterschicken], dafür erhalten Sie {percent} % jeder Transaktion.
[Keine Vorkenntnisse erforderlich.|Sofortige Vergütung, auch für Studenten und Rentner geeignet.] Senden Sie
+ uns einfach [Ihren Namen, Ihre Adresse und eine Kopie Ihres Ausweises|Ihren Lebenslauf und Ihre
+ Bankverbindung] als Antwort auf diese E-Mail.
#! Ihr Gerät wurde gehackt | Ich habe Zugriff auf Ihren Computer | Zahlung innerhalb von 48 Stunden
Ich habe vor einigen Monaten Zugriff auf Ihr Gerät erlangt und [über Ihre Kamera Aufnahmen gemacht|alle Ihre
+ Kontakte, E-Mails und Passwörter kopiert].
Wenn Sie nicht wollen, dass ich diese Daten [an alle Ihre Kontakte|an Ihre Geschäftspartner] schicke,
+ überweisen Sie [1.200 €|1.500 USD] in Bitcoin an die unten angegebene Adresse.
Sie haben 48 Stunden. [Antworten Sie nicht auf diese E-Mail.|Die Polizei kann Ihnen nicht helfen.]
#! Ihr Norton-Abo wurde verlängert | Zahlung über {amount} bestätigt | Verlängerungsbestätigung Rechnung {inv}
Vielen Dank für die Verlängerung Ihres [Norton 360 Total Protection|McAfee LiveSafe|Geek-Squad-Schutzplans].
+ Ihre Kreditkarte wurde mit {amount} belastet, Rechnungsnummer {inv}.
[Das Abonnement verlängert sich automatisch um weitere 3 Jahre.|Die Abbuchung erscheint innerhalb von 24
+ Stunden auf Ihrer Abrechnung.]
Falls Sie diese Verlängerung nicht veranlasst haben, rufen Sie [innerhalb von 24 Stunden|sofort] unseren
+ Kundendienst unter +49 157 3598 2146 an, um eine Erstattung zu erhalten.
#! Abmahnung wegen Urheberrechtsverletzung | Unerlaubte Nutzung von Bildmaterial auf Ihrer Website | Letzte
+ Aufforderung vor Klageerhebung
Im Auftrag unserer Mandantin, einer [internationalen Bildagentur|Berufsfotografin], mahnen wir Sie wegen der
+ unerlaubten Verwendung urheberrechtlich geschützter Fotos auf Ihrer Website ab.
Die Beweisfotos und eine Auflistung der Verstöße finden Sie [im geschützten Mandantenbereich: {url}|hier zum
+ Download: {url}]
[Zur Vermeidung eines Gerichtsverfahrens ist innerhalb von 48 Stunden ein Betrag von {amount} zu zahlen.|Sie
+ haben 3 Tage Zeit, die Unterlassungserklärung zu unterschreiben und {amount} Schadenersatz zu leisten.]
+ [Öffnen Sie die Dateien bitte an einem Windows-Computer.|Das Passwort für das Archiv lautet 2024.]
#! Ihre Website verstößt gegen die DSGVO | Abmahngefahr: Cookie-Banner fehlerhaft | Kostenloser
+ Datenschutz-Check für {customer}
Bei einer automatischen Prüfung haben wir auf Ihrer Website [{n} schwerwiegende Datenschutzverstöße|einen
+ fehlerhaften Cookie-Banner und ein unvollständiges Impressum] festgestellt.
[Es drohen Bußgelder von bis zu 20 Millionen Euro, und Abmahnanwälte suchen gezielt nach solchen
+ Fehlern.|Allein in diesem Jahr wurden Hunderte Unternehmen Ihrer Branche abgemahnt.]
[Mit unserem Datenschutz-Paket für nur 39 € im Monat sind Sie sofort rechtssicher.|Sichern Sie sich jetzt
+ unser Siegel „DSGVO-geprüft“ zum Sonderpreis.] Den vollständigen Prüfbericht sehen Sie hier: {url}
#! Sie wurden ausgewählt! | Ihre Treueprämie wartet | Nur heute: Dankeschön für Ihre Teilnahme
Als Dankeschön für Ihre Treue wurden Sie ausgewählt, an unserer kurzen Kundenumfrage [zum 50-jährigen
+ Jubiläum|zum Jahresende] teilzunehmen.
Beantworten Sie nur 5 Fragen und erhalten Sie [ein Notfall-Set für Ihr Auto|eine hochwertige
+ Kaffeemaschine|einen Einkaufsgutschein über 500 €] für nur 1 € Versandkosten.
[Es sind nur noch {n} Prämien verfügbar.|Das Angebot gilt nur heute.] Jetzt teilnehmen: {url}
#! Opfer von Online-Betrug? | Wir holen Ihr Geld zurück | Verlorene Krypto-Investments zurückfordern
Haben Sie Geld [bei einer unseriösen Trading-Plattform|durch einen Krypto-Betrug|bei einem gefälschten
+ Onlineshop] verloren? Unsere Experten haben schon über 12.000 Geschädigten geholfen, ihr Geld
+ zurückzubekommen.
[Mit modernster Blockchain-Analyse verfolgen wir jede Überweisung.|Unsere Anwälte arbeiten eng mit Banken und
+ Behörden zusammen.] [Erfolgsquote: 94 %.|Die Erstberatung ist kostenlos, Sie zahlen nur im Erfolgsfall.]
Jetzt kostenlose Fallprüfung anfordern: {url}
#! Die nächste Kursrakete? Insider-Tipp für {month} | KURSZIEL +800 % – jetzt einsteigen | Dieser Penny-Stock
+ explodiert am {weekday}
[ACHTUNG INVESTOREN:|EILMELDUNG für Anleger:] Die Aktie der [Vortex Lithium Corp.|GreenHydro Mining
+ Inc.|NeuroMed Biotech AG] steht vor dem [großen Durchbruch|Kursfeuerwerk des Jahres]!
Aktueller Kurs nur 0,14 €, unsere Analysten sehen ein Kursziel von 1,20 € [innerhalb von {n} Wochen|noch im
+ {month}].
[Eine bahnbrechende Übernahme|Die Veröffentlichung sensationeller Bohrergebnisse] wird [am {weekday}|in
+ Kürze] bekannt gegeben – wer jetzt nicht kauft, VERPASST die Chance seines Lebens!!!
Kaufen Sie [noch heute|gleich zur Börseneröffnung] über Ihre Bank oder Ihren Online-Broker, bevor die Masse
+ einsteigt. [Strong Buy!|Unser Top-Pick des Jahres!]
Hinweis: Der Herausgeber wird für die Verbreitung dieser Information vergütet und hält möglicherweise Aktien
+ des Unternehmens.[ Dies ist keine Anlageberatung.|]
#! Rolex, Omega, Breitling ab 149 € | Luxus Uhren fur kleines Geld | Ihre neue Uhr wartet – nur diese Woche
Sind Sie müde von teure Uhren? Wir haben die BESTE Replica-Uhren von [Rolex, Omega und Breitling|Cartier,
+ Patek Philippe und Tag Heuer] – 1:1 Kopie, KEIN Unterschied zu Original!
[Schweizer Automatikwerk, Saphirglas und Edelstahl|Gleiches Gewicht und Gravur wie Original], inklusive Box
+ und [Zertifikat|Papiere].
Nur diese Woche: [Kaufen 2 Uhren und bekommen 1 GRATIS!|Versandkostenfrei nach ganz Deutschland!] Diskrete
+ Verpackung, Lieferung in {n} Tagen.
[Jetzt bestellen:|Zu unserem Online-Shop:] {url}
Sie erhalten diese E-Mail, weil Sie sich auf einer unserer Partnerseiten registriert haben. Zum Abmelden
+ [klicken Sie hier|antworten Sie mit REMOVE].
#! Akademischer Titel ohne Studium | Doktortitel in {n} Wochen – diskret und legal | Ihr Diplom wartet auf Sie
Erhalten Sie einen [Bachelor, Master oder Doktortitel|MBA oder Doktortitel] – OHNE Prüfungen, OHNE
+ Vorlesungen, OHNE Studium!
Ihre Berufs- und Lebenserfahrung wird [von akkreditierten Universitäten im Ausland|von unserer internationalen
+ Privatuniversität] voll anerkannt.
[Mehr Gehalt, mehr Respekt, bessere Karriere!|Ein Titel öffnet Ihnen ALLE Türen!] Urkunde und Zeugnis werden
+ Ihnen [innerhalb von {n} Wochen|in wenigen Tagen] per Kurier zugestellt, 100 % vertraulich.
Niemand wird abgelehnt! [Rufen Sie jetzt an unter +1 206 734 5912, 24 Stunden am Tag, 7 Tage die
+ Woche.|Antworten Sie einfach mit Ihrem Namen und Ihrer Telefonnummer.|Informationen unter: {url}]
Um keine weiteren Nachrichten zu erhalten, senden Sie eine E-Mail mit dem Betreff „remove“.
# Erinnerst du dich an mich? | Ich habe dein Profil gesehen :) | Bist du heute Abend frei?
Ich bin [Natalia|Katja|Olga], [24|27|31] Jahre alt und wohne seit kurzem in der Nähe von {city}.
Ich habe dein Foto [auf einer Dating-Seite|in einem sozialen Netzwerk] gesehen und du [siehst sehr nett
+ aus|gefällst mir sehr]. Ich denke, wir haben viel gemeinsam!
Ich bin etwas schüchtern, aber ich suche [einen ernsthaften Mann|eine nette Bekanntschaft] für Treffen [am
+ Wochenende|diesen {weekday}]. [Ich bin sehr einsam hier.|Ich kenne noch niemand in dieser Stadt.]
[Auf meinem Profil sind private Fotos, nur für dich:|Schreib mir lieber auf meiner Seite, hier kann ich nicht
+ gut antworten:] {url}
[Ich warte auf deine Antwort, Küsschen!|Bis bald, ich hoffe du schreibst mir!]
#! Ihre Werbung an 10 Millionen Empfänger | Massen-E-Mail-Versand ab 99 € | MILLIONEN NEUE KUNDEN FÜR
+ {customer}
Sie lesen gerade diese E-Mail? Genau SO werden [Ihre zukünftigen Kunden|Millionen Menschen] Ihre Werbung
+ lesen!
Wir versenden Ihre Anzeige an [10 Millionen|25 Millionen] [geprüfte E-Mail-Adressen|Empfänger in Deutschland,
+ Österreich und der Schweiz] – für nur [99 €|199 €]!
[100 % Zustellung, keine Spam-Filter!|Eigene Server im Ausland, garantiert zustellbar.] [Zielgruppen nach
+ Branche und Postleitzahl wählbar.|Auch Faxwerbung und SMS-Versand möglich.]
Bestellen Sie jetzt unter {url} – [das Angebot gilt nur bis {date}|nur noch {n} Aktionsplätze frei]!
Diese Nachricht entspricht allen gesetzlichen Bestimmungen. Wenn Sie keine weiteren Informationen wünschen,
+ antworten Sie mit „austragen“ im Betreff.
#! Abnehmen ohne Diät – 12 kg in 4 Wochen | Ärzte sind SCHOCKIERT von diesem Trick | Fett weg im Schlaf!
[Ärzte hassen diesen einfachen Trick:|Neu aus den USA:] Mit [unserer Wunderkapsel|dem natürlichen
+ Fettverbrenner Keto Slim Ultra] verlieren Sie bis zu [12 kg in 4 Wochen|1 kg pro Tag] – ohne Diät, ohne
+ Sport!
Die [pflanzlichen Wirkstoffe|Extrakte aus Grüntee und Garcinia] [verbrennen Fett sogar im Schlaf|blockieren
+ den Heißhunger] und sind [klinisch getestet|von Ärzten empfohlen].
[Über 87.000 zufriedene Kunden in Deutschland!|Bekannt aus TV und Presse!] Nur heute: 3 Dosen zum Preis von 1
+ – solange der Vorrat reicht!
Jetzt bestellen: {url}
Sie erhalten diese Werbung, weil Sie [Kunde eines unserer Partner sind|sich für Gesundheitsthemen interessiert
+ haben]. Abmelden können Sie sich jederzeit hier: {url}
# Besucherliste der Messe | Kontaktliste der Messebesucher verfügbar | Re: Ausstellerliste {month}
Ich habe Ihre E-Mail-Adresse [auf Ihrer Website|im Ausstellerverzeichnis] gefunden und gesehen, dass
+ {customer} [als Aussteller auf der|auf der kommenden] [Hannover Messe|Fachmesse Intralogistik in
+ {city}|Baumesse in {city}] vertreten ist.
Wir bieten Ihnen die aktuelle Besucherliste mit [über 45.000|mehr als 38.000] verifizierten Kontakten an:
+ Firmenname, Ansprechpartner, E-Mail-Adresse, Telefonnummer und Branche.
[Wären Sie interessiert, die Liste zu erwerben?|Würden Sie gerne die Anzahl der Kontakte und den Preis
+ erfahren?] [Bitte teilen Sie mir Ihre Zielbranche mit.|Wir senden Ihnen gerne ein kostenloses Muster.]
[Mit freundlichen Grüßen|Beste Grüße], {sender} – [Marketing Coordinator|Data Solutions Team]
Wenn Sie nicht interessiert sind, antworten Sie bitte mit „Nein“, dann entfernen wir Sie von unserer Liste.
#! Sie wird Sie LIEBEN!!! | Mehr Manneskraft – 100 % natürlich | Ihre Frau wird überrascht sein
Sind Sie nicht zufrieden mit Ihre Leistung im Schlafzimmer? [Viele Männer haben dieses Problem.|Sie sind
+ nicht allein!]
Mit [VigRX Max|PowerMan Gold|TitanGel Forte] Sie bekommen [+5 cm in nur {n} Wochen|Stahlharte Erektion die
+ ganze Nacht] – 100 % natürlich, ohne Nebenwirkung, ohne Rezept!
Diskrete Lieferung in neutrale Verpackung, [Zahlung mit Kreditkarte oder Bitcoin|Geld zurück Garantie 60
+ Tage].
Heute nur: [-70 % Rabatt|3 Packung kaufen, 1 gratis]! Bestellen Sie hier: {url}
Sie erhalten diese Nachricht, weil Ihre Adresse ist in unsere Datenbank. Für Abmelden bitte [schreiben Sie
+ uns.|klicken Sie hier: {url}]

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
# Frage in die Runde | Erfahrungen mit E-Rechnung? | Suche Rat
Kurze Frage in die Runde: Hat jemand Erfahrung mit [dem Wechsel der Buchhaltungssoftware|der E-Rechnung für
+ öffentliche Auftraggeber|der Einstellung des ersten Mitarbeiters]?
Wir sind [ein kleiner Bäckereibetrieb|ein kleines Architekturbüro|eine kleine Webagentur] aus {city} und
+ [würden gerne hören, was bei euch funktioniert hat|wissen nicht so recht, wo wir anfangen sollen].
Für jeden Tipp dankbar!
# Umtrunk am {weekday}! | Abschied | Ihr seid eingeladen
[Am {date} ist mein letzter Arbeitstag|Ich habe Geburtstag], und das möchte ich gerne mit [einem kleinen
+ Umtrunk|Kuchen und Sekt] am {weekday} ab {time} Uhr feiern. [Partner sind auch willkommen!|Sagt kurz
+ Bescheid, ob ihr kommt.]
#! Anmeldung bestätigt | Ihr Ticket | Sie sind angemeldet
Vielen Dank für Ihre Anmeldung. Wir freuen uns, Sie am {date} bei {event} begrüßen zu dürfen. [Ihr Ticket
+ finden Sie im Anhang.|Bitte bringen Sie Ihre Bestätigung ausgedruckt oder auf dem Smartphone mit.]
[Einlass ist ab {time} Uhr.|Das Programm beginnt um {time} Uhr.] [Termin in den Kalender eintragen: {url}|Sie
+ können doch nicht? Hier abmelden: {url}]
# Sponsoringanfrage | Unterstützung für unseren Verein | Würden Sie unsere Jugendmannschaft unterstützen?
Ich schreibe Ihnen im Namen [unseres Fußballvereins|eines Jugendorchesters|eines Benefizlaufs] hier in {city}.
+ [Wir suchen Unternehmen aus der Region, die uns sponsern|Wir sammeln Spenden] für [neue Trikots für die
+ Jugend|unsere Sommerfahrt].
[Sponsoren erscheinen mit Logo auf unserer Website und den Trikots.|Auch ein kleiner Beitrag hilft uns sehr.]
+ [Darf ich Sie nächste Woche kurz anrufen?|Ich komme auch gerne einmal vorbei.]
#! {sender} hat Ihr Profil angesehen | Sie haben {n} neue Benachrichtigungen | {sender} möchte sich mit Ihnen
+ vernetzen
[{sender} und {n} weitere Personen haben diese Woche Ihr Profil angesehen.|Sie haben {n} neue
+ Kontaktanfragen.|{sender} hat Ihre Kenntnisse in Projektmanagement bestätigt.] [Sehen Sie, wer sich für Sie
+ interessiert: {url}|Alle Neuigkeiten ansehen: {url}]
Sie erhalten Benachrichtigungen per E-Mail. Abmelden: {url}
#! Änderung unserer Datenschutzerklärung | Wir aktualisieren unsere Nutzungsbedingungen | Wichtige Änderungen
Zum {date} aktualisieren wir unsere Datenschutzerklärung. [Darin erklären wir verständlicher, wie wir Ihre
+ Daten verwenden.|An der Verarbeitung Ihrer Daten ändert sich nichts, der Text ist lediglich klarer.]
[Die neue Fassung können Sie hier lesen: {url}|Sie müssen nichts weiter tun.] Wenn Sie unsere Dienste nach dem
+ {date} weiter nutzen, stimmen Sie der neuen Fassung zu.
# Fragebogen für meine Abschlussarbeit | Studentische Umfrage – 5 Minuten Zeit? | Bitte um ein Interview
Ich studiere [BWL|Logistik] an der Hochschule in {city} und schreibe meine Bachelorarbeit über
+ [Digitalisierung im Mittelstand|nachhaltige Lieferketten].
[Hätten Sie Zeit, einen kurzen Fragebogen auszufüllen? Das dauert etwa {n} Minuten.|Dürfte ich jemanden aus
+ Ihrem Unternehmen eine halbe Stunde interviewen?] [Alle Angaben werden anonym ausgewertet.|Über Ihre
+ Unterstützung würde ich mich sehr freuen.]
#! Aufzeichnung unseres Webinars | Danke für Ihre Teilnahme | Folien und Aufzeichnung zum Webinar
Vielen Dank für Ihre Teilnahme an unserem Webinar [„E-Rechnung in der Praxis“|„Lagerlogistik effizient
+ gestalten“|„KI im Mittelstand“].
[Die Aufzeichnung und die Folien stehen für Sie bereit: {url}|Hier finden Sie die Aufzeichnung zum
+ Nachschauen: {url}] [Der Link ist 30 Tage gültig.|Den Link dürfen Sie gerne an Ihre Kollegen weitergeben.]
[Unser nächstes Webinar findet am {date} statt.|Wir freuen uns auf Ihr Feedback.]
#! Gelesen: Ihre Nachricht | Lesebestätigung | Gelesen: [Angebot|Unterlagen|Rückfrage]
Ihre Nachricht an {colleague} wurde am {date} um {time} Uhr gelesen.
Hinweis: Diese Bestätigung bedeutet nur, dass die Nachricht auf dem Computer des Empfängers angezeigt wurde.
#! Mandanteninformation {month} | Mandantenrundschreiben: Neues zur E-Rechnung | Steuertipps {month}
In unserem Rundschreiben für {month} informieren wir Sie über [die Pflicht zum Empfang von E-Rechnungen|neue
+ Aufbewahrungsfristen für Belege|die Änderungen bei der Umsatzsteuer].
[Für die meisten Unternehmen besteht derzeit kein Handlungsbedarf.|Die Einzelheiten besprechen wir gerne bei
+ Ihrem nächsten Termin.] Die vollständige Ausgabe lesen Sie hier: {url}
[Sie erhalten dieses Rundschreiben als Mandant unserer Kanzlei.|Abmelden können Sie sich jederzeit: {url}]
# Einfach mal Danke | Dankeschön! | Lob für Ihr Team
Ich wollte mich einfach mal kurz bedanken: [die Lieferung letzte Woche war wieder pünktlich und tadellos|die
+ Montage in {city} lief reibungslos|Ihr Kollege {colleague} hat uns am Telefon wirklich toll geholfen].
[So eine Zusammenarbeit wünscht man sich.|Das ist heutzutage leider keine Selbstverständlichkeit.] [Machen Sie
+ weiter so!|Bitte richten Sie das auch dem Team aus.]
#! Angenommen: Besprechung am {weekday} | Zugesagt: Abstimmung {month} | Einladung angenommen
{colleague} hat Ihre Besprechungsanfrage angenommen.
[Wann: {weekday}, {time} Uhr|Wann: {date}, {time} Uhr], [Ort: Raum {room}|Ort: Microsoft Teams-Besprechung].
[Keine Nachricht vom Teilnehmer.|Nachricht: Bis dann, ich bringe die Unterlagen mit.]
# Frohe Weihnachten | Frohe Festtage und ein gutes neues Jahr | Weihnachtsgrüße von {company}
[Ein ereignisreiches Jahr geht zu Ende|Das Jahr neigt sich dem Ende zu], und wir möchten uns herzlich für die
+ gute Zusammenarbeit bedanken.
[Statt Weihnachtskarten zu verschicken, unterstützen wir in diesem Jahr [die Tafel in {city}|ein
+ Kinderhospiz|den Tierschutzverein in {city}].|Wir wünschen Ihnen und Ihrer Familie erholsame Feiertage.]
[Wir freuen uns auf ein Wiedersehen im neuen Jahr.|Auf ein gesundes und erfolgreiches neues Jahr!]
#! Abmeldung bestätigt | Sie wurden vom Newsletter abgemeldet | Schade, dass Sie gehen
Sie haben sich erfolgreich von unserem Newsletter abgemeldet. [Sie erhalten ab sofort keine weiteren E-Mails
+ mehr von uns.|Es kann bis zu 48 Stunden dauern, bis die Abmeldung wirksam wird.]
[Falls das ein Versehen war, können Sie sich hier wieder anmelden: {url}|Verraten Sie uns, warum Sie gegangen
+ sind? {url}]
# Fotos von gestern | Danke fürs Kommen! | Bilder von {event}
Noch einmal vielen Dank, dass Sie bei {event} dabei waren, wir haben uns sehr über Ihren Besuch gefreut.
[Die Fotos haben wir hier für Sie hochgeladen: {url}|Ein paar Fotos habe ich Ihnen angehängt.] [Falls Sie auf
+ einem Bild nicht veröffentlicht werden möchten, sagen Sie einfach Bescheid.|Vielleicht sieht man sich ja
+ nächstes Jahr wieder.]
# Mitteilung der Hausverwaltung | Info: Arbeiten im Haus ab {date} | Hinweis an alle Mieter
Wir informieren alle Mieter des Hauses, dass [der Aufzug am {date} wegen Wartung außer Betrieb ist|das
+ Treppenhaus ab dem {date} gestrichen wird|am {date} die Heizungsanlage gewartet wird].
[Wir bitten um Ihr Verständnis für die Unannehmlichkeiten.|Bitte stellen Sie in dieser Zeit keine Gegenstände
+ im Flur ab.] [Die Arbeiten dauern voraussichtlich {n} Tage.|Bei Fragen erreichen Sie die Hausverwaltung wie
+ gewohnt.]
# Abschied in den Ruhestand | Persönlich: ein letzter Gruß | Zeit für den Ruhestand
Nach vielen Jahren [im Einkauf|im Vertrieb|in der Branche] gehe ich Ende {month} in den Ruhestand.
[Ich wollte mich persönlich für die angenehme Zusammenarbeit und die vielen guten Gespräche bedanken.|Es war
+ mir immer eine Freude, mit Ihnen zu tun zu haben.]
[Vielleicht sieht man sich ja mal bei {event}.|Jetzt kümmere ich mich erst einmal um Garten und Enkel.] [Alles
+ Gute für Sie!|Bleiben Sie gesund!]
# Presseanfrage | Anfrage der Lokalredaktion | Interviewanfrage zu Ihrem Jubiläum
Ich schreibe für [die Lokalredaktion der Tageszeitung in {city}|ein regionales Wirtschaftsmagazin] und bereite
+ gerade einen Artikel über [Ihr Firmenjubiläum|den Fachkräftemangel im Handwerk|Familienunternehmen in der
+ Region] vor.
[Hätten Sie in den nächsten Tagen Zeit für ein kurzes Telefoninterview?|Dürfte ich Ihnen dazu ein paar Fragen
+ schriftlich schicken?] [Redaktionsschluss ist am {weekday}.|Gerne würden wir dazu auch ein Foto von Ihnen
+ und Ihrem Team machen.]
# Prüferinnen und Prüfer gesucht | Ehrenamt im Prüfungsausschuss | Mitwirkung bei den Abschlussprüfungen
Für die Abschlussprüfungen im Ausbildungsberuf [Kaufleute für Büromanagement|Fachkraft für
+ Lagerlogistik|Industriemechaniker/in] suchen wir als Ihre [IHK|Industrie- und Handelskammer] engagierte
+ Prüferinnen und Prüfer aus der Praxis.
[Da Ihr Betrieb seit Jahren erfolgreich ausbildet, möchten wir Sie fragen, ob Sie oder jemand aus Ihrem Team
+ Interesse hätte.|Der Zeitaufwand beträgt etwa {n} Tage im Jahr; für die ehrenamtliche Tätigkeit erhalten Sie
+ eine Entschädigung.]
[Eine Informationsveranstaltung findet am {date} in unserem Haus statt.|Nähere Informationen finden Sie unter
+ {url}.]
#! Ihre Anfrage ist eingegangen | Eingangsbestätigung: Ticket {n}{n}{n}{n} | Wir haben Ihre Nachricht erhalten
Vielen Dank für Ihre Nachricht. Wir haben Ihre Anfrage erhalten und unter der Ticketnummer {n}{n}{n}{n}
+ erfasst.
[In der Regel melden wir uns innerhalb von zwei Werktagen bei Ihnen.|Unsere Servicezeiten sind Montag bis
+ Freitag von 8 bis 17 Uhr.] [Bitte geben Sie bei Rückfragen immer die Ticketnummer an.|Den Status Ihrer
+ Anfrage können Sie jederzeit hier einsehen: {url}]
Diese E-Mail wurde automatisch erstellt, bitte antworten Sie nicht darauf.
# Nachfrage zu meiner Bewerbung | Stand meiner Bewerbung | Bewerbung – kurze Nachfrage
Vor [drei Wochen|einem Monat] habe ich mich bei Ihnen auf die Stelle als [Sachbearbeiter/in im
+ Einkauf|Servicetechniker/in|Koch/Köchin] beworben und wollte kurz nachfragen, wie der Stand ist.
[Ich bin nach wie vor sehr interessiert.|Mittlerweile liegt mir ein weiteres Angebot vor, ich würde mich aber
+ lieber für Ihr Haus entscheiden.] [Für ein Gespräch stehe ich jederzeit zur Verfügung.|Über eine kurze
+ Rückmeldung würde ich mich freuen.]
#! Ausstellerinformationen: Aufbau und Anlieferung | Wichtige Infos für Aussteller | Ihr Messeauftritt –
+ letzte Hinweise
Für Ihre Teilnahme als Aussteller an {event} haben wir die wichtigsten Informationen für Sie zusammengestellt.
[Der Aufbau ist am {date} ab 7:00 Uhr möglich, der Abbau beginnt am letzten Messetag um 18:00
+ Uhr.|Anlieferungen sind nur mit Einfahrtsgenehmigung über Tor 3 möglich.] [Ausstellerausweise und
+ Parkscheine bestellen Sie ab sofort im Ausstellerportal: {url}|Bitte laden Sie bis zum {date} Ihre
+ Standplanung im Ausstellerportal hoch: {url}]
[Wir freuen uns auf eine erfolgreiche Messe!|Bei Fragen erreichen Sie das Ausstellerteam unter der bekannten
+ Nummer.]
# Herzlichen Dank für Ihre Spende | Ihre Zuwendungsbestätigung | Danke für Ihre Unterstützung
Im Namen [unseres Fördervereins|der Tafel in {city}|unseres Tierheims] möchten wir uns ganz herzlich für Ihre
+ Spende über {amount} bedanken.
[Mit Ihrem Beitrag können wir unsere Arbeit auch im kommenden Jahr fortsetzen.|Gerade in diesen Zeiten ist so
+ eine Unterstützung keine Selbstverständlichkeit.]
[Die Zuwendungsbestätigung für Ihre Steuerunterlagen finden Sie im Anhang.|Die Spendenbescheinigung fürs
+ Finanzamt schicken wir Ihnen Anfang des Jahres zu.]
#! {sender} hat Sie in einem Kommentar erwähnt | Neuer Kommentar von {sender} | Erwähnung in einem geteilten
+ Dokument
{sender} hat Sie in einem Kommentar im Dokument „[Helferliste Sommerfest|Fahrgemeinschaften
+ Fußballtraining|Kostenaufstellung Klassenfahrt]“ erwähnt: „[Kannst du hier noch deine Schicht
+ eintragen?|Passt das so für dich?|Schau bitte noch einmal über die Liste.]“
[Antworten oder Dokument öffnen: {url}|Zum Kommentar: {url}]
Sie erhalten diese Benachrichtigung, weil Sie Bearbeitungsrechte für dieses Dokument haben.[
+ Benachrichtigungen verwalten: {url}|]
#! Ihre Sendung liegt zur Abholung bereit | Sendung {track} in der Packstation | Ihr Abholcode
Ihre Sendung {track} wurde in die [Packstation|Paketbox|Abholstation] [am Bahnhof in {city}|im Supermarkt in
+ {city}|in Ihrer Nähe] eingelegt.
Ihr Abholcode lautet {n}{n}{n}{n}{n}{n}. [Die Sendung liegt dort 7 Tage für Sie bereit.|Bitte holen Sie sie
+ innerhalb von 7 Tagen ab, danach wird sie an den Absender zurückgeschickt.]
[Sie können das Fach auch direkt mit der App öffnen.|Den Standort der Station finden Sie hier: {url}]
Diese Nachricht wurde automatisch versandt.
#! Terminerinnerung: Reifenwechsel am {date} | Ihr Werkstatttermin am {weekday} | Erinnerung an Ihren Termin
Wir erinnern Sie an Ihren Termin [zum Reifenwechsel|zur Inspektion|für die Hauptuntersuchung] am {date} um
+ {time} Uhr in unserer Werkstatt in {city}.
[Ihre eingelagerten Räder holen wir aus unserem Reifenhotel, Sie müssen nichts mitbringen.|Bitte bringen Sie
+ den Fahrzeugschein und das Serviceheft mit.]
[Sie können den Termin nicht wahrnehmen? Dann sagen Sie ihn bitte bis einen Tag vorher ab: {url}|Termin
+ verschieben oder absagen: {url}]
# Ehemaligentreffen am {date} | Jahrgangstreffen – bist du dabei? | Einladung zum Alumni-Stammtisch in {city}
[Zehn|Fünfzehn|Zwanzig] Jahre nach unserem Abschluss [an der Hochschule in {city}|an der Meisterschule|im
+ Studiengang Wirtschaftsingenieurwesen] wird es Zeit für ein Wiedersehen!
Wir treffen uns am {date} ab {time} Uhr [in der alten Mensa|im Brauhaus am Markt in {city}|auf dem Campus,
+ vorher gibt es eine Führung durch die neuen Labore].
[Trag dich bitte bis {weekday} in die Umfrage ein, damit wir planen können: {url}|Sag mir bitte kurz Bescheid,
+ ob du kommst, und leite die Mail an alle weiter, die noch fehlen.]
[Partner sind herzlich willkommen.|Ich freu mich auf euch!]
# Blutspendetermin in {city} | Blutspende am {date} – jede Spende zählt | Aufruf zur Blutspende
Am {date} findet von {time} bis 19:30 Uhr [in der Turnhalle der Grundschule|im Gemeindezentrum|im
+ Feuerwehrhaus] in {city} wieder ein Blutspendetermin statt.
[Gerade in den Sommermonaten werden die Blutkonserven knapp.|Mit einer einzigen Spende kann bis zu drei
+ Menschen geholfen werden.] [Erstspender sind herzlich willkommen, bitte denken Sie an Ihren
+ Lichtbildausweis.|Danach gibt es wie immer einen kleinen Imbiss vom Ortsverein.]
[Termin reservieren und Wartezeit sparen: {url}|Wir freuen uns über alle, die mitmachen.]
# Wahlhelferinnen und Wahlhelfer gesucht | Ehrenamt am Wahltag | Aufruf der Gemeinde: Mithilfe bei der Wahl
Für die [Bundestagswahl|Landtagswahl|Gemeinderatswahl|Nationalratswahl] am {date} sucht die [Stadt|Gemeinde]
+ {city} noch Wahlhelferinnen und Wahlhelfer für die Wahllokale und die Auszählung der Briefwahl.
[Der Einsatz dauert etwa einen halben Tag, bei der Auszählung am Abend werden dann alle gebraucht.|Sie
+ arbeiten im Team mit erfahrenen Wahlvorständen und werden in einer kurzen Schulung vorbereitet.] Für Ihren
+ Einsatz erhalten Sie ein Erfrischungsgeld.
[Anmeldung online unter {url}|Wer mitmachen möchte, meldet sich bitte formlos beim Wahlamt im Rathaus.]
#! {sender} hat einen Ordner mit Ihnen geteilt | Freigegeben: [Urlaubsfotos|Fotos Sommerfest|Unterlagen] |
+ Neuer freigegebener Ordner
{sender} hat den Ordner „[Urlaubsfotos Gardasee|Fotos Sommerfest Turnverein|Unterlagen Hausverkauf|Rezepte von
+ Oma]“ für Sie freigegeben.
[Nachricht von {sender}: „Schau mal rein und sag Bescheid, wenn etwas fehlt.“|Sie können die Dateien ansehen
+ und herunterladen.] Ordner öffnen: {url}
[Sie erhalten diese E-Mail, weil {sender} Ihre E-Mail-Adresse zum Teilen verwendet hat.|Der Link ist bis zum
+ {date} gültig.]
#! Erinnerung: Leihfrist endet am {due} | Ihre Medien sind bald fällig | Stadtbibliothek {city}:
+ Rückgabeerinnerung
Die Leihfrist für [{n} Medien|ein Medium] auf Ihrem Bibliotheksausweis endet am {due}.
[Sie können bis zu zweimal online verlängern, sofern keine Vormerkung vorliegt: {url}|Verlängern können Sie
+ ganz einfach in Ihrem Online-Konto: {url}] [Nach Ablauf der Frist fallen Versäumnisgebühren an.|Die Rückgabe
+ ist auch am Rückgabeautomaten rund um die Uhr möglich.]
Ihre Stadtbibliothek {city} – diese E-Mail wurde automatisch erstellt.
# Elternabend am {date} | Einladung zum Elternabend der [Klasse 3b|Bärengruppe|Klasse 7a] | Info vom
+ Elternbeirat
Der nächste Elternabend der [Klasse 3b|Bärengruppe|Klasse 7a] findet am {date} um [19|19:30|20] Uhr [im
+ Klassenzimmer|in der Kita|in der Aula] statt.
Themen sind unter anderem [die Klassenfahrt im {month}|die Eingewöhnung der neuen Kinder|die Wahl der neuen
+ Elternvertreter] und [das Sommerfest|der Ausflug zum Bauernhof].
[Wer nicht kommen kann, sagt bitte kurz Bescheid.|Bitte gebt bis {weekday} in der Elterngruppe Bescheid, ob
+ ihr kommt.] [Für Getränke ist gesorgt.|Wir freuen uns auf euch!]
# Straßenfest am {date} | Nachbarschaftsfest – wer hilft mit? | Kuchen und Helfer gesucht
Auch dieses Jahr wollen wir wieder unser Straßenfest in der [Lindenstraße|Gartenstraße|Siedlung am Mühlbach]
+ feiern, und zwar am {date} ab {time} Uhr.
[Die Stadt hat die Sperrung schon genehmigt|Die Genehmigung für die Straßensperrung ist da], jetzt brauchen
+ wir nur noch Leute [für den Kuchenstand, den Grill und den Auf- und Abbau|fürs Kinderschminken, den
+ Flohmarkt und den Getränkeausschank].
[Tragt euch bitte in die Liste ein: {url}|Wer mithelfen oder einen Kuchen backen mag, schreibt mir einfach
+ kurz zurück.] [Bierbänke bringt wie immer Familie Berger mit.|Bei Regen weichen wir in den Gemeindesaal
+ aus.]
#! Abfuhrtermine: Verschiebung wegen Feiertag | Erinnerung: morgen Abholung [Biotonne|Gelber Sack|Papiertonne]
+ | Ihr Abfallkalender {month}
Erinnerung aus Ihrem Abfallkalender für {city}: [Wegen des Feiertags verschiebt sich die Leerung der
+ [Restmülltonne|Biotonne|Papiertonne] diese Woche um einen Tag auf {weekday}.|Am {weekday} wird die
+ [Restmülltonne|Biotonne|Papiertonne] geleert.]
Bitte stellen Sie die Tonne bis 6 Uhr morgens gut sichtbar am Straßenrand bereit.
[Sperrmüll können Sie online anmelden: {url}|Erinnerungen verwalten oder abbestellen: {url}]
# Einladung zur Mitgliederversammlung am {date} | Jahreshauptversammlung – Tagesordnung |
+ Mitgliederversammlung im {month}
Hiermit laden wir alle Mitglieder [des Tennisclubs|des Fördervereins der Grundschule|unseres Gesangvereins]
+ herzlich zur ordentlichen Mitgliederversammlung am {date} um [19|19:30] Uhr [im Vereinsheim|im Nebenzimmer
+ des Gasthauses zur Post|im Pfarrsaal] ein.
Auf der Tagesordnung stehen unter anderem der Bericht des Vorstands, [der Kassenbericht und die Entlastung des
+ Vorstands|der Bericht der Kassenprüfer], [Neuwahlen|die Anpassung der Mitgliedsbeiträge] und Verschiedenes.
[Anträge zur Tagesordnung reicht bitte bis spätestens eine Woche vorher schriftlich beim Vorstand ein.|Anträge
+ sind bis eine Woche vor der Versammlung beim Vorstand einzureichen.] [Um zahlreiches Erscheinen wird
+ gebeten.|Wir freuen uns auf eine rege Beteiligung!]
# Weihnachtspäckchen-Aktion | Päckchen packen für den guten Zweck | Mitmachen: Sammelaktion bis {date}
Wie jedes Jahr sammeln wir [in der Kirchengemeinde|im Verein|an der Schule unserer Kinder] Weihnachtspäckchen
+ für [bedürftige Kinder in Osteuropa|Familien, die von der Tafel in {city} unterstützt werden|die
+ Bewohnerinnen und Bewohner des Seniorenheims].
[Bitte packt nur neue Sachen ein und klebt einen Zettel drauf, für wen das Päckchen gedacht ist.|Eine
+ Packliste mit Ideen hängt an, Geschenkpapier gibt es bei uns.]
Abgabe ist bis zum {date} [im Pfarrbüro|bei mir im Hausflur|im Sekretariat]. [Wer kein Päckchen packen mag,
+ kann auch gerne etwas spenden.|Danke an alle, die mitmachen!]
#! Absage: Veranstaltung am {date} | Veranstaltung entfällt – Ihre Tickets | Wichtige Information zu Ihrer
+ Buchung
Leider müssen wir Ihnen mitteilen, dass [das Konzert|die Kabarettvorstellung|das Open-Air-Kino] am {date} in
+ {city} [wegen Erkrankung der Künstlerin|aus organisatorischen Gründen|wegen der angekündigten Unwetter]
+ nicht stattfinden kann.
[Der Ticketpreis wird Ihnen innerhalb von 14 Tagen automatisch über das bei der Buchung verwendete
+ Zahlungsmittel erstattet.|Ihre Tickets bleiben für den Ersatztermin gültig; falls Sie dann nicht können,
+ erstatten wir Ihnen den Preis.]
[Ersatztermin und Erstattung im Überblick: {url}|Weitere Informationen finden Sie hier: {url}] Wir bitten um
+ Ihr Verständnis.
"""
