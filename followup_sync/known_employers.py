"""Well-known employers by the names people write in a calendar, and the short forms they use.

Titles carry a well-known employer's name with more words than the name ("Hesburger Kamppi klo 16",
"IKEA Italia Retail", "Pfizer Ringaskiddy", "J.P. Morgan Markets") or a short form ("TCS NQT round", "McDo",
"AH XL Eindhoven"). ``company`` cuts such a name to the employer's and writes it as a letter does: the branch,
site or team after it is where, not who.

Curated from general knowledge, not from any test data, per region, in two rounds (the largest employers, then
second-tier and regional ones: savings banks, regional chains, hospitals, universities, public bodies), each
fact-checked: only employers a job seeker is likely to interview with and whose names and short forms point to them
alone. Each entry is a line of a region's text, ``name | short form | short form …``, with ``* `` before it when
the name is an ordinary word too (text, not Python tuples: ten thousand tuples cost some 35 MiB to compile where no
bytecode is cached; the lines cost 2.5), and ``#`` lines say which country and sector follow:

* the name as a letter writes it, without a legal form ("Siemens", "Deutsche Bahn", "みずほ銀行");
* short forms people write for this employer only: acronyms ("TCS", "HUG"), nicknames ("McDo", "Maccas");
  a form more than one employer uses is left out, and one two entries claim is dropped;
* whether the name is also an ordinary word, a common given name or surname, or a place in one of the eight
  languages ("Boots", "Next", "Zara", "Posti"): such a name is not cut from a longer one, which may be
  another organisation ("Next Generation Foods", "Orange County Health").
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections import defaultdict
from dataclasses import dataclass

from followup_sync.given_names import unaccented


_NOT_A_LETTER = re.compile(r"[^\w]")
_MARKS_AROUND = re.compile(r"^\W+|\W+$")


def squashed(name: str) -> str:
    """A name's letters and digits only, folded and without accents: "J.P. Morgan" and "JP Morgan" are one."""
    if name.isascii():  # most names: nothing to fold or take accents off, at a third of the cost
        return _NOT_A_LETTER.sub("", name.lower())
    return _NOT_A_LETTER.sub("", unaccented(unicodedata.normalize("NFKC", name).casefold()))


def trimmed(text: str) -> str:
    """``text`` without the marks before and after it: "Iberdrola!!", "Deutsche Bahn 🚆", "Clip \u200d"."""
    return _MARKS_AROUND.sub("", text)


@dataclass(frozen=True)
class Known:
    """A well-known employer named at the start of a run of words."""

    words: int  # how many of the words name it
    name: str  # the name a letter writes
    short: bool  # the words are a short form, not the name
    common: bool  # the name is an ordinary word too


#: Longest name or short form, in words: no lookup reads further.
_MAX_WORDS = 6
#: A name or short form this short, squashed, is matched as the table writes it: "ING" is not "Ing." (an engineer's
#: title), "SIG" not "sig." (signore), "H&M" not "HM" (a hiring manager), "1&1" not "11".
_EXACT = 4


@functools.cache
def _entries() -> tuple[tuple[str, tuple[str, ...], bool], ...]:
    """Every region's lines as (name, short forms, common word)."""
    entries = []
    for line in "\n".join((_EN_JA, _DE_NL_FI, _FR_ES_IT)).splitlines():
        if line and not line.startswith("#"):
            name, *aliases = line.removeprefix("* ").split(" | ")
            entries.append((name, tuple(aliases), line.startswith("* ")))
    return tuple(entries)


@functools.cache
def _index() -> dict[str, tuple[str, str, bool, bool]]:
    """Squashed name or short form → (as the table writes it, name, short, common). A name wins over a short
    form, and a short form two employers claim names neither. A name two regions list is an ordinary word if
    either says so; its longer forms never are ("Boots UK"). Built at the first lookup (≈20 ms), not at import."""
    claims: dict[str, set[str]] = defaultdict(set)
    common_word: dict[str, bool] = defaultdict(bool)
    shorts: list[tuple[str, str, str]] = []
    for name, aliases, common in _entries():
        common_word[name] |= common
        for alias in aliases:
            key = squashed(alias)
            claims[key].add(name)
            shorts.append((key, alias, name))
    index = {key: (alias, name, True, common_word[name] and not _longer(key, name))
             for key, alias, name in shorts if len(claims[key]) == 1}
    index.update((squashed(name), (name, name, False, common_word[name])) for name, _, _ in _entries())
    index.pop("", None)
    return index


def _longer(key: str, name: str) -> bool:
    """Whether a short form is its name with more after it: "Boots UK", "John Lewis Partnership" say which
    employer they mean where "Boots" and "John Lewis" alone may be an ordinary word or a person."""
    bare = squashed(name)
    return key.startswith(bare) and key != bare


@functools.cache
def _starts() -> frozenset[str]:
    """What the first words of a name or short form squash to, one word more each time ("deutsche",
    "deutschebahn"): a word that is none of these starts no well-known name, and a scan of long notes asks this
    of every word before it asks ``known_start``."""
    forms = [form for name, aliases, _ in _entries() for form in (name, *aliases)]
    return frozenset(key for form in forms for words in [form.split()]
                     for key in ("".join(squashed(w) for w in words[:n]) for n in range(1, len(words) + 1)) if key)


def may_start(word: str) -> bool:
    """Whether a well-known name or short form can start with ``word`` (as a scan of notes reads them)."""
    return squashed(word) in _starts()


@functools.cache
def _written_in_kana_or_kanji() -> tuple[tuple[str, str, bool], ...]:
    """(form, name, common) of every name and short form of three or more Japanese characters the index keeps, longest
    first: Japanese runs its words together, so such a name is found inside a line, not at a word's start."""
    return tuple(sorted(((form, name, common) for form, name, _, common in _index().values()
                         if len(form) >= 3 and _JAPANESE.fullmatch(form)), key=lambda f: -len(f[0])))


_JAPANESE = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uff66-\uff9f・ー]+")


def known_within(text: str) -> list[tuple[int, str, bool]]:
    """The well-known employers a Japanese text names, as (where, name, common word), in the text's order; a longer
    name wins over the shorter one inside it (三井住友銀行, not 三井住友)."""
    if text.isascii():
        return []
    found: list[tuple[int, int, str, bool]] = []
    for form, name, common in _written_in_kana_or_kanji():
        start = text.find(form)
        while start >= 0:
            end = start + len(form)
            if not any(s < end and start < e for s, e, _, _ in found):
                found.append((start, end, name, common))
            start = text.find(form, end)
    return [(start, name, common) for start, _, name, common in sorted(found)]


def known_start(words: list[str], typed: bool = True) -> Known | None:
    """The longest run of leading ``words`` that is a well-known employer's name or short form. ``typed``: the
    words are as someone wrote them, capitals and all (not a domain's label, which has none)."""
    keys = [squashed(word) for word in words[:_MAX_WORDS]]  # squashing drops the blanks: a key is its words' keys
    if not keys or not keys[0]:
        return None  # "+ Leroy Merlin": a name starts at its first word
    for count in range(len(keys), 0, -1):
        if not keys[count - 1]:
            continue  # "任天堂 / 2次": a name ends at its last word, not at the slash after it
        key = "".join(keys[:count])
        found = _index().get(key)
        if found is None:
            continue
        written = " ".join(words[:count])
        form, name, short, common = found
        bare = trimmed(written)
        if typed and len(key) <= _EXACT and bare != form and not (any(ch.islower() for ch in form)
                                                                   and bare.casefold() == form.casefold()):
            continue
        return Known(count, name, short, common)
    return None


# --------------------------------------------------------------------------------------------------------------
# The United States, Canada, the United Kingdom, Ireland, Australia, New Zealand, India, Singapore, Hong Kong,
# South Africa, Japan, and employers that hire everywhere
_EN_JA = """\
# Global: technology
Google | Google LLC
Microsoft | MSFT
* Amazon | Amazon.com
Amazon Web Services | AWS
* Apple | Apple Inc.
* Meta | Meta Platforms | Facebook
YouTube
Netflix
Nvidia
* Intel
AMD | Advanced Micro Devices
Qualcomm
IBM
* Oracle
* SAP
Salesforce
Cisco | Cisco Systems
* Dell | Dell Technologies
HP | HP Inc. | Hewlett-Packard
Hewlett Packard Enterprise | HPE | HP Enterprise
Lenovo
Samsung | Samsung Electronics
Samsung SDS
Samsung Biologics
LG Electronics | LG
LG Chem
LG Energy Solution
LG Display
Huawei
* Adobe
* Uber
Airbnb
Booking.com
Booking Holdings
Spotify
PayPal
* Visa
Mastercard
American Express | Amex
American Express Global Business Travel | Amex GBT
# Global: professional services and outsourcing
Deloitte
PwC | PricewaterhouseCoopers
EY | Ernst & Young
KPMG
Accenture
McKinsey & Company | McKinsey
Boston Consulting Group | BCG
Bain & Company
Capgemini
* Cognizant
Oliver Wyman
* Kearney | A.T. Kearney
Grant Thornton
BDO
Genpact
Sodexo
Compass Group
Aramark
# Global: consumer goods, food and drink
IKEA
Unilever
Nestlé | Nestle
Procter & Gamble | P&G
Coca-Cola | Coca-Cola Company
Coca-Cola Europacific Partners | CCEP | Coca-Cola Amatil
Coca-Cola HBC
Coca-Cola Consolidated
Coca-Cola Beverages South Africa | CCBSA
Coca-Cola Bottlers Japan
コカ・コーラ ボトラーズジャパン | コカ・コーラボトラーズジャパン
PepsiCo | Pepsi
* Mars
Mondelez | Mondelēz International | Mondelez International
Danone
L'Oréal | L'Oreal
Johnson & Johnson | J&J
Colgate-Palmolive | Colgate
Heineken
AB InBev | Anheuser-Busch InBev | Anheuser-Busch
Nike
Adidas
H&M | Hennes & Mauritz
* Zara
Inditex
# Global: food service, coffee and convenience chains
McDonald's | McDonalds | McDo | Maccas | Mickey D's
Starbucks | Starbucks Coffee
スターバックス コーヒー ジャパン | スターバックス | スターバックスコーヒー | スタバ
KFC | Kentucky Fried Chicken
日本ケンタッキー・フライド・チキン | ケンタッキーフライドチキン | ケンタッキー・フライド・チキン
Burger King
* Subway
* Domino's | Domino's Pizza | Dominos
Pizza Hut
Papa John's | Papa Johns
Taco Bell
Tim Hortons | Timmies | Tim Hortons Coffee
Dunkin' | Dunkin' Donuts | Dunkin | Dunkin Donuts
* Five Guys
7-Eleven | 7-11 | Seven Eleven | 7 Eleven
Circle K
# Global: hotels
Marriott | Marriott International | Marriott Hotels
Marriott Vacations Worldwide
* Hilton | Hilton Hotels
Hyatt
IHG | InterContinental Hotels Group
Holiday Inn | Holiday Inn Express
Accor
* Four Seasons | Four Seasons Hotels
* Shangri-La | Shangri-La Hotels
# Global: logistics, energy, industry, pharma
DHL
* UPS | United Parcel Service
FedEx
Maersk | A.P. Moller - Maersk
* Shell
BP | British Petroleum
ExxonMobil | Exxon | Exxon Mobil
* Chevron
TotalEnergies
Siemens
Siemens Energy
Siemens Healthineers
Siemens Gamesa
Bosch
Bosch Rexroth
Philips
Honeywell
3M
General Electric | GE
GE Vernova
GE Appliances
* Caterpillar
Airbus
Boeing
Pfizer
Novartis
* Roche
Sanofi
Merck & Co. | MSD | Merck Sharp & Dohme
AstraZeneca
GSK | GlaxoSmithKline
* Bayer
* Abbott | Abbott Laboratories
Medtronic
# Global: banks and insurers
HSBC
Standard Chartered | StanChart
Citi | Citigroup | Citibank
J.P. Morgan | JPMorgan | JP Morgan | JPMorgan Chase | JPMC
Goldman Sachs
Morgan Stanley
BlackRock
* Allianz
AXA
Zurich Insurance
AIA
* Prudential
Manulife
# United States: supermarkets and grocery
Walmart | Wal-Mart | Walmart Supercenter
Sam's Club
Costco | Costco Wholesale
Kroger
Albertsons
Safeway
Publix | Publix Super Markets
H-E-B | HEB
* Meijer
Wegmans
Trader Joe's | Trader Joes
Whole Foods Market | Whole Foods
Food Lion
Hy-Vee
BJ's Wholesale Club
Dollar General
Dollar Tree
# United States: retail
* Target
Home Depot | The Home Depot
Lowe's | Lowes
Walgreens
CVS | CVS Health | CVS Pharmacy
* Best Buy
Macy's | Macys
* Kohl's | Kohls
Nordstrom
JCPenney | J.C. Penney | JC Penney
T.J. Maxx | TJ Maxx | TJMaxx
Marshalls
Ross Stores | Ross Dress for Less
* Gap
Old Navy
American Eagle Outfitters | American Eagle | AEO
Ulta Beauty | Ulta
Foot Locker
Dick's Sporting Goods
REI
PetSmart
Petco
AutoZone
O'Reilly Auto Parts
Tractor Supply | Tractor Supply Company
Ace Hardware
* Staples
Barnes & Noble
GameStop
eBay
# United States: restaurants and coffee
Chick-fil-A | Chick fil A | Chickfila
* Wendy's | Wendys
* Sonic | Sonic Drive-In
Arby's | Arbys
Dairy Queen | DQ
Little Caesars
* Chipotle | Chipotle Mexican Grill
Panera Bread | Panera
Panda Express
In-N-Out Burger | In-N-Out | In N Out
Raising Cane's | Raising Canes | Cane's
Wingstop
Jersey Mike's | Jersey Mike's Subs
Dutch Bros | Dutch Bros Coffee
* Olive Garden
Applebee's | Applebees
* Chili's | Chilis
IHOP
Denny's | Dennys
Texas Roadhouse
Outback Steakhouse
Buffalo Wild Wings | BWW | B-Dubs
The Cheesecake Factory | Cheesecake Factory
# United States: hotels, leisure and entertainment
MGM Resorts | MGM Resorts International
Disney | The Walt Disney Company | Walt Disney Company | Walt Disney World | Disneyland
Universal Studios
Universal Studios Japan
Universal Studios Singapore
Warner Bros. Discovery | Warner Bros. | WBD
NBCUniversal
Comcast | Xfinity
# United States: banks and financial services
* Chase | Chase Bank
Bank of America | BofA
Wells Fargo
U.S. Bank | US Bank | U.S. Bancorp
PNC | PNC Bank
Truist
Capital One
TD Bank
Charles Schwab
Fidelity Investments
* Vanguard
* State Street
BNY | BNY Mellon | Bank of New York Mellon
Ally Financial | Ally Bank
Discover Financial
Navy Federal Credit Union | Navy Federal
USAA
* Edward Jones
* Federal Reserve | Federal Reserve Bank
* Stripe
Robinhood
Coinbase
* Intuit | TurboTax
S&P Global
Bloomberg | Bloomberg L.P.
* Citadel
Jane Street
Blackstone
# United States: insurance and health plans
State Farm
Allstate
* Progressive
GEICO
Liberty Mutual
Nationwide Mutual | Nationwide Insurance
MetLife
AIG | American International Group
Northwestern Mutual
UnitedHealth Group | UnitedHealthcare | UHG
Optum
Elevance Health
Cigna | The Cigna Group
Aetna
* Humana
* Blue Cross Blue Shield | BCBS
Kaiser Permanente
# United States: law firms
Kirkland & Ellis
Latham & Watkins
Skadden | Skadden, Arps, Slate, Meagher & Flom
Sullivan & Cromwell
Cravath | Cravath, Swaine & Moore
Wachtell Lipton | Wachtell, Lipton, Rosen & Katz
Davis Polk | Davis Polk & Wardwell
Simpson Thacher | Simpson Thacher & Bartlett
Paul, Weiss | Paul Weiss
Cleary Gottlieb | Cleary Gottlieb Steen & Hamilton
Gibson Dunn | Gibson, Dunn & Crutcher
Sidley Austin | Sidley
Jones Day
White & Case
Baker McKenzie
DLA Piper
Dentons
Hogan Lovells
Norton Rose Fulbright
# United States: consulting and business services
Booz Allen Hamilton | Booz Allen
Alvarez & Marsal
FTI Consulting
Gartner
ZS Associates | ZS
L.E.K. Consulting | LEK | L.E.K.
ADP | Automatic Data Processing
* Cintas
Allied Universal
* Waste Management
CBRE
JLL | Jones Lang LaSalle
AECOM
* Jacobs
Leidos
SAIC | Science Applications International Corporation
EPAM Systems | EPAM
DXC Technology | DXC
# United States: big tech and software
ServiceNow
* Workday
Autodesk
VMware
Broadcom
* Micron | Micron Technology
Texas Instruments
Applied Materials
Motorola Solutions
Motorola Mobility
Tesla
SpaceX
Rivian
Lyft
DoorDash
Instacart
* Snap | Snap Inc. | Snapchat
Pinterest
Reddit
* X | Twitter
* Discord
Roblox
Electronic Arts
Activision Blizzard | Activision
Epic Games
Riot Games
* Unity | Unity Technologies
* Zoom | Zoom Video Communications
* Slack
Dropbox
Okta
CrowdStrike
Palo Alto Networks
Cloudflare
Datadog
* Snowflake
Databricks
MongoDB
Twilio
HubSpot
DocuSign
Palantir | Palantir Technologies
OpenAI
* Anthropic
Scale AI
Figma
* Notion
* Red Hat
Epic Systems
Oracle Health | Cerner
Zillow
Expedia | Expedia Group
Duolingo
Grammarly
Waymo
GitHub
# United States: health care providers
HCA Healthcare
Mayo Clinic
Cleveland Clinic
Johns Hopkins Medicine | Johns Hopkins Hospital
Massachusetts General Hospital | Mass General | MGH | Mass Gen
Mass General Brigham | Partners HealthCare
Brigham and Women's Hospital | Brigham and Women's | BWH
NewYork-Presbyterian | New York-Presbyterian | NYP
* Mount Sinai | Mount Sinai Health System | Mount Sinai Hospital
NYU Langone Health | NYU Langone
Memorial Sloan Kettering Cancer Center | Memorial Sloan Kettering | MSKCC
MD Anderson Cancer Center | MD Anderson
Cedars-Sinai | Cedars-Sinai Medical Center
Stanford Health Care | Stanford Hospital
CommonSpirit Health | CommonSpirit
* Ascension | Ascension Health
* Providence | Providence Health
Atrium Health
Advocate Health | Advocate Aurora Health
Northwell Health | Northwell
AdventHealth
Banner Health
Intermountain Health | Intermountain Healthcare
Sutter Health
Baylor Scott & White Health | Baylor Scott & White
Houston Methodist
UPMC
Boston Children's Hospital | Boston Children's
Children's Hospital of Philadelphia
St. Jude Children's Research Hospital | St. Jude
Dana-Farber Cancer Institute | Dana-Farber
# United States: pharma, biotech and medical devices
AbbVie
Eli Lilly | Eli Lilly and Company
Bristol Myers Squibb | BMS | Bristol-Myers Squibb
Amgen
Gilead Sciences | Gilead
Regeneron
* Moderna
Vertex Pharmaceuticals
Biogen
Stryker
Boston Scientific
BD | Becton Dickinson | Becton, Dickinson and Company
GE HealthCare
# United States: industry, autos, aerospace and defense
General Motors
* Ford | Ford Motor Company
Stellantis
Lockheed Martin
RTX | Raytheon
Pratt & Whitney
Northrop Grumman
General Dynamics
GE Aerospace
John Deere | Deere | Deere & Company
Tyson Foods
Cargill
ADM | Archer Daniels Midland
General Mills
Kraft Heinz
* Hershey | The Hershey Company
Levi Strauss & Co. | Levi's
# United States: energy and utilities
ConocoPhillips
SLB | Schlumberger
Duke Energy
NextEra Energy | NextEra
Florida Power & Light | FPL
PG&E | Pacific Gas and Electric
Con Edison | ConEd | Consolidated Edison
# United States: telecoms
AT&T
Verizon
T-Mobile
Charter Communications
# United States: transport and logistics
USPS | United States Postal Service | U.S. Postal Service
American Airlines
Delta Air Lines | Delta Airlines
United Airlines
Southwest Airlines
JetBlue
Alaska Airlines
Amtrak
Union Pacific
BNSF | BNSF Railway
* MTA | Metropolitan Transportation Authority
* Hertz
Enterprise Mobility | Enterprise Rent-A-Car | Enterprise Holdings
* Avis | Avis Budget Group
# United States: federal and public employers
U.S. Department of Veterans Affairs | VA Medical Center | VA Health Care
U.S. Army | US Army
U.S. Navy | US Navy
U.S. Air Force | US Air Force | USAF
U.S. Marine Corps | USMC
U.S. Coast Guard | USCG
Department of Defense | DoD
* Department of State | State Department
TSA | Transportation Security Administration
FBI | Federal Bureau of Investigation
* CIA | Central Intelligence Agency
IRS | Internal Revenue Service
Social Security Administration | SSA
FDA | Food and Drug Administration
CDC | Centers for Disease Control and Prevention
NIH | National Institutes of Health
NASA
National Park Service
Smithsonian Institution | Smithsonian
NYPD | New York City Police Department
# United States: national laboratories and research bodies
Lawrence Livermore National Laboratory | LLNL | Lawrence Livermore
Los Alamos National Laboratory | LANL
Oak Ridge National Laboratory | ORNL
Argonne National Laboratory
Sandia National Laboratories
Lawrence Berkeley National Laboratory | LBNL | Berkeley Lab
National Renewable Energy Laboratory | NREL
Jet Propulsion Laboratory | JPL | NASA JPL
MITRE | MITRE Corporation
RAND Corporation
Broad Institute
# United States: universities
Harvard University
* MIT | Massachusetts Institute of Technology
Stanford University | Stanford
UC Berkeley | University of California, Berkeley
UCLA | University of California, Los Angeles
Yale University
Yale New Haven Health | Yale New Haven Hospital
Princeton University
Columbia University
University of Chicago | UChicago
University of Pennsylvania | UPenn
Cornell University
Caltech | California Institute of Technology
Johns Hopkins University | JHU
Duke University
Northwestern University
NYU | New York University
University of Michigan | UMich
University of Washington | UDub
University of Texas at Austin | UT Austin
* Texas A&M University | Texas A&M | TAMU
Ohio State University | Ohio State | The Ohio State University
Penn State | Pennsylvania State University
Penn State Health
Arizona State University | ASU
Georgia Tech | Georgia Institute of Technology
Carnegie Mellon University | Carnegie Mellon | CMU
Purdue University | Purdue
Purdue Pharma
University of Illinois Urbana-Champaign | UIUC
University of Southern California
UC San Diego | UCSD | University of California, San Diego
UCSF | University of California, San Francisco
University of North Carolina at Chapel Hill | UNC Chapel Hill
Rutgers University | Rutgers
University of Pittsburgh
* CUNY | City University of New York
* SUNY | State University of New York
# Canada: grocery and retail
Loblaw | Loblaws | Loblaw Companies
Real Canadian Superstore
* No Frills
Shoppers Drug Mart
Sobeys
* Metro | Metro Inc.
* IGA
Canadian Tire
Dollarama
* Winners
Lululemon | lululemon athletica
Couche-Tard | Alimentation Couche-Tard
# Canada: restaurants and coffee
A&W | A&W Canada
Boston Pizza
# Canada: banks, insurance and investment
RBC | Royal Bank of Canada | RBC Royal Bank
TD | TD Bank Group | Toronto-Dominion Bank | TD Canada Trust
TD SYNNEX
Scotiabank | Bank of Nova Scotia
BMO | Bank of Montreal | BMO Financial Group
CIBC | Canadian Imperial Bank of Commerce
National Bank of Canada | Banque Nationale du Canada
* Desjardins | Mouvement Desjardins | Desjardins Group
ATB Financial | ATB
* Tangerine
Wealthsimple
Sun Life | Sun Life Financial
Canada Life
Intact Financial | Intact Insurance
* Brookfield | Brookfield Asset Management
CPP Investments | CPPIB | Canada Pension Plan Investment Board
Ontario Teachers' Pension Plan | OTPP | Ontario Teachers'
# Canada: technology and telecoms
Shopify
OpenText
CGI
* BlackBerry
* Bell | Bell Canada | BCE
* Rogers | Rogers Communications
Telus
# Canada: energy, resources and industry
Suncor | Suncor Energy
Enbridge
TC Energy | TransCanada
Canadian Natural Resources | CNRL
Hydro-Québec | Hydro Quebec
Ontario Power Generation | OPG
BC Hydro
Nutrien
Teck Resources | Teck
Magna International
Bombardier
CAE
AtkinsRéalis | SNC-Lavalin | AtkinsRealis
WSP | WSP Global
Thomson Reuters
# Canada: transport and logistics
Air Canada
WestJet
Porter Airlines
Via Rail | VIA Rail Canada
CN | Canadian National Railway | CN Rail
CPKC | Canadian Pacific Kansas City | CP Rail | Canadian Pacific
Canada Post | Postes Canada
Metrolinx | GO Transit
TTC | Toronto Transit Commission
STM | Société de transport de Montréal
TransLink
# Canada: public employers and agencies
Canada Revenue Agency | CRA
Service Canada
Canada Border Services Agency | CBSA | ASFC
RCMP | Royal Canadian Mounted Police | Gendarmerie royale du Canada
Canadian Armed Forces | Forces armées canadiennes
Statistics Canada | StatCan | Statistique Canada
Bank of Canada | Banque du Canada
CBC/Radio-Canada | CBC | Radio-Canada | Canadian Broadcasting Corporation
National Research Council Canada | CNRC
LCBO | Liquor Control Board of Ontario
# Canada: hospitals and health authorities
Alberta Health Services | AHS
Fraser Health
Vancouver Coastal Health | VCH
University Health Network | UHN | Toronto General Hospital
SickKids | The Hospital for Sick Children | Sick Kids
Sunnybrook Health Sciences Centre | Sunnybrook
CAMH | Centre for Addiction and Mental Health
The Ottawa Hospital
Vancouver General Hospital | VGH
CHUM | Centre hospitalier de l'Université de Montréal
McGill University Health Centre | MUHC | CUSM
CHU Sainte-Justine | Sainte-Justine
# Canada: universities and colleges
University of Toronto | U of T | UofT
McGill University | McGill
University of British Columbia | UBC
University of Waterloo | UWaterloo
McMaster University | McMaster
Queen's University | Queen's University at Kingston
Western University | UWO
University of Alberta | UAlberta
University of Calgary | UCalgary
Université de Montréal | UdeM | University of Montreal
Université Laval | ULaval
University of Ottawa | uOttawa | Université d'Ottawa
York University | York U
Toronto Metropolitan University | TMU | Ryerson University
* Concordia University
Simon Fraser University | SFU
Dalhousie University | Dalhousie
UQAM | Université du Québec à Montréal
HEC Montréal | HEC Montreal
Humber Polytechnic | Humber College
Seneca Polytechnic | Seneca College
BCIT | British Columbia Institute of Technology
# United Kingdom: supermarkets and convenience
Tesco | Tesco Express | Tesco Extra | Tesco Metro
Sainsbury's | Sainsburys | Sainsbury's Local
Asda
Morrisons
Aldi
Aldi Nord
Aldi Süd | Aldi Sued | Aldi Sud
Lidl
Waitrose | Waitrose & Partners
* Co-op | Co-operative Group | The Co-op | Co-op Food
* Iceland | Iceland Foods
Ocado
* Spar
* Home Bargains
B&M | B&M Bargains
Poundland
# United Kingdom: retail
Marks & Spencer | M&S | Marks and Spencer | Marks & Sparks
* Boots | Boots UK
Superdrug
* Next
Primark
Penneys
* John Lewis | John Lewis & Partners | John Lewis Partnership | JLP
Argos
Currys | Currys PC World
B&Q
Wickes
Screwfix
Dunelm
* The Range
WHSmith | WH Smith | W H Smith
Waterstones
Sports Direct
JD Sports
TK Maxx
Matalan
* River Island
* New Look
Selfridges
Harrods
* Pets at Home
Halfords
Holland & Barrett
Specsavers
* Lush
# United Kingdom: food, pubs and hospitality
Greggs
* Pret A Manger | Pret
* Costa | Costa Coffee
Caffè Nero | Caffe Nero
Nando's | Nandos
* Wagamama
PizzaExpress | Pizza Express
Frankie & Benny's
JD Wetherspoon | Wetherspoon | Wetherspoons
* Harvester
Toby Carvery
* Beefeater
Whitbread
Premier Inn
Travelodge
Greene King
Butlin's
Cineworld
PureGym
* David Lloyd | David Lloyd Leisure | David Lloyd Clubs
Bupa
# United Kingdom: banks, insurance and finance
Barclays
Lloyds Banking Group | Lloyds Bank
NatWest | NatWest Group
Royal Bank of Scotland | RBS
* Santander | Santander UK
* Halifax
TSB
* Nationwide | Nationwide Building Society
Virgin Money
Monzo
Starling Bank
Revolut
* Wise | TransferWise
Legal & General | L&G
Aviva
* Admiral | Admiral Group
* Direct Line
London Stock Exchange Group | LSEG | London Stock Exchange
Checkout.com
Experian
Bank of England | BoE
# United Kingdom: law firms
A&O Shearman | Allen & Overy | A&O
Clifford Chance
Freshfields | Freshfields Bruckhaus Deringer
Linklaters
Slaughter and May
Herbert Smith Freehills | HSF
Ashurst
Eversheds Sutherland | Eversheds
Pinsent Masons
Addleshaw Goddard
Irwin Mitchell
DWF
Clyde & Co
# United Kingdom: consulting, outsourcing and business services
PA Consulting
* Capita
Serco
Mitie
G4S
Babcock | Babcock International
Babcock & Wilcox
Arup
Mott MacDonald
Balfour Beatty
Barratt Redrow | Barratt Developments | Barratt Homes
WPP
* Pearson
# United Kingdom: technology and startups
* Arm | Arm Holdings
* Sage | The Sage Group
Darktrace
Deliveroo
Just Eat | Just Eat Takeaway
Skyscanner
Google DeepMind | DeepMind
Octopus Energy
OVO | OVO Energy
# United Kingdom: telecoms and media
BT | BT Group | British Telecom
EE
Openreach
Vodafone
Virgin Media O2 | Virgin Media
* Three | Three UK
* Sky
BBC | British Broadcasting Corporation
ITV
Channel 4
Financial Times
# United Kingdom: energy, utilities and industry
British Gas
Centrica
EDF | EDF Energy
ScottishPower | Scottish Power
SSE
E.ON | E.ON Next
National Grid
Thames Water
Severn Trent
Rolls-Royce
Rolls-Royce Motor Cars
BAE Systems
JCB
Jaguar Land Rover | JLR
Dyson
Reckitt | Reckitt Benckiser
Haleon
Diageo
Associated British Foods | ABF
British American Tobacco
Rio Tinto
Sellafield | Sellafield Ltd
# United Kingdom: transport and logistics
British Airways
Virgin Atlantic
easyJet
Jet2 | Jet2.com | Jet2holidays
TUI
* Heathrow | Heathrow Airport
* Gatwick | Gatwick Airport
Network Rail
Transport for London | TfL
* Stagecoach
FirstGroup | First Bus
* Arriva
National Express
LNER | London North Eastern Railway
Great Western Railway | GWR
ScotRail
Royal Mail
* Post Office
DPD
Evri
# United Kingdom: public sector and national bodies
* NHS | National Health Service
NHS England
* NHS Scotland
* Civil Service | UK Civil Service
HMRC | HM Revenue & Customs | HM Revenue and Customs
DWP | Department for Work and Pensions
* Home Office
Ministry of Defence
Ministry of Justice | MoJ
Foreign, Commonwealth & Development Office | FCDO | Foreign Office
HM Treasury
HM Prison and Probation Service | HMPPS | HM Prison Service
British Army
Royal Navy
Royal Air Force
Metropolitan Police | Met Police | Metropolitan Police Service
Police Scotland
DVLA | Driver and Vehicle Licensing Agency
Environment Agency
Met Office
Office for National Statistics | ONS
GCHQ
National Trust
National Trust for Scotland
# United Kingdom: research bodies and charities
UKRI | UK Research and Innovation
Francis Crick Institute | The Crick | Crick Institute
Wellcome Trust
Cancer Research UK | CRUK
* British Red Cross
# United Kingdom: NHS trusts and hospitals
Guy's and St Thomas' | Guy's and St Thomas' NHS Foundation Trust | GSTT | St Thomas' Hospital | Guy's Hospital
Barts Health | Barts Health NHS Trust | St Bartholomew's Hospital
Imperial College Healthcare NHS Trust | Imperial College Healthcare | ICHT
UCLH | University College London Hospitals
King's College Hospital | KCH
Great Ormond Street Hospital | GOSH | Great Ormond Street
Royal Free London | Royal Free Hospital
Royal Marsden | The Royal Marsden
Moorfields Eye Hospital | Moorfields
Manchester University NHS Foundation Trust | MFT | Manchester Royal Infirmary
The Christie | Christie Hospital
Leeds Teaching Hospitals | Leeds Teaching Hospitals NHS Trust | LTHT
Oxford University Hospitals | OUH | John Radcliffe Hospital | John Radcliffe
Cambridge University Hospitals | Addenbrooke's | Addenbrooke's Hospital
University Hospitals Birmingham | UHB | Queen Elizabeth Hospital Birmingham
Newcastle upon Tyne Hospitals | Newcastle Hospitals | Royal Victoria Infirmary | RVI
Alder Hey Children's Hospital | Alder Hey
Nottingham University Hospitals | Queen's Medical Centre
NHS Greater Glasgow and Clyde | NHSGGC | NHS GGC
Belfast Health and Social Care Trust | Belfast Trust
# United Kingdom: universities
University of Oxford | Oxford University
Oxford University Press | OUP
University of Cambridge | Cambridge University
Cambridge University Press & Assessment | Cambridge University Press
Imperial College London | Imperial College
UCL | University College London
LSE | London School of Economics
King's College London | KCL
University of Edinburgh | Edinburgh University
University of Manchester | Manchester University
University of Bristol | Bristol University
University of Warwick | Warwick University
University of Glasgow | Glasgow University
University of Birmingham | Birmingham University
University of Leeds | Leeds University
University of Sheffield | Sheffield University
University of Nottingham | Nottingham University
University of Southampton | Southampton University
Durham University
University of St Andrews | St Andrews University
University of Exeter | Exeter University
University of York
Queen Mary University of London | QMUL
Newcastle University
Cardiff University
Queen's University Belfast | QUB
University of Bath | Bath University
Loughborough University | Loughborough Uni
University of Liverpool | Liverpool University
City St George's, University of London | City, University of London | City University London
Open University | The Open University
Manchester Metropolitan University | MMU | Manchester Met
University of Strathclyde | Strathclyde University
University of the Arts London | UAL
# Ireland: retail, grocery and hospitality
Dunnes Stores | Dunnes
* SuperValu
* Centra
Musgrave | Musgrave Group
Applegreen
Supermac's | Supermacs
# Ireland: banks, insurance and finance
Bank of Ireland
AIB | Allied Irish Banks
Permanent TSB | PTSB
Irish Life
Central Bank of Ireland
Flutter Entertainment
# Ireland: industry, food and technology
CRH
Kingspan
Kerry Group
Glanbia
Smurfit Westrock | Smurfit Kappa
* ICON | ICON plc
* Intercom
# Ireland: transport, energy and telecoms
Aer Lingus
Ryanair
daa | Dublin Airport Authority
Irish Rail | Iarnród Éireann
Dublin Bus
Bus Éireann | Bus Eireann
An Post
ESB | Electricity Supply Board
Bord Gáis Energy | Bord Gais Energy
Uisce Éireann | Irish Water
Eir
# Ireland: public sector
* HSE | Health Service Executive
An Garda Síochána | Gardaí | Garda Síochána | Gardai
Defence Forces
Revenue Commissioners | Irish Revenue
RTÉ | RTE
Enterprise Ireland
Tusla
# Ireland: hospitals
St. James's Hospital | St James's Hospital
Beaumont Hospital
Mater Misericordiae University Hospital
St. Vincent's University Hospital | SVUH
Tallaght University Hospital | Tallaght Hospital
Cork University Hospital
University Hospital Galway
Children's Health Ireland
Rotunda Hospital | The Rotunda
# Ireland: universities
Trinity College Dublin | TCD
University College Dublin | UCD
University College Cork | UCC
University of Galway | NUI Galway | NUIG
Maynooth University
Dublin City University | DCU
University of Limerick
TU Dublin | Technological University Dublin
RCSI | Royal College of Surgeons in Ireland
# Ireland: law firms
A&L Goodbody | ALG
Arthur Cox
* Matheson
# Australia: supermarkets and retail
Woolworths | Woolies | Woolworths Group | Woolworths NZ
Coles | Coles Supermarkets | Coles Group
Bunnings | Bunnings Warehouse
Kmart
Big W
Myer
* David Jones
JB Hi-Fi | JB HiFi
Harvey Norman
* The Good Guys
Officeworks
Chemist Warehouse
Priceline Pharmacy
* Dan Murphy's | Dan Murphys
BWS
Wesfarmers
* Rebel | Rebel Sport
* Cotton On
# Australia: restaurants and coffee
Hungry Jack's | Hungry Jacks
Guzman y Gomez | GYG
Grill'd | Grilld
Boost Juice
Crown Resorts
# Australia: banks, insurance and super funds
Commonwealth Bank | CommBank | CBA | Commonwealth Bank of Australia
Westpac
ANZ | ANZ Bank
NAB | National Australia Bank
Macquarie Group | Macquarie Bank
Bendigo Bank | Bendigo and Adelaide Bank
Suncorp
* AMP
IAG | Insurance Australia Group | NRMA Insurance
QBE
Medibank
AustralianSuper
Reserve Bank of Australia | RBA
# Australia: technology
Atlassian
Canva
REA Group | realestate.com.au
WiseTech Global | WiseTech
Xero
Airwallex
Telstra
Optus
TPG Telecom
NBN Co | nbn
# Australia: mining, energy and industry
BHP
Fortescue | Fortescue Metals Group | FMG
Woodside Energy
* Santos
Origin Energy
AGL | AGL Energy
EnergyAustralia
CSL
ResMed
Sonic Healthcare
Ramsay Health Care
Transurban
Lendlease
# Australia: transport and logistics
Qantas
Virgin Australia
Jetstar
Rex Airlines
Australia Post | AusPost
Toll Group
Transport for NSW | TfNSW
Sydney Trains
Metro Trains Melbourne
Queensland Rail
# Australia: public sector and research
* Australian Public Service | APS
Australian Taxation Office | ATO
Services Australia | Centrelink
Department of Defence
Australian Defence Force | ADF
Australian Army
Australian Federal Police
NSW Police Force | NSW Police
Victoria Police
Queensland Police Service | QPS
CSIRO
ABC | Australian Broadcasting Corporation
SBS
National Disability Insurance Agency | NDIA | NDIS
* NSW Health
* Queensland Health
* SA Health
TAFE NSW
# Australia: hospitals
Alfred Health | The Alfred | Alfred Hospital
Royal Melbourne Hospital | RMH
Royal Prince Alfred Hospital
Westmead Hospital
St Vincent's Hospital Sydney
Peter MacCallum Cancer Centre | Peter Mac
Royal Children's Hospital | RCH
Monash Health
Austin Health | Austin Hospital
Royal Brisbane and Women's Hospital | RBWH
Royal Adelaide Hospital
# Australia: universities
University of Sydney | USyd | Sydney Uni
University of Melbourne | UniMelb | Melbourne Uni
UNSW | UNSW Sydney | University of New South Wales
ANU | Australian National University
University of Queensland | UQ
Monash University
UWA | University of Western Australia
University of Adelaide | Adelaide Uni
UTS | University of Technology Sydney
RMIT | RMIT University
QUT | Queensland University of Technology
Deakin University
Griffith University
Curtin University
La Trobe University
Swinburne University of Technology | Swinburne
Macquarie University
Western Sydney University
University of Newcastle | UON
University of Wollongong | UOW
# Australia: law firms
Allens
Corrs Chambers Westgarth | Corrs
Gilbert + Tobin | Gilbert and Tobin
King & Wood Mallesons | KWM
MinterEllison | Minter Ellison
# New Zealand: retail and grocery
* Foodstuffs
* New World
* PAK'nSAVE | Pak n Save
* Four Square
* The Warehouse | The Warehouse Group
* Farmers
* Mitre 10
SkyCity | SkyCity Entertainment
# New Zealand: companies
Air New Zealand | Air NZ
Fonterra
Fletcher Building
* Spark | Spark NZ
One NZ | Vodafone NZ
2degrees
* Chorus
Rocket Lab
Fisher & Paykel Healthcare
Fisher & Paykel Appliances
Zespri
Meridian Energy
Contact Energy
KiwiRail
NZ Post | New Zealand Post
ASB Bank | ASB
BNZ | Bank of New Zealand
Kiwibank
TVNZ
# New Zealand: public sector, health and universities
Health New Zealand | Te Whatu Ora | Health NZ
Auckland City Hospital
Inland Revenue | IRD
New Zealand Police | NZ Police
New Zealand Defence Force | NZDF
Department of Conservation
ACC | Accident Compensation Corporation
NZ Transport Agency | Waka Kotahi | NZTA
University of Auckland
AUT | Auckland University of Technology
Victoria University of Wellington | Te Herenga Waka
University of Otago
University of Canterbury
Massey University
# India: IT services and consulting
Tata Consultancy Services | TCS
Infosys
Infosys BPM
Wipro
HCLTech | HCL Technologies | HCL
Tech Mahindra | TechM
LTIMindtree | LTI | Mindtree
Mphasis
Persistent Systems
Coforge | NIIT Technologies
Hexaware | Hexaware Technologies
L&T Technology Services | LTTS
Tata Elxsi
EXL | EXL Service | ExlService
WNS
Mu Sigma
Fractal Analytics
# India: startups and internet companies
Flipkart
Myntra
Zomato
Swiggy
* Zepto
Paytm | One97 Communications
PhonePe
Razorpay
Zerodha
Groww
* CRED
Meesho
Nykaa
BYJU'S | Byjus
Zoho
Freshworks
Dream11
MakeMyTrip
OYO | OYO Rooms
Lenskart
Urban Company
Delhivery
BigBasket
* Ola | Ola Cabs | ANI Technologies
Jio | Reliance Jio
Jio Financial Services
# India: conglomerates, manufacturing and consumer goods
Reliance Industries | RIL
Reliance Retail | Reliance Trends | Reliance Digital | Reliance Fresh | Reliance Smart
Tata Steel
Tata Motors
Tata Power
* Titan | Titan Company
Larsen & Toubro
* Mahindra & Mahindra | Mahindra
* Adani Group | Adani
Aditya Birla Group
JSW Steel
Bajaj Auto
Bajaj Finance
Bajaj Finserv
Hero MotoCorp
Maruti Suzuki | Maruti
TVS Motor
ITC | ITC Limited
ITC Hotels
Hindustan Unilever | HUL
* Godrej | Godrej Group
Asian Paints
* Britannia | Britannia Industries
* Amul | GCMMF
# India: pharma and healthcare
Sun Pharma | Sun Pharmaceutical
Dr. Reddy's | Dr. Reddy's Laboratories | Dr Reddy's
Cipla
* Lupin
Biocon
* Zydus Lifesciences | Zydus Cadila | Zydus
Serum Institute of India | SII
Apollo Hospitals
Fortis Healthcare
Max Healthcare | Max Hospital
Manipal Hospitals
Narayana Health
* AIIMS | All India Institute of Medical Sciences | AIIMS Delhi
Tata Memorial Hospital | Tata Memorial Centre | TMH
Christian Medical College Vellore | CMC Vellore
# India: banks, insurance and finance
SBI | State Bank of India
SBI Card
SBI Life | SBI Life Insurance
HDFC Bank | HDFC
HDFC Life
HDFC ERGO
ICICI Bank | ICICI
ICICI Lombard
ICICI Prudential | ICICI Prudential Life
Axis Bank
Kotak Mahindra Bank
Kotak Life | Kotak Life Insurance
Punjab National Bank | PNB
Bank of Baroda
Canara Bank
IndusInd Bank
Reserve Bank of India | RBI
LIC | Life Insurance Corporation of India
# India: public sector undertakings and government
Indian Railways
ISRO | Indian Space Research Organisation
DRDO | Defence Research and Development Organisation
BHEL | Bharat Heavy Electricals
NTPC
ONGC | Oil and Natural Gas Corporation
Indian Oil | IOCL | Indian Oil Corporation
BPCL | Bharat Petroleum
* GAIL | Gas Authority of India
Coal India
* SAIL | Steel Authority of India
* HAL | Hindustan Aeronautics
India Post
BSNL | Bharat Sanchar Nigam
Bharti Airtel | Airtel
Airtel Africa
Vodafone Idea
Indian Army
Indian Navy
Indian Air Force | IAF
Delhi Metro | DMRC | Delhi Metro Rail Corporation
# India: airlines, hotels, retail and food service
Air India
Air India Express
* IndiGo
SpiceJet
Taj Hotels | IHCL | Indian Hotels Company
DMart | D-Mart | Avenue Supermarts
Café Coffee Day | CCD | Cafe Coffee Day
# India: universities and research institutes
IIT Bombay | IITB | Indian Institute of Technology Bombay
IIT Delhi | IITD | Indian Institute of Technology Delhi
IIT Madras | IITM | Indian Institute of Technology Madras
IIT Kanpur | IITK | Indian Institute of Technology Kanpur
IIT Kharagpur | IIT KGP | Indian Institute of Technology Kharagpur
IISc | Indian Institute of Science | IISc Bangalore
IIM Ahmedabad | IIMA
IIM Bangalore | IIMB
IIM Calcutta
BITS Pilani
University of Delhi | Delhi University
JNU | Jawaharlal Nehru University
VIT | Vellore Institute of Technology
# India: law firms
Cyril Amarchand Mangaldas
AZB & Partners | AZB
# Singapore: banks, investment and finance
* DBS | DBS Bank | POSB
OCBC | OCBC Bank | Oversea-Chinese Banking Corporation
UOB | United Overseas Bank
* Temasek | Temasek Holdings
GIC
GIC Re | General Insurance Corporation of India
* MAS | Monetary Authority of Singapore
SGX | Singapore Exchange
* Great Eastern | Great Eastern Life
# Singapore: companies
Singapore Airlines
* Scoot
SATS
Changi Airport Group | Changi Airport
Singtel
StarHub
M1
* Grab
* Sea | Sea Limited | Sea Group
Shopee
Garena
Lazada
Keppel
CapitaLand
Wilmar International | Wilmar
ST Engineering
PSA International | PSA Singapore
SMRT
SBS Transit
ComfortDelGro
Mediacorp
Marina Bay Sands | MBS
Resorts World Sentosa | RWS
NTUC FairPrice | FairPrice
Sheng Siong
BreadTalk
# Singapore: public sector and health
Singapore Armed Forces | SAF
Singapore Police Force
GovTech | Government Technology Agency
HDB | Housing & Development Board | Housing and Development Board
LTA | Land Transport Authority
IRAS | Inland Revenue Authority of Singapore
A*STAR | Agency for Science, Technology and Research
Ministry of Education Singapore | MOE Singapore
SingHealth
NUHS | National University Health System
National Healthcare Group | NHG
Singapore General Hospital | SGH
Tan Tock Seng Hospital | TTSH
National University Hospital | NUH
KK Women's and Children's Hospital | KKH | KK Hospital
# Singapore: universities and polytechnics
NUS | National University of Singapore
* NTU | Nanyang Technological University
SMU | Singapore Management University
SUTD | Singapore University of Technology and Design
Singapore Institute of Technology
Temasek Polytechnic
Ngee Ann Polytechnic
Singapore Polytechnic
Republic Polytechnic
Nanyang Polytechnic
ITE | Institute of Technical Education
# Singapore: law firms
Allen & Gledhill
Rajah & Tann
# Hong Kong: banks, insurance and finance
Hang Seng Bank
Bank of China (Hong Kong) | BOCHK
Bank of East Asia
HKEX | Hong Kong Exchanges and Clearing
HKMA | Hong Kong Monetary Authority
* FWD | FWD Insurance
# Hong Kong: companies
Cathay Pacific
MTR | MTR Corporation
MTR Foods
Hong Kong Jockey Club | HKJC
CK Hutchison
* Swire | Swire Group | Swire Pacific
Jardine Matheson
Sun Hung Kai Properties | SHKP
New World Development
CLP Power | CLP
Towngas | Hong Kong and China Gas
PCCW
HKT
A.S. Watson Group | AS Watson
* Watsons
PARKnSHOP
* Wellcome
Mannings
Maxim's Caterers
Café de Coral | Cafe de Coral
Chow Tai Fook
The Peninsula Hotels
Hong Kong Disneyland
* Ocean Park
SenseTime
Lalamove
Klook
# Hong Kong: public sector, hospitals and universities
Hospital Authority | Hong Kong Hospital Authority
Hong Kong Police Force | HKPF
* Queen Mary Hospital
* Prince of Wales Hospital
* Queen Elizabeth Hospital
HKU | University of Hong Kong | The University of Hong Kong
* CUHK | Chinese University of Hong Kong
* HKUST | Hong Kong University of Science and Technology
PolyU | Hong Kong Polytechnic University
CityU | City University of Hong Kong
HKBU | Hong Kong Baptist University
# South Africa: retail, grocery and food service
Shoprite
* Checkers | Checkers Hyper | Checkers Sixty60
Pick n Pay | PnP
* Clicks
Dis-Chem
Mr Price
* PEP | Pep Stores
TFG | The Foschini Group | Foschini
* Game | Game Stores
Makro
Takealot
* Steers
* Wimpy
Debonairs Pizza | Debonairs
* Spur | Spur Steak Ranches
Chicken Licken
Mugg & Bean
# South Africa: banks, insurance and finance
Standard Bank
FNB
FirstRand
Absa
Nedbank
Capitec | Capitec Bank
Investec
* Discovery | Discovery Health | Discovery Bank
Old Mutual
Sanlam
* Momentum | Momentum Metropolitan
South African Reserve Bank | SARB
# South Africa: telecoms, media, mining, energy and industry
Vodacom
MTN
Telkom
MultiChoice | DStv
Naspers
Eskom
Sasol
Transnet
Sibanye-Stillwater | Sibanye
De Beers
Bidvest
Tiger Brands
South African Breweries | SAB
Aspen Pharmacare
Netcare
Mediclinic
# South Africa: transport and public sector
South African Airways | SAA
FlySafair | Safair
PRASA | Passenger Rail Agency of South Africa
SAPS | South African Police Service
SANDF | South African National Defence Force
SARS | South African Revenue Service
SABC
South African Post Office | SAPO
* CSIR
Chris Hani Baragwanath Hospital | Baragwanath Hospital
Groote Schuur Hospital | Groote Schuur
# South Africa: universities
UCT | University of Cape Town
* Wits | University of the Witwatersrand | Wits University
Stellenbosch University | Maties
University of Pretoria | Tuks
University of Johannesburg | UJ
UKZN | University of KwaZulu-Natal
Rhodes University
UNISA | University of South Africa
University of the Western Cape | UWC
Nelson Mandela University
# South Africa: law firms
Bowmans
Webber Wentzel
ENSafrica
# Japan: 自動車・輸送機器
* トヨタ自動車 | トヨタ
* Toyota | Toyota Motor | Toyota Motor Corporation
* 本田技研工業 | ホンダ
* Honda | Honda Motor
* 日産自動車 | 日産
Nissan | Nissan Motor
マツダ
Mazda | Mazda Motor
* SUBARU | スバル
* スズキ
* Suzuki | Suzuki Motor
ダイハツ工業 | ダイハツ
三菱自動車 | 三菱自動車工業
Mitsubishi Motors
ヤマハ
Yamaha | Yamaha Corporation
Yamaha Motor
ヤマハ発動機
デンソー
Denso
ブリヂストン
Bridgestone
川崎重工業 | 川崎重工
三菱重工業 | 三菱重工 | MHI
# Japan: 電機・精密・素材
* ソニー | ソニーグループ
Sony | Sony Group
Sony Music | Sony Music Entertainment
Sony Pictures | Sony Pictures Entertainment
Sony Interactive Entertainment
* パナソニック
Panasonic
* 日立製作所 | 日立
* Hitachi
* 東芝
Toshiba
三菱電機
Mitsubishi Electric
* 富士通
Fujitsu
NEC | 日本電気
* キヤノン | キャノン
* Canon
* 富士フイルム
Fujifilm
* シャープ
京セラ
Kyocera
村田製作所
任天堂
Nintendo
キーエンス
Keyence
東京エレクトロン
Tokyo Electron
セイコーエプソン | エプソン
Epson | Seiko Epson
ダイキン工業 | ダイキン
Daikin | Daikin Industries
* コマツ | 小松製作所
* Komatsu
日本製鉄
Nippon Steel
花王
資生堂
Shiseido
# Japan: 製薬・医療機器
武田薬品工業 | 武田薬品
* Takeda | Takeda Pharmaceutical
アステラス製薬 | アステラス
Astellas | Astellas Pharma
第一三共
Daiichi Sankyo
エーザイ
Eisai
中外製薬
大塚製薬
塩野義製薬 | シオノギ
テルモ
Terumo
# Japan: 総合商社
三菱商事
Mitsubishi Corporation
三井物産
Mitsui & Co.
* 伊藤忠商事 | 伊藤忠
Itochu
住友商事
Sumitomo Corporation
丸紅
Marubeni
豊田通商
Toyota Tsusho
# Japan: 銀行・証券・保険
三菱UFJ銀行 | MUFG
三井住友銀行 | SMBC
SMBC日興証券 | SMBC日興
SMBC Nikko Securities | SMBC Nikko
みずほ銀行
りそな銀行 | りそな
ゆうちょ銀行 | ゆうちょ
三井住友信託銀行 | 三井住友信託
日本銀行 | 日銀 | BOJ
農林中央金庫 | 農林中金
野村證券 | 野村証券
* Nomura | Nomura Holdings | Nomura Securities
大和証券
オリックス | ORIX
日本生命保険 | 日本生命
第一生命保険 | 第一生命
明治安田生命保険 | 明治安田生命 | 明治安田
* 東京海上日動火災保険 | 東京海上日動 | 東京海上
損害保険ジャパン | 損保ジャパン
三井住友海上火災保険 | 三井住友海上
# Japan: 通信・IT・インターネット・ゲーム
* NTT | 日本電信電話
NTTドコモ | ドコモ | docomo
NTTデータ
NTT DATA | NTT Data
KDDI
ソフトバンク
ソフトバンクグループ
* 楽天 | 楽天グループ
* Rakuten | Rakuten Group
LINEヤフー | ヤフー
メルカリ
Mercari
サイバーエージェント
DeNA | ディー・エヌ・エー
野村総合研究所 | 野村総研 | NRI
スクウェア・エニックス | スクエニ
Square Enix
* バンダイナムコ
* Bandai Namco
カプコン
Capcom
セガ | SEGA
# Japan: 小売・コンビニ
* イオン | AEON
セブン-イレブン・ジャパン | セブン-イレブン | セブンイレブン
ファミリーマート | ファミマ
ローソン
イトーヨーカドー | ヨーカドー
ユニクロ | UNIQLO
GU | ジーユー
無印良品 | MUJI | 良品計画
ニトリ
ドン・キホーテ | ドンキ | ドンキホーテ
ヨドバシカメラ | ヨドバシ
ビックカメラ
ヤマダデンキ | ヤマダ電機
マツモトキヨシ | マツキヨ
ダイソー | 大創産業 | DAISO
* しまむら
高島屋
三越伊勢丹 | 伊勢丹 | 三越
# Japan: 外食・カフェ
日本マクドナルド | マクドナルド | マクド
すき家
吉野家
* 松屋
モスバーガー | MOS BURGER
ドトールコーヒー | ドトール
コメダ珈琲店 | コメダ
サイゼリヤ
すかいらーく | すかいらーくグループ | ガスト
丸亀製麺
スシロー
くら寿司
CoCo壱番屋 | ココイチ
# Japan: 食品・飲料
* サントリー
* Suntory
アサヒビール
* キリン | キリンホールディングス | キリンビール
サッポロビール
味の素
Ajinomoto
日清食品
* 明治
江崎グリコ | グリコ
日本たばこ産業 | JT
# Japan: 鉄道・航空・物流
JR東日本 | 東日本旅客鉄道
JR東海 | 東海旅客鉄道
JR西日本 | 西日本旅客鉄道
JR九州 | 九州旅客鉄道
東京メトロ | 東京地下鉄
* 東急
小田急電鉄 | 小田急
阪急電鉄
* 近畿日本鉄道 | 近鉄
日本航空 | JAL
* ANA | 全日本空輸 | 全日空 | All Nippon Airways
日本郵便
ヤマト運輸 | クロネコヤマト
佐川急便
日本通運 | 日通
日本郵船 | NYK
商船三井 | MOL
# Japan: エネルギー
* 東京電力 | 東電 | TEPCO
* 関西電力 | 関電
関電工
* 中部電力
JERA
ENEOS
出光興産 | 出光
* 東京ガス
* 大阪ガス
# Japan: 建設・不動産
大林組
鹿島建設
清水建設
大成建設
竹中工務店
積水ハウス
大和ハウス工業 | 大和ハウス
* 三井不動産
* 三菱地所
# Japan: メディア・広告・娯楽・ホテル
NHK | 日本放送協会
日本テレビ | 日テレ
TBSテレビ
フジテレビ
テレビ朝日 | テレ朝
テレビ東京 | テレ東
* 電通
Dentsu
* 博報堂
* 日本経済新聞社 | 日経
オリエンタルランド | 東京ディズニーリゾート
ユニバーサル・スタジオ・ジャパン | USJ
星野リゾート
セコム | SECOM
# Japan: 監査法人・法律事務所
有限責任監査法人トーマツ | トーマツ
有限責任あずさ監査法人 | あずさ監査法人
EY新日本有限責任監査法人 | EY新日本
西村あさひ法律事務所 | 西村あさひ
森・濱田松本法律事務所 | 森・濱田松本
長島・大野・常松法律事務所 | 長島・大野・常松
# Japan: 官公庁・公的機関・研究機関
東京都庁
防衛省
陸上自衛隊 | 陸自
警視庁
JAXA | 宇宙航空研究開発機構
* 理化学研究所 | 理研 | RIKEN
国際協力機構 | JICA
日本貿易振興機構 | ジェトロ | JETRO
* 日本赤十字社 | 日赤
# Japan: 病院
東京大学医学部附属病院 | 東大病院
聖路加国際病院 | 聖路加
国立がん研究センター | 国がん
慶應義塾大学病院 | 慶應病院
徳洲会
# Japan: 大学
* 東京大学 | 東大
University of Tokyo | The University of Tokyo | UTokyo
京都大学 | 京大
Kyoto University
大阪大学 | 阪大
Osaka University
東北大学
Tohoku University
名古屋大学 | 名大
Nagoya University
九州大学 | 九大
Kyushu University
* 北海道大学 | 北大
Hokkaido University
東京科学大学 | 東京工業大学 | 東工大 | 東京医科歯科大学
Institute of Science Tokyo | Science Tokyo | Tokyo Institute of Technology | Tokyo Tech
早稲田大学 | 早大
Waseda University
慶應義塾大学 | 慶應 | 慶大
Keio University
上智大学
Sophia University
沖縄科学技術大学院大学 | OIST
# second round (session 9)
# United States: regional supermarkets, grocery and discount stores
Giant Eagle
* Giant Food
* Stop & Shop | Stop and Shop
* Hannaford | Hannaford Supermarkets
Winn-Dixie | Winn Dixie
* Ralphs
* Fred Meyer
King Soopers
Harris Teeter
* Vons
Jewel-Osco | Jewel Osco
* Acme Markets
* Raley's | Raleys
Stater Bros. Markets | Stater Bros. | Stater Bros
WinCo Foods | WinCo
Sprouts Farmers Market
* Food 4 Less
Save Mart
Schnucks
Ingles Markets
Weis Markets
* Market Basket
Piggly Wiggly
* Grocery Outlet
* Fry's Food Stores | Fry's Food
* Tops Friendly Markets | Tops Markets
Big Y
* Save A Lot | Save-A-Lot
Price Chopper
* Smart & Final
* The Fresh Market
* Natural Grocers
* Erewhon
H Mart | HMart
99 Ranch Market | 99 Ranch
* Family Dollar
* Five Below
* Big Lots
Ollie's Bargain Outlet
Wawa
Sheetz
QuikTrip
* Casey's | Casey's General Stores
Buc-ee's | Buc-ees | Bucees
RaceTrac
* Love's Travel Stops
Pilot Flying J | Pilot Company
# United States: retail chains
* Burlington | Burlington Coat Factory
HomeGoods
TJX Companies | TJX
Williams-Sonoma | Williams Sonoma
* Pottery Barn
* Crate & Barrel | Crate and Barrel
Wayfair
* Chewy
Menards
Sherwin-Williams | Sherwin Williams
Harbor Freight Tools | Harbor Freight
Advance Auto Parts
NAPA Auto Parts
Duane Reade
Bath & Body Works
Victoria's Secret
Abercrombie & Fitch | Abercrombie
* Hollister | Hollister Co.
Urban Outfitters
Anthropologie
J.Crew | J. Crew | JCrew
* Banana Republic
Athleta
* Dillard's | Dillards
* Belk
Saks Fifth Avenue | Saks
Neiman Marcus
Bloomingdale's | Bloomingdales
Academy Sports + Outdoors | Academy Sports
Bass Pro Shops | Bass Pro
Cabela's | Cabelas
* Michaels | Michaels Stores
Hobby Lobby
* Guitar Center
* Carter's
* Sally Beauty
* Hot Topic
Etsy
QVC
# United States: restaurant, fast-food and coffee chains
* Jack in the Box
Carl's Jr. | Carl's Jr | Carls Jr
Hardee's | Hardees
Whataburger
Culver's | Culvers
Shake Shack
Checkers & Rally's | Checkers and Rally's
Zaxby's | Zaxbys
Bojangles | Bojangles'
Popeyes | Popeyes Louisiana Kitchen
Church's Texas Chicken | Church's Chicken
El Pollo Loco
Del Taco
Qdoba | Qdoba Mexican Eats
Moe's Southwest Grill
Firehouse Subs
Jimmy John's | Jimmy Johns
* Potbelly | Potbelly Sandwich Shop
Jason's Deli
Noodles & Company | Noodles and Company
Sweetgreen
* Cava
Crumbl | Crumbl Cookies
Krispy Kreme
Peet's Coffee | Peet's
Caribou Coffee
The Coffee Bean & Tea Leaf | Coffee Bean & Tea Leaf
Tropical Smoothie Cafe
Smoothie King
Jamba | Jamba Juice
Auntie Anne's
Cinnabon
Baskin-Robbins | Baskin Robbins
Cold Stone Creamery
* Red Robin
* Red Lobster
LongHorn Steakhouse
* Cracker Barrel
* Waffle House
* Bob Evans
TGI Fridays | TGI Friday's
* Ruby Tuesday
* Hooters
P.F. Chang's | PF Chang's
Golden Corral
Ruth's Chris Steak House | Ruth's Chris
Darden Restaurants
Yum! Brands | Yum Brands
Inspire Brands
Bloomin' Brands
Dave & Buster's | Dave and Buster's
Chuck E. Cheese
Steak 'n Shake | Steak n Shake
Portillo's
Marco's Pizza
Sbarro
# United States: hotels, casinos, leisure and fitness
Wyndham Hotels & Resorts | Wyndham
Choice Hotels
Best Western | Best Western Hotels & Resorts
Omni Hotels & Resorts | Omni Hotels
Loews Hotels
Caesars Entertainment | Caesars
Wynn Resorts
Las Vegas Sands
Hard Rock International
Six Flags
SeaWorld | United Parks & Resorts
Live Nation | Live Nation Entertainment
Ticketmaster
AMC Theatres
Regal Cinemas
Planet Fitness
* Equinox
24 Hour Fitness
LA Fitness
Carnival Cruise Line | Carnival Corporation
Royal Caribbean | Royal Caribbean Group
Norwegian Cruise Line
Vail Resorts
Great Wolf Lodge
# United States: regional banks, credit unions and fintech
* Citizens Bank | Citizens Financial Group
Fifth Third Bank | Fifth Third
KeyBank | KeyCorp
Huntington Bank | Huntington National Bank
Regions Bank | Regions Financial
M&T Bank
First Citizens Bank
* Comerica
Zions Bancorporation | Zions Bank
Synovus
First Horizon
Frost Bank
Webster Bank
East West Bank
* Associated Bank
Old National Bank
BOK Financial
Western Alliance Bank
* Raymond James
Ameriprise Financial | Ameriprise
LPL Financial
Northern Trust
T. Rowe Price | T Rowe Price
Invesco
Franklin Templeton
Nuveen
TIAA
* Synchrony | Synchrony Financial
* SoFi
* Chime
* Affirm
* Plaid
Brex
Fiserv
* FIS | Fidelity National Information Services
* Global Payments
Broadridge | Broadridge Financial Solutions
Moody's | Moody's Corporation
MSCI
Nasdaq
Intercontinental Exchange
CME Group
* Two Sigma
D. E. Shaw | D.E. Shaw | DE Shaw
Bridgewater Associates
Millennium Management
Point72
Hudson River Trading
Susquehanna International Group
KKR
Apollo Global Management
Carlyle Group | The Carlyle Group
Berkshire Hathaway
Freddie Mac
Fannie Mae
FDIC | Federal Deposit Insurance Corporation
* SEC | Securities and Exchange Commission
FINRA
PenFed Credit Union | PenFed
BECU | Boeing Employees Credit Union
State Employees' Credit Union | SECU
# United States: insurers, health plans and brokers
* Travelers | The Travelers Companies
* Chubb
* The Hartford | Hartford Financial
Farmers Insurance
American Family Insurance | AmFam
Erie Insurance
Auto-Owners Insurance
Principal Financial Group | Principal Financial
Lincoln Financial | Lincoln Financial Group
Prudential Financial
New York Life | New York Life Insurance
MassMutual | Massachusetts Mutual
Guardian Life
Pacific Life
Aflac
Unum
Mutual of Omaha
Centene
Molina Healthcare
Highmark | Highmark Health
Florida Blue
CareFirst
Oscar Health
Marsh McLennan
Aon
WTW | Willis Towers Watson
* Gallagher | Arthur J. Gallagher
Brown & Brown
Lockton
* Assurant
* Markel
# United States: law firms
* Morgan Lewis | Morgan, Lewis & Bockius
Ropes & Gray
Weil, Gotshal & Manges | Weil Gotshal
Debevoise & Plimpton | Debevoise
* Milbank
* Quinn Emanuel | Quinn Emanuel Urquhart & Sullivan
* Paul Hastings
Mayer Brown
Covington & Burling
WilmerHale
Goodwin Procter
* Cooley
Wilson Sonsini | Wilson Sonsini Goodrich & Rosati
Orrick | Orrick, Herrington & Sutcliffe
Greenberg Traurig
* Akin | Akin Gump
Holland & Knight
McDermott Will & Emery
Willkie Farr & Gallagher | Willkie
Proskauer Rose | Proskauer
Fried Frank
Arnold & Porter
King & Spalding
Vinson & Elkins
Baker Botts
Fenwick & West
Perkins Coie
Winston & Strawn
Jenner & Block
Alston & Bird
Morrison & Foerster | MoFo
Cadwalader | Cadwalader, Wickersham & Taft
# United States: consulting, accounting and business services
Guidehouse
Huron Consulting Group
* Slalom
* West Monroe
* Crowe
* RSM | RSM US
CliftonLarsonAllen
Baker Tilly
Plante Moran
Protiviti
Paychex
* Gusto
* Rippling
Dayforce | Ceridian
* UKG | Ultimate Kronos Group
Conduent
Concentrix
TTEC
ABM Industries
Cushman & Wakefield
* Newmark
* Iron Mountain
Republic Services
Waste Connections
CACI | CACI International
ManTech
Peraton
General Dynamics Information Technology | GDIT
# United States: construction and engineering
Bechtel
Kiewit
* Fluor
Turner Construction
Whiting-Turner | Whiting-Turner Contracting
Clark Construction
Black & Veatch
Burns & McDonnell
* HDR | HDR Inc.
Tetra Tech
* Parsons | Parsons Corporation
* KBR
Gensler
* Mortenson
DPR Construction
Gilbane | Gilbane Building Company
Hensel Phelps
Suffolk Construction
McCarthy Building Companies
Granite Construction
Quanta Services
MasTec
EMCOR
# United States: technology and software
* LinkedIn
Splunk
Nutanix
Pure Storage
NetApp
Juniper Networks
Arista Networks
* F5 | F5 Networks
Akamai | Akamai Technologies
Fortinet
Zscaler
SentinelOne
Rapid7
* Tenable
* Confluent
HashiCorp
* GitLab
* Asana
Smartsheet
Zendesk
Squarespace
GoDaddy
* Yelp
* Peloton
Carvana
* Opendoor
Redfin
Airtable
* Samsara
Veeva Systems | Veeva
* Guidewire
Tyler Technologies
athenahealth
Qualtrics
Ansys
Cadence Design Systems
Synopsys
Marvell | Marvell Technology
Analog Devices
Microchip Technology
onsemi | ON Semiconductor
Western Digital
Seagate | Seagate Technology
KLA | KLA Corporation
Lam Research
GlobalFoundries
* Corning
* Xerox
Zebra Technologies
Garmin
Trimble
Keysight | Keysight Technologies
* Yahoo
* Nextdoor
# United States: life sciences, diagnostics and health distribution
Thermo Fisher Scientific | Thermo Fisher
Danaher
* Illumina
Agilent | Agilent Technologies
Revvity
* Waters | Waters Corporation
Bio-Rad | Bio-Rad Laboratories
IQVIA
Labcorp
Quest Diagnostics
Cardinal Health
McKesson
Cencora | AmerisourceBergen
* Baxter
Zimmer Biomet
Edwards Lifesciences
Intuitive Surgical
Hologic
Dexcom
Insulet
Align Technology
Viatris
Organon
Zoetis
Incyte
Alnylam | Alnylam Pharmaceuticals
BioMarin
Genentech
DaVita
Encompass Health
* Select Medical
Brookdale Senior Living
Amedisys
* One Medical
# United States: industry, consumer goods and food producers
* Emerson | Emerson Electric
* Eaton
Parker Hannifin
Rockwell Automation
Johnson Controls
* Carrier | Carrier Global
* Otis | Otis Elevator
Trane Technologies | Trane
* Cummins
PACCAR
* Oshkosh | Oshkosh Corporation
Textron
L3Harris | L3Harris Technologies
Huntington Ingalls Industries | Huntington Ingalls | HII
Anduril | Anduril Industries
Blue Origin
* Gulfstream | Gulfstream Aerospace
Spirit AeroSystems
* Whirlpool
* Dow | Dow Chemical
* DuPont
Ecolab
PPG | PPG Industries
* International Paper
* Kimberly-Clark
Clorox
Estée Lauder | Estee Lauder | The Estée Lauder Companies
Kellanova
* Campbell's | Campbell Soup Company
Conagra Brands | Conagra
Hormel Foods | Hormel
Smithfield Foods
Perdue Farms
Pilgrim's Pride
Land O'Lakes
Keurig Dr Pepper
Constellation Brands
Brown-Forman
Altria
Philip Morris International
Harley-Davidson
* Polaris
Goodyear | Goodyear Tire & Rubber
Nucor
U.S. Steel | United States Steel | US Steel
Alcoa
Freeport-McMoRan
Newmont
Weyerhaeuser
Owens Corning
Stanley Black & Decker
Illinois Tool Works
W. W. Grainger
Fastenal
Uline
* Genuine Parts Company
# United States: energy and utilities
Exelon
Dominion Energy
* Southern Company
Georgia Power
Entergy
American Electric Power | AEP
Xcel Energy
Ameren
DTE Energy | DTE
* Consumers Energy
PSEG | Public Service Enterprise Group
Eversource
Avangrid
* PPL | PPL Electric Utilities
FirstEnergy
Evergy
Sempra
San Diego Gas & Electric | SDG&E
Southern California Edison | SCE
LADWP | Los Angeles Department of Water and Power
Arizona Public Service
Salt River Project
Tennessee Valley Authority
CenterPoint Energy
Oncor
Vistra
NRG Energy
Constellation Energy
Marathon Petroleum
* Valero | Valero Energy
Phillips 66
Occidental Petroleum
EOG Resources
Devon Energy
Halliburton
Baker Hughes
Kinder Morgan
* Energy Transfer
* American Water | American Water Works
# United States: telecoms and media
Lumen Technologies | CenturyLink
Frontier Communications
Cox Communications
Altice USA
* Paramount | Paramount Global
Fox Corporation
The New York Times | New York Times | NYT
The Washington Post | Washington Post
PBS | Public Broadcasting Service
NPR | National Public Radio
# United States: trucking, logistics, rail, airlines and transit
XPO | XPO Logistics
GXO | GXO Logistics
J.B. Hunt | JB Hunt
Knight-Swift
Schneider National
Werner Enterprises
Old Dominion Freight Line
* Ryder | Ryder System
* Penske | Penske Truck Leasing
C.H. Robinson | CH Robinson
* Expeditors | Expeditors International
Estes Express Lines
Flexport
CSX
Norfolk Southern
* Greyhound | Greyhound Lines
Frontier Airlines
Spirit Airlines
Hawaiian Airlines
Allegiant Air
SkyWest | SkyWest Airlines
Republic Airways
Envoy Air
Port Authority of New York and New Jersey | PANYNJ
* NJ Transit | New Jersey Transit
* SEPTA
* MBTA | Massachusetts Bay Transportation Authority
* WMATA | Washington Metropolitan Area Transit Authority
* Chicago Transit Authority
* BART | Bay Area Rapid Transit
* LA Metro | Los Angeles County Metropolitan Transportation Authority
* MARTA
* Metra
* Long Island Rail Road | LIRR
* Metro-North Railroad | Metro-North
* King County Metro
# United States: health systems and hospitals
Tenet Healthcare
* Community Health Systems
* Universal Health Services
Trinity Health
Ochsner Health | Ochsner
Geisinger
Allina Health
Corewell Health | Spectrum Health
Henry Ford Health | Henry Ford Hospital
Froedtert | Froedtert & the Medical College of Wisconsin
OhioHealth
Cincinnati Children's | Cincinnati Children's Hospital Medical Center
Nationwide Children's Hospital
Texas Children's Hospital
Children's Hospital Los Angeles | CHLA
Lurie Children's | Ann & Robert H. Lurie Children's Hospital
Seattle Children's | Seattle Children's Hospital
UCSF Health
UCLA Health
Penn Medicine
Jefferson Health
Hackensack Meridian Health
RWJBarnabas Health | RWJBarnabas
Montefiore | Montefiore Medical Center
NYC Health + Hospitals | NYC H+H
Rush University Medical Center
Northwestern Medicine
UChicago Medicine | University of Chicago Medicine
Vanderbilt University Medical Center
Emory Healthcare
Duke Health | Duke University Hospital
UNC Health
Novant Health
Prisma Health
MUSC Health | MUSC
Piedmont Healthcare
Memorial Hermann
UT Southwestern Medical Center | UT Southwestern
Parkland Health | Parkland Hospital
Christus Health
Sanford Health
SSM Health
BJC HealthCare
Sharp HealthCare
Scripps Health
Dignity Health
MultiCare
Virginia Mason Franciscan Health | Virginia Mason
* Legacy Health
OHSU | Oregon Health & Science University
UCHealth
Denver Health
HonorHealth
Orlando Health
Tampa General Hospital
Jackson Health System
Moffitt Cancer Center | Moffitt
* City of Hope
Fred Hutchinson Cancer Center | Fred Hutch
Lehigh Valley Health Network | LVHN
Baystate Health
Hartford HealthCare
Lahey Hospital
Beth Israel Deaconess Medical Center | BIDMC
Nemours Children's Health | Nemours
# United States: federal agencies, military and public employers
USDA | U.S. Department of Agriculture
* Department of Energy
* Department of Homeland Security
U.S. Customs and Border Protection | CBP
U.S. Immigration and Customs Enforcement
FEMA | Federal Emergency Management Agency
U.S. Secret Service | Secret Service
* DEA | Drug Enforcement Administration
ATF | Bureau of Alcohol, Tobacco, Firearms and Explosives
U.S. Marshals Service | U.S. Marshals
Federal Bureau of Prisons
* EPA | Environmental Protection Agency
NOAA | National Oceanic and Atmospheric Administration
USGS | U.S. Geological Survey
U.S. Census Bureau | Census Bureau
* Bureau of Labor Statistics
GAO | Government Accountability Office
Library of Congress
NSA | National Security Agency
Defense Intelligence Agency
FAA | Federal Aviation Administration
* Department of Education
* HUD | Department of Housing and Urban Development
* Department of Labor
Peace Corps
AmeriCorps
U.S. Space Force | Space Force | USSF
Army National Guard | National Guard
OPM | Office of Personnel Management
* GSA | General Services Administration
* CMS | Centers for Medicare & Medicaid Services
USPTO | U.S. Patent and Trademark Office
* NIST | National Institute of Standards and Technology
National Science Foundation | NSF
U.S. Forest Service | USFS
California Highway Patrol
LAPD | Los Angeles Police Department
Chicago Police Department
FDNY | New York City Fire Department
NYC Department of Education | NYC DOE | NYC Public Schools
Los Angeles Unified School District | LAUSD
Chicago Public Schools
* Los Angeles County | LA County
# United States: universities and colleges
Brown University
Dartmouth College
Vanderbilt University
Rice University
Emory University
Georgetown University
University of Notre Dame
Tufts University
Boston University
Boston College
Northeastern University
Wake Forest University
Tulane University | Tulane
University of Rochester
Case Western Reserve University | CWRU | Case Western
Washington University in St. Louis | WashU
Brandeis University
Syracuse University
Fordham University | Fordham
George Washington University | GWU
* American University
University of Virginia
Virginia Tech | Virginia Polytechnic Institute and State University
University of Florida | UF
Florida State University | FSU
University of Miami
University of Central Florida | UCF
University of South Florida
Florida International University | FIU
University of Georgia | UGA
Georgia State University
Auburn University
* University of Alabama
University of Alabama at Birmingham
* University of Tennessee
University of Kentucky
* Louisiana State University | LSU
* University of Maryland | UMD
University of Wisconsin–Madison | UW–Madison | UW-Madison
University of Minnesota | UMN
Michigan State University
* Indiana University
Iowa State University
University of Iowa
University of Colorado Boulder | CU Boulder
* Colorado State University
University of Arizona
University of Utah
Brigham Young University
University of Oregon
Oregon State University
Washington State University
UC Davis | University of California, Davis
UC Irvine | University of California, Irvine
UC Santa Barbara | UCSB
UC Santa Cruz | UCSC
UC Riverside | UCR
San Diego State University | SDSU
San José State University | San Jose State University | SJSU
* Cal Poly | California Polytechnic State University
* California State University | Cal State
* University of Houston
* Texas Tech University
UT Dallas | University of Texas at Dallas
Baylor University
Southern Methodist University
Texas Christian University | TCU
University of Oklahoma
* University of Kansas
* University of Missouri | Mizzou
University of Nebraska–Lincoln
University of Cincinnati
University at Buffalo
Stony Brook University
Temple University
Drexel University | Drexel
Villanova University
UMass Amherst | University of Massachusetts Amherst
UConn | University of Connecticut
University of Delaware
University of South Carolina
Clemson University | Clemson
NC State | North Carolina State University
Virginia Commonwealth University | VCU
George Mason University | GMU
University of Illinois Chicago | UIC
Loyola University Chicago
DePaul University
Howard University
Miami Dade College
# Canada: grocery, pharmacy and retail
Save-On-Foods | Save On Foods
FreshCo
* Farm Boy
Longo's
T&T Supermarket
Giant Tiger
Zehrs
Fortinos
Atlantic Superstore
Your Independent Grocer
* Food Basics
Rexall
London Drugs
* Home Hardware
Princess Auto
* Mark's | Mark's Work Wearhouse
Sport Chek | SportChek
Aritzia
* Canada Goose
Indigo Books & Music | Chapters Indigo
* The Brick
* Leon's | Leon's Furniture
Structube
Pharmasave
Petro-Canada
Irving Oil
* Parkland | Parkland Corporation
OLG | Ontario Lottery and Gaming Corporation
BCLC | British Columbia Lottery Corporation
* Cineplex
GoodLife Fitness
Fairmont Hotels & Resorts | Fairmont
# Canada: restaurants and coffee
* Harvey's
* Swiss Chalet
* Mary Brown's | Mary Brown's Chicken
* Pizza Pizza
* Second Cup
Booster Juice
* The Keg | The Keg Steakhouse
* Earls | Earls Kitchen + Bar
Cactus Club Cafe | Cactus Club
JOEY Restaurants
* Montana's | Montana's BBQ & Bar
* Kelseys | Kelseys Original Roadhouse
East Side Mario's
Recipe Unlimited
MTY Group | MTY Food Group
* White Spot
Jack Astor's
Osmow's
# Canada: banks, credit unions, insurers and pension funds
EQ Bank | Equitable Bank
Simplii Financial | Simplii
Coast Capital Savings | Coast Capital
* Vancity | Vancouver City Savings Credit Union
Meridian Credit Union
Servus Credit Union
The Co-operators | Co-operators
Definity Financial
Wawanesa | Wawanesa Insurance
Fairfax Financial
Power Corporation of Canada
IG Wealth Management
Mackenzie Investments
CI Financial
PSP Investments
OMERS
HOOPP | Healthcare of Ontario Pension Plan
AIMCo | Alberta Investment Management Corporation
TMX Group | TSX | Toronto Stock Exchange
Moneris
* Interac
Payments Canada
Export Development Canada
* BDC | Business Development Bank of Canada
CMHC | Canada Mortgage and Housing Corporation
OSFI | Office of the Superintendent of Financial Institutions
Farm Credit Canada
# Canada: technology, telecoms and media
Cogeco
SaskTel
Eastlink
Freedom Mobile
Corus Entertainment
Bell Media
CTV
* Global News
TVO
Hootsuite
* Clio
Lightspeed Commerce
Kinaxis
Constellation Software
Descartes Systems Group
* Cohere
Vector Institute
D2L | Desire2Learn
Celestica
Genetec
Ballard Power Systems
Ubisoft Montréal | Ubisoft Montreal
# Canada: energy, utilities, resources and industry
Imperial Oil
Cenovus Energy | Cenovus
Ovintiv
Tourmaline Oil
Pembina Pipeline
* Fortis | Fortis Inc.
Hydro One
Emera
Nova Scotia Power
NB Power
Manitoba Hydro
SaskPower
ENMAX
EPCOR
ATCO
TransAlta
Capital Power
Bruce Power
Toronto Hydro
Alectra Utilities | Alectra
Cameco
Barrick | Barrick Gold
Agnico Eagle | Agnico Eagle Mines
Kinross Gold
First Quantum Minerals | First Quantum
Hudbay Minerals | Hudbay
Algoma Steel
Linamar
Martinrea
De Havilland Canada
MDA Space
Héroux-Devtek | Heroux-Devtek
Pratt & Whitney Canada
McCain Foods
Maple Leaf Foods
* George Weston | George Weston Limited
Labatt | Labatt Breweries
J.D. Irving | JDI
Domtar
West Fraser
Canfor
Stantec
* Colliers | Colliers International
Ledcor
PCL Construction
EllisDon
Graham Construction
Aecon
Bird Construction
* Pomerleau
* Hatch
# Canada: transport and logistics
Purolator
Intelcom
TFI International
Day & Ross
Bison Transport
Sunwing | Sunwing Airlines
Flair Airlines
Jazz Aviation | Air Canada Jazz
Harbour Air
NAV Canada
Greater Toronto Airports Authority | GTAA
Vancouver Airport Authority
BC Ferries
Marine Atlantic
* OC Transpo
* Calgary Transit
* Edmonton Transit Service | ETS Edmonton
* Winnipeg Transit
* MiWay
* Brampton Transit
York Region Transit | YRT
* BC Transit
Coast Mountain Bus Company
# Canada: federal, provincial and municipal employers
IRCC | Immigration, Refugees and Citizenship Canada
ESDC | Employment and Social Development Canada
Global Affairs Canada
* Department of National Defence
Public Services and Procurement Canada | PSPC
Shared Services Canada
Health Canada | Santé Canada
Public Health Agency of Canada | PHAC
Transport Canada
Environment and Climate Change Canada | ECCC
Fisheries and Oceans Canada | DFO
Natural Resources Canada | NRCan
Innovation, Science and Economic Development Canada | ISED
Correctional Service Canada
* CSIS | Canadian Security Intelligence Service
Communications Security Establishment
Parks Canada
Canadian Food Inspection Agency | CFIA
Veterans Affairs Canada
Elections Canada
Ontario Public Service
Ontario Provincial Police
Toronto Police Service
Vancouver Police Department | VPD
* City of Toronto
* City of Vancouver
* City of Calgary
* City of Ottawa
WSIB | Workplace Safety and Insurance Board
WorkSafeBC
Insurance Corporation of British Columbia
ServiceOntario | Service Ontario
Toronto District School Board | TDSB
Peel District School Board | PDSB
# Canada: health authorities, hospitals and care
* Ontario Health
Santé Québec | Sante Quebec
Canadian Blood Services
Héma-Québec | Hema-Quebec
* Interior Health
* Island Health
Provincial Health Services Authority | PHSA
Saskatchewan Health Authority
Shared Health Manitoba
Nova Scotia Health
Horizon Health Network
Trillium Health Partners
William Osler Health System | Osler Health
Hamilton Health Sciences
Unity Health Toronto
Sinai Health
North York General Hospital | NYGH
Humber River Health
Scarborough Health Network
Michael Garron Hospital
Kingston Health Sciences Centre
London Health Sciences Centre | LHSC
St. Joseph's Healthcare Hamilton
Foothills Medical Centre
IWK Health | IWK Health Centre
BC Children's Hospital
CHEO | Children's Hospital of Eastern Ontario
Holland Bloorview
Baycrest
Extendicare
Sienna Senior Living
Chartwell Retirement Residences
Bayshore HealthCare
SE Health
VON Canada | Victorian Order of Nurses
CBI Health
LifeLabs
Dynacare
# Canada: universities, colleges and polytechnics
University of Manitoba | UManitoba
University of Saskatchewan | USask
University of Victoria | UVic
Carleton University
University of Guelph
Wilfrid Laurier University
Brock University
University of Windsor
Memorial University of Newfoundland | Memorial University
University of New Brunswick | UNB
Trent University
Lakehead University
Ontario Tech University
OCAD University | OCAD U
Mount Royal University
MacEwan University
University of Regina
Thompson Rivers University
Kwantlen Polytechnic University | KPU
Langara College
Douglas College
Capilano University
NAIT | Northern Alberta Institute of Technology
SAIT | Southern Alberta Institute of Technology
Red River College Polytechnic | RRC Polytech
George Brown Polytechnic | George Brown College
Centennial College
Sheridan College
Conestoga College
Fanshawe College
Algonquin College
Mohawk College
Niagara College
Durham College
Georgian College
Dawson College
Nova Scotia Community College | NSCC
Saskatchewan Polytechnic
Bow Valley College
# Canada: law firms
* Osler | Osler, Hoskin & Harcourt
Torys
McCarthy Tétrault | McCarthy Tetrault
* Blakes | Blake, Cassels & Graydon
Davies Ward Phillips & Vineberg
Stikeman Elliott
* Goodmans
Fasken
Borden Ladner Gervais | BLG
Gowling WLG | Gowlings
* Bennett Jones
* Miller Thomson
# United Kingdom: regional grocery, convenience and value retail
Farmfoods
Heron Foods
Budgens
Londis
* Nisa | Nisa Local
Costcutter
* One Stop
* Booths
* The Works
Hobbycraft
* Card Factory
Poundstretcher
* Savers
* Well Pharmacy
Toolstation
* Homebase
Topps Tiles
Howdens | Howdens Joinery
Wren Kitchens
* DFS
* Furniture Village
Oak Furnitureland
Majestic Wine
Frasers Group
House of Fraser
* Flannels
* Schuh
* Clarks
Mountain Warehouse
* Fat Face | FatFace
* White Stuff
* Joules
* Boden
* Reiss
* Ted Baker
* Phase Eight
Superdry
* AllSaints
Burberry
Fortnum & Mason | Fortnum's
* Fenwick
Liberty London
Hamleys
Smyths Toys | Smyths
* The Entertainer
* Robert Dyas
* Oliver Bonas
ASOS
* Boohoo
Gymshark
THG | The Hut Group
AO.com | AO World
Moonpig
# United Kingdom: restaurants, pubs, cafés, leisure and hotels
* Leon
* itsu
* Wasabi
* Tortilla
Chopstix
German Doner Kebab | GDK
Honest Burgers
Zizzi
* ASK Italian
* Prezzo
* Bella Italia
* Franco Manca
Dishoom
Wahaca
Hungry Horse
Brewers Fayre
Miller & Carter
Mitchells & Butlers
Stonegate Group
* Marston's
* Fuller's
* Young's | Young & Co.'s Brewery
Shepherd Neame
BrewDog
* Loungers
* Turtle Bay
* All Bar One
* Las Iguanas
* The Ivy | The Ivy Collection
Hawksmoor
* Gail's | Gail's Bakery
Black Sheep Coffee
* Haven | Haven Holidays
Merlin Entertainments
* Odeon | Odeon Cinemas
* Vue | Vue Cinemas
* Everyman | Everyman Cinemas
* Hollywood Bowl
The Gym Group
Nuffield Health
Virgin Active
GLL
* Everyone Active
Malmaison
Village Hotels
Britannia Hotels
Entain | Ladbrokes Coral
* William Hill
bet365
Betfred
Allwyn UK
# United Kingdom: banks, building societies, insurers and investment
Metro Bank
The Co-operative Bank | Co-op Bank
Yorkshire Building Society | YBS
Coventry Building Society
Skipton Building Society
Leeds Building Society
Principality Building Society
Bank of Scotland
Tesco Bank
Coutts
* Close Brothers
Schroders
Aberdeen Group | abrdn | Aberdeen Group
M&G | M&G plc
Baillie Gifford
Hargreaves Lansdown
* AJ Bell
* St. James's Place | SJP
Rathbones
* Quilter
Phoenix Group
* Standard Life
* Royal London
Scottish Widows
LV= | Liverpool Victoria
Hastings Direct
Esure
Hiscox
Beazley
Lloyd's of London
NFU Mutual
* Saga
* Vitality
Simplyhealth
* Man Group
3i | 3i Group
Zopa
OakNorth
* Tide
GoCardless
ClearScore
* Rightmove
* Auto Trader | Auto Trader UK
Financial Conduct Authority
Prudential Regulation Authority | PRA
NS&I | National Savings and Investments
Financial Ombudsman Service
# United Kingdom: technology, media and telecoms
Softcat
Computacenter
Kainos
Endava
RELX
* Informa
* Trainline
Wayve
Synthesia
Quantexa
Graphcore
TalkTalk
Hyperoptic
* Channel 5
Global Media & Entertainment | Global Radio
News UK
Guardian Media Group | The Guardian
DMG Media | Daily Mail
Reach plc
The Economist | The Economist Group
STV
ITN
S4C
# United Kingdom: utilities, energy, industry and food producers
Anglian Water
United Utilities
Yorkshire Water
Southern Water
Welsh Water | Dŵr Cymru
Scottish Water
Wessex Water
Northumbrian Water
South West Water
Affinity Water
* Cadent | Cadent Gas
SGN
UK Power Networks | UKPN
Northern Powergrid
Electricity North West
* National Gas
Drax | Drax Group
Harbour Energy
* Good Energy
Ecotricity
Tate & Lyle
Premier Foods
Warburtons
Cranswick
2 Sisters Food Group
Moy Park
Samworth Brothers
Bakkavor
Britvic
Weetabix
QinetiQ
Smiths Group
Spirax Group | Spirax-Sarco
Renishaw
Halma
* Bentley Motors
Aston Martin
* McLaren | McLaren Group
* Vauxhall
GKN Aerospace | GKN
Weir Group
Johnson Matthey
Croda
Ineos
British Steel
* Tarmac
Breedon Group | Breedon
# United Kingdom: construction, housebuilding and facilities
* Kier | Kier Group
Morgan Sindall
Galliford Try
Costain
Laing O'Rourke
* Mace
Wates
Willmott Dixon
Taylor Wimpey
* Persimmon | Persimmon Homes
Bellway
Berkeley Group
Vistry Group | Vistry
Crest Nicholson
Amey
* OCS | OCS Group
Biffa
Viridor
* Ricardo
Buro Happold
Foster + Partners | Foster and Partners
# United Kingdom: rail, bus, air, ferries and logistics
Avanti West Coast
* CrossCountry
TransPennine Express | TPE
* Northern Trains
* Southeastern
Govia Thameslink Railway | GTR | Thameslink
Greater Anglia
Chiltern Railways
East Midlands Railway
West Midlands Trains
South Western Railway
* Merseyrail
Transport for Wales | TfW
* London Underground
* Eurostar
Go-Ahead Group
Metroline
Lothian Buses
CalMac | Caledonian MacBrayne
P&O Ferries
Stena Line
Loganair
Manchester Airports Group
* Stansted Airport
* Birmingham Airport
* Edinburgh Airport
* NATS
Civil Aviation Authority
DVSA | Driver and Vehicle Standards Agency
* National Highways
* Yodel
Parcelforce | Parcelforce Worldwide
* Wincanton
Eddie Stobart
Menzies Aviation
* The AA | Automobile Association
RAC | Royal Automobile Club
* Addison Lee
# United Kingdom: government departments, agencies, police and charities
* Department for Education | DfE
* Department of Health and Social Care | DHSC
* Cabinet Office
* Department for Transport | DfT
Defra | Department for Environment, Food and Rural Affairs
* Department for Business and Trade
Crown Prosecution Service
HM Courts & Tribunals Service | HMCTS
HM Land Registry | Land Registry
Companies House
Ordnance Survey
UK Health Security Agency | UKHSA
MHRA | Medicines and Healthcare products Regulatory Agency
* NICE | National Institute for Health and Care Excellence
Care Quality Commission | CQC
Ofsted
Ofcom
Ofgem
Ofwat
Competition and Markets Authority
Information Commissioner's Office
Student Loans Company
* Jobcentre Plus
* Border Force
UK Visas and Immigration | UKVI
HM Passport Office
National Crime Agency
MI5
Secret Intelligence Service | MI6
British Transport Police | BTP
Greater Manchester Police
West Midlands Police
West Yorkshire Police
Thames Valley Police
PSNI | Police Service of Northern Ireland
London Fire Brigade | LFB
London Ambulance Service
Scottish Government
Welsh Government
Greater London Authority | GLA
Transport for Greater Manchester | TfGM
Birmingham City Council
Manchester City Council
Kent County Council
Royal Marines
HM Coastguard
RNLI | Royal National Lifeboat Institution
Oxfam
* Save the Children
British Heart Foundation | BHF
Macmillan Cancer Support
* Marie Curie
Age UK
Barnardo's
RSPCA
* Sue Ryder
St John Ambulance
* Citizens Advice
NSPCC
Mencap
Alzheimer's Society
British Council
British Library
British Museum
V&A | Victoria and Albert Museum
* Tate
* Natural History Museum
Science Museum Group
English Heritage
Historic England
* Kew Gardens | Royal Botanic Gardens, Kew
UKAEA | UK Atomic Energy Authority
Alan Turing Institute | The Alan Turing Institute
Wellcome Sanger Institute | Sanger Institute
* National Physical Laboratory
* AWE | Atomic Weapons Establishment
Dstl | Defence Science and Technology Laboratory
Royal Mint | The Royal Mint
# United Kingdom: care homes, private health and NHS bodies
HC-One
Barchester Healthcare | Barchester
Care UK
* Anchor | Anchor Hanover
Priory Group
Cygnet Health Care
* Home Instead
Spire Healthcare
Circle Health Group
Vision Express
* mydentist
NHS Blood and Transplant | NHSBT
NHS Business Services Authority | NHSBSA
NHS Wales | GIG Cymru
NHS 24
NHS Lothian
NHS Grampian
NHS Tayside
NHS Lanarkshire
Cardiff and Vale University Health Board | Cardiff and Vale UHB
Betsi Cadwaladr University Health Board | Betsi Cadwaladr
Sheffield Teaching Hospitals
University Hospitals Bristol and Weston | UHBW
North Bristol NHS Trust | Southmead Hospital
University Hospital Southampton | UHS Southampton
Liverpool University Hospitals | Royal Liverpool University Hospital
Northern Care Alliance | Salford Royal
St George's University Hospitals | St George's Hospital
Chelsea and Westminster Hospital
South London and Maudsley | Maudsley Hospital
East London NHS Foundation Trust | ELFT
Royal Brompton and Harefield | Royal Brompton Hospital
Royal Papworth Hospital | Papworth
University Hospitals of Leicester
University Hospitals Coventry and Warwickshire | UHCW
Royal Wolverhampton NHS Trust | New Cross Hospital
Hull University Teaching Hospitals
James Cook University Hospital
Norfolk and Norwich University Hospitals | NNUH
Royal Berkshire Hospital
Frimley Health
University Hospitals Sussex
Birmingham Children's Hospital
Sheffield Children's Hospital
North West Ambulance Service | NWAS
West Midlands Ambulance Service | WMAS
Scottish Ambulance Service
# United Kingdom: universities
University of Leicester
University of Reading
University of Surrey
University of Sussex
University of Kent
University of East Anglia | UEA
Lancaster University
University of Aberdeen
University of Dundee
Heriot-Watt University | Heriot-Watt
University of Stirling
Edinburgh Napier University
Glasgow Caledonian University
Robert Gordon University | RGU
Swansea University
Aberystwyth University
Bangor University
Ulster University
Royal Holloway | Royal Holloway, University of London
* Goldsmiths | Goldsmiths, University of London
Birkbeck | Birkbeck, University of London
SOAS | SOAS University of London
Brunel University London | Brunel University
University of Westminster
University of Greenwich
Kingston University
London South Bank University | LSBU
University of East London | UEL
Middlesex University
Oxford Brookes University | Oxford Brookes
Sheffield Hallam University | Sheffield Hallam
Leeds Beckett University | Leeds Beckett
Nottingham Trent University
De Montfort University | DMU
Coventry University
Birmingham City University
Aston University
University of Hertfordshire
Anglia Ruskin University | ARU
University of Portsmouth
Bournemouth University
University of Plymouth
UWE Bristol | University of the West of England
University of Brighton
University of Huddersfield
University of Salford
UCLan | University of Central Lancashire
Liverpool John Moores University | LJMU
Northumbria University
Teesside University
University of Lincoln
University of Hull
Keele University
Cranfield University
University of Essex
Royal College of Art
London Business School
LSHTM | London School of Hygiene & Tropical Medicine
Institute of Cancer Research
# Ireland: retail, food service and hotels
Brown Thomas
Arnotts
* Eason
Woodie's
Maxol
Insomnia Coffee
Bewley's
* Avoca
Eddie Rocket's
Apache Pizza
Dalata Hotel Group | Dalata
Maldron Hotels
# Ireland: finance, food, energy and transport
FBD Insurance
Laya Healthcare
Vhi | Vhi Healthcare
* Davy
NTMA | National Treasury Management Agency
Fexco
Fenergo
Ornua
ABP Food Group
Greencore
Tirlán | Tirlan
Dairygold
* DCC
Irish Distillers
Bord na Móna | Bord na Mona
Coillte
EirGrid
SSE Airtricity
* Energia
Gas Networks Ireland
Irish Ferries
Transport Infrastructure Ireland | TII
* National Transport Authority
# Ireland: public bodies
* Department of Social Protection
Irish Prison Service
* Office of Public Works | OPW
* Central Statistics Office
Met Éireann | Met Eireann
Teagasc
IDA Ireland
Bord Bia
Fáilte Ireland | Failte Ireland
* Courts Service
* Citizens Information
# Ireland: hospitals and universities
University Hospital Limerick
University Hospital Waterford
Coombe Hospital
* National Maternity Hospital
Bon Secours Health System
Beacon Hospital
Blackrock Clinic
Atlantic Technological University | ATU
Munster Technological University
South East Technological University | SETU
Technological University of the Shannon
Dundalk Institute of Technology | DkIT
National College of Ireland
Griffith College
* William Fry
McCann FitzGerald
Mason Hayes & Curran
# Australia: retail, food service and leisure
Harris Farm Markets
Drakes Supermarkets
* Country Road
* Just Group
* Lorna Jane
Rip Curl
* Mecca
TerryWhite Chemmart
Sigma Healthcare
Super Retail Group
Supercheap Auto
* Anaconda
Beaumont Tiles
Freedom Furniture
Amart Furniture
* Nick Scali
Adairs
* Spotlight
Liquorland
Endeavour Group
Ampol
Viva Energy
Metcash
* Bing Lee
* The Iconic
Kogan.com
Temple & Webster
* Red Rooster
* Oporto
Zambrero
* Gloria Jean's | Gloria Jean's Coffees
Michel's Patisserie
* Muffin Break
* The Coffee Club
Mad Mex
The Star Entertainment Group
Tabcorp
Event Cinemas
Hoyts
Flight Centre
# Australia: banks, insurers and super funds
Bank of Queensland | BOQ
Bankwest
St.George Bank | St George Bank
ING Australia
Great Southern Bank
Newcastle Permanent
Judo Bank
Latitude Financial
RACV
RACQ
HCF
* nib | nib Group
HBF
* TAL | TAL Australia
Youi
AAMI
* icare | icare NSW
WorkSafe Victoria
Hostplus
UniSuper
Aware Super
Rest Super
Cbus | Cbus Super
HESTA
Australian Retirement Trust
ASX | Australian Securities Exchange
* ASIC | Australian Securities and Investments Commission
APRA | Australian Prudential Regulation Authority
AUSTRAC
ACCC | Australian Competition and Consumer Commission
Computershare
* Perpetual
* Challenger
IFM Investors
* Future Fund
QIC
Insignia Financial
Afterpay
Zip Co
# Australia: technology, media and industry
* Carsales | carsales.com.au
* Domain | Domain Group
Culture Amp
* SafetyCulture
Employment Hero
MYOB
TechnologyOne
NEXTDC
Aussie Broadband
Vocus
* Cochlear
* Ansell
Nine Entertainment | Nine Network
Seven West Media | Seven Network
Network 10
Foxtel
News Corp Australia
South32
Northern Star Resources
Evolution Mining
* Mineral Resources | MinRes
Whitehaven Coal
Orica
BlueScope
Boral
* James Hardie
Amcor
* Brambles | CHEP
* Downer | Downer Group
CIMIC Group | CIMIC
CPB Contractors
* John Holland
* Multiplex
Hansen Yuncken
Mirvac
Stockland
Dexus
Scentre Group
Goodman Group
Qube | Qube Logistics
Aurizon
Linfox
StarTrack
Team Global Express
* Sydney Airport
* Melbourne Airport
* Brisbane Airport
Airservices Australia
* Yarra Trams
* V/Line
* Transperth
Ausgrid
Endeavour Energy
* Essential Energy
Energy Queensland | Energex | Ergon Energy
* Western Power
AusNet | AusNet Services
Snowy Hydro
Alinta Energy
Sydney Water
Melbourne Water
SA Water
# Australia: health, care and public employers
Healthscope
St Vincent's Health Australia
Calvary Health Care
Epworth HealthCare
Cabrini Health
St John of God Health Care
Bolton Clarke
Regis Aged Care
Opal HealthCare
Estia Health
BaptistCare
* Anglicare
Mission Australia
Australian Red Cross Lifeblood
Royal Flying Doctor Service | RFDS
Ambulance Victoria
NSW Ambulance
Queensland Ambulance Service
Fire and Rescue NSW
Healius
Royal North Shore Hospital | RNSH
John Hunter Hospital
Sydney Children's Hospitals Network
Royal Women's Hospital
* Princess Alexandra Hospital
Gold Coast University Hospital
Queensland Children's Hospital
Fiona Stanley Hospital
Sir Charles Gairdner Hospital
Royal Perth Hospital
Perth Children's Hospital
Flinders Medical Centre
Royal Hobart Hospital
Canberra Hospital
* Department of Home Affairs
Australian Border Force
DFAT | Department of Foreign Affairs and Trade
Australian Bureau of Statistics
Fair Work Ombudsman
ASIO
Australian Signals Directorate
Royal Australian Navy
Royal Australian Air Force | RAAF
NSW Department of Education
* City of Sydney
* City of Melbourne
Brisbane City Council
# Australia: universities, TAFEs and law firms
University of Tasmania | UTAS
University of South Australia
Flinders University
Charles Darwin University
James Cook University
Charles Sturt University
* University of New England
Southern Cross University
* Victoria University
Federation University
Edith Cowan University
Murdoch University
University of Canberra
Australian Catholic University
Bond University
University of the Sunshine Coast | UniSC
CQUniversity | Central Queensland University
University of Southern Queensland | UniSQ
TAFE Queensland
TAFE SA
Box Hill Institute
Holmesglen
Clayton Utz
HWL Ebsworth
* Maurice Blackburn
Slater and Gordon
Hall & Wilcox
# New Zealand: companies
Briscoes
* Noel Leeming
PlaceMakers
* Kathmandu
Hallensteins
Glassons
Whitcoulls
Z Energy
Hell Pizza
BurgerFuel
Mercury NZ | Mercury Energy
Genesis Energy
* Vector
Transpower
Watercare
* Auckland Transport
* Auckland Airport
* Port of Tauranga
Mainfreight
Freightways
Southern Cross Health Insurance | Southern Cross Healthcare
Tower Insurance
Sharesies
* Trade Me
* Datacom
Silver Fern Farms
* Alliance Group
Synlait
a2 Milk Company | a2 Milk
Ryman Healthcare
* Summerset
Oceania Healthcare
Chapman Tripp
Bell Gully
* Russell McVeagh
Simpson Grierson
# New Zealand: public sector, health and education
Auckland Council
Wellington City Council
Christchurch City Council
* Ministry of Social Development
* Work and Income
* Ministry for Primary Industries
MBIE | Ministry of Business, Innovation and Employment
Stats NZ | Tatauranga Aotearoa
Oranga Tamariki
* Department of Corrections | Ara Poutama Aotearoa
Fire and Emergency New Zealand | FENZ
Hato Hone St John | St John New Zealand
RNZ | Radio New Zealand
Kāinga Ora | Kainga Ora
Reserve Bank of New Zealand | RBNZ
Earth Sciences New Zealand | NIWA
Middlemore Hospital
Starship Children's Hospital
* Wellington Hospital
Christchurch Hospital
Waikato Hospital
* Lincoln University
University of Waikato
Unitec
Otago Polytechnic
Te Pūkenga | Te Pukenga
# India: IT services, internet companies and startups
Birlasoft
Zensar Technologies | Zensar
Cyient
KPIT Technologies | KPIT
Mastek
* Happiest Minds
Tata Technologies
Firstsource
Sonata Software
InMobi
Unacademy
upGrad
PhysicsWallah
Ola Electric
Ather Energy
* Rapido
Blinkit
ShareChat
Pine Labs
BharatPe
MobiKwik
Policybazaar | PB Fintech
Cars24
PharmEasy
Practo
Licious
Zetwerk
* Postman
BrowserStack
Chargebee
Innovaccer
Darwinbox
FirstCry
IndiaMART
Info Edge
# India: manufacturing, consumer goods, retail and services
* Vedanta
Hindalco | Hindalco Industries
UltraTech Cement | UltraTech
Ambuja Cements
Jindal Steel & Power | JSPL
Ashok Leyland
Eicher Motors | Royal Enfield
Motherson | Samvardhana Motherson
Bharat Forge
Havells
Voltas
* Blue Star
Dabur
Marico
Emami
Parle Products
* Haldiram's | Haldirams
Tata Consumer Products
Pidilite | Pidilite Industries
Berger Paints
* Raymond
Aditya Birla Fashion and Retail | ABFRL
* Trent | Zudio
Shoppers Stop
Vishal Mega Mart
Croma
Kalyan Jewellers
Malabar Gold & Diamonds
Jubilant FoodWorks
Westlife Foodworld
Devyani International
Lemon Tree Hotels
Oberoi Hotels | The Oberoi Group | EIH
The Leela Palaces | The Leela
Akasa Air
Blue Dart
DTDC
Ecom Express
Xpressbees
Shadowfax
DLF
Godrej Properties
Tata Projects
Shapoorji Pallonji
Afcons | Afcons Infrastructure
# India: pharma, healthcare, banks and insurers
Glenmark | Glenmark Pharmaceuticals
Torrent Pharmaceuticals | Torrent Pharma
Alkem Laboratories | Alkem
Aurobindo Pharma
Mankind Pharma
Intas Pharmaceuticals | Intas
Divi's Laboratories | Divi's
Bharat Biotech
Syngene
Medanta
Kokilaben Dhirubhai Ambani Hospital
Lilavati Hospital
Sir Ganga Ram Hospital
Aravind Eye Hospital
PGIMER | PGIMER Chandigarh
JIPMER
NIMHANS
Dr Lal PathLabs
Metropolis Healthcare
* Yes Bank
IDFC First Bank
* Federal Bank
Bandhan Bank
RBL Bank
AU Small Finance Bank
Union Bank of India
* Bank of India
* Indian Bank
Central Bank of India
Indian Overseas Bank | IOB
UCO Bank
IDBI Bank
NABARD
SIDBI
SEBI | Securities and Exchange Board of India
National Stock Exchange of India | NSE
* BSE | Bombay Stock Exchange
NPCI | National Payments Corporation of India
Muthoot Finance
Shriram Finance
Cholamandalam
Tata Capital
New India Assurance
Star Health | Star Health Insurance
Axis Max Life Insurance | Max Life
Bajaj Allianz
Tata AIA Life
* Motilal Oswal
Angel One
CRISIL
# India: public sector and universities
HPCL | Hindustan Petroleum
NHPC
Power Grid Corporation of India | POWERGRID
Bharat Electronics
Mazagon Dock Shipbuilders | Mazagon Dock
Cochin Shipyard
IRCTC
Airports Authority of India | AAI
NHAI | National Highways Authority of India
* BARC | Bhabha Atomic Research Centre
C-DAC | Centre for Development of Advanced Computing
ICMR | Indian Council of Medical Research
ICAR | Indian Council of Agricultural Research
National Informatics Centre
* Income Tax Department
CRPF | Central Reserve Police Force
BSF | Border Security Force
CISF | Central Industrial Security Force
Prasar Bharati | Doordarshan
Food Corporation of India | FCI
EPFO | Employees' Provident Fund Organisation
Kendriya Vidyalaya Sangathan | KVS
IIT Roorkee
IIT Guwahati
IIT Hyderabad
IIT BHU
NIT Trichy
NIT Warangal
IIIT Hyderabad
IIM Lucknow
IIM Kozhikode
IIM Indore
XLRI
ISB | Indian School of Business
NMIMS
* Symbiosis International University
Manipal Academy of Higher Education | MAHE
Amity University
SRM Institute of Science and Technology | SRM University
Anna University
Jadavpur University
Banaras Hindu University | BHU
Aligarh Muslim University | AMU
Jamia Millia Islamia
University of Mumbai | Mumbai University
University of Hyderabad
Ashoka University
Christ University
TIFR | Tata Institute of Fundamental Research
TISS | Tata Institute of Social Sciences
Indian Statistical Institute
Shardul Amarchand Mangaldas
Khaitan & Co
Trilegal
J. Sagar Associates
# Singapore: companies, public bodies, hospitals and schools
* Income Insurance | NTUC Income
Singlife
CPF Board | Central Provident Fund Board
Singapore Pools
* EDB
Enterprise Singapore
IMDA | Infocomm Media Development Authority
DSTA | Defence Science and Technology Agency
MINDEF | Ministry of Defence Singapore
* ICA | Immigration & Checkpoints Authority
SCDF | Singapore Civil Defence Force
* Ministry of Manpower
* PUB
* NEA | National Environment Agency
NParks | National Parks Board
* URA | Urban Redevelopment Authority
JTC | JTC Corporation
CAAS | Civil Aviation Authority of Singapore
* MPA | Maritime and Port Authority of Singapore
National Library Board | NLB
SingPost | Singapore Post
SP Group
Sembcorp
Seatrium | Sembcorp Marine
* Olam | Olam Group
* Cold Storage
Ya Kun Kaya Toast | Ya Kun
Toast Box
Old Chang Kee
Crystal Jade
Jumbo Group | Jumbo Seafood
Mandai Wildlife Group
Sentosa Development Corporation
* Gardens by the Bay
Pan Pacific Hotels Group
Far East Organization
* City Developments | CDL
Frasers Property
Mapletree
* Banyan Tree
Carousell
PropertyGuru
Ninja Van
ShopBack
SIA Engineering
Certis
Changi General Hospital | CGH
Khoo Teck Puat Hospital | KTPH
Ng Teng Fong General Hospital
Sengkang General Hospital
National Cancer Centre Singapore | NCCS
National Heart Centre Singapore | NHCS
* Institute of Mental Health
Mount Elizabeth Hospital
Raffles Medical Group | Raffles Hospital
Parkway Pantai
SUSS | Singapore University of Social Sciences
LASALLE College of the Arts
NAFA | Nanyang Academy of Fine Arts
* SIM | Singapore Institute of Management
WongPartnership
Drew & Napier
# Hong Kong: companies, public bodies, hospitals and universities
Dah Sing Bank
SFC | Securities and Futures Commission
ZA Bank
Mox Bank
Futu
Hongkong Land
Henderson Land
Wharf Holdings
Hang Lung Properties
Sino Group
Link REIT
HK Express
HAECO
Airport Authority Hong Kong | AAHK
KMB | Kowloon Motor Bus
* Citybus
HK Electric | Hongkong Electric
DFI Retail Group
* Fortress
Tsui Wah
Fairwood
Pacific Coffee
HKBN | Hong Kong Broadband Network
SmarTone
TVB | Television Broadcasts
RTHK | Radio Television Hong Kong
South China Morning Post | SCMP
Mandarin Oriental | Mandarin Oriental Hotel Group
Kerry Logistics
Li & Fung
Vitasoy
Lee Kum Kee
HKSTP | Hong Kong Science and Technology Parks
* Cyberport
HKTDC | Hong Kong Trade Development Council
Hong Kong Observatory
Census and Statistics Department
Tuen Mun Hospital
* Princess Margaret Hospital
Pamela Youde Nethersole Eastern Hospital | PYNEH
Tung Wah Group of Hospitals | TWGHs
Hong Kong Children's Hospital
Hong Kong Sanatorium & Hospital
Lingnan University
EdUHK | Education University of Hong Kong
Hong Kong Metropolitan University | HKMU
VTC | Vocational Training Council
# South Africa: companies
Boxer Superstores
Food Lover's Market
Cashbuild
Ackermans
Truworths
* Edgars
Lewis Stores
Ocean Basket
* Famous Brands
* Kauai
Hungry Lion
Tsogo Sun
Sun International
City Lodge Hotels
* African Bank
TymeBank
* Liberty Group | Liberty Holdings
Hollard
Santam
OUTsurance
* Alexander Forbes
* Allan Gray
* Ninety One
JSE | Johannesburg Stock Exchange
Cell C
Dimension Data
BCX | Business Connexion
Media24
Anglo American
Impala Platinum | Implats
Harmony Gold
* Gold Fields
AngloGold Ashanti
Exxaro
Murray & Roberts
WBHO | Wilson Bayly Holmes-Ovcon
Sappi
Barloworld
RCL Foods
* Clover
* Life Healthcare
Lancet Laboratories
Airlink
* Gautrain
Golden Arrow Bus Services
Intercape
* The Courier Guy
# South Africa: public sector, hospitals and universities
ACSA | Airports Company South Africa
SASSA | South African Social Security Agency
Stats SA | Statistics South Africa
Department of Home Affairs South Africa
* NPA | National Prosecuting Authority
SANParks | South African National Parks
SANRAL
* SITA | State Information Technology Agency
Rand Water
* City of Johannesburg
* City of Cape Town
eThekwini Municipality
Denel
NHLS | National Health Laboratory Service
SANBS | South African National Blood Service
* PIC | Public Investment Corporation
Development Bank of Southern Africa | DBSA
* Industrial Development Corporation
Auditor-General of South Africa | AGSA
Charlotte Maxeke Johannesburg Academic Hospital | Charlotte Maxeke
Steve Biko Academic Hospital
Tygerberg Hospital
Red Cross War Memorial Children's Hospital
North-West University | NWU
University of the Free State | UFS
Tshwane University of Technology
Cape Peninsula University of Technology | CPUT
Durban University of Technology
University of Limpopo
University of Fort Hare
GIBS | Gordon Institute of Business Science
Cliffe Dekker Hofmeyr | CDH
Werksmans
# Japan: 小売・ドラッグストア・家電量販
ライフコーポレーション
* サミット
マルエツ
ヤオコー
西友 | SEIYU
成城石井
* 業務スーパー
ウエルシア薬局 | ウエルシア
ツルハドラッグ | ツルハ
スギ薬局
サンドラッグ
ココカラファイン
コスモス薬品 | ドラッグコスモス
ケーズデンキ
エディオン
ノジマ
上新電機 | ジョーシン
カインズ
コーナン
コメリ
* ロフト
* ワークマン
西松屋
ファーストリテイリング | Fast Retailing
アダストリア
ユナイテッドアローズ
大丸松坂屋百貨店 | 大丸
阪急阪神百貨店
パルコ
ミニストップ
セイコーマート
ヨークベニマル
平和堂
ZOZO | ゾゾ
# Japan: 外食・カフェ
ゼンショーホールディングス | ゼンショー
日高屋
幸楽苑
リンガーハット
大戸屋
はま寿司
かっぱ寿司
王将フードサービス | 餃子の王将
鳥貴族
ロイヤルホスト
タリーズコーヒー | タリーズ
サンマルクカフェ
ミスタードーナツ | ミスド
ロッテリア
ほっともっと
ワタミ
コロワイド
# Japan: 製造・食品・製薬
オムロン | OMRON
TDK
ファナック | FANUC
安川電機
ニデック | 日本電産 | Nidec
* ローム
ルネサスエレクトロニクス | ルネサス | Renesas
アドバンテスト
信越化学工業 | 信越化学
住友化学
三菱ケミカル
旭化成
東レ
住友電気工業 | 住友電工
JFEスチール
神戸製鋼所 | 神戸製鋼 | KOBELCO
クボタ
IHI
ブラザー工業
リコー | RICOH
コニカミノルタ
オリンパス
ニコン
島津製作所
アイシン
豊田自動織機
いすゞ自動車 | いすゞ
日野自動車
カシオ計算機 | カシオ
横河電機
大日本印刷 | DNP
TOPPAN | 凸版印刷
LIXIL
* TOTO
* YKK
ユニ・チャーム
コーセー
伊藤園
キッコーマン
ヤクルト本社 | ヤクルト
森永製菓
雪印メグミルク
* 日本ハム
カルビー
キユーピー
山崎製パン
ニチレイ
協和キリン
小野薬品工業
大正製薬
ロート製薬
住友ファーマ
# Japan: 鉄道・物流・エネルギー
西武鉄道
東武鉄道
京王電鉄
京成電鉄
京急電鉄 | 京浜急行電鉄
相模鉄道 | 相鉄
名古屋鉄道 | 名鉄
南海電気鉄道 | 南海電鉄
京阪電気鉄道
西日本鉄道 | 西鉄
東京都交通局
大阪市高速電気軌道 | Osaka Metro
JR北海道 | 北海道旅客鉄道
JR貨物 | 日本貨物鉄道
スカイマーク
Peach Aviation
西濃運輸
福山通運
センコー
川崎汽船
* 成田国際空港
NEXCO東日本 | 東日本高速道路
* 首都高速道路
東北電力
九州電力
北海道電力
INPEX
# Japan: 金融・IT・不動産・ホテル
横浜銀行
千葉銀行
静岡銀行
福岡銀行
常陽銀行
京都銀行
七十七銀行
北洋銀行
あおぞら銀行
SBI新生銀行
楽天銀行
住信SBIネット銀行
セブン銀行
日本政策金融公庫
日本政策投資銀行 | DBJ
国際協力銀行 | JBIC
SBI証券
楽天証券
みずほ証券
日本取引所グループ | JPX
住友生命保険 | 住友生命
かんぽ生命保険 | かんぽ生命
アフラック生命保険 | アフラック
クレディセゾン
SCSK
TIS
BIPROGY | 日本ユニシス
伊藤忠テクノソリューションズ
NTTドコモビジネス | NTTコミュニケーションズ | NTT Com
NTT東日本 | 東日本電信電話
大塚商会
インターネットイニシアティブ | IIJ
GMOインターネットグループ
マネーフォワード
freee
Sansan
エムスリー
コナミ | KONAMI
KADOKAWA
集英社
講談社
朝日新聞社
読売新聞社
東宝
長谷工コーポレーション | 長谷工
住友林業
住友不動産
東急不動産
野村不動産
* 森ビル
大東建託
都市再生機構 | UR都市機構
日揮
* 帝国ホテル
ホテルオークラ
東横イン
アパホテル
JTB
エイチ・アイ・エス
サンリオ
# Japan: 官公庁・公的機関・介護
財務省
経済産業省 | 経産省
外務省
厚生労働省 | 厚労省
文部科学省 | 文科省
国土交通省 | 国交省
国税庁
デジタル庁
海上自衛隊 | 海自
航空自衛隊 | 空自
海上保安庁
東京消防庁
大阪府警察 | 大阪府警
日本年金機構
日本郵政
産業技術総合研究所 | 産総研 | AIST
物質・材料研究機構 | NIMS
情報通信研究機構 | NICT
海洋研究開発機構 | JAMSTEC
日本原子力研究開発機構 | JAEA
科学技術振興機構
国立病院機構
日本中央競馬会 | JRA
ニチイ学館 | ニチイ
SOMPOケア
ベネッセスタイルケア
# Japan: 病院・大学
虎の門病院
順天堂医院
京都大学医学部附属病院 | 京大病院
大阪大学医学部附属病院 | 阪大病院
がん研有明病院
亀田総合病院
倉敷中央病院
済生会
筑波大学
神戸大学
一橋大学
千葉大学
横浜国立大学 | 横国
広島大学
東京都立大学
大阪公立大学
明治大学
青山学院大学 | 青学
立教大学
中央大学
法政大学
同志社大学
立命館大学
関西大学
関西学院大学 | 関学
東京理科大学 | 理科大
国際基督教大学
日本大学 | 日大
近畿大学 | 近大
東洋大学
立命館アジア太平洋大学
"""


# --------------------------------------------------------------------------------------------------------------
# Germany, Austria, German-speaking Switzerland, the Netherlands, Flanders, Finland and the Nordic employers
# that hire there
_DE_NL_FI = """\
# Germany: supermarkets and discounters
* Edeka
Rewe | Rewe Group
Aldi Süd | Aldi Sued
Aldi Nord
Lidl
Kaufland
Schwarz Gruppe | Schwarz Group
Schwarz Digits | Schwarz IT
* Netto | Netto Marken-Discount
* Penny
* Norma
* Globus | Globus SB-Warenhaus
Tegut
Famila
Marktkauf
Alnatura
* Metro | Metro AG | Metro Cash & Carry
* Flaschenpost
* Flink
# Germany: drugstores, fashion, department stores and other retail
* dm | dm-drogerie markt | dm drogerie markt
Rossmann
* Müller | Müller Drogerie | Drogerie Müller
Budni | Budnikowsky
MediaMarkt | Media Markt | MediaMarktSaturn | Media-Saturn
* Saturn
Ceconomy
* Conrad | Conrad Electronic
* Otto | Otto Group
Zalando
* About You
Tchibo
Deichmann
* Snipes
C&A | C und A
* KiK
Takko | Takko Fashion
Ernsting's family | Ernstings family
NKD
Woolworth
TEDi
* Galeria | Galeria Kaufhof | Galeria Karstadt Kaufhof | Kaufhof | Karstadt
Breuninger
KaDeWe | Kaufhaus des Westens
Peek & Cloppenburg | Peek und Cloppenburg
* Esprit
s.Oliver | s. Oliver
Hugo Boss
Adidas
* Puma
* Douglas | Parfümerie Douglas
* Thalia
Hugendubel
Mayersche Buchhandlung | Mayersche
Fielmann
Apollo-Optik | Apollo Optik
* Christ | Juwelier Christ
Bijou Brigitte
* OBI
Hornbach
* Bauhaus
Hagebaumarkt | hagebau
* Toom | toom Baumarkt
* Hellweg
Höffner
* Porta | porta Möbel
* Poco
* Roller
* Depot
* Fressnapf
* Das Futterhaus | Futterhaus
Intersport
SportScheck
# Germany: restaurants, bakeries, coffee, delivery, motorway services
* Nordsee
Vapiano
* BackWerk | Backwerk
* Kamps
Ditsch
Le Crobag | Crobag
* Wienerwald
* Block House
* Hans im Glück
* L'Osteria
Dean & David | dean&david
* Kochlöffel
Peter Pane
Jim Block
Sausalitos
* Coffee Fellows
Balzac Coffee
Lieferando | Lieferando.de
Tank & Rast | Autobahn Tank & Rast | Serways
* Aral
# Germany: hotels, travel and leisure
Motel One
Steigenberger | Steigenberger Hotels
Dorint
* Maritim | Maritim Hotels
Lindner Hotels
Meininger | Meininger Hotels
a&o Hostels | a&o
Kempinski
TUI
TUI Cruises
Europa-Park
# Germany: banks, exchanges, financial services
Deutsche Bank
Commerzbank
DZ Bank
KfW | KfW Bankengruppe
* Sparkasse
* Volksbank | Volksbanken Raiffeisenbanken
Postbank | Deutsche Postbank
Comdirect
Consorsbank
DKB | Deutsche Kreditbank
ING Deutschland | ING-DiBa | DiBa
HypoVereinsbank | HVB
LBBW | Landesbank Baden-Württemberg
BayernLB | Bayerische Landesbank
Helaba | Landesbank Hessen-Thüringen
Nord/LB | Norddeutsche Landesbank | NordLB
DekaBank
Hamburger Sparkasse | Haspa
* Sparda-Bank
apoBank | Deutsche Apotheker- und Ärztebank
Targobank
Berenberg
N26
Trade Republic
Scalable Capital
Deutsche Börse
Union Investment
DWS
Deutsche Bundesbank | Bundesbank
BaFin | Bundesanstalt für Finanzdienstleistungsaufsicht
Europäische Zentralbank | EZB | ECB | European Central Bank
# Germany: insurers and statutory health/pension funds
* Allianz
Munich Re | Münchener Rück | Munich Re Group
Hannover Re | Hannover Rück
Talanx
HDI
* ERGO
R+V Versicherung | R+V
Debeka
HUK-Coburg | HUK | HUK Coburg
Signal Iduna
Gothaer
* Provinzial
Versicherungskammer Bayern | VKB
LVM Versicherung | LVM
Württembergische Versicherung
Wüstenrot & Württembergische | W&W
DEVK
* Concordia
Techniker Krankenkasse
* AOK
Barmer
DAK-Gesundheit | DAK
IKK classic
KKH | Kaufmännische Krankenkasse
Knappschaft
* Deutsche Rentenversicherung | DRV
# Germany: automotive and suppliers
Volkswagen | VW | Volkswagen Group | VW Group
BMW | BMW Group
Mercedes-Benz | Mercedes-Benz Group
Daimler Truck | Mercedes-Benz Trucks
Porsche
Porsche Holding Salzburg | Porsche Holding
Audi
Opel
* MAN | MAN Truck & Bus
Everllence | MAN Energy Solutions
Bosch | Robert Bosch
Bosch Rexroth | Rexroth
Robert Bosch Stiftung
* Continental
ZF | ZF Friedrichshafen
Schaeffler
Mahle
Knorr-Bremse
* Hella | Forvia Hella
Brose
Webasto
Eberspächer
* Leoni
Dräxlmaier | Draexlmaier
Mann+Hummel | Mann + Hummel
Bertrandt
EDAG
Sixt
# Germany: industry, chemicals, pharma, engineering, defence
Siemens
Siemens Healthineers | Healthineers
Siemens Energy
BASF
* Bayer
* Henkel
Merck | Merck KGaA
Boehringer Ingelheim | Boehringer
Fresenius
Fresenius Medical Care
Fresenius Kabi
B. Braun | B. Braun Melsungen
BioNTech
CureVac
Stada
Sartorius
Dräger | Draeger | Drägerwerk
Evonik
Covestro
Lanxess
Wacker Chemie
Beiersdorf
Heidelberg Materials | HeidelbergCement
Thyssenkrupp
TKMS | Thyssenkrupp Marine Systems
Thyssenkrupp Nucera
* Salzgitter
Airbus
MTU Aero Engines
Rheinmetall
Hensoldt
Diehl
* Trumpf
Festo
Kärcher | Kaercher
Stihl
* Miele
Vorwerk
BSH Hausgeräte | BSH
Liebherr
* Claas
Krones
GEA | GEA Group
KUKA
Voith
Heraeus
Zeiss | Carl Zeiss
Infineon | Infineon Technologies
SMS group
Jungheinrich
Kion | KION Group
* Linde
Viessmann
Vaillant
Würth | Wuerth
Enercon
Phoenix Contact
Knauf
TÜV Süd
TÜV Rheinland
TÜV Nord
Dekra
# Germany: food and drink producers
Dr. Oetker | Oetker
Haribo
Bahlsen
Tönnies
# Germany: construction, real estate, facility services
Hochtief
Züblin | Ed. Züblin
Bilfinger
Vonovia
WISAG
Dussmann | Dussmann Group
# Germany: transport, logistics, airlines, airports
Deutsche Bahn | DB
DB Cargo
DB InfraGO | DB Netz
S-Bahn Berlin
Schenker | DB Schenker
Deutsche Post
DHL | DHL Group | Deutsche Post DHL
* Hermes
DPD
GLS
Dachser
Rhenus | Rhenus Logistics
Hapag-Lloyd
Hapag-Lloyd Cruises
HHLA | Hamburger Hafen und Logistik
Lufthansa | Deutsche Lufthansa
Lufthansa Technik
Eurowings
* Condor
Fraport
Flughafen München | Munich Airport
Flughafen Berlin Brandenburg | BER
DFS Deutsche Flugsicherung
* Die Autobahn | Autobahn GmbH
Flix | FlixBus | FlixTrain
BVG | Berliner Verkehrsbetriebe
Hamburger Hochbahn
MVG | Münchner Verkehrsgesellschaft
KVB | Kölner Verkehrs-Betriebe
Rheinbahn
SSB | Stuttgarter Straßenbahnen
# Germany: energy and utilities
E.ON | EON
RWE
EnBW
Uniper
Stadtwerke München | SWM
* EWE
RheinEnergie
Amprion
50Hertz
Enpal
# Germany: telecoms and media
Deutsche Telekom | Telekom
T-Systems
Telefónica Deutschland | O2 Telefónica | Telefonica Deutschland
1&1 | 1und1
IONOS
Axel Springer
Bertelsmann
Bertelsmann Stiftung
Arvato
RTL Deutschland
ProSiebenSat.1 | ProSieben | P7S1
* ARD
ZDF
WDR | Westdeutscher Rundfunk
NDR | Norddeutscher Rundfunk
Bayerischer Rundfunk
SWR | Südwestrundfunk
Deutsche Welle
* Der Spiegel
# Germany: software, IT services and startups
SAP
DATEV
TeamViewer
Celonis
Personio
Delivery Hero
HelloFresh | Hello Fresh
Auto1 | Auto1 Group
GetYourGuide
Trivago
Check24
Idealo
Scout24 | ImmoScout24 | ImmobilienScout24
Bechtle
* Adesso
GFT Technologies | GFT
Nemetschek
Staffbase
Contentful
DeepL
Aleph Alpha
Helsing
* Babbel
Sennder
# Germany: consultancies, audit and law firms
Roland Berger
Simon-Kucher | Simon-Kucher & Partners
* Horváth | Horváth & Partners
MHP
BearingPoint
Hengeler Mueller
Gleiss Lutz
Noerr
CMS Hasche Sigle
Heuking Kühn Lüer Wojtek | Heuking
# Germany: federal and public employers, agencies
Bundeswehr
Auswärtiges Amt
Bundespolizei
* Polizei
* Zoll | Generalzolldirektion
Statistisches Bundesamt | Destatis
BAMF | Bundesamt für Migration und Flüchtlinge
Bundeskriminalamt
Bundesnachrichtendienst | BND
Bundesamt für Sicherheit in der Informationstechnik
Bundesnetzagentur
Deutscher Bundestag | Bundestag
European Patent Office | EPO | Europäisches Patentamt
Landeshauptstadt München | Stadt München
* Freie und Hansestadt Hamburg | Stadt Hamburg
# Germany: research bodies and international organisations
Robert Koch-Institut | RKI | Robert-Koch-Institut
DLR | Deutsches Zentrum für Luft- und Raumfahrt
* Max-Planck-Gesellschaft | Max Planck | Max-Planck-Institut
* Fraunhofer | Fraunhofer-Gesellschaft
* Helmholtz-Gemeinschaft | Helmholtz
Deutsche Forschungsgemeinschaft | DFG
DAAD | Deutscher Akademischer Austauschdienst
GIZ | Deutsche Gesellschaft für Internationale Zusammenarbeit
Forschungszentrum Jülich | FZJ
DESY
DKFZ | Deutsches Krebsforschungszentrum
Helmholtz Munich | Helmholtz Zentrum München
EMBL | European Molecular Biology Laboratory
European Space Agency | ESA | ESOC | ESTEC
# Germany: charities and social care providers
* Deutsches Rotes Kreuz | DRK
* Arbeiter-Samariter-Bund | ASB
* AWO | Arbeiterwohlfahrt
* Diakonie
* Caritas
* Johanniter | Johanniter-Unfall-Hilfe
* Malteser
* Lebenshilfe
# Germany: hospitals and hospital groups
Charité | Charité – Universitätsmedizin Berlin | Charite
Universitätsklinikum Hamburg-Eppendorf | UKE
LMU Klinikum | Klinikum der Universität München
TUM Klinikum | TUM Klinikum Rechts der Isar | Klinikum rechts der Isar
Universitätsklinikum Heidelberg | UKHD | Uniklinik Heidelberg
Uniklinik Köln | Universitätsklinikum Köln
Universitätsklinikum Freiburg | Uniklinik Freiburg
Universitätsmedizin Göttingen
Medizinische Hochschule Hannover | MHH
Universitätsklinikum Frankfurt
Universitätsklinikum Düsseldorf
Universitätsklinikum Essen
Universitätsklinikum Münster | UKM
Universitätsklinikum Tübingen | UKT
Universitätsklinikum Erlangen
Universitätsklinikum Würzburg
Universitätsklinikum Leipzig
Universitätsklinikum Carl Gustav Carus Dresden | Uniklinikum Dresden
Universitätsklinikum Schleswig-Holstein | UKSH
Universitätsklinikum Bonn
Universitätsmedizin Mainz
Universitätsklinikum Jena | UKJ
Uniklinik RWTH Aachen | Universitätsklinikum Aachen
Klinikum Stuttgart
München Klinik
Vivantes
* Helios | Helios Kliniken
Asklepios
Sana Kliniken
Rhön-Klinikum
Agaplesion
Schön Klinik
Alexianer
Korian
# Germany: universities and business schools
Technische Universität München | TUM | TU München | TU Munich
LMU München | LMU | Ludwig-Maximilians-Universität München | Ludwig-Maximilians-Universität
RWTH Aachen | RWTH | RWTH Aachen University
Karlsruher Institut für Technologie | Karlsruhe Institute of Technology
TU Berlin | Technische Universität Berlin
Freie Universität Berlin | FU Berlin
Humboldt-Universität zu Berlin | HU Berlin | Humboldt-Universität
Universität Heidelberg | Uni Heidelberg | Ruprecht-Karls-Universität Heidelberg | Heidelberg University
TU Dresden | Technische Universität Dresden
Universität Hamburg | Uni Hamburg | UHH
Universität zu Köln | Uni Köln | University of Cologne
Goethe-Universität Frankfurt | Goethe-Universität | Goethe-Uni | Uni Frankfurt
Universität Bonn | Uni Bonn
Universität Münster | Uni Münster | WWU Münster
Universität Freiburg | Uni Freiburg | Albert-Ludwigs-Universität Freiburg
Universität Tübingen | Uni Tübingen | Eberhard Karls Universität Tübingen
Universität Göttingen | Uni Göttingen | Georg-August-Universität Göttingen
Universität Mannheim | Uni Mannheim
TU Darmstadt | Technische Universität Darmstadt
Universität Stuttgart | Uni Stuttgart
Leibniz Universität Hannover | LUH | Uni Hannover
Ruhr-Universität Bochum | RUB
Universität Duisburg-Essen | UDE
TU Dortmund | Technische Universität Dortmund
Universität Leipzig | Uni Leipzig
FAU Erlangen-Nürnberg | Friedrich-Alexander-Universität Erlangen-Nürnberg
Universität Würzburg | Uni Würzburg | JMU Würzburg
Johannes Gutenberg-Universität Mainz | JGU | Uni Mainz
Universität Bremen | Uni Bremen
Christian-Albrechts-Universität zu Kiel | CAU Kiel | Uni Kiel
Friedrich-Schiller-Universität Jena | FSU Jena | Uni Jena
TU Braunschweig | Technische Universität Braunschweig
TU Hamburg | TUHH
Universität Potsdam | Uni Potsdam
Universität Regensburg | Uni Regensburg
Universität Augsburg | Uni Augsburg
Universität Konstanz | Uni Konstanz
Universität Ulm | Uni Ulm
Universität Bielefeld | Uni Bielefeld
Universität des Saarlandes | Uni Saarland
Universität Bayreuth | Uni Bayreuth
Universität Passau | Uni Passau
Universität Kassel | Uni Kassel
Universität Siegen | Uni Siegen
Universität Paderborn | Uni Paderborn
Universität Osnabrück | Uni Osnabrück
Carl von Ossietzky Universität Oldenburg | Uni Oldenburg
Philipps-Universität Marburg | Uni Marburg
Justus-Liebig-Universität Gießen | JLU Gießen | Uni Gießen
Martin-Luther-Universität Halle-Wittenberg | MLU | Uni Halle
Hasso-Plattner-Institut | HPI
HTW Berlin | Hochschule für Technik und Wirtschaft Berlin
WHU – Otto Beisheim School of Management | WHU
Frankfurt School of Finance & Management | Frankfurt School
Hertie School
ESMT Berlin | ESMT
# Austria: supermarkets, retail and consumer brands
* Spar | Interspar | Eurospar | Spar Österreich
Billa | Billa Plus
* Hofer
MPreis
Unimarkt
Bipa
XXXLutz | XXXL
Mömax
* Libro
Hartlauer
Hervis
Fussl | Fussl Modestraße
Humanic
* Lagerhaus
Julius Meinl
* Manner
Swarovski
Swarovski Optik
Red Bull
* Rauch
Berglandmilch
# Austria: restaurants, cafés, bakeries, hotels, leisure
* Rosenberger
* Aida | Café Konditorei Aida
* Der Mann
Ströck
* Anker | Ankerbrot
Sacher | Hotel Sacher
Do & Co
Austria Trend Hotels
Falkensteiner
Casinos Austria
Österreichische Lotterien
Novomatic
# Austria: banks, insurers, social insurance
Erste Group | Erste Bank
* Raiffeisen | Raiffeisenbank | Raiffeisenlandesbank
Raiffeisen Schweiz
Raiffeisen Bank International | RBI
Bank Austria | UniCredit Bank Austria
BAWAG | BAWAG P.S.K. | BAWAG PSK
Oberbank
Oesterreichische Nationalbank | OeNB
* Finanzmarktaufsicht | FMA
Bitpanda
Uniqa
Vienna Insurance Group | VIG
Wiener Städtische
Donau Versicherung
Grazer Wechselseitige | GRAWE
Österreichische Gesundheitskasse | ÖGK
AUVA | Allgemeine Unfallversicherungsanstalt
Sozialversicherungsanstalt der Selbständigen | SVS
Pensionsversicherungsanstalt | PVA
# Austria: industry, construction, energy
voestalpine | Voest
AVL | AVL List
Andritz
* Engel | Engel Austria
Magna Steyr
KTM
Rosenbauer
Doppelmayr
Plansee
* Lenzing
* Borealis
Wienerberger
* Egger
Palfinger
Fronius
Frequentis
Kapsch
Kapsch TrafficCom
Kapsch BusinessCom
* Greiner
AT&S
* Blum | Julius Blum
Strabag
Porr
Swietelsky
OMV
* Verbund
EVN
Wien Energie
Wiener Stadtwerke
Wiener Netze
Energie AG Oberösterreich | Energie AG
Salzburg AG
Kelag
Energie Steiermark
Illwerke VKW
Linz AG
# Austria: telecoms, media, transport, logistics
* A1 | A1 Telekom Austria | A1 Group | Telekom Austria
Magenta Telekom | T-Mobile Austria
* Drei | Hutchison Drei Austria | Drei Austria
ORF | Österreichischer Rundfunk
ÖBB | Österreichische Bundesbahnen | OeBB
Westbahn
Wiener Linien
Österreichische Post | Post AG
Austrian Airlines | AUA
Flughafen Wien | Vienna Airport | Vienna International Airport
ASFINAG
Gebrüder Weiss
ÖAMTC
# Austria: tech companies and startups
Dynatrace
Tricentis
GoStudent
Runtastic | adidas Runtastic
Cloudflight
Bundesrechenzentrum | BRZ
# Austria: public employers, health and social care
Stadt Wien | Magistrat Wien | City of Vienna
Wiener Gesundheitsverbund | WIGEV | Wiener Krankenanstaltenverbund
AKH Wien | Allgemeines Krankenhaus Wien
KAGes | Steiermärkische Krankenanstaltengesellschaft
LKH-Univ. Klinikum Graz | LKH Graz
Tirol Kliniken
Oberösterreichische Gesundheitsholding | OÖG | OÖ Gesundheitsholding
Kepler Universitätsklinikum
Landesgesundheitsagentur Niederösterreich
Salzburger Landeskliniken | SALK
KABEG | Kärntner Landeskrankenanstalten-Betriebsgesellschaft
* Barmherzige Brüder
Vinzenz Gruppe
Österreichisches Bundesheer | Bundesheer
AMS | Arbeitsmarktservice
ams OSRAM | ams-OSRAM
Statistik Austria
* Österreichisches Rotes Kreuz | ÖRK
* Volkshilfe
* Hilfswerk
Österreichische Akademie der Wissenschaften | ÖAW
AIT Austrian Institute of Technology
# Austria: universities
Universität Wien | Uni Wien | University of Vienna
TU Wien | Technische Universität Wien
WU Wien | Wirtschaftsuniversität Wien | WU Vienna
Medizinische Universität Wien | MedUni Wien
Universität Graz | Uni Graz | Karl-Franzens-Universität Graz
TU Graz | Technische Universität Graz
Medizinische Universität Graz | Med Uni Graz
Universität Innsbruck | Uni Innsbruck
Johannes Kepler Universität Linz | JKU
Universität Salzburg | Paris Lodron Universität Salzburg | Uni Salzburg
BOKU | Universität für Bodenkultur Wien
ISTA | Institute of Science and Technology Austria | IST Austria
Montanuniversität Leoben
Universität Klagenfurt | Uni Klagenfurt
Vetmeduni Wien | Veterinärmedizinische Universität Wien
FH Technikum Wien
FH Campus Wien
FH Joanneum
MCI Innsbruck | Management Center Innsbruck
# Austria: law firms
Wolf Theiss
Schönherr
Cerha Hempel
# Switzerland and Liechtenstein: retail, supermarkets and chains
* Migros
* Coop
Denner
* Volg
* Landi
* Manor
Ochsner Sport
Interdiscount
Fust
Digitec Galaxus | Galaxus | Digitec
Migrolino
Valora
k kiosk
* Avec
* Jumbo
* Pfister | Möbel Pfister
* Ex Libris
Galenica
DocMorris
Transgourmet
# Switzerland: restaurants, confectioners, catering, hotels
SV Group | SV Schweiz
Sprüngli | Confiserie Sprüngli
Lindt & Sprüngli | Lindt
Läderach
Tibits
Hiltl
* Holy Cow | Holy Cow! Gourmet Burger
* Marché | Marché Restaurants | Mövenpick Marché
Mövenpick | Mövenpick Hotels
Gate Gourmet
# Switzerland: banks and financial market bodies
UBS
Zürcher Kantonalbank | ZKB
PostFinance
Julius Bär | Julius Baer
Vontobel
LGT
Liechtensteinische Landesbank
Berner Kantonalbank | BEKB
Luzerner Kantonalbank | LUKB
Basler Kantonalbank | BKB
St.Galler Kantonalbank | SGKB | St. Galler Kantonalbank
Aargauische Kantonalbank | AKB
Graubündner Kantonalbank | GKB
Thurgauer Kantonalbank | TKB
Migros Bank
* Valiant | Valiant Bank
Schweizerische Nationalbank | SNB | Swiss National Bank
FINMA
* SIX | SIX Group | SIX Swiss Exchange
# Switzerland: insurers and health insurers
* Zurich | Zurich Insurance | Zurich Versicherung
Swiss Re
Swiss Life
* Helvetia
Baloise | Basler Versicherung | Bâloise
Helvetia Baloise
* Die Mobiliar
* CSS | CSS Versicherung
Helsana
Sanitas
Swica
Visana
* Suva
# Switzerland: pharma, chemicals, industry, food producers
* Roche | Hoffmann-La Roche | F. Hoffmann-La Roche
Novartis
Sandoz
* Lonza
Givaudan
Clariant
Syngenta
* Siegfried
Straumann
Sonova | Phonak
* Sika
Holcim
Geberit
Schindler
ABB
Sulzer
* Bühler | Bühler Group
Georg Fischer
* Stadler | Stadler Rail
* Oerlikon
Swatch Group | Swatch
Victorinox
* Mammut
* On | On Running
Hilti
Ivoclar | Ivoclar Vivadent
Landis+Gyr
dormakaba
Mettler-Toledo | Mettler Toledo
Endress+Hauser | Endress + Hauser
* Pilatus | Pilatus Aircraft | Pilatus Flugzeugwerke
RUAG
Glencore
Implenia
* Emmi
Bell Food Group
Ricola
Feldschlösschen
Barry Callebaut | Callebaut
# Switzerland: transport, logistics, airlines, post
SBB | Schweizerische Bundesbahnen | SBB CFF FFS
BLS
Rhätische Bahn | RhB
PostAuto
* Die Post | Swiss Post | Schweizerische Post | Post CH
VBZ | Verkehrsbetriebe Zürich
Bernmobil
Basler Verkehrs-Betriebe
ZVV | Zürcher Verkehrsverbund
Kühne + Nagel | Kuehne+Nagel | Kuehne + Nagel | Kühne+Nagel
Swissport
* Swiss | Swiss International Air Lines
* Edelweiss | Edelweiss Air
Flughafen Zürich | Zurich Airport
Skyguide
# Switzerland: telecoms, media, energy
Swisscom
* Sunrise
* Salt
SRG SSR | SRG
SRF | Schweizer Radio und Fernsehen
Ringier
TX Group
Tamedia
CH Media
NZZ | Neue Zürcher Zeitung
Axpo
Alpiq
BKW
EWZ | Elektrizitätswerk der Stadt Zürich
EKZ | Elektrizitätswerke des Kantons Zürich
Swissgrid
# Switzerland: tech, IT services, consultancies, law firms
Scandit
Avaloq
Zühlke
Ergon Informatik
Climeworks
EBP | Ernst Basler + Partner
Lenz & Staehelin
Homburger
Bär & Karrer
Niederer Kraft Frey | NKF
Walder Wyss
Schellenberg Wittmer
# Switzerland: public employers and charities
* Bundesverwaltung | Schweizerische Bundesverwaltung
Bundesamt für Gesundheit
armasuisse
* Kanton Zürich
Stadt Zürich
* Kanton Bern
Stadt Bern
* Schweizerisches Rotes Kreuz | SRK
* Pro Senectute
# Switzerland: hospitals
Universitätsspital Zürich | USZ | Unispital Zürich
Inselspital | Insel Gruppe | Inselspital Bern
Universitätsspital Basel | Unispital Basel
Kantonsspital St. Gallen | KSSG
Luzerner Kantonsspital | LUKS
Kantonsspital Aarau | KSA
Kantonsspital Baden
Kantonsspital Winterthur | KSW
Kantonsspital Graubünden | KSGR
Kantonsspital Baselland | KSBL
Stadtspital Zürich | Stadtspital Triemli | Triemli
Universitäts-Kinderspital Zürich | Kinderspital Zürich | Kispi
Hirslanden | Klinik Hirslanden
Spital Thurgau
Solothurner Spitäler | soH
Psychiatrische Universitätsklinik Zürich | PUK Zürich
Universitätsklinik Balgrist | Balgrist
# Switzerland: universities and research institutes
ETH Zürich | ETH | ETHZ | ETH Zurich
Universität Zürich | UZH | Uni Zürich | University of Zurich
Universität Bern | Uni Bern | UniBE
Universität Basel | Uni Basel | Unibas
Universität St. Gallen | HSG | Uni St. Gallen
Universität Luzern | Uni Luzern
ZHAW | Zürcher Hochschule für Angewandte Wissenschaften
FHNW | Fachhochschule Nordwestschweiz
Berner Fachhochschule
Hochschule Luzern | HSLU
Ostschweizer Fachhochschule | OST Ostschweizer Fachhochschule
Zürcher Hochschule der Künste | ZHdK
Pädagogische Hochschule Zürich | PHZH
Paul Scherrer Institut | PSI
Empa
Eawag
# Netherlands: supermarkets and food wholesale
Albert Heijn | AH | AH to go | AH XL
Ahold Delhaize | Ahold
* Plus
* Dirk | Dirk van den Broek
DekaMarkt | Deka Markt
Vomar
* Hoogvliet
Poiesz
Jan Linders
* Picnic
Sligro
Makro
# Netherlands: non-food retail and e-commerce
HEMA
Kruidvat
Etos
* Trekpleister
Blokker
* Action
Xenos
* Praxis
* Gamma
* Karwei
Intratuin
* Bol | bol.com
Coolblue
Wehkamp
* De Bijenkorf
* Zeeman
Wibra
Big Bazar
Hunkemöller
* Scotch & Soda
G-Star RAW | G-Star
Suitsupply
WE Fashion
Shoeby
Van Haren
Leen Bakker
* Kwantum
Gall & Gall
Welkoop
Hans Anders
Pearle
* Rituals
Prénatal | Prenatal
* Bruna
* Primera
ANWB
Thuisbezorgd.nl | Thuisbezorgd
Just Eat Takeaway.com | Just Eat Takeaway | Takeaway.com
Pathé | Pathe
Basic-Fit | Basic Fit
# Netherlands: fast food, restaurants, coffee, hotels, leisure
Febo
Smullers
Kwalitaria
* La Place
* New York Pizza
Bakker Bart
Bagels & Beans
* Coffee Company
Happy Italy
Loetje
Albron
* Van der Valk | Van der Valk Hotels
Fletcher Hotels
Bilderberg | Bilderberg Hotels
citizenM
Efteling
Center Parcs
Landal GreenParks | Landal
Roompot
Holland Casino
Corendon
# Netherlands: public transport, rail, airlines, airports, logistics
NS | Nederlandse Spoorwegen
ProRail
GVB
RET
HTM
* Arriva
Connexxion
Qbuzz
KLM | KLM Royal Dutch Airlines | Koninklijke Luchtvaart Maatschappij
Transavia
* Schiphol | Royal Schiphol Group | Amsterdam Airport Schiphol | Schiphol Group
PostNL | Post NL
Port of Rotterdam | Havenbedrijf Rotterdam
Rijkswaterstaat | RWS
# Netherlands: banks, trading firms, insurers, pension providers
ING
Rabobank | Rabo
ABN AMRO | ABN
* SNS | SNS Bank
ASN Bank | de Volksbank
Triodos Bank | Triodos
Bunq
Van Lanschot Kempen | Van Lanschot
De Nederlandsche Bank
AFM | Autoriteit Financiële Markten
Euronext
Adyen
* Mollie
Optiver
IMC Trading
Achmea
Aegon
NN Group | Nationale-Nederlanden | Nationale Nederlanden
a.s.r. | ASR | a.s.r. verzekeringen
Centraal Beheer
Interpolis
Zilveren Kruis
VGZ | Coöperatie VGZ
CZ
Menzis
DSW Zorgverzekeraar | DSW
APG
PGGM
ABP | Pensioenfonds ABP
# Netherlands: tech, semiconductors, IT services, startups
ASML
Philips | Royal Philips | Koninklijke Philips
Versuni | Philips Domestic Appliances
* Signify | Philips Lighting
NXP | NXP Semiconductors
* ASM | ASM International
Nexperia
Booking.com
TomTom
* Exact
AFAS Software | AFAS
Topicus
* Centric
* Ordina
Nedap
Prosus
Backbase
* Bird | MessageBird
WeTransfer
Canon Production Printing | Océ
Prodrive Technologies | Prodrive
Vanderlande
Lely
# Netherlands: telecoms, energy, water, media
KPN
VodafoneZiggo | Ziggo | Vodafone Ziggo
Odido | T-Mobile Nederland
Eneco
Essent
Greenchoice
TenneT
Alliander | Liander
Stedin
Enexis
Gasunie
Waternet
Vitens
* NPO | Nederlandse Publieke Omroep
NOS
RTL Nederland
DPG Media
Wolters Kluwer
# Netherlands: industry, food, chemicals, construction, engineering
Heineken
FrieslandCampina
AkzoNobel | Akzo Nobel
DSM-Firmenich | DSM
Vion
JDE Peet's
Royal Cosun | Cosun
Agrifirm
Royal FloraHolland | FloraHolland
* Bavaria | Swinkels Family Brewers
Grolsch
* Pon | Pon Holdings
Tata Steel Nederland | Tata Steel IJmuiden
VDL Groep | VDL
* DAF | DAF Trucks
* Damen | Damen Shipyards
* Stork
Fokker
Aalberts
Fugro
SBM Offshore
Vopak
Boskalis
Van Oord
BAM | Royal BAM | Koninklijke BAM
Heijmans
VolkerWessels
Dura Vermeer
Ballast Nedam
Arcadis
Royal HaskoningDHV | HaskoningDHV
Witteveen+Bos
# Netherlands: consultancies, audit and law firms
Berenschot
De Brauw Blackstone Westbroek | De Brauw
Stibbe
Loyens & Loeff
NautaDutilh
Houthoff
# Netherlands: government, agencies and public bodies
* Rijksoverheid
Belastingdienst
* Defensie | Ministerie van Defensie
* Politie | Nationale Politie
Koninklijke Marechaussee | KMar | Marechaussee
SVB | Sociale Verzekeringsbank
* DUO | Dienst Uitvoering Onderwijs
IND | Immigratie- en Naturalisatiedienst
CBS | Centraal Bureau voor de Statistiek
RIVM
KNMI
* Kadaster
RVO | Rijksdienst voor Ondernemend Nederland
Dienst Justitiële Inrichtingen
Openbaar Ministerie
* De Rechtspraak | Rechtspraak
KVK | Kamer van Koophandel
ACM | Autoriteit Consument & Markt
Gemeente Amsterdam
Gemeente Rotterdam
Gemeente Den Haag
Gemeente Utrecht
Gemeente Eindhoven
Gemeente Groningen
* GGD
Staatsbosbeheer
Europol
EMA | European Medicines Agency
* Rode Kruis | Nederlandse Rode Kruis
Rode Kruis Vlaanderen
# Netherlands: research organisations
TNO
NWO
Deltares
Sanquin
# Netherlands: care providers and childcare
Parnassia Groep | Parnassia
GGZ inGeest
Arkin
Buurtzorg
Partou
# Netherlands: hospitals and university medical centres
Erasmus MC | Erasmus Medisch Centrum
Amsterdam UMC | AMC | VUmc
UMC Utrecht | UMCU
Radboudumc | Radboud UMC
LUMC | Leids Universitair Medisch Centrum
UMCG | Universitair Medisch Centrum Groningen
Maastricht UMC+ | MUMC+ | MUMC | azM
Prinses Máxima Centrum | Máxima Centrum
Antoni van Leeuwenhoek | NKI
OLVG
Isala
Catharina Ziekenhuis
Máxima MC
Rijnstate
Spaarne Gasthuis
Noordwest Ziekenhuisgroep
Maasstad Ziekenhuis
Franciscus Gasthuis & Vlietland
Meander Medisch Centrum | Meander MC
St. Antonius Ziekenhuis | Sint Antonius Ziekenhuis
Jeroen Bosch Ziekenhuis | JBZ
ETZ | Elisabeth-TweeSteden Ziekenhuis
Amphia
Albert Schweitzer ziekenhuis
Haaglanden Medisch Centrum | HMC
HagaZiekenhuis | Haga Ziekenhuis
Reinier de Graaf
Medisch Spectrum Twente | MST
Gelre ziekenhuizen
Zuyderland
Canisius Wilhelmina Ziekenhuis | CWZ
Sint Maartenskliniek
Deventer Ziekenhuis
Tergooi MC
Diakonessenhuis
Martini Ziekenhuis
Treant
Ikazia
Alrijne
Flevoziekenhuis
Ziekenhuis Gelderse Vallei
# Netherlands: universities and universities of applied sciences
Universiteit van Amsterdam | UvA | University of Amsterdam
Vrije Universiteit Amsterdam | VU Amsterdam | VU
Universiteit Leiden | Leiden University
Universiteit Utrecht | UU | Utrecht University
TU Delft | Technische Universiteit Delft | Delft University of Technology
TU Eindhoven | TU/e | Technische Universiteit Eindhoven | Eindhoven University of Technology
Universiteit Twente | University of Twente
Erasmus Universiteit Rotterdam | Erasmus University Rotterdam
Rijksuniversiteit Groningen | University of Groningen
Radboud Universiteit | Radboud University
Maastricht University | Universiteit Maastricht
Tilburg University | Universiteit Tilburg
Wageningen University & Research | WUR | Wageningen University
Open Universiteit
Nyenrode Business Universiteit | Nyenrode
Hogeschool van Amsterdam | HvA
Hogeschool Utrecht
Hogeschool Rotterdam
De Haagse Hogeschool | Haagse Hogeschool | THUAS
Fontys | Fontys Hogescholen
Avans | Avans Hogeschool
Saxion
HAN University of Applied Sciences | Hogeschool van Arnhem en Nijmegen
Hanzehogeschool Groningen | Hanze
Inholland | Hogeschool Inholland
NHL Stenden
Zuyd Hogeschool
Windesheim
Breda University of Applied Sciences | BUas
ROC van Amsterdam
# Flemish Belgium: supermarkets and retail
Colruyt
Delhaize
* Okay
JBC
ZEB
Torfs
Standaard Boekhandel
E5 mode
A.S.Adventure | AS Adventure
Bel&Bo
* Casa
Vanden Borre
Krëfel | Krefel
* Brico
* Hubo
Aveve
* Ava
* Club
* Di
ICI PARIS XL
Tom&Co
* Leonidas
* Neuhaus
Godiva
# Flemish Belgium: restaurants, leisure and entertainment
* Quick
* Panos
Exki
* Le Pain Quotidien
* Lunch Garden
Kinepolis
Studio 100
Plopsa | Plopsaland
# Flemish Belgium: banks, insurers, HR and payroll services
KBC
Belfius
BNP Paribas Fortis | BNP Fortis
ING België | ING Belgium
Argenta
Crelan
Beobank
vdk bank
Keytrade Bank | Keytrade
Bank J. Van Breda | Bank Van Breda
Nationale Bank van België | NBB | National Bank of Belgium
FSMA
Euroclear
Ethias
AG Insurance
P&V Verzekeringen | P&V
Helan
SD Worx
Securex
Partena
Acerta
Liantis
# Flemish Belgium: telecoms, energy, utilities, media
Proximus
Telenet
Mobile Vikings
Luminus
* Elia
Fluvius
Engie Electrabel | Electrabel
Aquafin
VRT | Vlaamse Radio- en Televisieomroep
Mediahuis
# Flemish Belgium: transport, ports, logistics
NMBS | SNCB | NMBS/SNCB
* De Lijn
Infrabel
MIVB | STIB | MIVB/STIB
Brussels Airlines
Brussels Airport | Brussels Airport Company
bpost
Port of Antwerp-Bruges | Port of Antwerp | Havenbedrijf Antwerpen
H.Essers
# Flemish Belgium: pharma, chemicals, industry, food, construction
UCB
* Janssen | Janssen Pharmaceutica
* Galapagos
argenx
AB InBev | Anheuser-Busch InBev
Duvel Moortgat | Duvel
Solvay
Umicore
Bekaert
Agfa-Gevaert | Agfa
* Barco
Etex
Puratos
Lotus Bakeries
Vandemoortele
Greenyard
Ontex
Volvo Car Gent
DEME
Jan De Nul
Besix
# Flemish Belgium: tech, IT services, research centres
* Materialise
Melexis
Cegeka
Inetum-Realdolmen | Realdolmen
Showpad
Collibra
Odoo
* Teamleader
imec
* VITO
VIB
Eurocontrol
# Flemish Belgium: law firms
Eubelius
# Flemish Belgium: public employers and social organisations
* Vlaamse overheid
Stad Antwerpen
Stad Gent
FOD Financiën | FOD Financien
RVA | Rijksdienst voor Arbeidsvoorziening
RSZ | Rijksdienst voor Sociale Zekerheid
* Familiehulp
* Wit-Gele Kruis
Broeders van Liefde
# Flemish Belgium: hospitals
UZ Leuven | Universitaire Ziekenhuizen Leuven
UZ Gent | Universitair Ziekenhuis Gent
UZ Antwerpen | UZA
UZ Brussel
AZ Groeninge
AZ Delta
AZ Sint-Jan Brugge | AZ Sint-Jan
ZNA | Ziekenhuis Netwerk Antwerpen
GZA Ziekenhuizen | GZA
AZ Sint-Maarten
Jessa Ziekenhuis
ZOL | Ziekenhuis Oost-Limburg
AZ Monica
AZ Klina
AZ Maria Middelares
OLV Ziekenhuis Aalst | OLV Aalst
Vitaz | AZ Nikolaas
# Flemish Belgium: universities and university colleges
KU Leuven | Katholieke Universiteit Leuven
Universiteit Gent | UGent | Ghent University
Vrije Universiteit Brussel | VUB
Universiteit Antwerpen | UAntwerpen | University of Antwerp
UHasselt | Universiteit Hasselt
Vlerick Business School | Vlerick
Thomas More | Thomas More Hogeschool
AP Hogeschool
Arteveldehogeschool | Artevelde
HOGENT | Hogeschool Gent
Odisee
Hogeschool PXL | PXL
Howest
Erasmushogeschool Brussel | EhB
Karel de Grote Hogeschool | KdG
UCLL | UC Leuven-Limburg
* VIVES
# Finland: grocery and retail groups and their chains
* S-ryhmä | S-Group
SOK | Suomen Osuuskauppojen Keskuskunta
* Prisma
S-market
* Sale
Alepa
HOK-Elanto
Kesko | K-ryhmä | K Group
K-Citymarket | Citymarket
K-Supermarket
K-Market
K-Rauta
Tokmanni
Motonet
Puuilo
Stockmann
Sokos
Verkkokauppa.com
Gigantti
Elgiganten
Elkjøp
* Power
Musti ja Mirri | Musti Group
* Kärkkäinen
* Asko
* Suomalainen Kirjakauppa
* Akateeminen Kirjakauppa
Alko
R-kioski | Ärrä
Yliopiston Apteekki
Silmäasema
Marimekko
Iittala
Fiskars | Fiskars Group
Finlayson
* Reima
Partioaitta
Veho
# Finland: restaurants, cafés, catering, hotels, leisure
Hesburger | Hese
Kotipizza
* Rolls
Fafa's | Fafas
Robert's Coffee | Roberts Coffee
Arnolds
Fazer | Fazer Café
NoHo Partners | NoHo
Chico's
* Amarillo
Rax Buffet | Rax
* Amica
Unicafe
Sokos Hotels | Original Sokos Hotel
Lapland Hotels
Kämp Collection Hotels
* Holiday Club
Finnkino
Linnanmäki
Särkänniemi
* Veikkaus
# Finland: banks, insurers and pension companies
* OP | OP Financial Group | OP Ryhmä | OP-ryhmä | Osuuspankki
Pohjola Vakuutus
S-Pankki | S-Bank
Aktia
* Säästöpankki | Säästöpankkiryhmä
Oma Säästöpankki | OmaSp
* POP Pankki
Ålandsbanken
Mandatum
Suomen Pankki | Bank of Finland
Finanssivalvonta | Fiva
* LähiTapiola | LocalTapiola
* If | If Vahinkovakuutus | If P&C
Fennia
* Sampo
* Varma
* Ilmarinen
* Elo | Työeläkeyhtiö Elo
Keva
* Kela | Kansaneläkelaitos
# Finland: tech, games, IT services and startups
* Nokia
Supercell
Rovio
Remedy Entertainment
Housemarque
Wolt
Oura
Aiven
* Varjo
IQM | IQM Quantum Computers
Iceye
Swappie
Relex Solutions | RELEX
Smartly.io
* Reaktor
Futurice
Vincit
* Solita
Gofore
Eficode
Siili Solutions
Digia
* Tieto | Tietoevry
F-Secure
WithSecure
Vaisala
Talenom
Accountor
CSC – Tieteen tietotekniikan keskus
# Finland: telecoms, energy, utilities, media
* Elisa
* DNA
Fingrid
Fortum
* Helen
Caruna
Elenia
Gasum
* Neste
St1
* ABC
Yle | Yleisradio
* Sanoma
Alma Media
# Finland: industry, forest, food, construction
Wärtsilä
* Kone
Konecranes
Valmet
Valmet Automotive
* Metso
* Outokumpu
* UPM | UPM-Kymmene
Stora Enso
Metsä Group | Metsäliitto
Metsä Board
Metsä Fibre
Kemira
* Orion
Huhtamäki | Huhtamaki
Ahlstrom
Uponor
Nokian Renkaat | Nokian Tyres
* Tikkurila
Ponsse
* Patria
Meyer Turku
Hiab | Cargotec
* Kalmar
* Valio
* Atria
HKFoods | HKScan
* Snellman
Paulig
Hartwall
Sinebrychoff | Koff
Olvi
* Raisio
Saarioinen
* Vaasan
Anora | Altia
YIT
SRV
Destia
Caverion
Granlund
Lassila & Tikanoja
Kojamo
* Sato
# Finland: transport, logistics, airlines, shipping
* VR | VR-Yhtymä | VR Group
HSL | Helsingin seudun liikenne
* Kaupunkiliikenne | Pääkaupunkiseudun Kaupunkiliikenne
Finnair
Finavia
* Posti | Posti Group
Matkahuolto
Onnibus
Viking Line
Tallink Silja | Tallink | Silja Line
Finnlines
# Finland: private healthcare and care providers
Terveystalo
* Mehiläinen
Pihlajalinna
Esperi Care | Esperi
* Aava | Lääkärikeskus Aava
Mannerheimin Lastensuojeluliitto | MLL
* Suomen Punainen Risti | SPR | Finnish Red Cross
# Finland: public hospitals and wellbeing services counties
HUS | Helsingin yliopistollinen sairaala | HUS-yhtymä | Helsingin ja Uudenmaan sairaanhoitopiiri
Tampereen yliopistollinen sairaala | TAYS
Turun yliopistollinen keskussairaala | TYKS
Oulun yliopistollinen sairaala | OYS
Kuopion yliopistollinen sairaala | KYS
Pirkanmaan hyvinvointialue | Pirha
Varsinais-Suomen hyvinvointialue | Varha
Pohjois-Pohjanmaan hyvinvointialue | Pohde
Vantaan ja Keravan hyvinvointialue | Vakehyva
Länsi-Uudenmaan hyvinvointialue
Itä-Uudenmaan hyvinvointialue
Keski-Uudenmaan hyvinvointialue
Pohjois-Savon hyvinvointialue
Keski-Suomen hyvinvointialue
Päijät-Hämeen hyvinvointialue
# Finland: cities, state agencies and research institutes
Helsingin kaupunki | City of Helsinki | Helsinki City
Espoon kaupunki | City of Espoo
Vantaan kaupunki | City of Vantaa
Tampereen kaupunki | City of Tampere
Turun kaupunki | City of Turku
Oulun kaupunki | City of Oulu
Puolustusvoimat | Finnish Defence Forces
* Poliisi
Verohallinto | Finnish Tax Administration
* Tulli
Rajavartiolaitos
Maanmittauslaitos | MML
Väylävirasto
Traficom
Tilastokeskus | Statistics Finland
Digi- ja väestötietovirasto | DVV
Opetushallitus | OPH
Eduskunta
Ulkoministeriö
Valvira
Ruokavirasto
Metsähallitus
Senaatti-kiinteistöt
Business Finland
Finnvera
Sitra
THL | Terveyden ja hyvinvoinnin laitos
Ilmatieteen laitos | FMI | Finnish Meteorological Institute
VTT | VTT Technical Research Centre of Finland
Luonnonvarakeskus
Suomen Akatemia | Research Council of Finland | Academy of Finland
# Finland: universities and universities of applied sciences
Helsingin yliopisto | University of Helsinki
Aalto-yliopisto | Aalto University
Tampereen yliopisto | Tampere University
Turun yliopisto | University of Turku | UTU
Oulun yliopisto | University of Oulu
Jyväskylän yliopisto | University of Jyväskylä | JYU
Itä-Suomen yliopisto | University of Eastern Finland | UEF
LUT-yliopisto | LUT | LUT University
Åbo Akademi | Åbo Akademi University
Vaasan yliopisto | University of Vaasa
Lapin yliopisto | University of Lapland
Taideyliopisto | Uniarts Helsinki
Hanken | Hanken School of Economics | Svenska handelshögskolan
Metropolia | Metropolia Ammattikorkeakoulu
Haaga-Helia | Haaga-Helia ammattikorkeakoulu
* Laurea | Laurea-ammattikorkeakoulu
Tampereen ammattikorkeakoulu | TAMK
Turun ammattikorkeakoulu | Turku AMK
Oulun ammattikorkeakoulu | Oamk
Jyväskylän ammattikorkeakoulu | JAMK
Savonia-ammattikorkeakoulu | Savonia
Xamk | Kaakkois-Suomen ammattikorkeakoulu
LAB-ammattikorkeakoulu
Arcada
* Novia
Karelia-ammattikorkeakoulu | Karelia AMK
Centria-ammattikorkeakoulu | Centria
Seinäjoen ammattikorkeakoulu | SeAMK
Vaasan ammattikorkeakoulu | VAMK
Lapin ammattikorkeakoulu | Lapin AMK
Hämeen ammattikorkeakoulu | HAMK
Satakunnan ammattikorkeakoulu | SAMK
Diakonia-ammattikorkeakoulu | Diak
Stadin ammatti- ja aikuisopisto | Stadin AO
* Omnia
# Finland: law firms
Castrén & Snellman
Roschier
Hannes Snellman
Borenius
# Nordic employers that hire in Finland (and Germany/Benelux)
Nordea
Danske Bank
Handelsbanken
Klarna
Telia | Telia Finland
Ericsson
* Volvo
Volvo Cars
Volvo Group | AB Volvo
Scania
Atlas Copco
Sandvik
SKF
Electrolux
Assa Abloy
SSAB
Skanska
NCC
Sweco
AFRY | ÅF Pöyry | Pöyry
Ramboll | Rambøll
Vattenfall
DSV
PostNord
* Attendo
Coor
Scandic | Scandic Hotels
Espresso House
Clas Ohlson
Biltema
Rusta
Lindex
KappAhl
* Stadium
* XXL
JYSK | Dänisches Bettenlager
* Normal
Flying Tiger Copenhagen
Synsam
Byggmax
Visma
Knowit
Nobina
* SAS | Scandinavian Airlines
* Norwegian
# second round (session 9)
# Germany: supermarkets, drugstores and food wholesale
* Hit
* Combi
Bünting
* Wasgau
Feneberg
V-Markt
Denns BioMarkt
* Bio Company
Selgros | Selgros Cash & Carry
Lekkerland
Chefs Culinar
Getränke Hoffmann
Trinkgut
Globus Baumarkt
# Germany: fashion, furniture, sports, electronics and other retail
Bonprix
Tom Tailor
* Gerry Weber
Marc O'Polo
* Betty Barclay
* Olymp
* Engelbert Strauss
* Jack Wolfskin
Vaude
* Engelhorn
* Bonita
* Street One
* Cecil
* Ulla Popken
Adler Modemärkte | Adler Mode
Mäc Geiz
* Jawoll
* Thomas Philipps
Rofu Kinderland
Möbel Kraft
* Segmüller
* Ostermann
* Sconto
Mister Spex
Zooplus
Kölle Zoo
Mytheresa
Westwing
Home24
Notebooksbilliger.de | Notebooksbilliger
Medimax
* Globetrotter
Rose Bikes
* Canyon
Bike24
* Weltbild
* Osiander
* Hammer | Hammer Fachmärkte
BayWa
Agravis
* Kleinanzeigen
Momox
Chrono24
Mobile.de
Immowelt
* Stepstone
* Xing | New Work SE
# Germany: restaurants, bakeries, cafés and catering
* Café del Sol
* Café Extrablatt | Extrablatt
* Alex
* Enchilada
Frittenwerk
Burgerme
* Otto's Burger
* Einstein Kaffee
Dallmayr
Lila Bäcker
* Landbäckerei Ihle
* Junge Die Bäckerei | Bäckerei Junge
* Steinecke
* Wiener Feinbäcker
* Apetito
Klüh
Marley Spoon
# Germany: hotels, travel and leisure
Deutsche Hospitality
Leonardo Hotels
Achat Hotels
H-Hotels
Novum Hotels
25hours Hotels
Prizeotel
Ruby Hotels
Robinson Club
Aldiana
DER Touristik
Alltours
Schauinsland-Reisen
AIDA Cruises
Phantasialand
Heide Park
Legoland Deutschland
* Tropical Islands
# Germany: savings banks, cooperative banks, private banks and fintech
Berliner Sparkasse
Frankfurter Sparkasse | Fraspa
Stadtsparkasse München
Kreissparkasse Köln | KSK Köln
Sparkasse KölnBonn
Sparkasse Hannover
Stadtsparkasse Düsseldorf
Sparkasse Bremen
Ostsächsische Sparkasse Dresden
Sparkasse Leipzig
Nassauische Sparkasse | Naspa
Sparkasse Nürnberg
Kreissparkasse Ludwigsburg
Sparkasse Aachen
Sparkasse Essen
Sparkasse Dortmund
Sparkasse Karlsruhe
Mittelbrandenburgische Sparkasse
Landesbank Berlin
Saar LB
Hamburg Commercial Bank | HCOB
Oldenburgische Landesbank | OLB
Deutsche Pfandbriefbank | pbb
Aareal Bank
Berliner Volksbank
Frankfurter Volksbank
Hamburger Volksbank
Volksbank Mittelhessen
GLS Bank
1822direkt
Hauck Aufhäuser Lampe
* Metzler | B. Metzler seel. Sohn & Co.
M.M.Warburg & CO | Warburg Bank
Donner & Reuschel
Merck Finck
Quirin Privatbank
Santander Consumer Bank
Volkswagen Financial Services | VW Financial Services
Mercedes-Benz Bank
Deutsche Leasing
Grenke
Hypoport
Interhyp
* Dr. Klein
* Solaris
* Raisin
Vivid Money
C24 Bank
Bausparkasse Schwäbisch Hall
* LBS
BHW Bausparkasse
Finanz Informatik
Atruvia
Deutscher Sparkassen- und Giroverband | DSGV
flatexDEGIRO | Flatex
Payone
SumUp
Mambu
Upvest
* Moss
* Clark
Wefox
Getsafe
Ottonova
# Germany: insurers, health insurers and social insurance
Alte Leipziger
Hallesche Krankenversicherung
Barmenia
* Continentale
Nürnberger Versicherung
SV SparkassenVersicherung
VHV
* Die Bayerische
Stuttgarter Lebensversicherung
Volkswohl Bund
HanseMerkur
* Münchener Verein
ARAG
WGV
CosmosDirekt
DKV Deutsche Krankenversicherung
hkk Krankenkasse | hkk
HEK | Hanseatische Krankenkasse
IKK gesund plus
SBK | Siemens-Betriebskrankenkasse
Audi BKK
Pronova BKK
Viactiv Krankenkasse | Viactiv
Mobil Krankenkasse
Gematik
Deutsche Gesetzliche Unfallversicherung | DGUV
SVLFG | Sozialversicherung für Landwirtschaft, Forsten und Gartenbau
Minijob-Zentrale
Versorgungsanstalt des Bundes und der Länder
# Germany: federal agencies, public employers and broadcasters
* Jobcenter
* Finanzamt
Bundeszentralamt für Steuern | BZSt
Bundesverwaltungsamt
ITZBund | Informationstechnikzentrum Bund
* BWI
BAAINBw | Bundesamt für Ausrüstung, Informationstechnik und Nutzung der Bundeswehr
Bundesamt für Verfassungsschutz | BfV
Bundesministerium der Finanzen
Bundesministerium der Verteidigung | BMVg
Bundesministerium für Gesundheit
Bundeskanzleramt
Bundesrechnungshof
Bundesverfassungsgericht
Umweltbundesamt
Deutscher Wetterdienst | DWD
Physikalisch-Technische Bundesanstalt | PTB
Bundesanstalt für Materialforschung und -prüfung
Bundesinstitut für Arzneimittel und Medizinprodukte | BfArM
Paul-Ehrlich-Institut
Bundesanstalt für Immobilienaufgaben | BImA
Bundesamt für Bevölkerungsschutz und Katastrophenhilfe
Technisches Hilfswerk | THW
Bundesamt für Justiz
Deutsches Patent- und Markenamt | DPMA
Kraftfahrt-Bundesamt
Eisenbahn-Bundesamt
Bundesamt für Wirtschaft und Ausfuhrkontrolle | BAFA
Bundesamt für Strahlenschutz
Bundesdruckerei
Dataport
IT.NRW
Landschaftsverband Westfalen-Lippe | LWL
Landschaftsverband Rheinland | LVR
Mitteldeutscher Rundfunk
Rundfunk Berlin-Brandenburg | rbb
Hessischer Rundfunk
Saarländischer Rundfunk
Radio Bremen
Deutschlandradio
Deutsche Presse-Agentur
# Germany: telecoms, media and publishing
Vodafone Deutschland
Freenet
Pyur
NetCologne
M-net
* Deutsche Glasfaser
Vantage Towers
Sky Deutschland
Funke Mediengruppe
Süddeutsche Zeitung
Frankfurter Allgemeine Zeitung | FAZ
* Zeit Verlag
Handelsblatt
Hubert Burda Media | Burda
Bauer Media Group
Ippen Media
Madsack
* DuMont
Gruner + Jahr
Tagesspiegel | Der Tagesspiegel
Ströer
Haufe
# Germany: energy, utilities and water
Mainova
N-Ergie
MVV Energie
Stadtwerke Düsseldorf
Enercity
swb
Stadtwerke Leipzig
SachsenEnergie
Thüga
Steag
LEAG
TransnetBW
Open Grid Europe
Westnetz
Westenergie
Avacon
Bayernwerk
E.DIS
Netze BW
* Stromnetz Berlin
Berliner Wasserbetriebe
Hamburg Wasser
Hamburger Energiewerke
Gelsenwasser
Entega
Badenova
Süwag
enviaM
DEW21
* LichtBlick
1Komma5°
* Sonnen
Nordex
SMA Solar
# Germany: public transport, rail, ports, airlines and airports
Hamburger Verkehrsverbund | HVV
Verkehrsverbund Rhein-Ruhr | VRR
Rhein-Main-Verkehrsverbund | RMV
Verkehrsverbund Berlin-Brandenburg | VBB
Üstra
Leipziger Verkehrsbetriebe | LVB
Dresdner Verkehrsbetriebe
VAG Nürnberg
Bogestra
DSW21
Ruhrbahn
Verkehrsgesellschaft Frankfurt | VGF
Rhein-Neckar-Verkehr | rnv
HEAG mobilo
* Metronom
Erixx
ODEG
Netinera
DB Regio
DB Fernverkehr
DB Systel
Eurogate
Duisport
BLG Logistics
Lufthansa Cargo
Lufthansa CityLine
Lufthansa Systems
Discover Airlines
TUIfly
Hamburg Airport | Flughafen Hamburg
Flughafen Düsseldorf
Flughafen Köln/Bonn
Flughafen Stuttgart
ADAC
Moia
# Germany: logistics and parcel firms
* Fiege
Hellmann Worldwide Logistics
Nagel-Group
Schnellecke
Trans-o-flex
Duvenbeck
Hermes Germany
# Germany: construction, engineering, real estate and facility services
Goldbeck
Max Bögl
Wolff & Müller
* Leonhard Weiss
* Köster
* Bauer
Apleona
Drees & Sommer
LEG Immobilien
Deutsche Wohnen
TAG Immobilien
Degewo
Gewobag
Howoge
* Münchner Wohnen
Aroundtown
Engel & Völkers
* Patrizia
Commerz Real
Piepenbrock
Gegenbauer
* Kötter
# Germany: mid-size industry, automotive suppliers and defence
Herrenknecht
Sennheiser
Beckhoff
Wago
* Harting
* Sick
* Pilz
* Lapp
* Weidmüller
ifm
Balluff
Rittal
* Eppendorf
* Freudenberg
* Röchling
ElringKlinger
Kostal
* Marquardt
Benteler
Kirchhoff Automotive
* Schott
Jenoptik
Leica Camera
Ledvance
Aumovio
Cariad
Traton
* Deutz
* Krone
Lemken
Fendt
Schmitz Cargobull
Wirtgen
Putzmeister
Körber
KHS
Multivac
Syntegon
* Uhlmann
* Dürr
Homag
DMG Mori
Arburg
* Schuler
Rolls-Royce Power Systems
Premium Aerotec
OHB
Isar Aerospace
Rocket Factory Augsburg
* Quantum Systems
Heckler & Koch
KNDS Deutschland | Krauss-Maffei Wegmann | KMW
* Renk
Lürssen
Meyer Werft
Wacker Neuson
Elmos
Semikron Danfoss
Altana
Symrise
* Fuchs
Brenntag
* Software AG
# Germany: food and drink producers
Krombacher
Bitburger
Radeberger
* Oettinger
* Paulaner
Warsteiner
Veltins
Erdinger
Rotkäppchen-Mumm
Gerolsteiner
* Ehrmann
Unternehmensgruppe Theo Müller | Müllermilch
* Hochland
Zott
Deutsches Milchkontor | DMK
Südzucker
Nordzucker
Rügenwalder Mühle
PHW-Gruppe
Westfleisch
Frosta
Katjes
* Storck
Ritter Sport
Lambertz
* HiPP
Zentis
Hengstenberg
Coppenrath & Wiese
Intersnack
* Teekanne
* Melitta
# Germany: pharma, medtech and consumer health
Ratiopharm
Hexal
* Merz
Grünenthal
Medac
* Hartmann
Ottobock
* Karl Storz
Biotronik
Qiagen
Evotec
Brainlab
Weleda
Wella
# Germany: software, IT services, consultancies and scale-ups
Cancom
Allgeier
* Materna
msg systems | msg group
* Datagroup
Nagarro
Valantic
Inovex
Codecentric
Forto
Tado
Omio
Blinkist
Ada Health
Parloa
Black Forest Labs
n8n
Ecosia
Jimdo
* Strato
Hetzner
United Internet
P3 group
Porsche Consulting
Detecon
d-fine
Ebner Stolz
Rödl & Partner
Luther Rechtsanwaltsgesellschaft
Taylor Wessing
Flick Gocke Schaumburg
Oppenhoff
# Germany: hospitals, hospital groups and care providers
Universitätsklinikum Regensburg
Universitätsklinikum Augsburg
Universitätsklinikum Ulm
Universitätsklinikum Halle
Universitätsmedizin Magdeburg
Universitätsmedizin Rostock
Universitätsmedizin Greifswald
Universitätsklinikum Gießen und Marburg | UKGM
Universitätsklinikum des Saarlandes
Universitätsmedizin Mannheim
Universitätsklinikum Knappschaftskrankenhaus Bochum
Klinikum Nürnberg
Klinikum Dortmund
Kliniken der Stadt Köln
Städtisches Klinikum Karlsruhe
Klinikum Braunschweig
Klinikum Chemnitz
Städtisches Klinikum Dresden
Klinikum Darmstadt
Klinikum Ingolstadt
Klinikum Oldenburg
Klinikum Region Hannover | KRH
* Gesundheit Nord
Deutsches Herzzentrum der Charité | DHZC
Herz- und Diabeteszentrum NRW | HDZ NRW
BG Kliniken
Ameos
Mediclin
Median Kliniken
Paracelsus-Kliniken
Artemed
Contilia
St. Franziskus-Stiftung Münster
Diakoneo
v. Bodelschwinghsche Stiftungen Bethel
Immanuel Albertinen Diakonie
Vitos
* LVR-Klinikum
kbo | Kliniken des Bezirks Oberbayern
SRH
Alloheim
Pflegen & Wohnen Hamburg
Pro Seniore
Kursana
* Azurit
Kuratorium Wohnen im Alter | KWA
Evangelische Heimstiftung
Münchenstift
Volkssolidarität
* Der Paritätische
DLRG
SOS-Kinderdorf
* Fröbel
# Germany: universities and universities of applied sciences
Universität Rostock
Universität Greifswald
TU Chemnitz | Technische Universität Chemnitz
TU Ilmenau | Technische Universität Ilmenau
RPTU Kaiserslautern-Landau | RPTU
Universität Hohenheim
Universität Erfurt
Bauhaus-Universität Weimar
TU Bergakademie Freiberg
Otto-von-Guericke-Universität Magdeburg | OVGU
BTU Cottbus-Senftenberg
Europa-Universität Viadrina
Universität zu Lübeck
Universität Hildesheim
Leuphana Universität Lüneburg | Leuphana
TU Clausthal
Bergische Universität Wuppertal
Heinrich-Heine-Universität Düsseldorf | HHU
FernUniversität in Hagen
Universität Trier
Universität Bamberg
Katholische Universität Eichstätt-Ingolstadt
Universität der Bundeswehr München | UniBw
Helmut-Schmidt-Universität
Universität Witten/Herdecke
HAW Hamburg | Hochschule für Angewandte Wissenschaften Hamburg
Hochschule München
TH Köln
Frankfurt University of Applied Sciences
Hochschule Darmstadt | h_da
Hochschule RheinMain
HTWK Leipzig
HTW Dresden
Berliner Hochschule für Technik | BHT
HWR Berlin
Hochschule Esslingen
Hochschule Karlsruhe
Hochschule Reutlingen
Hochschule Mannheim
Technische Hochschule Nürnberg | TH Nürnberg
TH Rosenheim
Technische Hochschule Ingolstadt | THI
Hochschule Hannover
Hochschule Bremen
FH Aachen
FH Münster
Hochschule Bochum
FH Dortmund
Hochschule Düsseldorf
Hochschule Niederrhein
Hochschule Bonn-Rhein-Sieg
Hochschule Fulda
Hochschule Osnabrück
Ostfalia
Jade Hochschule
IU Internationale Hochschule
FOM Hochschule
Duale Hochschule Baden-Württemberg | DHBW
TH Deggendorf
Hochschule Coburg
Universität der Künste Berlin | UdK Berlin
Constructor University
Bucerius Law School
Zeppelin Universität
EBS Universität
HHL Leipzig Graduate School of Management | HHL
# Germany: research bodies, foundations and associations
Leibniz-Gemeinschaft
GSI Helmholtzzentrum für Schwerionenforschung
Helmholtz-Zentrum Berlin
Helmholtz-Zentrum Dresden-Rossendorf | HZDR
Helmholtz-Zentrum für Infektionsforschung
Helmholtz-Zentrum für Umweltforschung | UFZ
Alfred-Wegener-Institut
GEOMAR
Max-Delbrück-Centrum | MDC Berlin
Deutsches Zentrum für Neurodegenerative Erkrankungen | DZNE
Potsdam-Institut für Klimafolgenforschung
ZEW
ifo Institut
DIW Berlin
Stiftung Preußischer Kulturbesitz
Goethe-Institut
Konrad-Adenauer-Stiftung
Friedrich-Ebert-Stiftung
Heinrich-Böll-Stiftung
Deutsches Jugendherbergswerk
Deutscher Fußball-Bund | DFB
Deutsche Fußball Liga | DFL
FC Bayern München
Borussia Dortmund | BVB
# Austria: retail, e-commerce and consumer brands
Nah&Frisch
Sutterlüty
Maximarkt
Adeg
Pagro Diskont | Pagro
* Kika
Möbelix
Blue Tomato
Gigasport
Kastner & Öhler
* Steffl
Morawa
Red Zac
Turmöl
* Willhaben
Shpock
* Geizhals
* Refurbed
Adverity
Bitmovin
TTTech
# Austria: restaurants, cafés, bakeries, catering, hotels and culture
Akakiko
Swing Kitchen
* Oberlaa | Kurkonditorei Oberlaa
Demel
* Coffeeshop Company
* Bäckerei Felber
Haubis
* Ölz
Resch&Frisch
* Gourmet | Gourmet Austria
Landzeit
Arcotel
Vienna House
Therme Wien
Tiergarten Schönbrunn
Wiener Staatsoper
Burgtheater
Kunsthistorisches Museum | KHM
* Albertina
* Belvedere
Österreichische Bundesforste | ÖBf
# Austria: regional banks, savings banks and insurers
Raiffeisenlandesbank Oberösterreich | RLB OÖ
Raiffeisenlandesbank Niederösterreich-Wien | RLB NÖ-Wien
Raiffeisen-Landesbank Steiermark
Raiffeisen Landesbank Tirol
Hypo Noe
Hypo Vorarlberg
Hypo Tirol
Hypo Oberösterreich
Steiermärkische Sparkasse
Sparkasse Oberösterreich
Tiroler Sparkasse
Kärntner Sparkasse
Salzburger Sparkasse
Volksbank Wien
BKS Bank
* BTV | Bank für Tirol und Vorarlberg
Bankhaus Spängler
Easybank
Kommunalkredit
Oesterreichische Kontrollbank | OeKB
Wiener Börse
Austria Wirtschaftsservice
Merkur Versicherung
Niederösterreichische Versicherung
Oberösterreichische Versicherung
Tiroler Versicherung
Dachverband der Sozialversicherungsträger
BVAEB | Versicherungsanstalt öffentlich Bediensteter, Eisenbahnen und Bergbau
# Austria: public employers, chambers and agencies
Finanzamt Österreich
Austro Control
Landespolizeidirektion Wien | LPD Wien
* Bundesbeschaffung
* Land Oberösterreich
* Land Niederösterreich
* Land Steiermark
* Land Tirol
* Land Salzburg
* Land Kärnten
* Land Vorarlberg
* Stadt Graz
Holding Graz
* Wiener Wohnen
Wien Holding
Fonds Soziales Wien | FSW
Wirtschaftskammer Österreich | WKO
* Arbeiterkammer
Österreichischer Gewerkschaftsbund | ÖGB
Joanneum Research
Silicon Austria Labs
IIASA
# Austria: hospitals, private clinics and care providers
Klinik Floridsdorf
Klinik Ottakring
Klinik Donaustadt
Klinik Favoriten
Klinik Hietzing
Universitätsklinikum St. Pölten
Klinikum Klagenfurt am Wörthersee
Ordensklinikum Linz
Hanusch-Krankenhaus
St. Anna Kinderspital
Vorarlberger Krankenhaus-Betriebsgesellschaft | KHBG
PremiQaMed
Rudolfinerhaus
Humanomed
SeneCura
* Häuser zum Leben
* Diakoniewerk
* Jugend am Werk
# Austria: industry, construction, food and drink
Habau
Zumtobel
Tridonic
* Knapp
Pöttinger
BRP-Rotax | Rotax
Pankl
Miba
* Amag
* Berndorf
RHI Magnesita
Semperit
Agrana
Mayr-Melnhof
Tyrolit
Wolford
* Riedel
Vöslauer
Ottakringer
Stiegl
Brau Union Österreich
* Spitz
Kotányi
Almdudler
# Austria: energy, transport and logistics
Austrian Power Grid
Netz Niederösterreich
TIWAG
Burgenland Energie
Raiffeisen Informatik
ÖBB-Infrastruktur
ÖBB-Postbus
Rail Cargo Group | Rail Cargo Austria
Graz Linien
Innsbrucker Verkehrsbetriebe | IVB
Linz Linien
Verkehrsverbund Ost-Region
Wiener Lokalbahnen
Salzburg Airport
Lauda Europe
Quehenberger Logistics
Lagermax
Cargo-partner
# Austria: universities, universities of applied sciences and law firms
Universität für angewandte Kunst Wien
Akademie der bildenden Künste Wien
mdw – Universität für Musik und darstellende Kunst Wien | mdw
Universität Mozarteum Salzburg
Medizinische Universität Innsbruck
Paracelsus Medizinische Privatuniversität
Universität für Weiterbildung Krems | Donau-Universität Krems
FH Oberösterreich | FH OÖ
FH St. Pölten
FH Salzburg
FH Kärnten
FH Vorarlberg
FH Wiener Neustadt
FHWien der WKW
FH Burgenland
IMC Krems | IMC FH Krems
FH Kufstein Tirol
FH Campus 02
Pädagogische Hochschule Wien
Central European University
Modul University Vienna
Sigmund Freud PrivatUniversität
Binder Grösswang
* Dorda
# Switzerland: retail, e-commerce and chains
Aldi Suisse
* Loeb
Brack.ch
Microspot
Melectronics
Import Parfumerie
* Chicorée
Orell Füssli
Bucherer
Qualipet
* Otto's
Mobilezone
Avolta | Dufry
# Switzerland: restaurants, catering, hotels and leisure
ZFV-Unternehmungen | ZFV
Eldora
* Molino
Brezelkönig
Caffè Spettacolo
Candrian Catering
Bindella
Swissôtel
Bürgenstock Resort
Jungfraubahnen
Zermatt Bergbahnen
Hotelplan
Kuoni
Zoo Zürich
Kunsthaus Zürich
# Switzerland: cantonal and regional banks, private banks and finance
Zuger Kantonalbank
Schwyzer Kantonalbank | SZKB
Walliser Kantonalbank
Schaffhauser Kantonalbank
Glarner Kantonalbank
Nidwaldner Kantonalbank
Obwaldner Kantonalbank
Urner Kantonalbank
Appenzeller Kantonalbank
Basellandschaftliche Kantonalbank | BLKB
Bank Cler
Clientis
Hypothekarbank Lenzburg
EFG International
J. Safra Sarasin | Bank J. Safra Sarasin
Cembra Money Bank | Cembra
Viseca
Leonteq
* Partners Group
Twint
* Neon
# Switzerland: insurers, health insurers and pension funds
Allianz Suisse
Sympany
KPT
Atupri
ÖKK
Assura
SVA Zürich
* Publica
* BVK
# Switzerland: federal and cantonal employers, agencies and charities
Eidgenössische Steuerverwaltung | ESTV
Bundesamt für Informatik und Telekommunikation
Bundesamt für Statistik
Staatssekretariat für Wirtschaft
Staatssekretariat für Migration
Bundesamt für Zoll und Grenzsicherheit | BAZG
Bundesamt für Strassen
Bundesamt für Verkehr
Bundesamt für Energie
Bundesamt für Umwelt | BAFU
Bundesamt für Sozialversicherungen
Schweizer Armee
Eidgenössisches Departement für auswärtige Angelegenheiten
* VBS | Eidgenössisches Departement für Verteidigung, Bevölkerungsschutz und Sport
Fedpol | Bundesamt für Polizei
Kantonspolizei Zürich | Kapo Zürich
Kantonspolizei Bern
* Kanton Basel-Stadt
* Kanton Aargau
* Kanton Luzern
* Kanton St. Gallen
* Stadt Winterthur
Swissmedic
Swisstopo
MeteoSchweiz
* Spitex
Tertianum
Senevita
* Domicil
Pro Infirmis
Heilsarmee
Rega | Schweizerische Rettungsflugwacht
# Switzerland: hospitals and clinics
Spital Bülach
Spital Uster
Spital Männedorf
GZO Spital Wetzikon
Zuger Kantonsspital
Spital Limmattal
Spitalzentrum Biel
Lindenhofgruppe
Universitäre Psychiatrische Dienste Bern
Universitäre Psychiatrische Kliniken Basel | UPK
Schulthess Klinik
Schweizer Paraplegiker-Zentrum
Universitäts-Kinderspital beider Basel | UKBB
Ostschweizer Kinderspital
# Switzerland: industry, medtech, food and drink
Ems-Chemie
Bachem
* Hamilton
Tecan
Ypsomed
Dätwyler
Huber+Suhner
Bucher Industries
Rieter
Belimo
Kistler
Inficon
* VAT Group
* Comet
u-blox
Sensirion
Komax
Bossard
SFS Group
Autoneum
* Ammann
Burckhardt Compression
Accelleron
Hitachi Energy
* Franke
V-Zug
* Jura
Kuhn Rikon
* Zehnder
Arbonia
Forbo
* Swiss Steel
Stahl Gerlafingen
Scott Sports
Omya
Vetropack
Chocolat Frey
Camille Bloch
Kambly
* Hero
* Wander
* Zweifel
Rivella
Micarna
Orior
Fenaco
# Switzerland: energy, telecoms, media and IT
Centralschweizerische Kraftwerke | CKW
IWB | Industrielle Werke Basel
Energie Wasser Bern | ewb
* Repower
AEW Energie
Groupe E
St.Gallisch-Appenzellische Kraftwerke | SAK
Stadtwerk Winterthur
Energie 360°
Quickline
Init7
Keystone-SDA
* Blick
Somedia
* Abraxas
Elca
Adnovum
Bedag
Inventx
Netcetera
Finnova
* ERNI
Bexio
* Abacus Research
* Beekeeper
Frontify
ANYbotics
# Switzerland: transport and logistics
Schweizerische Südostbahn
Zentralbahn
Matterhorn Gotthard Bahn | MGB
Thurbo
Sihltal Zürich Uetliberg Bahn | SZU
Verkehrsbetriebe Luzern
Baselland Transport
Schifffahrtsgesellschaft des Vierwaldstättersees | SGV
Zürichsee-Schifffahrtsgesellschaft | ZSG
SBB Cargo
Hupac
Planzer
Galliker
Helvetic Airways
# Switzerland: universities of applied sciences and research institutes
Fachhochschule Graubünden | FHGR
Fernfachhochschule Schweiz | FFHS
PHBern | Pädagogische Hochschule Bern
Pädagogische Hochschule St. Gallen | PHSG
PH Luzern | Pädagogische Hochschule Luzern
Hochschule der Künste Bern | HKB
Swiss TPH | Schweizerisches Tropen- und Public Health-Institut
* WSL | Eidgenössische Forschungsanstalt für Wald, Schnee und Landschaft
Agroscope
# Netherlands: supermarkets, drugstores and non-food retail
Nettorama
Ekoplaza
* Crisp
DA Drogist
* BCC
Fonq
* Beter Bed
* Swiss Sense
Auping
Formido
* Pets Place
* Bristol
Scapino
Omoda
Sissy-Boy
* America Today
* The Sting
Perry Sport
* Bever
Lucardi
Tony's Chocolonely
Catawiki
Bitvavo
Tiqets
Channable
Sendcloud
Nmbrs
Ohpen
Mendix
# Netherlands: restaurants, hotels and leisure
Anne&Max
* Doppio Espresso
* De Beren
Postillion Hotels
Inntel Hotels
WestCord Hotels
Walibi Holland
* Artis
Rijksmuseum
Van Gogh Museum
* Ajax | AFC Ajax
* PSV
* Feyenoord
KNVB
# Netherlands: banks, insurers and pension funds
RegioBank
Knab
NIBC
Univé
Ohra
FBTO
ONVZ
* Zorg en Zekerheid
Athora Netherlands
* De Goudse
PFZW | Pensioenfonds Zorg en Welzijn
Robeco
Flow Traders
Nederlandse Waterschapsbank | NWB Bank
BNG Bank
# Netherlands: national agencies, provinces and public bodies
RDW
CAK
Logius
CJIB | Centraal Justitieel Incassobureau
Centraal Orgaan opvang asielzoekers
Nederlandse Zorgautoriteit | NZa
Inspectie Gezondheidszorg en Jeugd | IGJ
Nederlandse Voedsel- en Warenautoriteit | NVWA
Nederlands Forensisch Instituut | NFI
AIVD
Raad voor de Kinderbescherming
Reclassering Nederland
Nationaal Archief
* Provincie Noord-Holland
* Provincie Zuid-Holland
* Provincie Noord-Brabant
* Provincie Gelderland
# Netherlands: care, mental health and childcare
Cordaan
* Laurens
Pluryn
Philadelphia Zorg
's Heeren Loo
Ipse de Bruggen
Lentis
GGZ Centraal
Altrecht
Pro Persona
Dimence
* Karakter
Smallsteps
Sensire
Evean
Careyn
Amstelring
Rivas Zorggroep
Omring
Espria
# Netherlands: hospitals and clinics
Bravis ziekenhuis
ZGT | Ziekenhuisgroep Twente
Admiraal De Ruyter Ziekenhuis | ADRZ
Slingeland Ziekenhuis
Wilhelmina Ziekenhuis Assen | WZA
Medisch Centrum Leeuwarden | MCL
Rode Kruis Ziekenhuis
Dijklander Ziekenhuis
Zaans Medisch Centrum
BovenIJ ziekenhuis
Ziekenhuis Amstelland
Anna Ziekenhuis
St Jansdal
VieCuri
Laurentius Ziekenhuis
Bernhoven
Groene Hart Ziekenhuis
Wilhelmina Kinderziekenhuis | WKZ
Bergman Clinics
Xpert Clinics
# Netherlands: universities of applied sciences and vocational colleges
Hogeschool Leiden
HZ University of Applied Sciences
Van Hall Larenstein
Aeres Hogeschool
Christelijke Hogeschool Ede
Gerrit Rietveld Academie
Design Academy Eindhoven
Amsterdamse Hogeschool voor de Kunsten
Hogeschool voor de Kunsten Utrecht
ArtEZ
Hotelschool The Hague
Albeda
* Zadkine
* Da Vinci College
Graafschap College
ROC van Twente
Summa College
* Curio
Deltion College
Noorderpoort
Alfa-college
MBO Utrecht
* Nova College
* Horizon College
MBO Rijnland
* Rijn IJssel
Scalda
Koning Willem I College | KW1C
Friesland College
Landstede
Aventus
ROC Mondriaan
ROC Midden Nederland
# Netherlands: industry, food, media and IT
Nouryon
* OCI
Corbion
Avebe
Vrumona
Verkade
* De Heus
ForFarmers
Plukon
Van Drie Group
Royal A-ware
Zeelandia
TenCate
Elsevier
Sdu
Talpa Network
BNNVARA
KRO-NCRV
AVROTROS
VPRO
Demcon
Sioux Technologies
NTS Group
Ortec
Simac
* Conclusion
Fox-IT
ICTU
# Netherlands: construction, engineering, housing and utilities
Strukton
* TBI
* Van Wijnen
Hurks
Tauw
Antea Group
Movares
Croonwolter&dros
Vandebron
Evides
Brabant Water
Dunea
PWN
WML
Renewi
Ymere
* Eigen Haard
Stadgenoot
Woonstad Rotterdam
Havensteder
* Portaal
Mitros
Woonbron
Staedion
* De Alliantie
* Rochdale
# Netherlands: transport, ports and logistics
U-OV
KLM Cityhopper
Eindhoven Airport
Rotterdam The Hague Airport
Port of Amsterdam
* ECT | Europe Container Terminals
APM Terminals
Wagenborg
Spliethoff
* Mammoet
Vos Logistics
Bakker Logistiek
Trunkrs
# Belgium: retail, hospitality and consumer firms
* Trafic
Planet Parfum
Spadel
Alken-Maes
Tiense Suikerraffinaderij
Milcobel
Ardo
Agristo
Clarebout Potatoes
Unilin
Deceuninck
* Van de Velde
Picanol
Sioen
Beaulieu International Group
Recticel
Tessenderlo Group
Daikin Europe
# Belgium: banks, insurers and health insurance funds
* Ageas
* Federale Verzekering
Nagelmackers
Degroof Petercam
Candriam
Europabank
Bancontact Payconiq Company | Bancontact Payconiq
Christelijke Mutualiteit
Solidaris
Partenamut
ACV | ACV-CSC
ABVV | FGTB
# Belgium: public employers, regional agencies and EU institutions
RIZIV | INAMI
BOSA
Smals
Fedasil
Statbel
HR Rail
Sibelga
* ORES
Vivaqua
* De Watergroep
SWDE
Farys
Pidpa
Bruxelles Environnement | Leefmilieu Brussel
* Opgroeien
Agentschap Wegen en Verkeer | AWV
De Vlaamse Waterweg
Vlaamse Belastingdienst
Vlaamse Milieumaatschappij | VMM
* ONE | Office de la Naissance et de l'Enfance
AVIQ
Bruxelles-Propreté | Net Brussel
* Ville de Liège
* Ville de Charleroi
* OCMW
* CPAS
Zorgbedrijf Antwerpen
GO! onderwijs van de Vlaamse Gemeenschap
Katholiek Onderwijs Vlaanderen
Sciensano
SCK CEN
Bozar
KMSKA | Koninklijk Museum voor Schone Kunsten Antwerpen
Conseil de l'Union européenne | Council of the European Union
Comité économique et social européen | EESC
Service européen pour l'action extérieure | EEAS | SEAE
* SWIFT
# Belgium: hospitals and care groups
CHU UCL Namur
* Clinique Saint-Jean
Hôpitaux Iris Sud
CHU Tivoli
Epicura
CHwapi
* Jolimont
AZ Turnhout
AZ Sint-Lucas Gent
AZ Zeno
Imelda Ziekenhuis
ZAS | Ziekenhuis aan de Stroom
Vulpia
# Belgium: universities, university colleges and schools
HELMo
Haute École Léonard de Vinci | HE Vinci
HEC Liège
Solvay Brussels School
ICHEC
EPHEC
HELHa | Haute École Louvain en Hainaut
HE2B | Haute École Bruxelles-Brabant
Haute École de la Province de Liège | HEPL
College of Europe | Collège d'Europe
Koninklijke Militaire School | École royale militaire
Antwerp Management School
LUCA School of Arts
# Belgium: industry, media, IT and finance companies
Sonaca
Safran Aero Boosters
Nethys
Orange Belgium
Aedifica
Cofinimmo
Carmeuse
Lhoist
AGC Glass Europe
Prayon
Nyrstar
Roularta
Rossel
* Belga
NRB
# Belgium: transport, ports and logistics
Liège Airport
Brussels South Charleroi Airport | BSCA
* Lineas
Katoen Natie
PSA Antwerp
Exmar
CMB.Tech
* Ziegler
# Finland: retail, restaurants, catering and hotels
Halpa-Halli
Kodin Terra
Minimani
* Tarjoustalo
* Masku
* Sotka
* Vepsäläinen
* Hong Kong
Wayne's Coffee
* Pancho Villa
Friends & Brgrs
Restel
* Cumulus
Palmia
Juvenes
Leijona Catering
ISS Palvelut
Kespro
Tuko Logistics
Inex Partners
# Finland: banks, insurers, finance and labour organisations
* Hypo | Suomen Hypoteekkiyhdistys
Evli
* eQ
Taaleri
* Holvi
Enfuce
* Turva
* Pohjantähti
* Veritas
* Kuntarahoitus
Valtiokonttori
Työllisyysrahasto
JHL
Tehy
Akava
* Teknologiateollisuus
Elinkeinoelämän keskusliitto
* Suomen Yrittäjät
Kuntaliitto
# Finland: state agencies and public employers
Ulosottolaitos
Rikosseuraamuslaitos
Maahanmuuttovirasto | Migri
Patentti- ja rekisterihallitus | PRH
Työterveyslaitos
Energiavirasto
Fimea
Tukes | Turvallisuus- ja kemikaalivirasto
Säteilyturvakeskus
Suomen ympäristökeskus
Geologian tutkimuskeskus
Opetus- ja kulttuuriministeriö | OKM
Työ- ja elinkeinoministeriö
Hätäkeskuslaitos
* Pelastuslaitos
Valtori
* Hansel
* Palkeet
Sarastia
Istekki
# Finland: wellbeing services counties and care providers
Kanta-Hämeen hyvinvointialue | Oma Häme
Etelä-Karjalan hyvinvointialue | Eksote
Pohjois-Karjalan hyvinvointialue | Siun sote
Keski-Pohjanmaan hyvinvointialue | Soite
Kymenlaakson hyvinvointialue | Kymenhva
Etelä-Savon hyvinvointialue
Etelä-Pohjanmaan hyvinvointialue | Hyvaep
Lapin hyvinvointialue | Lapha
Kainuun hyvinvointialue
Satakunnan hyvinvointialue
Pohjanmaan hyvinvointialue
Coronaria
Oral Hammaslääkärit
Validia
Invalidiliitto
Helsingin Diakonissalaitos
# Finland: tech, industry, food and energy
Nixu
Sofigate
Efecte
M-Files
Basware
Qt Group
Metacore
Colossal Order
Yousician
Silo AI
Bittium
Kempower
* Detection Technology
Planmeca
* Fermion
* Ruukki
* Kemppi
Normet
Glaston
* Peikko
Ensto
* Koskisen
Lumene
* Kiilto
Teknos
Lamor
* Raute
Rauma Marine Constructions
Helsinki Shipyard
Sisu Auto
* Lindström
* Delete
* Panda
Meira
* Apetit
Vantaan Energia
Turku Energia
Tampereen Sähkölaitos
Oulun Energia
Kuopion Energia
Savon Voima
Pohjolan Voima | PVO
Posiva
* Väre
Helsingin seudun ympäristöpalvelut | HSY
Remeo
# Finland: construction, engineering and housing
Hartela
Consti
Bravida
Assemblin
Rejlers
Sitowise
A-Insinöörit
Rudus
* Stara
Heka | Helsingin kaupungin asunnot
Y-Säätiö
Hoas
TOAS
# Finland: transport and logistics
Nysse
Föli
Koiviston Auto
Pohjolan Liikenne
Savonlinja
Airpro
* Norra | Nordic Regional Airlines
Port of Helsinki | Helsingin Satama
Steveco
Eckerö Line
Wasaline
ESL Shipping
Arctia
Kaukokiito
Ahola Transport
Transval
# Finland: universities and vocational colleges
Maanpuolustuskorkeakoulu | MPKK
Poliisiammattikorkeakoulu | Polamk
Humak | Humanistinen ammattikorkeakoulu
Kajaanin ammattikorkeakoulu | Kamk
Careeria
Keuda
* Varia
Gradia
Sedu
Tredu
Taitotalo
Business College Helsinki
Luovi
Turun ammatti-instituutti
Savon ammattiopisto | Sakky
Hyria
Jedu
Lappia
Riveria
Vamia
Osao
Koulutuskeskus Salpaus | Salpaus
Ekami
"""


# --------------------------------------------------------------------------------------------------------------
# France, French-speaking Belgium and Switzerland, Luxembourg, Québec, Spain, Latin America, Italy and
# Italian-speaking Switzerland
_FR_ES_IT = """\
# France: grocery retail
* Carrefour | Carrefour Market | Carrefour City | Carrefour Express | Carrefour Contact
* E.Leclerc | E. Leclerc | Centre E.Leclerc
* Intermarché | Intermarche
Auchan | Auchan Supermarché | My Auchan
* Système U | Super U | Hyper U | U Express | Magasins U | Coopérative U
* Casino | Géant Casino | Groupe Casino | Casino Supermarchés
Monoprix | Monop'
Franprix
* Netto
Leader Price
* Picard | Picard Surgelés
* Grand Frais
* Biocoop
Naturalia
Marie Blachère | Boulangerie Marie Blachère
* Nicolas | Caves Nicolas
# France: non-food retail
Fnac
Fnac Darty
Darty
* Boulanger
* Decathlon | Décathlon
Leroy Merlin
Castorama
Brico Dépôt | Brico Depot
* Bricomarché | Bricomarche
Mr.Bricolage | Mr Bricolage | Monsieur Bricolage
Point.P | Point P
Conforama
* But
* Maisons du Monde
Gifi
La Foir'Fouille | Foirfouille | La Foirfouille
Kiabi
* Jules
Celio | Célio
Promod
Etam
SMCP
* Sandro | Sandro Paris
Sézane | Sezane
* Petit Bateau
Okaïdi | Okaidi | Groupe IDKids
Gémo | Gemo
* Lacoste
Galeries Lafayette | Les Galeries Lafayette
* Printemps | Printemps Haussmann
* Le Bon Marché | Le Bon Marché Rive Gauche
Sephora | Séphora
Nocibé | Nocibe
Marionnaud
Yves Rocher
* L'Occitane | L'Occitane en Provence
* Optic 2000
Alain Afflelou | Afflelou
* Krys
* Atol | Atol les Opticiens
* Cultura
Jardiland
Norauto
* Feu Vert
* Speedy
Cdiscount
Veepee | vente-privee | Vente-privée
ManoMano
# France: restaurants, cafés and bakeries
Flunch
* Buffalo Grill
* Courtepaille
* Hippopotamus
Léon de Bruxelles
* Del Arte
* Au Bureau
Les 3 Brasseurs | 3 Brasseurs | Trois Brasseurs
* Big Mamma
* Paul | Boulangerie Paul | Maison Paul
* Brioche Dorée | Brioche Doree
* Pomme de Pain
Columbus Café | Columbus Cafe
Ladurée | Laduree
O'Tacos | OTacos
* Sushi Shop
* Crous
Sodexo
Elior
# France: hotels, leisure and gaming
Accor | AccorHotels
* ibis | ibis budget | ibis Styles
Novotel
* Mercure
Sofitel
Louvre Hotels Group | Louvre Hotels
* Campanile
B&B Hotels | B&B Hôtels
Pierre & Vacances | Pierre et Vacances
Center Parcs
Club Med | Club Méditerranée
Groupe Barrière | Lucien Barrière | Casino Barrière
FDJ | Française des Jeux | La Française des Jeux | FDJ United
PMU
Disneyland Paris | Euro Disney
Parc Astérix | Parc Asterix
Puy du Fou | Le Puy du Fou
Pathé | Pathé Cinémas | Les Cinémas Pathé Gaumont
UGC
# France: banks, insurers and finance
BNP Paribas | BNP
Société Générale | Societe Generale | SocGen
* Crédit Agricole | Credit Agricole
LCL | Le Crédit Lyonnais | Crédit Lyonnais
* Crédit Mutuel | Credit Mutuel
Crédit Mutuel Arkéa | Arkéa | Arkea | Credit Mutuel Arkea
CIC
* Banque Populaire
* Caisse d'Épargne | Caisse d'Epargne
BPCE | Groupe BPCE
Natixis
La Banque Postale | Banque Postale
BoursoBank | Boursorama | Boursorama Banque
Cetelem
BNP Paribas Personal Finance
Cofidis
Amundi
Banque de France | BdF
Caisse des Dépôts | Caisse des dépôts et consignations
Bpifrance | BPI France
AXA
AXA Investment Managers | AXA IM
CNP Assurances | CNP
* Groupama
MAIF
MACIF
MAAF
* MMA
Covéa | Covea
GMF
Matmut
AG2R La Mondiale | AG2R
Malakoff Humanis | Malakoff Médéric
* Harmonie Mutuelle
MGEN
Forvis Mazars | Mazars
# France: energy, utilities and construction
TotalEnergies | Total Energies
EDF | Électricité de France | Electricite de France
Enedis | ERDF
RTE | Réseau de transport d'électricité
Engie | GDF Suez
GRDF
GRTgaz
Orano | Areva
Framatome
Veolia
* Suez
Air Liquide
Schneider Electric
* Legrand
Saint-Gobain | Saint Gobain
* Vinci
Vinci Construction
Vinci Energies
Vinci Autoroutes
Bouygues
Bouygues Construction
* Bouygues Bâtiment | Bouygues Batiment
Bouygues Immobilier
Eiffage
* Colas
* SPIE
Spie Batignolles
Nexity
Onet
Samsic
* Elis
# France: industry, automotive and aerospace
Renault | Groupe Renault | Renault Group
Renault Trucks
Stellantis | Groupe PSA | PSA Peugeot Citroën | Fiat Chrysler
* Peugeot
Citroën | Citroen
Michelin
Valeo
Forvia | Faurecia
OPmobility | Plastic Omnium
* Safran
Airbus
Dassault Aviation
Dassault Systèmes | Dassault Systemes
Thales | Thalès
Thales Alenia Space
Naval Group | DCNS
MBDA
ArianeGroup | Ariane Group
Alstom
Arkema
Sanofi | Sanofi-Aventis
Servier
Pierre Fabre
Ipsen
bioMérieux | bioMerieux
EssilorLuxottica | Essilor
Danone
Lactalis
Savencia
Bonduelle
Pernod Ricard
Moët Hennessy | Moet Hennessy
LVMH | Moët Hennessy Louis Vuitton
Louis Vuitton
Dior | Christian Dior
Kering
* Saint Laurent | Yves Saint Laurent | YSL
* Chanel
* Hermès
L'Oréal | L'Oreal | Loreal
Clarins
Groupe SEB
# France: telecoms, media and advertising
* Orange
SFR
Bouygues Telecom
* Free | Free Mobile
Canal+ | Canal Plus | Groupe Canal+
TF1 | Groupe TF1
M6 | Groupe M6
France Télévisions | France Televisions | France TV
Radio France
Radio France Internationale
Vivendi
Hachette Livre | Hachette
* Le Monde | Groupe Le Monde
Publicis | Publicis Groupe
Publicis Sapient
Havas
JCDecaux
Ipsos
Teleperformance
# France: IT services, consulting and law firms
Capgemini | Cap Gemini
Capgemini Engineering | Altran
Sopra Steria
Atos
Eviden
* Alten
Inetum | GFI | Gfi Informatique
Devoteam
Wavestone
Sia Partners
Onepoint
Expleo
Segula Technologies | Segula
Assystem
Groupe SII
Aubay
Talan
Worldline
Cegid
* Murex
OVHcloud | OVH
Gide Loyrette Nouel | Gide Loyrette
Bredin Prat
Fidal
CMS Francis Lefebvre
# France: tech companies and startups
Criteo
Deezer
Ubisoft
Gameloft
Doctolib
BlaBlaCar
* Leboncoin | Le Bon Coin
Back Market | BackMarket
Qonto
* Alan
* Ledger
Contentsquare | Content Square
Mirakl
Dataiku
Algolia
Mistral AI
Hugging Face
Swile | Lunchr
PayFit
Pennylane
Vestiaire Collective
Brevo | Sendinblue
Withings
* Lydia
G7 | Taxis G7
# France: transport, logistics and airlines
SNCF
SNCF Voyageurs | TGV inOui | Ouigo
SNCF Réseau | SNCF Reseau
SNCF Connect & Tech | SNCF Connect
RATP
RATP Dev
Transdev
Keolis
Île-de-France Mobilités | IDFM | Ile-de-France Mobilités
Air France
Transavia | Transavia France
Groupe ADP | Aéroports de Paris | Paris Aéroport
* La Poste | Groupe La Poste
Chronopost
Colissimo
Mondial Relay
Geodis
CMA CGM | CMA-CGM
CEVA Logistics | Gefco
Ceva Santé Animale | Ceva Sante Animale
Bolloré | Bollore | Groupe Bolloré
Bolloré Logistics | Bollore Logistics
* STEF
FM Logistic
ID Logistics
# France: public employers and agencies
* Assurance Maladie | CPAM | Caisse primaire d'assurance maladie
* Urssaf
DGFiP | Direction générale des Finances publiques
* Douane | Douanes | Douane française | DGDDI
Éducation nationale | Education nationale | Ministère de l'Éducation nationale
Police nationale
Gendarmerie nationale
Ministère des Armées | Ministère de la Défense
Armée de terre
Marine nationale
Armée de l'Air et de l'Espace | Armée de l'Air
Sapeurs-pompiers de Paris | BSPP | Brigade de sapeurs-pompiers de Paris
Ville de Paris | Mairie de Paris
* Région Île-de-France | Region Ile-de-France
INSEE
Météo-France | Meteo France
Établissement français du sang | EFS
* Croix-Rouge française
* Médecins Sans Frontières | MSF
* Agence régionale de santé | ARS
# France: research bodies
CNRS | Centre national de la recherche scientifique
Inserm
CEA | Commissariat à l'énergie atomique
INRAE | INRA
Inria
CNES | Centre national d'études spatiales
ONERA
* Institut Pasteur
Institut Curie
# France: hospitals and care groups
AP-HP | Assistance Publique - Hôpitaux de Paris | APHP | Assistance publique-Hôpitaux de Paris
Hospices Civils de Lyon
AP-HM | Assistance Publique - Hôpitaux de Marseille | APHM
Hôpital Necker-Enfants malades | Necker | Hôpital Necker
Hôpital de la Pitié-Salpêtrière | Pitié-Salpêtrière | Pitié Salpêtrière
Hôpital européen Georges-Pompidou | HEGP | Hôpital Georges Pompidou
Hôpital Foch
Hôpital américain de Paris | American Hospital of Paris
Gustave Roussy | Institut Gustave Roussy | IGR
Centre Léon Bérard | Léon Bérard
CHU de Bordeaux | CHU Bordeaux
CHU de Toulouse | CHU Toulouse
CHU de Lille | CHU Lille | CHRU de Lille
CHU de Nantes | CHU Nantes
CHU de Montpellier | CHU Montpellier
CHU de Rennes | CHU Rennes
Hôpitaux universitaires de Strasbourg | CHU de Strasbourg
CHU de Nice | CHU Nice
CHU Grenoble Alpes | CHU de Grenoble | CHUGA
CHU de Rouen | CHU Rouen
CHU de Tours | CHRU de Tours
CHU de Clermont-Ferrand
CHRU de Nancy | CHU de Nancy
Ramsay Santé | Ramsay Sante | Générale de Santé
Elsan
Clariane | Korian
emeis | Orpea
DomusVi
# France: universities and grandes écoles
Sorbonne Université | Sorbonne Universite
Université Paris Cité | Université de Paris | Paris Descartes | Paris Diderot
Université Paris-Saclay | UPSaclay
Université PSL | PSL | Paris Sciences et Lettres
Université Paris 1 Panthéon-Sorbonne | Paris 1 | Panthéon-Sorbonne
Université Paris-Panthéon-Assas | Paris 2
Université Paris Nanterre | Paris Nanterre | Paris 10 | Nanterre Université
Université Paris Dauphine-PSL | Paris Dauphine
Université Claude Bernard Lyon 1 | Lyon 1 | UCBL
Université Grenoble Alpes
Aix-Marseille Université | Aix-Marseille University
Université de Bordeaux
Université de Montpellier
Université de Strasbourg | Unistra
Université de Lille
Nantes Université | Université de Nantes
Université de Rennes | Rennes 1
Université Rennes 2 | Université de Rennes 2 | Rennes 2
Université Toulouse III - Paul Sabatier | Université Paul Sabatier
Université Côte d'Azur | UniCA
Université de Lorraine
* École polytechnique | Ecole polytechnique | l'X
HEC Paris
ESSEC | ESSEC Business School
ESCP | ESCP Business School | ESCP Europe
* Sciences Po | Sciences Po Paris | IEP de Paris
* École normale supérieure | ENS | ENS Ulm | Normale Sup
ENS de Lyon | ENS Lyon | École normale supérieure de Lyon
ENS Paris-Saclay | École normale supérieure Paris-Saclay
CentraleSupélec | Centrale Supélec | Supélec | Centrale Paris
Mines Paris - PSL | Mines ParisTech | Mines Paris
École des Ponts ParisTech | École des Ponts | Ponts ParisTech | ENPC
Télécom Paris | Telecom Paris | Télécom ParisTech
ISAE-SUPAERO | Supaero
INSA Lyon
INSA Toulouse
Grenoble INP
Arts et Métiers | ENSAM | Arts et Metiers
École Centrale de Lyon | Centrale Lyon
École Centrale de Nantes | Centrale Nantes
EPITA
Epitech
EDHEC | EDHEC Business School
emlyon business school | EM Lyon | emlyon
Grenoble École de Management | Grenoble EM
INSEAD
INSP | Institut national du service public | ENA
# Belgium: retail and restaurants
Delhaize | AD Delhaize | Proxy Delhaize | Shop'n Go
Colruyt
* Okay | Okay Compact
* Cora
Kruidvat
* Brico | Brico Plan-it | Brico City
* Hubo
* Gamma
Krëfel | Krefel
Vanden Borre
JBC
Torfs | Schoenen Torfs
* Quick
* Le Pain Quotidien
Exki
* Lunch Garden
Kinepolis
# Belgium: banks, insurers and finance
BNP Paribas Fortis
Belfius
KBC
CBC Banque
* Argenta
Crelan
Ethias
AG Insurance
Euroclear
Banque nationale de Belgique
# Belgium: industry, energy and telecoms
Solvay
Syensqo
UCB
AB InBev | Anheuser-Busch InBev
Proximus | Belgacom
Telenet
VOO
Electrabel | Engie Electrabel
Luminus
* Elia
FN Herstal
John Cockerill
IBA | Ion Beam Applications
Odoo
RTBF
RTL Belgium | RTL-TVI
# Belgium: transport and public employers
SNCB | NMBS | SNCB/NMBS
Infrabel
STIB | MIVB | STIB-MIVB
TEC | Le TEC
bpost
Brussels Airlines
Brussels Airport | Brussels Airport Company
ONEM | RVA
SPF Finances | FOD Financiën
Service public de Wallonie | SPW
Fédération Wallonie-Bruxelles | FWB
Ville de Bruxelles
Police fédérale
Défense belge | Armée belge
Commission européenne | European Commission
Parlement européen | European Parliament
OTAN | NATO
# Belgium: hospitals
Cliniques universitaires Saint-Luc | Cliniques Saint-Luc
H.U.B | Hôpital Erasme | Hôpital Universitaire de Bruxelles
CHU de Liège | CHU Liège
CHU Saint-Pierre
CHU Brugmann | Brugmann
Chirec
Grand Hôpital de Charleroi | GHdC
CHR Citadelle
CHC MontLégia | CHC | Groupe santé CHC
Vivalia
HELORA
# Belgium: universities
UCLouvain | Université catholique de Louvain
ULB | Université libre de Bruxelles
ULiège | Université de Liège | ULg
UNamur | Université de Namur
UMONS | Université de Mons
UCLouvain Saint-Louis Bruxelles | Université Saint-Louis Bruxelles | Université Saint-Louis | UCLouvain Saint-Louis
KU Leuven
# Switzerland (Romandie): retail and restaurants
* Migros
* Coop | Coop City | Coop Pronto
* Manor
Denner
* Globus
* Jumbo
Interdiscount
Nespresso
# Switzerland (Romandie): watches, luxury and industry
Rolex
Patek Philippe | Patek
Audemars Piguet
Vacheron Constantin
Richemont
* Cartier
Jaeger-LeCoultre | JLC | Jaeger LeCoultre
Swatch Group | Swatch
* Omega
Tissot
Longines
TAG Heuer
Chopard
* Hublot
Givaudan
dsm-firmenich | Firmenich
Bobst
Logitech
Ferring | Ferring Pharmaceuticals
JTI | Japan Tobacco International
Vitol
Trafigura
MSC | Mediterranean Shipping Company
Temenos
Swissquote
# Switzerland (Romandie): banks and insurers
BCV | Banque Cantonale Vaudoise
BCGE | Banque Cantonale de Genève
BCF | Banque Cantonale de Fribourg | Freiburger Kantonalbank
Pictet | Banque Pictet
SGS | Société Générale de Surveillance
Lombard Odier
UBP | Union Bancaire Privée
* Raiffeisen Suisse
PostFinance
Banque nationale suisse | BNS
Vaudoise Assurances
* Retraites Populaires
Groupe Mutuel
* La Mobilière | Die Mobiliar
# Switzerland (Romandie): utilities, telecoms, transport and media
Swisscom
* Salt | Salt Mobile
* Sunrise
Romande Energie
Services industriels de Genève
CFF | SBB CFF FFS | Chemins de fer fédéraux
La Poste Suisse | Poste CH
TPG | Transports publics genevois
Transports publics de la région lausannoise | tl Lausanne
Genève Aéroport | Aéroport de Genève | Geneva Airport
RTS | Radio Télévision Suisse
# Switzerland (Romandie): public employers and international organisations
* État de Genève | Etat de Genève | Canton de Genève
* État de Vaud | Etat de Vaud | Canton de Vaud
Ville de Genève
CERN
CICR | Comité international de la Croix-Rouge | ICRC
OMS | Organisation mondiale de la santé
HCR | UNHCR | Haut Commissariat des Nations unies pour les réfugiés
OIT | ILO | Organisation internationale du travail
OMC | WTO | Organisation mondiale du commerce
Office des Nations Unies à Genève | ONUG | UNOG
UEFA
Comité international olympique | IOC
# Switzerland (Romandie): hospitals
Hôpitaux universitaires de Genève | HUG
CHUV | Centre hospitalier universitaire vaudois
HFR | Hôpital fribourgeois | HFR Fribourg
Hôpital du Valais | Spital Wallis
Hôpital Riviera-Chablais | HRC
Swiss Medical Network | Clinique de Genolier
Hirslanden | Clinique Cecil
# Switzerland (Romandie): universities
EPFL | École polytechnique fédérale de Lausanne
UNIL | Université de Lausanne
UNIGE | Université de Genève
Université de Fribourg | UNIFR
Université de Neuchâtel | UniNE
* HES-SO | Haute école spécialisée de Suisse occidentale
IMD | IMD Business School
EHL | École hôtelière de Lausanne | Ecole hôtelière de Lausanne
IHEID | Graduate Institute Geneva | Geneva Graduate Institute
# Luxembourg: companies
ArcelorMittal | Arcelor
RTL Group
* SES | SES Astra
Cargolux
Luxair
CFL | Société nationale des chemins de fer luxembourgeois
POST Luxembourg | POST Group
* Cactus
Encevo | Enovos
Creos
Clearstream
* Tango
* Foyer | Foyer Assurances
LALUX | La Luxembourgeoise
# Luxembourg: banks
BGL BNP Paribas | BGL
Spuerkeess | BCEE | Banque et Caisse d'Épargne de l'État
BIL | Banque Internationale à Luxembourg
* Banque Raiffeisen
Banque centrale du Luxembourg | BCL
CSSF
# Luxembourg: public employers, EU bodies and research
* État luxembourgeois | Gouvernement luxembourgeois
Ville de Luxembourg
* ADEM
Banque européenne d'investissement | BEI | EIB | European Investment Bank
Cour de justice de l'Union européenne | CJUE | CJEU
Cour des comptes européenne | European Court of Auditors
Eurostat
Mécanisme européen de stabilité | ESM
Université du Luxembourg | uni.lu | University of Luxembourg
Luxembourg Institute of Science and Technology
Luxembourg Institute of Health | LIH
Centre Hospitalier de Luxembourg
Hôpitaux Robert Schuman
Centre Hospitalier Emile Mayrisch
# Québec: grocery, pharmacy and retail
* Metro | Metro Plus | Marché Metro | Metro Inc.
IGA | IGA Extra
Provigo
* Maxi | Maxi & Cie
Super C
Marché Adonis
Avril Supermarché Santé
Jean Coutu | Pharmacie Jean Coutu | PJC
Pharmaprix
Uniprix
Familiprix
* Brunet | Pharmacie Brunet
Proxim
Couche-Tard | Alimentation Couche-Tard
Dollarama
* Simons | La Maison Simons | Maison Simons
Renaud-Bray
Bureau en Gros
* Rona
BMR
Canac
Ardène | Ardene
* Aldo | Groupe Aldo
Reitmans
Groupe Dynamite
* La Vie en Rose
* Sports Experts
# Québec: restaurants and cafés
* St-Hubert | Rôtisserie St-Hubert | Rôtisseries St-Hubert
Benny & Co. | Benny&Co | Benny and Co
* La Belle Province
Groupe MTY
Thaï Express | Thai Express
* Première Moisson
Van Houtte | Café Van Houtte
# Québec: banks, insurers and investment
* Desjardins | Mouvement Desjardins | Caisse Desjardins | Caisses Desjardins
* Banque Nationale | Banque Nationale du Canada | BNC
Banque Laurentienne | Laurentian Bank
CDPQ | Caisse de dépôt et placement du Québec
iA Groupe financier | Industrielle Alliance | iA Financial Group
Beneva | SSQ Assurance
* Intact | Intact Assurance
# Québec: industry, energy and telecoms
Hydro-Québec | Hydro Québec | Hydro-Quebec
Énergir | Gaz Métro
* Bombardier
CAE
BRP | Bombardier Produits Récréatifs
* Saputo
* Cascades
* Rio Tinto | Rio Tinto Alcan
Molson Coors | Molson
Olymel
Agropur
* Bell | Bell Canada
Vidéotron | Videotron
Québecor | Quebecor
Groupe TVA | TVA Nouvelles
Radio-Canada | CBC/Radio-Canada | ICI Radio-Canada
Cirque du Soleil
# Québec: engineering, IT and tech
* CGI | Groupe CGI
WSP | WSP Global
AtkinsRéalis | SNC-Lavalin | SNC Lavalin
Behaviour Interactive
Eidos-Montréal | Eidos Montréal
* Lightspeed
Coveo
Nuvei
* Hopper
* Mila | Institut québécois d'intelligence artificielle
# Québec: transport
Air Canada
Air Transat
* Via Rail | VIA Rail Canada
CN | Canadien National | CN Rail
STM | Société de transport de Montréal
exo | Réseau de transport métropolitain
RTC | Réseau de transport de la Capitale
Aéroports de Montréal
# Québec: public employers
* Gouvernement du Québec
Revenu Québec
SAQ | Société des alcools du Québec
Loto-Québec
SAAQ | Société de l'assurance automobile du Québec
RAMQ | Régie de l'assurance maladie du Québec
Investissement Québec
Sûreté du Québec
SPVM | Service de police de la Ville de Montréal
Ville de Montréal
Ville de Québec
# Québec: hospitals and health networks
CHUM | Centre hospitalier de l'Université de Montréal
CUSM | MUHC | Centre universitaire de santé McGill | McGill University Health Centre
CHU Sainte-Justine | Hôpital Sainte-Justine
CHU de Québec-Université Laval | CHU de Québec
Institut de Cardiologie de Montréal
Hôpital Maisonneuve-Rosemont | HMR
Hôpital général juif | Jewish General Hospital | HGJ | JGH
CHUS | Centre hospitalier universitaire de Sherbrooke
# Québec: universities and research
Université de Montréal
Université Laval | ULaval
UQAM | Université du Québec à Montréal
Université McGill | McGill University
* Université Concordia | Concordia University
Université de Sherbrooke | UdeS
Polytechnique Montréal | Poly Montréal | École Polytechnique de Montréal
HEC Montréal
ÉTS | École de technologie supérieure | ETS Montréal
INRS | Institut national de la recherche scientifique
UQTR | Université du Québec à Trois-Rivières
UQAC | Université du Québec à Chicoutimi
# Spain: grocery retail
Mercadona
* Dia | Supermercados Dia
Eroski
* Alcampo
* Consum
El Corte Inglés | El Corte Ingles | ECI
Hipercor
* Ahorramás | Ahorramas
* Covirán | Coviran
* Makro
# Spain: fashion, electronics and other retail
Inditex
* Zara
Zara Home
Pull&Bear | Pull and Bear
Massimo Dutti
Bershka
Stradivarius
Oysho
* Lefties
* Mango
* Desigual
Tendam | Cortefiel | Grupo Cortefiel
* Springfield
Women'secret | Womensecret | Women secret
* Sprinter
PcComponentes | PC Componentes
Bricomart
# Spain: restaurants, cafés and hotels
Telepizza
100 Montaditos | Cien Montaditos
* Rodilla
* VIPS | Grupo Vips
Foster's Hollywood | Fosters Hollywood
* La Tagliatella
Goiko | Goiko Grill
TGB | The Good Burger
Granier | Panaderías Granier
* Paradores | Paradores de Turismo
Meliá | Melia | Meliá Hotels International | Sol Meliá
NH Hotel Group | NH Hoteles | NH Hotels
* Barceló | Barceló Hotel Group | Barcelo
* RIU | RIU Hotels
Iberostar
Eurostars Hotels
Hotusa
H10 Hotels
Catalonia Hotels
Grupo Piñero | Bahia Principe
Cinesa
PortAventura | Port Aventura
# Spain: banks, insurers and finance
* Santander | Banco Santander | Grupo Santander
BBVA | Banco Bilbao Vizcaya Argentaria
CaixaBank
Banco Sabadell
Bankinter
Unicaja | Unicaja Banco
Abanca
Ibercaja
Kutxabank
Openbank
Banco de España | BdE
CNMV
Mapfre
Mutua Madrileña
* Línea Directa | Linea Directa
Catalana Occidente
Sanitas
SegurCaixa Adeslas | Adeslas
Asisa
* Santalucía | Santalucia Seguros
# Spain: telecoms, media and tech
* Telefónica | Telefonica
Movistar
MasOrange | MásMóvil | MasMovil
Yoigo
Jazztel
Cellnex
Atresmedia | Antena 3
Mediaset España | Telecinco
RTVE | Radiotelevisión Española | TVE
* PRISA | Grupo PRISA
Cadena SER
Grupo Planeta
* Indra | Minsait
* Amadeus | Amadeus IT Group
NTT Data | everis
Ayesa | Ibermática
* Management Solutions
GMV
Sener
Glovo
Cabify
Wallapop
* Idealista
Fotocasa
Typeform
* Factorial | Factorial HR
TravelPerk
Civitatis
* Fever
Freepik
eDreams ODIGEO | eDreams
# Spain: energy, construction and infrastructure
Iberdrola
Endesa
Naturgy | Gas Natural Fenosa
Repsol
Moeve | Cepsa
Redeia | Red Eléctrica | Red Eléctrica de España | REE
Enagás | Enagas
* Acciona
Siemens Gamesa | Gamesa
* ACS | Grupo ACS
* Dragados
Ferrovial
Sacyr
* FCC | Fomento de Construcciones y Contratas
OHLA | OHL
Técnicas Reunidas | Tecnicas Reunidas
Aena
Abertis
Prosegur
* Eulen | Grupo Eulen
Clece
Ilunion
* ONCE | Organización Nacional de Ciegos Españoles
# Spain: industry, food and pharma
* SEAT | SEAT S.A. | Cupra
Gestamp
* CAF | Construcciones y Auxiliar de Ferrocarriles
Talgo
Navantia
ITP Aero
* Mondragon | Mondragon Corporation | Corporación Mondragón
* Roca
Porcelanosa
Cosentino
Grifols
Almirall
* Esteve
* Ferrer
PharmaMar | Pharma Mar
* Puig
Ebro Foods
Campofrío | Campofrio
* ElPozo | El Pozo
Grupo Calvo
* Damm | Estrella Damm
Mahou San Miguel | Mahou
Hijos de Rivera | Estrella Galicia
Freixenet
Pescanova | Nueva Pescanova
# Spain: transport and logistics
Renfe
Adif
Metro de Madrid
TMB | Transports Metropolitans de Barcelona
EMT Madrid
Alsa
* Avanza
* Iberia
Iberia Express
Vueling
Air Europa
Air Nostrum
Volotea
* Correos
Correos Express
Seur
MRW
# Spain: public employers
* Agencia Tributaria | AEAT
* Seguridad Social | INSS | TGSS
* Policía Nacional | Policia Nacional
Guardia Civil
* Ministerio de Defensa
Ayuntamiento de Madrid
Ayuntamiento de Barcelona | Ajuntament de Barcelona
* Comunidad de Madrid
* Generalitat de Catalunya
* Junta de Andalucía | Junta de Andalucia
* Xunta de Galicia | Xunta
# Spain: health services and hospitals
SERMAS | Servicio Madrileño de Salud
Servicio Andaluz de Salud
Institut Català de la Salut
Osakidetza
Sergas | Servizo Galego de Saúde
Hospital Universitario La Paz | Hospital La Paz
Hospital 12 de Octubre | Hospital Doce de Octubre
Hospital Gregorio Marañón | Hospital Gregorio Maranon
Hospital Ramón y Cajal
Hospital Clínico San Carlos | Clínico San Carlos
Hospital Universitari i Politècnic La Fe | Hospital La Fe
Hospital Universitari Vall d'Hebron | Hospital Vall d'Hebron
Hospital Clínic de Barcelona | Hospital Clínic | Clínic Barcelona
Hospital de la Santa Creu i Sant Pau | Hospital de Sant Pau
Hospital Universitari de Bellvitge
Hospital del Mar
Hospital Universitario Virgen del Rocío
Hospital Universitario Marqués de Valdecilla
Clínica Universidad de Navarra | Clínica Universitaria de Navarra | CUN
Quirónsalud | Quironsalud | Quirón
HM Hospitales
Vithas
Ribera Salud
* Cruz Roja Española
# Spain: research bodies
CSIC | Consejo Superior de Investigaciones Científicas
CNIO | Centro Nacional de Investigaciones Oncológicas
CNIC | Centro Nacional de Investigaciones Cardiovasculares
Barcelona Supercomputing Center | BSC | BSC-CNS
IRB Barcelona
Instituto de Salud Carlos III | ISCIII
# Spain: universities and business schools
Universidad Complutense de Madrid | UCM | Complutense
Universidad Autónoma de Madrid | Universidad Autonoma de Madrid
Universidad Carlos III de Madrid | UC3M
Universidad Politécnica de Madrid
Universidad Rey Juan Carlos | URJC
UNED | Universidad Nacional de Educación a Distancia
Universitat de Barcelona | Universidad de Barcelona
Universitat Autònoma de Barcelona | Universidad Autónoma de Barcelona
Universitat Pompeu Fabra | UPF
Universitat Politècnica de Catalunya | BarcelonaTech | Universidad Politécnica de Cataluña
Universitat Oberta de Catalunya | UOC
Universitat de València | Universidad de Valencia
Universitat Politècnica de València | Universidad Politécnica de Valencia
Universidad del País Vasco | UPV/EHU | EHU | Euskal Herriko Unibertsitatea
Universidad de Sevilla
Universidad de Granada | UGR
Universidad de Málaga | UMA
Universidad de Salamanca | USAL
Universidad de Zaragoza | Unizar
Universidad de Navarra | UNAV
Universidad de Oviedo | Uniovi
Universidad de Santiago de Compostela
Universidad de Deusto
Universidad Pontificia Comillas | ICADE
Universidad CEU San Pablo
IE University | IE Business School | Instituto de Empresa
ESADE
IESE | IESE Business School
# Mexico: retail and convenience stores
Walmart de México | Walmex | Walmart México
Bodega Aurrerá | Bodega Aurrera | Aurrerá
OXXO
FEMSA | Fomento Económico Mexicano
* Soriana | Organización Soriana
Chedraui | Grupo Chedraui
La Comer | Fresko
* Liverpool | El Puerto de Liverpool
El Palacio de Hierro | Palacio de Hierro
Coppel
* Elektra | Grupo Elektra
* Suburbia
Sanborns | Grupo Sanborns
* Farmacias del Ahorro
Farmacias Guadalajara
* Farmacias Similares | Dr. Simi
Farmacias Benavides
Librerías Gandhi | Librerias Gandhi
Cinépolis | Cinepolis
Cinemex
# Mexico: restaurants, bakeries and hotels
Alsea
Toks | Restaurantes Toks
Italianni's | Italiannis
Los Bisquets Obregón | Bisquets Obregón | Bisquets Obregon
Cielito Querido Café | Cielito Querido
* Bimbo | Grupo Bimbo
Grupo Posadas
* Fiesta Americana
Grupo Xcaret | Xcaret
# Mexico: banks, insurers and fintech
BBVA México | Bancomer | BBVA Bancomer
Banorte | Grupo Financiero Banorte
Banamex | Citibanamex
Inbursa | Banco Inbursa
Banco Azteca
BanCoppel
Banco de México | Banxico
GNP Seguros | GNP | Grupo Nacional Provincial
Kavak
* Clip
Bitso
Kueski
* Clara
# Mexico: telecoms and media
América Móvil | America Movil
Telcel
Telmex | Teléfonos de México
* Claro
Totalplay
Izzi
Megacable
Televisa | Grupo Televisa
TelevisaUnivision
TV Azteca
# Mexico: industry, energy and food
Pemex | Petróleos Mexicanos
CFE | Comisión Federal de Electricidad
Grupo Carso
Grupo México | Grupo Mexico
Cemex
Industrias Peñoles | Peñoles
Grupo Modelo | Cervecería Modelo
Heineken México | Cuauhtémoc Moctezuma | Cervecería Cuauhtémoc Moctezuma
Coca-Cola FEMSA
Arca Continental
Grupo Lala
Sigma Alimentos
* Alfa | Grupo Alfa
Alpek
Nemak
Gruma | Maseca
Jumex | Grupo Jumex
Grupo Herdez | Herdez
# Mexico: transport and logistics
Aeroméxico | Aeromexico
Volaris
Viva Aerobus | VivaAerobus
Grupo ADO | ADO | Mobility ADO
* Estafeta
ASUR | Grupo Aeroportuario del Sureste
Grupo Aeroportuario del Pacífico
Grupo Aeroportuario del Centro Norte | Grupo Aeroportuario Centro Norte
Metro CDMX | Sistema de Transporte Colectivo | STC Metro
# Mexico: public employers
IMSS | Instituto Mexicano del Seguro Social
IMSS-Bienestar | IMSS Bienestar
ISSSTE
* SAT | Servicio de Administración Tributaria
* Secretaría de Salud
INEGI
* Gobierno de la Ciudad de México | Gobierno de la CDMX
SEDENA | Secretaría de la Defensa Nacional
* Cruz Roja Mexicana
# Mexico: hospitals
Hospital Ángeles | Hospitales Ángeles
Médica Sur | Medica Sur
Centro Médico ABC | Hospital ABC | The American British Cowdray Medical Center
Christus Muguerza
Instituto Nacional de Cardiología | INCICh
Instituto Nacional de Cancerología | INCan
Instituto Nacional de Ciencias Médicas y Nutrición Salvador Zubirán | INCMNSZ
Hospital General de México
Hospital Infantil de México Federico Gómez | HIMFG
Centro Médico Nacional Siglo XXI | CMN Siglo XXI
# Mexico: universities and research
UNAM | Universidad Nacional Autónoma de México
IPN | Instituto Politécnico Nacional
Universidad Autónoma Metropolitana
Tecnológico de Monterrey | Tec de Monterrey | ITESM
ITAM | Instituto Tecnológico Autónomo de México
Universidad de Guadalajara | UdeG
UANL | Universidad Autónoma de Nuevo León
BUAP | Benemérita Universidad Autónoma de Puebla
* Universidad Iberoamericana
* Universidad Anáhuac | Universidad Anahuac
Universidad Panamericana
UDLAP | Universidad de las Américas Puebla
UAEMéx | Universidad Autónoma del Estado de México
Cinvestav
El Colegio de México | Colmex
# Argentina: retail and restaurants
* Coto | Supermercados Coto
* Disco
* Vea
Cencosud
* La Anónima | La Anonima
ChangoMás | Changomas | HiperChangoMás
* Easy
Frávega | Fravega
Farmacity
* Havanna
* Café Martínez | Cafe Martinez
* Mostaza
PedidosYa | Pedidos Ya
# Argentina: banks, insurers and fintech
Banco Nación | Banco de la Nación Argentina | BNA
* Banco Provincia | Banco de la Provincia de Buenos Aires | BAPRO
Banco Galicia
Banco Macro
Banco Ciudad
Banco Supervielle | Supervielle
BCRA | Banco Central de la República Argentina
Ualá | Uala
Naranja X
Brubank
OSDE
* Swiss Medical | Swiss Medical Group
# Argentina: industry, energy, telecoms and tech
YPF
Pan American Energy
Pampa Energía | Pampa Energia
Techint | Grupo Techint
Tenaris | Siderca
Ternium | Siderar
Acindar
* Loma Negra
Arcor
Molinos Río de la Plata
* La Serenísima | Mastellone Hermanos
SanCor
* Quilmes | Cervecería Quilmes | Cervecería y Maltería Quilmes
Telecom Argentina | Fibertel
Grupo Clarín
Telefe
* Mercado Libre | MercadoLibre | Mercado Pago
Globant
* Despegar | Despegar.com
Tiendanube | Nuvemshop
INVAP
# Argentina: transport and logistics
Aerolíneas Argentinas | Aerolineas Argentinas
Flybondi
* Trenes Argentinos
Emova | Metrovías | Metrovias
Correo Argentino
Andreani
* OCA
# Argentina: public employers and research
ANSES
* ARCA | AFIP
PAMI
* Gobierno de la Ciudad de Buenos Aires | GCBA
CONICET
INTA
# Argentina: hospitals
Hospital Italiano de Buenos Aires
* Hospital Alemán | Hospital Aleman
* Hospital Británico | Hospital Britanico
Fundación Favaloro | Hospital Universitario Fundación Favaloro
Hospital Garrahan | Garrahan
Hospital de Clínicas José de San Martín
# Argentina: universities
* UBA | Universidad de Buenos Aires
UTN | Universidad Tecnológica Nacional
UNLP | Universidad Nacional de La Plata
Universidad Nacional de Córdoba
Universidad Nacional de Rosario
UADE | Universidad Argentina de la Empresa
Universidad Austral
Universidad Austral de Chile | UACh
Universidad de San Andrés | UdeSA
Universidad Torcuato Di Tella | UTDT
ITBA | Instituto Tecnológico de Buenos Aires
Universidad Católica Argentina | Pontificia Universidad Católica Argentina
# Chile: retail, pharmacy and restaurants
Falabella
Banco Falabella
Saga Falabella
* Ripley
* Paris | Tiendas Paris
* Lider | Walmart Chile | Express de Lider
Unimarc
* Santa Isabel
Tottus
Sodimac | Homecenter Sodimac
Hites
* La Polar
abcdin
* Cruz Verde | Farmacias Cruz Verde
Salcobrand
Farmacias Ahumada
* Cornershop | Cornershop by Uber
# Chile: banks, insurers, pensions and health insurers
Banco de Chile
BancoEstado | Banco Estado
BCI | Banco de Crédito e Inversiones
AFP Habitat
AFP Provida
Banmédica | Isapre Banmédica
ACHS | Asociación Chilena de Seguridad
# Chile: mining, energy and industry
Codelco
SQM | Soquimich
Antofagasta Minerals
Minera Escondida
Copec | Empresas Copec
ENAP
CMPC
* Arauco
* Colbún | Colbun
CCU | Compañía de Cervecerías Unidas
Concha y Toro | Viña Concha y Toro
Agrosuper
NotCo
# Chile: telecoms and transport
Entel
WOM
LATAM Airlines | LATAM Airlines Chile
Sky Airline
JetSMART
Metro de Santiago
EFE Trenes de Chile | EFE Chile
Correos de Chile
Chilexpress
# Chile: public employers
Servicio de Impuestos Internos | SII
Fonasa
Minsal | Ministerio de Salud de Chile
Carabineros de Chile | Carabineros
Policía de Investigaciones de Chile | PDI
CORFO
# Chile: hospitals and clinics
* Clínica Alemana | Clinica Alemana
Clínica Las Condes | Clinica Las Condes
Clínica Santa María | Clinica Santa Maria
RedSalud
Hospital Clínico Universidad de Chile | Hospital José Joaquín Aguirre
# Chile: universities
Universidad de Chile | UChile | U. de Chile
Pontificia Universidad Católica de Chile | PUC | UC Chile | Universidad Católica de Chile
USACH | Universidad de Santiago de Chile
Universidad de Concepción | UdeC
Universidad Técnica Federico Santa María | UTFSM
Universidad Adolfo Ibáñez | UAI
Universidad Diego Portales
Universidad Andrés Bello
Duoc UC | DuocUC | Duoc
INACAP
# Colombia: retail, pharmacy and restaurants
* Éxito | Grupo Éxito | Almacenes Éxito | Grupo Exito
Carulla
* Olímpica | Supertiendas Olímpica | Olimpica
D1 | Tiendas D1
* Ara | Tiendas Ara
Alkosto
* Homecenter
Farmatodo
* Crepes & Waffles | Crepes and Waffles
* El Corral | Hamburguesas El Corral
Frisby
* Juan Valdez | Juan Valdez Café
Tostao' | Tostao
Arturo Calle
Cine Colombia
# Colombia: banks, insurers and fintech
Bancolombia
Banco de Bogotá | Banco de Bogota
Davivienda
Banco de Occidente
Grupo Aval
Nequi
* Banco de la República | Banrep
Sura | Grupo Sura | Seguros Sura | EPS Sura
* Porvenir | AFP Porvenir
* Protección | AFP Protección
Colpensiones
Rappi
Platzi
# Colombia: industry, energy and telecoms
Ecopetrol
Grupo Argos
Cementos Argos
Grupo Nutresa | Nutresa
* Alpina
Postobón | Postobon
* Bavaria
EPM | Empresas Públicas de Medellín
* ISA | Interconexión Eléctrica
Grupo Energía Bogotá | GEB
Terpel
Tigo | Tigo Une
ETB
Caracol Televisión | Caracol TV
RCN | RCN Televisión | Canal RCN
# Colombia: transport and logistics
Avianca
Servientrega
* Coordinadora
Interrapidísimo | Inter Rapidísimo | Interrapidisimo
Metro de Medellín
TransMilenio
# Colombia: public employers and family funds
DIAN
* SENA | Servicio Nacional de Aprendizaje
ICBF
Policía Nacional de Colombia
* Compensar
Colsubsidio
Comfama
Nueva EPS
Keralty | Colsanitas | EPS Sanitas
# Colombia: hospitals
Fundación Santa Fe de Bogotá | FSFB
Fundación Valle del Lili
Hospital Pablo Tobón Uribe
LaCardio | Fundación Cardioinfantil | La Cardio
# Colombia: universities
Universidad Nacional de Colombia | UNAL
Universidad de los Andes | Uniandes
Pontificia Universidad Javeriana | Javeriana | PUJ
Universidad de Antioquia | UdeA
* Universidad del Valle | Univalle
Universidad del Valle de México
Universidad EAFIT | EAFIT
Universidad del Rosario | URosario
Universidad de La Sabana | Unisabana
Universidad Externado de Colombia
Universidad Industrial de Santander | UIS
Universidad Pontificia Bolivariana | UPB
# Peru: retail, pharmacy and restaurants
InRetail
Supermercados Peruanos | SPSA
Plaza Vea | PlazaVea
* Mass | Tiendas Mass
* Wong | E. Wong
Oechsle
Promart | Promart Homecenter
Inkafarma
Mifarma
Topitop
* Tambo | Tambo+
Pardos Chicken
Bembos
Norky's | Norkys
Cineplanet
# Peru: banks, insurers and fintech
Credicorp
BCP | Banco de Crédito del Perú | Banco de Credito del Peru
Interbank
Banco de la Nación
* Mibanco
Caja Arequipa
Yape
Pacífico Seguros | Pacifico Seguros
Rímac Seguros | Rimac Seguros
* La Positiva
BCRP | Banco Central de Reserva del Perú
# Peru: industry, mining and telecoms
Alicorp
Backus | Backus AB InBev
* Gloria | Grupo Gloria
Intercorp
Petroperú | Petroperu
Southern Peru | Southern Copper
Antamina | Compañía Minera Antamina
* Cerro Verde | Sociedad Minera Cerro Verde
* Buenaventura | Compañía de Minas Buenaventura
Ferreyros
Aceros Arequipa
AENZA | Graña y Montero
Bitel
Sedapal
# Peru: public employers and health
SUNAT
EsSalud
MINSA | Ministerio de Salud del Perú
RENIEC
Auna | Oncosalud
* Clínica Internacional | Clinica Internacional
Clínica San Felipe
Hospital Nacional Edgardo Rebagliati Martins | Hospital Rebagliati
INEN | Instituto Nacional de Enfermedades Neoplásicas
# Peru: universities
PUCP | Pontificia Universidad Católica del Perú
UNMSM | Universidad Nacional Mayor de San Marcos
Universidad Nacional de Ingeniería
Universidad de Lima | ULima
* Universidad del Pacífico
Universidad Peruana de Ciencias Aplicadas
Universidad Peruana Cayetano Heredia | UPCH
Universidad de Piura | UDEP
USIL | Universidad San Ignacio de Loyola
UTEC | Universidad de Ingeniería y Tecnología
# Italy: grocery retail
Esselunga
* Conad
Eurospin
MD Discount
Pam Panorama | Pam Local
* Despar | Despar Italia
* Crai
* Bennet
Tigotà | Tigota
* Acqua & Sapone
# Italy: fashion, electronics and other retail
Calzedonia | Gruppo Calzedonia
Intimissimi
Tezenis
OVS
* Coin
* Rinascente | La Rinascente
Benetton | United Colors of Benetton | Benetton Group
* Piazza Italia
Kiko Milano
Unieuro
MediaWorld
* Euronics
* Expert
Feltrinelli | La Feltrinelli
Mondadori | Mondadori Store | Gruppo Mondadori
Mondo Convenienza
Eataly
# Italy: restaurants, cafés and hotels
Autogrill
* Chef Express
* Old Wild West
* Roadhouse | Roadhouse Restaurant
Spontini
* Rossopomodoro
Camst
UNA Italian Hospitality | UNAHOTELS | UNA Hotels
Costa Crociere | Costa Cruises
Gardaland
UCI Cinemas
# Italy: banks, insurers and finance
Intesa Sanpaolo | Banca Intesa | Intesa San Paolo
UniCredit
Banco BPM
BPER Banca | BPER
Monte dei Paschi di Siena | Monte dei Paschi | Banca MPS
Mediobanca
Credem | Credito Emiliano
Banca Mediolanum | Mediolanum
FinecoBank | Fineco
Banca Sella
BNL | Banca Nazionale del Lavoro | BNL BNP Paribas
Crédit Agricole Italia | Credit Agricole Italia
Banca Popolare di Sondrio | Popolare di Sondrio
Iccrea Banca | Iccrea | BCC Iccrea
Banca d'Italia | Bankitalia
Cassa Depositi e Prestiti
Borsa Italiana
* Generali | Assicurazioni Generali | Generali Italia
Unipol | UnipolSai | Gruppo Unipol
* Reale Mutua | Reale Group
Cattolica Assicurazioni
Poste Vita
Nexi
Satispay
# Italy: energy, utilities and infrastructure
Eni
Eni Plenitude
Enel
Enel Energia
Enel X
Enel Green Power
E-Distribuzione
Snam
* Terna
* Edison
A2A
* Hera | Gruppo Hera
Iren
Acea
Saipem
Webuild | Salini Impregilo
* Autostrade per l'Italia | ASPI
* Anas
# Italy: industry, automotive, luxury and food
* Fiat
* Ferrari
Lamborghini | Automobili Lamborghini
Maserati
Alfa Romeo
* Ducati
Piaggio | Gruppo Piaggio
Pirelli
* Brembo
Iveco | Iveco Group
CNH | CNH Industrial
* Leonardo | Leonardo S.p.A. | Finmeccanica
Fincantieri
Avio
Prysmian
Mapei
Luxottica
* Prada
Gucci
Giorgio Armani | Armani
Dolce&Gabbana | Dolce & Gabbana | D&G
Versace
Ferragamo | Salvatore Ferragamo
* Bottega Veneta
* Valentino
Moncler
Tod's | Tods
Max Mara | MaxMara
* Diesel
Geox
Zegna | Ermenegildo Zegna
* Bulgari | Bvlgari
Barilla
* Ferrero
Lavazza
illycaffè | illy
* Granarolo
Parmalat
* Mutti
De Cecco
Peroni | Birra Peroni
Campari | Gruppo Campari | Campari Group
* Chiesi | Chiesi Farmaceutici
Menarini
* Angelini | Angelini Pharma
Recordati
# Italy: telecoms, media and IT
* TIM | Telecom Italia | Gruppo TIM
WindTre | Wind Tre
* Iliad | Iliad Italia
Fastweb
Sky Italia
* Open Fiber
RAI | Radiotelevisione italiana
Mediaset | MFE
RCS MediaGroup
* Reply
* Engineering | Engineering Ingegneria Informatica
Almaviva
Exprivia
TeamSystem
Zucchetti
* Bending Spoons
* Subito | Subito.it
Yoox Net-a-Porter | YNAP | Yoox
BonelliErede | Bonelli Erede
Chiomenti
Gianni & Origoni | Gianni Origoni
# Italy: transport and logistics
* Ferrovie dello Stato | Gruppo FS | FS Italiane
Trenitalia
Trenitalia Tper
RFI | Rete Ferroviaria Italiana
* Italo | Italo Treno
Trenord
ATM Milano
ATAC
GTT | Gruppo Torinese Trasporti
ITA Airways
Aeroporti di Roma
SEA Aeroporti di Milano | SEA Milan Airports
* Poste Italiane
BRT
SDA Express Courier
* Grimaldi | Grimaldi Lines | Gruppo Grimaldi
# Italy: public employers
INPS | Istituto Nazionale della Previdenza Sociale
INAIL
Agenzia delle Entrate
Agenzia delle Entrate-Riscossione
Polizia di Stato
Arma dei Carabinieri | Carabinieri
Guardia di Finanza
Esercito Italiano
Comune di Milano
Roma Capitale | Comune di Roma
* Regione Lombardia
Ministero dell'Istruzione e del Merito | Ministero dell'Istruzione | MIUR
* Croce Rossa Italiana
# Italy: research bodies
CNR | Consiglio Nazionale delle Ricerche
INFN | Istituto Nazionale di Fisica Nucleare
Agenzia Spaziale Italiana | ASI
* ENEA
Istituto Italiano di Tecnologia
# Italy: hospitals and care groups
Ospedale Niguarda | Niguarda Ca' Granda | ASST Grande Ospedale Metropolitano Niguarda
Policlinico di Milano | Ospedale Maggiore Policlinico
Ospedale San Raffaele | HSR
Humanitas | Istituto Clinico Humanitas | Humanitas Research Hospital
Istituto Europeo di Oncologia | IEO
Istituto Nazionale dei Tumori | INT Milano
Policlinico Gemelli | Fondazione Policlinico Universitario Agostino Gemelli
Policlinico Umberto I
Ospedale Pediatrico Bambino Gesù | Bambino Gesù | Bambino Gesu
Istituto Ortopedico Rizzoli
Policlinico di Sant'Orsola
* Careggi | AOU Careggi | Ospedale di Careggi
Istituto Giannina Gaslini | Gaslini
Ospedale Papa Giovanni XXIII
Città della Salute e della Scienza di Torino | Città della Salute di Torino | Molinette | Ospedale Molinette
Gruppo San Donato | GSD
# Italy: universities
Sapienza Università di Roma
Politecnico di Milano | PoliMi
Politecnico di Torino | PoliTo
Università Bocconi | Bocconi
Università Cattolica del Sacro Cuore | Università Cattolica | UniCatt
Università di Bologna | Unibo
Università degli Studi di Milano | Unimi
Università di Milano-Bicocca | Unimib
Università di Padova | Unipd
Università di Torino | Unito
Università di Pisa | Unipi
Università di Firenze | Unifi
Università di Napoli Federico II | Unina
Università di Roma Tor Vergata
Università Roma Tre | Roma Tre
Università di Genova
Università di Trento | Unitn
Università di Pavia | Unipv
Università di Modena e Reggio Emilia | Unimore
Università Ca' Foscari Venezia | Ca' Foscari | Unive
Università di Palermo | Unipa
Università di Bari | Uniba
Università di Cagliari
Luiss | Luiss Guido Carli
Scuola Normale Superiore | Normale di Pisa
Scuola Superiore Sant'Anna
Università Vita-Salute San Raffaele | UniSR
# Switzerland (Ticino): public employers, hospitals, banks and companies
* USI | Università della Svizzera italiana
SUPSI
EOC | Ente Ospedaliero Cantonale
Istituto Oncologico della Svizzera Italiana | IOSI
BancaStato | Banca dello Stato del Cantone Ticino
Cornèr Banca | Corner Banca
RSI | Radiotelevisione svizzera di lingua italiana
* Repubblica e Cantone Ticino | Cantone Ticino
Helsinn
IBSA | Institut Biochimique
# second round (session 9)
# France: social security, employment service and national agencies
* Caisse d'allocations familiales
Mutualité sociale agricole
* Carsat
Agirc-Arrco
* L'Assurance retraite | CNAV
DGSE
DGSI
ANSSI
Cour des comptes
Conseil d'État
Assemblée nationale
Autorité des marchés financiers | AMF
ACPR
CNIL
Haute Autorité de santé
ANSM
Santé publique France
Ademe
Office français de la biodiversité | OFB
Office national des forêts | ONF
Voies navigables de France | VNF
* IGN
Cerema
* Business France
* Campus France
Agence française de développement
Afpa
CNED
Conservatoire national des arts et métiers
* Administration pénitentiaire
* Préfecture de police
* Métropole de Lyon
* Bordeaux Métropole
* Toulouse Métropole
* Nantes Métropole
* Métropole Européenne de Lille
* Eurométropole de Strasbourg
* Ville de Lyon
* Ville de Marseille
Paris Habitat
* Société des grands projets
* Eau de Paris
# France: public transport, airlines, ferries and logistics
Sytral Mobilités | Sytral
Tisséo
* TCL
* RTM
* TBM
Ilévia
Naolib
* CTS
* Corsair
Air Corsica
Air Austral
French Bee
Air Caraïbes
Brittany Ferries
Ponant
Heppner
* Jacky Perrenot
Relais Colis
Colis Privé
Sanef
APRR
Effia
# France: hospitals, cancer centres, care and childcare operators
CHU de Caen
CHU de Reims
CHU Amiens-Picardie
CHU Dijon Bourgogne
CHU de Besançon
CHU de Poitiers
CHU de Limoges
CHU d'Angers
CHU de Brest
CHU de Saint-Étienne
CHU de Nîmes
CHU de La Réunion
Hôpital Bichat-Claude-Bernard | Hôpital Bichat
* Hôpital Saint-Louis
Hôpital Cochin
Hôpital Lariboisière
Hôpital Tenon
* Hôpital Saint-Antoine
Hôpital Bicêtre
Hôpital Henri-Mondor
* Hôpital Robert-Debré
Hôpital Avicenne
Hôpital Beaujon
Hôpital Paul-Brousse
Hôpital Armand-Trousseau
* Hôpital Ambroise-Paré
Groupe hospitalier Paris Saint-Joseph | GHPSJ
Hôpital Fondation Adolphe de Rothschild
Institut mutualiste Montsouris | IMM
GHU Paris psychiatrie & neurosciences | GHU Paris
Unicancer
Institut Paoli-Calmettes
Institut Bergonié
Vivalto Santé
Almaviva Santé
UGECAM
* Colisée
LNA Santé
ADMR
APF France handicap
Groupe SOS
Secours populaire
Secours catholique
Restos du Cœur
Apprentis d'Auteuil
* Emmaüs
People & Baby
Babilou
Les Petits Chaperons Rouges
# France: universities, engineering and business schools
Université Paris-Est Créteil | UPEC
Université Gustave Eiffel
CY Cergy Paris Université
Université Sorbonne Nouvelle
Université Paris 8
Université Sorbonne Paris Nord
Université de Versailles Saint-Quentin-en-Yvelines | UVSQ
Université Jean Moulin Lyon 3
Université Lumière Lyon 2
Université Jean Monnet Saint-Étienne
Université Toulouse Capitole
Université Toulouse Jean Jaurès
Université de Caen Normandie
Université de Rouen Normandie
Université de Tours
Université d'Orléans
Université de Poitiers
Université de Limoges
La Rochelle Université
Université de Pau et des Pays de l'Adour | UPPA
Université de Franche-Comté
Université de Reims Champagne-Ardenne | URCA
Université de Picardie Jules Verne | UPJV
Université d'Angers
Le Mans Université
Université de Bretagne Occidentale
Université Clermont Auvergne
Université Savoie Mont Blanc | USMB
Avignon Université
Université de Toulon
Université de La Réunion
Institut Polytechnique de Paris | IP Paris
ENSAE Paris
ENSTA Paris
Télécom SudParis
IMT Atlantique
Mines Saint-Étienne
Institut Mines-Télécom
ESIEE Paris
EFREI
ECE Paris
ESILV
* ISEP
ESTP
* ENAC | École nationale de l'aviation civile
ENSEEIHT
Ensimag
Université de technologie de Compiègne
INSA Rennes
INSA Strasbourg
NEOMA Business School | NEOMA
SKEMA Business School | SKEMA
KEDGE Business School | KEDGE
Audencia
Toulouse Business School
IÉSEG
Rennes School of Business
Montpellier Business School
ESSCA
EM Strasbourg
ICN Business School
Excelia
INSEEC
École 42
École nationale de la magistrature | ENM
# France: industry, engineering, IT and scale-ups
Lectra
Soitec
Exail
Nexans
Verallia
Vallourec
Imerys
Eramet
Econocom
SQLI
Viseo
Astek
Infotel
Axway
* Esker
Planisware
* Believe
Ankama
* Voodoo
Quantic Dream
* Shift Technology
Spendesk
Sorare
* Malt
* Welcome to the Jungle
Heetch
Ornikar
Owkin
Aircall
Agicap
Ankorstore
Dailymotion
Docaposte
Guerbet
Boiron
Virbac
Biocodex
Urgo
Valneva
Daher
Latécoère
Figeac Aéro
Airbus Helicopters
* ATR
Arquus
* Lisi
Aubert & Duval
* Fives
Bénéteau
Chantiers de l'Atlantique
* Hutchinson
Mersen
Somfy
* Atlantic | Groupe Atlantic
* Saft
Bureau Veritas
Apave
Socotec
Artelia
* Egis
Setec
Systra
Ingérop
# France: food and drink producers
Fleury Michon
Sodiaal
Agrial
Terrena
Cooperl
Bigard
* LDC
InVivo
Tereos
Cristal Union
* Roquette
* Avril | Groupe Avril
* Andros
* Bel | Groupe Bel
Lesaffre
Limagrain
Rémy Cointreau
Brioche Pasquier
# France: construction, utilities, environment and real estate
NGE
Fayat
Razel-Bec
Demathieu Bard
* Léon Grosse
Rabot Dutilleul
Equans
Dalkia
* Idex
Saur
Paprec
Derichebourg
Séché Environnement
Compagnie nationale du Rhône
Neoen
Voltalia
Technip Energies
Gecina
Unibail-Rodamco-Westfield
Klépierre
Covivio
Altarea
Kaufman & Broad
Foncia
Citya
Orpi
* Action Logement
CDC Habitat
Immobilière 3F
Vilogia
# France: retail, restaurants and hotels
* Match | Supermarchés Match
Thiriet
Bio c' Bon
* La Vie Claire
Gamm vert
* Truffaut
* Botanic
Weldom
* Lapeyre
Noz
Stokomani
Centrakor
* La Halle
Pimkie
* Cache Cache
* Armand Thiery
Devred
* Brice
Eram
Chaussea
* Courir
* Go Sport
Electro Dépôt
King Jouet
JouéClub
Kiloutou
Loxam
Rexel
Sonepar
Manutan
Bureau Vallée
Lyreco
Promocash
* Pomona
Bistro Régent
* La Boucherie
Memphis Coffee
* Pitaya
Class'Croûte
Cojean
Bagelstein
Api Restauration
Newrest
Servair
Appart'City
* Adagio
Odalys
Belambra
Compagnie des Alpes
# France: banks, insurers and media
Fortuneo
Oney
* BRED
Rothschild & Co
Oddo BHF
Tikehau Capital
Ardian
Eurazeo
Aéma Groupe
Klesia
Pro BTP
Apicil
Aésio
Allianz Trade
Coface
Scor
* April
* Arte
France Médias Monde
Ouest-France
* Le Figaro
* Libération
* Les Echos
* L'Équipe
Mediapart
BFMTV
Altice France
# Luxembourg: companies, banks and public employers
Banque de Luxembourg
Quintet Private Bank
Paul Wurth
Ceratizit
Luxtram
Autobus de la Ville de Luxembourg
Sales-Lentz
Luxairport
* CNS | Caisse nationale de santé
CCSS | Centre commun de la sécurité sociale
Administration des contributions directes | ACD
Police grand-ducale
Armée luxembourgeoise
CTIE | Centre des technologies de l'information de l'État
Statec
Chambre de Commerce Luxembourg
Zitha
Servior
# Spain: supermarkets, retail and restaurants
BonÀrea
Gadis
Froiz
Masymas
Condis
Bonpreu
* Family Cash
* Lupa
Hiperber
* Primor
Druni
Perfumerías If
Tiendanimal
Kiwoko
Pans & Company
* Udon
Lizarran
* Cañas y Tapas
* Ginos
Grupo Zena
* Áreas
Serunion
Mediterránea de Catering
# Spain: banks, insurers and public employers
Cajamar
* Caja Rural
Laboral Kutxa
Caixa Ontinyent
Banca March
Banco Mediolanum
Allianz Seguros
Reale Seguros
* Occident
Fiatc
DKV Seguros
Instituto Nacional de la Seguridad Social
* INE | Instituto Nacional de Estadística
Ejército de Tierra
Armada Española
Ejército del Aire y del Espacio
Mossos d'Esquadra
Ertzaintza
Policía Municipal de Madrid
Fábrica Nacional de Moneda y Timbre | FNMT
ICEX
Tragsa
Ineco
Isdefe
Casa 47 | Sepes
Enaire
Puertos del Estado
Canal de Isabel II
Aigües de Barcelona
EMASESA
Servicio Canario de la Salud
Servicio Murciano de Salud
Servicio Vasco de Salud
Servicio Navarro de Salud | Osasunbidea
Servicio de Salud de Castilla-La Mancha | SESCAM
Sacyl
* Salud | Servicio Aragonés de Salud
Junta de Castilla y León
Generalitat Valenciana
Gobierno Vasco | Eusko Jaurlaritza
Ayuntamiento de Valencia
Ayuntamiento de Sevilla
Ayuntamiento de Zaragoza
Diputación de Barcelona
# Spain: hospitals and private health groups
Hospital Universitario Puerta de Hierro
Hospital Universitario de la Princesa
Hospital Universitario Fundación Jiménez Díaz
Hospital Universitario Virgen de la Arrixaca
Hospital Universitario Virgen Macarena
* Hospital Universitario Reina Sofía
Hospital Universitario Central de Asturias | HUCA
Hospital Universitario de Cruces
Hospital Universitario Donostia
Hospital Universitario Miguel Servet
Hospital Germans Trias i Pujol
* Hospital Sant Joan de Déu
Hospital Universitario de Canarias
Complejo Hospitalario Universitario de Santiago
Hospital General Universitario de Alicante
Hospiten
Viamed Salud
Hospitales Católicos de Madrid
Orden Hospitalaria San Juan de Dios
Amavir
Vitalia Home
Ballesol
# Spain: industry, energy, construction and tech
Solaria
Grenergy
EDP España
Holaluz
Aqualia
Comsa
Grupo Puentes
* San José
Elecnor
* Cobra
Idom
Typsa
Applus+
Sngular
* Jobandtalent
* Red Points
Holded
Seedtag
Chocolates Valor
Calidad Pascual
Central Lechera Asturiana
Cárnicas Serrano
Deoleo
Grupo Siro
Vidrala
Acerinox
Tubacex
CIE Automotive
Irizar
Orona
* Fagor
* Ulma
# Spain: transport and logistics
FGC | Ferrocarrils de la Generalitat de Catalunya
Euskotren
FGV | Ferrocarrils de la Generalitat Valenciana
Metro de Barcelona
Metro de Sevilla
Tussam
Auvasa
Bizkaibus
Moventis
Monbus
Binter
Iryo
Trasmediterránea
Baleària
Naviera Armas
Nacex
Tipsa
Envialia
CTT Express
Logista
# Spain: universities
Universidad de Alcalá
Universidad de Murcia
Universidad de Cádiz
Universidad de Córdoba
Universidad de Jaén
Universidad de Almería
Universidad de Huelva
Universidad Pablo de Olavide
Universidad de Alicante
Universitat Jaume I
Universidad Miguel Hernández
Universidad de Valladolid
Universidad de León
Universidad de Burgos
Universidad de Castilla-La Mancha | UCLM
Universidad de Extremadura
Universidad de Cantabria
Universidad de La Rioja
Universidade da Coruña
Universidade de Vigo
Universidad de La Laguna
Universidad de Las Palmas de Gran Canaria | ULPGC
Universitat de les Illes Balears | UIB
Universitat de Girona
Universitat de Lleida
Universitat Rovira i Virgili | URV
Universitat Ramon Llull
Universidad Europea
Universidad Francisco de Vitoria
Universidad Nebrija
Universidad Internacional de La Rioja | UNIR
Mondragon Unibertsitatea
EAE Business School
* EOI | Escuela de Organización Industrial
# Mexico: retail, restaurants and consumer companies
Farmacias San Pablo
Casa Ley
Calimax
Tiendas 3B
Tiendas Neto
Alsuper
Sushi Itto
Punta del Cielo
* La Costeña
Sabritas
Kimberly-Clark de México
Bachoco
SuKarne
* Vitro
Mabe
Grupo Kuo
Grupo Salinas
Rotoplas
Empresas ICA
Grupo Traxión
Paquetexpress
* 99 Minutos
# Mexico: banks, insurers and fintech
Santander México
Banco Afirme
Banregio
BanBajío
Compartamos Banco
Nu México
Stori
Konfío
Quálitas
Seguros Monterrey New York Life
# Mexico: public employers and agencies
Infonavit
Fovissste
Conagua
Semar | Secretaría de Marina
* Guardia Nacional
Banobras
Nafin | Nacional Financiera
Bancomext
* SEP | Secretaría de Educación Pública
SHCP | Secretaría de Hacienda y Crédito Público
* Metrobús
Tren Maya
AICM | Aeropuerto Internacional de la Ciudad de México
# Mexico: hospitals
* Hospital Español
Star Médica
Hospitales MAC
TecSalud
Instituto Nacional de Enfermedades Respiratorias | INER
# Mexico: universities
Universidad Autónoma de Guadalajara | UAG
Universidad Autónoma de Querétaro | UAQ
Universidad Autónoma de Yucatán | UADY
Universidad Veracruzana
Universidad de Sonora
Universidad Autónoma de Baja California | UABC
ITESO
* Universidad La Salle
Universidad Tecmilenio | Tecmilenio
Universidad de Monterrey
Universidad Autónoma de San Luis Potosí | UASLP
CIDE
# Argentina: retail, banks and companies
Musimundo
Garbarino
Grimoldi
* Grido
* Freddo
* Rapanui
Banco Credicoop
Banco Patagonia
* Banco Hipotecario
Banco Comafi
Bancor | Banco de Córdoba
Sancor Seguros
Medifé
IOMA
AySA
Edenor
* Edesur
* Metrogas
Transportadora de Gas del Sur
Tecpetrol
Aluar
* Ledesma
Aeropuertos Argentina
# Argentina: public employers, hospitals and universities
* Policía de la Ciudad
Policía Federal Argentina
* Gendarmería Nacional
Ejército Argentino
INDEC
* INTI
CNEA
Hospital Posadas
Sanatorio Güemes
Sanatorio Finochietto
Hospital Universitario Austral
Universidad Nacional de Cuyo | UNCuyo
Universidad Nacional de Tucumán
Universidad Nacional del Sur
Universidad Nacional de Mar del Plata
Universidad Nacional de La Matanza | UNLaM
Universidad Nacional de Quilmes
Universidad Nacional de San Martín | UNSAM
Universidad Nacional del Litoral
Universidad de Belgrano
Universidad de Palermo
# Colombia: retail, health insurers and family funds
Ktronix
Locatel
Drogas La Rebaja
Cafam
Comfandi
* Comfenalco
Coomeva
Famisanar
* Salud Total
# Colombia: banks, insurers and companies
* Banco Agrario
Banco AV Villas
Banco Caja Social
Scotiabank Colpatria
Fondo Nacional del Ahorro | FNA
Seguros Bolívar
Grupo Bolívar
Colfondos
Wingo
Satena
Metro de Bogotá
* Deprisa
* Envía
* TCC
Enel Colombia | Codensa
Vanti
Celsia
Isagen
Acueducto de Bogotá | EAAB
Emcali
* Corona | Organización Corona
* Familia | Productos Familia
* Colombina
Quala
* Manuelita
Federación Nacional de Cafeteros
Organización Ardila Lülle
Cerrejón
# Colombia: public employers, hospitals and universities
Ejército Nacional de Colombia
Armada de Colombia
Registraduría Nacional del Estado Civil
Fiscalía General de la Nación
* DANE
Migración Colombia
Alcaldía de Bogotá
Alcaldía de Medellín
Gobernación de Antioquia
Hospital San Vicente Fundación
Clínica del Country
Hospital Universitario San Ignacio
Clínica Imbanaco
Fundación Cardiovascular de Colombia
Universidad Distrital Francisco José de Caldas
Universidad Tecnológica de Pereira
* Universidad del Norte | Uninorte
Universidad Icesi
* Universidad Santo Tomás
Universidad Autónoma de Occidente
Universidad del Cauca | Unicauca
Universidad de Medellín
Politécnico Grancolombiano
Universidad Cooperativa de Colombia
Universidad Militar Nueva Granada | UMNG
Universidad Sergio Arboleda
Universidad CES
Escuela Colombiana de Ingeniería
# Chile: retail, banks, pensions and health insurers
Construmart
* Tricot
* PC Factory
Doggis
Banco Security
Banco Consorcio
BICE
Coopeuch
Caja Los Andes
Mutual de Seguridad
AFP Capital
AFP Cuprum
AFP Modelo
AFP PlanVital
Isapre Colmena
* Cruz Blanca
Consalud
# Chile: utilities, mining, industry and transport
Enel Chile
CGE
Aguas Andinas
Esval
Essbio
AES Andes
Collahuasi
Enaex
Sigdo Koppers
Salfacorp
Besalco
Carozzi
Soprole
Colun
Ariztía
Embonor
* Starken
* Blue Express
Turbus
* Pullman Bus
# Chile: public employers, hospitals and universities
Armada de Chile
Ejército de Chile
Fuerza Aérea de Chile
Gendarmería de Chile
Servicio de Registro Civil e Identificación
Tesorería General de la República
* Contraloría General de la República
Junaeb
Junji
Fundación Integra
* Instituto de Previsión Social
* Hospital del Salvador
Hospital Sótero del Río
Clínica Dávila
Clínica Indisa
Integramédica
Clínica Meds
* Hospital del Trabajador
Universidad de Valparaíso
Pontificia Universidad Católica de Valparaíso | PUCV
Universidad de La Frontera | UFRO
Universidad del Desarrollo | UDD
* Universidad Mayor
Universidad Autónoma de Chile
Universidad San Sebastián
Universidad Finis Terrae
Universidad Católica del Norte
AIEP
# Peru: retail, finance and companies
* Maestro | Maestro Home Center
* Hiraoka
Tiendas Efe
* La Curacao
Boticas y Salud
Rokys
Caja Huancayo
Caja Piura
Prima AFP
AFP Integra
Profuturo AFP
* Luz del Sur
Pluz Energía
Kallpa Generación
Cosapi
Volcan Compañía Minera
Minera Las Bambas | Las Bambas
Cementos Pacasmayo
UNACEM
Laive
* San Fernando
Ajegroup
Olva Courier
Serpost
* Cruz del Sur
Lima Airport Partners
# Peru: public employers, hospitals and universities
Sunafil
Superintendencia de Banca, Seguros y AFP
Indecopi
INEI
Osinergmin
Policía Nacional del Perú
Ejército del Perú
Municipalidad de Lima
Clínica Ricardo Palma
Clínica Delgado
Hospital Nacional Guillermo Almenara Irigoyen
Hospital Nacional Dos de Mayo
Hospital Nacional Cayetano Heredia
Instituto Nacional de Salud del Niño
Universidad Nacional Agraria La Molina | UNALM
Universidad Nacional de San Agustín
Universidad César Vallejo
Universidad Privada del Norte
Universidad Científica del Sur
Universidad ESAN
Tecsup
SENATI
Universidad Tecnológica del Perú
Universidad de San Martín de Porres | USMP
# Italy: supermarkets and retail
Coop Lombardia
Unicoop Firenze
Coop Alleanza 3.0
* Iper | Iper La grande i
Tigros
* Il Gigante
* Selex
Todis
In's Mercato
Brico io
Bricocenter
Scarpe & Scarpe
* Pittarello
Cisalfa Sport
Yamamay
* Terranova
* Motivi
* Golden Point
Carpisa
* Primadonna
Upim
Arcaplanet
Giunti al Punto
Trony
# Italy: restaurants, catering, hotels and leisure
Cigierre
* Panino Giusto
Cioccolatitaliani
Arnold Coffee
* Sirio
* Pellegrini
Cir Food
Serenissima Ristorazione
* Marr
Starhotels
Bluserena
Alpitour
Mirabilandia
# Italy: banks, insurers and finance
Banca Ifis
Banca Generali
Banco Desio
Banca di Asti
Cassa Centrale Banca
Illimity
Banca Etica
Mediocredito Centrale
SACE
Invitalia
Consob
Ivass
Sara Assicurazioni
Vittoria Assicurazioni
Itas Mutua
Scalapay
Moneyfarm
Cerved
Facile.it
# Italy: public employers and agencies
Agenzia delle Dogane e dei Monopoli
Istat
* Vigili del Fuoco
Aeronautica Militare
Marina Militare
Polizia Penitenziaria
Ministero della Giustizia
Agenzia per la Cybersicurezza Nazionale
Sogei
PagoPA
# Italy: hospitals and care groups
Spedali Civili di Brescia
Azienda Ospedale Università Padova
Azienda Ospedaliera Universitaria Integrata Verona | AOUI Verona
* Ospedale Cardarelli
Ospedale San Camillo-Forlanini
Policlinico Campus Bio-Medico
Ospedale Policlinico San Martino
Istituto Auxologico Italiano | Auxologico
Fondazione Don Carlo Gnocchi
ICS Maugeri | Istituti Clinici Scientifici Maugeri
MultiMedica
GVM Care & Research | Gruppo Villa Maria
Gruppo KOS
* Sereni Orizzonti
# Italy: universities
Università di Verona
Università di Parma
Università di Ferrara
Università di Siena
Università di Perugia
Università di Catania
Università di Messina
Università di Salerno
Università della Campania Luigi Vanvitelli
Università di Bergamo
Università di Brescia
Università dell'Insubria
Università di Udine
Università di Trieste
Università Politecnica delle Marche | UNIVPM
Università di Urbino
Università di Sassari
Università della Calabria | Unical
Politecnico di Bari | Poliba
Università IULM | IULM
Università Campus Bio-Medico
LUMSA
Università Telematica Pegaso
* eCampus
LIUC – Università Cattaneo | LIUC
SISSA
Libera Università di Bolzano | unibz
# Italy: industry, fashion and food
Dallara
Marelli
Comau
Bonfiglioli
Datalogic
* Danieli
Arvedi
Marcegaglia
Ansaldo Energia
Hitachi Rail
* Elettronica
* Beretta
* Ferretti
Azimut Benetti
Sanlorenzo
Technogym
De'Longhi
Smeg
Natuzzi
Kartell
Safilo
Brunello Cucinelli
Furla
Liu Jo
* Twinset
* Pinko
* Golden Goose
Loro Piana
Etro
Missoni
Marzotto
Intercos
Davines
Galbani
Gruppo Veronesi
Amadori
* Cremonini
Inalca
* Rana
Colussi
Balocco
Loacker
Sammontana
Sanpellegrino
Segafredo Zanetti
Kimbo
Ferrarelle
# Italy: energy, utilities, telecoms, media and IT
Versalis
Enilive
* ERG
Sorgenia
Italgas
2i Rete Gas
Acquedotto Pugliese
Metropolitana Milanese
SMAT
AMSA
Dolomiti Energia
Alperia
AGSM AIM
Gruppo CAP
* Sparkle
Telespazio
Inwit
La7
Gedi
Il Sole 24 Ore
Lutech
Var Group
Sesa
Dedagroup
* Aruba
# Italy: transport and logistics
Busitalia
FNM
EAV | Ente Autonomo Volturno
ANM
AMT Genova
ACTV
Cotral
Tper
* Neos
* Moby
GNV | Grandi Navi Veloci
MSC Crociere
Fercam
Arcese
"""
