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
#! U heeft een e-factuur ontvangen | Nieuwe Peppol-factuur van {company} | E-factuur {inv} via Peppol
U heeft van {company} via het Peppol-netwerk een elektronische factuur ontvangen.
Factuurnummer: {inv}. Factuurdatum: {date}. Te betalen: {amount}, uiterlijk {due}.
[De factuur is rechtstreeks in uw boekhoudpakket afgeleverd.|Een leesbare pdf-versie is ter informatie
+ bijgevoegd; het elektronische bestand is het originele document.] Dit bericht is automatisch verzonden.
# Factuur tellerstanden {month} | Kopieerfactuur {inv} | Afrekening afdrukken {month}
Op basis van de [doorgegeven|automatisch uitgelezen] tellerstanden van uw [multifunctional|kopieerapparaten]
+ in {city} hebben wij de afdrukken over {month} gefactureerd.
Factuur {inv} ([zwart-wit en kleur apart gespecificeerd|met een overzicht per toestel]) bedraagt {amount} en
+ [wordt op {due} geïncasseerd|vervalt op {due}].
[Klopt een tellerstand niet? Laat het ons binnen {days} dagen weten.|De vaste huurtermijn voor het volgende
+ kwartaal is hierin meegenomen.]
# Vervangende factuur {inv} | Factuur opnieuw opgemaakt | Factuur {inv} – op de juiste naam
Zoals [gevraagd|telefonisch afgesproken] hebben wij de factuur opnieuw opgemaakt, nu op naam van {customer}
+ [met het juiste btw-nummer|met het nieuwe factuuradres|met uw inkoopordernummer {po} erop].
Het nieuwe factuurnummer is {inv}; [het bedrag van {amount} is ongewijzigd|de vervaldatum blijft {due}].
[De eerder verstuurde factuur kunt u vernietigen.|Wilt u voortaan deze versie in uw administratie gebruiken?]
# Factuur inschrijving {event} | Deelname {event} – factuur {inv} | Inschrijvingsgeld {inv}
Wij danken u voor uw inschrijving voor {event} op {date} voor {n} [deelnemers|personen].
In bijlage vindt u factuur {inv} ten bedrage van {amount}.
Gelieve dit bedrag vóór {due} over te maken op rekeningnummer {iban} met vermelding van het factuurnummer.
[De badges worden verstuurd zodra de betaling ontvangen is.|Annuleren kan kosteloos tot {days} dagen vóór
+ aanvang.]

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
# Creditnota {cn} – btw verlegd | Correctie btw factuur {inv} | Factuur {inv} gecrediteerd wegens btw
Op factuur {inv} hebben wij ten onrechte [21%|Nederlandse|Belgische] btw berekend, terwijl de btw naar u
+ verlegd had moeten worden.
Wij crediteren de factuur daarom volledig met creditnota {cn} ({amount}) en sturen u [vandaag nog|apart] een
+ nieuwe factuur zonder btw.
[Heeft u de factuur al betaald, dan verrekenen wij het verschil.|U kunt de oorspronkelijke factuur uit uw
+ administratie halen.]
#! Annulering bevestigd – creditnota {cn} | Uw annulering voor {event} | Creditering inschrijving
Wij hebben uw annulering voor {event} op {date} ontvangen.
Volgens onze annuleringsvoorwaarden crediteren wij [50%|het volledige bedrag|het inschrijfgeld minus
+ administratiekosten] van factuur {inv}: creditnota {cn}, {amount}.
[Het bedrag wordt binnen {days} dagen teruggestort.|Het tegoed kunt u gebruiken voor een volgende
+ editie.] Dit is een automatisch bericht.
# Te veel uren gefactureerd | Creditnota {cn} – correctie uren {month} | Correctie urenfactuur {inv}
[Bij de controle van|Naar aanleiding van uw vraag over] de urenstaat van {month} zagen wij dat er {n} uur te
+ veel op factuur {inv} stond.
[Die uren zijn dubbel geboekt door een fout in ons registratiesysteem.|Een deel van de uren viel al onder
+ de vaste prijs.] Bijgaand creditnota {cn} van {amount}.
[Excuses voor de vergissing.|Onze excuses, we letten er voortaan beter op.]
# Vrachtkosten gecrediteerd | Creditnota {cn} vrachtkosten | Re: vrachtkosten factuur {inv}
Hoi {name}, je hebt helemaal gelijk: [boven de franco-grens|bij deze ordergrootte] hadden we geen
+ vrachtkosten mogen rekenen.
Ik heb ze gecrediteerd, zie creditnota {cn} ({amount}) in de bijlage. [Mag je gewoon verrekenen met de
+ volgende betaling.|Het geld staat volgende week op jullie rekening.]

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
# Order {po} – rechtstreeks leveren bij klant | Dropshipment order {po} | Bestelling {po}, afleveradres klant
Hierbij bestellen wij {n} x {product}, ons ordernummer is {po}.
Graag rechtstreeks leveren bij onze klant {customer} in {city}, [op {date}|zo snel mogelijk], neutraal
+ verpakt en zonder prijzen op de pakbon.
[De factuur moet wel naar ons, niet naar de klant.|Wilt u ons de track-and-tracecode sturen zodra het
+ verzonden is?]
# Drukproef akkoord – order {po} | Akkoord proef, graag drukken | Opdracht drukwerk {po}
De drukproef ziet er goed uit, [alleen het telefoonnummer op de achterkant moet nog worden
+ aangepast|wij gaan akkoord zoals hij is].
U mag [{n}.000 stuks|{n}00 exemplaren] [visitekaartjes|folders|briefpapier|etiketten] drukken, conform uw
+ offerte {quote}.
Ons ordernummer is {po}. [Graag uiterlijk {date} bij ons op kantoor.|Graag verdeeld over twee dozen, één
+ daarvan voor onze vestiging in {city}.]
# Lunch bestellen {date} | Bestelling lunch {n}0 personen | Catering vergadering zaal {room}
Wij bestellen graag een lunch voor {n}0 personen op {date}, [te bezorgen om {time}|klaar om
+ {time}] in zaal {room}.
[Graag broodjes, soep en fruit, waarvan vier vegetarisch.|Graag het lunchbuffet zoals de vorige keer, met
+ twee glutenvrije porties.]
Factuur naar [onze administratie|de afdeling facilitair] onder vermelding van {po}.
# Bevestiging telefonische bestelling | Zoals besproken: order {po} | Schriftelijke bevestiging bestelling
Zoals [vanmorgen|zojuist] telefonisch besproken, bevestig ik hierbij schriftelijk onze bestelling:
{items}
[Prijs zoals afgesproken, inclusief transport.|Tegen de prijzen van uw laatste offerte {quote}.] Ons
+ referentienummer is {po}.

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
# Nieuwe offerte {product} | Zelfde als order {po}, actuele prijs? | Prijs herhaalbestelling
Vorig jaar hebben wij bij u [order {po}|een partij {product}] besteld [en daar waren we erg tevreden
+ over|onder ordernummer {po}].
Wij willen [binnenkort opnieuw bestellen|dit jaar weer bestellen], dit keer {n}00 stuks. Kunt u ons een
+ actuele prijs en levertijd geven?
[Graag met dezelfde specificaties als toen.|Als er een opvolger van het artikel is, horen we dat ook graag.]
# Transportaanvraag | Prijs voor vervoer {n} pallets | Offerte transport vanuit {city}
Wij zoeken vervoer voor {n} [europallets|blokpallets|colli], [circa 600 kg per stuk|niet stapelbaar], van
+ ons magazijn in {city} naar [Antwerpen|Duisburg|Lyon|Milaan].
Ophalen [op {date}|in de week van {date}]; [op het losadres is een laadklep nodig|lossen met een heftruck is
+ mogelijk].
Wat zou dat kosten, en [kunt u ook een retourlading meenemen?|hoe lang is de transittijd?]
# Personeelsfeest – offerte zaal en catering | Zaalhuur {date}? | Aanvraag {n}0 personen
Wij organiseren [ons personeelsfeest|een klantenavond|een jubileumfeest] op {date} voor ongeveer
+ {n}0 personen.
Is uw locatie die avond beschikbaar, en wat zou [zaalhuur inclusief buffet en drankjes|een arrangement met
+ diner en dj] kosten?
[We hebben een beperkt budget, dus graag ook een eenvoudige variant.|Graag ontvangen we een offerte met
+ de opties, zodat we intern kunnen kiezen.]
# Relatiegeschenken met logo | Prijsaanvraag bedrukte artikelen | Offerte merchandise
Wij zoeken [bedrukte pennen|drinkflessen|katoenen tassen|powerbanks] met ons logo, zo'n {n}00 stuks, voor
+ [{event}|onze klanten aan het eind van het jaar].
[Wat zijn de kosten inclusief bedrukking en een digitale proef?|Kunt u een paar voorbeelden en prijzen
+ sturen?] [Ze moeten vóór {date} binnen zijn.|Ons logo is maar één kleur, dat scheelt misschien.]
# Prijsvoorstel software | Offerte {n}0 licenties | Overstap naar uw pakket – kosten?
Wij overwegen over te stappen op uw [boekhoudsoftware|planningssoftware|CRM-systeem] en willen graag een
+ prijsvoorstel voor {n}0 gebruikers.
[Graag inclusief implementatie, migratie van onze huidige gegevens en een training.|Kunt u ook aangeven wat
+ de jaarlijkse kosten na het eerste jaar zijn?]
[Een demo op {date} zou ook fijn zijn.|Wij beslissen in {month}.]
# Vraag tot prijsofferte | Schilderwerken kantoor {city} | Prijsofferte renovatie
Graag hadden wij een prijsofferte ontvangen voor [het schilderen van onze kantoren|de renovatie van het
+ sanitair|het vervangen van de vloerbekleding] in onze vestiging te {city}, circa {n}00 m².
De werken zouden moeten gebeuren [tijdens het bouwverlof|in {month}|buiten de kantooruren].
Gelieve uw offerte te bezorgen vóór {date}. [Een plaatsbezoek kan in overleg met {colleague}.|Plannen en
+ foto's kunnen wij op verzoek bezorgen.]
# Kunt u scherper? | Tegenbod offerte {product} | Uw prijs voor {product}
Wij hebben van een andere leverancier een offerte gekregen voor {n}00 x {product} [die ongeveer
+ {percent}% lager ligt|voor in totaal {amount}].
[We werken liever met u, maar dan moet de prijs wel in de buurt komen.|Kunt u daar een scherper aanbod
+ tegenover zetten?] [Graag hoor ik vóór {weekday} van u.|Levertijd is voor ons ook belangrijk.]
# Monsters en prijsindicatie | Aanvraag samples {product} | Proefmonsters gevraagd
Kunt u ons [een paar monsters|enkele proefexemplaren] sturen van {product}?
Bij goedkeuring verwachten wij zo'n {n}.000 stuks per jaar af te nemen, [in deelleveringen per
+ kwartaal|op afroep]. Graag ook een indicatieve prijs [per stuk|per staffel].
# Offerte leasebusjes | Leasevoorstel {n} bedrijfswagens | Aanvraag operational lease
Wij willen ons wagenpark uitbreiden met {n} [bestelbussen|elektrische bedrijfswagens], op basis van
+ operational lease.
Graag een voorstel voor [48|60] maanden en circa [20.000|30.000] km per jaar, [inclusief onderhoud,
+ banden en verzekering|met en zonder inrichting voor gereedschap].
[Levering in {month} zou ideaal zijn.|Hoe lang is de levertijd op dit moment?]
#! Nieuwe offerteaanvraag via website | Contactformulier: offerte {product} | Webformulier – prijsaanvraag
Er is een nieuw bericht verstuurd via het offerteformulier op uw website.
Bedrijf: {customer}. Contactpersoon: {sender}. Plaats: {city}.
Vraag: [Wij willen graag een prijs voor {n}00 stuks {product}, levering vóór {date}.|Kunt u een offerte
+ maken voor de levering en montage van {product}? Aantal: {n}.]
[Gewenst: terugbellen.|Gewenst: reactie per e-mail.]
# Offerte nieuwe webshop | Aanvraag: website met webshop | Wat kost een webshop?
Wij zijn een [groothandel in tuinartikelen|bakkerij met drie winkels|fietsenzaak] in {city} en willen [onze
+ huidige website vervangen door een webshop|voortaan ook online verkopen].
Het gaat om zo'n {n}00 producten, [met een koppeling naar ons kassasysteem|met betalen via iDEAL en
+ Bancontact|met een aparte inlog voor zakelijke klanten].
[Kunt u een indicatie geven van de kosten voor bouw en onderhoud?|Graag ontvangen wij een voorstel met
+ planning en prijs.] [Ons budget ligt rond de {amount}.|We willen vóór {month} live zijn.]
# Vertaling contracten – offerte | Prijs vertaling Nederlands-Frans | Offerte beëdigde vertaling
Wij hebben [{n} contracten|een handleiding van circa {n}0 pagina's|onze algemene voorwaarden] die vertaald
+ moeten worden [van het Nederlands naar het Frans en Duits|naar het Engels].
[Voor de contracten is een beëdigde vertaling nodig.|Het gaat om technische teksten over {product}.] Kunt u
+ laten weten wat uw tarief per woord is en hoe snel u kunt leveren?
[De teksten stuur ik u graag toe zodra u een geheimhoudingsverklaring heeft getekend.|De vertalingen moeten
+ uiterlijk {date} klaar zijn.]
# Offerte verhuizing kantoor | Verhuizing naar {city} – kosten? | Aanvraag verhuisofferte
In {month} verhuizen wij met {n}0 werkplekken naar een nieuw pand in {city}.
Wij zoeken een verhuizer die [ook de IT-apparatuur veilig loskoppelt en weer aansluit|in het weekend kan
+ verhuizen, zodat we maandag gewoon kunnen werken|ook het archief en de kluis meeneemt].
[Kan er iemand komen kijken voor een goede inschatting?|Graag een vaste prijs inclusief verhuisdozen en
+ verzekering.] [Ons huidige kantoor zit op de derde verdieping, met lift.|Op het nieuwe adres is een
+ laadperron.]
# Onderhoud dit jaar – nieuwe offerte | Jaarlijks onderhoud, nu ook {city} | Offerte onderhoud {month}
Vorig jaar heeft u [het jaarlijkse onderhoud van onze koelinstallaties|het onderhoud aan onze heftrucks|de
+ keuring van onze elektrische installatie] uitgevoerd; dat was factuur {inv} van {amount}.
Dit jaar laten we dat graag weer door u doen, [en dan ook voor onze nieuwe vestiging in {city}|maar nu met
+ {n} extra machines].
[Kunt u een nieuwe offerte maken, zodat ik die intern kan laten goedkeuren?|Zijn de tarieven van vorig jaar
+ nog geldig, of stuurt u een nieuwe prijsopgave?] [Het liefst voeren we het uit in {month}.|Graag ontvang
+ ik de offerte vóór {date}.]
# Loonwerk {month} – prijs? | Offerte maïs hakselen | Beschikbaarheid loonwerk
Zou u dit jaar voor ons [{n}0 hectare maïs kunnen hakselen|de mest kunnen uitrijden op {n}0 hectare|de
+ grasoogst kunnen doen]?
[Het gaat om percelen rond {city}.|De percelen liggen allemaal binnen een paar kilometer van ons erf.] Graag
+ hoor ik uw prijs per hectare, [en of u in {month} nog plek heeft|inclusief transport naar de kuil].
[Vorig jaar viel onze vaste loonwerker op het laatste moment uit, dus ik wil het nu op tijd regelen.|Een
+ prijs per uur is ook goed.]
# Offerte hoog-laagbedden | Aanvraag zorgbedden | Prijsaanvraag voor onze zorglocatie
Voor [onze nieuwe zorglocatie|de uitbreiding van ons verpleeghuis] in {city} zoeken wij {n}0
+ [hoog-laagbedden met matras|elektrische zorgbedden] en [bijpassende nachtkastjes|een aantal tilliften].
[Graag ontvangen wij een offerte voor zowel koop als huur, inclusief onderhoud en jaarlijkse keuring.|Kunt u
+ ook aangeven wat de levertijd is en of u de installatie ter plaatse verzorgt?]
[Een proefbed voor een paar weken zou onze zorgmedewerkers helpen kiezen.|Wij moeten intern vóór {date} een
+ keuze maken.]
# Offerte doosjes met opdruk | Verpakkingen bedrukken – prijs | Aanvraag: productverpakking
Voor onze nieuwe lijn [thee|zeep|chocolade|kaarsen] zoeken wij een drukker voor de verpakking.
Het gaat om [vouwdoosjes van ongeveer 10 x 6 x 4 cm|kokers met deksel|zakjes met venster], full colour
+ bedrukt, in een oplage van [{n}.000|{n}0.000] stuks.
[Wat zijn de kosten, inclusief stansvorm en proefdruk?|Kunt u ook prijzen geven voor een tweede oplage?]
+ [Duurzaam karton heeft onze voorkeur.|Het ontwerp ligt al klaar.]
# Vaste prijs voor algemene voorwaarden? | Offerte juridisch advies | Kosten opstellen contract
Wij willen onze [algemene voorwaarden|standaard dienstverleningsovereenkomst|arbeidscontracten] laten
+ [opstellen|herzien] door een jurist, [zodat ze aansluiten bij onze webshop|omdat we nu ook in België
+ leveren].
Werkt u voor zoiets met een vaste prijs of op uurbasis? [Een inschatting van het aantal uren is ook
+ prima.|Graag vooraf een indicatie.]
[Wij zijn een bedrijf met {n}0 medewerkers.|Kennismaken kan deze week al, bij ons of op uw kantoor.]
# Offerte laadpalen | Laadpalen op ons parkeerterrein | Prijsaanvraag laadinfrastructuur
Wij willen op ons parkeerterrein in {city} [{n} laadpalen|een aantal laadpunten] laten plaatsen voor [de
+ leaseauto's van onze medewerkers|onze elektrische bestelbusjes en voor bezoekers].
[Kunt u ons een offerte sturen voor levering en installatie, inclusief de aansluiting op de
+ meterkast?|Graag een prijsopgave inclusief installatie, onderhoud en een systeem om de laadkosten af te
+ rekenen.] [Wij weten niet of onze huidige aansluiting zwaar genoeg is; kunt u dat meenemen?|U kunt
+ uiteraard eerst komen kijken.]
[Wij willen graag vóór {date} een beslissing nemen.|Is er subsidie mogelijk, dan horen wij dat graag.]
# Offerte palletstellingen | Stellingen voor ons nieuwe magazijn | Prijsaanvraag magazijninrichting
Voor ons nieuwe magazijn in {city} zijn wij op zoek naar [palletstellingen voor ongeveer {n}00
+ palletplaatsen|legbordstellingen en een entresolvloer].
De hal is [circa 30 bij 50 meter|ongeveer 1.500 m²] met een vrije hoogte van [8|10] meter; [de plattegrond
+ zit in de bijlage|een tekening kunnen wij nasturen].
[Graag een offerte inclusief montage en de verplichte keuring.|Kunt u ook een voorstel doen voor de
+ indeling, zodat we zoveel mogelijk plaatsen halen?] [Wij willen het magazijn in {month} in gebruik
+ nemen.|Montage zou in week {n} moeten kunnen.]
# Offerte boekhouding en loonadministratie | Nieuw administratiekantoor gezocht | Kosten jaarrekening en
+ aangiftes
Wij zijn een [bouwbedrijf|groothandel|installatiebedrijf] met {n} medewerkers en zoeken per [1 januari|{date}]
+ een nieuw administratiekantoor.
Graag ontvangen wij een offerte voor [de jaarrekening, de btw-aangiftes en de loonadministratie|de
+ volledige financiële administratie, inclusief salarisverwerking].
[Wij boeken zelf in een online boekhoudpakket en zoeken vooral iemand voor controle en advies.|Onze
+ administratie is nu deels nog op papier, dus wij zoeken ook hulp bij de overstap naar een online
+ pakket.] [Kunt u een vaste prijs per jaar noemen?|Graag ook uw uurtarief voor werk buiten het
+ abonnement.]
# Offerte groenonderhoud | Onderhoud buitenterrein {city} | Prijs voor tuinonderhoud bedrijfspand
Wij zoeken een hovenier voor het onderhoud van het groen rond ons bedrijfspand in {city}: [gazon maaien,
+ hagen snoeien en de borders bijhouden|ongeveer 800 m² gras en een rij bomen langs de parkeerplaats].
Kunt u een offerte maken voor [een jaarcontract met vaste bezoeken|onderhoud van april tot en met oktober,
+ eens per twee weken]? [Onkruid op de bestrating en bladruimen in het najaar graag apart
+ vermelden.|Het snoeiafval moet u zelf afvoeren.] [U bent welkom om eerst te komen kijken.|Wij ontvangen
+ de offerte graag vóór {date}.]
# Offerte camerabewaking en alarm | Beveiliging bedrijfspand {city} | Prijsaanvraag inbraakbeveiliging
Na [een inbraak in ons magazijn vorige maand|een reeks inbraken op ons bedrijventerrein] willen wij de
+ beveiliging van ons pand in {city} flink verbeteren.
Wij denken aan [een inbraakalarm met doormelding naar een meldkamer|camera's bij de ingangen en het
+ laadperron|een alarmsysteem met camera's die we via een app kunnen bekijken]. [Het pand is ongeveer {n}00
+ m², kantoor en hal samen.|Er zijn twee ingangen, vier roldeuren en een omheind buitenterrein.]
[Kunt u langskomen voor een inventarisatie en ons daarna een offerte sturen?|Graag een offerte inclusief
+ installatie en een onderhoudscontract met alarmopvolging.] [Onze verzekeraar eist minimaal borgklasse
+ 2.|Liefst hebben we het vóór {month} geregeld.]
# Offerte fietslease voor medewerkers | Leasefietsen – wat zijn de mogelijkheden? | Prijsaanvraag fietsplan
Wij willen onze medewerkers de mogelijkheid bieden om [via ons een (elektrische) fiets te leasen|een e-bike of
+ speedpedelec van de zaak te rijden] voor het woon-werkverkeer.
Het gaat om [ongeveer {n}0 medewerkers|een bedrijf met {n}0 mensen], van wie naar verwachting een deel
+ meedoet. [Kunt u een voorstel sturen met de maandtarieven, inclusief verzekering en onderhoud?|Wij horen
+ graag hoe de kosten tussen werkgever en werknemer worden verdeeld, en wat er gebeurt als iemand uit dienst
+ gaat.]
[Een korte presentatie voor ons personeel zou ook welkom zijn.|Wij willen de regeling per {date} invoeren.]
# Offerte asbestinventarisatie | Asbestonderzoek vóór verbouwing | Prijs asbestinventarisatie pand {city}
Wij gaan [ons bedrijfspand uit de jaren zeventig|de oude loods achter ons kantoor] in {city}
+ [verbouwen|gedeeltelijk slopen] en hebben daarvoor eerst een asbestinventarisatie nodig.
Het gaat om circa {n}00 m²; [het dak bestaat uit golfplaten|in de kantoren zitten nog oude systeemplafonds en
+ vloertegels]. [Kunt u ook een prijs geven voor het eventueel verwijderen?|Wij zoeken alleen het onderzoek en
+ het rapport voor de sloopmelding.]
[Hoe snel kunt u het onderzoek uitvoeren?|De aannemer wil in {month} beginnen, dus de planning is krap.]
+ [Graag uw prijs vóór {date}.|]
# Offerte arbodienstverlening | Op zoek naar een nieuwe arbodienst | Prijsaanvraag verzuimbegeleiding
Wij zijn een [transportbedrijf|productiebedrijf|thuiszorgorganisatie] met {n}0 medewerkers en zoeken per
+ {date} een nieuwe arbodienst.
Graag ontvangen wij een offerte voor [verzuimbegeleiding met een vaste bedrijfsarts|een basiscontract met de
+ wettelijke taken, zoals de toetsing van onze RI&E en een PMO|een abonnement met een vast bedrag per
+ medewerker per jaar].
[Ons verzuim ligt rond de {percent}%, dus vooral de begeleiding bij langdurig verzuim is voor ons
+ belangrijk.|Wij willen graag weten wat er in de vaste prijs zit en wat u los rekent, zoals extra spreekuren
+ en rapportages.] [Een kennismakingsgesprek is welkom.|Wij beslissen in {month}.]

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
# Factuur {inv} hoger dan offerte | Meerwerk niet afgesproken | Bezwaar tegen factuur {inv}
Op factuur {inv} staat een totaal van {amount}, terwijl in uw offerte {quote} een [vaste prijs|veel lager
+ bedrag] was afgesproken.
[Er is meerwerk in rekening gebracht waar nooit met ons over is overlegd.|Er staan voorrijkosten en extra
+ uren op die nergens zijn aangekondigd.]
[Wij betalen het bedrag uit de offerte en verwachten voor de rest een creditnota.|Ik ga hier niet mee
+ akkoord en verwacht een toelichting.]
# Schade aan ons pand | Chauffeur heeft poort beschadigd | Schade bij levering {date}
Bij de levering op {date} heeft de chauffeur [van {carrier}|die uw goederen bracht] bij het
+ [achteruitrijden|lossen] [onze toegangspoort|de gevel|een geparkeerde auto] beschadigd.
[Hij is daarna gewoon doorgereden zonder iets te melden.|Wij hebben alles op camera.] Foto's zijn
+ bijgevoegd.
Wij stellen u aansprakelijk voor de schade en verwachten [uw reactie binnen {days} dagen|de gegevens
+ van uw verzekeraar].
# Slordig werk | Oplevering {date} – niet in orde | Klacht over de uitvoering
Vorige week [zijn de airco's geïnstalleerd|is het schilderwerk uitgevoerd|is de nieuwe vloer gelegd] in ons
+ kantoor in {city}, en we zijn er allesbehalve blij mee.
[Overal zit stof en vuil,|Het werk is op meerdere plekken niet afgemaakt,|Er is van alles beschadigd,] en
+ [het afval is gewoon achtergelaten|er is niet eens opgeruimd].
[Wanneer komt iemand dit herstellen?|Wij houden de laatste termijn in tot alles in orde is.]
# Al betaald! | Onterechte aanmaning factuur {inv} | Stop met herinneringen sturen
Wij krijgen van u [de ene herinnering na de andere|nu zelfs een aanmaning met incassokosten] voor factuur
+ {inv}, terwijl die op {date} al is betaald.
[Het betaalbewijs heb ik u al twee keer gestuurd.|Het betaalbewijs zit opnieuw in de bijlage.] Blijkbaar
+ kijkt er bij u niemand naar.
[Zorg dat uw administratie op orde komt en trek de kosten in.|Ik wil een schriftelijke bevestiging dat
+ de factuur voldaan is.]
# Niet op voorraad, maar niets gemeld | Order {po}: waarom hoorden we niets? | Backorder niet gemeld
Pas nadat ik zelf [had gebeld|navraag had gedaan], hoorde ik dat {product} uit order {po} niet op voorraad
+ is.
[In uw orderbevestiging stond een levering op {date}.|Uw webshop gaf aan dat alles direct leverbaar was.]
+ [Wij hebben dit aan onze eigen klant beloofd.|Daardoor ligt een project bij ons stil.]
Dit had u ons meteen moeten laten weten. [Ik wil nu een harde leverdatum.|Kunt u het elders voor ons
+ regelen?]
# Lunch {date} | Catering was ondermaats | Klacht over de lunch van {weekday}
De lunch die [op {date}|{weekday}] voor onze vergadering werd geleverd, was [een half uur te laat en
+ koud|veel te weinig voor {n}0 personen|niet wat we besteld hadden].
[De vegetarische broodjes ontbraken helemaal.|Voor een klantbijeenkomst was dit echt gênant.]
[Wij vinden de volledige prijs niet terecht.|Graag een voorstel voor compensatie.]
# Schoonmaak | Kantoor wordt slecht schoongemaakt | Alweer niet schoongemaakt
Al [weken|een paar weken] wordt ons kantoor slecht schoongemaakt: [prullenbakken worden niet geleegd|de
+ toiletten zijn vies] en [in de keuken staat alles nog zoals we het achterlieten|er wordt niet gestofzuigd].
Ik heb het al [twee keer|meerdere keren] bij uw medewerkers aangekaart, zonder resultaat.
[Als dit niet snel verbetert, zeggen wij het contract op.|Ik wil hier op korte termijn over spreken met uw
+ rayonmanager.]
# Ingebrekestelling | Formele klacht – wanprestatie | Niet nakomen overeenkomst
Ondanks herhaalde verzoeken heeft u [de overeengekomen werkzaamheden|de levering van {product} conform de
+ overeenkomst] nog altijd niet uitgevoerd.
Hierbij stellen wij u in gebreke en geven u een laatste termijn van {days} dagen om de overeenkomst alsnog
+ na te komen.
Blijft nakoming uit, dan [ontbinden wij de overeenkomst en verhalen wij de schade op u|laten wij het werk
+ door een derde uitvoeren, op uw kosten].
# Kwaliteit {product} | Even een klacht | Veel uitval laatste partij
Hoi {name}, ik moet toch even mijn beklag doen. De laatste [twee|paar] leveringen {product} zijn echt
+ minder dan we van jullie gewend zijn.
[Bij de laatste partij was bijna {percent}% onbruikbaar.|Onze monteurs klagen er steeds vaker over.] [Is er
+ iets veranderd in de productie?|Zijn jullie van leverancier gewisseld?] [Bel je even?|Ik hoor het graag.]
# Garantieclaim afgewezen | Bezwaar afwijzing garantie | Niet akkoord met uw beoordeling
U heeft onze garantieclaim voor [de {product}|de heftruck|de koelkast] afgewezen met als reden
+ [verkeerd gebruik|normale slijtage].
Daar zijn wij het absoluut niet mee eens: het apparaat is [pas {n} maanden oud|volgens de handleiding
+ gebruikt en onderhouden].
[Wij verzoeken u de afwijzing te heroverwegen.|Wij willen een onafhankelijke expert laten kijken.] [Anders
+ schakelen wij onze rechtsbijstand in.|Graag uw reactie binnen {days} dagen.]
# Factuur {inv} – prijs klopt niet met contract | Prijsverhoging zonder overleg? | Vraag over tarief op
+ factuur {inv}
Bij het controleren van factuur {inv} viel ons op dat u voor {product} [een hogere prijs|ruim {percent}%
+ meer] rekent dan in onze [jaarovereenkomst|raamovereenkomst] is vastgelegd.
[Een prijsverhoging is ons nergens aangekondigd,|Wij hebben over een nieuwe prijs nooit iets ontvangen,] en
+ volgens het contract liggen de prijzen vast tot {date}.
[Wilt u de factuur corrigeren naar de afgesproken prijs?|Wij betalen voorlopig het bedrag volgens de
+ contractprijs en zien graag een creditnota voor het verschil tegemoet.]
[Wij gaan ervan uit dat het om een vergissing gaat.|Ik hoor graag hoe dit zo gekomen is.]
# Drukwerk order {po} | Folders verkeerd gedrukt | Dit is niet wat wij hebben goedgekeurd
De [folders|brochures|flyers|posters] uit order {po} zijn vanochtend geleverd, maar ze wijken duidelijk af
+ van de drukproef die wij hebben goedgekeurd.
[Onze huisstijlkleur is eerder oranje dan rood geworden,|Het logo is onscherp en aan de rand valt tekst
+ weg,|De vouw zit scheef, zodat de tekst op de voorkant half wegvalt,] [en zo kunnen wij ze echt niet
+ uitdelen|en daar kunnen wij ons als bedrijf niet mee vertonen].
[Wij hebben ze nodig voor {event} op {date},|Over {n} dagen staan wij ermee op {event},] dus [wij verwachten
+ vóór die datum een herdruk op uw kosten|graag hoor ik vandaag nog hoe u dit oplost].
# Houdbaarheid levering {po} | Producten bijna over de datum geleverd | Order {po}: te korte houdbaarheid
In de levering van order {po} zaten [{n} dozen|meerdere verpakkingen] [verbandmiddelen|steriele
+ handschoenen|infuussets|wondverzorgingsproducten] met een houdbaarheidsdatum van [over minder dan een
+ maand|{date}].
Volgens onze afspraken garandeert u minimaal [twaalf|zes] maanden resthoudbaarheid; [in een zorginstelling
+ kunnen wij dit zo niet op voorraad leggen|zoveel kunnen wij in die tijd nooit verbruiken].
[Wilt u deze artikelen laten ophalen en vervangen door een nieuwe partij?|Graag een vervangende levering en
+ een retourlabel voor de huidige partij.] [Het gaat om lotnummer {n}{n}{n}.|Foto's van de etiketten zijn
+ bijgevoegd.]
# Onze bijeenkomst van {date} | {event} – niet zoals afgesproken | Terugblik op {event} en uw factuur
Op {date} hebben wij [{event}|ons klantencongres|onze jaarlijkse relatiedag] bij u georganiseerd, en eerlijk
+ gezegd verliep de dag [heel anders dan afgesproken|ver onder de maat].
[De beamer in zaal {room} werkte pas na een half uur,|Het was veel te warm in de zaal omdat de airco het
+ niet deed,|Er was maar koffie voor de helft van de gasten,] en [ons aanspreekpunt was de hele middag
+ onvindbaar|de lunch kwam een uur te laat].
Voor onze gasten, onder wie belangrijke klanten, was dat [pijnlijk|behoorlijk gênant]. [Wij vinden het
+ redelijk dat u een deel van factuur {inv} crediteert.|Voordat wij factuur {inv} betalen, willen wij graag
+ met u bespreken welke tegemoetkoming hier tegenover staat.]
# Pakket nooit ontvangen – order {po} | Volgens {carrier} afgeleverd, maar niet bij ons | Waar is onze
+ zending?
Volgens de track-and-trace ({track}) is onze bestelling {po} op {date} afgeleverd, maar bij ons is niets
+ binnengekomen.
[Niemand van onze receptie heeft iets getekend,|Bij de buren is ook niets afgegeven,] en [op de bezorgfoto
+ staat het pakket voor een deur die niet de onze is|de handtekening bij de aflevering kent hier niemand].
[U heeft de bestelling al gefactureerd, dus wij verwachten dat u dit met {carrier} uitzoekt en intussen
+ opnieuw verstuurt.|Graag een nieuwe zending; de claim bij de vervoerder laten wij aan u over.]
# Sinds de migratie niets dan problemen | Problemen na overstap | Migratie {date} – dringend
Sinds u op {date} onze [mailomgeving|server|boekhouding] naar de cloud heeft overgezet, [komen er mails niet
+ aan|zijn er bestanden uit de gedeelde mappen verdwenen|kunnen {n} collega's niet meer inloggen].
[Uw helpdesk zegt steeds dat ernaar gekeken wordt, maar er gebeurt niets.|Ons was beloofd dat niemand iets
+ van de overstap zou merken.] [Zo kunnen wij niet werken.|Onze medewerkers zijn inmiddels uren kwijt.]
[Ik wil dat er morgen iemand bij ons op locatie is om dit op te lossen.|De uren die hieraan worden besteed,
+ ga ik in elk geval niet betalen.]
# Korting niet verrekend | Factuur {inv} – toegezegde korting ontbreekt | Vraag over uw factuur {inv}
Bij het afsluiten van [ons contract|de bestelling] heeft uw vertegenwoordiger ons [een korting van
+ {percent}%|de eerste drie maanden gratis] toegezegd.
Op factuur {inv} [zie ik daar helaas niets van terug|wordt gewoon het volle tarief berekend]. [Zijn
+ bevestiging per mail heb ik nog; die stuur ik mee.|Dat was voor ons juist de reden om voor u te kiezen.]
[Zou u de factuur willen aanpassen?|Wilt u dit rechtzetten en ons een gecorrigeerde factuur sturen?] [Tot
+ die tijd houden wij de betaling even aan.|Bij voorbaat dank.]
# Plantgoed in slechte staat aangekomen | Levering jonge planten {date} | Levering van {weekday} – veel
+ uitval
De [jonge planten|stekken|pootaardappelen|slaplantjes] die op {date} bij ons op het bedrijf zijn geleverd,
+ waren [grotendeels uitgedroogd|deels beschimmeld|tijdens het transport bevroren].
[Naar schatting is {percent}% niet meer bruikbaar.|Een groot deel kunnen wij niet meer uitplanten.] [Dat
+ zagen we pas toen de folie eraf ging; de chauffeur was toen al weg.|De foto's die wij meteen hebben
+ gemaakt, zitten in de bijlage.]
[Kunt u op korte termijn vervangend plantgoed leveren? Het plantseizoen wacht niet.|De onbruikbare planten
+ betalen wij niet; wij verwachten een creditering.]
# Training van {date} | Reactie op de training van {weekday} | Teleurstellende workshop
Op {date} heeft uw trainer bij ons [een training timemanagement|een workshop Excel voor gevorderden|de
+ cursus leidinggeven] gegeven voor {n} medewerkers.
[De inhoud was veel te basaal en kwam niet overeen met het programma dat we samen hadden afgestemd.|De
+ trainer was duidelijk niet voorbereid en begon een uur te laat.] [De evaluaties van de deelnemers zijn dan
+ ook slecht.|Meerdere collega's vroegen zich af waarom we hiervoor betalen.]
Wij vinden het lastig om hiervoor het volledige bedrag te betalen. [Kunnen we bespreken hoe u dit wilt
+ oplossen?|Wij stellen voor dat u kosteloos een vervolgsessie verzorgt, met een andere trainer.]
# Boete Belastingdienst | Aangifte te laat ingediend | Verzuimboete btw {month}
Vandaag ontvingen wij een verzuimboete van {amount}, omdat onze btw-aangifte over [{month}|het vorige
+ kwartaal] te laat is ingediend.
Wij hadden alle stukken [ruim op tijd|al op {date}] bij uw kantoor aangeleverd; het indienen lag volledig
+ bij u.
[Wij gaan ervan uit dat u deze boete voor uw rekening neemt.|Ik verwacht dat u het bedrag verrekent met uw
+ volgende declaratie.] [Het is niet de eerste keer dat een termijn bij u bijna verloopt.|Graag ook een
+ verklaring van hoe dit heeft kunnen gebeuren.]
# Overlast bouwplaats naast ons pand | Uw bouwverkeer blokkeert onze inrit | Bouwwerkzaamheden {city}
Wij zijn gevestigd naast uw bouwplaats aan [de Industrieweg|de Havenstraat|de Nijverheidslaan] in {city}.
Al [twee weken|sinds {date}] [parkeren uw onderaannemers hun busjes voor onze laaddeur|blokkeren uw
+ vrachtwagens 's ochtends onze inrit|ligt er modder en puin op onze parkeerplaats], waardoor [onze eigen
+ leveringen niet binnen kunnen komen|onze klanten niet kunnen parkeren].
[Verzoeken aan uw uitvoerder ter plaatse hebben niets opgeleverd.|Uw mensen reageren er nogal lacherig op.]
+ [Wilt u hier vandaag nog een einde aan maken?|Gebeurt het na {weekday} nog een keer, dan schakelen wij de
+ gemeente in.]
# Container niet geleegd | Alweer niet geleegd | Afvalcontainer {city}
Onze [restafvalcontainer|papiercontainer|container voor bedrijfsafval] is [{weekday}|deze week] weer niet
+ geleegd en puilt nu uit. [Graag morgen alsnog.|Dat is de tweede keer deze maand, en we betalen er wel
+ gewoon voor.]
# Factuur {inv} twee keer afgeschreven | Dubbele facturatie order {po} | Zelfde levering twee keer
+ gefactureerd
Voor de levering van order {po} hebben wij [twee facturen ontvangen|naast factuur {inv} nog een tweede
+ factuur ontvangen] met [precies hetzelfde bedrag|dezelfde regels], namelijk {amount}.
[Via de automatische incasso is het bedrag ook nog eens twee keer van onze rekening gehaald.|Onze
+ crediteurenadministratie heeft de dubbele factuur gelukkig op tijd tegengehouden.]
[Wilt u het teveel afgeschreven bedrag binnen {days} dagen terugstorten?|Graag een creditnota voor de
+ dubbele factuur, dan kunnen wij dit afsluiten.] [Het is al de tweede keer dit jaar dat dit gebeurt.|Ik
+ ga ervan uit dat u uw facturatie hierop nog eens naloopt.]
# Niet besteld, wel gefactureerd | Ongevraagde levering | Factuur {inv}: dit hebben wij niet besteld
Vandaag kregen wij [{n} dozen {product}|een pakket tonercartridges|een zending kantoorartikelen] binnen,
+ met factuur {inv} van {amount}, terwijl niemand bij ons dit heeft besteld.
[Uw medewerker zegt dat het om een "automatische nalevering" gaat, maar zo'n afspraak hebben wij nooit
+ gemaakt.|In onze administratie is voor deze levering geen enkele inkooporder te vinden.]
[Wij betalen deze factuur niet; de goederen staan hier klaar om opgehaald te worden.|Graag een
+ creditnota en een retourlabel op uw kosten.] [En haal ons alstublieft uit dat automatische
+ bestelprogramma.|Wij gaan ervan uit dat dit niet nog eens gebeurt.]
# Retour emballage niet gecrediteerd | Pallets van {date} nog steeds niet verrekend | Statiegeld kratten
+ klopt niet
Op {date} heeft uw chauffeur [{n}0 europallets|{n}0 lege kratten|{n} rolcontainers] bij ons opgehaald,
+ [netjes afgetekend op de vrachtbrief|met een getekende retourbon].
Toch is de emballagewaarde daarvan [nog altijd niet gecrediteerd|op uw laatste factuur {inv} nog steeds
+ niet verrekend], en ons emballagesaldo bij u klopt al maanden niet met onze eigen telling.
[Wij verwachten een creditnota van {amount} en een gecorrigeerd saldo-overzicht.|Zolang dit niet is
+ rechtgezet, verrekenen wij het bedrag met uw volgende factuur.] [Een kopie van de retourbon zit in de
+ bijlage.|Ik heb dit al eerder telefonisch gemeld.]
# Kleurverschil nalevering | Reclamatie order {po} – andere partij, andere kleur | Nalevering wijkt af
De nalevering van [vloertegels|gevelstenen|verf in RAL 7016|meubelstof] uit order {po} komt uit een
+ andere productiepartij en wijkt [zichtbaar|duidelijk] af van de eerste levering.
[Naast elkaar verwerkt zie je het kleurverschil van meters afstand.|Onze vakmensen weigeren het zo te
+ verwerken, want het valt meteen op.] [Bij de bestelling hebben wij nog uitdrukkelijk gevraagd alles
+ uit één partij te leveren.|Het werk bij onze opdrachtgever ligt nu stil.]
[Wij verwachten dat u binnen {days} dagen materiaal uit de juiste partij levert.|Graag hoor ik vandaag
+ nog welke oplossing u biedt; de extra arbeidskosten verhalen wij op u.]
# Reparatie {n}{n}{n} – nog steeds kapot | Terug van reparatie, probleem niet opgelost | Reparatie niet
+ goed uitgevoerd
Onze [laptop|kassa|handscanner|labelprinter] is gisteren teruggekomen van reparatie, maar [het
+ oorspronkelijke gebrek is er nog steeds|hij start nu helemaal niet meer].
[Bovendien zit er een flinke kras op de behuizing die er eerst niet was.|Ook ontbreekt de voedingskabel
+ die we hebben meegestuurd.] En toch heeft u [{amount} aan reparatiekosten|het volledige
+ reparatiebedrag] in rekening gebracht.
[Wij sturen het apparaat terug en verwachten kosteloos herstel.|Factuur {inv} betalen wij pas als het
+ apparaat echt werkt.] [Graag binnen {days} dagen, want wij hebben het dagelijks nodig.|Ik ben hier
+ eerlijk gezegd behoorlijk ontevreden over.]
# Zending niet opgehaald | Ophaalopdracht {date} niet uitgevoerd | Niemand gekomen voor ophalen zending
Wij hadden voor {date} een ophaalopdracht bij u [geboekt en bevestigd gekregen|ingepland om {time} uur],
+ maar er is niemand gekomen.
[Daardoor is de zending naar onze klant in {city} een dag te laat aangekomen|Daardoor hebben wij de
+ leverdatum bij onze klant gemist], en [die brengt ons nu een boete in rekening|wij moesten op het
+ laatste moment een dure spoedkoerier inschakelen].
Navragen bij uw planning leverde alleen een standaardmail op. [Wij verwachten dat u de vracht voor deze
+ rit crediteert en de extra kosten vergoedt.|Wij stellen u aansprakelijk voor de schade en verwachten
+ binnen {days} dagen uw voorstel.]
# Koelketen onderbroken | Gekoelde levering te warm | Levering {po}: temperatuur ver boven de norm
De gekoelde zending van order {po} kwam [vanochtend|op {date}] binnen met een kerntemperatuur van
+ [12|14|16] graden, terwijl maximaal 7 graden is afgesproken.
[De temperatuurlogger laat zien dat de koeling onderweg urenlang uit heeft gestaan.|De chauffeur gaf
+ zelf toe dat de koelunit onderweg was uitgevallen.] [Volgens ons HACCP-plan moeten wij de hele partij
+ afkeuren.|Wij hebben de goederen daarom geweigerd.]
[Wij verwachten vandaag nog een vervangende levering en een volledige creditering.|De kosten van
+ vernietiging en de gemiste omzet verhalen wij als schadevergoeding op u.]
# Nummerbehoud mislukt | Al {n} dagen telefonisch onbereikbaar | Overzetten telefoonnummers – dringend
Sinds de overstap naar uw telefonie op {date} zijn wij [op ons algemene nummer|op geen van onze vaste
+ nummers] meer bereikbaar; het overzetten van de nummers is blijkbaar misgegaan.
[Klanten krijgen een in-gesprektoon of horen dat het nummer niet in gebruik is.|Wij missen elke dag
+ tientallen telefoontjes van klanten.] [Uw helpdesk belooft al {n} dagen dat het "morgen" is
+ opgelost.|Wij hebben nog steeds geen ticketnummer of tijdpad gekregen.]
[Ik wil vandaag een concrete oplossing en iemand die dit intern opschaalt.|Over deze periode betalen wij
+ geen abonnementskosten, en de gemiste omzet verhalen wij op u.]
# Orderbevestiging {po} klopt niet | Dit hebben wij niet afgesproken | Afwijkende prijs en leverdatum
+ order {po}
In uw orderbevestiging voor {po} staan [een hogere prijs|een veel latere leverdatum|andere aantallen]
+ dan wij [vorige week telefonisch|met uw vertegenwoordiger] hebben afgesproken.
[Afgesproken was levering op {date} tegen de prijs uit offerte {quote}.|Wij hebben besteld op basis van
+ uw offerte {quote}, niet tegen dagprijs.] [Zo gaan wij niet akkoord met de order.|Met deze bevestiging
+ kunnen wij niets.]
[Stuur alstublieft vóór {weekday} een gecorrigeerde bevestiging, anders annuleren wij de
+ bestelling.|Graag een bevestiging conform de afspraak; anders beschouwen wij de order als vervallen.]
# Gebruikt geleverd als nieuw | Geopende verpakking en gebruikssporen | Order {po}: dit is geen nieuw
+ product
De [{product}|monitoren|tablets|boormachines] uit order {po} zijn als nieuw gefactureerd, maar [de
+ verpakking was al geopend en opnieuw dichtgeplakt|er zitten duidelijke gebruikssporen op|ze stonden al
+ geregistreerd op naam van een ander bedrijf].
[Op een van de apparaten stonden zelfs nog bestanden van een vorige gebruiker.|Het serienummer op de
+ doos komt niet overeen met dat op het apparaat.] [Zo doe je geen zaken.|Wij hebben hier wel de
+ nieuwprijs voor betaald.]
[Wij willen binnen {days} dagen echt nieuwe exemplaren, of ons geld terug.|Haal de goederen op en
+ crediteer factuur {inv} volledig.]
# Alarmopvolging nacht van {date} | Niemand gekomen na inbraakalarm | Waar was uw beveiliger?
In de nacht van {date} ging het alarm in ons [bedrijfspand|magazijn|kantoor] in {city} [rond half
+ drie|kort na drieën] af, maar [uw beveiliger is nooit komen opdagen|er kwam pas na ruim twee uur
+ iemand kijken].
[Er bleek te zijn ingebroken en er is voor een flink bedrag aan gereedschap meegenomen.|Pas de volgende
+ ochtend ontdekte onze receptioniste dat er was ingebroken.] Volgens ons contract moet u binnen [20|30]
+ minuten ter plaatse zijn.
[Ik wil een volledig tijdlijnverslag van uw meldkamer.|Wij stellen u aansprakelijk en maken aanspraak op
+ schadevergoeding.] [Zonder goede verklaring zeggen wij het contract op.|Graag uw reactie binnen {days}
+ dagen.]
# Herhaalde afwijkingen {product} | Structureel kwaliteitsprobleem | Verzoek om oorzaakanalyse en
+ verbeterplan
Dit is [al de {n}e|alweer de zoveelste] afwijking bij {product} [dit kwartaal|sinds {month}]: [weer
+ verkeerde etiketten|weer maten buiten de tolerantie|weer onvolledige pallets].
[Elke keer belooft u beterschap, maar er verandert niets.|Een losse vervangende levering lost het
+ onderliggende probleem niet op.] [Wij hebben uw leveranciersbeoordeling daarom verlaagd.|Wij moeten
+ inmiddels elke levering zelf keuren, en die kosten lopen op.]
Wij verwachten binnen {days} dagen [een schriftelijke oorzaakanalyse met verbeterplan|een verbeterplan
+ met concrete maatregelen]. [Blijft dat uit, dan gaan wij op zoek naar een andere leverancier.|Anders
+ zien wij ons genoodzaakt de raamovereenkomst te herzien.]
# Certificaten ontbreken | Levering {po} zonder documentatie | Geen materiaalcertificaten bij order {po}
Bij de levering van order {po} ontbreken [de materiaalcertificaten 3.1|de conformiteitsverklaringen|de
+ keuringsrapporten], terwijl die volgens onze inkoopvoorwaarden bij elke zending horen.
[Zonder deze papieren mogen wij het materiaal niet verwerken.|Onze klant neemt het eindproduct zonder
+ deze documenten niet af.] [Alles staat nu geblokkeerd in ons magazijn.|Ik heb er al twee keer om
+ gevraagd.]
[Graag de documenten uiterlijk {weekday} per mail.|Hebben wij ze niet vóór {date}, dan sturen wij de
+ levering retour en vervalt factuur {inv}.]
# Huurmachine defect | Hoogwerker te laat en kapot | Huur berekend voor dagen stilstand
De [hoogwerker|verreiker|minigraver|trilplaat] die wij [voor de week van {date}|vanaf {date}] bij u
+ hebben gehuurd, [werd een dag te laat afgeleverd|viel op de tweede dag al uit met een hydraulisch
+ lek].
[Uw servicemonteur kwam pas na {n} dagen.|Op een vervangende machine hebben wij {n} dagen moeten
+ wachten.] In die tijd [lag ons project stil|stonden onze mensen werkloos op de bouwplaats], en toch
+ rekent u op factuur {inv} [de volle huurperiode|alle dagen] door.
[Wij betalen alleen de dagen dat de machine echt inzetbaar was.|Graag een creditnota voor de dagen
+ stilstand.] [Over de kosten van onze eigen mensen heb ik het dan nog niet eens.|Ik hoor graag op korte
+ termijn van u.]
# Veel te veel verpakkingsmateriaal | Verpakking van uw leveringen | Verzoek: minder plastic
[De laatste leveringen|Uw zendingen] komen bij ons binnen met [een enorme hoeveelheid|onnodig veel] plastic
+ folie, piepschuim en lege ruimte in de dozen.
[Voor {n} kleine onderdelen kregen wij een doos zo groot als een wasmachine.|Elke pallet is drie keer
+ omwikkeld, terwijl er alleen stevige dozen op staan.]
Wij moeten dat allemaal zelf afvoeren, en [dat kost ons geld en ruimte|dat past niet bij de
+ duurzaamheidsafspraken die wij met onze leveranciers hebben gemaakt].
[Kunt u kijken of dit anders kan?|Wij horen graag welke verbeteringen u kunt doorvoeren.]
# Wéér fouten in de loonstroken | Salarisverwerking {month} – opnieuw niet goed | Loonadministratie: dit
+ moet echt anders
Voor de [tweede|derde] maand op rij kloppen de loonstroken die u voor ons verwerkt niet.
[Deze keer is bij {n} medewerkers de reiskostenvergoeding vergeten|De vakantietoeslag is bij iedereen te
+ laag berekend|Een nieuwe collega heeft helemaal geen salaris ontvangen].
Ik mag dat dan weer aan mijn personeel uitleggen, en [dat is echt niet prettig|dat kost mij elke keer een
+ halve dag].
[Graag uiterlijk {weekday} een correctierun en een verklaring hoe dit kan.|Ik verwacht dat de correctie vóór
+ {date} is uitbetaald en dat u de extra kosten niet aan ons doorberekent.]
# U levert rechtstreeks aan onze klanten | Prijzen in uw webshop | Dealerafspraken niet nagekomen
Tot onze verbazing zien wij dat u [uw producten|uw complete assortiment] sinds kort [via uw eigen
+ webshop|rechtstreeks aan eindgebruikers] verkoopt, tegen een prijs die lager ligt dan onze inkoopprijs.
[Twee van onze vaste klanten in {city} hebben inmiddels bij u besteld.|Klanten vragen ons nu waarom zij bij
+ ons meer betalen.]
Dit staat haaks op de afspraken die wij bij het dealerschap hebben gemaakt over [het rayon|de
+ verkoopkanalen|de adviesprijzen].
[Wij verzoeken u dringend hierover op korte termijn met ons in gesprek te gaan.|Zolang dit niet is opgelost,
+ houden wij nieuwe orders aan.]
# Gegevens van een andere klant ontvangen | Uw mail bevat gegevens van derden | Privacy: verkeerde bijlage
Bij uw mail van [vanochtend|{date}] zat niet onze [factuur|orderbevestiging|salarisspecificatie], maar die
+ van een ander bedrijf, inclusief [adres en bankrekeningnummer|namen en bedragen].
[Wij vrezen dat onze gegevens omgekeerd ook bij een ander bedrijf terecht zijn gekomen.|Het is niet de
+ eerste keer dat dit gebeurt.]
Wij hebben de mail verwijderd, maar willen van u weten [hoe dit heeft kunnen gebeuren|of u dit als datalek
+ heeft gemeld] en welke maatregelen u neemt.
[Graag een schriftelijke reactie binnen {days} dagen.|Wij rekenen erop dat u dit serieus oppakt.]
# Leveringen om vijf uur 's ochtends | Wéér buiten de venstertijden geleverd | Laatste waarschuwing:
+ levertijden
Ondanks onze duidelijke afspraak dat er alleen [tussen 7.00 en 16.00 uur|na 8.00 uur] geleverd wordt, stond
+ uw vrachtwagen [vanochtend om vijf uur|{weekday} alweer om half zes] met draaiende motor voor de deur.
[De buren hebben inmiddels bij de gemeente geklaagd.|Er was nog niemand om te lossen, dus de chauffeur heeft
+ de pallets gewoon op de stoep gezet.] [We hebben dit al meerdere keren gemeld.|Telefonisch beterschap
+ beloven helpt blijkbaar niet.]
Gebeurt het nog één keer, dan [stappen wij over naar een andere leverancier|zeggen wij de overeenkomst op].
# Voorschotbedrag veel te hoog | Termijnbedrag {month} klopt niet | Bezwaar tegen verhoging voorschot
Tot onze schrik is ons maandelijkse voorschot voor [stroom en gas|elektriciteit] per {month} verhoogd naar
+ {amount}, bijna het dubbele van wat wij nu betalen.
[Ons verbruik is juist gedaald sinds wij zonnepanelen hebben.|Volgens ons is er gerekend met een verkeerde
+ meterstand.] [In de bijlage vindt u de actuele meterstanden.|Een foto van de meter stuur ik mee.]
Wij verzoeken u het voorschot op basis daarvan opnieuw te berekenen[ en de te veel geïncasseerde termijn
+ terug te storten| voordat de volgende incasso plaatsvindt].
# Opzegging overeenkomst | Wij beëindigen de samenwerking | Ontbinding contract per {date}
Na [de herhaalde storingen|de vele gemiste afspraken|maanden van excuses en beloftes] zien wij geen andere
+ mogelijkheid dan de samenwerking [per direct|per {date}] te beëindigen.
In uw mail van vorige maand zegde u toe dat [de problemen binnen {days} dagen opgelost zouden zijn|er een
+ vaste monteur voor ons beschikbaar zou komen], maar daar is niets van terechtgekomen.
Wij beschouwen dit als een tekortkoming in de nakoming en [betalen factuur {inv} daarom niet|verwachten dat
+ u de vooruitbetaalde termijnen terugstort].
[Graag een schriftelijke bevestiging van de beëindiging.|Onze advocaat heeft een kopie van deze mail
+ ontvangen.]
# Onze productie lag {n} dagen stil | Verzoek om schadevergoeding | Stilstand door te late levering
Door de late levering van [het vervangende onderdeel|de nieuwe pomp|de besturingsprint] heeft onze
+ productielijn {n} dagen stilgestaan, terwijl u ons [levering binnen 24 uur|levering op {date}] had
+ toegezegd.
[Wij hebben in die periode orders moeten afzeggen en personeel naar huis gestuurd.|Om onze klanten toch te
+ beleveren moesten wij daarna extra diensten draaien.]
De schade bedraagt volgens onze berekening {amount}; [de specificatie zit in de bijlage|een onderbouwing
+ sturen wij u op verzoek].
[Wij stellen u hiervoor aansprakelijk en zien uw voorstel voor vergoeding graag vóór {due} tegemoet.|Wij
+ verrekenen dit bedrag met uw openstaande facturen, tenzij u binnen {days} dagen met een ander voorstel
+ komt.]
# Verwarming kapot – al drie weken | Storing cv in ons pand | Wanneer wordt de verwarming gerepareerd?
Sinds [{date}|drie weken] doet de verwarming in [onze bedrijfsruimte|ons kantoor op de eerste verdieping] in
+ {city} het niet, en ondanks [mijn meldingen|drie meldingen bij uw beheerder] is er nog altijd niets gebeurd.
[Het is binnen nog 14 graden; mijn medewerkers zitten met hun jas aan te werken.|We werken inmiddels met
+ elektrische kacheltjes, op onze kosten.] [Elke keer krijg ik te horen dat er "een onderdeel besteld is".|Een
+ monteur is één keer komen kijken en daarna nooit meer teruggekomen.]
[Als verhuurder bent u verantwoordelijk voor dit onderhoud.|Volgens de huurovereenkomst komt dit onderhoud
+ voor uw rekening.] [Is het probleem niet vóór {weekday} opgelost, dan schakel ik zelf een installateur in en
+ verreken ik de kosten met de huur.|Ik verwacht een huurkorting over de afgelopen weken.]
# Onze zakelijke rekening is geblokkeerd | Betalingen tegengehouden zonder uitleg | Klacht: geen toegang tot
+ onze rekening
Sinds {weekday} kunnen wij [geen betalingen meer doen vanaf onze zakelijke rekening|niet meer bij onze
+ zakelijke rekening], zonder dat wij daar vooraf enig bericht over hebben ontvangen.
Uw klantenservice [verwijst ons naar een afdeling die telefonisch onbereikbaar is|kan ons alleen vertellen dat
+ er "een onderzoek loopt"]. Intussen kunnen wij [onze leveranciers en de lonen van deze maand|de huur en onze
+ leveranciers] niet betalen.
[Het formulier met de gevraagde UBO-gegevens hebben wij al op {date} ingestuurd.|Alle gegevens die u bij de
+ laatste klantcontrole vroeg, hebben wij tijdig aangeleverd.] Wij verzoeken u de blokkade per omgaande op te
+ heffen, of ons vandaag nog schriftelijk te laten weten wat er ontbreekt.
[Ontstaat hierdoor schade, zoals boetes of rente, dan houden wij u daarvoor aansprakelijk.|Wij overwegen een
+ klacht in te dienen bij het Kifid.]
# Invoerrechten voor onze rekening? | Douanekosten order {po} | Levering {po}: afgesproken was DDP
Bij de levering van order {po} moest onze receptie [{amount} aan invoerrechten en btw|de douanekosten en een
+ inklaringstoeslag van {carrier}] betalen voordat de chauffeur wilde afleveren.
In uw offerte {quote} en op de orderbevestiging staat echter duidelijk dat u levert onder DDP, dus inclusief
+ invoerrechten en inklaring. [Wij gaan ervan uit dat hier iets mis is gegaan bij uw expediteur.|Dit is al de
+ tweede keer dat dit gebeurt.]
[Wilt u het bedrag aan ons terugbetalen? De kwitantie van {carrier} zit in de bijlage.|Wij verrekenen het
+ bedrag met factuur {inv}, tenzij u het binnen {days} dagen terugstort.]
# Bezwaar tegen stilzwijgende verlenging | Contract zonder bericht verlengd | Verlenging contract – niet
+ akkoord
Tot onze verbazing ontvingen wij factuur {inv} voor een nieuwe contractperiode van [drie jaar|een jaar] voor
+ [onze kopieermachines|het onderhoud van onze airco's|ons zakelijke telefonieabonnement].
Het contract zou op {date} aflopen, en u heeft ons nooit vooraf gewezen op de stilzwijgende verlenging of de
+ opzegtermijn. [Bovendien ligt het nieuwe tarief {percent}% hoger dan het oude.|Wij waren juist andere
+ aanbieders aan het vergelijken.]
[Wij beschouwen de verlenging als niet rechtsgeldig en zeggen het contract hierbij op tegen de oorspronkelijke
+ einddatum.|Wij zijn hooguit bereid om maandelijks opzegbaar door te gaan.] Graag ontvangen wij een
+ creditnota voor factuur {inv}.
# Koppeling met onze webshop werkt niet meer | Sinds uw update komen er geen orders meer door | Laatste kans:
+ koppeling herstellen
Sinds uw update van [afgelopen {weekday}|{date}] komen de orders uit onze webshop niet meer door in [ons
+ magazijnsysteem|de boekhouding|ons kassasysteem]. [Wij zetten ze nu met de hand over, zo'n {n}0 per dag.|Er
+ zijn al orders te laat verzonden omdat niemand ze zag.]
Uw supportafdeling noemt het [een "bekend probleem" zonder datum voor een oplossing|een kwestie van onze
+ webshopbouwer, die ons weer naar u terugverwijst]. [Daar hebben wij niets aan.|Ondertussen betalen wij
+ gewoon de volle licentie.]
[Werkt de koppeling vóór {weekday} niet weer, dan stappen wij over op een ander pakket en zeggen wij het
+ contract op.|Dit is voor ons de laatste kans: zonder werkende koppeling heeft uw pakket voor ons geen enkele
+ waarde.]
# Schade bij onze verhuizing | Verhuizing {date}: kapotte meubels en vermiste dozen | Claim schade
+ kantoorverhuizing
Bij onze kantoorverhuizing op {date} is er [flink|nogal wat] misgegaan: [twee bureaus en een vergadertafel
+ zijn beschadigd|de glazen wand van de vergaderruimte is gebroken|het blad van de receptiebalie is
+ ingedeukt], en [er ontbreken {n} dozen uit het archief|een van de monitoren is nooit aangekomen].
[Uw voorman zei nog dat alles "dubbel ingepakt" zou worden.|In de offerte stond dat u alle meubels met dekens
+ zou beschermen, maar daar hebben wij niets van gezien.] Foto's van de schade [zitten in de bijlage|stuur ik
+ mee].
Wij verzoeken u [de schade te vergoeden, die wij op circa {amount} schatten|de vermiste dozen binnen {days}
+ dagen op te sporen en de schade te vergoeden]. [Tot die tijd houden wij factuur {inv} aan.|Graag ook de
+ gegevens van uw verzekeraar.]
# Pinautomaat werkt alweer niet | Pinterminal al {n} dagen defect | Nog steeds geen vervangende terminal
Onze pinterminal [valt sinds {weekday} steeds uit|geeft al {n} dagen een verbindingsfout], en uitgerekend [in
+ ons drukste weekend|op de koopavond] konden klanten alleen contant betalen.
[Een vervangend apparaat zou "binnen 24 uur" komen; dat is nu drie dagen geleden.|Uw helpdesk laat mij elke
+ keer de terminal opnieuw opstarten, alsof ik dat zelf niet had bedacht.] [Zo lopen wij elke dag omzet
+ mis.|Klanten lopen gewoon weg.]
[Ik wil morgen een werkend apparaat en de huur over deze periode terug.|Regel vandaag nog een vervangende
+ terminal, anders zeg ik het contract op.]
# Btw op factuur {inv} | Factuur {inv}: btw had verlegd moeten worden | Verzoek om correctie factuur {inv}
Op uw factuur {inv} is [21%|Nederlandse] btw berekend, terwijl het om een intracommunautaire levering gaat aan
+ ons [Belgische|Duitse] bedrijf, met een geldig btw-nummer.
[De btw had dus verlegd moeten worden.|Die btw kunnen wij niet terugvragen.] [Ons btw-nummer stond ook op
+ bestelling {po}.|Het is al de tweede factuur met deze fout.]
[Zou u een creditnota en een gecorrigeerde factuur willen sturen? Dan betalen wij direct.|Wilt u de factuur
+ corrigeren? Tot die tijd kunnen wij hem helaas niet boeken.]

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
# Order {po} on hold – factuur {inv} staat open | Levering geblokkeerd | Openstaande factuur {inv}
Uw nieuwe bestelling {po} staat klaar, maar wij kunnen deze helaas niet uitleveren zolang factuur {inv}
+ ({amount}) nog openstaat.
[De factuur is sinds {due} vervallen.|Uw kredietlimiet is daarmee bereikt.] [Zodra de betaling binnen is,
+ gaat de zending dezelfde dag de deur uit.|Stuurt u ons een betaalbewijs, dan leveren wij direct.]
# Herinnering onbetaalde factuur {inv} | Betalingsherinnering | Openstaande factuur {date}
Bij nazicht van onze boekhouding stelden wij vast dat onze factuur {inv} van {date} ten bedrage van
+ {amount} nog niet werd betaald.
Mogen wij u vriendelijk verzoeken dit bedrag binnen de {days} dagen over te maken op rekeningnummer {iban}?
Indien uw betaling deze herinnering heeft gekruist, gelieve dit schrijven dan als onbestaande te beschouwen.
#! Uw factuur {inv} vervalt binnenkort | Herinnering: vervaldatum {due} | Binnenkort te betalen: {amount}
Dit is een vriendelijke herinnering: factuur {inv} ter waarde van {amount} vervalt op {due}.
[Wij hebben nog geen betaling ontvangen en er is geen machtiging voor automatische incasso.|Er is nog geen
+ betaling ontvangen.] Maak het bedrag op tijd over naar {iban} o.v.v. {inv}.
[Heeft u al betaald, dan kunt u dit bericht negeren.|Vragen over deze factuur? Beantwoord dan deze e-mail.]
# Betaaltoezegging factuur {inv} | Zoals telefonisch afgesproken | Nog niets ontvangen – factuur {inv}
[Vorige week|Op {date}] hebben we telefonisch afgesproken dat u factuur {inv} ({amount}) binnen een paar
+ dagen zou betalen.
Tot nu toe hebben wij nog niets ontvangen. [Kunt u nagaan of de betaling is klaargezet?|Zou u mij een
+ nieuwe datum kunnen noemen?]
[Anders bel ik u {weekday} nog even.|Ik houd het graag vriendelijk, maar de factuur is inmiddels ruim over
+ tijd.]
# Factuur {inv} | Herinnering factuur {inv} | Kleine herinnering: {inv}
Mogen wij u er vriendelijk aan herinneren dat factuur {inv} [van {amount}|d.d. {date}] nog openstaat?
+ [Alvast hartelijk dank voor uw betaling.|Dank u wel voor de moeite.]
# Factuur {month} nog open | Mijn factuur {inv} | Even een herinnering
Hoi {name}, ik zie dat mijn factuur over {month} ({inv}, {amount}) nog niet is betaald, terwijl de termijn
+ op {due} afliep.
[Als zzp'er ben ik wel afhankelijk van op tijd betalen,|Ik wil niet zeuren, maar mijn vaste lasten lopen wel
+ door,] dus [zou je het even willen nakijken|zou je het bij jullie financiële afdeling willen navragen]?
[Als er iets niet klopt aan de factuur, hoor ik het graag.|Dank je wel!]
# Factuur {inv} – staat deze nog in de goedkeuring? | Openstaande factuur {inv}, order {po} | Status factuur
+ {inv}?
Factuur {inv} voor order {po} is inmiddels [{days} dagen|een paar weken] over de vervaldatum en wij hebben
+ nog geen betaling gezien.
[Staat hij misschien nog in uw goedkeuringsproces, of ontbreekt er iets, zoals een kostenplaats of de
+ handtekening van de besteller?|Kan het zijn dat de factuur nog bij de verkeerde afdeling ligt?]
[Laat u het weten als wij iets moeten aanvullen, dan sturen wij direct een aangepaste versie.|Wilt u
+ navragen wanneer de betaling is ingepland?]
# Jaarafsluiting – openstaande posten | Openstaand saldo per {date} | Graag vóór de jaarafsluiting betalen
Wij sluiten binnenkort ons boekjaar af en zien in onze debiteurenadministratie nog [een openstaand saldo van
+ {amount}|factuur {inv} openstaan].
[Zou u ervoor willen zorgen dat dit vóór {date} is betaald?|Wij zouden het op prijs stellen als het bedrag
+ nog dit jaar binnen is.] [Het rekeningoverzicht is bijgevoegd.|Een overzicht van de posten zit in de
+ bijlage.]
[Komen de posten niet overeen met uw administratie, laat het ons dan weten, dan stemmen we het samen
+ af.|Heeft u inmiddels betaald, dan danken wij u hartelijk.]
# Aanbetaling nog niet ontvangen | Factuur {inv} – aanbetaling | Start werkzaamheden: aanbetaling nodig
Volgens onze afspraak starten wij op {date} met [de werkzaamheden|de productie van uw order {po}], zodra de
+ aanbetaling van {amount} (factuur {inv}) binnen is.
[Die aanbetaling hebben wij tot nu toe niet ontvangen.|Op onze rekening is nog niets binnengekomen.] [Zonder
+ aanbetaling kunnen wij de materialen niet bestellen en schuift de planning op.|Als wij het bedrag niet vóór
+ {due} ontvangen, moeten wij uw plek in de planning helaas vrijgeven.]
[Wilt u het bedrag overmaken naar {iban}, onder vermelding van {inv}?|Heeft u al betaald, stuur ons dan even
+ het betaalbewijs.]
# Factuur {inv} na creditnota {cn} | Restant factuur {inv} nog open | Nu de creditnota verstuurd is
Zoals besproken hebben wij voor [de beschadigde artikelen|de ontbrekende artikelen|het prijsverschil]
+ creditnota {cn} naar u gestuurd.
[Na verrekening staat van factuur {inv} nog {amount} open.|Het restant van factuur {inv}, {amount}, is nog
+ niet betaald.] [Omdat de kwestie daarmee wat ons betreft is afgehandeld, vragen wij u dit bedrag vóór {due}
+ over te maken.|Wij gaan ervan uit dat de factuur nu betaald kan worden.]
[Is er toch nog iets niet in orde, laat het ons dan direct weten.|Een rekeningoverzicht met beide stukken zit
+ in de bijlage.]
# Betaling zonder kenmerk ontvangen | Welke factuur betreft uw betaling? | Factuur {inv} staat nog open
Op {date} ontvingen wij van u een betaling van {amount}, maar zonder factuurnummer of ander kenmerk.
[Daardoor kunnen wij het bedrag niet aan een factuur koppelen, en factuur {inv} staat bij ons nog open.|Het
+ bedrag komt niet overeen met factuur {inv}, die volgens onze administratie nog openstaat.] [Kunt u laten
+ weten voor welke factuur de betaling bedoeld was?|Wilt u nagaan of er misschien een andere factuur is
+ betaald?]
[Dan boeken wij het bedrag goed af en sturen wij u een bijgewerkt rekeningoverzicht.|Een eventueel restant
+ ontvangen wij graag vóór {due}.]
# Termijn betalingsregeling niet ontvangen | Betalingsregeling factuur {inv} | Gemiste termijn
Op {date} hebben wij voor factuur {inv} een betalingsregeling met u afgesproken: [{n} maandelijkse
+ termijnen|elke maand een vast bedrag tot het saldo is voldaan].
De termijn van {month}, {amount}, hebben wij echter niet ontvangen. [Wilt u deze alsnog binnen {days} dagen
+ overmaken?|Wij verzoeken u het bedrag zo snel mogelijk over te maken naar {iban}.]
[Let op: volgens de afspraak vervalt de regeling bij een gemiste termijn en is het volledige restant direct
+ opeisbaar.|Lukt het deze maand niet, neem dan contact met ons op voordat de regeling vervalt.]

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
# Deellevering order {po} | Backorder {product} | Order {po}: restant volgt
Vandaag verzenden wij het grootste deel van uw order {po}.
[Helaas is {product} nog niet op voorraad|Van {product} konden wij nog maar een deel leveren]; het restant
+ staat in backorder en volgt naar verwachting [in week {n}|rond {date}].
[De nalevering gaat zonder extra verzendkosten.|Wilt u het restant liever annuleren? Laat het ons dan weten.]
U ontvangt [één factuur na volledige levering|per levering een aparte factuur].
# Vernieuwd ISO-certificaat | Certificaten en documentatie | Veiligheidsinformatiebladen {product}
[In de bijlage vindt u ons vernieuwde ISO 9001-certificaat, geldig tot {date}.|Bijgaand de actuele
+ veiligheidsinformatiebladen voor {product}.|Hierbij de conformiteitsverklaring en het CE-certificaat
+ voor {product}.]
[Wilt u deze in uw leveranciersdossier opnemen?|Zo is uw dossier weer up-to-date.] [Heeft u nog andere
+ documenten nodig voor uw audit, laat het gerust weten.|Oudere versies komen hiermee te vervallen.]
# Prognose volgend kwartaal | Verwachte afname {month}? | Verzoek om forecast
Om u ook de komende maanden [goed|zonder vertraging] te kunnen beleveren, vragen wij onze vaste klanten
+ om een prognose van hun afname.
Kunt u aangeven hoeveel [stuks {product}|pallets] u [per maand|in {month}] verwacht nodig te hebben?
[Een grove schatting is voldoende.|Dan reserveren wij die hoeveelheid voor u.] Graag uiterlijk {date}.
# Levering order {po} inplannen | Afspraak levering {date} | Leveringsafspraak
Wij willen de levering van uw order {po} inplannen op {date} [vanaf {time} uur|in de loop van de
+ middag].
[Het gaat om {n} pallets; is er een heftruck aanwezig om te lossen?|Het is een trailer van 13,6 meter; kan
+ die bij uw laadperron komen?]
[Graag een korte bevestiging, anders kunnen wij de rit niet inplannen.|Past dit niet, stel dan een ander
+ moment voor.]
#! Uw bestelling {po} ligt klaar | Klaar voor afhaling | Bestelling afhalen in {city}
Uw bestelling {po} ligt [vanaf nu|vanaf {time} uur] klaar voor afhaling aan de balie van onze vestiging in
+ {city}.
[Neem het ordernummer of de barcode uit deze mail mee.|Afhalen kan op werkdagen van 7.00 tot 17.00 uur.]
+ [Wij bewaren de bestelling {days} dagen.|Niet afgehaalde bestellingen gaan na {days} dagen terug in de
+ voorraad.]
# Nieuw bestelportaal | Vanaf {date} online bestellen | Uw toegang tot ons B2B-portaal
Vanaf {date} kunt u bij ons bestellen via ons nieuwe [B2B-portaal|bestelplatform], met uw eigen prijzen,
+ voorraadinformatie en al uw facturen op één plek.
[Uw inloggegevens ontvangt u in een aparte mail.|Uw accountmanager stuurt u binnenkort een
+ persoonlijke uitnodiging.] [Bestellen per mail of telefoon blijft voorlopig ook mogelijk.|Bestellen via
+ EDI blijft gewoon mogelijk.]
# Nieuwe verpakkingseenheid | Wijziging artikelnummers {product} | Aanpassing minimale afname
Per {date} leveren wij {product} alleen nog per [doos|omdoos|pallet] van {n}0 stuks in plaats van per stuk.
[De artikelnummers wijzigen daardoor; een omzettingslijst is bijgevoegd.|De prijs per stuk blijft gelijk.]
[Wilt u uw bestelsysteem hierop aanpassen?|Lopende orders leveren wij nog volgens de oude eenheid.]
# Verstoringen door staking | Vertraging transport | Vertraging bij alle zendingen
Door [een staking in de haven van Antwerpen|de aanhoudende sneeuwval|een cyberaanval bij onze
+ transporteur] lopen [onze zendingen|alle leveringen] momenteel [een tot twee dagen|enkele dagen]
+ vertraging op.
Wij doen er alles aan om de achterstand in te halen. [Spoedorders kunnen wij via een koerier laten
+ bezorgen.|De actuele status vindt u in uw account.]
# Retour goedgekeurd | Retouraanvraag {n}{n}{n} | RMA-nummer voor uw retour
Uw retouraanvraag voor [{product}|de artikelen uit order {po}] is goedgekeurd onder
+ retournummer RMA-{n}{n}{n}.
[Vermeld dit nummer duidelijk op de doos.|Stuur het product in de originele verpakking terug.] [Wij laten
+ het bij u ophalen door {carrier}.|Het retouradres is ons magazijn in {city}.]
Na controle van de goederen ontvangt u bericht over [vervanging of creditering|de verdere afhandeling].
# Uit assortiment: {product} | Laatste bestelmogelijkheid | Einde levering {product}
Onze fabrikant stopt met de productie van {product}. [U kunt nog bestellen tot {date}, zolang de voorraad
+ strekt.|Wij hebben nog een beperkte voorraad, die wij graag voor u reserveren.]
[Het opvolgende model is vanaf {month} leverbaar en past op dezelfde aansluitingen.|Een vergelijkbaar
+ alternatief stellen wij u graag voor.] [Laat u vóór {date} weten hoeveel u nog wilt afnemen?|Uw
+ accountmanager neemt hierover contact met u op.]
#! Gepland onderhoud op {date} | Onderhoudsvenster {weekday} {time} | Aankondiging: tijdelijke
+ onbeschikbaarheid
Op {date} voeren wij vanaf {time} uur gepland onderhoud uit aan [ons klantportaal|de hostingomgeving|het
+ betaalplatform]; dat duurt naar verwachting [twee|vier] uur.
[Gedurende deze periode is de dienst niet of beperkt beschikbaar.|U kunt in dit tijdvak niet inloggen; uw
+ gegevens blijven uiteraard behouden.]
[Wij hebben het moment zo gekozen dat u er zo min mogelijk van merkt.|De actuele status volgt u via {url}] U
+ hoeft zelf niets te doen.
# Brandstoftoeslag {month} | Aanpassing dieseltoeslag | Toeslag transport per {date}
Door de gestegen dieselprijs passen wij per {date} onze brandstoftoeslag aan naar {percent}% van het
+ vrachttarief.
[De toeslag wordt maandelijks herberekend op basis van de officiële dieselindex.|Zodra de dieselprijs daalt,
+ verlagen wij de toeslag weer.] [De basistarieven uit uw contract blijven ongewijzigd.|U ziet de toeslag
+ als aparte regel op uw facturen.]
[De berekening vindt u in de bijlage.|Met vragen kunt u terecht bij uw vaste contactpersoon op onze
+ planning.]
# Vanaf {date} e-facturatie | Onze facturen voortaan via Peppol | Wijziging in factuurverzending
Vanaf {date} versturen wij onze facturen uitsluitend nog elektronisch, [via het Peppol-netwerk|als
+ UBL-bestand].
[Wilt u ons uw Peppol-ID of het juiste e-mailadres voor inkoopfacturen laten weten?|Wilt u even nagaan of uw
+ boekhoudpakket e-facturen kan ontvangen?] [Papieren facturen en pdf's per post vervallen dan.|Tot die
+ datum ontvangt u de facturen nog zoals u gewend bent.]
[Aan de betalingstermijn en onze bankgegevens verandert niets.|Uw ordernummer blijft gewoon op elke factuur
+ staan.]
# Uw kredietlimiet is verhoogd | Nieuwe betalingsvoorwaarden | Goed nieuws over uw klantaccount
Dankzij onze jarenlange samenwerking en uw [keurige|stipte] betalingen [hebben wij uw kredietlimiet verhoogd
+ naar {amount}|verlengen wij uw betalingstermijn per {date} naar {days} dagen].
[Grotere orders kunnen dus voortaan zonder vooruitbetaling worden uitgeleverd.|Dit geldt voor alle orders
+ die vanaf {date} worden geplaatst.] [U hoeft hiervoor niets te doen.|Ter bevestiging vindt u de aangepaste
+ voorwaarden in de bijlage.]
# Oogst valt tegen | Beperkte beschikbaarheid nieuwe oogst | Update oogst en prijzen
Door [de natte zomer|de langdurige droogte|nachtvorst in het voorjaar] valt de oogst van
+ [aardappelen|uien|appels|peren] dit jaar [flink|ongeveer {percent}%] lager uit dan verwacht.
[De contractvolumes voor uw bedrijf kunnen wij nog volledig leveren, maar voor extra bestellingen is weinig
+ ruimte.|Wij kunnen helaas maar een deel van de contracthoeveelheid leveren; uw accountmanager bespreekt
+ met u hoe we dat verdelen.]
[Op de vrije markt stijgen de prijzen fors; wij houden u op de hoogte.|Wij raden u aan uw behoefte voor
+ {month} nu al door te geven.]
# Receptuurwijziging {product} | Gewijzigde allergeneninformatie | Belangrijk: nieuwe samenstelling
Per {date} wijzigt de samenstelling van [{product}|ons huismerkbrood|de sauzen uit ons assortiment]: [er zit
+ voortaan soja in|de producten worden gemaakt in een ruimte waar ook noten worden verwerkt].
[Het nieuwe productinformatieblad met de allergenen is bijgevoegd.|Vanaf lotnummer {n}{n}{n} staat de nieuwe
+ informatie op de verpakking.] [Wilt u dit doorgeven aan uw keuken en zo nodig uw menukaart aanpassen?|Pas
+ dit a.u.b. aan in uw eigen allergenenoverzicht.]
[Smaak en prijs blijven gelijk.|Voor vragen kunt u terecht bij onze afdeling kwaliteit.]
# {product} weer op voorraad | Uw backorder {po} wordt verzonden | Goed nieuws: weer leverbaar
[Goed nieuws:|Eindelijk:] {product} is [vandaag|deze week] weer bij ons binnengekomen.
[Het restant van uw order {po} gaat {weekday} met {carrier} de deur uit.|Wij hebben {n} stuks voor u
+ gereserveerd; laat u weten of u die nog wilt afnemen?] [Bedankt voor uw geduld de afgelopen weken.|Wij
+ weten dat het lang heeft geduurd.]
[Wij leveren tegen de prijs van uw oorspronkelijke order.|Voor deze nalevering rekenen wij geen
+ verzendkosten.]
# Jaarlijkse keuring {date} | Aankondiging onderhoudsbeurt | Periodieke inspectie
+ [brandblussers|heftrucks|liften]
Volgens ons onderhoudscontract staat [de jaarlijkse keuring van uw brandblussers en haspels|de periodieke
+ inspectie van uw heftrucks|het halfjaarlijkse onderhoud van de liften] gepland op {date}.
Onze monteur is er rond {time} uur en heeft [ongeveer een halve dag|een paar uur] nodig. [Wilt u zorgen dat
+ alle ruimtes toegankelijk zijn?|Graag een contactpersoon ter plaatse die de ruimtes kan openen.]
[Past deze datum niet, laat het ons dan vóór {weekday} weten.|Na afloop ontvangt u het keuringsrapport per
+ mail.] [De kosten vallen binnen uw contract.|Eventuele vervangingen overleggen wij eerst met u.]
# Minimale orderwaarde per {date} | Toeslag kleine orders | Wijziging in ons orderbeleid
Vanaf {date} hanteren wij een minimale orderwaarde van [€ 150|€ 250] exclusief btw.
Voor orders onder dat bedrag rekenen wij [een orderkostentoeslag van € 15|voortaan verzendkosten], omdat
+ [de kosten voor orderpicking en transport flink zijn gestegen|kleine zendingen voor ons anders niet
+ meer rendabel zijn].
[Tip: bundel uw bestellingen per week, dan heeft u er geen last van.|Spoedorders en naleveringen vallen
+ hier niet onder.] [Met vragen kunt u terecht bij uw accountmanager.|Bedankt voor uw begrip.]
# Energietoeslag vanaf {month} | Tijdelijke energietoeslag | Aanpassing tarieven door energiekosten
Door de sterk gestegen [gas- en stroomprijzen|energiekosten in onze productie] voeren wij vanaf {date}
+ een tijdelijke energietoeslag in van {percent}% op [alle orders|de netto orderwaarde].
[De toeslag staat als aparte regel op uw factuur, zodat u precies ziet waar het om gaat.|Elk kwartaal
+ bekijken wij of de toeslag omlaag of weg kan.] [De basisprijzen uit uw prijsafspraak blijven
+ ongewijzigd.|Lopende orders met een bevestigde prijs vallen er niet onder.]
[Wij hadden dit liever voorkomen en danken u voor uw begrip.|Uw accountmanager licht het graag
+ persoonlijk toe.]
# Verhuizing magazijn | Nieuw distributiecentrum in {city} | Tijdelijk beperkte levering door verhuizing
Vanaf {date} verhuist ons magazijn naar een nieuw distributiecentrum in {city}.
[Tijdens de verhuizing, van {weekday} tot en met het weekend erna, verzenden wij geen orders.|In de week
+ van de verhuizing kan uw bestelling tot {n} dagen later worden geleverd.] [Plaats uw orders voor die
+ periode dus graag iets eerder.|Spoedorders kunnen wij in die week helaas niet aannemen.]
[Retouren stuurt u voortaan naar het nieuwe adres; dat staat ook op uw pakbon.|Afhalen kan vanaf {date}
+ alleen nog op het nieuwe adres.] Ons kantooradres en telefoonnummer blijven hetzelfde.
# Gewijzigde openingstijden | Zomeropenstelling | Nieuwe openingstijden klantenservice
Vanaf {date} [gelden voor onze afhaalbalie in {city} nieuwe openingstijden|is onze klantenservice op
+ andere tijden bereikbaar]: maandag tot en met vrijdag van [7.30 tot 16.30|8.00 tot 17.00] uur.
[Op zaterdag zijn wij voortaan gesloten.|In de zomermaanden sluiten wij op vrijdag al om 14.00 uur.]
+ [Bestellen via de webshop kan natuurlijk gewoon 24/7.|Orders die per mail binnenkomen, verwerken wij
+ de volgende werkdag.]
[Voor dringende zaken buiten deze tijden kunt u uw accountmanager mobiel bereiken.|Wilt u hier bij uw
+ planning rekening mee houden?]
# Gecorrigeerde factuur {inv} | Fout in factuur {inv} | Vervangende factuur voor {inv}
Bij een interne controle zagen wij dat factuur {inv} voor order {po} [met een verkeerd btw-tarief is
+ opgemaakt|een verkeerde prijs bevat|per abuis ook verzendkosten bevat].
[Wij hebben de factuur ingetrokken en sturen u in de bijlage een nieuwe, correcte factuur.|In de bijlage
+ vindt u de gecorrigeerde factuur; de oude kunt u vernietigen.] [Heeft u de oude factuur al betaald,
+ dan verrekenen wij het verschil met uw volgende factuur.|De betalingstermijn gaat vanaf vandaag
+ opnieuw in.]
[Excuses voor het ongemak.|Onze excuses voor deze vergissing.]
# Goed nieuws: lagere prijzen | Prijsverlaging {product} | Nieuwe prijslijst per {date}
Omdat de [grondstofprijzen|inkoopprijzen voor papier en karton|transportkosten] de afgelopen maanden
+ zijn gedaald, verlagen wij per {date} de prijs van [{product}|een groot deel van ons assortiment] met
+ gemiddeld {percent}%.
[Dat voordeel geven wij graag aan u door.|Zoals beloofd: dalen onze kosten, dan dalen ook onze prijzen.]
+ [De nieuwe prijslijst zit in de bijlage.|In het klantportaal ziet u uw nieuwe prijzen al staan.]
[Openstaande orders leveren wij automatisch tegen de nieuwe prijs.|Voor leveringen tot {date} geldt nog
+ de huidige prijs.]
# Productwijziging {product} | Aankondiging wijziging artikel | Nieuwe uitvoering {product}
Wij laten u graag weten dat {product} vanaf [{month}|lotnummer {n}{n}{n}|{date}] in een [licht
+ gewijzigde uitvoering|nieuwe verpakking] wordt geleverd.
[Onze fabrikant is voor de behuizing overgestapt op een ander type kunststof;|De afmetingen van de
+ verpakking veranderen;] [werking en kwaliteit blijven gelijk|artikelnummer en prijs blijven
+ hetzelfde].
[Het aangepaste productblad zit in de bijlage.|Heeft u voor uw eigen goedkeuring een monster nodig, dan
+ sturen wij dat graag op.] [Wilt u uw eventuele vrijgave vóór {date} aan ons doorgeven?|Bij vragen kunt
+ u terecht bij onze afdeling kwaliteit.]
# Voortaan één verzamelfactuur per maand | Wijziging facturatie | Nieuwe factuurfrequentie
Op verzoek van veel klanten sturen wij vanaf {month} niet meer per levering een factuur, maar één
+ verzamelfactuur per [maand|twee weken].
[Op de verzamelfactuur staan alle pakbonnen en ordernummers van die periode, zodat u alles eenvoudig
+ kunt controleren.|Per levering vermelden wij uw ordernummer en het pakbonnummer.] [De betalingstermijn
+ van {days} dagen gaat in op de factuurdatum.|Aan prijzen en betalingsvoorwaarden verandert niets.]
[Wilt u liever per levering gefactureerd blijven worden, laat het ons dan weten.|Vragen? Onze
+ debiteurenadministratie helpt u graag.]
# Nieuwe vervoerder vanaf {date} | Wij verzenden voortaan met {carrier} | Wijziging in onze verzending
Vanaf {date} worden al onze pakketzendingen bezorgd door {carrier}.
[Bij elke verzending ontvangt u automatisch een mail met de track-and-tracecode.|Het trackingnummer
+ vindt u voortaan ook in uw orderoverzicht.] [Palletzendingen blijven via onze eigen chauffeurs
+ lopen.|De levertijd blijft ongeveer gelijk: doorgaans {n} werkdagen.]
[Heeft u bijzondere afleverinstructies, zoals vaste ontvangsttijden of een laadperron, geef die dan aan
+ ons door.|Met {carrier} hebben wij goede afspraken gemaakt over bezorging bij bedrijven, ook op uw
+ adres in {city}.]
# Afleverbewijs order {po} | Getekende vrachtbrief {po} | Bewijs van aflevering zoals gevraagd
Zoals [gevraagd|telefonisch besproken] sturen wij u in de bijlage het afleverbewijs van order {po},
+ [afgeleverd op {date} om {time} uur|met de handtekening van uw magazijnmedewerker].
[Volgens de vervoerder zijn er {n} colli afgeleverd, zonder opmerkingen op de vrachtbrief.|Ook de foto's
+ van de lading bij vertrek uit ons magazijn hebben wij bijgevoegd.] [Hopelijk helpt dit bij het
+ terugvinden van de zending binnen uw organisatie.|Hiermee kunt u de ontvangst in uw systeem afboeken.]
[Laat het gerust weten als u nog iets nodig heeft.|Kunnen wij verder nog iets voor u uitzoeken, dan
+ horen wij het graag.]
# Inventarisatie {date} | Geen leveringen op {date} | Magazijn gesloten wegens jaarlijkse telling
In verband met onze jaarlijkse inventarisatie is ons magazijn op [{date}|{weekday} {date}] gesloten.
[Op die dag worden geen orders verzonden of uitgeleverd.|Orders die op die dag binnenkomen, verzenden
+ wij de eerstvolgende werkdag.] [Bestellingen die u de dag ervoor vóór {time} uur plaatst, gaan nog
+ gewoon mee.|Ook afhalen is die dag niet mogelijk.]
[Wij raden u aan uw voorraad hier even op af te stemmen.|Onze klantenservice is die dag gewoon
+ bereikbaar.]
# Orderregel geannuleerd | Order {po}: {product} niet leverbaar | Wijziging in uw order {po}
Helaas moeten wij [de regel {product}|een deel] uit uw order {po} annuleren: [de fabrikant levert dit
+ artikel niet meer|wij kunnen het binnen afzienbare tijd niet leveren].
[De overige artikelen gaan volgens planning op {date} de deur uit.|De rest van de order wordt geleverd
+ zoals bevestigd.] [Het geannuleerde artikel wordt uiteraard niet gefactureerd.|U betaalt alleen voor
+ wat wij daadwerkelijk leveren.]
[Als alternatief kunnen wij een vergelijkbaar artikel aanbieden; de specificaties stuur ik graag
+ mee.|Onze excuses hiervoor; wij denken graag met u mee over een alternatief.]
# Nieuw ERP-systeem | Nieuw klantnummer vanaf {date} | Onze facturen zien er anders uit
Per {date} stappen wij over op een nieuw [ERP-systeem|bedrijfssysteem]. Daardoor krijgt u ook een nieuw
+ klantnummer: [{n}{n}{n}{n}|dat vindt u op uw eerstvolgende orderbevestiging].
[Ook onze orderbevestigingen, pakbonnen en facturen krijgen een nieuwe opmaak.|Factuur- en pakbonnummers
+ krijgen vanaf dat moment een nieuw formaat.] [Wilt u het nieuwe klantnummer vermelden bij uw
+ bestellingen en betalingen?|Pas zo nodig uw crediteurengegevens aan; ons IBAN blijft ongewijzigd.]
[Tijdens de overgang kan de verwerking van orders een dag langer duren.|Mocht er in de eerste weken iets
+ niet kloppen, laat het ons dan direct weten.]
# Storing in onze productie | Vertraging door machinebreuk | Belangrijk: leverdatum order {po}
+ verschuift
Door [een ernstige storing aan onze extrusielijn|een brand in een van onze productiehallen|een defecte
+ perslijn] ligt onze productie [sinds {weekday}|sinds {date}] gedeeltelijk stil.
Daardoor kunnen wij order {po} helaas niet op de bevestigde datum leveren; wij verwachten nu te kunnen
+ leveren [op {date}|over ongeveer {n} weken]. [Het spijt ons bijzonder dat wij u dit moeten melden.|Wij
+ bieden u hiervoor onze oprechte excuses aan.]
[Wij draaien extra ploegen om de achterstand zo snel mogelijk in te halen.|Waar mogelijk leveren wij
+ alvast een deel uit voorraad.] [Is de nieuwe datum voor u een probleem, bel mij dan, dan zoeken wij
+ samen naar een oplossing.|Wij houden u wekelijks op de hoogte van de voortgang.]
# Verkeerde etiketten op levering {po} | Etiketfout partij {n}{n}{n} | Belangrijk: verwisselde etiketten
Bij een controle in ons magazijn ontdekten wij dat een deel van de partij die wij [op {date}|vorige week]
+ onder order {po} aan u leverden, [verkeerd is geëtiketteerd|de etiketten van een ander artikel heeft
+ gekregen].
Het gaat om {product}: [de inhoud klopt, maar het artikelnummer en de barcode op de doos niet|op de dozen
+ staat de verkeerde maat vermeld].
[Wij sturen u vandaag nieuwe etiketten, zodat u de dozen zelf kunt overplakken.|Onze chauffeur komt
+ {weekday} de dozen omruilen; u hoeft er zelf niets voor te doen.] [Onze excuses, dit had niet mogen
+ gebeuren.|Het spijt ons zeer; wij hebben de controle bij het etiketteren inmiddels aangescherpt.]
# Correctie orderbevestiging {po} | Verkeerde prijs op orderbevestiging {po} | Orderbevestiging {po} –
+ gewijzigd
Op de orderbevestiging van order {po} die u [gisteren|op {date}] van ons kreeg, staat bij {product} een
+ verkeerde prijs.
[Er is per abuis nog de prijs van vorig jaar gebruikt|Onze binnendienst heeft de staffelkorting niet
+ meegenomen|Er zit een tikfout in de stuksprijs]; in de bijlage vindt u de gecorrigeerde bevestiging.
[Aantallen en leverdatum blijven ongewijzigd.|Uiteraard factureren wij de juiste prijs.] [Excuses voor de
+ verwarring.|Sorry voor het extra werk in uw administratie.]
# Uw zending is naar het verkeerde adres gegaan | Order {po} – verkeerd afgeleverd | Levering order {po}:
+ onze fout
Door een fout aan onze kant is uw order {po} [naar uw oude adres|naar uw vestiging in {city}|naar het
+ factuuradres in plaats van het afleveradres] gestuurd.
[Wij hebben {carrier} opdracht gegeven de zending daar op te halen en alsnog bij u af te leveren.|Wij
+ sturen vandaag met spoed een nieuwe zending naar het juiste adres; de verkeerd afgeleverde goederen halen
+ wij later zelf op.] [U kunt de zending volgen met {track}.|Verwachte levering: {date}.]
[De extra transportkosten zijn uiteraard voor onze rekening.|Wij hebben het afleveradres in ons systeem
+ aangepast, zodat dit niet nog eens gebeurt.] Onze excuses voor het ongemak.
# Monsters onderweg | Proefmonsters verstuurd | Uw samples – track & trace {track}
[Zoals beloofd|Naar aanleiding van ons gesprek op {event}|Op verzoek van {colleague}] hebben wij vandaag
+ monsters van [onze nieuwe verpakkingsfolie|de gerecyclede verzenddozen|het nieuwe schoonmaakmiddel|de
+ nieuwe werkhandschoenen] naar u verstuurd.
[Het pakket gaat met {carrier} en zou {weekday} bij u moeten zijn; trackingnummer {track}.|U kunt de zending
+ volgen met trackingnummer {track}.]
[Er zitten {n} varianten in, elk met een productblad.|Wij hebben er ook een paar monsters van de nieuwe
+ kleuren bij gedaan.] [Over een week of twee bel ik u om te horen hoe de proef is bevallen.|Bevallen ze,
+ dan maak ik graag een offerte op maat voor u.]
# Restpartij tegen scherpe prijs | Opruiming magazijn: aanbod voor vaste klanten | Alleen deze
+ maand: restvoorraad
Wij ruimen ons magazijn op om ruimte te maken voor [het nieuwe assortiment|de nieuwe collectie|een nieuwe
+ productlijn].
Onze vaste klanten bieden wij daarom als eersten een restpartij [bureaustoelen|LED-panelen|werkschoenen]
+ aan, met {percent}% korting op de
+ normale prijs[, zolang de voorraad strekt|].
[Het gaat om {n} pallets in originele verpakking, met volledige garantie.|De artikelen zijn nieuw; alleen de
+ verpakking heeft nog het oude logo.] [Interesse? Antwoord op deze mail, dan reserveer ik de partij voor
+ u.|Op is op, dus wacht niet te lang.]
# Installatie nieuwe machine op {date} | Inbedrijfstelling en instructie | Planning installatie en training
Uw nieuwe [verpakkingsmachine|compressor|koffiemachine|multifunctional] wordt op {date} geleverd en
+ dezelfde dag door onze technicus [geïnstalleerd|aangesloten en in bedrijf gesteld].
Aansluitend geeft hij [een instructie van ongeveer twee uur|een korte training] aan de medewerkers die ermee
+ gaan werken[; maximaal {n} personen|].
[Wilt u zorgen voor een aansluiting op krachtstroom en een vrije doorgang naar de ruimte?|Graag de ruimte
+ vooraf leeghalen en de stroomvoorziening gereed hebben.] [Past de datum niet, bel dan even met
+ {colleague} van onze planning.|Na afloop tekent u het opleverformulier; daarmee gaat ook uw garantie in.]
# Uw servicecontract loopt af | Verlenging onderhoudscontract | Garantie op uw machine verloopt op {date}
[Het servicecontract|De fabrieksgarantie] voor uw [heftruck|koelinstallatie|compressor|kopieermachine] loopt
+ op {date} af.
Om u ook daarna [onderhoud en snelle hulp bij storingen|voorrang bij storingen en gratis onderdelen] te
+ kunnen bieden, stellen wij een verlenging voor van [een jaar|drie jaar] tegen {amount} per jaar.
[De voorwaarden zijn gelijk aan die van het huidige contract.|Nieuw is dat de jaarlijkse onderhoudsbeurt
+ er nu bij inbegrepen is.] [Wilt u verlengen, dan volstaat een korte bevestiging per mail.|Het voorstel zit
+ in de bijlage; wilt u het getekend vóór {due} terugsturen?]
# Tussenstand omzetbonus | Uw bonusstaffel dit jaar | Uw bonus tot nu toe
Even een tussenstand van uw [jaarbonus|omzetbonusregeling] bij ons: tot en met {month} heeft u voor
+ [ruim|bijna] {amount} bij ons ingekocht.
[Daarmee zit u nu in de staffel van {percent}% bonus.|Daarmee heeft u de eerste bonusstaffel al
+ gehaald.] [Met nog een paar flinke orders vóór het einde van het jaar komt u in de volgende
+ staffel.|Bestellingen die vóór 31 december gefactureerd zijn, tellen nog mee.]
[De bonus wordt in januari met u verrekend.|Het definitieve overzicht ontvangt u na onze jaarafsluiting.]
# Leveringen naar het Verenigd Koninkrijk | Douanedocumenten voor uw zending | Graag uw EORI-nummer
Voor zendingen naar [uw vestiging in het Verenigd Koninkrijk|Zwitserland|Noorwegen] hebben wij voortaan
+ [uw EORI-nummer|de goederencodes en het EORI-nummer van de ontvanger] nodig voor de exportaangifte.
Zonder die gegevens blijft de zending bij de douane staan; [wilt u ze ons vóór {date} sturen?|kunt u ze
+ vóór verzending van order {po} aan ons doorgeven?]
[Wij leveren voortaan onder DAP-condities, dus invoerrechten en btw bij aankomst zijn voor uw
+ rekening.|De proforma-factuur en het certificaat van oorsprong gaan met elke zending mee.] [Onze
+ expediteur kan de invoeraangifte tegen een vaste vergoeding voor u verzorgen.|Met vragen over de
+ douaneformaliteiten kunt u terecht bij {colleague} van onze exportafdeling.]
# Rapport over uw reclamatie | 8D-rapport order {po} | Oorzaak en maatregelen na uw klacht
Naar aanleiding van uw reclamatie over [de laatste levering|order {po}] hebben wij de oorzaak
+ grondig onderzocht.
[De maatafwijking bleek veroorzaakt door een versleten matrijs.|De afwijking is ontstaan doordat een
+ machine-instelling na onderhoud niet goed was teruggezet.|Onze grondstofleverancier bleek een partij met
+ een afwijkende samenstelling te hebben geleverd.]
[Dit is inmiddels verholpen en de komende {n} leveringen controleren wij extra streng.|De corrigerende
+ maatregelen en de resultaten van onze hercontrole staan in het 8D-rapport in de bijlage.] [Wij betreuren
+ het voorval en danken u voor uw melding.|Wij lichten het rapport graag toe in een kort overleg.]
# Ophalen lege fusten | Emballage retour op {date} | Retourname lege [gasflessen|vaten|IBC-containers]
Op {date} komt onze chauffeur bij u langs om de [lege fusten|lege gasflessen|lege IBC-containers] op te
+ halen.
[Wilt u ze schoon en met de dop erop klaarzetten bij het laadperron?|Zet u ze graag bij elkaar, zodat onze
+ chauffeur ze snel kan laden?] [Het statiegeld crediteren wij zodra de emballage bij ons is
+ gecontroleerd.|Volgens onze administratie staan er nog {n} stuks op uw naam.]
[Emballage die na {due} niet terug is, brengen wij helaas in rekening.|Heeft u er meer of minder staan,
+ laat het ons dan even weten.]
# Voorstel: vaste prijs voor volgend jaar | Aanbod jaarafspraak | Prijsvoorstel op basis van uw
+ afname
Het viel ons op dat u [regelmatig|bijna elke maand]
+ [verzenddozen|kopieerpapier|tonercartridges|werkhandschoenen] bij ons bestelt, steeds in kleine aantallen.
Daarom stellen wij u graag een [jaarafspraak|raamcontract] voor: u geeft uw verwachte jaarafname door en
+ krijgt daarvoor [een vaste prijs|{percent}% korting] voor het hele jaar.
[U roept gewoon per keer af wat u nodig heeft en wij houden de voorraad voor u aan.|Zo heeft u zekerheid
+ over uw inkoopprijs en wij over onze planning.] [Het voorstel met de prijzen zit in de bijlage.|Zal ik u
+ {weekday} even bellen om het toe te lichten?]
# Indexatie huurprijs per {date} | Jaarlijkse huuraanpassing | Nieuwe huurprijs van uw bedrijfsruimte
Conform artikel [4|5] van de huurovereenkomst indexeren wij de huurprijs van uw bedrijfsruimte in {city} per
+ {date} op basis van de consumentenprijsindex.
De stijging bedraagt {percent}%; de nieuwe huur komt daarmee op {amount} per [maand|kwartaal], exclusief btw
+ en servicekosten.
[Heeft u een periodieke overboeking ingesteld, wilt u die dan tijdig aanpassen?|De eerstvolgende huurfactuur
+ is al op het nieuwe bedrag gebaseerd.] [De berekening vindt u in de bijlage.|Voor vragen kunt u terecht bij
+ {colleague} van ons vastgoedbeheer.]
#! Uw ISDN-aansluiting stopt op {date} | Actie nodig: overstap telefonie | Oude telefonielijnen verdwijnen
Op {date} stoppen wij definitief met [ISDN en analoge telefonie|telefonie over ons oude kopernetwerk]; ook de
+ aansluiting op uw bedrijfsadres in {city} valt daaronder.
Om bereikbaar te blijven, moet u vóór die datum overstappen op [internettelefonie|een van onze zakelijke
+ VoIP-pakketten]. [Let op: ook uw pinautomaat, liftalarm of inbraakalarm kan via deze lijn lopen.|Denk ook
+ aan apparatuur als een faxapparaat, liftalarm of inbraakalarm op deze lijn.]
[Uw telefoonnummers kunt u gewoon behouden.|Wij adviseren u graag kosteloos over de beste oplossing.] [Plan
+ via {url} een afspraak met een zakelijk adviseur.|Bel ons gerust, dan regelen we de overstap samen.]
# Uw matrijs is aan vervanging toe | Slijtage matrijs artikel {n}{n}{n} | Gereedschap bijna aan het einde van
+ zijn levensduur
Bij de laatste productierun voor uw order {po} zagen wij dat de
+ [spuitgietmatrijs|stansmatrijs|extrusiematrijs] die in uw eigendom bij ons staat, duidelijk aan het slijten
+ is.
[Er ontstaat steeds meer braam aan de randen en de maten schuiven langzaam naar de grens van de
+ tolerantie.|Inmiddels is er na elke run extra nabewerking nodig om binnen de tolerantie te blijven.]
Volgens onze inschatting gaat de matrijs nog [zo'n {n}0.000 stuks|hooguit een paar runs] mee; [een nieuwe kost
+ circa {amount}, met een levertijd van ongeveer {n} weken|een revisie kan voor circa {amount}, maar geeft
+ minder zekerheid].
[Wij adviseren u de vervanging nu al in te plannen, zodat uw leveringen niet in gevaar komen.|Zullen we de
+ mogelijkheden {weekday} telefonisch doornemen?]
# Voorstel: wij beheren uw voorraad | Kanban voor uw verbruiksartikelen | Nooit meer zelf bestellen
Veel van onze klanten laten het bijvullen van [bevestigingsmaterialen|verbruiksartikelen zoals handschoenen,
+ tape en schuurpapier|boren, bits en zaagbladen] inmiddels aan ons over, en dat bieden wij u nu ook aan.
Wij plaatsen bij u [een kanbanrek met twee bakken per artikel|een afgesloten voorraadkast], onze
+ servicemedewerker komt [elke week|om de week] langs om bij te vullen, en u ontvangt één factuur per maand.
[Uw mensen zijn dan geen tijd meer kwijt aan tellen en bestellen.|Zo grijpt niemand op de werkvloer nog mis.]
+ [De inrichting van het rek is kosteloos.|U betaalt alleen wat er werkelijk wordt verbruikt.]
[Mag ik eens langskomen om te kijken wat bij u zou passen?|Zal ik {weekday} een voorstel op maat komen
+ toelichten?]
#! Wijziging subverwerkers | Update verwerkersovereenkomst | Aankondiging: nieuwe subverwerker per {date}
Als verwerker van uw gegevens informeren wij u over een wijziging in de lijst met subverwerkers van {company}.
Per {date} [nemen wij een nieuwe hostingpartner in gebruik, met datacenters in Frankfurt en
+ Amsterdam|schakelen wij een externe partij in voor de chat van onze klantenservice|verhuizen onze back-ups
+ naar een andere Europese cloudaanbieder]. [Uw gegevens blijven binnen de Europese Unie.|Met deze partij
+ hebben wij een verwerkersovereenkomst gesloten met dezelfde waarborgen als de onze.]
De actuele lijst vindt u op {url}. [Heeft u bezwaar tegen deze wijziging, laat het ons dan binnen 30 dagen
+ weten.|Conform de verwerkersovereenkomst kunt u tot {due} bezwaar maken.]
# Beveiligingsincident bij {company} | Belangrijk: incident met klantgegevens | Informatie over een datalek
Wij moeten u helaas melden dat [op {date}|afgelopen weekend] [onbevoegden toegang hebben gekregen tot ons
+ klantportaal|een van onze servers is getroffen door ransomware|via een phishingmail een mailbox van een van
+ onze medewerkers is ingezien].
[Daarbij zijn mogelijk namen, e-mailadressen en factuurgegevens van uw bedrijf bekeken.|Voor zover wij nu
+ weten, gaat het om contactgegevens en orderhistorie; betaalgegevens slaan wij niet op.] Wij hebben het
+ incident gemeld bij de Autoriteit Persoonsgegevens.
[Wees extra alert op mails die zogenaamd van ons komen, zeker als er om een betaling of nieuwe bankgegevens
+ wordt gevraagd.|Wijzig voor de zekerheid het wachtwoord van uw account bij ons.] [Het spijt ons zeer dat dit
+ is gebeurd.|Wij betreuren dit ten zeerste en houden u op de hoogte van ons onderzoek.]
# Verwerkingsadvies bij lage temperaturen | Tips voor de winter | Let op bij vorst: opslag en verwerking
Nu het kouder wordt, [krijgen wij weer vragen over|willen wij u graag even wijzen op] de verwerking van onze
+ [lijmen en kitten|tegellijmen en voegmortels|muurverf en lakken] bij lage temperaturen.
[Verwerk ze bij voorkeur niet onder de 5 °C; ook de ondergrond moet vorstvrij zijn.|Onder de 5 °C hardt het
+ product veel langzamer uit en kan de hechting tekortschieten.] [Sla emmers en kokers vorstvrij op; bevroren
+ materiaal kunnen wij niet onder garantie terugnemen.|Bewaar uw voorraad op een vorstvrije plek, dus niet in
+ de bus of in de container op de bouwplaats.]
[In de bijlage vindt u het technische blad met onze adviezen voor winterverwerking.|Voor koude omstandigheden
+ hebben wij ook een wintervariant; uw vertegenwoordiger vertelt u er graag meer over.] [Met vragen kunt u
+ altijd terecht bij onze technische dienst.|]
# Jaarlijkse controle van uw verzekeringen | Klopt uw verzekerde waarde nog? | Polisreview {month}
Zoals elk jaar lopen wij in {month} graag de verzekeringen van uw bedrijf met u door.
[Vooral de verzekerde waarde van uw inventaris en voorraad verdient aandacht: door de gestegen prijzen bent u
+ mogelijk onderverzekerd.|Bent u dit jaar verhuisd of gegroeid, of heeft u nieuwe machines aangeschaft, dan
+ moeten wij uw polissen daarop aanpassen.] [Ook uw aansprakelijkheidsverzekering kijken wij graag na, zeker
+ als u inmiddels ook buiten Nederland levert.|Daarnaast vragen wij u naar het aantal medewerkers en de
+ verwachte omzet voor volgend jaar.]
[Kunt u via {url} een moment kiezen voor een gesprek van een halfuur?|Schikt {weekday} {date} om {time} uur,
+ bij u op kantoor?] [Het gesprek is uiteraard kosteloos.|Het vragenformulier zit alvast in de bijlage.]
# Aanlevering stukken jaarrekening | Graag uw stukken vóór {date} | Checklist jaarwerk
Binnenkort beginnen wij aan de jaarrekening en de aangifte vennootschapsbelasting van {customer}; daarvoor
+ ontvangen wij graag uiterlijk {date} [de stukken van de checklist in de bijlage|de onderstaande stukken].
[Denk aan de bankafschriften van december, de voorraadtelling per 31 december en een lijst met openstaande
+ debiteuren en crediteuren.|Het gaat onder meer om de voorraadtelling, nieuwe leasecontracten en de facturen
+ van investeringen boven de {amount}.]
[U kunt alles uploaden in ons klantportaal: {url}|Wat al in uw online boekhoudpakket staat, hoeft u niet apart
+ te sturen.] [Hoe eerder wij alles hebben, hoe eerder u de conceptjaarrekening ontvangt.|Mist u iets of heeft
+ u vragen, bel dan gerust {colleague}.]
# Vervanging uitzendkracht vanaf {weekday} | Nieuwe kracht voor uw magazijn | Wijziging in de bezetting
Helaas heeft de [uitzendkracht|orderpicker] die wij bij u in het magazijn hebben geplaatst, ons laten weten
+ per {date} te stoppen[, vanwege een vaste baan elders|].
Wij hebben al een vervanger voor u gevonden: {colleague}, [die eerder bij een vergelijkbare groothandel heeft
+ gewerkt|met een geldig heftruckcertificaat en ervaring met handscanners], kan [{weekday}|op {date}]
+ beginnen.
[Kan iemand van uw team de eerste ochtend het inwerken op zich nemen?|Wij komen de eerste dag even langs om te
+ kijken of alles goed loopt.] [Klikt het niet, laat het ons dan direct weten; dan zoeken wij verder.|Het
+ uurtarief blijft gelijk.]
# Nieuwe afspraken over afvalscheiding | Vanaf {date} een aparte container voor plastic | Wijziging in uw
+ afvalinzameling
Vanaf {date} moeten bedrijven [hun plastic, papier en restafval gescheiden aanbieden|ook groente-, fruit- en
+ etensresten apart inzamelen]; daarom passen wij uw inzamelcontract aan.
Wij plaatsen [{weekday}|in de week van {date}] een extra [container van 240 liter|rolcontainer] bij uw pand in
+ {city}; [die legen wij eens per twee weken|die legen wij op dezelfde dag als uw restafval].
[Omdat u minder restafval overhoudt, daalt het tarief daarvoor; per saldo stijgen uw kosten met ongeveer
+ {amount} per maand.|De nieuwe tarieven staan in de bijlage.] [Wilt u zorgen dat de container vrij bereikbaar
+ is?|Posters voor in de kantine sturen wij u graag toe.]
# Uw leasecontract loopt af | Einde looptijd leaseauto | Tijd voor een nieuwe bus?
Het leasecontract van [uw bestelbus|een van uw leaseauto's] met contractnummer {n}{n}{n}{n} loopt op {date}
+ af.
[Wilt u het contract verlengen, of zullen wij een voorstel maken voor een nieuwe auto?|U kunt het contract met
+ maximaal twaalf maanden verlengen tegen hetzelfde maandbedrag, of kiezen voor een nieuwe auto.] [Houd er
+ rekening mee dat de levertijd van nieuwe auto's nu zo'n {n} maanden is.|Een nieuwe elektrische bus heeft op
+ dit moment een levertijd van ongeveer {n} maanden.]
[Bij inlevering laten wij de auto inspecteren; schade buiten normale slijtage brengen wij in rekening.|Wij
+ plannen graag een afspraak voor de inname en de inspectie.] [Laat u ons vóór {due} uw keuze weten?|Uw
+ accountmanager belt u hierover binnenkort.]

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
# Factuur inboeken | Kun jij deze factuur inboeken? | Factuur {company} – verkeerd binnengekomen
Deze factuur van {company} kwam bij mij binnen in plaats van bij de crediteurenadministratie.
Kun jij hem inboeken op [kostenplaats {n}00|project {city}|het marketingbudget]? [Ik heb hem al gecontroleerd,
+ dus je mag hem meteen klaarzetten voor betaling.|De levering is compleet, het klopt met order {po}.]
[Wil je ze voortaan vragen om facturen naar het centrale adres te sturen?|Dank!]
# {customer} is niet blij | Wil jij {customer} even bellen? | Ontevreden klant
{customer} belde net [flink boos|nogal ontstemd] over de laatste levering: [halve bestelling, verkeerde
+ kleur|drie dagen te laat en niemand had ze gebeld].
Jij bent hun accountmanager, dus wil je ze [vandaag nog|vóór {time} uur] even bellen? [Ik heb gezegd dat we
+ het uitzoeken.|Ik denk dat een kleine creditering ze wel weer tevreden maakt.]
[Het is een van onze grootste klanten, dus liever geen risico.|Het ticket staat op jouw naam in het CRM.]
# Voorraad {product} bijna op | Bijbestellen? | Voorraad magazijn
Even een seintje vanuit het magazijn: we hebben nog maar {n} [dozen|pallets|stuks] {product} liggen.
[Met het huidige verbruik is dat nog ongeveer een week.|Volgende week gaat er een grote order uit, dus dat
+ is niet genoeg.] Zal ik bij de leverancier bijbestellen of doe jij dat?
# Parkeerplaats afgesloten | Let op: parkeren | Werkzaamheden parkeerterrein
[Op {weekday}|Op {date}] wordt het parkeerterrein [opnieuw geasfalteerd|afgesloten omdat er laadpalen
+ worden aangelegd].
Parkeer [in de parkeergarage aan de overkant; de kosten kun je declareren|bij de buren, daar hebben we
+ afspraken mee gemaakt].
[Kom als het kan op de fiets, of werk die dag thuis.|Bezoekers kunnen gewoon via de hoofdingang.]
# Uren schrijven! | Urenregistratie {month} | Herinnering: uren invullen
Nog niet iedereen heeft de uren van [vorige week|{month}] geschreven. [Graag vóór {weekday} 12.00 uur, anders
+ kunnen we de klanten niet factureren.|Zonder uren kunnen we niet factureren, dus graag vandaag nog.]
[Zet ze wel op het juiste projectnummer.|Vragen over codes? Loop even bij mij langs.]
# Overdracht tijdens mijn vakantie | Lopende zaken vanaf {date} | Overdracht
Vanaf {date} ben ik twee weken [op vakantie|met verlof]. Even de lopende zaken op een rij:
Order {po} van {customer} is nog niet geleverd; [de leverancier heeft week {n} toegezegd|houd de
+ track-and-trace in de gaten].
Offerte {quote} wacht nog op reactie van de klant; [bel ze {weekday} even na|als ze akkoord geven, mag
+ {colleague} de order invoeren].
[Alles staat in de gedeelde map.|In noodgevallen ben ik op mijn mobiel bereikbaar.]
# Nieuwe klant op rekening? | Kredietcheck {customer} | Mogen we leveren zonder vooruitbetaling?
{customer} wil voor het eerst bij ons bestellen, voor zo'n {amount}, en vraagt om op rekening te mogen
+ betalen.
[Kun jij een kredietcheck doen voordat ik de order bevestig?|Vind je het goed als we de eerste order op
+ rekening leveren?] [Ze zitten in {city} en bestaan pas twee jaar.|Ze willen graag nog deze week
+ geleverd krijgen.]
# Inzameling voor {colleague} | Cadeau voor {colleague} | Pssst... niet doorsturen naar {colleague}!
[{colleague} gaat met pensioen|{colleague} gaat ons na {n} jaar verlaten|{colleague} is volgende week 25
+ jaar in dienst] en we willen iets leuks geven.
[De envelop ligt bij de receptie.|Je kunt een bijdrage overmaken via het betaalverzoek in de groepsapp.]
+ [Liefst vóór {weekday}.|Ideeën voor het cadeau zijn welkom!]
# Order {customer} binnen! | Goed nieuws | Deal met {customer} rond
Goed nieuws: {customer} heeft [net getekend|de offerte vandaag getekend]! [Het gaat om een raamcontract
+ voor twee jaar.|De eerste order is {amount}, en er komt meer.]
[Dank aan iedereen die heeft meegedacht, en vooral aan {colleague}.|Volgende stap is de kick-off, daar
+ hoor je nog over.] [Vrijdag trakteer ik op gebak.|Om {time} uur staat er taart in de kantine.]
# Rekeningnummer {company} gewijzigd? | Even checken: nieuw IBAN leverancier | Verificatie bankgegevens
Er kwam vanochtend een mail binnen van {company} dat hun rekeningnummer gewijzigd is.
Voordat we dat in het systeem aanpassen: [kun jij ze even bellen op het nummer dat wij al hebben, niet dat
+ uit de mail|wil je het telefonisch laten bevestigen door onze vaste contactpersoon daar]?
[Er staat deze week een betaling van {amount} aan ze klaar.|Het voelt een beetje vreemd, zeker omdat het zo
+ dringend wordt gebracht.] Tot die tijd zet ik de betalingen stil.
# Fw: klacht {customer} – partij {product} | Klacht {customer}: graag onderzoek | Kwaliteitsprobleem bij
+ {customer}
Hieronder de klacht van {customer} over de laatste partij {product} ([order {po}|geleverd op {date}]).
[Kun jij de productiegegevens van die batch opzoeken en nagaan welke klanten nog meer uit dezelfde partij
+ hebben gekregen?|Kun jij vóór {weekday} een eerste analyse maken, zodat ik de klant iets kan terugkoppelen?]
[Ik heb de klant nog niets toegezegd over creditering of vervanging.|Verkoop wil ze {percent}% crediteren,
+ maar ik wil eerst weten wat er mis is gegaan.] [Laat het weten als je de retourmonsters nodig hebt.|Ik zet
+ het ook op de agenda van het kwaliteitsoverleg.]
# Korting offerte {quote} – akkoord? | Goedkeuring extra korting {customer} | Mag ik onder de minimumprijs?
{customer} wil alleen tekenen als we op offerte {quote} [{percent}% extra korting|een korting van {amount}]
+ geven.
Dat valt buiten mijn bevoegdheid, dus ik heb jouw akkoord nodig. [De marge blijft dan nog net positief.|Ze
+ zeggen dat een concurrent goedkoper is, maar of dat klopt weet ik niet.]
[Ze willen vóór {weekday} antwoord.|Als we dit binnenhalen, volgt er waarschijnlijk een jaarcontract.] [Bel
+ me even als je vragen hebt.|Zal ik het anders {weekday} in het salesoverleg inbrengen?]
# {customer} betaalt factuur {inv} niet | Openstaande factuur {inv} – weet jij wat er speelt? | Vraagje over
+ {customer}
Factuur {inv} aan {customer} ({amount}) staat al [ruim een maand|{days} dagen] open.
[Toen ik belde, zeiden ze dat de levering niet compleet was en dat ze daarom niets betalen.|Volgens hun
+ crediteurenadministratie ontbreekt ons inkoopordernummer op de factuur.] Weet jij daar meer van?
[Als er inderdaad iets niet geleverd is, maken we een creditnota, dan kan de rest betaald worden.|Als dat
+ klopt, stuur ik ze een nieuwe factuur met {po} erop.] [Ik verstuur de herinnering pas als ik het van jou
+ weet.|Graag even een reactie vóór de maandafsluiting.]
# Nieuwe collega per {date} – IT | Indiensttreding {colleague} | Laptop en accounts voor {colleague}
Op {date} begint {colleague} bij ons als [medewerker binnendienst|projectleider|collega op de
+ administratie].
Kun jij zorgen dat [een laptop, telefoon en toegangspas|accounts voor mail, ERP en CRM] op de eerste werkdag
+ om {time} uur klaarliggen?
[De werkplek is naast die van {sender} op de tweede verdieping.|Rechten graag hetzelfde als de andere
+ collega's van het team.] [De getekende arbeidsovereenkomst heeft HR al.|Ik heb ook een ticket bij de
+ servicedesk aangemaakt.]
# Jaargesprekken plannen | Functioneringsgesprekken {month} | Voorbereidingsformulier jaargesprek
In {month} houden we weer de [jaargesprekken|functioneringsgesprekken].
[Kies via de link in je agenda een tijdslot bij je leidinggevende.|Je leidinggevende stuurt je deze week een
+ uitnodiging.] [Vul vooraf het voorbereidingsformulier in het HR-portaal in.|Denk alvast na over je doelen
+ en opleidingswensen voor volgend jaar.]
[Vragen? Loop even bij HR binnen.|Het formulier graag uiterlijk {date} inleveren.]
# Declaratie {month} | Je declaratie mist bonnetjes | Declaratie teruggezet
Hoi, je declaratie van {month} heb ik teruggezet: [de bonnetjes van de hotelovernachting ontbreken|bij de
+ restaurantrekening staat niet met wie je hebt gegeten|de kilometers zijn niet gespecificeerd]. Zodra dat
+ erbij zit, keur ik hem goed.
# Extra zaterdagdienst | Wie kan er zaterdag werken? | Grote order {customer} – extra handen nodig
Door de grote order van {customer} ({po}) moeten we [zaterdag|deze week] extra draaien [in het magazijn|op
+ de productielijn].
[We zoeken nog {n} mensen van 7.00 tot 13.00 uur.|Wie kan er een extra dienst doen?] [De uren worden
+ uitbetaald met de gebruikelijke toeslag.|De uren mag je ook later als compensatie-uren opnemen.]
[Zet je naam op de lijst bij de koffieautomaat.|Geef het vóór {weekday} door aan {colleague}.]
# Contract {customer} – graag juridisch checken | Kun jij even naar deze overeenkomst kijken? |
+ Raamovereenkomst {customer} ter review
In de bijlage het contract dat {customer} ons heeft gestuurd voor [de levering van {product}|een
+ raamovereenkomst van drie jaar|het onderhoud van hun installaties].
[Vooral de boeteclausule bij te late levering en de aansprakelijkheid bevallen me niet.|Ze willen een
+ betalingstermijn van 90 dagen, veel langer dan we normaal doen.] Kun jij er vóór {weekday} naar kijken?
[De klant wil graag vóór {date} tekenen.|Ik wil onze voorstellen voor aanpassingen in één keer terugsturen.]
# Verhuizing naar de tweede verdieping | Verhuisdozen inpakken vóór {weekday} | Kantoorverhuizing {date}
Op {date} verhuizen we [naar de tweede verdieping|naar het nieuwe pand in {city}], dus {weekday} moet
+ alles ingepakt zijn.
[De verhuisdozen liggen bij de receptie; zet op elke doos je naam en je nieuwe kamernummer.|Pak je bureau in
+ en zet de dozen vóór {time} uur op de gang.] [Computers en schermen laat je staan, die neemt IT
+ mee.|Ruim meteen je la en kast op, we nemen niet alles mee.]
[Maandag zitten we op de nieuwe plek; de plattegrond hangt in de kantine.|Op de verhuisdag zelf werken we
+ allemaal thuis.]
# Begroting volgend jaar | Input begroting vóór {date} | Budgetaanvragen per afdeling
We zijn begonnen met de begroting voor volgend jaar. [Kun je vóór {date} de wensen van jouw afdeling
+ aanleveren?|Ik heb jouw input nodig voor personeel, opleidingen en investeringen.]
[Gebruik het sjabloon in de gedeelde map en licht grote posten kort toe.|Denk ook aan apparatuur die
+ afgeschreven is en vervangen moet worden.] [De directie wil de kosten niet meer dan {percent}% laten
+ stijgen.|Investeringen boven {amount} moeten apart worden onderbouwd.]
[Op {weekday} bespreken we de eerste versie.|Vragen? Loop even bij mij binnen.]
# Bezoek {customer} op {weekday} | Voorbereiding klantbezoek | {customer} komt langs – wie doet wat?
Op {weekday} om {time} uur [komt de inkoopdirecteur van {customer}|komen twee mensen van {customer}] bij ons
+ op bezoek.
[{colleague} geeft de rondleiding door de productie, dus zorg dat de hal er netjes bij staat.|Ik wil ze de
+ nieuwe lijn laten zien, dus plan die ochtend geen onderhoud.] [Zaal {room} is gereserveerd en de lunch is
+ besteld voor {n} personen.|Kan iemand een welkomstscherm bij de ingang regelen?]
[Wie maakt een overzicht van hun orders en klachten van het afgelopen jaar?|De presentatie graag vóór {date}
+ naar mij.]
# BHV-herhaling {date} | Wie wil BHV'er worden? | Inschrijven: EHBO-cursus
Op {date} is de jaarlijkse [BHV-herhalingstraining|EHBO-cursus] in zaal {room}, van {time} uur tot ongeveer
+ vier uur.
[Alle BHV'ers worden verwacht; kun je niet, geef dan even door waarom.|Er zijn nog {n} plekken voor nieuwe
+ BHV'ers, vooral van de afdelingen waar er nu te weinig zijn.] [De training telt als werktijd en de lunch
+ wordt verzorgd.|Na afloop krijg je een nieuw certificaat.]
[Geef je op bij {colleague}.|Inschrijven kan tot {weekday}.]
# Voorraadverschil {product} | Klopt de voorraad van {product}? | Verschil tussen systeem en schap
Bij het orderpicken zag ik dat er nog maar {n} dozen {product} op de locatie staan, terwijl het systeem er
+ [veel meer|{n}0] aangeeft.
[Kan het zijn dat de laatste retour dubbel is ingeboekt?|Misschien is er een levering op de verkeerde locatie
+ gezet.] [Kun jij de mutaties van de afgelopen weken nakijken?|Wil jij een telling doen voordat we de order
+ van {customer} bevestigen?]
[Ik heb de locatie voorlopig geblokkeerd.|Tot die tijd verkopen we niet meer dan wat er echt ligt.]
# Vakantieplanning zomer | Vul het vakantierooster in | Bezetting in de zomer
Het vakantierooster voor [de zomer|juli en augustus] staat in de gedeelde map. [Zet je weken erin vóór
+ {date}.|Graag vóór {date} invullen, daarna leggen we het rooster vast.]
Per afdeling moeten er minimaal [twee|drie] mensen aanwezig zijn, [dus overleg onderling als je in dezelfde
+ weken weg wilt|en in het magazijn moet de bezetting op peil blijven].
[Collega's met schoolgaande kinderen hebben voorrang in de schoolvakantie.|Komen jullie er samen niet uit,
+ dan beslis ik.]
# Schade aan de bus | Bus – schadeformulier invullen | Wie had de bedrijfsbus gisteren?
[Vanochtend|Bij de ochtendcontrole] zag ik een flinke deuk in [de zijdeur|de achterbumper] van [de grote
+ bus|de witte bestelbus], en die zat er vrijdag nog niet in.
[Wie de bus gisteren heeft gehad: geen verwijten, maar vul wel even het schadeformulier in.|Volgens de
+ rittenregistratie reed {colleague} er als laatste mee; kun je even bij me langskomen?] [Zonder formulier
+ kunnen we de schade niet bij de leasemaatschappij melden.|Het formulier ligt in het dashboardkastje.]
[Graag vóór {weekday}, dan kan hij nog deze week naar de schadehersteller.|Zolang hij gewoon rijdt, mag hij
+ gebruikt worden.]
# Audit ISO 9001 op {date} | Voorbereiding hercertificering | Audit volgende week – wat moet er klaar zijn?
Op {date} komt de auditor van de certificerende instelling voor de [hercertificering|jaarlijkse
+ controle-audit] van ISO 9001.
[Kijk even of de werkinstructies op je afdeling de laatste versie zijn en of de kalibratiestickers op de
+ meetmiddelen nog geldig zijn.|Zorg dat de afwijkingsrapporten van dit jaar zijn afgesloten en dat de
+ opleidingsregistratie is bijgewerkt.] [De openstaande acties uit de vorige audit staan in de gedeelde
+ map.|{colleague} loopt {weekday} alvast een rondje met de checklist.]
[De auditor kan iedereen iets vragen, dus zeg gewoon eerlijk hoe je werkt.|Graag die dag opgeruimde
+ werkplekken en niets in de looppaden.]
# Fotograaf op {weekday} | Nieuwe teamfoto's voor de website | Mag jouw foto op LinkedIn?
Op {weekday} [vanaf {time} uur|in de ochtend] komt er een fotograaf langs voor nieuwe foto's voor [onze
+ website|de vacaturepagina|onze LinkedIn-pagina].
[We willen graag van iedereen een portretfoto en een paar foto's van het team aan het werk.|Vooral de
+ werkplaats en het magazijn komen in beeld, dus wie daar werkt: werkkleding aan.] [Wil je liever niet op de
+ foto? Geen probleem, laat het me even weten.|Van iedereen die op de foto komt, heb ik een handtekening nodig
+ op het toestemmingsformulier.]
[Heb je ideeën voor leuke foto's, dan hoor ik het graag.|Het formulier ligt bij de receptie.]
# Oude klantgegevens opruimen | AVG: bestanden opschonen vóór {date} | Actie: oude cv's en klantlijsten
+ verwijderen
We gaan onze bestanden opschonen, zoals de AVG van ons vraagt. [Wil je vóór {date} in je eigen mappen en
+ mailbox alles verwijderen wat we niet meer nodig hebben?|Ik vraag iedereen om vóór {date} de eigen mappen en
+ mailbox na te lopen.]
Denk aan [cv's van sollicitanten die langer dan vier weken geleden zijn afgewezen|oude exports met
+ klantgegevens in Excel|kopieën van identiteitsbewijzen]. [Wat nog nodig is, zet je in de juiste map op de
+ server.|Facturen en contracten bewaren we wel: daarvoor geldt een wettelijke bewaartermijn van zeven jaar.]
[Twijfel je? Vraag het aan {colleague}, onze privacycoördinator.|Op {weekday} om {time} uur loop ik even langs
+ elke afdeling voor vragen.]

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
#! Domeinnaam registratie {company} | Dringend: merkregistratie in Azië | Bevestiging domeinnamen
Wij zijn een domeinregistratiebureau in Shanghai. Gisteren ontvingen wij een aanvraag van een bedrijf dat de
+ naam "{company}" wil registreren als [.cn- en .asia-domein|internetmerk in China].
Omdat dit uw merknaam kan schaden, [willen wij eerst bij u nagaan of dit bedrijf uw partner is|geven wij u
+ voorrang om de domeinen zelf te registreren].
[Reageer binnen 5 werkdagen, anders keuren wij de aanvraag goed.|Neem zo snel mogelijk contact op met onze
+ senior consultant.]
#! Registratie handelsregister – factuur {inv} | Publicatie bedrijfsgegevens | Jaarlijkse registratie
Uw onderneming is [ingeschreven|opgenomen] in het [Centraal Bedrijvenregister|Europees Merkenregister].
Voor de jaarlijkse registratie en publicatie van uw gegevens brengen wij {amount} in rekening, factuur {inv}.
[Gelieve binnen 8 dagen te betalen op {iban} om uitschrijving te voorkomen.|Betaal eenvoudig via {url}]
[Dit is een aanbod en geen factuur; door te betalen gaat u akkoord met onze voorwaarden.|Deze registratie
+ staat los van de Kamer van Koophandel.]
#! Database van {n}0.000 beslissers | Meer leads voor {company} | Gratis proefbestand B2B-adressen
Wij leveren actuele e-mailadressen van [{n}0.000 beslissers in Nederland en België|inkopers in de bouw,
+ logistiek en industrie], volledig AVG-proof.
[Vraag nu een gratis proefbestand aan van 500 contacten.|Deze maand {percent}% korting op elk bestand.]
+ [Antwoord met JA en wij sturen u de prijslijst.|Bekijk de mogelijkheden: {url}]
Wilt u geen berichten meer ontvangen? Antwoord dan met STOP.
#! Uw website verdient beter | Nieuwe website voor € 499 | Is uw website nog van deze tijd?
Ik kwam uw website tegen en [het ontwerp is behoorlijk verouderd|hij is niet geschikt voor mobiel|hij
+ laadt erg traag].
Daardoor loopt u [klanten|omzet] mis. Ons team bouwt een [moderne|professionele] website voor slechts € 499,
+ [binnen 7 dagen online|inclusief hosting].
[Zal ik u een paar voorbeelden sturen?|Heeft u deze week tien minuten voor een belletje?]
#! Snel verzoek | Ben je beschikbaar? | Cadeaukaarten voor klanten
Ik heb [even|snel] je hulp nodig. Ik wil een paar klanten verrassen met cadeaukaarten, maar zit de hele dag
+ in overleg.
Kun je {n} [Google Play|bol.com|Apple]-cadeaukaarten van € 100 kopen en mij de codes mailen? Je krijgt het
+ geld vandaag nog terug via je declaratie.
[Houd het even voor je, het moet een verrassing blijven.|Laat me weten als je bij de winkel bent.]
#! Wijziging bankgegevens – vertrouwelijk | Nieuwe rekening voor openstaande facturen | Update betaalgegevens
Wegens een lopende [fiscale controle|audit] is onze vaste bankrekening tijdelijk geblokkeerd.
Wilt u alle openstaande en toekomstige facturen [per direct|vanaf vandaag] overmaken naar onze
+ [nieuwe rekening|tijdelijke rekening] {iban}?
[In verband met de audit zijn wij telefonisch niet bereikbaar; reageer alleen per e-mail.|Betalingen naar
+ het oude rekeningnummer worden teruggestort.] Stuur ons ook een overzicht van alle openstaande posten.
#! Je artikel is verkocht | Betaling ontvangen – bevestig om uit te betalen | De koper heeft betaald
Goed nieuws! De koper heeft [het bedrag|{amount}] voor je advertentie op [Marktplaats|2dehands|Vinted] al
+ betaald. Het geld staat klaar in ons beveiligde betalingssysteem.
[Om het geld te ontvangen moet je je bankrekening bevestigen: {url}|Klik op de link en vul je kaartgegevens in
+ om de betaling te ontvangen: {url}] De link is 24 uur geldig.
#! Laatste aanmaning Belastingdienst | Openstaande aanslag – beslag dreigt | CJIB: betaal vandaag
[Belastingdienst|Centraal Justitieel Incassobureau]: uit onze administratie blijkt dat u een openstaande
+ [aanslag|boete] heeft van {amount}.
Ondanks eerdere herinneringen hebben wij geen betaling ontvangen. [Betaal binnen 24 uur via {url} om
+ beslaglegging te voorkomen.|Zonder betaling vandaag volgt een deurwaarder, met extra kosten.]
[Betalen kan alleen via iDEAL op onze beveiligde pagina.|Dit is uw laatste kans.]
#! Zonnepark-obligaties 8% rente | Exclusief voor ondernemers: vast rendement | Beleg in groene energie
Laat uw bedrijfsgeld voor u werken: [zonnepark-obligaties|obligaties in Duits zorgvastgoed|wijninvesteringen]
+ met een gegarandeerd rendement van [8|9,5|12]% per jaar.
[Deze emissie is bijna volgeschreven.|Er zijn nog maar {n} plaatsen beschikbaar.] [Een van onze adviseurs
+ belt u graag vrijblijvend.|Reserveer uw deelname via {url}]
Voor deze uitgifte is geen AFM-vergunning vereist.
#! Nieuwe inkooporder {po} | Bestelling – bekijk bijgevoegde PO | Orderaanvraag
Wij willen graag een bestelling bij u plaatsen. De inkooporder {po} met aantallen en leverdatum hebben wij
+ met u gedeeld via een beveiligde link.
[Bekijk de order: {url}|Open de PO hier (log in met uw zakelijke e-mailaccount): {url}]
[Graag binnen 24 uur een offerte met uw beste prijs.|Bevestig ontvangst a.u.b. vandaag nog.]
#! Nieuw voicemailbericht | U heeft een gesprek gemist | Voicemail ontvangen – beluister nu
U heeft op {date} een nieuw voicemailbericht ontvangen van [een extern nummer|+31 6 {n}{n}{n}{n}].
[Het bericht is als audiobestand opgeslagen in uw beveiligde postvak.|Het bericht kon door een storing niet
+ worden afgeleverd.] [Beluister het bericht hier: {url}|Log in met uw Microsoft 365-gegevens om het bericht
+ af te spelen: {url}]
Dit bericht wordt na 48 uur verwijderd.
#! Gratis zonnepanelen op uw bedrijfsdak | Uw energierekening 40% lager | Laatste subsidieronde
Uw bedrijfspand in {city} is [uitermate geschikt|perfect geschikt] voor zonnepanelen, zo blijkt uit onze
+ [luchtfoto-analyse|dakscan].
[Dankzij de nieuwe subsidieregeling betaalt u niets vooraf.|Wij leggen ze gratis; u betaalt alleen voor de
+ opgewekte stroom.] [U bespaart tot 40% op uw energiekosten.|U verdient de installatie binnen twee jaar
+ terug.]
[De subsidiepot is bijna leeg, dus reageer vóór vrijdag.|Plan vandaag nog uw gratis dakscan via {url}]
+ [Antwoord met JA en wij bellen u.|Afmelden? Antwoord met STOP.]
#! Ik heb toegang tot uw apparaat | Laatste waarschuwing | Uw wachtwoord is gelekt
Ik heb al maanden toegang tot uw computer en [uw e-mail|uw webcam|al uw contacten]. [Ik heb beelden van u
+ die u liever niet met uw collega's deelt.|Ik weet meer over u dan u denkt.]
Maak binnen 48 uur [€ 1.200|€ 950] in bitcoin over naar het adres hieronder, dan verwijder ik alles. [Anders
+ stuur ik het naar al uw contacten.|Contact opnemen met de politie heeft geen zin.]
Deze e-mail heb ik vanaf uw eigen account verstuurd.
#! Bezoekerslijst {event} | Deelnemersbestand {event} beschikbaar | Contacten van {event} – interesse?
Heeft u interesse in de bezoekerslijst van {event}? [Wij hebben {n}.000 geverifieerde contacten
+ beschikbaar|Het bestand bevat {n}.000 bezoekers], met naam, functie, e-mailadres en telefoonnummer.
[Ideaal voor uw follow-up na de beurs.|Perfect voor uw volgende e-mailcampagne.] [Antwoord met "prijs" en ik
+ stuur u de kosten en een voorbeeld.|Deze week met {percent}% korting.]
[Niet geïnteresseerd? Antwoord dan met "afmelden".|Dit aanbod is eenmalig.]
#! Negatieve reviews verwijderen? | Meer 5-sterrenreviews voor {company} | Uw Google-score verbeteren
Wij zagen dat {company} [een paar negatieve reviews|een lage score] op Google heeft. [Wist u dat {n} op de
+ 10 klanten afhaakt door slechte reviews?|Dat kost u elke dag klanten.]
[Wij verwijderen negatieve reviews binnen 72 uur, gegarandeerd.|Wij leveren echte 5-sterrenreviews van
+ lokale klanten, al vanaf € 4,95 per stuk.] [Bekijk onze pakketten: {url}|Start vandaag nog via {url}]
Geen interesse meer? Antwoord met STOP.
#! Uw website voldoet niet aan de AVG | Waarschuwing: boete tot € 20.000 | Cookiemelding niet in orde
Bij een automatische scan van uw website is gebleken dat [uw cookiemelding|uw privacyverklaring] niet
+ voldoet aan de AVG.
[Bedrijven die niet vóór {date} aan de regels voldoen, riskeren een boete tot € 20.000.|De toezichthouder
+ controleert momenteel actief bij ondernemers in {city}.] [Los het op met ons AVG-pakket voor eenmalig
+ € 249: {url}|Download hier het volledige scanrapport: {url}]
[Dit bericht is verstuurd namens het Meldpunt Privacy Ondernemers.|Reageer binnen 48 uur om een boete te
+ voorkomen.]
#! Uw bedrijfspagina wordt verwijderd | Melding inbreuk auteursrecht | Laatste waarschuwing: Meta Business
Uw [Facebook-bedrijfspagina|Instagram-account] is gemeld wegens [inbreuk op het auteursrecht|schending van
+ onze communityrichtlijnen].
[Als u niet binnen 24 uur bezwaar maakt, wordt uw pagina definitief verwijderd.|Uw pagina is tijdelijk
+ beperkt; advertenties worden niet meer getoond.] [Dien hier uw bezwaar in: {url}|Verifieer uw account om
+ de beperking op te heffen: {url}]
Meta Business Support – zaaknummer {n}{n}{n}{n}{n}{n}.
#! Uw zakelijke energiecontract loopt af | Zet nu uw stroomprijs vast | Laatste kans: vast tarief
Uit onze gegevens blijkt dat het energiecontract van {company} [binnenkort afloopt|per {date} verloopt].
+ Daarna betaalt u [het dure variabele tarief|tot 60% meer].
[Zet nu uw tarief voor drie jaar vast, zonder opzegkosten.|Ondernemers in {city} besparen gemiddeld {amount}
+ per jaar.] [Vergelijk en stap direct over via {url}|Bevestig hier uw gegevens om het tarief te
+ reserveren: {url}]
[Deze aanbieding geldt alleen deze week.|U bent geselecteerd op basis van uw aansluitgegevens.]
#! HOT AANDEELTIP: deze koers gaat EXPLODEREN | Koop vóór {weekday} – koersdoel +900%
+ | Insider alert: GRNP gaat stijgen
[ALERT|DRINGEND BERICHT] voor alle beleggers: Greenpoint Mineral Corp. (OTC: GRNP) staat op het punt om
+ [door het dak te gaan|te EXPLODEREN]!
Koers nu: slechts [0,07|0,12|0,19] dollar. Ons koersdoel voor [deze week|de komende 5 handelsdagen]: 1,85
+ dollar!
[Grote nieuws komt op {weekday}: een overname door een Amerikaans Fortune 500-bedrijf.|Insiders kopen al
+ massaal in, het volume is in een week {n} keer gestegen.] Wie nu instapt kan [zijn geld
+ vertienvoudigen|{n}00% winst maken in enkele dagen].
Wacht niet tot iedereen het weet, KOOP NU bij uw broker [voordat het te laat is|en vertel het niemand]!
Disclaimer: dit is geen beleggingsadvies. De uitgever van deze nieuwsbrief heeft [{n}0.000 dollar|een
+ vergoeding] ontvangen van een derde partij voor de verspreiding en kan zijn aandelen op elk moment verkopen.
#! Microsoft Office 2021 Pro voor maar € 19,95 | OEM software tot 90% GOEDKOPER
+ | Adobe, Windows, AutoCAD – direct download
Waarom betalen u de volle prijs? [Originele|Volledige] software tot 90% GOEDKOPER als OEM-versie, direct te
+ downloaden na betaling!
[Windows 11 Pro € 14,95 - Office 2021 Professional Plus € 19,95 - Adobe Photoshop € 29,95|Adobe Creative
+ Suite € 49,- - AutoCAD 2024 € 59,- - Windows Server 2022 € 39,-], [alle talen beschikbaar|ook voor Mac].
[Levenslange licentie, geen abonnement!|100% werkende activeringscode of Geld Terug!] [Meer dan {n}.000
+ tevreden klanten in Nederland en België.|Betalen kan ook met bitcoin.]
Bestel nu [en bespaar honderden euro's|zolang de voorraad strekt]: {url}
U ontvangt dit bericht omdat uw adres in onze database staat. Wilt u geen mail meer ontvangen? Klik hier:
+ {url}
#! Behaal uw diploma ZONDER studie! | Bachelor, Master of MBA in 2 weken
+ | Erkende universitaire diploma's – geen examens
Krijg [een bachelor-, master- of MBA-diploma|een erkend universitair diploma|zelfs een doctorstitel] op
+ basis van uw [werkervaring|levenservaring]!
Geen examens, geen lessen, geen boeken. Uw diploma [met cijferlijst|op echt papier met zegel] wordt binnen
+ {n} dagen per koerier thuis bezorgd.
[Meer salaris, meer respect, een betere baan!|Mensen met een diploma verdienen tot 60% meer!] Niemand wordt
+ afgewezen en alles is 100% vertrouwelijk.
[Bel ons 24 uur per dag, 7 dagen per week: +1 206 555 0199|Laat uw naam en telefoonnummer achter op
+ {url}] en een van onze [studieadviseurs|registratoren] neemt direct contact op.
Om u af te melden van deze lijst antwoordt u met REMOVE in het onderwerp.
# Hoi, ben jij het? | Ik zag jouw profiel | Een vrouw uit {city} wil je ontmoeten
Ik ben [Natasha|Anna|Katja], [26|29|31] jaar en ik woon [bij jou in de buurt|niet ver van {city}], ik zag
+ jouw profiel en jij lijkt mij een [erg aardige|hele lieve] man.
[Ik ben een beetje verlegen maar ik zoek een serieuze relatie.|Ik voel mij zo eenzaam in deze grote stad.]
+ Ik heb [een paar privé foto's|nieuwe foto's] van mij gemaakt speciaal voor jou.
[Meer dan {n}0 single vrouwen in {city} zoeken vanavond nog een afspraakje!|Maak een gratis profiel en
+ chat vandaag met eenzame vrouwen uit {city}.]
Mijn foto's en mijn nummer staan hier, [het is helemaal gratis|registreren duurt maar 1 minuut]: {url}
Ik wacht op jou, schrijf mij snel terug!
#! Stuur uw advertentie naar 10 MILJOEN e-mailadressen | Bulk e-mail: 1 miljoen adressen voor € 99
+ | Meer klanten? Wij mailen voor u!
Wilt u [meer klanten|meer verkopen|duizenden nieuwe bezoekers op uw website]? Wij versturen uw advertentie
+ naar [10 miljoen|25 miljoen] e-mailadressen in Nederland, België en heel Europa!
[1 miljoen verzendingen voor maar € 99, 10 miljoen voor € 499.|Prijs: slechts € 0,0001 per adres!] U
+ ontvangt ook GRATIS de complete adressenlijst als Excel-bestand.
100% legaal, 100% opt-in, [onze eigen servers zorgen dat uw mail nooit in de spambox komt|geen blokkades
+ door providers gegarandeerd]!
Net zoals u nu deze advertentie leest, lezen miljoenen mensen morgen UW advertentie! [Antwoord met uw
+ telefoonnummer.|Bestel direct via {url}]
Dit bericht is verzonden in overeenstemming met de wet. U ontvangt deze e-mail omdat uw adres voorkomt in een
+ openbare lijst. Afmelden: {url}
#! Val 12 kilo af in 4 weken ZONDER dieet | Artsen zijn boos over deze pil
+ | Het geheim van de sterren: slank zonder sporten
[Artsen haten deze simpele truc!|Nieuw wondermiddel uit Japan!] Met [onze natuurlijke afslankpil|Garcinia
+ Slim Ultra] verloor Marieke uit {city} [{n} kilo in 3 weken|12 kilo in een maand] zonder dieet en zonder
+ sporten.
Het [verbrandt vet terwijl u slaapt|blokkeert koolhydraten en stopt de trek] - 100% natuurlijk, geen
+ bijwerkingen, Klinisch Bewezen.
[Alleen vandaag: bestel 2 potten en krijg de 3e GRATIS!|Nog maar {n} proefverpakkingen beschikbaar, u
+ betaalt alleen de verzendkosten.]
Bestel nu discreet via {url}
Deze uitspraken zijn niet beoordeeld door een arts, resultaten kunnen verschillen. Wilt u geen aanbiedingen
+ meer ontvangen, klik dan hier: {url}
#! Al uw leningen samenvoegen – 1 lage maandlast | Hypotheekrente nu 1,9% – sluit vandaag over
+ | U bent goedgekeurd voor {amount}
Beste huiseigenaar, [uw aanvraag is vooraf goedgekeurd|u komt in aanmerking] voor [het oversluiten van uw
+ hypotheek tegen slechts 1,9% rente|een lening tot {amount} om al uw schulden samen te voegen].
Zeg vaarwel tegen [creditcardschulden, incassobureaus en achterstanden|al die losse rekeningen]: u betaalt
+ nog maar één lage maandlast en houdt elke maand [honderden euro's|tot 40%] over.
[Ook met BKR-registratie, ook voor zzp'ers!|Slechte kredietgeschiedenis? Geen probleem!] Geen gedoe, geen
+ vragen, het geld staat binnen 24 uur op uw rekening.
[Vul binnen 48 uur het formulier in om uw lage rente vast te zetten: {url}|Deze rente is alleen deze week
+ gegarandeerd, vraag direct aan: {url}]
U ontvangt dit bericht als geselecteerde huiseigenaar. Let op! Geld lenen kost geld. Geen interesse meer?
+ Meld u hier af: {url}
# Erfenis van uw familielid | VERTROUWELIJK: nalatenschap van wijlen mijn cliënt | Vraag om uw medewerking
Ik ben advocaat [James Okafor|Daniel Mensah] uit [Lomé, Togo|Accra, Ghana], de persoonlijke advocaat van
+ wijlen een cliënt met dezelfde achternaam als u, die met zijn hele familie is omgekomen bij een
+ auto-ongeluk in [2019|2021].
Hij heeft een bedrag van {prize} achtergelaten op een rekening bij [de Ecobank|een bank hier], zonder
+ testament en zonder enige erfgenaam.
De bank heeft mij gevraagd om binnen [14|21] werkdagen een familielid te presenteren, anders gaat het geld
+ naar de staat. Omdat u dezelfde naam draagt kan ik u voorstellen als de naaste verwant.
Het bedrag zal worden verdeeld [50% voor u, 40% voor mij en 10% voor goede doelen|60% voor mij en 40% voor
+ u], alles is 100% legaal en zonder enig risico.
Stuur mij [uw volledige naam, adres, telefoonnummer en een kopie van uw paspoort|uw privé telefoonnummer en
+ volledige naam] zodat ik de papieren kan beginnen. Houdt dit alstublieft strikt geheim.

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
#! Presentaties en opname {event} | Bedankt voor uw komst | Terugblik op {event}
Hartelijk dank voor uw aanwezigheid bij {event}. [Wij kijken terug op een geslaagde
+ bijeenkomst.|Het was een inspirerende dag.]
[De presentaties en de opname van de sprekers staan online: {url}|Foto's en presentaties vindt u op {url}]
[Noteer alvast de datum van volgend jaar: {date}.|Tot de volgende keer!]
#! Onbestelbaar: RE: overleg {weekday} | Mail delivery failed | Niet afgeleverd: uw bericht
Uw bericht kon niet worden afgeleverd bij een of meer ontvangers.
[De mailbox van de ontvanger is vol.|Het e-mailadres bestaat niet of is niet meer in gebruik.|De ontvangende
+ server heeft het bericht geweigerd.]
[Controleer het adres en probeer het opnieuw.|Neem contact op met uw beheerder als het probleem blijft
+ bestaan.] Dit is een automatisch gegenereerd bericht.
# Referentie voor {colleague} | Referentieverzoek | Mag ik u even bellen over {colleague}?
{colleague} heeft bij ons gesolliciteerd naar de functie van [teamleider logistiek|medewerker
+ debiteurenbeheer|projectleider] en heeft u opgegeven als referentie.
[Zou ik u deze week kort mogen bellen?|Mag ik u een paar vragen stellen over de samenwerking?] [Het
+ gesprek duurt hooguit tien minuten.|Uiteraard gaan wij vertrouwelijk met uw antwoorden om.]
#! Wegwerkzaamheden op uw bedrijventerrein | Bereikbaarheid bedrijventerrein {city} | Omleiding vanaf {date}
Van {date} tot en met [eind {month}|{due}] vernieuwt de gemeente {city} [de riolering|het wegdek en de
+ verlichting] op uw bedrijventerrein.
[Uw pand blijft bereikbaar via een omleiding.|Vrachtverkeer wordt omgeleid; laad en los zo mogelijk
+ buiten de spits.] [Meer informatie en een kaart vindt u op de website van de gemeente.|Vragen? Kom naar de
+ inloopbijeenkomst op {weekday} om {time} uur.]
# Compliment! | Even een bedankje | Wat een service
Ik wilde even laten weten dat we erg blij zijn met [de nieuwe installatie|hoe snel de spoedlevering
+ geregeld werd|de hulp bij de overstap].
[{colleague} heeft echt meegedacht en alles netjes achtergelaten.|Iedereen bij ons is enthousiast.]
+ [Geef dat compliment gerust door!|Dat mag ook weleens gezegd worden.]
#! Ledenbericht {month} | Nieuws voor leden | Update van uw branchevereniging
Beste leden, [per {date} gaat de nieuwe cao in; de belangrijkste afspraken staan in de bijlage|de regels
+ voor e-facturatie veranderen vanaf {date}; lees in ons overzicht wat dit voor u betekent|het
+ ledenonderzoek naar de energiekosten is afgerond; de uitkomsten vindt u hieronder].
[Heeft u vragen, bel dan onze juridische helpdesk.|Leden kunnen gratis deelnemen aan het webinar over dit
+ onderwerp.] U ontvangt dit bericht als lid van de vereniging.
# Fijne feestdagen | Prettige kerstdagen en een gelukkig nieuwjaar | Seizoensgroeten van {company}
Namens iedereen bij {company} wensen wij u fijne feestdagen en een [gezond en succesvol|voorspoedig]
+ nieuwjaar.
[Bedankt voor de prettige samenwerking dit jaar.|Wij kijken uit naar een mooi jaar samen.] [In plaats van
+ kaarten te sturen steunen wij dit jaar een goed doel in {city}.|Op naar een mooi nieuw jaar!]
#! Wij hebben uw bericht ontvangen | Ticketnummer {n}{n}{n}{n} | Ontvangstbevestiging van uw vraag
Bedankt voor uw bericht. Uw vraag is geregistreerd onder nummer {n}{n}{n}{n}.
[Wij reageren binnen [twee|drie|vijf] werkdagen.|Een van onze medewerkers neemt zo snel mogelijk contact
+ met u op.]
[Vermeld dit nummer als u nog iets wilt toevoegen.|U hoeft deze e-mail niet te beantwoorden.]
#! Uw rekeningafschrift staat klaar | Nieuw afschrift beschikbaar | Uw maandoverzicht {month}
Uw [maandoverzicht|rekeningafschrift] over {month} staat voor u klaar in [internetbankieren|de app].
Om veiligheidsredenen sturen wij geen bijlagen of links mee; log zelf in via de app of de website van de bank.
[Dit is een automatisch bericht; u kunt hier niet op antwoorden.|Heeft u vragen? Neem contact op met uw
+ vaste adviseur.]
# Goed ontvangen, dank | Re: stukken | Ontvangen
Dank u wel, ik heb de stukken [goed ontvangen|in goede orde ontvangen].
[Ik stuur ze door naar onze boekhouder.|Ik kijk er volgende week rustig naar.|Als er nog iets ontbreekt,
+ laat ik het weten.]
# Interviewverzoek | Vraag van een journalist | Reactie gevraagd voor artikel
Ik ben journalist bij [het regionale dagblad|een vakblad voor de logistiek|de lokale omroep] en werk aan een
+ artikel over [het personeelstekort in de regio|duurzaam ondernemen in het mkb|de gevolgen van de nieuwe
+ ringweg rond {city}].
[Uw bedrijf kwam in mijn zoektocht naar voren als mooi voorbeeld.|Iemand van de ondernemersvereniging noemde
+ uw naam.] Zou ik u daarover [kort telefonisch|bij u op het bedrijf] mogen spreken?
[Mijn deadline is {weekday}.|Het stuk verschijnt naar verwachting in {month}.]
#! Geaccepteerd: overleg {weekday} {time} | {sender} heeft uw uitnodiging geaccepteerd | Geaccepteerd:
+ {event}
{sender} heeft uw uitnodiging [geaccepteerd|voorlopig geaccepteerd] voor [{event}|het overleg in zaal
+ {room}] op {date} om {time}.
[Er is geen bericht toegevoegd.|Opmerking: "Ik schuif iets later aan."] Dit bericht is automatisch verzonden
+ door uw agenda.
# Stageplaatsen gezocht | Leerbedrijf worden? | Stage voor onze studenten
Ik ben stagecoördinator bij [het ROC|de hogeschool] in {city} voor de opleiding
+ [logistiek|bouwkunde|ICT|bedrijfsadministratie].
Voor [het komende schooljaar|{month}] zoeken wij nog leerbedrijven die [een student|een paar studenten]
+ [{n} dagen per week|een half jaar] willen laten meedraaien.
[Zou u daarvoor openstaan?|Heeft u misschien plek voor een stagiair?] [Ik vertel er graag meer over in een
+ kort gesprek.|De begeleiding vanuit school is uiteraard goed geregeld.]
#! Uw aanvraag is ontvangen | Omgevingsvergunning – ontvangstbevestiging | Uw aanvraag {n}{n}{n}{n} is in
+ behandeling
Wij hebben uw aanvraag voor [een omgevingsvergunning|een evenementenvergunning|een terrasvergunning] voor uw
+ adres in {city} op {date} ontvangen.
Uw aanvraag heeft zaaknummer {n}{n}{n}{n}. [Wij nemen binnen acht weken een besluit.|Ontbreken er gegevens,
+ dan hoort u dat binnen {days} dagen.]
[De status volgt u via het ondernemersloket: {url}|Dit is een automatisch bericht van de gemeente {city}.]
# Praktische informatie standhouders {event} | Opbouw {event} | Standhoudersinformatie
Over [twee weken|een paar weken] is het zover: {event} in {city}. [Hierbij de praktische informatie voor
+ standhouders.|Fijn dat u er als standhouder bij bent.]
De opbouw is op {date} van 8.00 tot 18.00 uur; [parkeerkaarten en standhoudersbadges liggen klaar bij de
+ ingang|uw standnummer en de plattegrond vindt u in de bijlage].
[Extra stroom of meubilair graag vóór {due} bestellen.|Let op: na 18.00 uur mogen er geen voertuigen meer de
+ hal in.]
#! Nieuw in {month}: productupdates | Wat is er nieuw? | Release-notes {month}
Deze maand hebben we [een aantal verbeteringen|nieuwe functies] toegevoegd aan uw account bij {company}.
[U kunt nu rapportages exporteren naar Excel|Het dashboard laadt een stuk sneller|U kunt nu collega's met
+ alleen leesrechten toevoegen], en [we hebben een paar kleine fouten opgelost|de mobiele app is vernieuwd].
[Bekijk alle wijzigingen op {url}|Meer lezen: {url}] U ontvangt deze e-mail als gebruiker van ons platform.
#! Je pakket ligt in de pakketautomaat | Je pakket staat klaar om op te halen | Pakket bezorgd in automaat
+ {city}
Je pakket met trackingnummer {track} ligt [sinds {time} uur|vanaf vandaag] klaar in de pakketautomaat [bij
+ het station|in de supermarkt] in {city}.
Je ophaalcode is {n}{n}{n}{n}{n}{n}. [Scan de code of tik hem in op het scherm, dan gaat het vakje vanzelf
+ open.|Je kunt ook de QR-code in de app gebruiken.]
[Haal je pakket binnen 48 uur op; daarna gaat het terug naar de afzender.|Na drie dagen brengen we het
+ naar het dichtstbijzijnde servicepunt.] Dit is een automatisch bericht van {carrier}.
#! {sender} heeft een document met je gedeeld | Gedeeld met jou: rooster bardiensten | Uitnodiging om te
+ bewerken
{sender} heeft [het document|de spreadsheet] "[Rooster bardiensten {month}|Indeling carpool
+ uitwedstrijden|Boodschappenlijst schoolkamp]" met je gedeeld[ en je bewerkrechten gegeven|].
[Bericht van {sender}: "Wil je je naam invullen bij de zaterdagen dat je kunt?"|Bericht van {sender}: "Kijk
+ even of het zo klopt."] Openen: {url}
Je ontvangt deze e-mail omdat iemand een bestand met je heeft gedeeld.
# Reünie – meld je aan! | Alumnidag op {date} | Uitnodiging reünie
Het is alweer [twintig|vijfentwintig] jaar geleden dat we [afstudeerden aan de hogeschool in {city}|samen in
+ de klas zaten], en dat vieren we op {date} met een reünie.
[Vanaf {time} uur ben je welkom in de oude aula voor een borrel en een rondleiding.|We beginnen om {time}
+ uur met een lunch; daarna is er een rondleiding door het vernieuwde gebouw.]
[Wil je deze mail doorsturen naar oud-klasgenoten van wie wij geen adres hebben?|Aanmelden kan via {url};
+ de bijdrage is € 25.] [Hopelijk tot dan!|Oude foto's zijn van harte welkom!]
#! Bedankt voor uw gift | Uw jaaroverzicht giften | Hartelijk dank voor uw donatie
Hartelijk dank voor uw [gift|donatie] van {amount} aan [de voedselbank in {city}|het hospice in {city}|onze
+ stichting].
[Dankzij uw steun kunnen wij dit jaar weer [{n}0 gezinnen helpen|extra vrijwilligers opleiden].|Uw bijdrage
+ gaat rechtstreeks naar het project dat u heeft gekozen.]
Onze stichting heeft de ANBI-status; [uw gift is dus mogelijk fiscaal aftrekbaar|het overzicht voor uw
+ belastingaangifte vindt u in de bijlage].
[Wilt u geen post meer van ons ontvangen? Geef het door via {url}|U ontvangt deze mail omdat u donateur
+ bent.]
# Burendag op {date} | Buurtbarbecue – doe je mee? | Opruimactie in de wijk
Op {date} organiseert [de buurtvereniging|het bewonerscomité] [een barbecue op het pleintje|een opruimactie
+ in het park|de jaarlijkse burendag], en iedereen uit de straat is welkom.
[We beginnen om {time} uur; neem je eigen stoel en iets te drinken mee.|Handschoenen en grijpers zijn er;
+ na afloop is er koffie en soep.] [Laat even weten met hoeveel personen je komt.|Wil je een taart bakken of
+ iets anders regelen? Heel graag!]
#! Herinnering: uw afspraak op {date} | Afspraakbevestiging {weekday} {time} | Denkt u aan uw afspraak?
U heeft op {weekday} {date} om {time} uur een afspraak bij [de tandarts|de garage voor de APK van uw
+ auto|de fysiotherapeut].
[Kunt u niet? Verzet of annuleer de afspraak dan uiterlijk 24 uur van tevoren via {url}|Verhinderd? Bel
+ ons dan minstens een werkdag van tevoren.] [Bij afzeggen binnen 24 uur kunnen wij kosten in rekening
+ brengen.|Wilt u tien minuten voor de afgesproken tijd aanwezig zijn?]
Dit is een automatisch bericht; u kunt hier niet op antwoorden.
#! Studiedag op {date}: school gesloten | Bericht van school | Herinnering: geen les op {weekday}
Op {date} hebben alle leerkrachten een studiedag; de kinderen zijn die dag vrij.
[De buitenschoolse opvang is die dag vanaf 7.30 uur open; aanmelden kan via de ouderapp.|Heeft u opvang nodig,
+ neem dan zelf contact op met de BSO.] [Vergeet niet dat de gymspullen na de vakantie weer mee moeten.|De
+ schoolfotograaf komt, anders dan eerder gemeld, een week later.]
Dit bericht is verstuurd via de ouderapp van de school.
# Uitnodiging algemene ledenvergadering | ALV op {date} | Agenda ledenvergadering
Het bestuur van [de tennisclub|de hockeyclub|de volleybalvereniging] nodigt alle leden uit voor de algemene
+ ledenvergadering op {date} om {time} uur in [de kantine|het clubhuis].
Op de agenda staan onder meer [de jaarrekening, de begroting en de contributie voor volgend seizoen|de
+ verkiezing van een nieuwe penningmeester en de plannen voor nieuwe veldverlichting]. [De stukken liggen
+ vanaf {weekday} ter inzage in het clubhuis.|De stukken vindt u op {url}.]
[Kunt u niet komen, dan kunt u een ander lid machtigen om voor u te stemmen.|Na afloop is er een drankje aan
+ de bar.]
#! Herinnering: uw leentermijn verloopt | Uw boeken moeten terug | Bibliotheek: inleverdatum {date}
De leentermijn van [{n} van uw geleende materialen|uw geleende boeken] verloopt op {date}.
[U kunt ze verlengen via Mijn Bibliotheek: {url}|Verlengen kan online of in de bibliotheek, tenzij er een
+ reservering op staat.] [Na de inleverdatum rekenen wij te-laatgeld per dag.|Breng ze op tijd terug, dan
+ betaalt u geen boete.]
Dit is een automatisch bericht van de bibliotheek in {city}.
#! Wilt u binnenkort weer doneren? | Oproep: uw bloedgroep is nodig | Uitnodiging bloeddonatie {city}
Uw bloedgroep is op dit moment extra hard nodig. [U mag sinds kort weer doneren.|Uw laatste donatie is lang
+ genoeg geleden.]
[Maak een afspraak op de donorlocatie in {city} via {url}|Op {weekday} {date} staan wij met de donorbus in
+ {city}; reserveer een tijd via {url}]
[Neem een geldig legitimatiebewijs mee en eet vooraf gewoon iets.|Drink van tevoren voldoende water.] Alvast
+ hartelijk dank, namens de patiënten.
#! Uw reisdocument ligt klaar | Paspoort ophalen | Uw nieuwe identiteitskaart is klaar
Uw [paspoort|identiteitskaart|rijbewijs] ligt klaar bij de balie Burgerzaken van de gemeente {city}.
U kunt het ophalen [zonder afspraak op werkdagen tussen 9.00 en 12.00 uur|nadat u een afspraak heeft gemaakt
+ via {url}]. [Neem uw oude document mee; dat maken wij ongeldig.|Ophalen kan alleen door uzelf.]
[Na drie maanden wordt een niet-opgehaald document vernietigd.|Dit is een automatisch bericht; u kunt hier
+ niet op antwoorden.]
# Geboren! | Geboortebericht | Even heel goed nieuws
Wat fijn om te mogen vertellen: [op {date}|afgelopen {weekday}] is onze [zoon|dochter] geboren[, een gezonde
+ baby van ruim drie kilo|].
Moeder en kind maken het goed, en wij genieten [volop|van elk moment]. [Ik ben de komende weken met verlof,
+ dus een antwoord op uw mail kan even op zich laten wachten.|Ik ben nog een paar weken thuis; daarna ben ik
+ gewoon weer bereikbaar.]
[Kraambezoek is welkom vanaf volgende week; stuur wel even een berichtje van tevoren.|Een foto zit in de
+ bijlage!]
# Repetitie {weekday} gaat niet door | Koor: andere repetitietijd | Wijziging repetitie
[De repetitie van aanstaande {weekday} gaat niet door omdat de zaal bezet is.|Onze dirigent is ziek, dus de
+ repetitie van {weekday} vervalt.]
[We halen hem in op {date} om {time} uur, op de gewone plek.|Volgende week zien we elkaar gewoon weer op de
+ vertrouwde tijd.] [Oefen thuis alvast de nieuwe nummers voor het kerstconcert; de opnames staan op
+ {url}.|Wil je nog even doorgeven hoeveel kaartjes je wilt voor het concert in {month}?]
#! Online inchecken is geopend | Uw vlucht van {date} | Klaar voor vertrek? Check nu in
Voor uw vlucht van {date} naar [Barcelona|Lissabon|Málaga|Kopenhagen] kunt u nu online inchecken.
[Check in via {url} en ontvang uw instapkaart op uw telefoon.|Inchecken kan tot drie uur voor vertrek via
+ {url}] [Let op: handbagage mag maximaal 10 kg wegen.|Wij raden u aan uiterlijk twee uur voor vertrek op de
+ luchthaven te zijn.]
Dit is een automatisch bericht; antwoorden op deze e-mail worden niet gelezen.
"""
