"""Fictional Dutch names, places and note phrases for the demo profile. Any likeness to
real people is coincidence; addresses are on invented streets."""

from __future__ import annotations

FIRST_NAMES = (
    "Noor",
    "Sem",
    "Ilias",
    "Fleur",
    "Mohamed",
    "Lotte",
    "Daan",
    "Yasmina",
    "Jayden",
    "Sanne",
    "Mehmet",
    "Esra",
    "Kevin",
    "Shanice",
    "Ruben",
    "Chaimae",
    "Bram",
    "Aylin",
    "Dylan",
    "Naomi",
    "Tobias",
    "Ilse",
    "Anouar",
    "Kimberley",
    "Milan",
    "Soufiane",
    "Priscilla",
    "Jordy",
    "Zeynep",
    "Kacper",
    "Marta",
    "Rayen",
    "Lisa",
    "Giovanni",
    "Romano",
    "Dewi",
    "Stefan",
    "Hira",
)
LAST_NAMES = (
    "de Vries",
    "Bakker",
    "El Amrani",
    "Jansen",
    "Yilmaz",
    "Visser",
    "Martina",
    "Kowalski",
    "Bouzid",
    "van Dijk",
    "Doornbos",
    "Kaya",
    "Pinas",
    "de Graaf",
    "Ouali",
    "Brouwer",
    "Nowak",
    "Tahiri",
    "Smit",
    "Wijnaldum",
    "van den Berg",
    "Öztürk",
    "Koster",
    "Haddou",
    "Meijer",
    "Rosario",
    "Hendriks",
    "Çelik",
    "Mulder",
    "Benali",
)
STREETS = (
    "Lindelaan",
    "Bergweg",
    "Molenstraat",
    "Rijnkade",
    "Heidepad",
    "Beukenhof",
    "Zuiderdreef",
    "Dorpsplein",
    "Veluwezoom",
    "Kastanjelaan",
    "Stationsweg",
    "Akkerstraat",
    "Waterhof",
)
PLACES = (
    ("6701", "Wageningen"),
    ("6871", "Renkum"),
    ("6861", "Oosterbeek"),
    ("6866", "Heelsum"),
    ("6874", "Wolfheze"),
    ("8232", "Lelystad"),
    ("8224", "Lelystad"),
    ("6877", "Doorwerth"),
)
REFERRERS = (
    "jongerenwerk",
    "gemeente (Werkplein)",
    "wijkteam",
    "politie",
    "familie",
    "zelf aangemeld",
    "reclassering",
    "school (ROC)",
)
GROUPS = (
    ("Voorjaar 2026", (2026, 3, 2), (2026, 5, 29)),
    ("Najaar 2026", (2026, 9, 7), (2026, 12, 4)),
    ("Voorjaar 2027", (2027, 3, 1), (2027, 5, 28)),
)
COACHES = (
    ("Marieke Hoogland", "marieke@example.nl"),
    ("Henk Tuinstra", "henk@example.nl"),
    ("Fatima Azzouz", "fatima@example.nl"),
    ("Joost van Leeuwen", "joost@example.nl"),
)
ORGANISATIONS = (
    "Schuldhulpmaatje",
    "Werkplein",
    "Juridisch Loket",
    "ROC A12",
    "UWV",
    "Sociaal wijkteam",
    "Stichting Present",
    "Sportbuurtwerk",
    "Taalhuis",
    "Huisarts",
)
INTERESTS = (
    "voetbal",
    "koken",
    "muziek maken",
    "fietsen repareren",
    "dansen",
    "tekenen",
    "fitness",
    "gamen",
    "kappen",
    "met kinderen werken",
    "klussen",
    "fotografie",
)
GOALS = (
    "een eigen kamer vinden",
    "een baan in de bouw",
    "de opleiding sportleider afronden",
    "het rijbewijs halen",
    "schulden op een rij krijgen",
    "weer contact met de familie",
    "een stageplek in de zorg",
    "vrijwilligerswerk bij de voetbalclub",
    "een startkwalificatie halen",
    "een eigen kapsalon later",
)
NOTE_TEMPLATES = {
    "intake": (
        "Kennismaking in het jongerencentrum. {name} vertelt open over de afgelopen tijd en "
        "wil graag {goal}. Sterk in {interest}. Afgesproken om volgende week samen verder te "
        "kijken.",
        "Intakegesprek samen met de jongerenwerker. {name} heeft zin in de training en noemt "
        "{interest} als talent. Wens voor dit jaar: {goal}.",
    ),
    "coachgesprek": (
        "Goed gesprek in de kantine. {name} heeft de eerste stap gezet richting {goal} en is "
        "daar trots op. Samen gekeken wie uit het netwerk kan helpen.",
        "We hebben de week doorgenomen. {name} was twee keer op tijd bij de training en heeft "
        "een spel geleid; feedback op houding was positief. Volgende stap besproken.",
        "Rustig gesprek tijdens een wandeling. {name} wil meer doen met {interest}. Idee: "
        "vrijwillig meehelpen bij een activiteit in de wijk.",
    ),
    "telefonisch": (
        "Kort gebeld om de afspraak van donderdag te bevestigen. {name} komt, neemt een "
        "vriend mee naar de training.",
        "{name} belde zelf: de brief van de gemeente was onduidelijk. Samen doorgelezen en "
        "afgesproken wat de volgende stap is.",
    ),
    "er_op_af": (
        "{name} was niet op de training. Appje gestuurd, geen reactie; daarna langs geweest. "
        "Had zich verslapen na een late dienst. Komt vrijdag weer.",
        "Twee keer gemist, dus langsgegaan. Goed contact aan de deur; {name} wil doorgaan en "
        "vraagt om een herinnering de avond ervoor.",
    ),
    "overleg": (
        "Overleg met de schuldhulpverlener over een regeling. {name} was erbij en heeft zelf "
        "de vragen gesteld.",
        "Afstemming met het wijkteam over huisvesting. Volgende stap: samen een inschrijving "
        "bij de woningcorporatie regelen.",
    ),
    "overig": (
        "{name} heeft een certificaat gehaald bij de sportleidersopleiding. Gevierd met de groep.",
        "Samen naar de bibliotheek geweest om een cv te maken; {interest} staat er nu als "
        "talent op.",
    ),
}
FOLLOW_UPS = (
    "Samen naar het Werkplein",
    "Cv afmaken",
    "Bellen over de stage",
    "Afspraak schuldhulp maken",
    "Inschrijven bij de woningcorporatie",
    "Herinnering sturen voor de training",
    "Formulier toeslagen samen invullen",
    "Contact opnemen met de voetbalclub",
)
REMARKS = (
    "Houdt van {interest}; wil graag {goal}.",
    "Komt het liefst 's middags. Sterk in {interest}.",
    "Neemt soms een broertje of zusje mee; dat is prima. Droom: {goal}.",
    "",
)
DAYS_NOW = (
    "Slaapt vaak lang, 's avonds gamen met vrienden.",
    "Helpt soms in de snackbar van een oom.",
    "Zorgt overdag voor een zusje; zoekt iets voor zichzelf.",
    "Werkt af en toe via een uitzendbureau, meestal nachtdiensten.",
    "Traint bij de voetbalclub en hangt verder op straat rond.",
    "Is net gestopt met een opleiding; weet nog niet wat nu.",
    "Klust bij de buren en repareert fietsen voor vrienden.",
    "Zit veel thuis; gaat af en toe naar het jongerencentrum.",
)
VERBINDERS = (
    ("Karim (jongerenwerk)", "06-21436587"),
    ("Els van het wijkteam", "0317-470000"),
    ("wijkagent Bas", "via het politiebureau"),
    ("Petra (buurthuis De Brink)", "06-55443322"),
    ("tante Samira", "via de deelnemer"),
)
PARENTS = ("moeder", "vader", "stiefvader", "oma (voogd)", "moeder en stiefvader")
CARE_FIRST_NAMES = ("Petra", "Ahmed", "Linda", "Mark", "Yvonne", "Hamid", "Ingrid", "Wouter")
TALENTS = (
    "Kan goed uitleggen",
    "Blijft rustig als het druk wordt",
    "Maakt snel contact met kinderen",
    "Goed in plannen",
    "Kan goed koken voor een groep",
    "Humor: maakt de groep los",
    "Helpt anderen zonder dat je het vraagt",
    "Sterk in {interest}",
)
SUCCESSES = (
    "Eerste keer op tijd bij de training",
    "Zelf een spel geleid voor de groep",
    "Alle trainingen van de week gehaald",
    "Zelf de schuldhulp gebeld",
    "Cv af en verstuurd",
    "Stageplek gevonden bij de sportvereniging",
    "Certificaat EHBO gehaald",
    "Een vriend meegenomen naar de training",
)
TEAM_NOTES = {
    "intervisie": (
        "Intervisie over er op af gaan: wanneer bel je, wanneer ga je langs? Afgesproken dat "
        "we na twee keer missen altijd langsgaan, met z'n tweeën.",
        "Gesproken over grenzen: hoe vaak app je 's avonds nog terug? Ieder kiest zelf, maar "
        "zegt het aan het begin tegen de jongere.",
    ),
    "afstemmingsoverleg": (
        "Afstemmingsoverleg met het wijkteam en schuldhulp: wie doet wat bij de schulden. "
        "De coach doet het niet zelf; zij verwijzen en houden ons op de hoogte.",
        "Overleg met Sportbuurtwerk over stageplekken voor het voorjaar: vier plekken op "
        "zaterdagochtend.",
    ),
    "planning": (
        "Planning: dinsdag en donderdag training 13.00–15.30. Herinnering sturen op maandag- "
        "en woensdagavond. Evenement bij de basisschool in week 10.",
        "Volgende week geen training (herfstvakantie). Coaches bellen hun deelnemers even.",
    ),
    "anders": ("Nieuwe ballen, pionnen en hesjes gehaald bij de spel-uitleen.",),
}
