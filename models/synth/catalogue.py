"""What suppliers sell: goods and services for invoices and orders, and shop items for receipts.

Each entry names the item in English, Dutch, German and French (``en|nl|de|fr``), with a price range
and how it is counted ("pc" pieces, "h" hours, "kg", "l" litres, "mo" months, "svc" a single service).
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from decimal import Decimal

from models.synth.namebanks import TRADES

_B2B = """
h      80   160  Consulting services | Advieswerkzaamheden | Beratungsleistungen | Prestations de conseil
h      70   140  Software development | Softwareontwikkeling
               | Softwareentwicklung | Développement logiciel
h      75   130  Project management | Projectmanagement | Projektmanagement | Gestion de projet
h      45    85  Installation labour | Installatiewerkzaamheden
               | Montagearbeiten | Main-d'œuvre installation
svc    35    95  Technician call-out | Voorrijkosten monteur
               | Anfahrtspauschale Techniker | Frais de déplacement technicien
svc    90   480  Website hosting (annual) | Webhosting (jaar)
               | Webhosting (jährlich) | Hébergement web (annuel)
mo     12    95  Software licence, monthly | Softwarelicentie per maand
               | Softwarelizenz monatlich | Licence logicielle mensuelle
mo      9    49  Cloud backup 500 GB | Cloud back-up 500 GB
               | Cloud-Backup 500 GB | Sauvegarde cloud 500 Go
pc     18    32  A4 copier paper 80 g, box of 5 reams | Kopieerpapier A4 80 g, doos 5 pakken
               | Kopierpapier A4 80 g, Karton 5 Pakete | Papier A4 80 g, carton de 5 ramettes
pc     45   140  Toner cartridge, black | Tonercartridge zwart
               | Tonerkartusche schwarz | Cartouche de toner noir
pc    180   520  Office chair, ergonomic | Bureaustoel, ergonomisch
               | Bürostuhl, ergonomisch | Fauteuil de bureau ergonomique
pc    220   640  Desk 160 x 80 cm | Bureau 160 x 80 cm | Schreibtisch 160 x 80 cm | Bureau 160 x 80 cm
pc    790  1690  Laptop 14", 16 GB RAM | Laptop 14", 16 GB RAM
               | Notebook 14", 16 GB RAM | Ordinateur portable 14", 16 Go
pc    180   420  27" monitor | Monitor 27" | Monitor 27 Zoll | Écran 27"
pc    140   620  Network switch 24-port | Netwerkswitch 24 poorten
               | Netzwerk-Switch 24 Port | Commutateur réseau 24 ports
pc    2.5     9  Cat6 patch cable 2 m | Patchkabel Cat6 2 m | Patchkabel Cat6 2 m | Câble réseau Cat6 2 m
pc     45   160  Pallet transport | Palletvervoer | Palettentransport | Transport de palette
svc     8    65  Freight and packaging | Vracht- en verpakkingskosten
               | Fracht und Verpackung | Frais de port et emballage
mo    180  1400  Cleaning service, office | Schoonmaak kantoor | Büroreinigung | Nettoyage des bureaux
svc    60   380  Window cleaning | Glasbewassing | Fensterreinigung | Nettoyage des vitres
pc     12    34  Catering, lunch per person | Catering, lunch per persoon
               | Catering, Mittagessen pro Person | Traiteur, déjeuner par personne
pc     85   260  Printing of flyers A5, 1000 pcs | Drukwerk flyers A5, 1000 st.
               | Druck Flyer A5, 1000 Stk. | Impression flyers A5, 1000 ex.
pc     35    90  Business cards, 500 pcs | Visitekaartjes, 500 st.
               | Visitenkarten, 500 Stk. | Cartes de visite, 500 ex.
pc     14    38  Stainless steel bolts M8 (100) | RVS bouten M8 (100)
               | Edelstahlschrauben M8 (100) | Boulons inox M8 (100)
pc     22    55  Copper pipe 15 mm, 5 m | Koperen buis 15 mm, 5 m
               | Kupferrohr 15 mm, 5 m | Tube cuivre 15 mm, 5 m
pc     65   160  Electrical cable 3x2.5 mm², 100 m | Installatiekabel 3x2,5 mm², 100 m
               | Mantelleitung 3x2,5 mm², 100 m | Câble électrique 3G2,5 mm², 100 m
pc     28    85  LED panel 60x60 | LED-paneel 60x60 | LED-Panel 60x60 | Dalle LED 60x60
svc   150   900  Maintenance contract, quarterly | Onderhoudscontract, per kwartaal
               | Wartungsvertrag, quartalsweise | Contrat de maintenance trimestriel
svc   350   950  Training session (half day) | Training (halve dag)
               | Schulung (halber Tag) | Formation (demi-journée)
pc      9    18  Translation, per 100 words | Vertaling, per 100 woorden
               | Übersetzung, je 100 Wörter | Traduction, par 100 mots
kg     14    29  Coffee beans 1 kg | Koffiebonen 1 kg | Kaffeebohnen 1 kg | Café en grains 1 kg
pc     19    45  Packaging boxes 40x30x30 (25) | Verzenddozen 40x30x30 (25)
               | Versandkartons 40x30x30 (25) | Cartons d'expédition 40x30x30 (25)
pc     95   240  Forklift rental, per day | Huur heftruck, per dag
               | Gabelstaplermiete, pro Tag | Location chariot élévateur, par jour
svc   290  2400  Annual support subscription | Jaarabonnement support
               | Support-Jahresabonnement | Abonnement support annuel
pc     49   129  Safety shoes S3 | Werkschoenen S3 | Sicherheitsschuhe S3 | Chaussures de sécurité S3
"""

_SHOPS: dict[str, str] = {
    "cafe": """
pc    2.6   4.2  Cappuccino | Cappuccino | Cappuccino | Cappuccino
pc    1.8   2.9  Espresso | Espresso | Espresso | Expresso
pc    3.2   4.6  Latte macchiato | Latte macchiato | Latte Macchiato | Latte macchiato
pc    1.2   2.6  Croissant | Croissant | Croissant | Croissant
pc    4.5   7.9  Sandwich ham & cheese | Broodje ham kaas
               | Schinken-Käse-Sandwich | Sandwich jambon fromage
pc    2.9   4.9  Orange juice | Verse jus d'orange | Orangensaft | Jus d'orange pressé
pc    3.2   5.2  Apple pie | Appeltaart | Apfelkuchen | Tarte aux pommes
pc    1.9   3.4  Mineral water | Mineraalwater | Mineralwasser | Eau minérale""",
    "grocery": """
pc    0.9   1.6  Milk 1 L | Melk 1 L | Milch 1 L | Lait 1 L
pc    1.5   3.9  Wholemeal bread | Volkorenbrood | Vollkornbrot | Pain complet
pc    1.9   3.5  Butter 250 g | Roomboter 250 g | Butter 250 g | Beurre 250 g
pc    3.5   7.9  Cheese 400 g | Kaas 400 g | Käse 400 g | Fromage 400 g
pc    1.1   2.4  Bananas | Bananen | Bananen | Bananes
pc    0.9   2.5  Pasta 500 g | Pasta 500 g | Nudeln 500 g | Pâtes 500 g
pc    3.9   8.9  Coffee 500 g | Koffie 500 g | Kaffee 500 g | Café moulu 500 g
pc    4.9  12.9  Detergent | Wasmiddel | Waschmittel | Lessive
pc    1.2   3.2  Tomatoes 500 g | Tomaten 500 g | Tomaten 500 g | Tomates 500 g""",
    "hardware": """
pc    4.9   9.9  Screws 4x40 (200) | Schroeven 4x40 (200) | Schrauben 4x40 (200) | Vis 4x40 (200)
pc    2.9   6.9  Wall plugs 6 mm (100) | Pluggen 6 mm (100) | Dübel 6 mm (100) | Chevilles 6 mm (100)
pc    2.5   5.9  Masking tape | Afplaktape | Abdeckband | Ruban de masquage
pc   19.9  44.9  Paint white 2.5 L | Muurverf wit 2,5 L | Wandfarbe weiß 2,5 L | Peinture blanche 2,5 L
pc    4.9  12.9  Paint roller | Verfroller | Farbroller | Rouleau à peinture
pc    9.9  29.9  Drill bit set | Borenset | Bohrerset | Coffret de forets
pc    7.9  19.9  Extension cord 5 m | Verlengsnoer 5 m | Verlängerungskabel 5 m | Rallonge 5 m""",
    "fuel": """
l    1.55  1.95  Diesel | Diesel | Diesel | Gazole
l    1.65  2.05  Euro 95 | Euro 95 | Super E10 | SP95-E10
pc    8.0  18.0  Car wash | Autowasstraat | Autowäsche | Lavage auto
pc    4.5   9.5  Screen wash 5 L | Ruitensproeiervloeistof 5 L | Scheibenreiniger 5 L | Lave-glace 5 L""",
    "office": """
pc    3.9   8.9  Ballpoint pens (10) | Balpennen (10) | Kugelschreiber (10) | Stylos bille (10)
pc    1.9   4.9  Notebook A4 | Schrift A4 | Notizblock A4 | Cahier A4
pc    2.9   5.9  Lever arch file | Ordner | Ordner | Classeur à levier
pc    4.9   8.9  Printer paper A4 | Printpapier A4 | Druckerpapier A4 | Papier imprimante A4
pc    7.9  16.9  USB stick 64 GB | USB-stick 64 GB | USB-Stick 64 GB | Clé USB 64 Go
pc    6.9  19.9  Stapler | Nietmachine | Hefter | Agrafeuse""",
    "restaurant": """
pc   14.5  24.5  Menu of the day | Dagmenu | Tagesmenü | Menu du jour
pc    5.5   8.5  Soup of the day | Soep van de dag | Tagessuppe | Soupe du jour
pc   19.5  29.5  Steak with fries | Biefstuk met friet | Steak mit Pommes | Steak frites
pc    4.5   8.5  Glass of wine | Glas wijn | Glas Wein | Verre de vin
pc    3.2   5.5  Beer 0.3 L | Bier 0,25 L | Bier 0,3 L | Bière pression
pc    5.5   9.5  Dessert | Dessert | Nachtisch | Dessert
pc    2.8   4.9  Sparkling water | Spa rood | Sprudelwasser | Eau gazeuse""",
}
SHOP_KINDS: tuple[str, ...] = tuple(_SHOPS)
SHOP_NAMES: dict[str, dict[str, str]] = {
    "cafe": {
        "en": "Café|Coffee House|Espresso Bar",
        "nl": "Koffiehuis|Café|Lunchroom",
        "de": "Café|Kaffeehaus|Bäckerei",
        "fr": "Café|Brasserie|Boulangerie",
    },
    "grocery": {
        "en": "Market|Foods|Grocers",
        "nl": "Supermarkt|Versmarkt|Buurtsuper",
        "de": "Markt|Frischemarkt|Lebensmittel",
        "fr": "Marché|Supérette|Épicerie",
    },
    "hardware": {
        "en": "DIY|Hardware|Builders Merchants",
        "nl": "Bouwmarkt|IJzerwaren|Doe-het-zelf",
        "de": "Baumarkt|Eisenwaren|Heimwerker",
        "fr": "Bricolage|Quincaillerie|Brico",
    },
    "fuel": {
        "en": "Service Station|Fuel",
        "nl": "Tankstation|Tankstation",
        "de": "Tankstelle|Autohof",
        "fr": "Station-service|Relais",
    },
    "office": {
        "en": "Office Supplies|Stationers",
        "nl": "Kantoorboekhandel|Kantoorvakhandel",
        "de": "Schreibwaren|Bürobedarf",
        "fr": "Papeterie|Fournitures",
    },
    "restaurant": {
        "en": "Restaurant|Bistro|Kitchen",
        "nl": "Restaurant|Eetcafé|Bistro",
        "de": "Restaurant|Gasthaus|Wirtshaus",
        "fr": "Restaurant|Bistrot|Brasserie",
    },
}


@dataclass(frozen=True)
class Item:
    """A sellable item: its name per language, a price range and how it is counted."""

    names: tuple[str, str, str, str]
    low: Decimal
    high: Decimal
    unit: str

    def name(self, lang: str) -> str:
        """The item's name in ``lang``."""
        return self.names[("en", "nl", "de", "fr").index(lang)]

    def price(self, rng: random.Random) -> Decimal:
        """A unit price in the item's range, in cents, sometimes ending in .00, .50, .95 or .99."""
        value = Decimal(rng.randint(int(self.low * 100), int(self.high * 100))) / 100
        ending = rng.choice((None, None, "00", "50", "95", "99"))
        if ending is not None and value >= 1:
            value = Decimal(f"{int(value)}.{ending}")
        return value


def _parse(block: str) -> tuple[Item, ...]:
    """Entries "unit low high  en | nl | de | fr"; an indented line continues the entry above."""
    entries: list[str] = []
    for line in block.strip().splitlines():
        if line.startswith(" "):
            entries[-1] += " " + line.strip()
        else:
            entries.append(line)
    items = []
    for entry in entries:
        unit, low, high, names = entry.split(None, 3)
        en, nl, de, fr = (name.strip() for name in names.split("|"))
        items.append(Item((en, nl, de, fr), Decimal(low), Decimal(high), unit))
    return tuple(items)


B2B_ITEMS: tuple[Item, ...] = _parse(_B2B)
SHOP_ITEMS: dict[str, tuple[Item, ...]] = {kind: _parse(block) for kind, block in _SHOPS.items()}


def shop_name(rng: random.Random, shop: str, lang: str, company: str) -> str:
    """The name over a shop's till: its trade and the owner's name ("Café Kroonveld", "Baumarkt
    Müller GmbH"), keeping the company's legal form half of the time."""
    words = company.split()
    trades = {w for bank in TRADES.values() for trade in bank.split("|") for w in trade.split()}
    owner = next((w for w in words if w not in trades and w not in ("Groupe", "&")), words[0])
    trade = rng.choice(SHOP_NAMES[shop][lang].split("|"))
    name = f"{owner} {trade}" if lang == "en" else f"{trade} {owner}"
    return f"{name} {words[-1]}" if rng.random() < 0.5 and words[-1][:1].isupper() else name


def quantity_for(rng: random.Random, item: Item) -> Decimal:
    """A plausible quantity for ``item`` (hours in quarters or halves, kilograms with decimals)."""
    if item.unit == "h":
        return Decimal(rng.randint(2, 64)) / rng.choice((2, 4))
    if item.unit == "kg":
        return Decimal(rng.randint(1, 40)) / 2
    if item.unit in ("svc", "mo"):
        return Decimal(rng.choice((1, 1, 1, 2, 3, 6, 12)))
    return Decimal(rng.choice((1, 1, 2, 3, 4, 5, 6, 10, 12, 20, 25, 50)))
