"""Dutch phrase bank (format: see models.synth.phrases)."""

BANK = """
## _greeting
Beste {name},
Hallo {name},
Geachte heer/mevrouw,
Goedemorgen {name},
Dag {name},
Hoi {name},
Geachte {name},
Goedemiddag {name},

## _opener
Ik hoop dat alles goed met je gaat.
Bedankt voor je snelle reactie.
Naar aanleiding van ons telefoongesprek van vandaag.
Dank voor uw bericht.
Ik hoop dat u een fijn weekend heeft gehad.
Hierbij een korte update.

## _closing
Met vriendelijke groet,
Met vriendelijke groeten,
Vriendelijke groet,
Groet,
Alvast bedankt,
Hartelijke groet,
Mvg,

## _fyi
Ter info, zie onderstaand bericht.
Kun jij dit oppakken? Dank je.
Zie hieronder, wil je hiernaar kijken?
Ter kennisgeving doorgestuurd.
Dit is voor jullie afdeling.
Doorgestuurd ter afhandeling.

## invoice
# Factuur {inv} | Factuur {inv} van {company} | {company} – factuur {inv} | Uw factuur {inv}
[Bijgaand|In de bijlage|Hierbij] ontvangt u onze factuur {inv} [van {amount}|d.d. {date}|voor de
+ werkzaamheden van vorige maand].
[De betalingstermijn is {days} dagen.|Wij verzoeken u het bedrag vóór {due} te voldoen.|De vervaldatum
+ is {due}.]
[Heeft u vragen over deze factuur, neem dan contact met ons op.|Is er iets onduidelijk, beantwoord dan
+ gewoon deze e-mail.]
# Nieuwe factuur beschikbaar | Uw factuur {inv} staat klaar | Uw factuur van {company}
Uw nieuwe factuur {inv} [staat klaar als pdf in de bijlage|is aangemaakt en bijgevoegd].
Het totaalbedrag van {amount} wordt [op {due} automatisch geïncasseerd|vervalt op {due}].
[Bedankt voor uw vertrouwen.|Dank u wel voor uw bestelling.]
# Factuur bij order {po} | Order {po} – factuur {inv}
[Zoals afgesproken|Naar aanleiding van de levering van uw bestelling {po}] sturen wij u bijgaand factuur
+ {inv}.
[De goederen zijn geleverd op {date}.|Alle artikelen van order {po} zijn inmiddels geleverd.]
[Vermeld bij betaling a.u.b. het factuurnummer.|Gebruik {inv} als betalingskenmerk.]
# Maandfactuur {month} | Factuur {month} | Maandelijkse factuur {inv}
Hierbij de factuur voor [onze diensten in|de abonnementsperiode] {month}, nummer {inv}.
Het bedrag van {amount} [dient binnen {days} dagen|moet uiterlijk {due}] te worden overgemaakt op de
+ rekening vermeld op de factuur.
# Kopie factuur {inv} | Factuur {inv} – {customer}
[Zoals gevraagd|Op uw verzoek] stuur ik u [een kopie van|] factuur {inv} [voor uw administratie|voor de
+ crediteurenadministratie].
[Het origineel is op {date} verstuurd.|Wilt u deze doorsturen naar de juiste persoon?]
# Documenten bij uw bestelling | Uw aankoop – factuur {inv}
Bedankt voor uw bestelling. [In de bijlage vindt u|Bijgevoegd is] factuur {inv} met een totaal van {amount}.
[Betalingsconditie: {days} dagen netto.|Graag betaling per bank vóór {due}.]
# Factuur ter betaling | Graag factuur {inv} verwerken
Zou u de bijgevoegde factuur {inv} willen doorsturen naar uw crediteurenadministratie?
Het betreft [de installatie op {date}|de levering van {product}|onze adviesuren].
[De vervaldatum is {due}.|De betalingstermijn is {days} dagen.]

## credit_note
# Creditnota {cn} | Creditnota bij factuur {inv} | Uw creditnota {cn}
[Bijgaand|In de bijlage] ontvangt u creditnota {cn} [voor|behorend bij] factuur {inv}.
[Het bedrag van {amount} verrekenen wij met uw volgende factuur.|Wij storten {amount} binnen {days}
+ dagen terug.]
# Creditering retourzending | Retour verwerkt – creditnota {cn}
Wij hebben de geretourneerde goederen ontvangen en creditnota {cn} van {amount} [opgemaakt|verwerkt].
[Excuses voor het ongemak.|Bedankt voor uw geduld.]
# Correctie factuur {inv} | Gecorrigeerde factuur – creditnota {cn}
[In onze factuur {inv} stond een fout.|Op factuur {inv} is een verkeerde prijs berekend.] Daarom hebben
+ wij creditnota {cn} opgemaakt.
[Een gecorrigeerde factuur volgt apart.|Het gecorrigeerde bedrag staat in de bijlage.]
# Creditnota zoals afgesproken | Creditering {cn} – {company}
Zoals [telefonisch|in ons overleg] afgesproken crediteren wij {amount} op factuur {inv}.
Creditnota {cn} vindt u in de bijlage [voor uw administratie|ter verwerking].
# Terugbetaling dubbele betaling | Creditnota {cn} wegens dubbele betaling
[Het lijkt erop dat|Wij zagen dat] factuur {inv} twee keer is betaald. Bijgaand creditnota {cn} voor het
+ te veel betaalde bedrag van {amount}.
Laat u ons weten of u het bedrag terug wilt ontvangen of wilt verrekenen?
# Prijscorrectie | Creditnota {cn} – prijsaanpassing
Na de prijsaanpassing voor {product} hebben wij creditnota {cn} opgemaakt.
[Deze heeft betrekking op factuur {inv}.|Het bedrag van {amount} wordt verrekend met factuur {inv}.]
# Uw creditnota | Creditnota {cn} bijgevoegd
Bijgevoegd de creditnota {cn} [voor de geannuleerde order {po}|voor de ontbrekende artikelen van order
+ {po}].
[Het bedrag is op uw rekening gecrediteerd.|U hoeft verder niets te doen.]

## purchase_order
# Inkooporder {po} | Nieuwe bestelling {po} | Bestelling {po} van {customer}
[In de bijlage|Bijgaand] vindt u onze inkooporder {po}.
[Graag een ontvangstbevestiging met leverdatum.|Wilt u de order en de verwachte levertijd bevestigen?]
[Afleveradres zie order.|Vermeld {po} a.u.b. op pakbon en factuur.]
# Bestelling: {product} | Wij willen graag bestellen | Nieuwe order – {customer}
Wij willen graag het volgende bestellen:
{items}
[Ons ordernummer is {po}.|Gebruik ordernummer {po} op alle documenten.] [Levering vóór {date}
+ graag.|Graag zo snel mogelijk leveren.]
# Herhaalorder {po} | Nabestelling {product}
[Kunt u|Graag] onze vorige bestelling van {product} herhalen, {n} stuks.
Ons nieuwe ordernummer is {po}. [Zelfde afleveradres als de vorige keer.|Graag leveren in ons magazijn.]
# Inkooporder {po} – graag bevestigen | Orderbevestiging gevraagd {po}
Bijgaand inkooporder {po} [ter waarde van {amount}|voor de besproken artikelen].
Graag ontvangen wij [per omgaande|binnen {days} dagen] een orderbevestiging met de verwachte leverdatum.
# Spoedbestelling {po} | Spoed: bestelling {product}
Wij hebben dringend {n} x {product} nodig. [Kunt u vóór {date} leveren?|Is spoedlevering mogelijk?]
[Bijgevoegd|In de bijlage] de inkooporder {po}.
# Bestelling voor volgende maand | Order {po} – levering {month}
Voor onze planning in {month} graag [levering van|de volgende artikelen]:
{items}
Inkoopordernummer: {po}.
# Opdracht naar aanleiding van offerte | Onze order {po}
Naar aanleiding van uw offerte {quote} plaatsen wij graag een bestelling.
Inkooporder {po} is bijgevoegd. [Graag de leverdatum bevestigen.|Wij zien de levering graag tegemoet.]

## quote_request
# Offerteaanvraag | Aanvraag offerte – {product} | Offerteverzoek {quote}
Wij zijn op zoek naar {n} stuks {product} en ontvangen graag uw scherpste prijs.
[Kunt u ook de levertijd vermelden?|Graag inclusief verzendkosten en levertijd.]
[Onze referentie is {quote}.|Vermeld a.u.b. referentie {quote} in uw antwoord.]
# Prijsaanvraag | Kunt u een offerte sturen? | Offerte voor {product}
Kunt u ons een offerte sturen voor {product}? [Het gaat om ongeveer {n} stuks.|Aantal: {n}.]
[Levering zou vóór {date} moeten zijn.|Levering in {city}.]
# Offerte voor project | Offerte installatiewerk
Voor een project in {city} zoeken wij een offerte voor [installatiewerk|onderhoud|schoonmaakwerkzaamheden].
Kan er iemand [langskomen|mij bellen] om het te bespreken? [Het liefst vóór {weekday}.|Wij willen vóór
+ {date} beslissen.]
# Aanbesteding: verzoek om aanbieding {quote} | Uitnodiging tot offerte {quote}
Wij nodigen u uit een aanbieding te doen voor de levering van {product}.
[Graag uw aanbieding vóór {date}.|Aanbiedingen moeten uiterlijk {date} binnen zijn.] Kenmerk: {quote}.
# Prijs voor {n} stuks | Vraag over staffelprijzen
Wat is uw prijs voor {n} stuks {product}? [Geeft u staffelkorting?|Is er korting bij een jaarcontract?]
# Offerteaanvraag via website | Vraag: {product}
Ik vond uw bedrijf online en wil graag een offerte voor {product}.
[Wat zijn uw prijzen en leveringsvoorwaarden?|Kunt u een prijslijst sturen?]
# Aangepaste offerte graag | Herziene offerte {quote}
Kunt u uw offerte {quote} [aanpassen|herzien]? [We hebben nu {n} stuks nodig.|Het afleveradres is
+ gewijzigd naar {city}.]

## complaint
# Beschadigde levering | Klacht: order {po} beschadigd aangekomen | Beschadigde goederen – order {po}
De levering van order {po} kwam [gisteren|vanochtend|op {date}] binnen en [meerdere|{n}] dozen waren
+ [beschadigd|ingedeukt|nat].
[Zo kunnen wij de goederen niet gebruiken.|Het grootste deel is onbruikbaar.]
Graag [een vervangende levering|een creditnota] [zo snel mogelijk|vóór het einde van de week].
# Verkeerde artikelen geleverd | Onjuiste levering order {po}
Wij hebben de verkeerde artikelen ontvangen voor order {po}. [In plaats van {product} kregen wij iets
+ anders.|De helft van de levering klopt niet.]
[Wilt u ze ophalen en de juiste artikelen sturen?|Dit is al de tweede keer.]
# Te late levering | Nog steeds wachten op order {po}
Wij wachten nog steeds op order {po}, die voor {date} was toegezegd.
[Dit geeft problemen bij onze eigen klanten.|Onze productie ligt stil.] [Ik verwacht vandaag een
+ reactie.|Wanneer wordt er geleverd?]
# Factuur {inv} klopt niet | Klacht over factuur {inv}
Op uw factuur {inv} [staan artikelen die wij nooit hebben ontvangen|is de oude prijs berekend|is alles
+ dubbel berekend].
[Wij betalen pas na correctie.|Graag een gecorrigeerde factuur of creditnota.]
# Slechte service | Klacht over uw monteur | Onacceptabele service
Ik ben [zeer ontevreden|uiterst teleurgesteld] over de service op {date}. [De monteur kwam drie uur te
+ laat.|Het werk is niet afgemaakt.]
[Ik wil graag een leidinggevende spreken.|Ik verwacht een compensatie.]
# Defect product | {product} defect
De {product} die wij kochten [werkte na {n} dagen niet meer|was bij aankomst al defect].
[Wij willen ons geld terug.|Graag vervangen onder garantie.] [Foto's zijn bijgevoegd.|Waar kan ik het
+ terugsturen?]
# Ontbrekende artikelen | Onvolledige levering order {po}
Order {po} was onvolledig: [er ontbreken {n} artikelen|de {product} zat niet in de doos].
[Graag de ontbrekende artikelen nasturen.|Graag de ontbrekende artikelen crediteren.]

## payment_reminder
# Betalingsherinnering factuur {inv} | Vervallen factuur {inv} | Herinnering – openstaand saldo
Volgens onze administratie is factuur {inv} [van {amount}|d.d. {date}] nog niet betaald.
[De vervaldatum was {due}.|De factuur is {days} dagen over tijd.] [Wilt u zo spoedig mogelijk
+ betalen?|Graag betaling binnen 7 dagen.]
[Heeft u inmiddels betaald, dan kunt u deze e-mail als niet verzonden beschouwen.|Neem contact op als er
+ iets mis is met de factuur.]
# Tweede herinnering {inv} | Aanmaning factuur {inv}
Dit is onze [tweede|laatste] herinnering voor factuur {inv}, vervallen op {due}.
[Als wij {amount} niet binnen 7 dagen ontvangen, dragen wij de vordering over aan een incassobureau.|Wij
+ brengen wettelijke rente in rekening.]
# Vriendelijke herinnering | Factuur {inv} – betaling achterstallig
Een vriendelijke herinnering dat factuur {inv} van {amount} [op {due} is vervallen|inmiddels over tijd is].
[Kunt u laten weten wanneer wij de betaling kunnen verwachten?|Kunt u dit nagaan bij uw administratie?]
# Openstaande facturen | Rekeningoverzicht – vervallen posten
Volgens ons overzicht staan de volgende facturen open: {inv}, totaal {amount}.
[Graag het saldo voldoen vóór {due}.|Graag het bedrag overmaken op onze rekening.]
# Achterstallige betaling | Openstaand bedrag {amount}
Wij hebben de betaling voor factuur {inv} nog niet ontvangen. [Was er iets mis mee?|Wilt u uw
+ administratie controleren?]
[Graag {amount} overmaken op de rekening op de factuur.|Graag per omgaande betalen.]
# Herinnering: factuur {inv} betalen | Actie vereist: onbetaalde factuur
Er staat nog {amount} open op factuur {inv} (vervaldatum {due}).
[Wij stellen betaling binnen enkele dagen op prijs.|Leveringen worden opgeschort tot de factuur is betaald.]
# Betaling niet ontvangen | Heeft u factuur {inv} ontvangen?
Wij hebben uw betaling voor factuur {inv} nog niet ontvangen. [Is de factuur bij u aangekomen?|Misschien
+ is hij zoekgeraakt?]
[Voor het gemak stuur ik een kopie mee.|Graag {amount} zo spoedig mogelijk betalen.]

## supplier_message
# Prijsverhoging per {date} | Nieuwe prijslijst | Nieuwe tarieven
Door gestegen kosten worden onze prijzen per {date} met {percent}% verhoogd.
[De nieuwe prijslijst is bijgevoegd.|Orders geplaatst vóór {date} leveren wij nog tegen de oude prijzen.]
# Wijziging bankgegevens | Nieuw rekeningnummer | Belangrijk: onze bankgegevens zijn gewijzigd
Let op: onze bankgegevens zijn gewijzigd. [Voortaan graag betalen op IBAN {iban}.|Ons nieuwe IBAN is
+ {iban}.]
[Wilt u dit aanpassen in uw administratie?|Reeds verzonden facturen blijven geldig.]
# Sluiting tijdens feestdagen | Kantoor gesloten
Ons kantoor en magazijn zijn vanaf {date} [twee weken|tijdens de feestdagen] gesloten.
[Bestellingen in deze periode worden daarna verwerkt.|Plaats spoedorders a.u.b. vóór {date}.]
# Vertraging levering | Vertraging order {po}
Helaas wordt order {po} [ongeveer {n} dagen|tot {date}] vertraagd door [leveringsproblemen|een tekort
+ aan {product}].
[Onze excuses voor het ongemak.|Wij houden u op de hoogte.]
# Orderbevestiging {po} | Wij bevestigen uw bestelling {po}
Hartelijk dank voor uw bestelling {po}. [Wij bevestigen levering op {date}.|De goederen worden binnen
+ {days} dagen verzonden.]
# Uw bestelling is verzonden | Verzending order {po}
Uw bestelling {po} is verzonden met {carrier}. [Het trackingnummer is {track}.|Track & trace: {track}.]
[Verwachte levering: {date}.|Levering duurt meestal {n} werkdagen.]
# Nieuwe catalogus | Artikel vervalt: {product} | Adreswijziging
[Onze nieuwe catalogus is beschikbaar.|{product} vervalt per {date}; het opvolgende model is nu
+ leverbaar.|Per {date} verhuizen wij naar een nieuw pand in {city}.]
[Uw accountmanager neemt contact met u op.|Neem gerust contact op bij vragen.]

## internal
# Teamoverleg verplaatst | Overleg op {weekday} | Verzetten: weekoverleg
Het [teamoverleg|weekoverleg] is verplaatst naar {weekday} om {time} in zaal {room}.
[Neem je cijfers over {month} mee.|Laat het weten als je niet kunt.]
# Verlofaanvraag | Vrije dag {date}
Ik wil graag [een vrije dag|vakantie] opnemen op {date}. [{colleague} neemt mijn taken waar.|Is dat
+ akkoord?]
# Kun je deze factuur checken voor ik betaal? | Akkoord nodig: factuur {inv}
Kun jij factuur {inv} van {company} controleren voordat ik hem [goedkeur|betaal]? [Hij lijkt hoger dan
+ normaal.|Ik weet niet zeker of het werk gedaan is.]
# Inkooporder {po} goedkeuren | PO {po} wacht op akkoord
Inkooporder {po} voor {product} wacht op jouw goedkeuring in het systeem. [Het budget is in orde.|Het
+ valt boven mijn limiet.]
# IT-onderhoud vanavond | Systemen niet beschikbaar op {weekday}
Het [mailsysteem|ERP-systeem|netwerk] is op {weekday} vanaf {time} niet beschikbaar wegens onderhoud.
[Sla je werk op voordat je weggaat.|Excuses voor het ongemak.]
# Lunch op {weekday}? | Welkom {colleague} | Kantoornieuws
[Zullen we {weekday} samen lunchen?|Welkom aan {colleague}, die op {date} bij financiën begint.|De
+ keuken wordt {weekday} schoongemaakt; haal je spullen uit de koelkast.]
# Maandrapportage | Cijfers {month}
Wil je mij [je cijfers|het verkooprapport|de declaraties] over {month} vóór {weekday} sturen?
[Ik heb ze nodig voor de directievergadering.|Bedankt voor je hulp.]

## spam
#! Gefeliciteerd! U heeft gewonnen | U bent onze winnaar | Claim nu uw prijs
Gefeliciteerd! Uw e-mailadres is geselecteerd in onze [jaarlijkse|internationale] loterij en u heeft
+ {prize} gewonnen.
Om uw prijs te claimen [stuurt u uw naam en bankgegevens|klikt u hier: {url}].
Deze aanbieding verloopt binnen 48 uur.
#! Goedkope medicijnen | Beste prijzen apotheek | 80% korting
Koop [Viagra, Cialis|pijnstillers|afslankpillen] online zonder recept! [Discrete verzending.|Laagste
+ prijs gegarandeerd.]
Bestel nu via {url}
#! Uw account is geblokkeerd | Beveiligingsmelding: verifieer uw account | Ongebruikelijke aanmelding
Wij hebben ongebruikelijke activiteit op uw account gezien. [Verifieer binnen 24 uur uw identiteit om
+ blokkering te voorkomen.|Uw mailbox wordt verwijderd tenzij u uw wachtwoord bevestigt.]
[Klik hier om te verifiëren: {url}|Log hier in: {url}]
#! Factuur vervallen – betaal nu | Openstaande betaling | Uw factuur staat klaar
Beste klant, uw factuur is vervallen. [Bekijk en betaal uw factuur hier: {url}|Download de factuur: {url}]
Bij niet betalen volgen [juridische stappen|extra kosten].
#! Geld verdienen vanuit huis | Verdien €5000 per week | Crypto beleggingskans
[Verdien duizenden euro's vanuit huis met deze simpele truc.|Onze bitcoinrobot maakte vorige maand 300%
+ winst.] [Geen ervaring nodig!|Beperkt aantal plaatsen!]
Meld je vandaag aan: {url}
#! SEO voor uw website | Bovenaan in Google | Website ranking
Ik heb uw website [bekeken|geanalyseerd] en zie dat deze niet goed scoort in Google. Wij zorgen voor een
+ plek op de eerste pagina [binnen 30 dagen|gegarandeerd].
Beantwoord deze e-mail voor een gratis analyse.
#! Zakelijk voorstel | Vertrouwelijke erfenis | Dringend hulp nodig
Ik ben [advocaat|bankdirecteur] en heb uw hulp nodig om {prize} naar het buitenland over te maken. U
+ ontvangt 30% van het bedrag.
Antwoord [vertrouwelijk|dringend] met uw telefoonnummer.

## other
#! Nieuwsbrief {month} | Onze nieuwsbrief van {month} | Nieuws van {company}
[In deze editie|Deze maand]: nieuwe producten, evenementen en tips voor uw bedrijf.
[Lees de nieuwsbrief online: {url}|Meer op ons blog: {url}]
U ontvangt deze e-mail omdat u zich heeft aangemeld. Afmelden: {url}
#! Automatisch antwoord: afwezig | Afwezigheidsmelding | Automatisch antwoord
Bedankt voor uw e-mail. Ik ben tot en met {date} afwezig en lees mijn e-mail beperkt.
[Voor dringende zaken kunt u contact opnemen met {colleague}.|Na mijn terugkomst reageer ik zo snel
+ mogelijk.]
#! Uitnodiging: {event} | U bent uitgenodigd voor {event} | Save the date: {event}
Graag nodigen wij u uit voor {event} op {date} in {city}.
[Meld u nu aan: {url}|Vol is vol – meld u aan vóór {date}.]
# Sollicitatie | Open sollicitatie | Reactie op vacature
Hierbij solliciteer ik naar de [functie van boekhouder|vacature in uw logistieke team|stageplaats] op uw
+ website.
[Mijn cv is bijgevoegd.|Ik heb {n} jaar ervaring.] Ik hoor graag van u.
#! Wachtwoord opnieuw instellen | Stel uw wachtwoord opnieuw in | Uw inlogcode
Wij hebben een verzoek ontvangen om uw wachtwoord te wijzigen. [Gebruik deze link: {url}|Uw code is
+ {n}{n}{n}{n}.]
Heeft u dit niet aangevraagd, dan kunt u deze e-mail negeren.
#! Hoe hebben wij het gedaan? | Klanttevredenheidsonderzoek | Uw mening telt
Bedankt voor [uw bezoek|uw verblijf|uw deelname aan {event}]. Wilt u twee minuten de tijd nemen voor
+ onze enquête: {url}
# Bijpraten | Koffie volgende week? | Leuk je te ontmoeten op {event}
Leuk je gesproken te hebben op {event}. [Zullen we volgende week koffie drinken?|Laten we contact houden.]
[Ik ben op {date} in {city}.|Bel me gerust.]
"""
