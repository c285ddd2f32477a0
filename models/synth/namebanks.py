"""Word banks for synthetic parties: names, trades, legal forms, cities, streets, phones and banks.

Per language (names, trades, streets) or per country (legal forms, cities with their postcode ranges,
phone patterns, banks with their IBAN bank codes and BICs). Data only; models.synth.parties uses it.
"""

SURNAMES = {
    "en": "Smith Taylor Brown Wilson Evans Hughes Walker Wright Thompson Roberts Clarke Harrison Ashworth "
    "Kingsley Fletcher Porter Gallagher Murphy Kelly Byrne Doyle Sutton Whitfield Hargreaves Pemberton",
    "nl": "de_Vries Jansen van_den_Berg Bakker Visser Smit Meijer de_Boer Mulder de_Groot Bos Vos Peters "
    "Hendriks van_Dijk Dekker Brouwer Kok Verhoeven Maes Peeters Claes Wouters Willems Janssens",
    "de": "Müller Schmidt Schneider Fischer Weber Meyer Wagner Becker Schulz Hoffmann Koch Richter Wolf "
    "Neumann Schwarz Zimmermann Krüger Hartmann Lehmann Brandt Gruber Huber Steiner Moser Keller",
    "fr": "Martin Bernard Dubois Thomas Robert Richard Petit Durand Leroy Moreau Simon Laurent Lefèvre "
    "Michel Fontaine Rousseau Chevalier Girard Bonnet Mercier Blanc Guérin Faure Perrin Morel",
}
FIRST = {
    "en": "James Oliver Harry Emily Sophie Charlotte Daniel Thomas Hannah Lucy Michael Sarah Ciara Sean",
    "nl": "Jan Pieter Sanne Lotte Daan Bram Eva Femke Joost Marieke Thijs Anouk Koen Ine Wouter",
    "de": "Thomas Stefan Anna Julia Michael Katrin Andreas Sabine Lukas Lena Markus Claudia Jonas Petra",
    "fr": "Pierre Marie Julien Camille Nicolas Sophie Antoine Claire Thomas Élodie Mathieu Aurélie Luc Hugo",
}
TRADES = {
    "en": "Supplies|Logistics|Print|Engineering|Consulting|Office Solutions|Catering|Electrical|Joinery|"
    "IT Services|Packaging|Cleaning Services|Hardware|Facilities|Plumbing & Heating|Software",
    "nl": "Techniek|Installatie|Logistiek|Bouw|Drukwerk|Schoonmaak|Advies|Kantoorartikelen|Transport|ICT|"
    "Verpakkingen|Metaal|Groothandel|Elektro|Catering|Software",
    "de": "Elektrotechnik|Logistik|Druck|Maschinenbau|Beratung|Bürobedarf|Gebäudereinigung|Haustechnik|"
    "Spedition|IT-Systeme|Verpackung|Metallbau|Handel|Software|Sanitär|Catering",
    "fr": "Distribution|Logistique|Imprimerie|Conseil|Électricité|Fournitures|Nettoyage|Transports|"
    "Informatique|Menuiserie|Emballages|Métallerie|Négoce|Logiciels|Plomberie|Restauration",
}
SYLLABLES = {
    "en": ("Nor Vel Tra Kor Bri Dex Mar Sol Ash Quin Stan Fen Hal Oak Wex",
           "tex via con tron lux ford ley ton more wick ix gate"),
    "nl": ("Kroon Zon Eik Dijk Berg Noord Vaart Hof Linde Molen Brug Polder",
           "veld stad land hof wijk haven poort dam kamp lint"),
    "de": ("Nord Süd Alp Rhein Berg Tal Lind Stein Eich Hansa Falk Wald",
           "werk tec tronik haus bau form logik plan data mann"),
    "fr": ("Vert Lumi Azur Bel Mont Roch Val Clair Sol Ter Beau Arc",
           "ia ance ys eo ane ine eval ière ium ora"),
}  # fmt: skip
LEGAL = {
    "GB": ("Ltd", "Ltd", "Limited", "plc", "LLP"), "IE": ("Ltd", "Limited", "DAC"),
    "NL": ("B.V.", "B.V.", "BV", "N.V.", "V.O.F."), "BE": ("BV", "NV", "BV", "CommV"),
    "DE": ("GmbH", "GmbH", "GmbH & Co. KG", "AG", "KG", "e.K."), "AT": ("GmbH", "KG", "e.U.", "AG"),
    "CH": ("AG", "GmbH", "AG"), "FR": ("SARL", "SAS", "SA", "EURL", "SASU"),
    "BE-fr": ("SRL", "SA", "SRL", "SC"), "CH-fr": ("SA", "Sàrl", "SA"),
}  # fmt: skip

# country: ((city, postcode ranges or patterns), ...); streets per language.
CITIES: dict[str, tuple[tuple[str, str], ...]] = {
    "GB": (("London", "EC1V N1 SE1 W1T E14"), ("Manchester", "M1 M4"), ("Birmingham", "B1 B3"),
           ("Leeds", "LS1 LS2"), ("Bristol", "BS1 BS2"), ("Cambridge", "CB1 CB2"), ("Oxford", "OX1 OX4"),
           ("Glasgow", "G1 G2"), ("Edinburgh", "EH1 EH3"), ("Cardiff", "CF10"), ("Reading", "RG1")),
    "IE": (("Dublin", "D02 D04 D08"), ("Cork", "T12 T23"), ("Galway", "H91"), ("Limerick", "V94")),
    "NL": (("Amsterdam", "1011-1109"), ("Rotterdam", "3011-3089"), ("Utrecht", "3511-3585"),
           ("Den Haag", "2511-2597"), ("Eindhoven", "5611-5658"), ("Groningen", "9711-9747"),
           ("Zwolle", "8011-8043"), ("Arnhem", "6811-6846"), ("Haarlem", "2011-2037"),
           ("Breda", "4811-4839")),
    "BE": (("Brussel|Bruxelles", "1000-1000"), ("Antwerpen|Anvers", "2000-2060"), ("Gent|Gand", "9000-9052"),
           ("Leuven|Louvain", "3000-3012"), ("Brugge|Bruges", "8000-8000"), ("Liège|Liège", "4000-4032"),
           ("Namur|Namur", "5000-5004"), ("Mechelen|Malines", "2800-2800"), ("Hasselt|Hasselt", "3500-3500")),
    "DE": (("Berlin", "10115-14199"), ("Hamburg", "20095-22769"), ("München", "80331-81929"),
           ("Köln", "50667-51149"), ("Frankfurt am Main", "60306-60599"), ("Stuttgart", "70173-70629"),
           ("Düsseldorf", "40210-40629"), ("Leipzig", "04103-04357"), ("Dresden", "01067-01328"),
           ("Hannover", "30159-30659"), ("Nürnberg", "90402-90491"), ("Bremen", "28195-28779")),
    "AT": (("Wien", "1010-1230"), ("Graz", "8010-8055"), ("Linz", "4020-4040"), ("Salzburg", "5020-5026"),
           ("Innsbruck", "6020-6020")),
    "CH": (("Zürich|Zurich", "8001-8057"), ("Bern|Berne", "3001-3027"), ("Basel|Bâle", "4001-4059"),
           ("Genf|Genève", "1201-1209"), ("Lausanne|Lausanne", "1003-1018"), ("Luzern|Lucerne", "6003-6006")),
    "FR": (("Paris", "75001-75020"), ("Lyon", "69001-69009"), ("Marseille", "13001-13016"),
           ("Toulouse", "31000-31500"), ("Bordeaux", "33000-33800"), ("Lille", "59000-59800"),
           ("Nantes", "44000-44300"), ("Strasbourg", "67000-67200"), ("Rennes", "35000-35700"),
           ("Montpellier", "34000-34090"), ("Nice", "06000-06300")),
}  # fmt: skip
STREETS = {
    "en": "High Street|Station Road|Church Lane|Mill Road|Victoria Street|King's Road|Queen Street|"
    "Park Avenue|"
    "London Road|Manor Way|Bridge Street|Riverside Close|Harbour Way|Castle Street|Market Place",
    "nl": "Keizersgracht|Stationsweg|Kerkstraat|Dorpsstraat|Industrieweg|Hoofdstraat|Molenweg|Marktplein|"
    "Parallelweg|Nijverheidsweg|Schoolstraat|Havenstraat|Meir|Stationsstraat|Kortrijksesteenweg",
    "de": "Hauptstraße|Bahnhofstraße|Gartenstraße|Schulstraße|Industriestraße|Lindenallee|Am Markt|"
    "Friedrichstraße|Kirchweg|Gewerbepark|Mühlenweg|Herrengasse|Seestrasse|Dorfstrasse|Mariahilfer Straße",
    "fr": "rue de la République|avenue Jean Jaurès|boulevard Voltaire|rue Victor Hugo|"
    "rue du Général de Gaulle|"
    "place de la Gare|rue des Lilas|chemin des Vignes|allée des Tilleuls|rue du Commerce|avenue Louise|"
    "rue de la Loi|rue du Rhône|avenue de la Gare|ZI des Grands Champs",
}
DOMAIN_TLD = {
    "GB": "co.uk",
    "IE": "ie",
    "NL": "nl",
    "BE": "be",
    "DE": "de",
    "AT": "at",
    "CH": "ch",
    "FR": "fr",
}
PHONE = {
    "GB": "+44 20 #### ####|+44 161 ### ####|0117 ### ####", "IE": "+353 1 ### ####|021 ### ####",
    "NL": "+31 20 ### ####|010-#######|+31 (0)30 ### ## ##", "BE": "+32 2 ### ## ##|03 ### ## ##",
    "DE": "+49 30 #######|089 / ### ### ##|+49 (0)40 ### ###-#", "AT": "+43 1 ### ####|0316 ### ###",
    "CH": "+41 44 ### ## ##|031 ### ## ##", "FR": "+33 1 ## ## ## ##|04 ## ## ## ##|01.##.##.##.##",
}  # fmt: skip

# (bank name, IBAN bank code, BIC) per country; Belgian codes resolve through stdnum's bank table.
BANKS: dict[str, tuple[tuple[str, str, str], ...]] = {
    "GB": (("NatWest", "NWBK", "NWBKGB2L"), ("Barclays", "BARC", "BARCGB22"),
           ("Lloyds Bank", "LOYD", "LOYDGB21"),
           ("HSBC UK", "HBUK", "HBUKGB4B")),
    "IE": (("AIB", "AIBK", "AIBKIE2D"), ("Bank of Ireland", "BOFI", "BOFIIE2D")),
    "NL": (("ABN AMRO", "ABNA", "ABNANL2A"), ("ING Bank", "INGB", "INGBNL2A"),
           ("Rabobank", "RABO", "RABONL2U"),
           ("Triodos Bank", "TRIO", "TRIONL2U"), ("bunq", "BUNQ", "BUNQNL2A"), ("Knab", "KNAB", "KNABNL2H")),
    # Belgian IBANs carry a 3-digit bank code; name and BIC come from python-stdnum's bank table.
    "BE": (("", "001", ""), ("", "068", ""), ("", "310", ""), ("", "363", ""), ("", "734", ""),
           ("", "979", "")),
    "DE": (("Deutsche Bank", "10070000", "DEUTDEBBXXX"), ("Commerzbank", "20040000", "COBADEHHXXX"),
           ("Berliner Sparkasse", "10050000", "BELADEBEXXX"), ("Postbank", "44010046", "PBNKDEFFXXX"),
           ("GLS Bank", "43060967", "GENODEM1GLS"), ("HypoVereinsbank", "70020270", "HYVEDEMMXXX")),
    "AT": (("Erste Bank", "20111", "GIBAATWWXXX"), ("UniCredit Bank Austria", "12000", "BKAUATWW"),
           ("BAWAG", "14000", "BAWAATWWXXX"), ("Raiffeisenlandesbank NÖ-Wien", "32000", "RLNWATWW")),
    "CH": (("UBS Switzerland", "00230", "UBSWCHZH80A"), ("PostFinance", "09000", "POFICHBEXXX"),
           ("Zürcher Kantonalbank", "00700", "ZKBKCHZZ80A"), ("Raiffeisen", "80808", "RAIFCH22")),
    "FR": (("BNP Paribas", "30004", "BNPAFRPPXXX"), ("Société Générale", "30003", "SOGEFRPP"),
           ("LCL", "30002", "CRLYFRPP"), ("La Banque Postale", "20041", "PSSTFRPPXXX"),
           ("Crédit Mutuel", "10278", "CMCIFR2A")),
}  # fmt: skip
