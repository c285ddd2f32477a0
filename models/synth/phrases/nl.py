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
#! Uw factuur van {company} staat klaar | Nieuwe factuur {inv} | [Factuur|E-factuur] {inv} – {customer}
Dit is een automatisch gegenereerd bericht van {company}; u kunt niet op deze e-mail reageren.
Er is een nieuwe factuur voor {customer} [aangemaakt|opgemaakt]: factuurnummer {inv}, bedrag {amount},
+ vervaldatum {due}.
[De factuur vindt u als pdf in de bijlage.|De pdf is bij dit bericht gevoegd.] [Betaalt u via automatische
+ incasso, dan hoeft u niets te doen.|Vermeld bij uw overboeking het factuurnummer {inv}.]
# Voorschotfactuur – offerte {quote} | Aanbetaling project {city} | Factuur {inv}: aanbetaling
[Zoals afgesproken in onze offerte {quote}|Conform onze offerte {quote}] brengen wij vóór de start [een
+ aanbetaling|een voorschot] van [30|40|50]% in rekening.
Bijgaand factuur {inv} ter hoogte van {amount}. [Zodra de betaling binnen is, plannen wij de werkzaamheden
+ in.|Na ontvangst van de aanbetaling bestellen wij de materialen.]
Het restant factureren wij bij oplevering.
# Factuur {month} | Mijn factuur over {month} | Factuurtje {month}
Hoi, hierbij mijn factuur over {month} ({inv}). [Laat maar weten als er iets niet klopt.|Vragen? Bel of app
+ gerust.]
# Factuur {inv} – uren {month} | Urenverantwoording en factuur {month} | Gewerkte uren {month}
In de bijlage factuur {inv} voor {n} [uur|dagen] [advieswerk|projectmanagement|softwareontwikkeling] in
+ {month}.
[De urenstaat, afgetekend door {colleague}, zit er ook bij.|De uren komen overeen met de door {colleague}
+ goedgekeurde urenstaat.]
Graag {amount} overmaken naar {iban} o.v.v. {inv}, [uiterlijk {due}|binnen {days} dagen].
# Eindafrekening project {city} | Slotfactuur {inv} | Eindfactuur werkzaamheden {city}
Nu de werkzaamheden in {city} [zijn afgerond|op {date} zijn opgeleverd], sturen wij u bijgaand de eindfactuur
+ {inv}.
[De eerder betaalde aanbetaling is hierop in mindering gebracht; er resteert nog {amount}.|Hierin zijn ook het
+ meerwerk en de extra materialen verwerkt die wij ter plaatse hebben afgesproken.]
[Bedankt voor de prettige samenwerking!|Het was fijn om dit project samen met u te doen.] [De betalingstermijn
+ is {days} dagen.|Wij zien uw betaling graag vóór {due} tegemoet.]
# Verlenging abonnement | Jaarfactuur {inv} | Uw abonnement wordt verlengd
Uw [jaarabonnement op de software|supportcontract|hostingpakket] wordt op {date} automatisch verlengd.
Bijgaand de factuur {inv} voor de nieuwe periode ({amount}). [Wilt u niet verlengen? Laat het ons dan vóór
+ {date} weten.|Er verandert niets aan uw pakket of tarieven.]
# Uw bestelling {po} is betaald | Factuur bij uw webshopbestelling | Bestelling {po}: factuur
Bedankt voor uw bestelling {po} in onze webshop. [Wij hebben uw betaling van {amount} via iDEAL ontvangen.|Uw
+ betaling van {amount} is in goede orde ontvangen.]
[Voor uw administratie sturen wij factuur {inv} mee.|De factuur {inv} vindt u in de bijlage.] [Deze factuur is
+ al voldaan.|U hoeft niets meer te betalen.]

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
#! Creditnota {cn} aangemaakt | Nieuwe creditnota voor uw account | Creditnota {cn} – {company}
Dit is een automatisch bericht van {company}.
Voor uw account is creditnota {cn} aangemaakt, bedrag {amount}, behorend bij factuur {inv}.
[Het bedrag wordt automatisch verrekend met uw volgende factuur.|Het bedrag wordt teruggestort op het bij ons
+ bekende rekeningnummer.] De creditnota is als pdf bijgevoegd.
# Excuses – creditnota {cn} | Tegemoetkoming vertraging order {po} | Compensatie
Het spijt ons [dat order {po} zo laat bij u aankwam|dat er bij de laatste levering zoveel misging|dat de
+ installatie niet volgens planning verliep].
Als tegemoetkoming hebben wij {amount} gecrediteerd; creditnota {cn} vindt u in de bijlage.
[Wij hopen de zaak hiermee naar tevredenheid af te sluiten.|Wij hopen dat u ons een nieuwe kans geeft.]
# Jaarbonus {cn} | Uw omzetbonus over vorig jaar | Bonuscreditering
Op basis van uw omzet van afgelopen jaar heeft u recht op [een omzetbonus|een bonus] van {percent}%.
Daarvoor hebben wij creditnota {cn} van {amount} opgemaakt, [die wij binnen {days} dagen uitbetalen|die u kunt
+ verrekenen met uw volgende betaling].
[Dank voor uw vertrouwen.|Op naar een net zo goed nieuw jaar!]
# Creditering storing {date} | Compensatie uitval | SLA-creditnota {cn}
Door [de storing|de uitval van ons platform] op {date} hebben wij de afgesproken beschikbaarheid niet gehaald.
Conform de SLA crediteren wij {amount} op uw [abonnementsfactuur|hostingfactuur|supportfactuur] {inv}.
[Creditnota {cn} is bijgevoegd.|In de bijlage vindt u creditnota {cn}.] [Nogmaals excuses voor de
+ overlast.|Het storingsrapport volgt apart.]
# Creditnota beschadigde pallets | Zoals beloofd: creditnota {cn} | Credit {cn}
Zoals telefonisch beloofd hierbij de creditnota voor de beschadigde [pallets|dozen]: {cn}, {amount}.
# Retour pallets en kratten | Creditering statiegeld | Creditnota {cn} emballage
Wij hebben [{n} retourpallets|de kratten en pallets] van uw vestiging in {city} retour ontvangen.
Het statiegeld van {amount} is gecrediteerd op creditnota {cn}. [Dit wordt verrekend met factuur {inv}.|U mag
+ dit met uw volgende betaling verrekenen.]
# Opzegging abonnement | Creditering resterende periode {cn} | Terugbetaling vooruitbetaalde maanden
Zoals gevraagd is uw [softwareabonnement|abonnement op cloud back-up|supportcontract] per {date} beëindigd.
[De niet-gebruikte maanden|Het vooruitbetaalde deel van de jaarbijdrage] hebben wij gecrediteerd op creditnota
+ {cn} ({amount}).
[Het bedrag staat binnen {days} dagen op uw rekening.|U ontvangt van ons geen facturen meer.] [Jammer dat u
+ vertrekt.|U bent altijd welkom om terug te komen.]

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
#! Inkooporder {po} van {customer} | Nieuwe inkooporder {po} | Order {po} – {customer}
Deze inkooporder is automatisch [aangemaakt|verzonden] door het inkoopsysteem van {customer}.
Inkooporder {po} vindt u als pdf in de bijlage. [Graag binnen {days} dagen een orderbevestiging met
+ leverdatum.|Stuur de orderbevestiging naar onze afdeling inkoop en niet naar dit adres.]
[Facturen zonder ordernummer {po} kunnen wij niet verwerken.|Vermeld het ordernummer op pakbon en factuur.]
# Afroep raamcontract | Afroeporder {po} | Afroep {po}
Op basis van ons raamcontract roepen wij hierbij {n} [stuks|pallets] {product} af, levering [op {date}|in week
+ {n}].
Ons afroepnummer is {po}. [Prijzen en voorwaarden conform raamovereenkomst.|Graag één factuur per afroep.]
# Nog wat {product} | Snelle bestelling | Bijbestelling {po}
Kunnen jullie nog {n} x {product} sturen naar onze vestiging in {city}? Ordernummer {po}. Dank!
# Opdracht werkzaamheden {date} | Opdrachtbevestiging {po} | Akkoord voor de werkzaamheden in {city}
Hierbij geven wij u opdracht voor [de installatiewerkzaamheden|het onderhoud|de glasbewassing] op onze locatie
+ in {city} [op {date}|in de week van {date}].
[De prijs is conform uw offerte {quote}.|De afgesproken vaste prijs is {amount} exclusief btw.] Ons
+ inkoopordernummer is {po}; graag vermelden op uw factuur.
[Meldt u zich bij aankomst bij de receptie.|Aanspreekpunt ter plaatse is {colleague}.]
# Levertijden order {po} | Order {po} – let op venstertijden | Nieuwe order {po}, levering {city}
In de bijlage onze order {po}.
[Leveren kan alleen op werkdagen tussen 7.00 en 15.00 uur.|Onze goederenontvangst is open van maandag tot en
+ met vrijdag, 7.00–15.00 uur.] [Graag een half uur van tevoren bellen naar {sender}.|De chauffeur kan zich
+ melden bij poort 2.]
[Deelleveringen worden niet geaccepteerd.|Deelleveringen zijn prima, als alles maar vóór {date} binnen is.]
# Wijziging order {po} | Aanpassing inkooporder {po} | Order {po}: ander aantal
Wilt u onze order {po} aanpassen? [We hebben nu {n} stuks nodig in plaats van het oorspronkelijke aantal.|De
+ leverdatum wordt {date}.|Graag nog {n} x {product} toevoegen.]
De overige afspraken blijven gelijk. [Een aangepaste inkooporder is bijgevoegd.|Kunt u ons een nieuwe
+ orderbevestiging sturen?]
# Bestelling inrichting nieuw kantoor | Kantoorinrichting – order {po} | Meubilair en IT voor {city}
Voor ons nieuwe kantoor in {city} bestellen wij graag:
{items}
Factuur graag [naar ons hoofdkantoor|op kostenplaats {n}00], met vermelding van order {po}. [Levering vóór
+ {date} is echt nodig, want dan verhuizen de collega's.|Het pand is vanaf {date} toegankelijk.]

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
# Prijsopgave voor onderstaande artikelen | Offerte graag | Aanvraag prijzen
Kunt u ons een prijsopgave sturen voor de volgende artikelen?
{items}
[Graag met levertijd en of de prijzen inclusief transport zijn.|Wij horen ook graag uw betalingsvoorwaarden.]
+ [We vragen bij meerdere leveranciers offertes op en beslissen vóór {date}.|Het gaat om een eerste
+ bestelling; daarna volgen mogelijk vaste orders.]
# Offerteaanvraag schoonmaakcontract | Onderhoudscontract {quote} | Offerte [jaarcontract|meerjarig contract]
Ons huidige contract voor [de schoonmaak|het onderhoud van de installaties|het onderhoud van de cv en airco]
+ loopt op {date} af en wij vragen bij een aantal partijen een offerte op.
Het gaat om [ons pand in {city}|onze vestiging] van zo'n {n}00 m². [Een bezichtiging kan via {colleague}
+ worden ingepland.|Laat u weten wanneer u kunt komen kijken?]
[Graag uw uurtarieven en eventuele voorrijkosten vermelden.|Wij ontvangen graag een prijs per maand en de
+ opzegtermijn.] Kenmerk: {quote}.
# Prijs {n} x {product}? | Vraagje over prijs | Wat kost {n} stuks?
Wat kosten {n} x {product}, geleverd in {city}? Alvast dank.
# Training voor ons team | Offerte workshop op {date} | Incompany training – kosten?
Wij zoeken [een incompany training|een workshop] voor ongeveer {n} medewerkers, [bij voorkeur op {date}|ergens
+ in {month}].
[Kunt u ons een voorstel sturen met programma en prijs?|Wat zou dat kosten, inclusief materiaal en
+ reiskosten?]
[De training zou bij ons op kantoor in {city} plaatsvinden.|Een zaal met beamer hebben we zelf.]
# Offerte reparatie | Wat kost een reparatie? | Reparatie – kunt u helpen?
Onze [heftruck|koffieautomaat|airco|labelprinter] [is vorige week kapotgegaan|doet het niet meer goed].
Kunt u aangeven wat een reparatie zou kosten, [of dat vervangen goedkoper is|en hoe snel u kunt komen]? [De
+ garantie is verlopen.|Wij hebben hem destijds bij een andere leverancier gekocht.]
# Andere leverancier gezocht | Heeft u dit op voorraad? | Beschikbaarheid en prijs – spoed
Onze vaste leverancier kan [tot {month}|de komende weken] geen
+ [kopieerpapier|tonercartridges|verzenddozen|koperen buis|werkschoenen] leveren.
Kunt u dit wel leveren, en wat is uw prijs voor {n} stuks? [We hebben het uiterlijk {date} nodig.|Snelheid is
+ deze keer belangrijker dan de prijs.]
# Huuraanvraag | Offerte huur {n} dagen | Huurprijzen
Wij willen graag [een heftruck|twee heftrucks|een aggregaat|steigermateriaal] huren voor {n} dagen vanaf
+ {date}, op onze locatie in {city}.
[Wat kost dat inclusief brengen en halen?|Kunt u een offerte sturen, inclusief verzekering?]

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
# Uw medewerker aan de telefoon | Klacht over de behandeling | Onbeschoft personeel
Ik heb op {date} [gebeld met uw klantenservice|uw vestiging in {city} bezocht] over order {po}, en [de
+ medewerker|degene die ik sprak] was [ronduit onbeschoft|kortaf en totaal niet behulpzaam].
[Mij werd gezegd dat het "niet zijn probleem" was en toen werd er opgehangen.|Er werd niet eens geprobeerd een
+ oplossing te zoeken.] [Zo wil ik als klant van jaren niet behandeld worden.|Ik verwacht op zijn minst
+ excuses.]
# Afspraak {date} niet nagekomen | Monteur niet komen opdagen | Wéér niemand gekomen
We hadden een afspraak op {date} [tussen 8 en 12 uur|in de ochtend], maar er is niemand gekomen.
[Ik had er speciaal een dag vrij voor genomen.|Onze mensen hebben de hele dag gewacht.] Afbellen was er ook
+ niet bij.
[Ik wil deze week nog een nieuwe afspraak en een vergoeding voor de verloren tijd.|Graag hoor ik wat er mis is
+ gegaan en wanneer er wel iemand komt.]
# Storing platform | Portaal onbereikbaar | Derde storing deze maand
Uw [systeem|platform|portaal] is sinds {time} [plat|onbereikbaar], en wij kunnen [geen orders verwerken|onze
+ klanten niet factureren].
[Dit is al de derde storing deze maand.|Op uw statuspagina staat nog steeds dat alles werkt.] [Wij betalen
+ voor 99,9% beschikbaarheid, daar is dit ver vandaan.|Schaal dit alstublieft direct op.]
[Wij maken aanspraak op de servicecredit uit ons contract.|Ik verwacht een schriftelijke verklaring van de
+ oorzaak.]
# Terugbetaling nog steeds niet ontvangen | Waar blijft mijn geld? | Toegezegde terugbetaling
Op {date} heeft u bevestigd dat wij {amount} terugkrijgen [voor de geretourneerde goederen|voor order {po}].
[Het is nu {days} dagen later en er is nog niets binnen.|Wij hebben nog altijd geen creditnota of geld
+ ontvangen.] [Elke keer als ik bel, krijg ik te horen dat het in behandeling is.|Mijn geduld raakt op.]
[Maak het bedrag deze week over, alstublieft.|Staat het geld niet vóór {due} op onze rekening, dan houden wij
+ de betaling van uw openstaande facturen aan.]
# Verkeerde maat geleverd | Order {po} – niet wat we besteld hebben | Kwaliteit niet conform afspraak
De [werkschoenen|werkjassen|bedrijfskleding] die wij met order {po} ontvingen [hebben de verkeerde maat|hebben
+ niet de kleur die we besteld hebben|komen niet overeen met het getoonde monster].
[Besteld was maat L, geleverd is overal M.|De kwaliteit is duidelijk minder dan het monster.] [Graag kosteloos
+ omruilen.|Wij sturen alles op uw kosten retour.]
# Derde mail zonder antwoord | Nog steeds geen reactie | Waarom reageert niemand?
Dit is al mijn derde mail over [order {po}|factuur {inv}|onze garantieclaim] en ik heb nog steeds niets
+ gehoord.
[Uw telefoonlijn is altijd in gesprek.|De chat verwijst me steeds naar de veelgestelde vragen.] Dat vind ik
+ erg slechte service.
[Hoor ik vóór {weekday} niets, dan gaan we op zoek naar een andere leverancier.|Wilt u vandaag nog iemand
+ laten terugbellen?]
# Incasso na opzegging | Onterecht afgeschreven | U blijft maar factureren
Wij hebben [ons contract|het softwareabonnement|ons cloud-back-upabonnement] op {date} opgezegd, [schriftelijk
+ bevestigd en wel|met inachtneming van de opzegtermijn], maar u heeft opnieuw {amount} van onze rekening
+ afgeschreven.
[Stort dit bedrag per omgaande terug en bevestig de opzegging.|Ik heb de incasso via de bank laten
+ terugboeken.] [Ik wil geen facturen meer ontvangen.|Wat ons betreft is uw factuur {inv} dan ook ongeldig.]

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
#! Betalingsherinnering factuur {inv} | Openstaande post | Herinnering: betaling verlopen
Dit is een automatische herinnering van de debiteurenadministratie van {company}.
Volgens onze administratie staat de volgende post nog open: factuur {inv} van {date}, bedrag {amount},
+ vervaldatum {due}.
[Wij verzoeken u dit bedrag binnen {days} dagen te voldoen.|Graag ontvangen wij uw betaling binnen enkele
+ dagen.] [Heeft u inmiddels betaald, dan kunt u deze herinnering als niet verzonden beschouwen.|Betalingen
+ van de laatste drie werkdagen zijn mogelijk nog niet verwerkt.]
# Factuur {inv} | Kleine herinnering | Vraagje over factuur {inv}
Sorry dat ik je hiermee lastigval, maar volgens mij is factuur {inv} er tussendoor geglipt. [Hij stond open
+ tot {due}.|We hebben de betaling nog niet gezien.]
[Wil je er even naar kijken als je tijd hebt?|Geen haast, maar kun je het even nagaan?]
# Incasso gestorneerd – factuur {inv} | Storno automatische incasso | Incasso mislukt
De automatische incasso voor factuur {inv} ({amount}) is door uw bank [gestorneerd|geweigerd].
[Wilt u het bedrag, vermeerderd met de stornokosten, binnen {days} dagen overmaken naar {iban}?|Graag het
+ bedrag zelf overmaken naar {iban} onder vermelding van {inv}.]
[Is uw rekeningnummer gewijzigd? Stuur ons dan een nieuwe machtiging.|Controleert u even of uw
+ rekeninggegevens nog kloppen?]
# Deelbetaling ontvangen | Restant factuur {inv} | Openstaand restant
Dank voor uw betaling op factuur {inv}. [Wij hebben echter maar een deel van het bedrag ontvangen.|Het lijkt
+ erop dat er een bedrag is ingehouden.]
[Er staat nog {amount} open.|Het restant van {amount} is nog niet voldaan.] [Heeft u bewust iets ingehouden,
+ laat dan weten waarom.|Graag het restant vóór {due} overmaken.]
# Ingebrekestelling factuur {inv} | Laatste aanmaning voor incasso | Sommatie
Ondanks onze eerdere herinneringen is factuur {inv} van {date} ter hoogte van {amount} nog steeds niet
+ betaald.
Hierbij stellen wij u formeel in gebreke en sommeren wij u het volledige bedrag, vermeerderd met de wettelijke
+ handelsrente, binnen {days} dagen te voldoen.
Blijft betaling uit, dan dragen wij de vordering zonder nadere aankondiging over aan ons incassobureau. [De
+ buitengerechtelijke incassokosten komen voor uw rekening.|Alle kosten worden op u verhaald.]
# Betalingsregeling mogelijk | Factuur {inv} – kunnen wij helpen? | Openstaand bedrag – regeling
Wij zien dat factuur {inv} ({amount}) sinds {due} openstaat.
[Is het lastig om het hele bedrag in één keer te betalen? Dan kunnen we een betalingsregeling afspreken.|Lukt
+ betalen op dit moment niet, dan kunnen we het bedrag verdelen over {n} maanden.]
[Bel me even, dan zoeken we samen naar een oplossing.|Stuur gerust een voorstel, dan kijken wij ernaar.]
# Uw dienst wordt op {date} opgeschort | Onbetaalde factuur {inv} – opschorting | Actie nodig
Factuur {inv} voor uw [abonnement|hostingpakket|softwarelicentie] is inmiddels {days} dagen over de
+ vervaldatum.
[Als wij {amount} niet uiterlijk {date} hebben ontvangen, moeten wij uw dienst helaas opschorten.|Om
+ onderbreking van uw dienst te voorkomen, verzoeken wij u {amount} vóór {date} te betalen.]
[Heeft u al betaald? Stuur ons dan het betaalbewijs.|Neem bij vragen contact op met onze financiële
+ administratie.]

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
# Nieuwe contactpersoon | Wisseling accountmanager | Even voorstellen: uw nieuwe contactpersoon
[Per {date}|Vanaf volgende maand] neemt {colleague} uw account van mij over, omdat ik [een andere functie ga
+ vervullen|het bedrijf ga verlaten].
[{colleague} kent uw bedrijf al goed|Ik heb {colleague} over alle lopende orders bijgepraat], dus voor u
+ verandert er niets. [Volgende week stel ik jullie graag even aan elkaar voor.|Bedankt voor de fijne
+ samenwerking al die jaren.]
# Terugroepactie partij {n}{n}{n} | Veiligheidswaarschuwing | Belangrijk: controleer uw voorraad
Wij hebben [een kwaliteitsprobleem|een mogelijk veiligheidsrisico] vastgesteld in een partij
+ [LED-panelen|bureaustoelen|installatiekabel|werkschoenen], geleverd [sinds {date}|sinds {month}].
[Wij vragen u de artikelen uit deze partij direct niet meer te gebruiken en apart te zetten.|Controleer uw
+ voorraad op partijnummer {n}{n}{n} en verkoop deze artikelen niet.]
Wij halen de betreffende artikelen kosteloos op en vervangen ze. [Het retourformulier is bijgevoegd.|Onze
+ klantenservice neemt contact met u op om het ophalen in te plannen.]
# Nieuwe leverdagen per {date} | Wijziging bezorgschema | Nieuwe besteltijden
Vanaf {date} leveren wij in de regio {city} [op dinsdag en donderdag|alleen nog op {weekday}] in plaats van
+ dagelijks.
[Bestellingen die vóór 14.00 uur binnen zijn, worden nog dezelfde dag verzonden.|De besteltijd wordt 12.00 uur
+ op de werkdag vóór levering.] [Wilt u hier bij het bestellen rekening mee houden?|Vaste orders passen wij
+ automatisch aan.]
# Wij hebben een nieuwe naam | {company} maakt deel uit van een nieuwe groep | Belangrijk: naamswijziging
Met trots melden wij dat [{company} per {date} is overgenomen door een grotere groep|wij per {date} zijn
+ gefuseerd met een partnerbedrijf].
[Onze bedrijfsnaam verandert, maar uw contactpersonen, prijzen en voorwaarden blijven gelijk.|Voor u verandert
+ er voorlopig niets: u kunt gewoon bestellen zoals u gewend bent.]
[De nieuwe factuurgegevens ontvangt u apart.|Vóór de overgang ontvangt u de nieuwe bedrijfsgegevens.]
# Beperkte beschikbaarheid | Toewijzing door tekorten | Update leveringssituatie
Door [het wereldwijde grondstoffentekort|aanhoudende leveringsproblemen] kunnen wij de komende maanden slechts
+ beperkte hoeveelheden [koperen buis|netwerkswitches|kopieerpapier|verzenddozen] leveren.
[Wij verdelen de beschikbare voorraad naar rato van uw gemiddelde afname in het afgelopen jaar.|Tot nader
+ bericht leveren wij maximaal {n} stuks per order.] [Zodra de situatie verbetert, hoort u van ons.|Wij
+ rekenen op uw begrip.]
# Nieuwe algemene voorwaarden | Gewijzigde leveringsvoorwaarden per {date} | Wijziging voorwaarden
Vanaf {date} zijn onze nieuwe algemene [verkoopvoorwaarden|leveringsvoorwaarden] van toepassing op alle
+ orders.
De belangrijkste wijzigingen gaan over [de betalingstermijn, die {days} dagen wordt|het minimale orderbedrag
+ en de vrachtkosten|aansprakelijkheid en retouren].
[De volledige tekst vindt u in de bijlage.|De nieuwe voorwaarden zijn bijgevoegd.] [Vragen? Neem gerust
+ contact op met uw accountmanager.|Met het plaatsen van orders na {date} gaat u akkoord met de nieuwe
+ voorwaarden.]
# Bezoek {city} op {date} | Zullen we afspreken? | Kennismaken met ons nieuwe assortiment
Ik ben [op {date}|in de week van {date}] in {city} en kom graag even langs om ons nieuwe assortiment
+ [kantoormeubilair|ledverlichting|werkkleding|verpakkingen] te laten zien.
[Schikt {weekday}ochtend?|Heeft u een halfuurtje?] [Ik neem dan ook monsters mee.|Dan kunnen we meteen uw
+ verwachte afname voor volgend jaar doornemen.]

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
# Aantekeningen overleg | Actiepunten {weekday} | Verslag overleg {month}
Even kort de afspraken van [vandaag|vanochtend]: {colleague} gaat achter de openstaande facturen van de
+ grootste klanten aan en de nieuwe prijslijst gaat op {date} de deur uit.
[Het budget voor {month} blijft zoals gepland.|Inkoop vraagt nieuwe offertes op voor {product}.] Volgend
+ overleg: {weekday} om {time} in {room}.
[Laat het weten als ik iets vergeten ben.|Kijken jullie voor die tijd even naar je actiepunten?]
# Ziek | Ziekmelding | Vandaag niet op kantoor
Ik ben [ziek|grieperig|met migraine wakker geworden] en kom vandaag niet. [Ik kijk later misschien nog even
+ naar mijn mail.|{colleague} weet waar mijn lopende zaken liggen.]
# Prijsverhoging leverancier – alternatieven? | Onze leverancier van {product} | Wat doen we met de late
+ leveringen?
[Onze leverancier van {product} heeft alweer een prijsverhoging van {percent}% aangekondigd.|De leverancier
+ van {product} heeft nu drie keer op rij te laat geleverd.]
[Zullen we bij een paar andere partijen offertes opvragen?|Zullen we {weekday} bespreken of we met ze
+ doorgaan?] [De cijfers staan in de gedeelde map.|Volgens inkoop kunnen we elders betere voorwaarden
+ krijgen.]
# Let op: phishingmails | IT: niet op deze links klikken | Pas op voor nepfacturen
Bericht van IT: [er gaat een golf phishingmails rond|meerdere collega's hebben nepfacturen per mail ontvangen]
+ die lijken te komen van [een leverancier|onze bank|Microsoft].
[Klik niet op links en open geen bijlagen in mails die je niet verwacht.|Vul nooit je wachtwoord in op een
+ pagina waar je via een link in een mail bent gekomen.] [Twijfel je? Stuur de mail door naar de
+ servicedesk.|Heb je al geklikt? Bel dan meteen de servicedesk.]
# Trein en hotel {city} | Reis boeken {date} | Kun jij mijn reis boeken?
Kun jij voor mij [een treinkaartje|een vlucht] naar {city} boeken op {date}? [Ik kom de volgende dag terug,
+ dus een hotel dicht bij het kantoor voor één nacht zou fijn zijn.|Ik ben dezelfde avond terug, dus een hotel
+ is niet nodig.] [Projectcode is {n}{n}{n}.|Graag op het verkoopbudget boeken.]
# Klant belde over order {po} | Graag terugbellen | Telefoonnotitie
Er belde een klant over order {po} toen je er niet was. [Hij wil weten wanneer het geleverd wordt.|Volgens
+ haar ontbreekt een deel van de levering.]
[Kun je vóór {time} terugbellen?|Ik heb gezegd dat je vandaag nog contact opneemt.] [Het nummer staat in het
+ CRM.|Ik heb hun mail naar je doorgestuurd.]
# Maandafsluiting | Deadline facturen {month} | Herinnering: declaraties vóór {date}
Voor de [maandafsluiting|kwartaalafsluiting] graag [alle inkoopfacturen en declaraties over {month}
+ inleveren|alle openstaande facturen in het systeem goedkeuren] uiterlijk {date}.
[Wat later binnenkomt, boeken we in de volgende periode.|De accountant begint {weekday}, dus graag op tijd.]
+ Dank!

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
#! Uw pakket kon niet worden bezorgd | Bezorging mislukt – actie vereist | Uw pakket ligt klaar
Wij hebben vandaag geprobeerd uw pakket te bezorgen, maar [de invoerrechten zijn nog niet betaald|het adres
+ was onvolledig].
[Plan een nieuwe bezorging en betaal de kosten van € 1,99 via: {url}|Bevestig uw adres en betaal de
+ bezorgkosten hier: {url}] Zonder actie binnen 48 uur gaat het pakket terug naar de afzender.
#! Dringend verzoek | Ben je op kantoor? | Vertrouwelijk
Ben je bereikbaar? Ik wil dat je vandaag [een spoedbetaling|een vertrouwelijke overboeking] voor me regelt.
[Ik zit in een vergadering en kan niet bellen.|Het gaat om een overname en dit moet voorlopig tussen ons
+ blijven.] Antwoord zo snel mogelijk op deze mail, dan stuur ik je de gegevens.
#! Er is een document met u gedeeld | {company} heeft u een bestand gestuurd | Gedeeld: Betaalgegevens.pdf
[{company} heeft een document met u gedeeld via OneDrive.|U heeft een beveiligd document ontvangen via
+ DocuSign.]
[Document bekijken: {url}|Open het bestand hier: {url}] Log in met het wachtwoord van uw e-mailaccount om het
+ document te openen.
#! Betaalverzoek openstaand | Je hebt een betaalverzoek ontvangen | Herinnering: betaalverzoek
Er staat nog een betaalverzoek voor u open van [€ 0,01|€ 1,50] ter verificatie van uw rekening.
[Betaal via {url} om blokkering van uw bankpas te voorkomen.|Rond de verificatie vandaag af: {url}] Na 24 uur
+ vervalt uw rekening.
#! Vermelding bedrijvengids | Uw bedrijfsgegevens controleren | Laatste kans: gratis vermelding
Uw bedrijf staat nog niet in de [Nationale Bedrijvengids|Zakengids Nederland]. [Controleer uw gegevens en
+ teken het formulier om uw gratis vermelding te activeren.|Stuur het ingevulde formulier binnen 7 dagen
+ terug.]
Uw gegevens aanpassen kan via {url}
#! Zakelijke lening goedgekeurd | Snel krediet zonder BKR-toets | Tot € 250.000 vandaag nog
Geld nodig voor uw bedrijf? [Leen tot € 250.000 tegen slechts 2% rente.|Uw vooraf goedgekeurde zakelijke
+ lening staat klaar.] [Geen BKR-toetsing, geen papierwerk!|Binnen 24 uur op uw rekening.]
Vraag nu aan: {url}
#! Belastingteruggave | U heeft recht op een teruggave | Teruggave: {amount}
Na de laatste jaarlijkse berekening van uw fiscale activiteiten heeft u recht op een teruggave van {amount}.
Om uw teruggave te ontvangen, [vult u het formulier in|bevestigt u uw bankgegevens] via: {url}
[Aanvragen die niet binnen 3 dagen zijn ingediend, vervallen.|De verwerking duurt 3 tot 5 werkdagen.]

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
# Vraag aan de groep | Ervaring met e-facturatie? | Advies gezocht
Vraagje aan de groep: heeft iemand ervaring met [overstappen naar ander boekhoudpakket|e-facturatie voor de
+ overheid|het aannemen van een eerste werknemer]?
Wij zijn een klein [bakkerijbedrijf|architectenbureau|webbureau] in {city} en [horen graag wat voor jullie
+ werkte|weten eigenlijk niet goed waar we moeten beginnen].
Alle tips zijn welkom, alvast bedankt!
# Borrel {weekday}! | Afscheidsborrel | Je bent uitgenodigd
[Op {date} is mijn laatste werkdag|Ik ben jarig] en dat wil ik graag vieren met [een borrel|een hapje en een
+ drankje] op {weekday} vanaf {time}. [Partners zijn ook welkom!|Laat even weten of je komt.]
#! Inschrijving bevestigd: {event} | Uw toegangsbewijs voor {event} | U bent aangemeld
Bedankt voor uw aanmelding voor {event} op {date}. [Uw e-ticket zit in de bijlage.|Neem uw bevestiging mee,
+ geprint of op uw telefoon.]
[De deuren gaan open om {time}.|Het programma begint om {time}.] [Zet het in uw agenda: {url}|Toch verhinderd?
+ Meld u af via {url}]
# Sponsorverzoek | Steun voor onze club | Wilt u ons jeugdteam sponsoren?
Ik schrijf u namens [onze voetbalvereniging|het jeugdorkest|een goede-doelenloop] hier in {city}. [Wij zoeken
+ lokale bedrijven die willen sponsoren|Wij zamelen geld in] voor [nieuwe tenues voor de jeugd|onze
+ zomertour].
[Sponsors krijgen een logo op onze website en shirts.|Ook een kleine bijdrage helpt ons enorm.] [Mag ik u
+ volgende week even bellen om het toe te lichten?|Ik kom ook graag even langs.]
#! {sender} heeft uw profiel bekeken | U heeft {n} nieuwe meldingen | {sender} wil met u connecten
[{sender} en {n} anderen hebben deze week uw profiel bekeken.|U heeft {n} nieuwe connectieverzoeken.|{sender}
+ heeft u aanbevolen voor Projectmanagement.] [Bekijk wie er interesse heeft: {url}|Log in voor alle updates:
+ {url}]
U ontvangt deze meldingen per e-mail. Afmelden: {url}
#! Wijziging privacyverklaring | Wij passen onze voorwaarden aan | Belangrijke wijziging gebruiksvoorwaarden
Per {date} passen wij onze privacyverklaring aan. [Daarin leggen we duidelijker uit hoe we uw gegevens
+ gebruiken.|Aan de manier waarop wij met uw gegevens omgaan verandert niets; de tekst is alleen duidelijker.]
[U kunt de nieuwe verklaring hier lezen: {url}|U hoeft niets te doen.] Door na {date} gebruik te blijven maken
+ van onze diensten, gaat u akkoord met de nieuwe verklaring.
# Vragenlijst voor mijn scriptie | Afstudeeronderzoek – 5 minuten van uw tijd? | Verzoek om interview
Ik ben student [bedrijfskunde|logistiek] aan de hogeschool in {city} en schrijf mijn scriptie over
+ [digitalisering in het mkb|duurzame ketens].
[Zou u een korte vragenlijst willen invullen? Dat kost ongeveer {n} minuten.|Zou ik iemand van uw bedrijf een
+ halfuur mogen interviewen?] [Alle antwoorden worden anoniem verwerkt.|Ik zou uw hulp erg waarderen.]
"""
