"""Which employer an interview is with, and where that was read.

The thank-you draft names the employer, so a wrong guess is worse than none: the drafts have a
neutral wording and the details task asks for it when the company is unknown. Evidence, strongest
first:
1. an explicit ``Company:`` line (in any of the supported languages);
2. a name from the title or description that the interviewers' work domain confirms
   ("Datadog - round 2" with jane@datadoghq.com);
3. the interviewers' (attendees', organiser's, the invite's contact addresses') work domain;
4. a name from the title ("Zoom: Final round - Datadog", "Interview w/ Figma - Sr Frontend Eng");
5. a name from the description ("...the Senior Backend role at SafetyCulture"); a well-known employer the notes
   name as the employer also stands in for a title that names nobody, only an agency, or a weak word.
Hiring platforms, meeting apps, free mail and recruiting agencies are never taken for the employer
(an agency is the answer only when nothing else names one); a person's name, a role or a generic
word ("Onsite", "HR", "Phone screen") is never a company.

Pure: a function of the event's text and addresses and the user's own addresses.
"""

from __future__ import annotations

import itertools
from functools import lru_cache
import re
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace

from followup_sync import evidence_words
from followup_sync.addresses import CALENDAR_SYSTEM, HIRING_SENDERS, free_mail, registered
from followup_sync.employer_domains import EMPLOYER_DOMAINS
from followup_sync.given_names import GIVEN_NAMES, unaccented
from followup_sync.known_employers import Known, known_start, known_within, may_start, trimmed
from followup_sync.known_employers import squashed as _squashed
from followup_sync.model import SourceEvent, one_line
from followup_sync.text import plain_text

#: Where a company was read, as ``explain`` and ``status`` show it.
LINE, CLIENT, CONFIRMED, DOMAIN, KNOWN, TITLE, DESCRIPTION, LOCATION, AGENCY = (
    "company line", "an agency's client", "text confirmed by attendee domain", "attendee domain",
    "a well-known employer's domain", "title", "description", "location", "recruiting agency",
)


#: How much of a title is read for the employer's name.
MAX_TITLE = 300


@dataclass(frozen=True)
class Company:
    name: str
    source: str




#: Hiring platforms, meeting and mail services, job sites: they send invites for employers.
PLATFORMS = HIRING_SENDERS | frozenset(
    "oracle indeed linkedin glassdoor monster zoomgov office365 googlemail gotomeeting bluejeans whereby "
    "amazonchime doodle youcanbook acuityscheduling outreach gmass mailchimp sendgrid mandrillapp pramp "
    "kuntarekry valtiolle interamt otta".split()
)

#: Tools that title an event ("HireVue video interview", "Zoom meeting") but are not its employer.
#: Big employers that also make tools (Google, Microsoft, Zoom) are left out on purpose: "Onsite @
#: Google" is an interview at Google; their meeting links are read as links, not as addresses.
_TOOL_NAMES = frozenset(
    "zoom teams meet webex skype whereby hirevue codility hackerrank coderpad karat calendly greenhouse "
    "lever ashby workday modernloop goodtime chime facetime hangouts".split()
) | {"google meet", "microsoft teams", "teams meeting", "microsoft teams meeting", "zoom meeting",
     "webex meeting", "google hangouts", "amazon chime", "microsoft teams-besprechung", "réunion microsoft teams"}

#: Job boards and hiring systems that title an invite ("InfoJobs · Entrevista con Grupo EULEN", "(via LinkedIn) – Interview
#: Kingsmead"): no name beside another one; alone, they may be the employer ("Interview at Glassdoor").
_JOB_BOARDS = frozenset(
    "infojobs stepstone smartrecruiters teamtailor recruitee jobteaser welcometothejungle glassdoor duunitori talentadore "
    "doda mynavi rikunabi linkedin indeed monster".split())

#: Recruiting agencies: the employer when nobody else is named, never over a named client.
AGENCIES = frozenset(
    "hays roberthalf michaelpage pagegroup page randstad adecco manpower manpowergroup kellyservices "
    "kelly kornferry teksystems kforce aerotek robertwalters harveynash hudson spherion insightglobal "
    "modis akkodis experis allegisgroup allegis cielo alexandermann alexandermannsolutions "
    "lhh gi-group gigroup tempo-team tempoteam start-people unique yacht brunel huxley "
    "reed hayspeople kellyocg persol pasona barona youngcapital tempoteam startpeople olympia "
    "undutchables eurofirms synergie crit gigroup umana openjobmetis tiempo talentfirst psycon "
    "academicwork academic-work "
    # executive search
    "egonzehnder spencerstuart russellreynolds heidrick heidrickstruggles odgers odgersberndtson odgersinterim "
    "kienbaum amrop boyden stantonchase mercuriurval hunterandpartners "
    # staffing and specialist recruiters in the supported countries
    "sigmar cpl morganmckinley collinsmcnicholas hays-ie taylorroot laurencesimons talentinternational "
    "healthcareaustralia careerplus staffpoint eilakaisla henkilöstöpalvelu opteam tempo adeccogroup "
    "randstadprofessional manpowerpro hays-plc michaelpagegroup pagepersonnel pageexecutive "
    "robertwalters-jp en-japan recruitagent リクルートエージェント リクルート パーソルキャリア ロバート・ウォルターズ "
    "ロバートウォルターズ ヘイズ マイケル・ペイジ マイケルペイジ jac jacrecruitment "
    "vdab forem actiris uwv pôleemploi poleemploi francetravail arbeitsagentur sepe te-palvelut".split()
)

#: Applicant-tracking systems that send from employer@their-domain.
_ATS_SENDERS = frozenset("myworkday workday greenhousemail greenhouse lever icims taleo smartrecruiters "
                         "teamtailormail teamtailor workablemail workable recruiteemail recruitee personio "
                         "successfactors sapsf jobvite bamboohr".split())
#: Labels that name a part of a company's site, not the company: jobs.acme.com, acme.careers.
_SERVICE_LABELS = frozenset(
    "mail email careers career jobs job talent recruiting recruitment hr people hire hiring apply "
    "corp corporate team teams us eu uk emea apac na global intl www m app apps my calendar "
    "zoom webex teams meet noreply no-reply".split()
) | frozenset(evidence_words.RECRUITING_MAILBOXES)  # "rekry@", "karriere@", "selezione@": a team, in any language
_DOMAIN_AFFIXES = ("hq", "inc", "corp", "app", "jobs", "careers", "group", "global", "labs", "online")
#: Endings no company name ends in, cut without evidence: datadoghq, acmeinc.
_SAFE_AFFIXES = frozenset({"hq", "inc", "careers", "jobs"})
_DOMAIN_PREFIXES = ("get", "try", "join", "use", "go", "make", "hello", "meet", "the", "with")

# --------------------------------------------------------------------------------------------------
# Words that are never a company: stages of a hiring process, roles, formats and small words.

#: Articles that, capitalised before a capitalised word, start a name ("The Home Depot", "La Poste");
#: "HM" is His Majesty's ("HM Treasury"), not a hiring manager.
_NAME_ARTICLES = frozenset("The HM De La Le El Het Les Los Las Il Da Chez Van Von Den Ten Ter Di Du".split())
#: Words that say what kind of interview it is, at the start of a title part that names the stage.
_INTERVIEW_KINDS = frozenset("teaching training contract structured situational exploratory walk-in étude board".split())
_STAGE_WORDS = frozenset(
    """interview interviews interviewing interviewed intvw intv itw mtg screen screening screener phone call
    candidate candidates candidat candidate candidato candidata kandidat kandidaat ehdokas essai
    calls chat chats conversation conversations meeting meet meetup sync intro introduction introductory
    coffee catch-up catchup catch up quick short brief informal formal initial first second third fourth
    final finals last next round rounds r1 r2 r3 r4 r5 loop onsite on-site on site virtual video remote
    in-person person live panel panels technical technicals tech coding code pair pairing programming
    live-coding system design architecture whiteboard case cases fit behavioral behavioural competency
    culture values leadership presentation present demo take-home takehome take homework assignment
    exercise challenge test assessment assessments centre center day superday super day hirevue
    walkthrough walk-through review debrief discussion discuss opportunity role position job hm hiring
    manager recruiter recruiting recruitment talent acquisition ta hr people team meet-the-team the
    with w/ at @ for from re re: about regarding and & + x <> vs of on in to a an my our your his her
    invito invitación invitacion einladung kutsu campus agallamh request giornata jornada journée
    ihr ihre ihren ihrem ihnen sie dein deine deinen votre vos su sus tuo tua uw jouw callback id""".split() + """
    telephone telefon telefoon puhelin telefonisch telefonico telefónico téléphonique tél tél. tel tel.
    puhelinhaastattelu videohaastattelu hr-puhelu trial shift jury bellen anrufen appeler llamar chiamare
    soittaa lunch dinner breakfast drinks koffie kaffee almuerzo comida pranzo mittagessen déjeuner lounas
    tea thé té tè fika brunch klo kello uhr je
    vg telefontermin videotermin gesprächstermin fireside shadow
    cdi cdd befristet unbefristet vollzeit teilzeit full-time part-time fixed-term indefinido indeterminato
    determinato määräaikainen vakituinen
    vorstellungstermin
    hold tentative confirmed confirmation invitation invite updated reminder rescheduled canceled appointment appointments
    cancelled fw fwd tbc tbd scheduled schedule scheduling slot follow-up followup follow up pei mr tr
    gd stage step part prelim preliminary portfolio partner director vp ceo cto cfo coo cpo founder
    founders co-founder cofounder hiring-manager hiringmanager screen- assessment-center
    vorstellungsgespräch bewerbungsgespräch gespräch kennenlerngespräch zweitgespräch fachgespräch
    telefoninterview erstgespräch probearbeiten entretien entrevue entrevista entrevistas colloquio
    sollicitatiegesprek sollicitatie gesprek kennismakingsgesprek haastattelu työhaastattelu
    rekrytointihaastattelu rekrytointi mit bei chez avec con presso bij met en le la les el los las der
    die das des du de del di da van het een un une
    termin treffen kennenlernen kaffee anruf telefonat videocall video-call zweite zweites dritte
    runde finale rdv rendez-vous rencontre visio visioconférence appel café échange deuxième second
    seconde troisième premier première dernier tour étape cas pratique équipe l'équipe reunión reunion
    llamada videollamada café charla segunda tercera primera ronda prueba técnica técnico dinámica
    presencial incontro appuntamento chiamata videochiamata caffè secondo seconda terzo primo prova
    tecnico tecnica afspraak gesprek koffie belletje videogesprek selectiegesprek tweede derde ronde
    uitnodiging kennismaking tapaaminen puhelu kahvit kahvi toinen kolmas ensimmäinen kierros
    videopuhelu rekrytoijan haastattelu etähaastattelu soveltuvuusarviointi soitto case-tehtävä
    case-tehtävän ennakkotehtävä ennakkotehtävän purku tc conferma confirmación confirmation bestätigung
    bevestiging vahvistus conoscitivo conoscitiva walk-in drive rozmowa cita jatkokeskustelu visite visit
    asiakasyritys asiakasyritykselle asiakasyrityksen asiakkaalle visita conversación conversazione ajokoe
    juttelu tutustumistapaaminen rondleiding
    面接 一次面接 二次面接 三次面接 最終面接 面談 カジュアル面談 選考 ご案内 案内 日程 日程確定 お知らせ 確定
    mr. mrs. ms. mx. dr. prof. fr. hr. mme mlle m. sr. sra. sig. sig.ra dhr. mevr. hi hello hey hallo rh drh rrhh
    hoi moi hei bonjour salut hola ciao buongiorno year kunde client confidential vertraulich
    tasting tryout probetag proefdag meeloopdag schnuppertag hospitation schnuppern meeloopavond tutustumiskäynti
    sit-down sijaisuus one-way telko rückruf déj dej intake ett
    passer voir pop drop-in taille vendanges vendemmia cosecha raccolta pruning koepäivä koevuoro kennismaken
    probeschicht probedienst proefdienst proefavond proefochtend turno serata lähetetty gesendet envoyé enviado inviato verzonden
    confidentiel confidencial riservato luottamuksellinen vertrouwelijk""".split()
) | frozenset(
    # and every one-word stage, hint and recruiter detection knows ("Proefdraaien", "Koeluento", "Lehrprobe"),
    # written in Latin letters (Japanese titles are cut at their stage words by _CJK_STAGE), but not those
    # that begin a name: "La Poste", "Technische Universität Dresden"
    word.rstrip("*").casefold() for family in (evidence_words.STAGES, evidence_words.HINTS, evidence_words.RECRUITERS)
    for word in family if " " not in word and all(ord(ch) < 0x250 for ch in word)
) - frozenset("poste technique technisch technische technisches tekninen teknisen".split()) | {"intervista"}
#: Back-office departments in the languages that name them after a post ("Gerente de Operaciones", "addetta
#: acquisti"): a post's field, or the start of a name ("Ventas Online SL"), as ``_FIELD_WORDS`` tells.
_BACK_OFFICE = frozenset(
    "operaciones ventas finanzas compras contabilidad tesorería mantenimiento achats ventes comptabilité vendite acquisti "
    "contabilità manutenzione einkauf buchhaltung instandhaltung inkoop verkoop onderhoud hankinta myynti kunnossapito"
    .split())
_ROLE_WORDS = frozenset(
    """reponedor reponedora équipier équipière equipier hôtesse conducteur conductrice teleoperador
    teleoperadora cassiere cassiera kassierer kassiererin magazziniere magazziniera mozo caissier caissière
    préparateur préparatrice livreur livreuse operario operaria operaio operaia
    cna lpn hca psw hha oss einkäufer einkäuferin kirjanpitäjä subgerente subdirector subdirectora dishwasher deckhand mesero mesera aide-soignant aide-soignante engineer engineers eng engineering developer dev developers swe sde sre sdet devops programmer
    architect manager mgr management director lead leads head principal staff senior sr snr junior jr
    associate analyst analysts scientist researcher designer design product pm pmm tpm owner
    consultant specialist coordinator administrator admin assistant officer executive exec rep
    representative sales account ae sdr bdr marketing marketer writer editor nurse rn physio physician
    doctor teacher tutor lecturer professor postdoc fellow intern internship interns apprentice
    apprenticeship graduate grad trainee clerk cashier crew member barista technician tech mechanic
    electrician plumber journeyman driver operator counsel lawyer attorney paralegal solicitor
    accountant auditor actuary banker trader quant advisor adviser planner controller controls
    recruiter generalist partner vp president chief cfo cto coo ceo cpo ciso programme program scheme
    backend back-end frontend front-end fullstack full-stack full stack mobile ios android data ml ai
    platform infrastructure infra security cloud qa test qe support success customer operations ops
    finance financial legal hr people strategy business bi band level l3 l4 l5 l6 l7 e4 e5 e6
    ingenieur ingénieur entwickler werkstudent praktikum praktikant stagiaire stage alternance
    desarrollador ingeniero becario prácticas tirocinio stagista sviluppatore stagiair ontwikkelaar
    kehittäjä harjoittelija insinööri software hardware systems system network web digital project
    projects quality supply chain risk credit research clinical civil mechanical electrical chemical
    process field retail service services technical sr. jr. ii iii iv analist medewerker adviseur
    beleidsmedewerker teamlead teamleider consulente addetto responsabile directrice directeur
    chargé chargée chef cheffe jefe jefa
    registered licensed certified charge practitioner midwife paramedic pharmacist dentist hygienist
    therapist physiotherapist psychologist counselor counsellor surgeon veterinarian carer caregiver
    worker headteacher librarian receptionist secretary waiter waitress bartender hostess housekeeper
    cleaner porter courier dispatcher picker packer forklift storekeeper welder machinist fitter
    carpenter installer estimator surveyor foreman supervisor superintendent inspector buyer
    merchandiser teller underwriter broker paraprofessional aide summer winter seasonal part-time
    full-time temporary temp freelance interim acting deputy adjunct visiting tenure-track
    postdoctoral doctoral phd klantenservice kundenservice kundendienst asiakaspalvelu
    erzieher erzieherin pflegefachkraft krankenpfleger krankenschwester lehrer lehrerin steuerfachangestellte
    kaufmann kauffrau verkäufer verkäuferin mitarbeiter mitarbeiterin sachbearbeiterin infirmier infirmière
    enseignant enseignante professeur agent agente vendeur vendeuse conseiller conseillère technicien
    technicienne assistante aide-soignant aide-soignante éducateur éducatrice enfermero enfermera maestro
    maestra profesor profesora gerente dependiente dependienta cajero cajera auxiliar administrativo
    administrativa analista infermiere infermiera insegnante commesso commessa addetta impiegato impiegata
    capo reparto verpleegkundige docent leraar lerares verkoper klantadviseur sairaanhoitaja lähihoitaja
    opettaja myyjä johtaja esihenkilö adjuster caseworker bilingual dirigente directora directores
    director/a stelle position puesto ruolo posizione functie vacature responsable encargado encargada
    camarero camarera cocinero cocinera serveur serveuse cuisinier cuisinière commis plongeur barman
    réceptionniste recepcionista cameriere cameriera cuoco cuoca kok ober serveerster tarjoilija kokki koch
    köchin kellner kellnerin bäcker friseur friseurin coiffeur coiffeuse peluquero peluquera parrucchiere
    parrucchiera kapper kampaaja vendedor vendedora chro cmo cio cdo chief ausbildung azubi procurement
    purchasing cabin contrôleur contrôleuse controller payments gm asst woman man women men kids ingegnere
    ingegnera wissenschaftliche wissenschaftlicher sommelier sumiller sachbearbeitung suunnittelija direttore
    direttrice""".split()
) | _BACK_OFFICE | frozenset(w.rstrip("*") for w in evidence_words.TRADE_POSTS if " " not in w)
#: Field words that end a trade's firm name ("Murphy Electrical", "Kestrel Digital"); not a team's ("Kettle Product").
_TRADES = frozenset("software hardware systems network web digital quality supply civil mechanical electrical chemical "
                    "retail services technical security cloud financial legal".split())
#: Role words that name a field, not a post: a post follows them ("Network Engineer", "Data Analyst"), or a
#: name goes on after them ("Network Rail", "Credit Suisse", "Digital Realty", "Quality Inn").
_FIELD_WORDS = frozenset(
    "software hardware systems system network web digital quality supply risk credit research clinical civil "
    "mechanical electrical chemical process field retail service services technical data platform infrastructure "
    "security cloud mobile financial legal business people design product strategy".split()
) & _ROLE_WORDS | _BACK_OFFICE
#: Endings of role words in languages that write compounds: Projektmanager, Bilanzbuchhalter.
_ROLE_ENDINGS = (
    "kaufmann", "kauffrau", "työntekijä", "leitung",
    "leider", "päällikön", "johtajan", "asiantuntijan",
    "hoitaja", "opettaja", "johtaja", "erzieherin", "pfleger", "angestellte", "fachkraft", "kundige",
    "manager", "engineer", "entwickler", "leiter", "leiterin", "berater", "beraterin", "ingenieur",
    "buchhalter", "referent", "referentin", "sachbearbeiter", "sachbearbeitung", "suunnittelija", "analyst", "analyste", "developer",
    "designer", "kehittäjä", "ontwikkelaar", "sviluppatore", "desarrollador", "ingénieur", "ingeniero",
    "recruiter", "assistent", "assistentin", "päällikkö", "asiantuntija", "medewerker", "adviseur",
    "programm", "programme", "program", "directeur", "directrice", "directora", "director",
)
#: Companies named for people, which the person rules below would otherwise take for one.
_NAMED_FOR_PEOPLE = frozenset((
    "eli lilly", "roland berger", "albert heijn", "hugo boss", "tommy hilfiger", "ralph lauren", "marks & spencer",
    "johnson & johnson", "morgan stanley", "charles schwab", "paul smith", "ted baker", "kate spade", "tory burch",
    "michael kors", "calvin klein", "estee lauder", "jack wolfskin", "mary kay", "jimmy choo", "marc jacobs",
    "walt disney", "john lewis", "john deere", "henry schein", "robert bosch", "giorgio armani", "ernst & young",
    "arthur d. little", "booz allen hamilton", "tim hortons", "oliver wyman", "simon-kucher", "william blair",
    "raymond james", "edward jones", "david lloyd", "franklin templeton", "robert half", "robert walters",
    "michael page", "kelly services", "harvey nash", "harvey norman", "david jones", "hugo", "leonardo",
    "alexander mann", "allen & overy", "herbert smith freehills", "simmons & simmons", "baker mckenzie",
    "norton rose fulbright", "thomas cook", "max mara", "dr. oetker", "louis vuitton", "yves saint laurent",
    "christian dior", "salvatore ferragamo", "emilio pucci", "anna sui", "victoria beckham", "stella mccartney",
    "yves rocher", "karl storz", "emil frey", "marc o'polo", "vera wang", "luisa spagnoli", "marc cain", "henri bendel",
    "axel springer", "charlotte tilbury", "taylor wimpey", "massimo dutti", "simon kucher", "jo malone", "kurt geiger",
    "anton paar", "oliver bonas", "fred perry", "eddie bauer", "georg fischer", "ernst klett", "martin currie",
    "piper sandler", "karl lagerfeld",
))
#: Words that start a restaurant's or shop's name before a person's name: "Da Vittorio", "Chez Marcel".
_PLACE_ARTICLES = frozenset("Da Chez Casa Zum Zur Trattoria Osteria Pizzeria Ristorante Restaurante Bar".split())
_HONORIFICS = frozenset("mr mr. mrs mrs. ms ms. mx mx. dr dr. dra dra. prof prof. fr. frau herr herrn hr. mme mme. mlle "
                        "m. madame monsieur sr. sra. señor señora don doña signor signora sig. sig.ra sig.na "
                        "dott. dott.ssa dhr. mevr. meneer mevrouw herra rouva me maître ing. lic. arq. 様 さん".split())
#: "Our" before "Lady": "Colegio Nuestra Señora del Pilar", "Istituto Nostra Signora" name a saint, not a person.
_OUR = frozenset({"nuestra", "nostra"})
#: Japanese has no spaces: a segment holding one of these is about the meeting, not a name.
_CJK_STAGE = re.compile(r"面接|面談|選考|案内|お知らせ|日程|連絡|打ち合わせ|説明会|との|非公開|経由|適性検査|検査|試験|ミーティング|"
                        r"課題|レビュー|最終|一次|二次|三次|[0-9０-９]次|技術|本部|本社|支社|支店|事業所|オフィス|役員|"
                        r"スペシャリスト|マネージャー|マネジャー|エンジニア|デザイナー|アナリスト|コンサルタント|担当者?|職$|採用|"
                        r"予約|招待|確認|会議|電話|オンライン|[部課室]$|公募|助教|准教授|教授|講師|研究員|体験入店|体験勤務|見学|看護師|薬剤師|保育士|介護|店長|候補|"
                        r"模擬授業|試し勤務|体験入社|案件|フロント$|トライアル|顔合わせ|収穫|援農|バイト")
#: A Japanese public office after its city, ward or prefecture: the employer is the place's government.
_CJK_OFFICE = re.compile(r"^(\w+[市区町村県])(?:役所|役場|庁)$")
#: How a Japanese post ends, after the employer's name or alone: 販売スタッフ, 正社員, 総務担当.
_JA_POSTS = ("スタッフ", "社員", "担当")
#: A Japanese word for a post or a branch, after the employer's name: 事務職員, 販売スタッフ, 丸の内支店.
_CJK_UNIT = re.compile(r"^[^\x00-\x7f]*(?:職員|" + "|".join(_JA_POSTS)
                       + r"|看護師|店長|支店|本店|営業所|支社|事業所|(?<!商)(?<!書)(?<!飯)店)$")
#: A kind of business before its name in a Japanese title: "居酒屋 とりまる", "カフェ ひなた".
_CJK_KIND = frozenset("居酒屋 カフェ レストラン 美容室 美容院 ラーメン 農園 農場 牧場".split())
#: Japanese name suffixes: "佐藤さん" is a person, and ends any name before it.
_JA_PERSON = ("さん", "様", "氏", "殿", "先生")
#: A head office after a name, before where it is: "Action HQ Zwaagdijk", "Lidl Hauptsitz Neckarsulm".
_HEAD_OFFICE = frozenset("hq headquarters hauptsitz siège hoofdkantoor pääkonttori".split())
#: Words after a name that describe a place of the company, not the company: "Target store #1423".
_PLACE_WORDS = frozenset("store shop branch office offices location site campus hq headquarters plant "
                         "warehouse restaurant".split())
#: Cities a title names after the employer ("Bain & Company Boston", "Deloitte München"): where, not who.
#: Only a last word is read so; cities that start names ("Boston Consulting Group") stay.
_CITIES = frozenset(
    """london manchester birmingham leeds glasgow edinburgh bristol cardiff belfast dublin cork paris lyon
    marseille toulouse lille nantes bordeaux nice berlin munich münchen hamburg frankfurt köln cologne
    stuttgart düsseldorf dusseldorf leipzig dresden hannover nürnberg nuremberg bremen essen dortmund
    erlangen karlsruhe mannheim bonn vienna wien zurich zürich geneva genève basel bern lausanne madrid
    barcelona valencia sevilla seville bilbao málaga malaga zaragoza lisbon lisboa porto rome roma milan
    milano turin torino naples napoli bologna florence firenze genova venezia amsterdam rotterdam utrecht
    eindhoven haag brussels bruxelles antwerp antwerpen ghent luxembourg copenhagen københavn stockholm
    gothenburg göteborg oslo helsinki espoo tampere turku oulu vantaa warsaw kraków krakow prague
    budapest bucharest athens istanbul dubai riyadh doha cairo lagos nairobi johannesburg capetown
    mumbai bombay delhi bangalore bengaluru hyderabad chennai pune kolkata gurgaon gurugram noida
    singapore tokyo osaka kyoto yokohama nagoya fukuoka seoul beijing shanghai shenzhen hongkong taipei
    sydney melbourne brisbane perth adelaide auckland wellington toronto montreal montréal vancouver
    calgary ottawa boston nyc chicago seattle austin denver atlanta dallas houston miami phoenix
    philadelphia pittsburgh detroit minneapolis portland sf sfo la baltimore charlotte nashville raleigh
    sacramento cleveland cincinnati columbus indianapolis milwaukee orlando tampa jaipur lucknow ahmedabad
    gent ghent leuven mechelen brugge bruges liège namur charleroi lugano bellinzona luzern lucerne winterthur graz
    linz innsbruck
    chandigarh kochi indore nagpur coimbatore surat bhopal patna lausanne
    naples montreal quebec québec laval leeds sheffield nottingham leicester liverpool
    newcastle southampton brighton oxford cambridge aberdeen dundee galway limerick waterford brooklyn manhattan
    queens bronx
    tilburg groningen almere breda nijmegen apeldoorn haarlem arnhem enschede amersfoort zaanstad zwolle leiden
    maastricht dordrecht zoetermeer delft deventer leeuwarden alkmaar hilversum venlo helmond heerlen amstelveen
    schiedam emmen hertogenbosch liege luik hasselt kortrijk aalst mons bochum wuppertal bielefeld münster augsburg
    wiesbaden mönchengladbach gelsenkirchen braunschweig kiel chemnitz aachen magdeburg freiburg krefeld mainz
    lübeck erfurt rostock kassel potsdam saarbrücken darmstadt regensburg würzburg ingolstadt ulm
    wolfsburg göttingen osnabrück oldenburg paderborn jena trier koblenz salzburg klagenfurt strasbourg montpellier
    rennes reims toulon grenoble dijon angers nîmes limoges amiens metz besançon perpignan orléans rouen caen
    avignon poitiers brest annecy palermo bari catania verona messina padova trieste brescia taranto prato parma
    modena perugia livorno ravenna cagliari foggia rimini salerno ferrara sassari monza bergamo vicenza trento
    bolzano novara piacenza ancona lecce udine pisa siena murcia alicante córdoba cordoba valladolid vigo gijón
    gijon vitoria granada coruña elche oviedo badalona cartagena terrassa jerez sabadell móstoles pamplona almería
    almeria donostia burgos salamanca albacete getafe logroño huelva marbella tarragona cádiz cadiz lleida girona
    bogotá bogota medellín medellin barranquilla lima quito guayaquil caracas monterrey guadalajara puebla tijuana
    querétaro queretaro cancún montevideo jyväskylä lahti kuopio pori joensuu lappeenranta hämeenlinna vaasa
    seinäjoki rovaniemi mikkeli kotka porvoo kokkola hyvinkää järvenpää rauma kajaani kerava 札幌 仙台 千葉 川崎 東京 名古屋 大阪
    神戸 広島 福岡 新宿 渋谷 池袋 品川 梅田 難波 銀座 丸の内 大手町 六本木 秋葉原 横浜 京都 coventry bradford wolverhampton plymouth portsmouth swansea
    exeter norwich luton swindon slough watford croydon jacksonville memphis louisville albuquerque tucson fresno
    omaha oakland tulsa boise edmonton winnipeg mississauga brampton markham canberra hobart geelong kanpur thane
    visakhapatnam vadodara cochin thiruvananthapuram trivandrum mysore mysuru manila jakarta bangkok""".split()
)
#: A run of capitalised words, with the small words names have inside ("Bank of America", "Procter & Gamble").
_CAPITALISED_RUN = re.compile(
    r"(?:(?<![\w'’-])|(?<=\b[lLdD]['’]))[A-ZÀ-ÖØ-Þ][\w'’&-]*(?:\.\w+)*(?:[ \t]+(?:(?:&|and|of|de|du|des|del|di|della|da|la|le|van|von|der|"
    r"den|y|e|und|et)[ \t]+)?[A-ZÀ-ÖØ-Þ][\w'’&-]*(?:\.\w+)*){0,5}")
#: Words for an institution that a name is built on ("Helios Klinikum Krefeld", "CHU de Lille").
_INSTITUTION = re.compile(
    r"(?<![\w-])(?:Klinikum|Klinik|Universitätsklinikum|Krankenhaus|Stadtwerke|Gemeente|Stadt|Landkreis|"
    r"Ospedale|Azienda Ospedaliera|Policlinico|Comune|Università|Hôpital|CHU|CHRU|Clinique|Mairie|Ville|"
    r"Université|Hospital|Hospitales?|Ayuntamiento|Universidad|Ziekenhuis|Universiteit|Hogeschool|"
    r"Sairaala|Kaupunki|Yliopisto|Hospital|Infirmary|University|College|Academy|Council|NHS Foundation Trust|"
    # schools and the public bodies that run them ("en el Colegio Nuestra Señora del Pilar", "Lycée Jean Moulin")
    r"Colegio|Escuela|Instituto|Scuola|Istituto|Liceo|École|Ecole|Lycée|Collège|Schule|Gymnasium|Grundschule|"
    r"Realschule|Gesamtschule|Hochschule|Basisschool|Lukio|Département|Diputación|Landratsamt|Bezirksamt)"
    r"(?![\w-])"
)
#: "2nd", "R2", "L2" (a level, as India numbers rounds), "2e", "2ème", "2.", "2º", "2a": a round's number, never a name.
_ORDINAL = re.compile(r"[rl]?\d{1,2}(?:st|nd|rd|th|e|er|re|ère|ème|eme|º|ª|°|a|o|da|do|ra|ro|ta|to|\.)?")
#: Hours from and to, after a name: "BrewDog Soho 5-9", "Lidl 6–14" (a shift), not "24-7 Intouch" before one.
_HOURS = re.compile(r"(?:[01]?\d|2[0-4])(?:[:.]\d{2})?\s*[-–]\s*(?:[01]?\d|2[0-4])(?:[:.]\d{2})?(?:am|pm|h|u|uhr)?")
#: Reference numbers in a title ("Ref C9-344-26", "REQ-20260317", "R-98213", "GS-1102-11"): never a name.
_CODE = re.compile(r"(?=(?:[\w#/-]*?\d){3})[\w#/-]+|ref\.?|req\.?|jr|requisition|posting|vacancy|avviso|"
                   r"convocatoria|ausschreibung")
#: "Y4 class teacher", "L6 PMT", "Band 5": a level, never a name (O2 and F5 are companies).
_LEVEL = re.compile(r"[a-z]\d")
_LEVEL_NAMES = frozenset({"o2", "f5", "e4"})
#: A public employer's pay grade after a post: "EG 9b", "E 13", "A 13", "TVöD E9", "W2".
_PAY_GRADE = re.compile(r"(?:TV[öÖoO]D|TV-L|TV-H)?\s*(?:EG|E|A|W|S|P|KR)\s?\d{1,2}[a-c]?(?:/\d{1,2})?")
#: A name that starts with a digit, as written: a capital or a word after the digits ("3M", "7-Eleven", "23andMe",
#: "99designs"), but not a time, an ordinal or a duration ("10AM", "2ND", "30MIN").
_DIGIT_NAME = re.compile(r"(?!(?i:\d+(?:am|pm|h|hrs?|uhr|u|min|mins|minutes?|st|nd|rd|th|x|k)\b))"
                         r"\d{1,3}-?(?:[a-z]*[A-Z]|[a-z]{4,})[\w&-]*")
#: Emoji, flags and other symbols people put in titles ("Globant 💻", "PwC 🇨🇱"): never part of a name.
_SYMBOLS = frozenset({"So", "Sk", "Cs", "Co", "Cn"})
#: Domain labels a whole public sector writes from: the employer is in the title, not the domain.
_SHARED_LABELS = frozenset("nhs gov gouv gc overheid bund admin gob gv nic europa govt hse".split())
#: The gender ending a role is written with: "Addetto/a", "Sachbearbeiter/in", "conseiller·ère", "Agent(e)".
_GENDER_ENDING = re.compile(r"(?:/|·|\(|\*|:)(?:a|e|in|innen|ère|euse|rice|ne|o)\)?$")
#: Street words that end an address after a name: "Costa Fulham Rd", "Chick-fil-A Riverside Plaza".
_STREET_NOUNS = frozenset("road rd street st avenue ave boulevard blvd lane square plaza mall drive dr way".split())
#: Countries and regions after a name the domain confirms: "PwC UK", "Deloitte Deutschland".
_COUNTRIES = frozenset(
    "uk us usa emea apac india deutschland germany france nederland netherlands españa espana spain italia italy "
    "japan suomi finland nordics dach benelux ireland canada australia singapore schweiz switzerland österreich "
    "austria belgium belgique sverige norge danmark polska europe".split()
)
#: "&" in the supported languages, before the words that end a firm's name.
_AMPERSANDS = frozenset("& and und e y et".split())
#: Words that end a firm's name after "&": "Berger & Partner", "Smith & Associates".
_PARTNER_WORDS = frozenset("partner partners partnerinnen associates co co. sons söhne fils hijos figli zonen".split())
#: Groups of people that belong to an employer: "Selection Committee of Ashoka University".
_BODIES = frozenset("committee panel team members recruiters recruitment".split())
#: Public offices named after their field: "Ministry of Finance", "Department for Education".
_OFFICES = frozenset("ministry department dept office bureau agency board commission secretariat directorate "
                     "ministerium ministère ministerio ministero ministerie ministeriö departamento dipartimento "
                     "département faculty faculté facultad facoltà school college institute".split())
#: Public bodies named after their city: the city stays ("Gemeente Rotterdam", "Stadtwerke München").
_CITY_OWNERS = frozenset(
    "gemeente stadt stad stadtwerke landeshauptstadt city ville città ciudad comune ayuntamiento kaupunki "
    "municipality council kommune landkreis provincie provincia province regione région region "
    "county university universität universiteit université università universidad hochschule hospital "
    "hospitals klinikum universitätsklinikum port metro college hogeschool politecnico spital umc chu way "
    "finanzamt jobcenter landratsamt bezirksamt rathaus mairie".split()
)
#: A Finnish title: its names may carry case endings.
_FINNISH = re.compile(r"(?i)haastattelu|puhelu|tapaaminen|kanssa|rekry|kierros|työ|hakemu|\bsoit(?:to|ta|ti|a)|paik|tehtäv|\bklo\b|"
                      r"koepäivä|koevuoro|tutustumi|yliopisto|kaupungi|tutkija|koordinaattori|hakemuksesta")
#: Compounds that end in a stage: "HR-haastattelu", "Rekrytointihaastattelu", "Vorstellungsgespräch".
_STAGE_SUFFIXES = ("haastattelu", "haastatteluun", "puhelu", "gespräch", "gesprek", "interview", "tapaaminen", "kutsu")
#: Finnish stage words a genitive name comes before: "Nesteen HR-puhelu", "Koneen haastattelu"; and "Interview", which a
#: stage phrase reads as in the title ("Koneen toinen kierros").
_FI_STAGE_ENDINGS = ("puhelu", "haastattelu", "tapaaminen", "rekrytoija", "interview")
#: Finnish institutions named by a place in the genitive, with any case ending: "Tampereen kaupunki",
#: "Helsingin yliopistolla", "Oulun yliopistollisessa sairaalassa" (its first noun is enough).
_FI_INSTITUTION = re.compile(
    r"(kaupunki|kaupungi|kunta|yliopisto|yliopistollise|ammattikorkeakoulu|sairaala|seurakunta|hyvinvointialue|"
    r"kaupunginkirjasto|kirjasto|museo|teatteri|ooppera|satama|lentoasema|koulu|peruskoulu|lukio|päiväkoti|"
    r"terveyskeskus|opisto|ammattiopisto)(?:n|lla|llä|ssa|ssä|lle|sta|stä|an|ön|on)?$")
#: Genitive forms no nominative name has: Nesteen, Mehiläisen, Veikkauksen, Reaktorin.
_CLEAR_GENITIVE = re.compile(r"(?:een|isen|ksen|[^aeiouyäö\W]in)$")
#: Finnish institution nouns from their case stem: "Helsingin kaupungilla" → Helsingin kaupunki.
_FI_STEMS = {"kaupungi": "kaupunki", "yliopistollise": "yliopistollinen"}
#: Finnish words for a company's premises: the genitive before them is a town.
_FI_PLACE = re.compile(r"(?:toimisto|konttori|toimipiste|myymälä|tehdas|varasto|terminaali|varikko|ravintola|kahvila|"
                       r"hotelli)\w*$")
#: Finnish words that follow a name in the genitive: "Futuricen tiimin kanssa", "Reaktorin rekrytoija".
_FI_AFTER_GENITIVE = frozenset(
    "kanssa tiimi tiimin tiimiin tiimille rekrytoija rekrytoijan rekrytoijat rekrytointi rekrytointitiimi "
    "toimisto toimistolla toimistossa toimistolle pääkonttori "
    "pääkonttorissa henkilöstö henkilöstön esihenkilö esihenkilön esihenkilöä esimies esimiehen johtaja johtajan "
    "johdon toimitusjohtaja toimitusjohtajan edustaja edustajan edustajien hr-tiimi "
    "palvelukseen paikka paikasta tehtävä tehtävään toinen kolmas ensimmäinen viimeinen jatkokierros kakkoskierros "
    "kolmoskierros loppukierros".split()
)
#: Lower-case words after a name that make it a place of work, not the employer: "London office".
_LOCATION_WORDS = frozenset("office offices campus site hq headquarters building location area".split())
#: A company's sites, which a place's name follows: "Rossmann Filiale Leipzig-Gohlis", "Renault Usine de Flins".
_SITE_NOUNS = frozenset("filiale werk standort niederlassung usine agence magasin planta sucursal fábrica fabrica "
                        "stabilimento negozio vestiging filiaal fabriek".split())
#: Nouns that make a name a place: "Visitor Lot B", "Union Station", "Extension 442", a site.
_PLACE_NOUNS = _SITE_NOUNS | frozenset(
    "lot parking station extension ext room suite floor lobby gate terminal airport hotel cafe café "
    "coffee avenue ave road rd boulevard blvd lane square plaza reception entrance building ward unit icu nicu picu hdu ccu "
    "parkhaus parkplatz tiefgarage garage".split()
)
#: Places that are also employers when named: "Four Seasons Hotel", "Heathrow Airport", "Café Sacher".
_PLACE_EMPLOYERS = frozenset("hotel airport cafe café garage".split())  # and "Garage Lemoine", a repair shop
#: Words that make a name a company's, not a person's: "Jane Street", "Morgan Capital".
_COMPANY_WORDS = frozenset(
    "street capital partners partner group labs lab bank health systems technologies technology tech "
    "ventures media studios studio foods motors energy solutions consulting associates holdings industries "
    "international global software robotics analytics security insurance pharma pharmaceuticals clinic "
    "hospital university college school institute foundation trust council agency bio therapeutics ai "
    "networks logistics airlines airways games entertainment financial finance investments advisors "
    "company co inc corp llc ltd gmbh ag oyj oy ab plc llp sa spa srl bv nv se kg asa dental surgery medical "
    "pharmacy veterinary vets practice solicitors lawyers accountants architects academy nursery bakery "
    "restaurant hotel brewery construction engineering manufacturing services union society cooperative "
    "roasters farms brewing association living components products homes".split()
)

# --------------------------------------------------------------------------------------------------
# Title clean-up.

_TAG = re.compile(r"(?<!\w)#[\w-]+")
_WRAPPER = re.compile(
    r"^\s*(?:(?:updated\s+)?invitation|accepted|declined|tentatively\s+accepted|tentative|canceled|cancelled|"
    r"abgesagt|annulé|annule|cancelado|annullato|geannuleerd|peruttu|fw|fwd|re|aw|wg|tr|rv|hold|reminder|"
    r"confirmed|confirmation|rescheduled|new\s+event|updated|\[[^\]]{0,40}\])\s*[:\-–—|]?\s+",
    re.IGNORECASE,
)
_APP_PREFIX = re.compile(
    r"^\s*(?:zoom(?:\s+meeting)?|(?:microsoft\s+)?teams(?:\s+meeting)?|google\s+meet|meet|webex|skype|"
    r"whereby|gotomeeting|bluejeans|amazon\s+chime|chime|hangouts?|facetime|phone|tel|call)\s*[:\-–—|]\s*",
    re.IGNORECASE,
)
#: Google's e-mailed invitation title: "Interview @ Tue Nov 3, 2026 10am - 11am (EST) (me@x.dev)".
#: The gender mark job adverts add to a role: "(m/w/d)", "H/F", "(f/m/x)", "(all genders)".
_GENDER_MARK = re.compile(
    r"(?<![\w/])\(?[mwfdhx]/[mwfdhx](?:/[mwfdhx])?\)?(?![\w&.-])|\(all genders\)|\(a/f/m\)", re.IGNORECASE)
#: The date Google's invitation titles end with: "Interview @ Wed Dec 3, 2026 10am - 11am (GMT)", "@ Tue 3 Dec 2026";
#: a whole weekday, then a month or a day, so that "Interview @ Sunrise Robotics" keeps its employer.
_GOOGLE_INVITE_TAIL = re.compile(
    r"\s+@\s+(?:mon(?:day)?|tue(?:s|sday)?|wed(?:s|nesday)?|thu(?:r|rs|rsday)?|fri(?:day)?|sat(?:urday)?|sun(?:day)?)"
    r"\.?,?\s+(?:\d|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b).*$", re.IGNORECASE)
_TIME = re.compile(r"(?<!\w)(?:\d{1,2}(?:[:.]\d{2})?\s*[-–]\s*\d{1,2}(?:[:.]\d{2})?\s*(?:am|pm|h|uhr)|\d{1,2}(?::\d{2})?\s*(?:am|pm|h|u)|\d{1,2}u\d{2}|\d{1,2}[:.h]\d{2}|\d{1,2}\s*uhr)(?!\w)"
                   r"|\d{1,2}時(?:\d{1,2}分|半)?[〜~]?", re.IGNORECASE)  # "セブンイレブン 14時", "14時半〜"
_SEPARATORS = re.compile(r"\s*[→⇒➔►]\s*|\s+[-–—|/•·~+>]+\s+|\s*[|•·｜／・]\s*|[:：]\s+|：|\s*[()\[\]{}（）【】「」『』]\s*|,\s+|、|"
                         r"\s+x\s+|\s+<>\s+|\s*/\s*")
#: "at X", "@ X", "w/ X": the words after these name the company more often than not.
_AT = re.compile(r"(?:^|\s)(?:at|@|bei|chez|presso|bij)\s+(?=\S)|(?:^|\s)@(?=\w)", re.IGNORECASE)
_WITH = re.compile(r"(?:^|\s)(?:w/\s*|(?:with|from|for|mit|avec|con|met|re:?|regarding|für|pour|para|per|voor|"
                   r"kanssa|via)\s+)(?=\S)", re.IGNORECASE)
#: "Interview in San Francisco", "Acme in Boston": what follows "in" is a place, not a name.
_IN_PLACE = re.compile(r"(?i)\s(?:in|im|à|nel|nella)\s+\S.*$")
_PARTS = re.compile(r"(?i)\s(?:at|with|w/|for|from|re:?|@|bei|mit|chez|avec|con|presso|bij|met|für|pour|para|via)\s")
#: Names built on "for": "Habitat for Humanity", "Teach For America", "Center for Reproductive Rights".
#: A law firm's partners, listed: "Morgan, Lewis & Bockius", "Skadden, Arps, Slate, Meagher & Flom".
_FIRM_OF_PARTNERS = re.compile(r"\b[A-Z][\w'’-]+(?:, [A-Z][\w'’-]+)+,? (?:&|and) [A-Z][\w'’-]+(?![ \t]+[a-z])")
_NAMED_FOR = re.compile(
    r"\b(Habitat|Center|Centre|Institute|Foundation|Association|Alliance|Coalition|Society|Council|Partners|"
    r"Doctors|Teach|Fund|Office|Agency|Campaign|Committee|Network|Trust) ([Ff]or) (?=[A-Z])")

# --------------------------------------------------------------------------------------------------
# Description anchors: phrases after which the employer's name follows.

_DESC_ANCHORS = re.compile(
    r"(?:\b(?:role|position|job|opening|vacancy|opportunity|internship|team|interview|career|offer|"
    r"openings|roles|positions)s?\s+(?:at|with|@)"
    r"|\bon\s+behalf\s+of|\bappl(?:y|ying|ied)\s+(?:to|for|with|at)"
    r"|\bapplication\s+(?:to|with|at)|\bwelcome\s+to|\bjoin(?:ing)?\s+(?:us\s+at|the\s+team\s+at)"
    r"|\bthis\s+is\s+\w+\s+from|\b[A-Z][a-z]+\s+from"
    # a person and their post in brackets, then whose: "con Jordi (VP Engineering) de Factorial", "Mirjam (teamcoach) van"
    r"|\b[A-ZÀ-Þ][a-zà-ÿ]+\s*\([^()\n]{1,40}\)\s+(?:from|de|van|von|di|du|del|della|of|at|bei|bij|chez|@)(?=\s)"
    r"|\b(?:hier\s+ist|ich\s+bin|sono|soy|c['’]est|je\s+suis)\s+[A-ZÄÖÜ]\w+\s+(?:vom|von\s+der|von|di|della|"
    r"dello|dell['’]|del|de\s+la|de|du|van\s+de|van|bij)(?=\s|(?<=['’])\w)"
    r"|\b(?:interview|call|chat|conversation|colloquio(?:\s+\w+)?|entrevista|entretien|gespräch|gesprek|"
    r"haastattelu|conversación|chiamata|llamada)\s+(?:con|with|mit|avec|met|kanssa)"
    r"|\b(?:recruiter|recruiting|recruitment|talent\s+partner|hiring\s+manager)\s+(?:at|from|with|for)"
    r"|\bhere\s+at|\bwork(?:ing)?\s+(?:at|for)"
    r"|\b(?:recruiter|recruteu(?:r|se)|reclutador[a]?|reclutamiento|recrutement|recruiting|selezione|werving|"
    r"rekrytoija|personalabteilung|talent\s+acquisition)\s+(?:de|from|at|of|di|van|bei|chez|con|der|des)"
    r"|\b(?:hr(?:\s+business)?\s+partner|people\s+partner|rrhh|recursos\s+humanos|atracci[oó]n\s+de\s+talento|"
    r"risorse\s+umane|ressources\s+humaines|talent)\s+(?:at|of|from|di|de|del|della|en|bei|chez|van|der|des|du)"
    r"|\bselecci[oó]n\s+en"
    # a job board's invite names the employer by what it is: "l'azienda Osteria Da Fortunata ha fissato un colloquio"
    r"|\b(?:l['’]azienda|la\s+empresa|l['’]entreprise)(?=[ \t]+(?![Cc]lient))"
    # the people the candidate meets, by their title there: "co-founder @ Kettle", "Head of Product @ Fieldnote",
    # "co-fondateur de Kelvo", "ufficio personale dell'Azienda Ospedale-Università Padova"
    r"|\b(?:co-?founder|founder|co-?fondat(?:eur|rice)|fondat(?:eur|rice)|co-?fundador[a]?|fundador[a]?|"
    r"co-?fondat(?:ore|rice)|fondat(?:ore|rice)|mede-?oprichter|oprichter|perustaja|mitgründer(?:in)?|gründer(?:in)?|"
    r"ceo|cto|coo|cfo|cpo|head\s+of\s+[\w&-]+|director\s+of\s+[\w&-]+|ufficio\s+personale)"
    r"\s*(?:of|at|@|de|di|del|della|dell['’]|van|von|bei|chez|en)(?=\s|(?<=['’])\w)"
    r"|\b(?:recruiter|recruteu(?:r|se)|charg[ée]e?\s+de\s+recrutement|talent\s+partner|reclutador[a]?|selezionatric?e)"
    r"\s*(?:,|[–—-](?=\s))"
    # an agency revealing its client: "I can tell you it's Aviva", "il s'agit de L'Oréal", "- it's Samworth Brothers"
    r"|\b(?:can\s+(?:now\s+)?(?:tell|share\s+with)\s+you|can\s+(?:now\s+)?reveal|[–—-])\s+(?:that\s+)?(?:it['’]s|it\s+is)"
    r"|\bil\s+s['’]agit\s+de|\bse\s+trata\s+de|\bsi\s+tratta\s+di|\bes\s+handelt\s+sich\s+um|\bhet\s+gaat\s+om"
    r"|\bbei\s+der|\bbei|\bchez|\bau\s+sein\s+de|\bpresso|\ben\s+la\s+empresa|\bbij)\s*",
    re.IGNORECASE,
)
_TEAM_SIGNATURE = re.compile(
    r"((?:[A-Z0-9][\w&.'’-]*\s+){1,4}?)(?:Campus\s+|University\s+|Graduate\s+|Early\s+Careers?\s+)?"
    r"(?:Recruiting|Recruitment|Talent(?:\s+Acquisition)?|Careers|HR|People(?:\s+Team)?|Hiring)(?:\s+Team)?",
)
#: A team's sign-off: "Team Picnic", "Team Talent, bunq", "L'équipe Recrutement" (its employer on the next line).
_TEAM_SIGN_OFF = re.compile(
    r"(Team|Tiimi|L['’]équipe(?:\s+de)?|El\s+equipo(?:\s+de)?|Il\s+team(?:\s+di)?|Het\s+team(?:\s+van)?|Das\s+Team(?:\s+von)?)"
    r"\s+([A-ZÀ-Þ][\w&.'’-]*(?:\s+[A-ZÀ-Þ][\w&.'’-]*){0,3})?(?:\s*(?:,|–|-|\|)\s*(\S.{0,40}))?")
#: What a team of the user's own company does, which a sign-off names instead of its employer ("Team Onboarding").
_TEAM_WORK = frozenset("onboarding events social office admin it facilities communications comms".split())
#: A name a sign-off gives: capitalised words, no digits, no sentence ("Safran Aircraft Engines", "bunq").
_SIGNED_NAME = re.compile(r"(?:[A-ZÀ-Þ]|[a-z]{2,}[A-Z]?)[\w&.'’-]*(?:\s+[A-ZÀ-Þ&][\w&.'’-]*){0,4}|[a-z][\w-]{2,15}")
#: An agency's client is the employer: "unser Kunde Siemens", "nostro cliente Ferrero S.p.A.".
#: A line naming the employer and then its hiring office after a dash.
_TEAM_AFTER_DASH = re.compile(
    r"(.{2,60}?)\s+[–—-]\s+(?:Human\s+Resources|HR|Recruiting|Recruitment|Talent\s+Acquisition|People|Personalabteilung|"
    r"Ressources\s+humaines|Recursos\s+Humanos|Risorse\s+Umane|Recrutement|Selección|Werving)(?:\s+(?:Department|Dept\.?|Team|Office))?",
    re.IGNORECASE,
)
_CLIENT = re.compile(
    r"\b(?:(?:[Oo]ur|[Uu]nser(?:em|en|er)?|[Nn]otre|[Nn]uestro|[Nn]ostro|[Oo]nze|[Mm]eidän)\s+(?:client|customer|"
    r"[Kk]unde[n]?|cliente|opdrachtgever|klant|asiakas)|[Mm]y\s+client|[Aa]siakasyrity(?:ksemme|s)|[Cc]lient(?:e)?\s*[:=]"
    r"|\bbeim\s+Kunden"
    r"|\bper\s+conto\s+(?:del\s+cliente|di)|\bpour\s+le\s+compte\s+d(?:e|u|es)|\bim\s+Auftrag\s+(?:von|unseres\s+Kunden)"
    r"|\b[Tt]he\s+client\s+is|\b(?:para\s+)?su\s+cliente|\bper\s+il\s+cliente|\b[Aa]siakkaana|\bleur\s+client)\s+"
)
#: A lower-case article before a name in prose: "la Compagnie Nationale du Rhône", "il Gruppo Hera".
_ARTICLE = re.compile(r"(?:la|le|les|l['’]|el|il|lo|het|die|das)\s*(?=[A-ZÀ-Þ])")
#: Regions a sales or hiring text names where a client might stand: "a Customer Success Manager for EMEA".
_REGIONS = frozenset("emea apac apj latam amer americas dach benelux nordics nordic cee mena uki uk&i anz "
                     "north south east west central midwest northeast northwest southeast southwest".split())
#: A name followed by its legal form is a company: "Schneider & Partner mbB", "Valmet Oyj:n".
_LEGAL_FORM = re.compile(
    r"(?<=\S)\s+(?:GmbH(?:\s*&\s*Co\.?\s*KG)?|AG|SE|KG|mbB|e\.\s?V\.?|S\.\s?L\.?(?:U\.?)?|S\.\s?A\.?(?:S\.?)?|SAS|SARL|SRL|"
    r"S\.r\.l\.?|S\.p\.A\.?|SpA|B\.V\.?|N\.V\.?|BV|NV|Oyj|Oy|Ab|AB|ASA|A/S|Inc\.?|LLC|L\.L\.C\.?|Ltd\.?|Limited|plc|PLC|"
    r"Corp\.?|Corporation|Pty\s+Ltd|LLP)(?=[\s,.;:)–—-]|:n|$)"
)
#: First words after an anchor that begin no employer's name: a department ("sono Giulia della Risorse Umane
#: di Ferrero"), a kind of contract ("il s'agit de CDI chez Decathlon"), a generic noun ("si tratta di Azienda leader").
_NOT_A_NAME_START = frozenset(
    "risorse umane|recursos humanos|ressources humaines|human resources|direction|direction rh|rh|hr|rrhh|"
    "personalabteilung|vollzeit|teilzeit|cdi|cdd|fulltime|parttime|full-time|part-time|befristet|unbefristet|"
    "festanstellung|eine|ein|un|una|une|een|vollzeitstelle|teilzeitstelle".split("|"))
#: Kinds of employer, an agency's word for its client and times, written in lower case alone: "Phone interview w/
#: county", "cliente confidencial", "ore 7 #interview" (Italian "at 7") name nobody; the notes may ("Riverside County HR").
_LOWER_CASE_NOUNS = frozenset("county city council state district hospital clinic school college university bank store "
                              "shop restaurant hotel office agency firm ore cliente klant opdrachtgever asiakas sector "
                              "secteur settore sektor sektori".split())
#: Where work is done, named by its kind alone ("bakery 4am", "Obra calle Alcalá", "Varasto Vantaa", "倉庫 10時"):
#: no one's name, in any case, where the notes or the place may say whose it is.
_WORKPLACES = frozenset("""bakery warehouse farm kitchen site building-site obra almacén almacen nave panadería
    chantier entrepôt boulangerie baustelle lager bäckerei cantiere magazzino panetteria bouwplaats magazijn bakkerij
    työmaa varasto leipomo 倉庫 現場 工場 パン屋 農園 畑""".split())
#: Generic nouns that are a name only with more after them: "si tratta di Azienda leader" names nobody,
#: "dell'Azienda Ospedale-Università Padova" does.
_GENERIC_NOUNS = frozenset("azienda empresa unternehmen entreprise società bedrijf yritys firma company".split())
#: A public body written in lower case after an anchor: "recruiter van de gemeente Rotterdam", "bei der Stadt Graz".
_OWNER_AFTER = re.compile(r"(?:de|het|der|die|la|le|el|il|the)?\s*(gemeente|stadt|ville|città|ciudad|comune|kaupungin?|"
                          r"ayuntamiento\s+de|city\s+of|municipality\s+of)\s+(?=[A-ZÄÖÜ])")
#: Words before a person's title that make it a past one: "former CTO of", "ex-CFO of", "ancien directeur de".
_FORMER = re.compile(r"(?i)\b(?:former(?:ly)?|ex|previously|antigu[oa]|ehemalig\w*|ancien(?:ne)?|worked|interned|"
                     r"i work|i'm working|i am working|my time|my years|ich war|vorher|früher|zuvor|auparavant|"
                     r"j'étais|j'ai travaillé|trabajé|trabajaba|ho lavorato|lavoravo|werkte|olin)\s*-?\s*$")
#: The user's current job in the notes, before "at": "currently Sr. Marketing Manager at Loblaw", "I'm currently
#: at"; not a recruiter's "we're currently hiring for a role at Revolut".
_CURRENTLY = re.compile(
    r"(?i)(?:\b(?:i|i'm|i am|my|ich|je|yo|io|ik|minä)\b[^.\n|;:]{0,15}\b(?:currently|current|presently|actuellement|"
    r"actualmente|attualmente|derzeit|momenteel|tällä hetkellä)\b(?!\s+(?:hiring|recruiting|looking|seeking|searching|"
    r"interviewing|buscando|cherchons|cercando|suchen|zoeken))"
    # or a note of the user's that starts with it: "Actuellement chez Google.", "Derzeit bei Siemens."
    r"|(?:^|(?<=[.!?\n]))\s*(?:currently|actuellement|actualmente|attualmente|derzeit|zurzeit|momenteel)\b"
    r"(?!\s+(?:hiring|recruiting|looking|seeking|searching|interviewing|buscando|cherchons|cercando|suchen|zoeken|"
    r"we|there|our|nous|on|wir|es|ci|c'è|tenemos|hay|estamos|stiamo|hebben|zijn|er)\b)"  # a recruiter's "Currently we have"
    r"|\bcurrently\s+(?:an?\s+|sr\.?\s+|senior\s+|lead\s+|"
    r"head\s+|working\s+|employed\s+))(?:[^.\n|;:]|(?<=\b[A-Z][a-z])\.){0,50}$")  # "Sr." goes on
#: The weakest anchor, read last: "superintendent at Mortenson", "Talent Acquisition @ Pinecrest Home Health" (a
#: blank before "@", which "\b" would not allow: it needs a letter there, as in an address).
_AT_IN_PROSE = re.compile(r"(?:\bat|(?<!\S)@)\s+")
#: Words for a post, which a heading's second half names: "Farmacia Conti – posto da farmacista".
_JOB_NOUNS = frozenset("job role position post posto puesto poste stelle vacature vacancy opening paikka tehtävä "
                       "plaza vacante".split())
#: Teams a job title may name after a comma: "Senior Engineer, Payments", "Product Manager, Growth".
_DEPARTMENTS = frozenset("payments platform growth frontend backend design engineering marketing sales finance hr "
                         "compliance insights regulatory warehouse fulfilment fulfillment housekeeping verpleegkunde "
                         "product data operations ops legal security infrastructure mobile web brand research "
                         "analytics support success people talent recruiting customer retail digital it payroll datos "
                         "dati données daten riesgo riesgos rischi risques risiko "
                         # the units and specialties of hospitals, plants and offices, in the eight languages
                         "cardiology cardiologia cardiología cardiologie kardiologie kardiologia oncology oncologia "
                         "oncología oncologie onkologie onkologia cardiothoracic neurology neurologia neurología "
                         "neurologie pediatrics paediatrics pediatria pediatría pédiatrie pädiatrie pediatrie "
                         "radiology radiologia radiología radiologie orthopaedics orthopedics ortopedia "
                         "anaesthetics anesthesia anestesia anesthésie anästhesie emergency urgencias urgences "
                         "notaufnahme pronto soccorso spoed päivystys medicine "
                         "surgery chirurgia cirugía chirurgie theatres quirófano qualità quality qualité qualität "
                         "kwaliteit laatu controllo logistics logistica logística logistique logistik logistiek "
                         "procurement purchasing einkauf achats compras acquisti inkoop hankinta "
                         "osasto reparto servicio station afdeling abteilung".split())
#: A person's name before their job title: "Liam Nguyen – Talent Partner, ...", "Jane Doe, Recruiter, ...".
_SIGNED = re.compile(r"\s[–—-]\s|^\s*[A-ZÄÖÜ][\w'’-]+\s+[A-ZÄÖÜ][\w'’-]+\s*[,(]")
#: A comma before a capitalised word, where a job title may end and its employer follow.
_AFTER_A_COMMA = re.compile(r",[ \t]+(?=[A-ZÄÖÜ])")
#: Words after "at" that say when or where, not who: "at 10am", "at Monday", "at Reception".
_WHEN_WORD = re.compile(
    r"\d.*|noon|midnight|reception|home|the|our|your|my|this|that|least|last|first|once|monday|tuesday|"
    r"wednesday|thursday|friday|saturday|sunday|mon|tue|tues|wed|weds|thu|thur|thurs|fri|sat|sun|january|february|march|april|"
    r"may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|"
    r"nov|dec|eod|eow|cob|pst|pdt|est|edt|cst|cdt|mst|mdt|cet|cest|bst|gmt|utc|ist|jst|aest|main|"
    r"building|floor|gate|entrance|lobby|front|downtown|uptown|noon-ish|tbd|tba|instructions|details"
)
_LINE_NAMES = re.compile(
    # [ \t] and not \s after the colon: an empty "Company:" must not take the next line as its value.
    r"^[ \t]*(?:[-*•][ \t]*)?(?:hiring[ \t]+)?(?P<label>company|employer|organi[sz]ation|client|facility|firma|unternehmen|"
    r"arbeitgeber|entreprise|société|societe|empresa|azienda|società|societa|bedrijf|werkgever|organisatie|yritys|"
    r"työnantaja|会社名?|企業名?|社名)(?:[ \t]+name)?[ \t]*[:=：][ \t]*(?P<value>\S.*)$",
    re.IGNORECASE | re.MULTILINE,
)
#: A public employer's department or agency as a field: "Department: Ministry of Justice", "Behörde: Bundesagentur für
#: Arbeit", "Ministère : Ministère des Armées", "Virasto: Verohallinto".
_DEPARTMENT_LINE = re.compile(
    r"^[ \t]*(?:[-*•][ \t]*)?(?:department|ministry|agency|behörde|dienststelle|ministère|ministerio|ministero"
    r"|ministerie|virasto|府省名?)[ \t]*[:=：][ \t]*(?P<value>\S.*)$", re.IGNORECASE | re.MULTILINE)
#: The same field after another on one line, its label capitalised: "Second round. Team: Payments. Company: Monzo",
#: "Role: PM, Company: Monzo"; its value ends at the next stop, comma or bar.
_FIELD_IN_A_LINE = re.compile(
    r"^(?P<before>[^\n]*?)(?:[.;,|–—]|\s[-–—|]\s)[ \t]*(?P<label>Company|Employer|Unternehmen|Arbeitgeber|Entreprise|"
    r"Société|Empresa|Azienda|Società|Bedrijf|Werkgever|Yritys|Työnantaja)[ \t]*[:=：][ \t]*"
    r"(?P<value>[^\n;,|]+?)(?=\.\s+[A-ZÀ-Ý]|[ \t]*$|[;,|\n])", re.MULTILINE)
#: What a field of someone else's holds before "Company:" on its line: a booking form's or a candidate's own
#: ("Booked by: Jane Doe (jane.doe@gmail.com), Company: Freelance", "Name: Ana López, Company: Microsoft (current)").
_SOMEONE_ELSES_FIELD = re.compile(r"(?i)\b(?:name|booked by|invitee|candidate|candidat|kandidat|bewerber|reference)\b")
#: A field's value that names no employer: "TBD", "Confidential", "Freelance", "Microsoft (current)".
_NO_EMPLOYER_VALUE = re.compile(r"(?i)^(?:tbd|tba|tbc|n/?a|confidential|vertraulich|confidentiel|confidencial|riservat[oa]"
                                r"|freelance|unknown|\?+)\b|\((?:current|actual|aktuell|actuel|attuale)\)")
_CONNECTORS = frozenset("& and of for de du des la le van der von den y e und et + 's di del della degli delle "
                        "dei da do dos das".split())
_DOMAIN = re.compile(r"(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,24}")
#: An address; its local part is tried from its first character only (the look-behind), so that a long run of
#: letters with no "@" costs one pass, not one per character.
_EMAIL = re.compile(r"(?<![A-Za-z0-9._%+'-])[A-Za-z0-9._%+'-]+@([A-Za-z0-9.-]+\.[A-Za-z]{2,})")
#: Company sub-domains of meeting and hiring services: acme.zoom.us, acme.wd5.myworkdayjobs.com.
_VANITY = re.compile(
    r"\b([a-z0-9][a-z0-9-]{1,40})\.(?:zoom\.us|zoomgov\.com|webex\.com|my\.webex\.com|"
    r"wd\d+\.myworkdayjobs\.com|myworkdayjobs\.com|bamboohr\.com|recruitee\.com|teamtailor\.com|"
    r"workable\.com|breezy\.hr|applytojob\.com)\b|"
    r"\b(?:jobs\.lever\.co|boards\.greenhouse\.io|job-boards\.greenhouse\.io|jobs\.ashbyhq\.com|"
    r"apply\.workable\.com|jobs\.smartrecruiters\.com)/([a-z0-9][a-z0-9-]{1,40})",
    re.IGNORECASE,
)
_JA_FORMS = ("株式会社", "有限会社", "合同会社")
#: Kana that end a phrase before a name: particles and verb endings ("応募した", "経由で"); not the の of 味の素.
_JA_PARTICLES = re.compile(r"[ぁ-ゖ]{2,}|[でをにがはへと]")
#: Where a sentence takes over after a name written behind its legal form: a particle after a kanji, katakana or
#: Latin letter ("株式会社ミツバ電機へのご応募", "株式会社日立製作所の面接"); not a name's own kana ("株式会社みずほ
#: 銀行", "株式会社味の素").
_JA_SENTENCE = re.compile(r"(?<=[^\sぁ-ゖ])(?:[へでをにがはと]|の(?=面接|選考|求人|採用|募集|説明|件|皆|ご|お|方|担当|人事"
                          # a post after it, in katakana or Latin letters: "株式会社メルカリのプロダクトマネージャー求人"
                          r"|[ァ-ヶー]{3,}|[A-Za-z]))"
                          r"|への|での|における")
_JA_COMPANY = re.compile(r"(?:株式会社|有限会社|合同会社)\s*[^\s、。・（）()【】「」/／|｜:：\-—]{1,20}|"
                         r"[^\s、。・（）()【】「」/／|｜:：\-—]{1,20}(?:株式会社|有限会社|合同会社)")


#: Where a "Company:" line's name ends: an aside in brackets, a dash, or the next sentence ("client =
#: O'Brien's Bakery (6 shops across Dublin). She'll send the JD"); not "Dr. Weber", "Acme Inc. Ltd".
_LINE_END = re.compile(r"(?<!\s)\s*[(\[;]|^\s*[(\[;]|(?<=\S)\s*[（【]|\s[–—-]\s|(?<=\w{3})(?<!Prof)(?<!Dott)\.\s+(?=[A-ZÄÖÜ]\w*\s+[a-zäöü])")


def resolve(event: SourceEvent, own: frozenset[str], people: Iterable[str] = ()) -> Company | None:
    """The employer of an interview event, and where it was read; ``None`` when nothing says.

    ``own`` are the user's addresses (never the employer's); ``people`` are names known to be persons
    (interviewers from ``Interviewer:`` lines), so that "Call with Jordan Lee" is not a company.
    """
    found = _resolve(event, own, people)
    if found is None or (found.source == TITLE and _a_place_or_code(found.name, event)):
        # "Auswahlgespräch Nürnberg", "Colloquio ore 9 – avviso incarico TD": where, or a code; the notes' lines
        # may start with whose ("Bundesamt für Migration und Flüchtlinge (BAMF) | Frankenstraße 210, …")
        persons = _person_words(event, people)
        organisation = _organisation_in_notes(event, persons)
        if organisation:
            found = Company(organisation, DESCRIPTION)
    labels = [_label_key(d) for d in _domains(event, own)]
    if found and found.source in (TITLE, DESCRIPTION, CONFIRMED):
        found = Company(_completed(found.name, event, labels), found.source)
    if found is None or found.source == TITLE:
        named = _known_in(event.summary[:MAX_TITLE])
        if named and (found is None or (_squashed(found.name) in _squashed(named) and len(named) > len(found.name))
                      or (found.name.islower() and " " not in found.name and known_start([found.name]) is None)
                      or (found.name.endswith(f" {named}") and all(
                          _stage(_key(w)) or _role(_key(w)) or (w.isupper() and len(w) <= 3)
                          for w in found.name[:-len(named)].split()))):
            # a name the title rules read in part ("Naranja" of "Naranja X", "NTT" of "NTT DATA"), with a stage's
            # short form before it ("AC Deutsche Bahn"), or a lower-case word they guessed ("vers")
            found = Company(named, TITLE)
        elif named and found and _weaker(found.name, named, event):
            # a word of another part that names no company; the employer the notes name, if they do, over a place
            # the title names to meet at ("Desayuno con Andrés – Sanborns Reforma" for Heineken México)
            found = _known_in_notes(event, found) or Company(named, TITLE)
    if found is None or found.source in (TITLE, AGENCY):
        found = _known_in_notes(event, found) or found
    if (found is not None and found.source == TITLE and " " not in found.name and _unvouched(found.name, event)
            and not _in_the_employers_place(found.name, event.summary[:MAX_TITLE])):
        found = _over_a_stray_word(event, found.name, people) or found
    if (found is not None and found.source == TITLE and _where_to_meet(found.name, event)
            and not _in_the_employers_place(found.name, event.summary[:MAX_TITLE])):
        mentioned = _one_known_name(plain_text(event.description[:5_000]))
        found = Company(mentioned, DESCRIPTION) if mentioned else found
    if found is not None and found.source == TITLE and _unvouched(found.name, event):
        better = _organisation_elsewhere(event, _person_words(event, people))
        if better and _a_unit_of(found.name, better.name, event.summary[:MAX_TITLE]):
            found = better
    if found is None and event.location:
        placed = _well_known_at(event.location[:300])
        found = Company(placed, LOCATION) if placed else None
    if found is None and event.description:
        # the weakest readings, when nothing else names the employer: the name the notes open with, or a post's
        persons = _person_words(event, people)
        prose = plain_text(event.description[:5_000])
        others = f"{event.summary}\n{event.location}\n" + " ".join(a.email for a in event.attendees)
        last = (_named_first(_first_line(event.description), persons, others) or _after_a_post(prose, persons)
                or _interviewers_employer(prose, persons, signed=True) or _about_us(prose, persons))
        found = Company(last, DESCRIPTION) if last else None
        topic = None if found or not _VIDEO_INVITE.search(prose) else _TOPIC_LINE.search(prose)
        if topic and topic.group(1).strip() != event.summary.strip() and _INTERVIEW_WORD.search(topic.group(1)):
            # "Zoom Meeting" over notes that Zoom filled: "Topic: Paraprofessional Interview – Haines Elementary (Cedar
            # Bluff ISD)" is the title the scheduler gave, which the title's readers read as one
            titled = _resolve(replace(event, summary=topic.group(1)[:MAX_TITLE], description=""), own, people)
            found = Company(titled.name, DESCRIPTION) if titled and titled.source == TITLE else None
        if found is None:
            loosely = _known_names(prose, loose=True)
            found = Company(loosely[0], DESCRIPTION) if len(set(loosely)) == 1 else None
    if found and found.source in (TITLE, LOCATION, DESCRIPTION) and event.description and _at_a_venue(event, found):
        # "Coffee @ Blue Bottle Hayes Valley" over "Sarah (Head of Design @ Linear)": the title or the place names
        # where to meet, the notes whose the interviewer is
        host = _interviewers_employer(plain_text(event.description[:5_000]), _person_words(event, people))
        found = Company(host, DESCRIPTION) if host and _squashed(host) != _squashed(found.name) else found
    if found and found.source != LINE:
        finnish = _FINNISH.search(event.summary[:MAX_TITLE]) is not None
        return Company(_known_name(found.name, labels, found.source != DOMAIN, finnish), found.source)
    return found


def _where_to_meet(name: str, event: SourceEvent) -> bool:
    """Whether a title's ``name`` only says where to meet: the place names it too, the notes never, and it says
    nothing of being an employer's ("Spaces Zuidas" at "Spaces Zuidas, Barbara Strozzilaan 201", "Barrow St")."""
    words = name.split()
    if (_organisation(name) or _LEGAL_FORM.search(name) or _JA_COMPANY.search(name) or known_start(words) is not None
            or any(_key(w) in _COMPANY_WORDS for w in words)):
        return False
    name = trimmed(name)
    return bool(_occurrences(name, event.location[:300])) and not _occurrences(name, event.description[:5_000])


def _over_a_stray_word(event: SourceEvent, word: str, people: Iterable[str]) -> Company | None:
    """The employer the notes or the place name, over a ``word`` of the title that nothing else in the event says and
    that stands where no title puts an employer (``_in_the_employers_place``): a word, a district, a person or a code
    ("Belafspraak", "Check-in", "Hervanta", "Conti", "SHK"). The notes' one well-known employer, wherever they name it
    ("… Coolblue …"); else the place's organisation, when the word is a code or reads as a unit of it ("SHK" at
    "Wenzel Haustechnik GmbH, …", "Ayto." at "Ayuntamiento de Getafe, …"), and the place is no café.

    A coined name in the employer's place ("Interview - Pipedrift", "Brightwave interview") stays, whatever the notes
    say of rivals, clients or sites: such a small firm is named once, in the title."""
    mentioned = _one_known_name(plain_text(event.description[:5_000]))
    if mentioned:
        return Company(mentioned, DESCRIPTION)
    at = _location_name(event.location, _person_words(event, people)) if event.location else None
    if at and " " in at and not _at_a_venue(event, Company(at, LOCATION)) and (
            _TITLE_CODE.fullmatch(word) or _a_unit_of(word, at, event.summary[:MAX_TITLE])):
        return Company(at, LOCATION)
    return None


#: A meal or a coffee a title names the meeting for: "Coffee @ Blue Bottle", "Lunch - Gary Simmons", "Caffè con Marta".
_MEALS = frozenset("coffee coffees café cafe caffè caffe koffie kaffee kahvit kahville lunch lunchen brunch breakfast "
                   "dinner drinks pranzo cena colazione aperitivo almuerzo desayuno déjeuner dîner apéro mittagessen "
                   "frühstück abendessen lounas aamiainen illallinen ontbijt borrel déj dej".split())


def _at_a_venue(event: SourceEvent, found: Company) -> bool:
    """Whether the name found is where to meet rather than whose the interview is: the place is a café, a bar or a
    restaurant that the name is of ("Blue Bottle Coffee, 315 Linden St"), or the title is for a meal or a coffee at it
    or with someone ("Lunch @ Terroni Adelaide", "coffee w/ Bec"). Not a hotel, which hires as often as it hosts, nor
    a coworking firm a title for an interview names ("Interview – WeWork")."""
    head = event.location[:300].split(",")[0]
    first = _squashed(found.name.split()[0]) if found.name.split() else ""
    words = _words(event.summary[:MAX_TITLE])
    keys = [_key(w) for w in words]
    if _squashed(found.name).startswith(_COWORKING) and not _INTERVIEW_WORD.search(event.summary[:MAX_TITLE]):
        return True  # "WeWork Aldgate Tower"; but "Interview – WeWork", "…, Spaces" are with the coworking firm
    if first and any(_key(w) in _VENUES - _HOTELS for w in head.split()) and first in _squashed(event.location[:300]):
        return True  # "Whitechapel" at "Department of Coffee, 123 Whitechapel High St"
    at = next((i for i, k in enumerate(keys) if k in _MEALS), None)
    if at is not None and found.source == LOCATION:
        return True  # "Déj Vincent" at "Le Mary Celeste, 1 Rue Commines": a lunch's place is the restaurant's
    if at is None or found.source != TITLE:
        return False
    rest = " ".join(words[at + 1:at + 4])
    return bool(re.match(rf"(?i:@|at|w/|with|con|mit|avec|met|kanssa|en|im|bei|chez|à|al|nel|bij|-|–|—)\s+"
                         rf"(?i:(?:café|cafe|caffè|caffe|bar|kahvila|restaurant|ristorante|restaurante)\s+)?"
                         rf"{re.escape(found.name.split()[0])}", rest))


#: Where a post's holder works, after the post: "(VP Marketing, Wealthsimple)", "Mark = VP Sales @ Tallyfield",
#: "Head of Wealth Products, Hang Seng Bank", "owner of Sunny Days Support Services".
_POST_ENDS = frozenset("@ at bei chez presso bij en".split())
#: A post held before, written into it: "ex-Head of Design", "former VP", "ehemaliger Leiter".
_PAST_POST = re.compile(r"(?i)(?<!\w)(?:ex|former|formerly|previously|ehemalig\w*|ancien(?:ne)?|antigu[oa]|oud|entinen)\b")
#: Posts written short, or an owner's: "(EM, Monzo)", "Gary = owner, Simmons Roofing".
_SHORT_POSTS = frozenset("owner founder co-founder cofounder em hm pm gm md vp svp evp ceo cto coo cfo cpo socia socio "
                         "partner partnerin associée associé".split())
#: A chief's post, which the employer's name may follow with nothing between: "CTO Musixmatch", "(CEO Kestrel Analytics)".
_CHIEFS = frozenset("ceo cto coo cfo cpo cmo".split())
_HOTELS = frozenset("hotel hôtel".split())
#: Coworking spaces, which a title names as where to meet: "WeWork Lafayette", "Koffie @ Spaces Zuidas".
_COWORKING = ("wework", "spaces", "regus", "talentgarden", "impacthub", "mindspace", "betahaus", "industrious",
              "huckletree", "stationf", "copernico")


def _interviewers_employer(prose: str, persons: frozenset[str], signed: bool = False) -> str | None:
    """The employer an interviewer's post in the notes names, read where the title or the place named a café or a
    restaurant, or nothing named one: a post (one of its last four words a role: "Head of Design", "VP Marketing",
    "owner", or the hiring team's: "talento"), then "@", "at", a comma or an owner's "of", then a capitalised name that
    is not a department, a city, a person, an agency or a platform ("(talento, Mercado Libre)"); a chief's short post
    right before it ("CTO Musixmatch"); not a past post ("ex-Google"). ``signed``, where no café asks for it: only a
    post as one signs for a person, after a bracket, "=", a dash or the person's name and a comma ("Jen Alvarez = HR
    Director, Marlow Health"), not a job's words in a sentence ("RN license, BLS card", "higienista en Santander")."""
    for line in prose.split("\n")[:60]:
        spans = [m.span() for m in _A_WORD.finditer(line)][:80]
        words = [line[a:b] for a, b in spans]
        for j in range(1, len(words)):
            joined = words[j - 1].endswith(",")
            key = _key(words[j - 1].rstrip(","))
            # "(CEO Kestrel Analytics)", "Chiara Lodi – HR Ferrero": a chief's or HR's short post, then the name
            chief = key in _CHIEFS | _HR_POSTS and not joined and words[j][:1].isupper()
            if not joined and not chief and not (_key(words[j]) in _POST_ENDS or (
                    _key(words[j]) in ("of", "de", "di", "van", "du") and key in _SHORT_POSTS)):
                continue
            start = j if joined or chief else j + 1
            post: list[str] = []
            begin = j
            for i in range(j - 1, max(-1, j - 6), -1):  # the post, back to a bracket, "=", a dash or a sentence's end
                bare = words[i].strip("(),=–—-:")
                if not bare or (post and words[i].endswith((".", ":", ";", ","))):
                    break
                post.append(_key(bare))
                begin = i
                if words[i].startswith("("):
                    break
            if start >= len(words) or not any(_role(k) or k in _SHORT_POSTS or k in _HIRING_TEAM for k in post):
                continue
            if signed and not (words[begin].startswith("(") or (begin and (
                    words[begin - 1] in ("=", "–", "—", "-") or (
                        words[begin - 1].endswith(",") and words[begin - 1][:1].isupper())))):
                continue
            if (_FORMER.search(line[:spans[begin][0]]) or _PAST_POST.search(line[spans[begin][0]:spans[start][0]])
                    or _CURRENTLY.search(line[:spans[start][0]])):
                continue  # "Tom (ex-Head of Design at Stripe)"
            name = _name_after(line, spans[start][0], persons)
            first = _key(name.split()[0]) if name else ""
            ends = start + len(name.split())
            if ends < len(words) and _key(words[ends]) in _POST_ENDS:
                continue  # "socia de Fiscal en Cuatrecasas": a unit, and then whose it is
            if (not name or unaccented(first) in GIVEN_NAMES or _key(name) in _CITIES | _COUNTRIES or first in _DEPARTMENTS
                    or first.rstrip(".") in _HONORIFICS
                    or _role(first) or _agency(name) or _label_key(name) in PLATFORMS | AGENCIES):
                continue
            return name
    return None


def _unvouched(name: str, event: SourceEvent) -> bool:
    """Whether a title's name says nothing of being an employer's: no company's or institution's word, no legal
    form, not well known, no "&", and never said again in the notes or the place. Such a name may be a ward, a desk,
    a site or a post ("Acute Medicine", "Mayor's Office"), which ``_a_unit_of`` tells from a name of its own."""
    words = name.split()
    if (_organisation(name) or _LEGAL_FORM.search(name) or _JA_COMPANY.search(name) or not _latin(name) or "&" in words
            or any(_key(w) in _COMPANY_WORDS for w in words) or known_start(words) is not None):
        return False
    name = trimmed(name)  # "Globe!!"
    return not _occurrences(name, event.description[:5_000]) and not _occurrences(name, event.location[:300])


#: A job advert pasted into the notes introduces its employer: "About us: Hargreaves Lansdown is the UK's number one…",
#: "ABOUT US: The Texas Water Development Board is the state agency…", "Über uns: Die Stadtwerke Kiel sind…".
_ABOUT_US = re.compile(
    r"(?im)^[ \t]*(?:about us|about the company|who we are|über uns|wer wir sind|à propos de nous|qui sommes-nous ?\??"
    r"|sobre nosotros|quiénes somos|chi siamo|over ons|wie zijn wij|meistä|tietoa meistä)[ \t]*[:\-–—][ \t]*"
    r"(?:(?:the|die|der|das|la|le|les|el|los|las|il|lo|de|het)[ \t]+|l['’])?")
#: The verb after the employer's name in such an introduction.
_ABOUT_US_VERB = re.compile(r"[ \t]*,?[ \t]+(?:is|are|was|has|ist|sind|war|est|sont|es|son|fue|è|sono|zijn|on|ovat)\b",
                            re.IGNORECASE)
#: The labels that name a person as often as a company: the Spanish and Italian "Firma:" (a signature), the German and
#: Dutch "Organisation:" (an organiser).
_SIGNATURE_OR_ORGANISER = frozenset(("firma", "organisation", "organisatie"))


def _a_person_heads(value: str) -> bool:
    """Whether a field's value opens with a person, not an employer: the Spanish and Italian "Firma:" is a signature
    ("Firma: Laura García, RRHH de Grupo Eulen"), the German "Organisation:" an organiser ("Frau Müller (HR)")."""
    head = re.split(r"[,(–—|]", value, maxsplit=1)[0].split()
    keys = [_key(w) for w in head]
    return bool(keys) and (keys[0] in _HONORIFICS or (
        _person_name(" ".join(keys), frozenset()) and known_start(head) is None))  # not "Tommy Hilfiger"


#: Words that open such an introduction in place of the name: "Über uns: Als Tochter der Deutschen Telekom sind wir…",
#: "About us: Founded in 1998, …", "Chi siamo: Dal 1950 …".
_ABOUT_US_OPENINGS = frozenset("als as since seit depuis desde dal sinds founded gegründet fondée fundada fondata "
                               "opgericht perustettu we wir nous nosotros noi wij me our unser unsere notre nuestra "
                               "nostra onze".split())
#: The body of a Zoom or Teams invitation, whose "Topic:" is the meeting's title (elsewhere a "Topic:" line is what
#: the interview is about: "Topic: Case study – Spotify pricing").
_VIDEO_INVITE = re.compile(r"(?i)zoom\.us/j/|teams\.microsoft\.com/l/meetup-join|inviting you to a scheduled|"
                           r"join zoom meeting|lädt sie zu einem geplanten|vous invite à une réunion")
#: A word for an interview, which a Zoom topic that is a title holds: "Topic: Paraprofessional Interview – Haines …".
_INTERVIEW_WORD = re.compile(r"(?i)interview|entretien|entrevue|entrevista|colloquio|gespräch|sollicitatie|gesprek"
                             r"|haastattelu|面接|面談|screen|assessment|superday|onsite")
#: The title a Zoom or Teams invitation writes into the notes: "Topic: Paraprofessional Interview – Haines Elementary".
_TOPIC_LINE = re.compile(r"(?im)^[ \t]*(?:topic|thema|sujet|tema|argomento|onderwerp|aihe|トピック)[ \t]*[:：][ \t]*(\S.*)$")


def _about_us(prose: str, persons: frozenset[str]) -> str | None:
    """The employer a pasted advert introduces after "About us:" (``_ABOUT_US``), when a verb follows its name."""
    about = _ABOUT_US.search(prose[:5_000])
    run = _CAPITALISED_RUN.match(prose, about.end()) if about else None
    if not run or not _ABOUT_US_VERB.match(prose, run.end()):
        return None
    kept = _trim(_words(run.group()), persons)
    name = _clean(" ".join(kept)) if kept and kept == _words(run.group()) else ""
    if not name or _label_key(name) in PLATFORMS or not (len(kept) >= 2 or known_start(kept) is not None):
        return None  # "About us: Sustainability is at the heart of …"
    sentence = prose[run.end():run.end() + 160].split(".")[0]
    if _key(kept[0]) in _CONNECTORS | _PREPOSITIONS | _ABOUT_US_OPENINGS or _agency(name) or _NOT_OURS.search(sentence):
        return None  # "Über uns: Als Tochter der …", "Acme Staffing Solutions is a recruitment agency", "Google Cloud
        # is one of our partners"
    return name


#: A sentence after an "About us:" name that makes it someone else's: a partner, a client, an agency's.
_NOT_OURS = re.compile(r"(?i)\b(?:partner|partners|client|clients|customer|customers|recruitment|staffing|recruiting"
                       r"|personalvermittlung|personaldienstleister|recrutement|reclutamiento|selezione del personale"
                       r"|werving|rekrytointi)\b")


def _organisation_elsewhere(event: SourceEvent, persons: frozenset[str]) -> Company | None:
    """The organisation the place or the notes name first: "Universitätsklinikum Freiburg, Breisacher Str. 64", notes
    headed "Leeds Teaching Hospitals NHS Trust – Recruitment". Not a district the place is in ("City of London, EC2")."""
    parts = [p.strip() for p in event.location[:300].split(",")]
    placed = _organisation_part(parts, persons)
    if placed and not _AREA_OF.match(placed):
        return Company(placed, LOCATION)
    noted = _organisation_in_notes(event, persons) or next(
        (c for c in _description_candidates(plain_text(event.description[:5_000]), persons) if _organisation(c)), None)
    return Company(noted, DESCRIPTION) if noted else None


#: Words of a unit inside an organisation: "Maths Department", "Facilities Desk", "Direzione Professioni Sanitarie".
_UNIT_WORDS = frozenset("department dept desk service afdeling abteilung dienst servizio servicio direzione dirección "
                        "direktion direction osasto yksikkö".split())


#: Every word that names a unit, a department, a team's work, a site or a place: ``_a_unit_of`` asks each.
_UNIT_KEYS = _UNIT_WORDS | _DEPARTMENTS | _TEAM_WORK | _SITE_NOUNS | _PLACE_NOUNS | _LOCATION_WORDS


def _a_unit_of(name: str, organisation: str, title: str) -> bool:
    """Whether a title's ``name`` reads as a unit, a post, a site or a short form of ``organisation`` rather than a
    name of its own: a word in lower case or with a digit ("poste d'ATSEM", "ANUM 4W"), a department's, a role's, a
    site's or a meeting's word ("Mayor's Office", "Direzione Professioni Sanitarie"), or a word the organisation's
    name starts a word with ("Uniklinik HD" of "Universitätsklinikum Heidelberg", "Leeds Uni" of "University of Leeds").
    Lower case says so only in a ``title`` that capitalises other words: "interview bnp" is all typed in lower case.

    A coined name ("Brightwave", "Medira") does not: a small employer's name said once in the title is common, and
    the hospital, university or council the place names is then where it works, a customer or a venue."""
    words = name.split()
    keys = [_key(w) for w in words]
    typed_lower = any(w[:1].islower() and k not in _NAME_JOINERS for w, k in zip(words, keys))
    if ((typed_lower and any(w[:1].isupper() for w in title.split())) or any(ch.isdigit() for ch in name)
            or _INSTITUTION.fullmatch(name)):
        return True  # "ANUM 4W", "poste d'ATSEM", "CHU"
    if len(keys) >= 2 and keys[-1] in _TRADES:
        return False  # "Hartley Electrical", "Kestrel Digital": a firm named for its trade
    if any(k in _UNIT_KEYS or _role(k) or _stage(k) for k in keys if k not in _NAME_JOINERS):
        return True  # "Mayor's Office", "Facilities Desk", "Direzione Professioni Sanitarie"
    theirs = [_key(w) for w in organisation.split()]
    return any(len(k) >= 3 and (k in theirs or any(t[:3] == k[:3] and len(k) < len(t) for t in theirs)) for k in keys)


def _well_known_at(location: str) -> str | None:
    """The well-known employer a part of ``location`` starts with, read where nothing else names the employer: "200
    West Street, New York (Goldman Sachs) – check in at 41st fl". Not a café chain the candidate meets at, the
    candidate's campus, a meeting tool ("Microsoft Teams Meeting") or a building named after a company ("Salesforce
    Tower")."""
    if _NOT_A_VENUE.search(location) or _CAMPUS_SERVICES.search(location):
        return None
    for words in (_words(part) for part in re.split(r"[,;()–—|]", location)):
        known = known_start(words[:6]) if words else None
        rest = words[known.words:] if known else []
        if (known and not known.common and not _TOOL_AFTER.match(" ".join(rest))
                and not (rest and _key(rest[0]) in _NAMED_PLACES)):
            return known.name
    return None


#: A meeting tool after its maker's name in a place: "Microsoft Teams Meeting", "Google Meet", "Cisco Webex".
_TOOL_AFTER = re.compile(r"(?i)(?:teams|meet|hangouts|webex|chime|zoom)\b")


def _a_workplace(name: str) -> bool:
    """A kind of workplace alone, or before a town: "bakery", "Varasto Vantaa", "倉庫 船橋"."""
    words = name.casefold().split()
    return bool(words) and words[0] in _WORKPLACES and (len(words) == 1 or (len(words) == 2 and _key(words[1]) in _CITIES))


def _a_region(name: str, summary: str) -> bool:
    """Whether a title's name is the region of the post: a code ("EMEA", "UK&I") or one in brackets ("Regional
    Operations Manager (West)"); "Southwest interview 2pm" is the airline's."""
    return _key(name) in _REGIONS and (name.isupper() or re.search(rf"[(（]\s*{re.escape(name)}\s*[)）]", summary) is not None)


def _a_place_or_code(name: str, event: SourceEvent) -> bool:
    """Whether a title's name is a city ("Afspraak Den Haag", "Gesprek Gent 14u", a city after a postcode in the
    place or notes) or two or three capitals the notes never say ("TD", "SEO")."""
    if _key(name) in _CITIES:
        return True
    if re.fullmatch(r"[A-Z]{2,3}", name):  # not "Interview UBS", "Gesprek KPN": well-known employers of three letters
        return not _occurrences(name, event.description[:5_000]) and (len(name) == 2 or known_start([name]) is None)
    parts = [p.strip() for p in event.location[:300].split(",")]
    if len(parts) > 2 and not parts[0].startswith(name) and any(_occurrences(name, p) for p in parts[1:]):
        return True  # "Sharston depot 10am" at "Stagecoach Manchester, Sharston Depot, Sharston Road, Manchester"
    return re.search(rf"\b\d{{4,5}}[ \t]+(?:[A-Z]{{2}}[ \t]+)?{re.escape(name)}\b",
                     f"{event.location[:300]}\n{event.description[:5_000]}") is not None


#: Where a line of the notes ends a name at its start: a dash, a bar, a comma, a bracket, a full stop.
_NAME_ENDS = re.compile(r"\s[-–—|·•]\s|[,;:()\[\]（）]|\.\s")
#: Words inside an organisation's name beside the connectors of a company's: "Bundesamt für Migration und
#: Flüchtlinge", "Banca dello Stato del Cantone Ticino", "Ministerie voor Klimaat".
_INSIDE_A_NAME = _CONNECTORS | frozenset("für fur dello voor zur zum am an im för".split())


def _organisation_in_notes(event: SourceEvent, persons: frozenset[str]) -> str | None:
    """The first organisation that starts a line of the notes or a part of one, as a letter's head gives it:
    "Banca dello Stato del Cantone Ticino – Viale H. Guisan 5", "Ministerie van Financiën, Korte Voorhout 7."."""
    for line in plain_text(event.description[:3_000]).split("\n")[:15]:
        for part in _NAME_ENDS.split(line)[:4]:
            words = _words(part)[:8]
            run = list(itertools.takewhile(lambda w: w[:1].isupper() or _key(w) in _INSIDE_A_NAME, words))
            while run and _key(run[-1]) in _INSIDE_A_NAME:
                run.pop()
            name = _clean(" ".join(run), legal_form=False) if run else ""
            if name and _organisation(name) and not _street(name, name, event.location):
                return name
    return None


def _weaker(name: str, known: str, event: SourceEvent) -> bool:
    """Whether the title rules' ``name`` is a weaker guess than the well-known employer ``known`` that another part
    of the title names: "Tutkija" (a post) of "Haastattelukutsu: Tutkija, ilmakemia – Ilmatieteen laitos",
    "Experience" of "Stage 2 – John Lewis Partnership (Partner Experience Lead)".

    Never a name of its own: one with a company's word or legal form ("Kingsmead GmbH – SPS-Programmierer Siemens
    S7", "Restaurant Kingsmead"), a well-known one, or one the well-known name starts ("Porsche Informatik", "Tata
    AIG"). Nor the name right after the interview's word ("Interview Kingsmead | AWS", "Interview Kingsmead – IKEA
    case", "Interview Pendragon – Jaguar Land Rover"), unless the notes or the place name the well-known one.
    """
    words = name.split()
    if (_squashed(known) in _squashed(name) or known_start(words) is not None or _LEGAL_FORM.search(name)
            or _JA_COMPANY.search(name) or any(_key(w) in _COMPANY_WORDS for w in words)):
        return False
    if _after_the_stage(name, event.summary[:MAX_TITLE]):
        return _squashed(known) in _squashed(f"{event.description[:5_000]} {event.location[:300]}")
    return True


#: A title's code or short form: "SHK", "UCI", "Ayto.".
_TITLE_CODE = re.compile(r"[A-Z]{1,5}|[A-Z][a-z]{1,3}\.")


def _in_the_employers_place(name: str, title: str) -> bool:
    """Whether a title puts ``name`` where it puts the employer: after the interview's words ("Interview Kingsmead"), or
    as a part of its own beside a part that is nothing but them ("Interview - Pipedrift", "Arden | entretien")."""
    if _after_the_stage(name, title):
        return True
    parts = [[_key(w) for w in part.split()] for part in _TITLE_PARTS.split(title)]
    names = [_key(w) for w in name.split()]
    return names in parts and any(keys and keys != names and all(_stage(k) or _ORDINAL.fullmatch(k) for k in keys)
                                  for keys in parts)


def _after_the_stage(name: str, title: str) -> bool:
    """Whether ``name`` ends a part of the title after nothing but the interview's words ("Interview Kingsmead |
    AWS", "Interview Tessian | Harnham"): where a title puts the employer."""
    names = [_key(w) for w in name.split()]
    for part in _TITLE_PARTS.split(title):
        keys = [_key(w) for w in part.split()]
        lead = keys[:len(keys) - len(names)]
        if keys[len(keys) - len(names):] == names and lead and all(_stage(k) for k in lead):
            return True
    return False


#: Words in a part of a title that make a well-known name in it something other than the employer: a place ("Torre
#: Iberdrola", "Rabobank toren", "Ziggo Dome", "Den Bosch"), a person ("Herr Bosch").
_NOT_THE_EMPLOYER = _HONORIFICS | _PLACE_NOUNS | _PLACE_WORDS | _LOCATION_WORDS | frozenset(
    "den torre tour toren dome stazione bahnhof hauptbahnhof flughafen square park parkeergarage kantoor talo kello "
    "centrale central centraal".split())
#: Words before a well-known name that make it a previous employer, a client or a person met: "ex Deloitte", "project
#: for Siemens", "Dienstleister für Audi", "cliente Enel" (not "Transport for London").
_ASIDE = frozenset(
    "ex former previously alum alumni for via client customer project compare vs für pour para per voor proyecto "
    "cliente opdrachtgever kunde mission supplier prestataire dienstleister".split())


#: Words before a person one meets: "mit Georg Fischer", "avec Pierre Fabre" are people, not the companies named so.
_MEETING = frozenset("mit met avec with w/ con kanssa".split())


#: Where a title's parts end, for ``_known_in``: "TU/e" and "AT&T" stay whole.
_TITLE_PARTS = re.compile(r"\s[-–—|/•·~+>→]+\s|[|•·｜／()\[\]{}（）【】「」『』、]|[:：,]\s")


def _a_branch_in(rest: list[str], known: Known) -> bool:
    """Whether the words after an ordinary word's well-known name start with a city, where the employer has a
    branch ("Boots Manchester Arndale"), and the name is no public body the city's name completes ("Finanzamt
    München"), or with a site's code ("Amazon BHX4 Coventry", "Amazon DUS2"). ``rest`` are the words' keys."""
    return ((len(rest[0]) > 3 and rest[0] in _CITIES and _key(known.name) not in _CITY_OWNERS)
            or _SITE_CODE.fullmatch(rest[0]) is not None)


#: A warehouse's or a plant's code after its owner's name: "BHX4", "DUS2", "MAD4".
_SITE_CODE = re.compile(r"[a-z]{3}\d{1,2}")


def _alone_or_before_a_city(words: list[str], i: int, known: Known) -> bool:
    """Whether an ordinary word's well-known name is all of its part of a title, written as the employer writes it,
    or a branch's city follows it: "Interview – Boots", "Boots Manchester Arndale"; not "boots", "Next steps"."""
    written = " ".join(words[i:i + known.words])
    rest = words[i + known.words:]
    return (written == known.name and all(_stage(_key(w)) for w in words[:i])  # not "Onsite Halden Engineering"
            and (not rest or _a_branch_in([_key(w) for w in rest], known)))


def _known_in(title: str) -> str | None:
    """The first well-known employer a title names in a part of its own: "Stage 2 – John Lewis Partnership (Partner
    Experience Lead)"; not a skill or a tool in a post ("Salesforce Developer", "SPS-Programmierer Siemens S7"), a
    place, a person or a previous employer (``_NOT_THE_EMPLOYER``)."""
    capitalised = any(w[:1].isupper() for w in title.split())
    for segment in _TITLE_PARTS.split(title):
        words = [w for w in segment.split() if w]
        keys = [_key(w) for w in words]
        if any(k in _NOT_THE_EMPLOYER or k.split("-")[0] in _TOOL_NAMES for k in keys):
            continue  # a place, a meeting tool: "Stazione Centrale Trenitalia", "Microsoft Teams-vergadering"
        for i in range(len(words)):
            known = known_start(words[i:])
            if known is None or (known.common and not _alone_or_before_a_city(words, i, known)):
                continue
            posted = any(_role(k) and k not in _FIELD_WORDS for k in keys[:i])
            placed = posted and keys[i - 1] in _WHOSE  # whose the post is: "mozo de almacén para Mercadona"
            if any(_role(k) and k not in _FIELD_WORDS for k in keys[i + known.words:]) or (posted and not placed):
                break  # a skill or a tool in a post: "Salesforce Developer", "SPS-Programmierer Siemens S7"
            written = " ".join(words[i:i + known.words])
            around = {keys[i - 1] if i else "", keys[i + known.words] if i + known.words < len(keys) else ""}
            if ((len(_squashed(written)) >= 3 or not written.isalnum())  # not "HM" (a hiring manager) or "AH" anywhere
                    and not _ASIDE.intersection(keys[:i - 1] if placed else keys[:i])
                    and not (known.words > 1 and unaccented(keys[i]) in GIVEN_NAMES and i and keys[i - 1] in _MEETING)
                    and not (capitalised and written.islower())  # "hubo cambio", "attendo conferma": words
                    and not around & {"by", "docs", "ads", "calendar", "excel"}  # "Webex by Cisco", "Google Docs"
                    and not any(unaccented(k) in GIVEN_NAMES for k in around)):  # "Jan Bosch", "Claas Petersen"
                return written
    return None


#: Words before where an agency places a candidate: "mozo de almacén en Inditex", "Einsatz bei Bosch".
_SITE_OF_A_CLIENT = frozenset("at en bei beim chez presso bij in à per für da".split())


def _known_in_notes(event: SourceEvent, found: Company | None) -> Company | None:
    """A well-known employer the notes name as the employer, where the title named none, only an agency, or a word it
    may have taken for a name: "Llamada con Nuria" over "Nuria (Adecco) – … para mozo de almacén en Inditex", "Coffee
    @ IFC – Daniel" over "Daniel Ho, Talent Acquisition, Hang Seng Bank". A title's name stays unless the notes give
    exactly one such employer and the title's name is said nowhere else, names no company ("… Pvt. Ltd.",
    "… Hospital", 株式会社…) and is no well-known one."""
    prose = plain_text(event.description[:5_000])
    # beside an agency the title or the notes name ("Llamada Marta" over "Marta de Randstad – puesto de mozo de
    # almacén en Mercadona")
    agency = (found.source == AGENCY) if found is not None else any(
        _label_key(trimmed(w)) in AGENCIES for w in prose[:2_000].split())
    named = _known_names(prose, agency, ordinary=found is None)
    if not named and agency:
        # an agency's notes that name one well-known employer, however: its client
        one = _one_known_name(prose, agency)
        named = [one] if one else []
    if not named:
        return None
    if found is None or found.source == AGENCY:
        return Company(named[0], DESCRIPTION)
    title = found.name
    if (len(set(named)) == 1 and known_start(title.split()) is None and not _LEGAL_FORM.search(title)
            and not _JA_COMPANY.search(title) and not any(_key(w) in _COMPANY_WORDS for w in title.split())
            and _squashed(title) not in _squashed(f"{event.description[:5_000]} {event.location[:300]}")):
        return Company(named[0], DESCRIPTION)
    return None


#: An agency's word for the employer it recruits for: "per conto del cliente Ducati", "unser Kunde", "opdrachtgever".
_CLIENT_WORDS = frozenset("client cliente kunde kunden klant asiakas opdrachtgever".split())
#: Words before a well-known name in the notes that make it someone or something else: the user's own past or
#: present ("worked at Accenture", "my current employer Siemens", "ex-Deloitte"), a skill or past work ("experience
#: with SAP", "the migration I did for Leeds Teaching Hospitals"), a comparison or a list of clients ("competitors
#: like Nike", "clients such as L'Oréal", "u.a. Lidl"), a partner, a supplier. In notes, an agency's client is the
#: employer ("per il cliente Enel") and so is the name after "for" ("the post for AZ Sint-Jan"): those words of
#: ``_ASIDE`` are not here.
_NOT_THE_EMPLOYER_BEFORE = (_ASIDE - _CLIENT_WORDS - frozenset("customer for für pour para per voor".split())) | frozenset(
    "worked work working currently current left alum previous prior competitor competitors like such e.g. including "
    "actuellement actuel actuelle actualmente actual attualmente attuale momenteel huidige derzeit zurzeit aktuell "
    "derzeitigen nykyinen nykyisessä "
    "than versus experience background did done built delivered led example partner partnership partners supplier "
    "suppliers zulieferer fournisseur sous-traitant proveedor proveedores fornitore fornitori leverancier toimittaja "
    "erfahrung kenntnisse kennis ervaring experiencia conocimientos conoscenza esperienza expérience connaissance "
    "kokemus osaaminen comme como come als type u.a. o.a. z.b. bspw. etc. sold acquired affiliated clients customers "
    "kunden klanten clientes clienti asiakkaat "
    # a rival or an example: "concurrent de Saint-Gobain", "tipo El Corte Inglés o Carrefour"
    # or a tool, a platform or a customer of the employer's: "Client uses Salesforce", "on top of Shopify", "levert
    # aan Albert Heijn", "competing with Revolut"
    "uses use using know knowledge top competing competes levert leveren beliefert liefert supplies supply "
    "supplying delivers fournit suministra fornisce toimittaa "
    "rival rivals concurrent concurrente concurrentes concorrente concorrenti competidor competidores konkurrent konkurrenten "
    "kilpailija tipo similar similaire similaires ähnlich simile vergelijkbaar".split())
#: Words just after a well-known name in the notes that make it a product, a tool, a certificate or a place:
#: "Microsoft Teams", "Google Docs", "AWS certified", "BLS card", "Tesco car park", "the Salesforce Tower".
_NOT_THE_EMPLOYER_AFTER = _NOT_THE_EMPLOYER | frozenset(
    "teams meet docs maps drive calendar forms sheets slides excel word outlook office chime hangouts meeting link "
    "account analytics ads certified certification stack card cert certificate training course license licence project "
    "projects case account migration migrations car carpark parking cloud summit tower building sign store stores "
    "dealership supplier workspace azure dynamics bookings 365 play reactor gold partner partners".split())
#: Words for a job or a hiring conversation before a name in the notes, with a preposition and maybe an article
#: between: "the Senior PM role at Wise", "entretien chez Doctolib", "candidatura in Barilla", "Stelle bei Bosch".
_JOB_OR_MEETING = _JOB_NOUNS | frozenset(
    "opening opportunity internship interview interviews application candidacy emploi candidature entretien vacante "
    "candidatura entrevista posizione ruolo colloquio selezione bewerbung gespräch vorstellungsgespräch functie "
    "sollicitatie gesprek haastattelu hakemus paikkaa tehtävään recrutement reclutamiento selección werving".split())
#: Interest shown in an employer, as an ATS thanks for it: "your interest in Intesa Sanpaolo", "intérêt pour".
_INTEREST = frozenset("interest interesse intérêt interés belangstelling kiinnostuksesta".split())
_INTEREST_IN = frozenset("in for pour por en per di voor an für".split())
#: What an employer is, before its name in other languages than English ("the company" starts too many sentences).
_FIRM_NOUNS = frozenset("société entreprise l'entreprise empresa azienda l'azienda unternehmen firma bedrijf yritys site "
                        "plataforma stabilimento planta usine plant".split())
_PREPOSITIONS = frozenset("at bij bei beim chez en de di del della dell' presso in à au aux voor für para per pour du da "
                          "im nel nella".split())
_ARTICLES = frozenset("the la le les el los las il lo der die das den het de du des l' l’".split())
#: Hiring-team words beside a name: "Talent Acquisition Partner | Northwestern Medicine", "Team Talent, bunq",
#: "QantasLink & Qantas Group Talent Acquisition", "l'équipe Doctolib".
_HIRING_TEAM = frozenset("talent talento acquisition recruiting recruitment recruiter recruiters hr careers rekrytointi "
                         "rekry recrutement reclutamiento selección selezione werving personalabteilung p&o rrhh rh".split())
#: A team named for its employer: "Team Picnic", "l'équipe Doctolib", "il team di Satispay".
_TEAM_OF = frozenset("team équipe l'équipe equipo squadra".split())
_FIRST_PERSON = frozenset("i i'm i've my me ich mein meine je j'ai mon ma mes yo mi mis io mio ik mijn minä minun "
                          "soy estoy trabajo trabajé sono lavoro travaille suis arbeite werk werkte olen olin "
                          "työskentelen".split())
#: A year after a name: where the user was ("Tirocinio in Enel nel 2020", "Internship at Google (2021)").
_A_YEAR = re.compile(r"\(?(?:19|20)\d\d\)?[.,;)]*")


def _after_a_job(words: list[str], at: int) -> bool:
    """Whether a job, a post or a meeting and a preposition of whose come right before ``words[at]``: "puesto de
    administrativa para SEAT", "manager du poste chez Alan", "Stelle bei Engel". Only there does a well-known name that
    is also an ordinary word (written as the employer writes it) name the employer; not after "in", "en" or "à", which
    say where more often than whose ("Nursing job in Providence, RI", "camarero en Paris", "the role in Engineering")."""
    keys = [_key(w.strip("|–—-·,:")) for w in words[max(0, at - 3):at]]
    return not words[at - 1].endswith((",", ".", ":")) and _a_job_then(keys, _WHOSE)


def _a_job_then(keys: list[str], joins: frozenset[str], leads: frozenset[str] = frozenset()) -> bool:
    """Whether ``keys`` end with a job, a post or a meeting (or one of ``leads``) and one of ``joins``, an article
    after it allowed: "la posizione presso la", "puesto de administrativa para"."""
    j = len(keys) - 1
    if j >= 1 and keys[j] in _ARTICLES and keys[j - 1] in joins:
        j -= 1
    return j >= 1 and keys[j] in joins and (keys[j - 1] in _JOB_OR_MEETING or _role(keys[j - 1]) or keys[j - 1] in leads)


#: The prepositions that say whose a job is: at, chez, bei, bij, presso, para, per, pour, für, voor, for.
_WHOSE = frozenset("at @ chez bei beim bij presso para per pour für voor for".split())


def _place_follows(words: list[str], at: int) -> bool:
    """Whether what follows a name says it is a place: another capitalised word, after a comma too ("Orange County",
    "Providence, RI"), or a word of where ("Santander centro", "Costa near the office"); a bracket may name the
    employer's site ("para SEAT (Martorell)")."""
    if at >= len(words):
        return False
    ended = words[at - 1][-1:] in ".!?;:"
    following = words[at]
    return not ended and (following[:1].isupper() or _key(following) in _WHERE_WORDS)


#: Words after a name that make it a place: "Santander centro", "Costa near the office".
_WHERE_WORDS = frozenset("centro center centre near next nahe près cerca vicino bij area zone district".split())


def _as_employer(words: list[str], at: int, count: int, rest_of_line: str) -> bool:
    """The notes name a well-known name as the employer: first in them before a dash ("Hang Seng Bank – Wealth…"), after a job or
    an interview and a preposition ("the role at Wise"), an interviewer's post ("Direttore Tecnico – Webuild,
    cantiere…"), a site ("lo stabilimento EssilorLuxottica"), what it is ("la société Doctolib") or the interest
    shown in it ("your interest in Intesa Sanpaolo"), beside the hiring team ("Talent Acquisition | Wise", "Wise
    Careers", "Team Wise"), as an agency's client ("cliente Ducati"), or where one joins or applies ("welcome to
    Wise"); never in a sentence about the user ("I work with the Wise team"). ``rest_of_line``: the line after it."""
    raw = words[max(0, at - 5):at]
    if at == 0:  # "Hang Seng Bank – Wealth Management", "Kesko Oyj (Helsinki)"; not "Salesforce, HubSpot, Marketo"
        return not rest_of_line or rest_of_line[:1] in "–—-:(|" or _LEGAL_FORM.match(f"x {rest_of_line}", 1) is not None
    keys = [_key(w.strip("|–—-·,:")) for w in raw]
    keys = [k for k in keys if k]
    after = [_key(w.strip("|–—-·,:")) for w in words[at + count:at + count + 3]]
    if _FIRST_PERSON.intersection(keys) or any(_A_YEAR.fullmatch(w) for w in words[at + count:at + count + 3]):
        return False
    j = len(keys) - 1
    if j >= 1 and keys[j] in _ARTICLES and keys[j - 1] in _PREPOSITIONS:
        j -= 1  # "la posizione presso la Barilla"; but "selección de Mercadona": "de" is the preposition
    if _a_job_then(keys, _PREPOSITIONS, _INTEREST):
        return True
    if j >= 1 and keys[j] in _INTEREST_IN and keys[j - 1] in _INTEREST | {"confronti"}:
        return True  # "interest in", "interesse nei confronti di"
    if j >= 0 and (keys[j] in _SITE_NOUNS | _FIRM_NOUNS or (j >= 1 and keys[j] in ("de", "di", "du", "of", "van")
                                                            and keys[j - 1] in _SITE_NOUNS | _FIRM_NOUNS)):
        return True  # "lo stabilimento EssilorLuxottica", "la société Doctolib", "du site Michelin"
    if (raw and raw[-1].rstrip().endswith((",", "–", "—", "-", "|")) and rest_of_line.strip(" .)") != ""
            and any(_role(k) and k not in _FIELD_WORDS for k in keys[-2:])):
        return True  # "Luca Moretti, Direttore Tecnico – Webuild, cantiere…"; a signature's line ends with the name
    if j >= 2 and keys[j] in ("du", "de") and keys[j - 1] == "sein" and keys[j - 2] == "au":
        return True  # "au sein du Crédit Agricole Centre-Est"
    if j >= 0 and keys[j] in ("to", "join", "joining") and (keys[j] != "to" or (j and keys[j - 1] in (
            "welcome", "applied", "apply", "applying", "application"))):
        return True
    broken = bool(raw) and (raw[-1] in _MARKS_BETWEEN or raw[-1] == "@" or raw[-1].endswith((",", ":", "|")))
    if (broken and _HIRING_TEAM.intersection(keys[-3:])) or (keys and keys[-1] in _HIRING_TEAM) or (
            _HIRING_TEAM.intersection(after[:2])):
        return True  # "Talent Acquisition Partner | Wise", "Team Talent, bunq"; not "Recruiter says they're a Microsoft partner"
    if keys and (keys[-1] in _TEAM_OF or (len(keys) > 1 and keys[-2] in _TEAM_OF and keys[-1] in ("de", "di", "van", "of"))):
        return True
    return bool(keys) and keys[-1] in _CLIENT_WORDS


def _known_names(prose: str, agency: bool = False, ordinary: bool = False, anywhere: bool = False,
                 loose: bool = False) -> list[str]:
    """The well-known employers the notes name as the employer (``_as_employer``), in order, as written: not an
    ordinary word ("Next", "Boots"), a short form in lower case, a part of a longer name ("Grand Canal"), a job
    board, agency or tool, or a name that ``_NOT_THE_EMPLOYER_BEFORE``/``_AFTER`` make someone or something else.
    Beside an ``agency``, a name counts where the agency places the candidate ("… mozo de almacén en Inditex"); an
    ordinary word's never ("Orange County", "en Santander (Cantabria)" are places). ``anywhere``: wherever the notes
    name it, for an agency's notes that name one employer only in passing ("colloquio con il responsabile di
    produzione Ducati"). ``loose``: also opening a line or after a preposition in a sentence about the job
    (``_loosely_as_employer``), for notes beside a title that names no one."""
    spans = list(_A_WORD.finditer(prose))
    words = [span.group() for span in spans]
    named: list[str] = []
    finnish = _FINNISH.search(prose[:2_000]) is not None
    i = 0
    while i < len(words):
        known = known_start(words[i:i + 6]) if may_start(words[i]) else None
        inflected = False
        if known is None and finnish and words[i][:1].isupper():
            known = _known_inflected(words[i]) or _known_before_a_job(words, i)  # "Wärtsilästä", "Valmetin paikasta"
            inflected = known is not None
        if known is None or (known.common and not (agency and _placed(words, i, strict=True)) and (
                agency or not ordinary or not (
                trimmed(" ".join(words[i:i + known.words])) == known.name and _after_a_job(words, i)
                and _key(known.name) not in _CITIES and not _place_follows(words, i + known.words)))):
            # ``ordinary``: only where nothing else names the employer, never beside an agency, which names where it
            # places the candidate ("poste de cariste à Orange (84)")
            i += 1
            continue
        written = known.name if inflected else trimmed(" ".join(words[i:i + known.words]))
        before = words[i - 1] if i else ""
        after = _key(trimmed(words[i + known.words])) if i + known.words < len(words) else ""
        if words[i + known.words:i + known.words + 1] and (words[i + known.words].startswith(("(", "（"))
                                                         or words[i + known.words - 1].endswith((",", ";"))):
            after = ""  # an aside on where: "Mahou San Miguel (fábrica de Alovera)", "Ferrero, stabilimento di Alba"
        label = _squashed(known.name)
        if not (len(_squashed(written)) < 3 or (written.islower() and (known.short or len(written) < 5))
                or (before[:1].isupper() and not before.endswith((".", ":", "!", "?", ",", ";", ")"))
                    and not words[i].startswith(("(", "（", "[", "\"", "“"))  # "Marcus (Monzo talent)"
                    and _key(before) not in _CONNECTORS | _HIRING_TEAM | _TEAM_OF
                    and not _stage(_key(before)))  # "Grand Canal", "Kings Building"; not "Haastattelu Finnairilla"
                or _aside(words[max(0, i - 6):i]) or after in _NOT_THE_EMPLOYER_AFTER
                or (i > 1 and _FORMER.search(" ".join(words[max(0, i - 5):i - 1])) is not None)  # "ich war vorher bei"
                or (_role(after) and after not in _FIELD_WORDS)  # "Salesforce Developer"
                or _signed_by_a_post(words[max(0, i - 4):i])
                or label in PLATFORMS or label in AGENCIES or label in _JOB_BOARDS or _key(known.name) in _TOOL_NAMES
                or not (anywhere or (loose and _loosely_as_employer(
                            prose, spans, i, _line_after(prose, spans[i + known.words - 1].end())))
                        or (inflected and any(_key(w).startswith(_FI_JOB_WORDS)
                                           for w in [*words[max(0, i - 4):i], *words[i + 1:i + 3]]))
                        or _as_employer(words, i, known.words, _line_after(prose, spans[i + known.words - 1].end()))
                        or (agency and i and (_key(words[i - 1]) in _SITE_OF_A_CLIENT or _placed(words, i) or (
                            i > 1 and _key(words[i - 2]) == "client" and _key(words[i - 1]) in ("is", "es")))))):
            named.append(written)
        i += known.words
    for at, name, common in known_within(prose):
        end = at + len(name)
        stage_after = _JA_AS_EMPLOYER.match(prose, end)
        if ((not common or len(name) >= 4) and (stage_after or not _JA_NAME_GOES_ON.match(prose, end))
                and (stage_after or _JA_CLIENT.search(prose[max(0, at - 7):at]))
                and not _JA_NOT_THE_EMPLOYER.search(prose[max(0, at - 6):at]) and "出身" not in prose[end:end + 8]):
            named.append(name)  # "伊藤忠商事 最終面接", not "現職（リクルート）", "トヨタ自動車 の一次サプライヤー"
    return named


#: Words of where before a name: "next to Primark", "junto al Mercadona", "au-dessus du McDonald's", "naast de".
_BESIDE = frozenset("next near opposite inside beside behind across junto lado frente cerca dessus dessous côté face "
                    "près naast tegenover bij neben gegenüber hinter vicino accanto davanti dietro vieressä lähellä "
                    "same park building floor".split())
#: Prepositions of whose or where a name follows in a sentence about the job: "la vacante … en Grupo Financiero
#: Banorte", "el equipo de Analítica de Riesgos de Bancolombia", "la de Teleperformance".
_OF_OR_AT = _PREPOSITIONS | frozenset("of from von van del".split())


_PART_END = re.compile(r"\s[–—|-]\s|[,:(（|]")


def _loosely_as_employer(prose: str, spans: list[re.Match[str]], at: int, rest_of_line: str) -> bool:
    """For notes where nothing else names the employer: a well-known name opening a line ("Proximus SA de droit public
    – …", "ubisoft montpellier – level designer"), or after a preposition in a sentence that speaks of the job or the
    interview ("Entrevista técnica con el equipo de … de Bancolombia"), not where it says where ("next to Primark")."""
    if at == 0 or "\n" in prose[spans[at - 1].end():spans[at].start()]:
        if not rest_of_line or rest_of_line[:1] in "–—-:(|,（" or rest_of_line[:1] >= "\u3000":
            return True  # "Proximus – …", "Helsingin kaupunki, kasvatuksen …", "freee 人事の鈴木さんより"
        head = _PART_END.split(rest_of_line, maxsplit=1)
        # a town or a capitalised word or two before a dash: "ubisoft montpellier – level designer"; not "Starbucks on
        # Main St", "Ryanair flight FR1234", "Deutsche Bahn Ticket gebucht"
        return _LEGAL_FORM.match(f"x {rest_of_line}", 1) is not None or (len(head) > 1 and 0 < len(head[0].split()) <= 2 and all(
            _key(w) in _CITIES or w[:1].isupper() for w in head[0].split()))
    keys: list[str] = []
    for span in reversed(spans[max(0, at - 12):at]):
        word = span.group()
        if keys and (word.endswith((".", "!", "?", ";", ",")) or "\n" in prose[span.end():span.end() + 2]):
            break
        keys.append(_key(word.strip("|–—-·,:()")))
    if len(keys) > 1 and keys[0] in _ARTICLES and keys[1] in _OF_OR_AT:
        keys = keys[1:]  # "presso la", "bei der"
    if not keys or keys[0] not in _OF_OR_AT or _BESIDE.intersection(keys):
        return False
    return any(k in _JOB_OR_MEETING for k in keys[1:])


def _one_known_name(prose: str, agency: bool = False) -> str | None:
    """The one well-known employer the notes name wherever they name it (``_known_names``' ``anywhere``), if they
    name exactly one."""
    named = _known_names(prose, agency, anywhere=True)
    return named[0] if len(set(named)) == 1 else None


def _placed(words: list[str], at: int, strict: bool = False) -> bool:
    """Whether an agency's notes place the candidate at ``words[at]``: a post or a job, at most three words of its
    own, then a preposition of where or whose (an article may follow it): "jefe de almacén de Mercadona", "técnico
    de mantenimiento en Mahou San Miguel", "addetto/a al confezionamento per Ferrero". Only beside an agency: in
    anyone's notes the same words say whom a firm works for or where a person comes from ("lavorano per Intesa
    Sanpaolo", "La jefa viene de Inditex"). ``strict``, for a name that is also an ordinary word, takes only the
    prepositions of whose ("per", "bei", "for"): "poste de cariste à Orange (84)" says where."""
    keys: list[str] = []
    for word in reversed(words[max(0, at - 6):at]):
        if word.endswith((".", ":", ";", "!", "?")) and keys:
            break  # another sentence's words
        keys.append(_key(word.strip("|–—-·,:()")))
    keys.reverse()
    joins = _WHOSE if strict else _WHOSE | _PREPOSITIONS
    if len(keys) > 2 and keys[-1] in _ARTICLES and keys[-2] in joins:
        keys.pop()  # "presso la", "bei der"
    return (len(keys) > 1 and keys[-1] in joins and not words[at - 1].endswith((",", ".", ":", ";"))
            and any(_role(k) or k in _JOB_OR_MEETING for k in keys[-5:-1]))


def _known_before_a_job(words: list[str], at: int) -> Known | None:
    """A well-known employer in the Finnish genitive right before a post or a job: "Valmetin automaatioinsinöörin
    paikasta", "Keskon myyjän tehtävään"; not a place's genitive ("Helsingin yliopistolla"), which no job follows."""
    word = trimmed(words[at])
    if not word.endswith("n") or not any(_key(w).startswith(_FI_JOB_WORDS) for w in words[at + 1:at + 3]):
        return None
    known = known_start([_fi_nominative(word)])
    return known if known is not None and not known.short and not known.common else None


_A_WORD = re.compile(r"\S+")
#: Marks that stand between a post or a team and a name as words of their own: "Talent Acquisition | Wise".
_MARKS_BETWEEN = ("|", "·", "-", "–", "—")


def _line_after(text: str, end: int) -> str:
    """What follows ``end`` on its line."""
    stop = text.find("\n", end)
    return text[end:stop if stop >= 0 else len(text)].strip()


#: After a Japanese name: its interview, selection, hiring or head office ("伊藤忠商事 最終面接", "キーエンスの説明会").
_JA_AS_EMPLOYER = re.compile(r"\s*(?:様|さま)?(?:(?:との|の)?(?:面接|面談|選考|説明会|採用|人事|求人|本社|本店|営業所|会場)|最終|一次|二次|三次)")
#: A Japanese name that goes on past a well-known one: 三菱電機ビルソリューションズ is not 三菱電機.
_JA_NAME_GOES_ON = re.compile(r"(?!様)[ァ-ヺー一-龥]")
#: Before a Japanese name: an agency's client ("クライアント：大和ハウス工業").
_JA_CLIENT = re.compile(r"(?:クライアント|応募先|企業名)\s*[:：]?\s*(?:（株）|株式会社)?\s*$")
#: Before a Japanese name: the user's current or former job, a client, a comparison.
_JA_NOT_THE_EMPLOYER = re.compile(r"現職|前職|元|以前|経験|取引先|競合|比較")


#: The Finnish "from" and "to" endings ``_FI_CASE`` leaves alone in titles: "Kelasta", "Nokialle".
_FI_FROM_OR_TO = re.compile(r"(?<=\w\w\w)(?:sta|stä|lta|ltä|lle|:sta|:stä|:lle)$")


#: Finnish words for a job or its interview, before an employer in a place case: "haastattelu Wärtsilällä".
_FI_JOB_WORDS = ("tehtäv", "paik", "haastattel", "rekry", "työ", "sijaisuu", "harjoittel")


def _known_inflected(word: str) -> Known | None:
    """A well-known employer in a Finnish place case: "Wärtsilästä", "Keskolla", "Posti:lla"; never a given name's
    ("Annalta"). Not the genitive, which in prose is as often a place's ("Helsingin yliopistolla")."""
    bare = trimmed(word)
    for stem in (_fi_place_case(bare), _FI_FROM_OR_TO.sub("", bare)):
        if stem != bare and not _fi_given_name(_key(stem)):
            known = known_start([stem])
            if known is not None and not known.short:
                return known
    return None


def _aside(before: list[str]) -> bool:
    """The words before a name in the notes, back to the sentence's start or an agency's word for its client, make
    it someone else's: "worked at Accenture", "experience with SAP and Salesforce"; not "per conto del cliente
    Ducati"."""
    for word in reversed(before):
        key = _key(word)
        if key in _CLIENT_WORDS or key == "customer":
            return False
        if key in _NOT_THE_EMPLOYER_BEFORE:
            return True
        if word.endswith(("!", "?", ";", ":")) or (word.endswith(".") and len(word) > 4):
            return False  # a sentence ends; not at "Sr." or "Dr."
    return False


def _signed_by_a_post(before: list[str]) -> bool:
    """The words before a name are a sign-off's post that is not a recruiter's: "Senior Analyst | Deloitte" may
    be the user's own signature and their current employer; "Talent Acquisition Partner | Northwestern Medicine"
    is the employer's."""
    if not before or not (before[-1] in _MARKS_BETWEEN or before[-1].endswith(",")):
        return False
    post = [_key(w.rstrip(",")) for w in before if w not in _MARKS_BETWEEN][-3:]
    return bool(post) and _role(post[-1]) and not any(w in _TEAM_WORDS for w in post)


#: Words after a well-known name that make it a business of its own, not a branch or a team: a regional company
#: ("Edeka Südwest", "CIC Ouest"), a dealer, franchisee or agency ("BMW Autohaus …", "AXA Agentur …"), a subsidiary
#: ("Porsche Informatik", "HCL Infosystems", "Wipro Consumer Care", "HP Enterprise").
_A_BUSINESS_OF_ITS_OWN = frozenset(
    "nord süd sud ost est west ouest südwest südost nordwest nordost nord-est nord-ouest sud-est sud-ouest norte sur "
    "oeste este centre-est centre-ouest autohaus autozentrum zentrum franchise franchisee agentur agence markt "
    "informatik infosystems infotech consumer care enterprise enterprises securities estate hausgeräte stiftung fondation "
    "fundación fondazione stichting säätiö krankenhaus klinik klinikum hôpital ospedale ziekenhuis sairaala".split())


def _known_name(name: str, labels: list[str], typed: bool, finnish: bool = False) -> str:
    """A well-known employer that starts the name, as a letter writes it: "Hesburger Kamppi" → "Hesburger",
    "IKEA Italia Retail" → "IKEA", "McDo" → "McDonald's", "TCS NQT" → "TCS", "luxottica" → "Luxottica".

    Left whole: a longer name that ends as an organisation's does ("Siemens Energy", "Apple Bank"), whose rest
    the interviewers' domain spells ("Nestlé Purina" from purina.com), or that starts with a name that is also
    an ordinary word ("Next Generation Foods"). ``labels`` are the event's domain labels; ``typed``: the name is
    as someone wrote it, not a domain's label; ``finnish``: the event is written in Finnish, where a name may stand
    in the genitive ("Keskon haastattelu", "Telian rekrytoija": Kesko, Telia).
    """
    words = name.split()
    known = known_start(words, typed)
    if (known is None and finnish and words[0][:1].isupper() and words[0].endswith("n")
            and not any(w[:1].isupper() for w in words[1:]) and not _fi_given_name(_fi_nominative(_key(words[0])))):
        # "Keskon", "Reaktorin", "Telian rekrytointi"; not "Helsingin Sanom": a genitive before a name is a place's
        known = known_start([_fi_nominative(words[0]), *words[1:]], typed)
        if known is not None and not known.short:
            words = [_fi_nominative(words[0]), *words[1:]]
        else:
            known = None
    if known is None:
        return name
    rest = [_key(w) for w in words[known.words:] if _squashed(w)]  # not "Clip \u200d", "Deutsche Bahn 🚆"
    lead = _squashed(" ".join(words[:known.words]))
    if rest and ((known.common and not _a_branch_in(rest, known))
                 or (known.short and _squashed(known.name).startswith(lead))
                 or any({w, w.split("-")[0]} & (_COMPANY_WORDS | _A_BUSINESS_OF_ITS_OWN) or _squashed(w) in labels
                        for w in rest)
                 or any(label.startswith(lead) and label != lead for label in labels)):
        # "Harvard Pilgrim" is not Harvard University, "Kotak Securities" not Kotak Mahindra Bank: a name's first word
        # starts other names; "Porsche Informatik" from porscheinformatik.com is a company of its own
        return name
    written = trimmed(" ".join(words[:known.words]))  # not "Iberdrola!!", "Deutsche Bahn 🚆"
    if not any(ch.islower() for ch in written) or (_latin(written) and not _latin(known.name)):
        return written  # "TCS", "PAUL", "KONE" as their own capitals; "Honda", not 本田技研工業, in Latin letters
    if not known.short and typed and not written.islower():
        return written  # "St James's Hospital" as the event writes it (a domain's "Standardbank" is no writing)
    if known.short and not (written.islower() and known.words > 1) and (
            known.words > 1 or len(known.name) <= len(written)):
        return written  # "Toronto General Hospital", "Ajuntament de Barcelona", "Facebook", "bol.com": a name for it
    return known.name  # "McDo", "SocGen", "Woolies": a nickname, not for a letter; "allianz", "tesco extra" as typed


#: Words that end a company's whole name, which the name is not complete without ("Halden Engineering",
#: "Kingsmead Academy"); not a legal form, which a letter may leave out, nor the words of a group's
#: divisions ("Zepto Tech", "Rakuten Group", "Macquarie Capital").
_LEGAL_FORMS = frozenset("co co. inc inc. corp corp. llc ltd ltd. limited gmbh ag oyj oy ab plc llp sa spa srl bv nv se kg asa"
                         .split())
_WHOLE_NAME_ENDS = _COMPANY_WORDS - _LEGAL_FORMS - frozenset(
    "group tech technology technologies global international holdings capital manufacturing "
    "partner partners street software security engineering finance financial media".split())


#: Words after a whole name that say where in it, not more of it: "Kingsmead Academy Main Hall", "Greenfield School
#: Sports Hall", "Northfield Hospital Building B" (any other word may be the rest of a longer name: "Oakland Medical
#: Center", "Union Station", and the name is then left as the event gave it).
_PARTS_OF_A_SITE = _LOCATION_WORDS | frozenset("main hall room reception wing floor library sports entrance lobby annex "
                                                "block gate monday tuesday wednesday thursday friday saturday sunday".split())


#: Places to meet at, which a name in the place may be of: "Starling's Cafe" is no more of "Starling".
_VENUES = frozenset("cafe café caffè caffe coffee bar pub restaurant ristorante restaurante hotel hôtel bistro brasserie "
                    "kahvila ravintola".split())


def _completed(name: str, event: SourceEvent, labels: list[str]) -> str:
    """The whole name, where the event writes the one found with the words that end it: "Kingsmead" in
    the title and "Kingsmead Academy, Reception" as the place, "my client Halden Engineering",
    "Tampereen yliopisto" after "Tampereen yliopistossa", ostranderlogistics.com for "Ostrander call"."""
    if len(name) > 60:
        return name
    if not _latin(name):
        # "ロート 最終" at "ロート製薬 本社": a well-known employer the place or the notes name whole
        fuller = (known for _, known, _ in known_within(f"{event.location[:300]}\n{event.description[:2_000]}")
                  if known.startswith(name) and len(known) > len(name))
        return next(fuller, name)
    words = name.split()
    if words[-1].casefold() in _CITY_OWNERS:
        # "Finanzamt München", "UMC Utrecht": a public body the event names with its city
        city = re.search(rf"(?<![\w-]){re.escape(name)}[ \t]+([A-ZÄÖÜ][\w-]+)", f"{event.location[:300]}\n{event.summary[:MAX_TITLE]}")
        if city and _key(city.group(1)) not in _STAGE_WORDS and not _role(_key(city.group(1))):
            return f"{name} {city.group(1)}"
    elif len(words) == 1:
        # "gemeente Utrecht", "Stadt Leipzig" in the title: the body that bears the city's name
        owner = re.search(rf"(?<![\w-])([A-Za-zÄÖÜäöüé]+)[ \t]+{re.escape(name)}(?![\w-])", event.summary[:MAX_TITLE])
        if owner and owner.group(1).casefold() in _CITY_OWNERS and owner.group(1).casefold() not in ("way", "port", "metro"):
            return f"{owner.group(1)[:1].upper()}{owner.group(1)[1:]} {name}"
    after = re.compile(rf"(?<![\w-]){re.escape(name)}((?:[ \t]+[\w&'’.-]+){{1,4}})")
    for text in (event.location[:300], plain_text(event.description[:5_000]), event.summary[:MAX_TITLE]):
        for match in after.finditer(text):
            more: list[str] = []
            for word in match.group(1).split():
                bare = word.strip(",.;:()")
                if not (bare[:1].isupper() or _key(bare) in _CONNECTORS or _FI_INSTITUTION.fullmatch(_key(bare))):
                    break
                more.append(bare)
                if bare != word:
                    break  # "Kingsmead Academy, Reception": the comma ends the name
            more = list(itertools.takewhile(lambda w: _key(w) not in _TEAM_WORDS and (
                not _role(_key(w)) or _key(w) in _COMPANY_WORDS), more))
            if any(_key(w) in _AMPERSANDS for w in more):
                continue  # "Tesco and Sainsbury's Bank": another name, not the rest of this one
            run = list(more)
            while more and not (_key(more[-1]) in _WHOLE_NAME_ENDS or _FI_INSTITUTION.fullmatch(_key(more[-1]))):
                more.pop()
            rest = [_key(w) for w in run[len(more):] if _key(w) not in _LEGAL_FORMS]
            if more and rest and rest[0] not in _PARTS_OF_A_SITE:
                continue  # "Oakland Medical Center", "Union Station": not cut in the middle; but "Academy Main Hall"
            if more:
                return f"{name} {' '.join(more)}"
    head = event.location[:300].split(",")[0].strip()
    if (head != name and len(head) <= 60 and not re.search(r"\d|https?:", head) and known_start(name.split()) is None
            and not any(_key(w) in _VENUES for w in head.split())  # not "Starling's Cafe", "Café de Flore"
            and (re.match(rf"{re.escape(name)}(?:['’]s[ \t]+|[ \t]+(?:du|de|des|del|della|di|van|von|of)[ \t]+)[A-ZÀ-Þ]",
                          head) or (name in head and head in event.summary))):
        return head  # "Auberge" at "Auberge du Vieux-Port, 97 rue …", "Warrington" at "Warrington's Own Buses, …"
    if _venue_holds(head, name, event.location):
        return head  # "Hofmann" at "Bäckerei Hofmann, Hauptstraße 21", "Brennan" at "Brennan & Co Solicitors, 14 …"
    squashed = _squashed(name)
    for label in labels:
        if label.startswith(squashed) and label[len(squashed):] in _WHOLE_NAME_ENDS:
            return f"{name} {label[len(squashed):].capitalize()}"
    return name


def _venue_holds(head: str, name: str, location: str) -> bool:
    """Whether ``head``, the first part of a location with an address after it, is the name found written whole:
    it holds the name's words in a row, and its other words are more of a name (capitals, "&", "da", "zum"), not
    a building, a branch's city or a café the candidate meets at ("Bolt Coffee" for Bolt)."""
    words, inner = head.split(), name.split()
    if (head == name or not 1 <= len(inner) < len(words) <= 6 or "," not in location or re.search(r"\d|https?:|@", head)
            or known_start(inner) is not None or _NOT_A_VENUE.search(head)
            or _ADDRESS.search(head)):
        return False
    at = next((i for i in range(len(words) - len(inner) + 1) if words[i:i + len(inner)] == inner), None)
    if at is None:
        return False
    before, after = [_key(w) for w in words[:at]], [_key(w) for w in words[at + len(inner):]]
    if after and not (after[-1] in _COMPANY_WORDS or after[-1] in _LEGAL_FORMS or "&" in after):
        return False  # "Patagonia Ventura", "Cathay City", "Jazz Digital Park": a place after the name
    return all(w[:1].isupper() or _key(w) in _NAME_JOINERS for w in words) and not any(
        w in _VENUES or w in _PLACE_NOUNS or w in _PARTS_OF_A_SITE or w in _CITIES or w in _BUILDINGS
        or (_stage(w) and w not in _NAME_JOINERS) or w in _TEAM_WORDS for w in before + after)


#: The small words a name is written with in lower case: "Trattoria da Nerina", "Gasthaus zum Hirschen", "Brennan & co".
_NAME_JOINERS = _CONNECTORS | {"zum", "zur", "co"}
#: A building named after its owner: "Menara Maybank", "Grattacielo Intesa Sanpaolo", "Torre Iberdrola".
_BUILDINGS = frozenset("menara grattacielo torre tower edificio edifici gebäude immeuble palazzo rakennus talo".split())


def _resolve(event: SourceEvent, own: frozenset[str], people: Iterable[str]) -> Company | None:
    description = event.description
    prose = plain_text(description[:20_000])  # the notes as text, read once for every reader below
    explicit = _LINE_NAMES.search(prose) or next(
        (m for m in _FIELD_IN_A_LINE.finditer(prose) if not _SOMEONE_ELSES_FIELD.search(m["before"])
         and not _NO_EMPLOYER_VALUE.search(m["value"].strip())), None)
    if explicit:
        name = one_line(_TAG.sub(" ", _LINE_END.split(explicit["value"][:200])[0]), 80).strip(" -–—:|,;\"'“”‘’*_")
        form = _LEGAL_FORM.search(name)
        if form and name[form.end():].lstrip().startswith(","):
            name = name[:form.end()]  # "Robert Bosch LLC, Farmington Hills, MI": the address after the legal form
        if not re.search(r"(?<!\w)\w\.$", name) and not _LEGAL_FORM.search(name[-6:]):
            name = name.rstrip(".")  # "Company: Monzo." ends a sentence; "S.A. de C.V.", "Acme Inc." keep their stop
        if name and not (explicit["label"].casefold() in _SIGNATURE_OR_ORGANISER and _a_person_heads(name)):
            return Company(name, LINE)
    department = _DEPARTMENT_LINE.search(prose)
    value = department["value"].split()[:8] if department else []
    listed = known_start(value) if value else None
    if listed and not listed.common:
        # "Department: HM Revenue & Customs" in a civil-service invitation: the department is the employer when it is
        # a well-known one (not "Department: Engineering")
        return Company(trimmed(" ".join(value[:listed.words])), LINE)
    persons = _person_words(event, people)
    client = _client(prose, persons)
    if client:
        return Company(client, CLIENT)
    domains = _domains(event, own)
    employers = [d for d in domains if not _agency_label(_label_key(d))]
    hosts = _vanity(event)
    text = f"{event.summary}\n{description[:20_000]}"
    weak: set[str] = set()  # names left over from a part of the title that names the job
    titles = [_without_site(c, event.location, description[:2_000]) for c in _title_candidates(event.summary, persons, weak)
              if not _first_name_alone(c, description)]
    weak = {_without_site(c, event.location, description[:2_000]) for c in weak}
    titles = [c for c in titles if not all(_key(w) in _DEPARTMENTS for w in c.split())  # "Tech Lead Payroll"
              and c not in _LOWER_CASE_NOUNS and not _a_workplace(c) and not _a_region(c, event.summary)
              and not _codename(c, event.summary) and not _street(c, event.summary, event.location)]
    boards = [c for c in titles if _label_key(c) in _JOB_BOARDS]
    if boards and len(boards) < len(titles):
        titles = [c for c in titles if c not in boards]  # "InfoJobs · Entrevista con Grupo EULEN"; "Interview StepStone" stays
    weak.update(boards)  # "【doda】日程確定のお知らせ" over notes that name the employer
    if any(not c.islower() for c in titles):
        # "Entrevista SEPE – técnico/a de empleo (interinidad)": in a title that capitalises its names,
        # a note in lower case in brackets is about the post
        titles = [c for c in titles if not (c.islower() and re.search(rf"\(\s*{re.escape(c)}\s*\)", event.summary))]
    weak |= {c for c in titles if _key(c) in _CITIES or (len(c.split()) == 2 and _key(c.split()[-1]) in _CITIES
                                                         and _key(c.split()[0]) in _CONNECTORS | {"den", "the"})}
    # "Colloquio Bellinzona", "Afspraak Den Haag": where, which the notes may say is whose
    weak_prose: set[str] = set()
    texts = [*_team_names(event), *_description_candidates(prose, persons, weak_prose), *_heading(description, persons)]
    head = _letterhead(description, persons)
    titles = [_without_team(c) for c in titles if not _team_only(c)]
    texts = [_without_team(c) for c in texts if not _team_only(c)]
    head = [_without_team(c) for c in head if not _team_only(c)]
    labels = [_label_key(d) for d in employers]
    if labels:
        # A name that spells an interviewer's domain outright beats one that only shares a word with it
        # ("Monash Health" for monashhealth.org, not "Monash Medical Centre"), and the bare domain: the
        # prose may spell it anywhere ("Kimberly-Clark" beside kimberlyclark@myworkday.com and @kcc.com).
        # A well-known employer's name spells it too: "Interview – J&J" with @its.jnj.com.
        known = [k for k in map(_known, employers) if k]
        exact = next((c for c in itertools.chain(titles, texts, head, _mentions(description, persons))
                      if any(_spells(c, k) for k in labels) or any(_names(c, k) for k in known)), None)
        if exact:
            # "Ihr ROSE Bikes Recruiting-Team"
            spelled_by = [*labels, *map(_squashed, known)]  # "Notion's hiring team" beside makenotion.com
            exact = _fuller(_without_place(_without_team(_without_possessive(_without_case(exact, spelled_by), spelled_by)),
                                           employers), employers)
            return Company(_spelled_whole(exact, labels, f"{event.summary}\n{prose[:5_000]}"), CONFIRMED)
    for candidate in [*titles, *texts, *head]:
        agreeing = next((d for d in [*employers, *hosts] if _agrees(candidate, d)), None)
        if agreeing:
            squashed, label = _squashed(candidate), _label_key(agreeing)
            if len(squashed) <= 3 < len(label) and label.startswith(squashed):
                return Company(_domain_name(agreeing, text), CONFIRMED)  # "McK 1st rd" with mckinsey.com
            candidate = _fuller(_without_place(candidate, [*employers, *hosts]), [agreeing])
            return Company(_spelled_whole(candidate, [label], f"{event.summary}\n{prose[:5_000]}"), CONFIRMED)
    spelled = [c for c in titles if (_LEGAL_FORM.search(c) or _JA_COMPANY.search(c) or not _latin(c)) and not _agency(c)
               and _key(c) not in _CITIES and not (_CJK_UNIT.search(c) and not _JA_COMPANY.search(c))]
    # not "梅田 15:00" beside a guest from daikin.co.jp, nor a branch: "面接 ユニクロ 販売スタッフ（銀座店）"
    if spelled:
        # "LINEヤフー株式会社" with lycorp.co.jp: a name written out with its legal form, or in a script
        # no domain can spell, is no guess.
        return Company(spelled[0], TITLE)
    if employers:
        # A name the interviewers' own domain does not confirm loses to the domain, unless the domain
        # is one a whole public sector shares (nhs.net, gouv.qc.ca): then it says little about who.
        if not all(_shared(d) for d in employers) or not (titles or texts):
            return Company(_domain_name(employers[0], text), KNOWN if _known(employers[0]) else DOMAIN)
    texts += [c for c in head if any(_key(w) in _COMPANY_WORDS for w in _words(c))]
    texts = [c for c in texts if _label_key(c) not in PLATFORMS]  # "an automated message from Taleo"
    # The title's names, then the description's, then names left over beside a job in the title, then the
    # weakest, "at X" in prose ("Please bring ID to reception at Market Street").
    named = ([c for c in titles if not _agency(c) and c not in weak]
             or [c for c in texts if not _agency(c) and c not in weak_prose]
             or [c for c in titles if not _agency(c)]
             or [c for c in texts if not _agency(c)])
    if len(named) > 1 and named[0] in titles:
        # "Interview – Band 6 MSK Physiotherapist, Leeds Teaching Hospitals NHS Trust", "Entretien IDE –
        # Hôpital Necker", "Chief of Staff, Mayor's Office (City of Boulder)": a run named as an organisation beats
        # an earlier unit, role or ward abbreviation; not another name ("Interview Arbor – City of Sydney contract")
        organisation = next((c for c in named[1:] if _organisation(c) and (
            re.fullmatch(r"[A-Z]{2,4}", named[0])
            or (_unvouched(named[0], event) and (_a_unit_of(named[0], c, event.summary[:MAX_TITLE]) or (
                " " not in named[0] and not _in_the_employers_place(named[0], event.summary[:MAX_TITLE])))))), None)
        if organisation:
            named = [organisation, *(c for c in named if c != organisation)]
    if named and named[0] in titles and re.fullmatch(r"[A-Z]{2,3}", named[0]):
        # "Hays – Siemens Healthineers Field Service Engineer (MRI)": a unit's letters lose to the name
        # written out before the job
        fuller = next((c for c in titles if c in weak and len(c.split()) >= 2 and not _agency(c)), None)
        if fuller:
            named = [fuller]
    if len(named) == 1 and named[0] in titles:
        better = _corroborated(named[0], texts, weak_prose, prose)
        if better:
            return Company(better, DESCRIPTION)
    if (named and named[0] in titles and " " not in named[0] and not named[0].isupper()
            and known_start([named[0]]) is None and not _occurrences(named[0], prose)
            and not _occurrences(named[0], event.location[:300]) and not _after_the_stage(named[0], event.summary)):
        # "Kutsu haastatteluun: Kirjanpitäjä – Tilitoimisto Aalto & Niemi", "Hays | Erstgespräch Controller
        # (Mittelstand, Raum MA)": another of the title's names, not an aside in brackets, that the notes say; an
        # agency's only over an aside ("Interview Tessian | Harnham" is Tessian's); not a city, nor the place to meet
        # at ("Desayuno con Andrés – Sanborns Reforma")
        aside = re.search(rf"[(（][^)）]*{re.escape(named[0])}", event.summary) is not None
        said = next((c for c in titles if c != named[0] and _key(c) not in _CITIES
                     and (_occurrences(c, prose) or _occurrences(c, event.location[:300]))
                     and not re.search(rf"[(（][^)）]*{re.escape(c)}", event.summary) and (aside or not _agency(c))),
                    None)
        if said and not _known_names(prose[:5_000]):  # a well-known employer the notes name decides (resolve)
            return Company(said, AGENCY if _agency(said) else TITLE)
    if named:
        return Company(named[0], TITLE if named[0] in titles else DESCRIPTION)
    if hosts:
        return Company(_domain_name(hosts[0], text), DOMAIN)
    if titles or texts:
        return Company((titles or texts)[0], AGENCY)
    at = _location_name(event.location, persons)
    if at:
        return Company(at, LOCATION)
    first = _first_line(description)
    rest_of_notes = prose.partition(first)[2] if first else ""
    others = f"{event.summary}\n{event.location}\n{rest_of_notes}\n" + " ".join(a.email for a in event.attendees)
    shorthand = _shorthand_heading(description, persons, others)
    if shorthand:
        return Company(shorthand[0], DESCRIPTION)
    if domains:
        return Company(_domain_name(domains[0], text), AGENCY)
    return None


# --------------------------------------------------------------------------------------------------
# Candidates from text.


def _clean(text: str, legal_form: bool = True) -> str:
    """A company name as written, without tags or trailing punctuation. ``legal_form=False`` drops a
    legal form from prose ("our client Ferrero S.p.A.", "Valmet Oyj:n"); in a title it stays as typed."""
    text = one_line(_TAG.sub(" ", text), 120).replace("\u2060", " ")
    text = "".join(ch for ch in text if unicodedata.category(ch) not in _SYMBOLS).strip(" -–—:|,;\"'“”‘’*_")
    text = _JA_ADDRESSED.sub("", text)
    text = _HEADQUARTERS.sub("", text) or text  # "Coffee w/ Ollie @ Pret HQ": where in the company
    if not legal_form:
        text = _LEGAL_FORM.sub("", text.removesuffix(":n")).strip(" -–—:|,.;")
    return text if _plausible(text) else ""


#: A company's head office after its name: "Pret HQ", "Ocado Headquarters".
_HEADQUARTERS = re.compile(r"(?<=\S)\s+(?:HQ|Headquarters|Head Office)$")
#: How a Japanese letter addresses a company, after its name: "株式会社グリーンフィールド様", "人事部御中".
_JA_ADDRESSED = re.compile(r"(?<=\S)\s*(?:様|さま|御中)$")


#: Words a street's name starts with, in the supported languages, and their short forms.
_STREET_START = re.compile(
    r"(?:via|viale|corso|piazza|piazzale|largo|rue|avenue|av|ave|bd|bld|blvd|boulevard|place|pl|quai|chemin|calle|c/|"
    r"avenida|avda|paseo|plaza|carrer|rua|strasse|straße|str|platz|allee|laan|straat|plein|kade|gracht|katu|tie)\.?",
    re.IGNORECASE)
#: A street written as one word: "Kaiserstraße", "Mannerheimintie".
_STREET_WORD = re.compile(r"(?i)\w(?:straße|strasse|gasse|weg|allee|straat|gracht|katu|tie)$")
#: A house number after a street's name, then a comma, a postcode or the end (a king's numeral may come first:
#: "Boulevard du Roi Albert II 27, 1030"); not the start of a US address after a venue ("Boulevard Brewing 2501
#: Southwest Blvd").
_HOUSE_NUMBER = re.compile(r"(?:\s+[IVX]+)?\s+\d{1,4}[a-zA-Z]?(?:\s*[,/;-]|\s*$|\s+\d{4,5}\b)")


def _street_at(street: str, text: str, started: bool) -> bool:
    """Whether ``text`` writes ``street`` with a house number after it, and (``started``) a street's word before it."""
    folded, key = text.lower(), street.lower()  # not casefold: "ß" would become two letters and shift the positions
    if len(folded) != len(text):
        return False
    at = folded.find(key)
    while at >= 0:
        if ((at == 0 or not text[at - 1].isalnum()) and _HOUSE_NUMBER.match(text, at + len(key))
                and (not started or (text[at - 1].isspace() and _STREET_START.fullmatch(_word_before(text, at))))):
            return True
        at = folded.find(key, at + 1)
    return False


def _word_before(text: str, at: int) -> str:
    """The whitespace-separated word that ends before ``at`` ("" when none): ``text[:at].split()[-1]`` without
    splitting the whole text again for each place a street's name appears (a hostile location repeats it)."""
    end = at
    while end > 0 and text[end - 1].isspace():
        end -= 1
    start = end
    while start > 0 and not text[start - 1].isspace():
        start -= 1
    return text[start:end]


def _street(name: str, title: str, location: str) -> bool:
    """"RDV 10h30 Bd du Roi Albert II" at "Boulevard du Roi Albert II 27", "Incontro – via Solferino" at "Via Solferino
    27, Brescia": a street the location gives with its number is where, not who ("Rue du Commerce", "Avenue Capital" stay)."""
    words = name.split()
    if not words or words[-1].lower() not in location.lower():
        return False  # most titles: the location does not hold the name's last word
    if len(words) == 1 and _STREET_WORD.search(name):
        return _street_at(name, location, started=False)  # "Gespräch Kaiserstraße" at "Kaiserstraße 12"
    if _STREET_START.fullmatch(words[0]):
        words = words[1:]
    else:
        at = title.find(name)
        before = title[:at].split() if at > 0 else []
        if not (before and _STREET_START.fullmatch(before[-1])):
            return False
    return bool(words) and _street_at(" ".join(words), location, started=True)


_CODENAME = re.compile(r"(?i)(?<!\w)(?:project|projekt|projet|progetto|proyecto|projekti|projecto|operation)\s+$")


def _codename(name: str, title: str) -> bool:
    """"CFO mandate (Project Heron)": a search's code name, which hides the employer rather than naming it."""
    at = title.find(name)
    return at > 0 and bool(_CODENAME.search(title[max(0, at - 20):at]))


#: The words an organisation's name ends or starts with, which a team's or a division's does not: "Leeds
#: Teaching Hospitals NHS Trust", "Grupo Hotelero Alcázar"; not "Trust and Safety", "Investment Bank".
_ORGANISATION_ENDS = frozenset("hospital hospitals clinic institute school trust koulu lukio päiväkoti virasto laitos "
                               "gymnasium".split())
_ORGANISATION_STARTS = frozenset("ministry ministerie ministerio ministero ministère ministerium grupo gruppo groupe "
                                 "bundesamt landesamt bundesagentur banca banco banque sparkasse agenzia "
                                 "agencia agence instituut institut istituto instituto hochschule fachhochschule lycée "
                                 "collège colegio scuola liceo escuela provincia regione région département diputación "
                                 "generalitat conseil provincie waterschap bezirksamt landratsamt clínica clinica clinique "
                                 "klinik kliniek pharmacie farmacia apotheke apotheek cabinet despacho studio "
                                 "transportes spedition".split())


#: The public bodies named "<area> of <name>": "City of Boulder", "Region of Peel", "County of Santa Clara"; in a
#: place, the same words name where ("City of London, EC2", "Washington, District of Columbia").
_PUBLIC_AREAS = frozenset("city town county region state province district borough municipality".split())
_AREA_OF = re.compile(rf"(?i)(?:{'|'.join(sorted(_PUBLIC_AREAS))})\s+of\b")


def _organisation(name: str) -> bool:
    """Whether a name of two words or more says it is an organisation: "Leeds Teaching Hospitals NHS
    Trust", "Comune di Torino", "Klinikum Nordheide", "Grupo Hotelero Alcázar S.A."."""
    keys = [_key(w) for w in name.split()]
    institution = _INSTITUTION.search(name)
    if institution and institution.end() == len(name) and _OF_THE.search(name, 0, institution.start()):
        institution = None  # "Zeugnis der Hochschule", "título del Instituto": a thing of an institution it does not name
    return len(keys) >= 2 and (keys[-1] in _ORGANISATION_ENDS or keys[0] in _ORGANISATION_STARTS
                               or (keys[0] in _PUBLIC_AREAS and keys[1] == "of")
                               or bool(institution or _LEGAL_FORM.search(name)))


#: An article after which a name's last word is an institution of no name: "der Hochschule", "del Instituto".
_OF_THE = re.compile(r"(?i)\b(?:der|des|dem|den|del|della|dello|dell'|du|of the|de la|de l'|van de|van het)\s*$")


def _person_name(text: str, persons: frozenset[str]) -> bool:
    """"john smith", "maría garcía": a given name and at most two more words, or a known person."""
    words = text.split()
    if not words or any(w in _COMPANY_WORDS for w in words):
        return False
    return (unaccented(words[0]) in GIVEN_NAMES and len(words) <= 3) or all(w in persons for w in words)


#: Words a hiring team signs with, which alone name no employer: "Careers", "Resourcing", "Talent Team".
_TEAM_WORDS = frozenset("careers career resourcing recruitment recruiting recruiter recruiters talent acquisition "
                        "recruiting-team hr-team recruitingteam personalteam ihr dein your "
                        "hr people team jobs hiring noreply no-reply rekry rekrytointi recrutement reclutamiento "
                        "werving selectie personal personalabteilung human resources".split())


def _team_only(name: str) -> bool:
    return all(_key(w) in _TEAM_WORDS or _key(w) in _CONNECTORS for w in name.split())


def _without_team(name: str) -> str:
    """"Cascadia Power & Light Careers", "Aérostructures du Midi – Recrutement": the team signs after the
    name, or before it ("Recruiting-Team der DB InfraGO"); but "Fraser & Lowe Recruitment" is an agency's whole name."""
    words = name.split()
    lead = 0
    while lead < len(words) - 1 and (_key(words[lead]) in _TEAM_WORDS or (lead and _key(words[lead]) in _CONNECTORS)):
        lead += 1
    if lead and _key(words[lead - 1]) in _CONNECTORS:
        words = words[lead:]  # "Recruiting-Team der DB InfraGO": the team of whom
    end = len(words)
    while end > 1 and (words[end - 1] in "–—-|" or (_key(words[end - 1]) in _TEAM_WORDS and (
            _key(words[end - 1]) not in _AGENCY_WORDS or words[end - 2] in "–—-|"))):
        end -= 1
    return " ".join(words[:end]) if end < len(words) or lead else name


#: The last word of a recruiting agency's name: "Fraser & Lowe Recruitment", "Brookvale Staffing".
_AGENCY_WORDS = frozenset("recruitment recruiting recruiters staffing personnel search resourcing headhunters "
                          "headhunting personalberatung personaldienstleistungen uitzendbureau".split())


def _agency_label(label: str) -> bool:
    """A recruiting agency's domain label: a known one, or one that says so ("sigmarrecruitment")."""
    return label in AGENCIES or any(label.endswith(w) and len(label) > len(w) + 2 for w in _AGENCY_WORDS)


def _agency(name: str) -> bool:
    """A recruiting agency: a known one, or a name that says so."""
    words = name.split()
    return _label_key(name) in AGENCIES or (len(words) >= 2 and _key(words[-1]) in _AGENCY_WORDS)


def _ends_a_company(words: list[str], word: str) -> bool:
    """Whether the capitalised words from ``word`` on end with a company word: "Dunmore Credit Union",
    "Lakeshore Coffee Roasters" keep their middle word, which alone would name a job or a meeting."""
    rest: list[str] = []
    for w in words[words.index(word):]:
        if not w[:1].isupper():
            break
        rest.append(_key(w))
    return len(rest) >= 2 and rest[-1] in _COMPANY_WORDS


def _before_a_name(words: list[str], article: str) -> bool:
    """Whether a capitalised word that is no stage or role follows ``article`` in ``words``."""
    i = words.index(article)
    following = words[i + 1] if i + 1 < len(words) else ""
    return following[:1].isupper() and not _role(_key(following)) and _key(following) not in _STAGE_WORDS


def _kind_before_stage(keys: list[str]) -> bool:
    """Whether the words after a kind of interview name the stage: "Teaching interview", "Étude de cas",
    "Training contract interview"; not "Board of Education"."""
    if keys[0] in _CONNECTORS:
        keys = keys[1:]
        return bool(keys) and keys[0] in _STAGE_WORDS and keys[0] not in _CONNECTORS
    return keys[0] in _INTERVIEW_KINDS or keys[0] in _STAGE_WORDS or _role(keys[0])  # "Teaching Assistant interview"


def _office_field(words: list[str]) -> bool:
    """Whether the next word names an office's field: the words so far end in "Ministry of"."""
    return len(words) >= 2 and _key(words[-1]) in ("of", "for", "de", "di", "für") and _key(words[-2]) in _OFFICES


#: An address after a name: a number or a street word ("455 Howard St", "Via Giambologna 1", "Admin Bldg").
_ADDRESS = re.compile(r"\d|(?i:\b(?:st|street|rd|road|ave|avenue|blvd|lane|ln|way|drive|dr|square|place|plaza|"
                      r"bldg|building|straße|strasse|str|weg|platz|gasse|allee|rue|avenue|boulevard|calle|avenida|"
                      r"paseo|plaza|via|viale|piazza|corso|straat|laan|plein|gracht|katu|tie|kuja)\b|"
                      r"(?:straße|strasse|straat|katu|tie|weg)\b)")
#: First parts of a location that are no venue: "Online", "TBC", "Level Two", "Security Desk", "Starbucks".
_NOT_A_VENUE = re.compile(r"(?i)\b(?:online|virtual|remote|hybrid|tb[acd]|to be (?:confirmed|decided|announced)|"
                          r"level|floor|room|desk|lobby|reception|visitor|gate|my|our|your|home|starbucks|costa|"
                          r"pret|wework|regus|spaces|impact hub|caff[eè] nero|tim hortons|dunkin|office|inn|empfang|"
                          r"anne\s?&\s?max|juan valdez|espresso house|joe & the juice|le pain quotidien|blue bottle|"
                          r"peet's|caribou coffee|second cup|coffee company|スターバックス|ドトール|タリーズ|コメダ|"
                          r"accueil|aula|sala|salle|raum|zaal|vergaderzaal|hall|hal|auditorium|mum'?s|mom'?s|dad'?s)\b")


def _location_name(location: str, persons: frozenset[str]) -> str | None:
    """The place the interview is at, when nothing else names the employer: a venue and then its address,
    an organisation among the parts, or a Japanese venue before its building."""
    parts = [p.strip() for p in location[:300].split(",")]
    return _venue(parts, persons) or _organisation_part(parts, persons) or _cjk_venue(location[:300])


#: A campus's services for its students, where employers come to interview them.
_CAMPUS_SERVICES = re.compile(r"(?i)\bcareers?\b|\bstudent|\balumni|\bplacement|\bfair\b|キャリア|就職課|学生支援")
#: The last word of a street, square or landmark named after an institution: "College Green", "Academy Park",
#: "Council House", "University Quarter"; and the first of a stop: "Fermata Università".
_LANDMARK_ENDS = _PLACE_NOUNS | frozenset("green quarter park house hill gardens place court row walk yard close mews "
                                          "parade terrace street way campus".split())
_STOP_STARTS = frozenset("fermata stazione station stop halte parada arrêt estación metro".split())
#: A building or a ground named after a company, whose tenants or visitors are anyone's: "Salesforce Tower".
_NAMED_PLACES = _LANDMARK_ENDS | _BUILDINGS | frozenset("tower center centre plaza arena stadium field hall".split())


def _organisation_part(parts: list[str], persons: frozenset[str]) -> str | None:
    """"Room 2, Hartley Wing, University of Eastbury, Mill Lane": the location's part that says it is an
    organisation (an institution, a legal form), after a room and a building; not a street ("University Road")."""
    if _CAMPUS_SERVICES.search(" ".join(parts)):
        return None  # "Career Center, Boston University": the candidate's campus hosts the employer
    for part in parts:
        words = [_key(w) for w in part.split()]
        if words and (words[-1] in _LANDMARK_ENDS or words[0] in _STOP_STARTS):
            continue
        if not re.search(r"\d", part) and not _ADDRESS.search(part) and _organisation(part):
            named = _line_name(part, persons)
            if named and named[0] == part:
                return part
    return None


#: The end of a Japanese organisation's name: a hospital, a school, a bank, a public office, a firm.
_CJK_ORGANISATION = re.compile(r"(?:病院|医院|クリニック|大学|学校|学園|銀行|信用金庫|信金|役所|役場|庁|研究所|"
                               r"事務所|協会|組合|法人|会社)$")


#: Legal forms written before a Japanese organisation's name, apart from a company's (``_JA_FORMS``).
_CJK_LEGAL_PREFIXES = frozenset("弁護士法人 医療法人 医療法人社団 医療法人財団 社会福祉法人 学校法人 社会医療法人 "
                                "一般社団法人 公益社団法人 一般財団法人 公益財団法人 税理士法人 監査法人".split())
#: Kinds of organisation alone, with no name: "大学", "市役所", "法律事務所".
_CJK_GENERIC = frozenset("大学 学校 病院 医院 クリニック 銀行 信用金庫 信金 市役所 区役所 町役場 村役場 県庁 役所 役場 "
                         "事務所 法律事務所 弁護士事務所 会計事務所 税理士事務所 研究所 協会 組合 法人 会社".split())


def _cjk_venue(location: str) -> str | None:
    """"港北中央病院 本館3F 人事課": a Japanese location starts with the organisation, then its building,
    floor or office; not an address ("東京都港区…"), a station or a shop."""
    words = location.split()
    first = words[0] if words else ""
    if _CAMPUS_SERVICES.search(location):
        return None  # "早稲田大学 キャリアセンター": the candidate's campus
    if first in _CJK_LEGAL_PREFIXES and len(words) > 1:
        first = f"{first} {words[1]}"  # "弁護士法人 みなと法律事務所 2F": the legal form, then the name
    elif first in _CJK_GENERIC:
        return None  # "大学 図書館", "市役所 2階": which university, which city, it does not say
    if _latin(first) or re.search(r"\d|[０-９]", first):
        return None
    return first if _CJK_ORGANISATION.search(first) or first.startswith(_JA_FORMS) else None


def _venue(parts: list[str], persons: frozenset[str]) -> str | None:
    """"Tessellate Robotics, 455 Howard St, San Francisco": a location that is a name and then its
    address names the place the interview is at."""
    if (len(parts) < 2 or re.search(r"\d|https?:|www\.|@", parts[0]) or _label_key(parts[0]) in _TOOL_NAMES
            or not _ADDRESS.search(parts[1]) or _NOT_A_VENUE.search(parts[0])):
        return None  # "Online, Teams", "To Be Confirmed, Manchester", "Level Two, Tower One"
    written = _words(parts[0])
    if any(_key(w) in _PLACE_NOUNS or not (w[:1].isupper() or _key(w) in _CONNECTORS) for w in written):
        return None  # "Blue Bottle Coffee", "Meilahden tornisairaala": a café, a description of the place
    words = _trim(written, persons)
    name = _clean(" ".join(words)) if words else ""
    return name if name and _key(name) not in _CITIES else None


#: The words an agency's name ends with, as a pattern: "Recruitment", "Search", "Staffing", "Talent".
_AGENCY_RUN = "recruitment|recruiting|recruiters|search|staffing|talent|personnel|resourcing|executive|headhunters"


def _occurrences(name: str, text: str) -> int:
    """How often ``name`` appears in ``text`` as whole words, in any case."""
    return len(re.findall(rf"(?<!\w){re.escape(name)}(?!\w)", text, re.IGNORECASE))


def _corroborated(title: str, texts: list[str], weak: set[str], prose: str) -> str | None:
    """A name the notes repeat, for the title's only name when the notes never use it: "Interview
    Invitation: Maintenance Planner - Baytown Plant" over notes that say "Gulfport Polymers" twice, where
    the title's leftover is a site or a team ("Lidl RDC", "kotimaan B2B"). ``prose`` is the notes as text."""
    if _occurrences(title, prose):
        return None
    for c in texts[:12]:
        if c in weak or _agency(c) or re.search(rf"(?<!\w){re.escape(c)}\s+(?:{_AGENCY_RUN})", prose, re.IGNORECASE):
            continue  # "Tiger Recruitment will send feedback": an agency whose name lost its last word
        if _occurrences(c, prose) >= 2:
            return c
    return None


def _first_name_alone(candidate: str, description: str) -> bool:
    """"Dana Whitfield" as a title, and "Dana is with Hays" below: the notes call a person by the first
    name alone, which nobody does with a company's name."""
    words = candidate.split()
    if len(words) != 2 or not all(w[:1].isupper() and w.isalpha() for w in words):
        return False
    if (unaccented(_key(words[0])) not in GIVEN_NAMES or words[1].isupper() or _key(words[1]) in _CITIES
            or _key(words[1]) in _COMPANY_WORDS or _LEGAL_FORM.search(candidate)):
        return False  # "IKEA Brooklyn", "Emirates NBD", "Sutter Health", "Zalando SE": a company, not a person
    # alone: not followed by the surname, nor by any other capitalised word ("Ontario Public Service")
    return re.search(rf"\b{re.escape(words[0])}\b(?!\s+[A-ZÄÖÜÅÉ])", description) is not None


def _latin(name: str) -> bool:
    """Whether a name's letters are Latin ones, which a domain name can spell."""
    return all(ord(ch) < 0x250 for ch in name if ch.isalpha())


def _plausible(name: str) -> bool:
    words = name.split()
    return 0 < len(words) <= 7 and any(ch.isalpha() for ch in name) and len(name) <= 80


def _words(text: str) -> list[str]:
    return [w for w in re.split(r"\s+", text.strip()) if w]


def _key(word: str) -> str:
    return word.casefold().strip(",:;!?()[]{}\"'’")


#: A cook by station or rank, a role of two words ("Line Cook - Shake Shack", "Prep Cook"); "Cook" alone is no
#: role, since it starts names ("Cook Medical", "Cook Children's").
_COOK = re.compile(r"(?i)(?<![\w-])(line|prep|grill|pastry|fry|breakfast|kitchen|short-order|sous|head|lead|chief|commis|"
                   r"senior|junior|relief|banquet|station)[ \t]+(cooks?)(?![\w-])")


#: Disciplines of two words, a field a post is in ("Data Science Interview", "Business Intelligence – Acme"); alone,
#: "Science" and "Intelligence" start names ("Science Museum Group", "Intelligence Squared").
_DISCIPLINE = re.compile(r"(?i)(?<![\w-])(data|business|computer|artificial|competitive|market|threat|decision|clinical|"
                         r"security|cyber|political|social|life|earth|environmental|health|food|sports|materials|cognitive|"
                         r"actuarial|marketing|customer|product|people|sales|signals|open[ -]source)[ \t]+"
                         r"(science|sciences|intelligence|analytics)(?![\w-])")


#: A team word joined to what it does ("recruiting-team", "hr-tiimi"): a team, not a stage.
_TEAM_COMPOUND = re.compile(r"[\w-]*(?:tiimi|tiimin|tiimistä)|\w+-team")


#: What a stage compound ends in: the meeting itself ("Case-Runde", "HR-Gespräch", "Coffee-Chat"); not "Call-Center",
#: "Meet-Up", "Super-Day", "Drive-In", "First-Call", which start names.
_MEETING_NOUNS = frozenset("runde gespräch gesprach interview chat termin gesprek haastattelu colloquio entrevista "
                           "entretien tapaaminen puhelu".split())


def _stage(key: str) -> bool:
    """A word about the meeting, or a compound of them: "Case-Runde", "HR-Gespräch" (not "Coca-Cola"; a team,
    "Recruiting-Team", signs for its employer)."""
    if key in _STAGE_WORDS:
        return True
    parts = key.split("-")  # only for the rare hyphenated word: _trim asks this of every word of every title
    return (len(parts) > 1 and parts[-1] in _MEETING_NOUNS and not _TEAM_COMPOUND.fullmatch(key)
            and all(len(p) > 1 and p in _STAGE_WORDS and p not in _CONNECTORS for p in parts))


#: How a Japanese post ends as a word of its own: "経理スタッフ", "営業職", "総務担当", "正社員", "…募集".
_JA_ROLE_ENDINGS = (*_JA_POSTS, "職", "募集")


def _role(key: str) -> bool:
    key = _GENDER_ENDING.sub("", key)  # "addetto/a", "sachbearbeiter/in", "conseiller·ère", "agent(e)"
    return (key in _ROLE_WORDS or (not key.isascii() and key.endswith(_JA_ROLE_ENDINGS))
            or ("\u2060" in key and (key.endswith(("\u2060cook", "\u2060cooks"))
                                     or _DISCIPLINE.fullmatch(key.replace("\u2060", " ")) is not None))
            or (len(key) > 8 and key.endswith(_ROLE_ENDINGS)))


#: The English "I" of the writer, which no name goes on to: "... at Pinecrest Credit Union and I'd love to ...". Not
#: ``_FIRST_PERSON``: its "my", "ma", "mi", "io" can start a name's next word ("Mi Casa", "Ma Maison").
_THE_WRITER = frozenset(("i", "i'd", "i’d", "i'm", "i’m", "i'll", "i’ll", "i've", "i’ve"))


def _trim(words: list[str], persons: frozenset[str], anchored: bool = False) -> list[str]:
    """Keep the name out of a run of words: stage words and roles around it go, so do trailing place words.

    In a title typed with capitals, a company name is its run of capitalised words ("Walgreens
    pharmacy mgr" → "Walgreens"); an all-lower-case title keeps what is not a known word. A person
    named with an honorific ends the name: "Flix Hr. Lehmann" → "Flix".
    """
    words = words[:40]  # no name is longer; a pasted display name may be a megabyte
    keys = [_key(w) for w in words]
    if " ".join(keys) in _TOOL_NAMES:
        return []  # "Google Meet", "Microsoft Teams Meeting"
    if len(words) == 2 and words[0].isalpha() and re.fullmatch(r"[A-Z]\.", words[1]):
        return []  # "Jen M.": a person as a scheduler names them
    cut = next((i for i, k in enumerate(keys) if (k in _HONORIFICS and not (i and keys[i - 1] in _OUR))
                or k.endswith(_JA_PERSON)), len(keys))
    words, keys = words[:cut], keys[:cut]
    if not words:
        return []
    if any(_role(k) for k in keys) and all(_role(k) or k in _STAGE_WORDS or k in _CONNECTORS
                                            or _TIME.fullmatch(k) or k.isdigit() for k in keys):
        return []
    # drop leading and trailing words that are not part of a name
    def droppable(i: int) -> bool:
        k = keys[i]
        return (not k or _stage(k) or k in _CONNECTORS or bool(_TIME.fullmatch(k)) or _role(k)
                or bool(_CODE.fullmatch(k)) or (len(k) > 11 and k.endswith(_STAGE_SUFFIXES))
                or (k.isdigit() and len(k) < 4) or bool(_ORDINAL.fullmatch(k)))
    start, end = 0, len(words)
    # "Teaching interview", "Training contract interview": the kind of interview, before it is named
    # (but "Board of Education")
    while start < end - 1 and keys[start] in _INTERVIEW_KINDS and _kind_before_stage(keys[start + 1:]):
        start += 1
    # "The Home Depot", "The Hartford": a capital "The" before capitalised words is part of the name.
    # "HM Treasury", "HM Revenue & Customs": His Majesty's, not a hiring manager, before a capitalised name.
    # Articles that start names in other languages too: "De Brauw Blackstone Westbroek", "La Poste", "El Corte Inglés".
    # After the stage too: "Entrevista El Corte Inglés", "Interview The Home Depot".
    def named_the(i: int) -> bool:
        return (i + 1 < len(words) and words[i] in _NAME_ARTICLES and words[i + 1][:1].isupper()
                and not droppable(i + 1))

    def field_of_a_name(i: int) -> bool:
        """"Network Rail", "Credit Suisse", "Cloud Software Group", "Legal & General": a field's word, or a run of
        them, that starts a name (not "Data Analyst", "Data Platform Engineer")."""
        if keys[i] not in _FIELD_WORDS:
            return False
        j = i + 1
        while j < end and ((keys[j] in _FIELD_WORDS and words[j][:1].isupper()) or keys[j] in _AMPERSANDS):
            j += 1
        return (j < end and words[j][:1].isupper() and not droppable(j) and keys[j] not in _PLACE_WORDS
                and keys[j] not in _STAGE_WORDS and keys[j] not in _DEPARTMENTS)  # not "Data & Analytics"

    def trade_name(i: int) -> bool:
        """"Murphy Electrical", "Kestrel Digital": a field's word that ends a firm's name, no post after it (not
        "Acme Data Engineer", "Stripe Data Platform")."""
        return (keys[i] in _TRADES and words[i][:1].isupper() and words[i - 1][:1].isupper()
                and not droppable(i - 1) and keys[i - 1] not in _FIELD_WORDS
                and not any(_role(k) or k in _DEPARTMENTS or (words[j][:1].isupper() and not droppable(j))
                            for j, k in enumerate(keys[i + 1:], i + 1)))

    while start < end and droppable(start) and not named_the(start) and not field_of_a_name(start):
        start += 1
    if end - start > 2 and keys[start] in ("fa.", "fa", "firma", "fam.") and words[start + 1][:1].isupper():
        start += 1  # "Fa. Weidmann Logistik", "Firma Müller Bau": the German word for a firm before its name; but
        # "Firma Klein" keeps it, a surname alone names a person
    while end > start and (droppable(end - 1) or (keys[end - 1] in _PLACE_WORDS and not words[end - 1][:1].isupper())
                           or (end - 1 > start and bool(_HOURS.fullmatch(keys[end - 1])))):
        if keys[end - 1] in _PARTNER_WORDS and end - 2 > start and keys[end - 2] in _AMPERSANDS:
            break  # "Berger & Partner": the firm's name, not a partner's role
        if end - 1 > start and words[end - 1][:1].isupper() and _office_field(words[start:end - 1]):
            break  # "Ministry of Finance", "Department of Health": the office's field, not a role
        if end - 1 > start and trade_name(end - 1):
            break
        end -= 1
    head_office = next((k for k in range(start + 1, end) if keys[k] in _HEAD_OFFICE
                        and not _LEGAL_FORM.search(" ".join(words[k:end]))), None)  # but "Gear HQ Ltd"
    if head_office is not None:  # "Action HQ Zwaagdijk": the name, then its head office and where that is
        words, keys, end = words[:head_office], keys[:head_office], head_office
    if (end - start > 1 and keys[end - 1] in _CITIES and keys[end - 2] not in _CONNECTORS
            and keys[end - 2].split("-")[-1] not in _CITY_OWNERS  # "Azienda Ospedale-Università Padova"
            and not (words[end - 2].isupper() and len(words[end - 2]) <= 4)
            and not (end - start == 2 and len(keys[start]) <= 4)):  # "ETH Zürich", "Real Madrid", "CHU Toulouse"
        end -= 1
    kept = words[start:end]
    if not kept:
        return []
    capitalised = any(w[:1].isupper() for w in words)
    if capitalised:
        run: list[str] = []
        for word in kept:
            k = _key(word)
            if k in _THE_WRITER:
                break  # "Pinecrest Credit Union and I'd love to meet": the writer, after the name
            if run and k in _CONNECTORS:
                run.append(word)
            elif run and _key(run[-1]) in _AMPERSANDS and k in _PARTNER_WORDS:
                run.append(word)  # "Berger & Partner", "Smith & Associates", "Müller & Söhne"
            elif word[:1].isupper() or word[:1].isdigit() or not word[:1].isalpha():
                if (_role(k) or _stage(k)) and run and not _office_field(run) and not (
                        word in _NAME_ARTICLES and _before_a_name(kept, word)) and not _ends_a_company(kept, word) \
                        and not trade_name(start + kept.index(word)):
                    break  # but "EHPAD Les Glycines", "Zorggroep Het Baken": an article starts the name's rest
                run.append(word)
            elif run:
                break
        while run and (_key(run[-1]) in _CONNECTORS or _ORDINAL.fullmatch(_key(run[-1]))
                       or _CODE.fullmatch(_key(run[-1]))):
            run.pop()
        kept = run
    if not kept:
        return []
    of = next((i for i, w in enumerate(kept) if _key(w) == "of"), None)
    if of is not None and 0 < of < len(kept) - 1 and any(_key(w) in _BODIES for w in kept[:of]):
        kept = kept[of + 1:]  # "Selection Committee of Ashoka University": the committee's employer
    kept = _german_nominative(kept)
    kept_keys = [_key(w) for w in kept]
    if len(kept) >= 3 and kept_keys[-1] in _STREET_NOUNS:
        kept, kept_keys = kept[:-2], kept_keys[:-2]  # the shop's street after the name
    if (len(kept) == 1 and _LEVEL.fullmatch(kept_keys[0]) and kept_keys[0] not in _LEVEL_NAMES) or _PAY_GRADE.fullmatch(
            " ".join(kept)):
        return []  # "Y4 class teacher", "L6 PMT", "EG 9b", "A 13"
    site = next((i for i, k in enumerate(kept_keys) if k in _SITE_NOUNS), 0)
    if 0 < site < len(kept) - 1 and kept_keys[-1] not in _COMPANY_WORDS:
        kept, kept_keys = kept[:site], kept_keys[:site]  # "Rossmann Filiale Leipzig-Gohlis", "Bosch Werk Bamberg"
    if (_WHEN_WORD.fullmatch(kept_keys[0]) and not (kept[0] == "The" and len(kept) > 1)
        and not _DIGIT_NAME.fullmatch(kept[0])) or any(
            k in _PLACE_NOUNS and not (k in _PLACE_EMPLOYERS and len(kept) > 1) for k in kept_keys) and not (
            len(kept) > 1 and kept_keys[-1] in _COMPANY_WORDS):  # but "Quarry Lane Health", "Station Road Dental"
        return []  # "at noon", "at 3pm EST", "Visitor Lot B", "Union Station"
    if end < len(keys) and keys[end] in _LOCATION_WORDS:
        return []  # "London office", "Downtown Seattle office": where, not who
    if all(_stage(k) or _role(k) or k in _CONNECTORS or k.isdigit() for k in kept_keys):
        return []
    if _agency(" ".join(kept)):
        return kept
    kept = [_CJK_OFFICE.sub(r"\1", w) for w in kept]  # "横浜市役所": the city is the employer, 横浜市
    kept_keys = [_key(w) for w in kept]
    if any(_CJK_STAGE.search(k) for k in kept_keys):
        # "ソニー 技術課題レビュー": the words about the meeting go, the name stays; "現場社員との面談" is all meeting
        kept = [w for w, k in zip(kept, kept_keys) if not _CJK_STAGE.search(k)]
        kept_keys = [_key(w) for w in kept]
        if not kept:
            return []
    while len(kept) > 1 and _CJK_UNIT.search(kept[-1]):
        kept, kept_keys = kept[:-1], kept_keys[:-1]  # "京都大学 事務職員", "とりまる 渋谷店": the post or the branch
    if len(kept) > 1 and kept[0] in _CJK_KIND:
        kept, kept_keys = kept[1:], kept_keys[1:]  # "居酒屋 とりまる": what kind of business, then its name
    if unaccented(" ".join(kept_keys)) in _NAMED_FOR_PEOPLE or kept[0] in _PLACE_ARTICLES or (
            anchored and len(kept) >= 2 and not any(k in persons for k in kept_keys)):
        # "Interview at Axel Springer", "applying to Charlotte Tilbury": after "at", a name is a place's
        return kept  # "Eli Lilly", "Roland Berger"; "Da Vittorio", "Chez Marcel": a restaurant's name
    parts = re.split(r"\s(?:and|&|und|et|y|e|en|ja|og)\s", " ".join(kept_keys))
    if all(_person_name(part, persons) for part in parts) and not any(w.isupper() and len(w) > 2 for w in kept):
        return []  # "John Smith and Jane Doe", "María García"; but "PAUL", a bakery's brand in capitals
    if len(parts) == 2 and _person_name(parts[0], persons) and parts[1] not in _PARTNER_WORDS:
        # "Sam Lee and Initech" (a scheduling page's title): the person is the user or a recruiter.
        kept = kept[len(parts[0].split()) + 1:]
        kept_keys = kept_keys[len(parts[0].split()) + 1:]
    if all(k in persons or unaccented(k) in GIVEN_NAMES or k in _CONNECTORS for k in kept_keys) and not (
            len(kept) == 1 and kept[0].isupper() and len(kept[0]) > 2):
        return []  # a person: "Jordan", "Priyanka Das and Sam Lee"
    if (unaccented(kept_keys[0]) in GIVEN_NAMES and len(kept) == 2 and kept[1][:1].isupper()
            and kept_keys[1] not in _CONNECTORS and kept_keys[1] not in _COMPANY_WORDS):
        return []  # "Jordan Lee": a first name and a surname (but "Jane Street", "Morgan Stanley Bank")
    if " ".join(kept_keys) in _TOOL_NAMES:
        return []
    return kept


def _german_nominative(words: list[str]) -> list[str]:
    """A German name as a letter writes it, where a preposition's case bent its first words: "beim Deutschen Roten
    Kreuz" → Deutsches Rotes Kreuz, "bei den Stadtwerken München" → Stadtwerke München, "bei der Österreichischen Post"
    → Österreichische Post: whichever ending makes a well-known name; "Deutschen" alone is "Deutsche" (Deutsche
    Rentenversicherung)."""
    bent = 0
    while bent < min(3, len(words)) and words[bent][:1].isupper() and words[bent].endswith("en"):
        bent += 1
    if not bent:
        return words
    endings = ("", "s", "r")  # after the dative's "n" goes: Deutsche, Deutsches, Deutscher
    for tail in itertools.product(endings, repeat=bent):
        named = [w[:-1] + end for w, end in zip(words[:bent], tail)] + words[bent:]
        known = known_start(named)
        if known is not None and known.words > bent - 1 and not known.short:
            return named
    return ["Deutsche", *words[1:]] if words[0] == "Deutschen" and len(words) > 1 else words


def _fi_nominative(word: str) -> str:
    """A Finnish name's genitive undone: Keskon → Kesko, Wärtsilän → Wärtsilä, Reaktorin → Reaktor,
    Mehiläisen → Mehiläinen, Veikkauksen → Veikkaus; Postin → Posti where the table knows the name in -i."""
    if len(word) > 6 and word.endswith("isen"):
        return word[:-4] + "inen"
    if len(word) > 6 and word.endswith("ksen"):
        return word[:-4] + "s"
    if len(word) > 4 and word.endswith("in") and word[-3] not in "aeiouyäö":
        if known_start([word[:-1]]) is not None and known_start([word[:-2]]) is None:
            return word[:-1]  # "Postin" → Posti, a well-known name ending in -i; "Reaktorin" → Reaktor
        return word[:-2]
    if len(word) > 3 and word.endswith("n") and word[-2] in "aeiouyäö":
        stem = word[:-1]
        return stem[:-1] if len(stem) > 4 and stem[-1] == stem[-2] else stem  # Nesteen → Neste
    return word


#: Finnish place cases on a name after a stage: "Työhaastattelu Koneella", "Haastattelu OP:lla",
#: "Nokialla", "Reaktorilla", "Supercellillä", "Wärtsilässä".
_FI_CASE = re.compile(r"(?::(?:n|lla|llä|ssa|ssä|lle|sta|stä|lta|ltä|hin|een|iin|ta|tä|a|ä)|(?<=\w\w)(?:lla|llä|ssa|ssä|lle|lta|ltä))$")


def _fi_names(part: str) -> str:
    """A Finnish part with its names in the nominative: a capitalised genitive before a lower-case word
    is the name ("Nordean konttorilla" → Nordea), unless that word is the institution the genitive
    names ("Tampereen kaupunki", "Helsingin yliopistolla" → Helsingin yliopisto), which joins the name."""
    words = part.split()
    out: list[str] = []
    for i, word in enumerate(words):
        after = words[i + 1] if i + 1 < len(words) else ""
        given = after[:1].isupper() and (_fi_given_name(_key(after)) or _fi_given_name(_key(_fi_nominative(after))))
        if (given and word[:1].isupper() and word.endswith("sen") and "-" not in word
                and known_start([_fi_nominative(word)]) is None):
            words[i + 1] = ""  # "Haastattelu – Virtasen Jarmo", "Kahvit Mäkisen Pekan kanssa": a person, Jarmo Virtanen
            continue
        if (given and word[:1].isupper() and word.endswith("n")
                and ("-" in word or known_start([_fi_nominative(word)]) is not None)):
            # "Kahvit Reaktorin Jannen kanssa", "Sähkö-Saarisen Jarmo klo 7.30": whose Janne; a surname would be
            # his own ("Virtasen Jarmo"), so only a known employer's or a firm's compound name
            out.append(_fi_nominative(word))
            words[i + 1] = ""
            continue
        if (word[:1].isupper() and word.endswith("n") and _key(word) not in _STAGE_WORDS
                and (after[:1].islower() or after.lower().endswith(_FI_STAGE_ENDINGS))
                and (_FI_PLACE.match(after) or _FI_INSTITUTION.match(after) or after in _FI_AFTER_GENITIVE
                     or after.rsplit("-", 1)[-1] in _FI_AFTER_GENITIVE
                     or (after.lower().endswith(_FI_STAGE_ENDINGS) and _CLEAR_GENITIVE.search(word)))):
            # not "Ericsson klo 14", "Amazon etänä"; before a stage only a form no nominative has ("Nesteen
            # HR-puhelu", "Mehiläisen haastattelu"), not "Orion haastattelu"
            if _FI_PLACE.match(after):
                words[i + 1:] = [""] * (len(words) - i - 1)  # "Postin terminaali Vantaa": the site, then where it is
                if out and out[-1][:1].isupper() and out[-1].endswith("n"):
                    # "Keskon Helsingin toimisto": the second genitive is where, the first one who
                    out[-1] = _fi_nominative(out[-1])
                    continue
                # "Nordean konttorilla": whose office
            institution = _FI_INSTITUTION.match(after)
            if institution:
                noun = _FI_STEMS.get(institution.group(1), institution.group(1))
                out.append(f"{word}\u2060{noun}")  # a word joiner: one word through the trimming
                words[i + 1] = ""
                continue
            word = _fi_nominative(word)
        if word:
            out.append(word)
    return " ".join(out)


def _fi_given_name(word: str) -> bool:
    """A given name, in a Finnish title: "Ville" (which elsewhere is the French for a city) and the
    strong grade the genitive weakens ("Riikan" → Riika → Riikka, "Jukan" → Jukka, "Matin" → Matti)."""
    name = unaccented(word)
    strong = re.sub(r"([kptg])([aeiouyäö])$", r"\1\1\2", name)
    return name in GIVEN_NAMES or name == "ville" or strong in GIVEN_NAMES or name + "i" in GIVEN_NAMES or (
        re.sub(r"([kptg])$", r"\1\1i", name) in GIVEN_NAMES)


def _fi_place_case(word: str) -> str:
    """Koneella → Kone, OP:lla → OP, Nokialla → Nokia, Reaktorilla → Reaktor, Supercellillä → Supercell."""
    match = _FI_CASE.search(word)
    if not match:
        return word
    stem = word[: match.start()]
    if match.group().startswith(":"):
        return stem
    front = any(ch in "äöy" for ch in match.group())  # "Hymyllä", "Sävyssä": endings no foreign name has
    if len(stem) < 5 and not (len(stem) >= 4 and (stem[-1] == stem[-2] or match.group() == "lle")) and not (
            front and len(stem) >= 3):
        return word  # "Mozilla", "Stella", "Barilla", "Hella" end so themselves; "Lasille" is to "Lasi"
    if len(stem) >= 4 and stem[-1] == stem[-2] and stem[-1] in "aeiouyäö":
        return stem[:-1]  # Konee-lla
    if len(stem) >= 5 and stem.endswith("se") and not stem.endswith("kse"):
        return stem[:-2] + "nen"  # "Sähkö-Virtaselle", "Mehiläiselle": a name in -nen; not "Tuomakselle" (Tuomas)
    if len(stem) >= 5 and stem[-1] == "i" and stem[-2] not in "aeiouyäö":
        return stem[:-1]  # Reaktori-lla
    return stem


def _candidates(text: str, persons: frozenset[str], weak: set[str] | None = None, as_typed: str = "") -> Iterator[str]:
    """Names in one title-like string: the words after "at"/"@" first, then each segment. Names left
    over from a segment that names a job come last and are added to ``weak``. ``as_typed`` is the
    string before its stage phrases were replaced, for what the language and the capitals say."""
    as_typed = as_typed or text
    text = re.sub(r"(?i)(?<!\w)w/(?!\w*/)", "with ", text)  # "w/ Acme" is "with Acme", not a "/" between names
    text = "".join(ch for ch in text if unicodedata.category(ch) not in _SYMBOLS)  # "Rabobank 2e ronde 💼"
    text = re.sub(r"(?<=\w)(?:/|·)(?:a|e|in|innen|ère|euse|o)\b", "", text)  # "Addetto/a" is one word, a role
    text = re.sub(r"(?<=[ァ-ヺー])・(?=[ァ-ヺ])", "", text)  # "ロバート・ウォルターズ": one foreign name in katakana
    text = _NAMED_FOR.sub("\\1\u2060\\2\u2060", text)  # one word through the splitting; _clean restores the blanks
    text = _COOK.sub("\\1\u2060\\2", text)  # "Line Cook": one word, a role
    text = _DISCIPLINE.sub("\\1\u2060\\2", text)  # "Data Science": one word, a field
    text = _FIRM_OF_PARTNERS.sub(_partners, text)
    seen: set[str] = set()
    after_at = [m.end() for m in _AT.finditer(text)]
    after_with = [m.end() for m in _WITH.finditer(text)]
    # "with X" often names a person ("échange avec la directrice"): read it after the segments.
    pieces = [text[i:] for i in after_at] + [text] + [text[i:] for i in after_with]
    finnish = _FINNISH.search(as_typed) is not None
    capitalised_title = any(w[:1].isupper() for w in as_typed.split())
    # A name left over from a segment that names a job ("maestra Educación Infantil", "Primary Care
    # Paramedic") is more likely its department than the employer: those come after the others.
    later: list[str] = []
    for number, piece in enumerate(pieces):
        anchored = number < len(after_at)
        for segment in _SEPARATORS.split(_IN_PLACE.sub("", piece)):
            segment = segment.strip(" -–—|/•·~+>")  # "(Randstad) – ruolo Barilla": the dash after a bracket
            if capitalised_title and len(segment.split()) >= 3 and not any(ch.isupper() for ch in segment):
                continue  # "(asiakasyritys ei vielä tiedossa)": in a title typed with capitals, a note, not a name
            names_a_job = any(_role(_key(w)) for w in segment.split())
            # Within a segment, a preposition starts a new part: "Interview for Legal Counsel".
            for part in _PARTS.split(f" {segment} "):
                words = _trim(_words(_TIME.sub(" ", _fi_names(part) if finnish else part)), persons,
                              anchored and number == 0 and part.strip() == segment.strip())
                if finnish and words:
                    # "Haastattelu Wärtsilällä Vaasassa": a word in a place case ends the name; what follows is where
                    cased = next((i for i, w in enumerate(words[:-1]) if _FI_CASE.search(w) and _fi_place_case(w) != w), None)
                    words = words[:cased + 1] if cased is not None else words
                    words = [*words[:-1], _fi_place_case(words[-1])]
                    if all(_fi_given_name(_key(w)) for w in words):
                        continue  # "Puhelu Lauralle": a call to Laura; "Puhelu Riikan kanssa", "Kahvit Villen kanssa"
                name = _clean(" ".join(words)) if words else ""
                if "@" in name and not _latin(name.replace("@", "")):
                    # "一次面接 ソニー @品川": in Japanese, "@" says where; the place comes after any name
                    name, _, place = (part.strip() for part in name.partition("@"))
                    if place and place.casefold() not in seen:
                        seen.add(place.casefold())
                        later.append(place)
                if name and name.casefold() not in seen:
                    seen.add(name.casefold())
                    if names_a_job and not any(w.isupper() and len(w) >= 2 and w[0].isalpha() for w in name.split()):
                        later.append(name)  # but "NHS Lothian Band 6 Physio": an acronym is a name
                    elif capitalised_title and name.islower():
                        later.append(name)  # "Panel con directores – Banorte": who, not which employer
                    elif anchored and not _latin(name) and not _CJK_ORGANISATION.search(name) and not _JA_COMPANY.search(name):
                        later.append(name)  # "リクルーター面談 三井住友銀行 @丸の内": in Japanese, "@" says where
                    else:
                        yield name
    if weak is not None:
        weak.update(later)
    yield from later


#: The stages and hints of more than one word detection knows ("Observed lesson", "Clase demostrativa",
#: "Giornata di prova"): a title's words about the meeting, which end a name wherever they stand.
_STAGE_PHRASES = re.compile(r"(?i)(?<![\w'’-])(?:" + "|".join(
    re.escape(phrase).replace(r"\*", r"\w*").replace(r"\ ", r"[\s-]+")
    for phrase in sorted({p for family in (evidence_words.STAGES, evidence_words.HINTS) for p in family if " " in p},
                         key=len, reverse=True)) + r")(?![\w'’-])(?![ \t]+(?-i:[A-ZÀ-Þ]))")  # not "Round One Entertainment"


def _partners(match: re.Match[str]) -> str:
    """"Morgan, Lewis & Bockius" as one name; not a list of people or places ("Sarah, James & Tom", "Deloitte,
    Dublin and Cork")."""
    names = re.split(r",? (?:&|and) |, ", match.group(0))
    if all(unaccented(_key(n)) in GIVEN_NAMES for n in names) or any(_key(n) in _CITIES or _key(n) in _COMPANY_WORDS
                                                                   for n in names):
        return match.group(0)
    return match.group(0).replace(", ", ",\u2060")


def _title_candidates(summary: str, persons: frozenset[str], weak: set[str] | None = None) -> Iterator[str]:
    # A title longer than this is not one a person typed; reading more only costs time (each "at"
    # or "with" starts a piece read to the end, so the work grows with the square of the length).
    text = _GOOGLE_INVITE_TAIL.sub("", _TAG.sub(" ", summary[:MAX_TITLE]))
    text = _GENDER_MARK.sub(" ", text)
    text = re.sub(r"\([^()]*@[^()]*\)", " ", text)  # "(me@example.com)"
    previous = None
    while previous != text:
        previous = text
        text = _WRAPPER.sub("", text)
        text = _APP_PREFIX.sub("", text)
    text = re.sub(r"\[[^\]]{0,40}\]", " ", text)
    yield from _japanese(text)
    stage = "Interview" if any(w[:1].isupper() for w in text.split()) else "interview"  # as the title writes
    yield from _candidates(_STAGE_PHRASES.sub(stage, text), persons, weak, as_typed=text)


def _client(text: str, persons: frozenset[str]) -> str | None:
    """The client an agency recruits for, named in the invite (``text``: the notes as text)."""
    for match in _CLIENT.finditer(text):
        article = _ARTICLE.match(text, match.end())  # "client : la Compagnie Nationale du Rhône"
        at = article.end() if article else match.end()
        words = text[at:at + 120].split()
        known = known_start(words[:6])
        if known and not known.common:  # "the client is First Bus": a well-known name, which no stage word starts
            return trimmed(" ".join(words[:known.words]))
        if match.group().rstrip().endswith(" is"):
            continue  # "The client is German-owned", "The client is FTSE 250 listed": only a well-known name counts
        name = _name_after(text, at, persons)
        if name and _key(name) in _CITIES:
            continue  # "Notre client de Lyon": where the client is
        if name and _key(name) not in _REGIONS:
            return name
    return None


def _team_names(event: SourceEvent) -> Iterator[str]:
    """"Goldman Sachs Campus Recruiting", "GS Campus Recruiting <campus-recruiting@gs.com>": a hiring
    team signs with its employer's name."""
    lines = [*plain_text(event.description[-2000:]).splitlines(), *(a.name or "" for a in event.attendees)]
    for line in lines:
        match = _TEAM_SIGNATURE.fullmatch(line.strip())
        if match:
            name = _clean(match.group(1), legal_form=False)
            if name and _key(name.split()[0]) not in _STAGE_WORDS:
                yield name
    for line in lines:
        # "City of Austin – Human Resources Department": the employer, then its hiring office
        match = _TEAM_AFTER_DASH.fullmatch(line.strip())
        if match:
            name = _clean(match.group(1), legal_form=False)
            if name and _line_name(name, frozenset()):
                yield name
    # "Team Picnic", "Team Talent, bunq", "L'équipe Recrutement" over "Safran Aircraft Engines": a tool's invitation
    # signs with the team of the employer, on one line or two
    tail = [line.strip() for line in lines if line.strip()]
    addresses = [a.email.casefold() for a in event.attendees] + [(event.organizer or "").casefold()]
    for i, line in enumerate(tail):
        match = _TEAM_SIGN_OFF.fullmatch(line)
        if not match:
            continue
        name = match.group(2) or ""
        if not name or _key(name.split()[0]) in _HIRING_TEAM:
            name = match.group(3) or (tail[i + 1] if i + 1 < len(tail) and not match.group(3) else "")
        name = _clean(name, legal_form=False) if name and _SIGNED_NAME.fullmatch(name) else ""
        if name.islower() and not any(name in address for address in addresses):
            continue  # "Team Talent, bunq" with a guest from bunq.com; not "Team HR, regards"
        keys = [_key(w) for w in name.split()]
        if (name and _label_key(name) not in PLATFORMS and not _stage(keys[0]) and _key(name) not in _CITIES
                and not all(k in _DEPARTMENTS or _role(k) or k in _TEAM_WORK for k in keys)):
            yield name  # not "Team Berlin", "Team Onboarding", "Team Sales": a place or a team's work
    # A hiring platform sends in the employer's name: "Coolblue" <noreply@teamtailor.com>.
    for attendee in event.attendees:
        if attendee.name and _label_key(attendee.email) in PLATFORMS:
            kept = _trim(_words(attendee.name), frozenset())
            name = _clean(" ".join(kept), legal_form=False) if kept else ""
            if name and _label_key(name) not in PLATFORMS:
                yield name


def _description_candidates(text: str, persons: frozenset[str], weak: set[str] | None = None) -> Iterator[str]:
    """Names in the notes (``text``, already plain): legal forms, institutions, inviters, anchors."""
    yield from _japanese(text)
    for match in _LEGAL_FORM.finditer(text):
        before = text[max(0, match.start() - 80):match.start()].split("\n")[-1]
        words = _words(before)
        run: list[str] = []
        for word in reversed(words):
            if word.endswith((":", "：", ",", ";")):
                break  # a label ("Topic: Caterpillar Inc.") or the end of a list, not a word of the name
            if word[:1].isupper() or word[:1].isdigit() or (run and _key(word) in _CONNECTORS):
                run.insert(0, word)
                if len(run) == 4:
                    break
            else:
                break
        while run and (_key(run[0]) in _CONNECTORS or _key(run[0]) in _STAGE_WORDS or _role(_key(run[0]))):
            run.pop(0)  # a legal form vouches for the words before it, roles ("Partner") included
        name = _clean(" ".join(run), legal_form=False) if run and not all(_key(w) in persons for w in run) else ""
        if name:
            yield name
    yield from _institutions(text, persons)
    if _FINNISH.search(text[:5_000]):
        yield from _finnish_owners(text[:5_000], persons)
    for match in _AFTER_A_COMMA.finditer(text[:5_000]):
        line = text[max(text.rfind("\n", 0, match.start()) + 1, match.start() - 300):match.start()]
        title = _words(re.split(r"[,(–—]|\s-\s", line)[-1])  # the job title before the comma
        if title and any(_role(_key(w)) for w in title) and title[0][:1].isupper() and _SIGNED.search(line):
            # "Liam Nguyen – Talent Acquisition Partner, Woolworths Group": a job title, then whose
            name = _name_after(text, match.end(), persons)
            named = name.split()
            if (named and not _WHEN_WORD.fullmatch(named[0].casefold()) and _key(name) not in _CITIES
                    and _key(name) not in _DEPARTMENTS):
                if weak is not None:
                    weak.add(name)  # or where: "Projektmanager, Erlangen"
                yield name  # not "Senior Engineer, Payments", "Head of Design, London"
    yield from _inviters(text, persons)
    for anchors in (_DESC_ANCHORS, _AT_IN_PROSE):
        for match in itertools.islice(anchors.finditer(text), _MAX_ANCHORS):
            if (_FORMER.search(text[max(0, match.start() - 14):match.start()])
                    or _CURRENTLY.search(text[max(0, match.start() - 60):match.start()])):
                continue  # "former CTO of Spotify", "currently Sr. Marketing Manager at Loblaw": not who hires
            owner = _OWNER_AFTER.match(text, match.end())
            name = _name_after(text, owner.end() if owner else match.end(), persons, anchored=anchors is _DESC_ANCHORS)
            if name:
                name = _without_person_of(name)
            if name and owner:
                name = f"{owner.group(1)[:1].upper()}{owner.group(1)[1:]} {name}"  # "recruiter van de gemeente Rotterdam"
            elif name and (_key(name) in _CITIES or _role(_key(name.split()[0])) or _key(name) in _GENERIC_NOUNS
                           or " ".join(_key(w) for w in name.split()[:2]) in _NOT_A_NAME_START
                           or _key(name.split()[0]) in _NOT_A_NAME_START):
                continue  # "equipo de selección en Madrid", "Proceso de selección de Técnico de Mantenimiento"
            if (name and anchors is _DESC_ANCHORS and _WITH_SOMEONE.search(match.group(0)) and _given_and_surname(name)
                    and _said_of_a_person(name, text)):
                continue  # "gesprek met Erik de Graaf (teammanager)", "conversation with Stephen Daintith": whom, not whose
            if name and not _WHEN_WORD.fullmatch(name.split()[0].casefold()):
                if anchors is _AT_IN_PROSE and weak is not None:
                    weak.add(name)  # "reception at Market Street": the weakest anchor
                yield name


#: The end of an anchor that a person follows as often as an employer: "interview with", "gesprek met".
_WITH_SOMEONE = re.compile(r"(?:con|with|mit|avec|met|kanssa)\s*$")
_SURNAME_PARTICLES = frozenset("de van der den von da di du le la del della ter ten".split())


def _given_and_surname(name: str) -> bool:
    """"Erik de Graaf", "Stephen Daintith": a given name, then a capitalised surname (with its particles), and
    nothing that says company; a well-known employer named for its founders stays ("Morgan Stanley")."""
    words = name.split()
    keys = [_key(w) for w in words]
    return (2 <= len(words) <= 4 and unaccented(keys[0]) in GIVEN_NAMES and known_start(words) is None
            and all(w[:1].isupper() or k in _SURNAME_PARTICLES for w, k in zip(words[1:], keys[1:]))
            and not any(k in _COMPANY_WORDS or k in _LEGAL_FORMS or k in _ORGANISATION_WORDS for k in keys))


#: After a person's name, their post: "Erik de Graaf (teammanager)", "Mark Jessop, their Head of Commercial Finance".
_PERSON_AFTER = re.compile(r"\s*\(|,\s*(?:their|his|her|the|our|who|sein|seine|ihr|ihre|leur|su|sua|hun|heidän)\b")


def _said_of_a_person(name: str, text: str) -> bool:
    """Whether the notes treat ``name`` as a person's: their post in brackets after it ("Erik de Graaf (teammanager)"),
    or their given name alone elsewhere ("Stephen will want to cover..."), as nobody writes of "Ralph" for Ralph Lauren."""
    given = name.split()[0]
    after = text.find(name)
    if after >= 0 and _PERSON_AFTER.match(text, after + len(name)):
        return True
    return any(not text.startswith(name, m.start()) for m in re.finditer(rf"(?<!\w){re.escape(given)}(?!\w)", text))


def _without_person_of(name: str) -> str:
    """The organisation of a person named with it: "Federica di Gi Group" → "Gi Group", "Marta de Adecco" → "Adecco"
    ("chiamata con Federica di Gi Group"), when it is an agency, a well-known employer or says it is a company; a
    name that is no given name stays ("Banco de Chile"), and so does a surname ("Sanne de Vries")."""
    words = name.split()
    rest = " ".join(words[2:])
    if (len(words) > 2 and _key(words[1]) in ("di", "de", "da", "du", "of", "from", "von", "van", "vom")
            and unaccented(_key(words[0])) in GIVEN_NAMES and words[2][:1].isupper()
            and (_agency(rest) or known_start(words[2:]) is not None or _key(words[-1]) in _COMPANY_WORDS)):
        return rest
    return name


#: A capitalised Finnish genitive (one or two words) and the word after it: "Finnairin rekrytoinnista",
#: "Eläinklinikka Karvakuonon klinikkapäällikkö", "HUS:n Meilahden sairaalan".
_FI_OWNER = re.compile(r"(?<![\w-])((?:[A-ZÄÖÅ][\w-]*\s)?[A-ZÄÖÅ][\w-]*?)(:n|n)\s+([\w-]+)")


def _finnish_owners(text: str, persons: frozenset[str]) -> Iterator[str]:
    """Whose recruiting, staff or manager the Finnish notes speak of: the genitive before those words names
    the employer ("Mikko täältä Finnairin rekrytoinnista" → Finnair); so does the application's addressee
    ("kiitos hakemuksestasi Relexille" → Relex)."""
    for match in re.finditer(r"hakemu(?:ksestasi|ksestanne|ksesi|ksenne)\s+([A-ZÄÖÅ][\w-]+(?::lle|lle))\b", text):
        name = _fi_place_case(match.group(1))
        key = unaccented(_key(name))
        if (name == match.group(1) or key in GIVEN_NAMES or (key.endswith("kse") and key[:-3] + "s" in GIVEN_NAMES)
                or any(city.startswith(key[:5]) for city in _CITIES if len(key) >= 4)):
            continue  # "Espoolle", "Helsingille": a city; "Tuomakselle": a person (Tuomas)
        yield name
    for match in _FI_OWNER.finditer(text):
        name, case, after = match.group(1), match.group(2), match.group(3).casefold()
        # whose recruiting, staff or manager: not "Mikon kanssa" (with a person), "Tampereen toimistolla" (a place)
        if not (case == ":n" or after.startswith(("rekrytoin", "rekrytoij", "henkilöstö", "hr-")) or _role(after)):
            continue
        words = name.split()
        if len(words) == 2 and (match.start() == 0 or text[:match.start()].rstrip()[-1:] in ".!?:\n" or not
                                text[:match.start()].rstrip()):
            words = words[1:]  # "Tapaat Oulun myymäläpäällikön": the sentence's first word is no part of a name
        if case != ":n":
            stem = _key(words[-1])
            if stem.endswith(("se", "ne")) or unaccented(stem) in GIVEN_NAMES or (
                    len(stem) > 3 and unaccented(stem[:-1] + stem[-2] + stem[-1]) in GIVEN_NAMES):
                continue  # "Virtasen", "Mikon", "Jukan": a person's (Mikko's, Jukka's) manager or recruiter
            words[-1] = _fi_nominative(words[-1] + "n")
        kept = _trim(words, persons)
        cleaned = _clean(" ".join(kept), legal_form=False) if kept else ""
        if cleaned and not all(unaccented(_key(w)) in GIVEN_NAMES or _key(w) in _CITIES for w in kept):
            yield cleaned


#: Words an invitation's subject starts with that name nobody: pronouns, articles, greetings.
_NOT_AN_INVITER = frozenset(
    "we our us i you the this dear hi hello unser unsere unser wir ich das der die liebe lieber hallo notre nous je "
    "le la les cher chère bonjour nuestro nuestra nosotros el la los hola estimado estimada il lo la noi nostro "
    "nostra gentile caro cara het de ons onze wij beste hoi hallo me meidän hei hyvä".split())
#: An employer inviting in its own name: "Ferrero è lieta di invitarti", "Acme is pleased to invite you".
_INVITER = re.compile(
    r"(?<![\w&'’.-])([A-ZÀ-Þ][\w&'’-]*(?:[ \t]+(?:&[ \t]+)?[A-ZÀ-Þ][\w&'’-]*){0,3})[ \t]+(?:is\s+(?:pleased|delighted|happy|excited)\s+to\s+invite|"
    r"would\s+like\s+to\s+invite|è\s+(?:lieta|lieto|felice)\s+di\s+invitar|freut\s+sich|a\s+le\s+plaisir\s+de|"
    r"est\s+(?:heureuse?|ravie?)\s+de\s+vous|tiene\s+el\s+(?:placer|gusto)\s+de|se\s+complace\s+en|nodigt\s+(?:je|u)\s+uit|"
    r"kutsuu\s+(?:sinut|teidät))")


def _inviters(text: str, persons: frozenset[str]) -> Iterator[str]:
    """Who invites in its own name; not "We would like to invite you", "Unser Team freut sich", "Liebe Anna"."""
    for match in _INVITER.finditer(text[:5_000]):
        words = _words(match.group(1))
        if any(_key(w) in _NOT_AN_INVITER or _key(w).endswith(("team", "tiimi")) for w in words):
            continue
        kept = _trim(words, persons)
        name = _clean(" ".join(kept), legal_form=False) if kept else ""
        if name and not _team_only(name):
            yield name


def _first_line(description: str) -> str:
    """The description's first line with text, as plain text."""
    return next((line.strip() for line in plain_text(description[:2_000]).split("\n") if line.strip()), "")


def _letterhead(description: str, persons: frozenset[str]) -> list[str]:
    """The description's first line when it is a name, as a letter's head gives the sender: "Leeds
    Teaching Hospitals NHS Trust". Used when a domain confirms it or it reads as an organisation's name."""
    return _line_name(_first_line(description), persons)


def _line_name(line: str, persons: frozenset[str]) -> list[str]:
    """``line`` as a name, when all of it is one: a short run of capitalised words ending without a stop."""
    words = _words(line)
    if not 0 < len(words) <= 7 or line[-1:] in ".:?!,;" or not all(
            w[:1].isupper() or w[:1].isdigit() or _key(w) in _CONNECTORS for w in words):
        return []
    kept = _trim(words, persons)
    name = _clean(" ".join(kept)) if kept == words else ""
    return [name] if name else []


#: Words that head a notice, not a name: "Important – bring your ID", "Rappel – entretien".
_NOTICES = frozenset("important update reminder note notice wichtig hinweis achtung rappel important urgent promemoria "
                     "avviso nota belangrijk let op herinnering huom tärkeää muistutus recordatorio aviso importante "
                     "重要 お知らせ".split())


def _heading(description: str, persons: frozenset[str]) -> list[str]:
    """"TELUS Health – Sr. Product Manager (virtual care)", "Farmacia Conti – posto da farmacista": notes
    that start with a name and then the job or the meeting name the employer first."""
    first = _first_line(description)
    head, dash, rest = next((first.partition(sep) for sep in (" – ", " - ") if sep in first), ("", "", ""))
    if (not dash or re.search(r"[\d,/():]", head) or any(_role(_key(w)) or _key(w) in _NOTICES for w in _words(head))
            or _key(head) in _CITIES
            or not any(_role(_key(w)) or _key(w) in _STAGE_WORDS or _key(w) in _JOB_NOUNS for w in _words(rest)[:8])):
        return []  # not "Procedura RTD-A, SSD ING-IND/31 – ...", "Berater – ..."
    return _line_name(head.strip(), persons)


#: Where the notes' first line ends its name: "stripe / payments infra team", "intercom, staff PM",
#: "Canva 2nd rd - Content Design Lead", "EssilorLuxottica (ex Luxottica), HRBP".
_HEAD_END = re.compile(r"\s[–—-]\s|,\s|\s/\s|\s\(")


#: The one-word stages detection knows, without the small words _STAGE_WORDS also holds.
_STAGES_ONLY = frozenset(w.rstrip("*").casefold() for w in evidence_words.STAGES if " " not in w)
#: Words notes start a line with that name no employer: reminders, things to bring, what to ask, how it runs.
_NOTES_WORDS = frozenset(
    """bring remember thanks thank kiitos danke merci gracias grazie bedankt questions question hybrid remote passport visa agency vollzeit teilzeit homeoffice
    notes note parking address dress salary prep ask call email mail lunch reminder todo location time agenda topics
    format contract benefits documents dokumente unterlagen mitbringen apporter traer portare meenemen mukaan muista
    wichtig achtung hinweis rappel nota recordatorio huom tärkeää printed print portfolio references referenzen
    tips tip idea ideas plan feedback result results outcome next then after before also anyway update""".split())
#: Words for a team after the name in shorthand: "stripe / payments infra team".
_SHORTHAND_TEAMS = frozenset("team tiimi tiimiin équipe equipo squadra afdeling abteilung".split())


def _elsewhere(name: str, text: str) -> bool:
    """Whether ``name`` stands in ``text`` (the event's other text) as whole words or as a domain's label."""
    squashed = _squashed(name)
    return _occurrences(name, text) > 0 or (
        len(squashed) >= 3 and re.search(rf"@[\w.-]*{re.escape(squashed)}", text.casefold()) is not None)


def _shorthand_heading(description: str, persons: frozenset[str], event_text: str = "") -> list[str]:
    """Notes the candidate typed, starting with the employer and then the job, the team or the address,
    in any case: the name is what stands before the first separator, once stages and rounds are gone."""
    first = _first_line(description)
    end = _HEAD_END.search(first[:120])
    if not end or end.start() == 0:
        return []
    head, rest = first[:end.start()], first[end.end():]
    if _CODE_IN_HEAD.search(head):
        return []  # "Procedura RTD-A, SSD 31 – colloquio": a code, not a name
    words = _words(_fi_names(head) if _FINNISH.search(first) else head)
    rest_words = [_key(w) for w in _words(rest)[:8]]
    says_what = (any(_role(k) or k in _JOB_NOUNS or k in _DEPARTMENTS or k in _SHORTHAND_TEAMS or k in _STAGES_ONLY
                     or k.endswith("rooli") for k in rest_words)
                 or bool(_LEGAL_FORM.match(" " + rest) or re.match(r"S\.\s?A\.", rest)) or bool(_ADDRESS.match(rest)))
    if (not says_what or not 0 < len(words) <= 5 or ":" in head or any(_key(w) in _NOTICES for w in words)
            or (rest_words[:1] in (["former"], ["ex"], ["ehemaliger"], ["ancien"], ["antiguo"])
                and len(rest_words) > 1 and _role(rest_words[1]))):  # "Per Lind (former CTO of Spotify)": a person
        return []
    kept = _trim(words, persons)
    dropped = [_key(w) for w in words if w not in kept]
    if (not kept or len(kept) > 4 or any(ch.isdigit() for ch in " ".join(kept)) or _key(" ".join(kept)) in _CITIES
            or any(not (k in _STAGE_WORDS or k in ("rd", "rnd") or _ORDINAL.fullmatch(k) or _role(k)) or k in _CONNECTORS
                   for k in dropped)
            or _person_name(" ".join(_key(w) for w in kept), persons)):
        return []  # "If you get lost, ...", "Nuestro cliente de Valencia, ...": a sentence, not a name
    name = _clean(" ".join(kept))
    # A capitalised word there may be any sentence's first ("Bring ID / arrive early", "Thanks, team"): it names
    # the employer when the event names it again, when a legal form, an address or a company word says it is
    # one, or when it was typed in lower case as shorthand is ("stripe / payments infra team").
    if not name or _key(name) in _NOTES_WORDS or _label_key(name) in PLATFORMS or any(_key(w) in _NOTES_WORDS for w in kept[:1]):
        return []
    vouched = (bool(_LEGAL_FORM.match(" " + rest) or re.match(r"S\.\s?A\.", rest))
               or (len(kept) == 1 and kept[0][:1].isupper() and len(kept[0]) >= 4)
               or (len(kept) == 1 and kept[0].islower() and kept[0].isalpha())
               or (len(kept) >= 2 and (_key(kept[-1]) in _COMPANY_WORDS or bool(_INSTITUTION.search(" ".join(kept)))
                                       or all(w[:1].isupper() for w in kept))))
    if not vouched and not _elsewhere(name, event_text):
        return []
    if name and name.islower() and len(kept) == 1:
        name = name[:1].upper() + name[1:]  # "stripe / payments infra team": typed in lower case
    return [name] if name else []


#: What a small business's name starts with, in the eight languages: "Bakkerij Van der Meulen", "Schreinerei Huber",
#: "Studio Dentistico Ferri", "Cabinet Durand & Associés".
_BUSINESS_KINDS = frozenset(
    "bakkerij bäckerei boulangerie panadería panificio leipomo schreinerei tischlerei menuiserie carpintería falegnameria "
    "timmerbedrijf studio café restaurant ristorante restaurante ravintola hotel hôtel kanzlei cabinet bufete praxis "
    "apotheke farmacia pharmacie apotheek apteekki autohaus garage taller officina salon friseur kapsalon peluquería "
    "parrucchiere kampaamo stichting fundación fondazione stiftung metzgerei slagerij boucherie carnicería macelleria "
    "gärtnerei hoveniersbedrijf bouwbedrijf trattoria osteria pizzeria brasserie bistro bar".split())
#: A code in the words that open the notes: "Procedura RTD-A, SSD 31 – colloquio" names no employer.
_CODE_IN_HEAD = re.compile(r"\b[A-Z]{2,}-[A-Z0-9]{1,3}\b")
#: Where a name that opens the notes ends: "Bakkerij Van der Meulen: Jan wil zien hoe ik werk", "Halbrook Capital.
#: intro re their controller opening", "Harcourt Lane — 4 back to backs".
_FIRST_NAME_END = re.compile(r"[:.](?:\s|$)|\s[–—-]\s|,\s")
#: The last word of a field's label, which a scheduler's notes open with: "Event Name: Intro call", "Meeting Title:".
_FIELD_LABEL_ENDS = frozenset("name title topic subject type date time details link id number person event location "
                              "address position role format duration agenda host organizer organiser instructions "
                              "information info notes directions overview summary description requirements materials "
                              "reminder".split())


def _named_first(first: str, persons: frozenset[str], others: str) -> str | None:
    """The name the notes' first line opens with, when nothing else in the event names the employer: two to five
    capitalised words, all of them a name's (no stage, role, time or honorific, no person's given name first), before
    a stop, a colon, a dash or a comma, that say they are an organisation's or that the event names again
    (``others``: its title, place and guests' addresses).

    The notes a candidate types may start with whose the meeting is ("Bakkerij Van der Meulen: Jan wil zien hoe ik
    werk", "Halbrook Capital. intro re their controller opening"); far more often they start with a greeting, a
    scheduler's field, a place to go or a note to self, all capitalised alike ("Liebe Bewerberin,", "Invitee Email:",
    "Eingang Nord,", "Business Casual,"): only a company's, a business's or an institution's word, a legal form, a
    well-known employer or the name said again tells them apart.
    """
    end = _FIRST_NAME_END.search(first[:120])
    if not end:
        return None
    head = first[:end.start()]
    words = _words(head)
    keys = [_key(w) for w in words]
    if (not 2 <= len(words) <= 5 or _CODE_IN_HEAD.search(head) or any(ch.isdigit() for ch in head)
            or not all(w[:1].isupper() or k in _CONNECTORS for w, k in zip(words, keys))
            or unaccented(keys[0]) in GIVEN_NAMES or unaccented(keys[-1]) in GIVEN_NAMES
            or _WHEN_WORD.fullmatch(keys[0]) or keys[0] in _NOTES_WORDS or any(k in _NOTICES for k in keys)
            or keys[-1] in _FIELD_LABEL_ENDS or any(k in _SITE_WORDS for k in keys)):
        return None
    kept = _trim(words, persons)
    name = _clean(" ".join(kept)) if kept == words else ""
    if not name or _key(name) in _CITIES or _label_key(name) in PLATFORMS or _person_name(" ".join(keys), persons):
        return None
    vouched = (keys[-1] in _COMPANY_WORDS or keys[0] in _BUSINESS_KINDS or _INSTITUTION.search(name) is not None
               or _LEGAL_FORM.search(name) is not None or known_start(kept) is not None or _elsewhere(name, others))
    return name if vouched else None


#: Words of a site, a room or a way in, which notes open with as a place to go: "Eingang Nord,", "Sala Goya,", "Sede
#: Centrale, terzo piano", "Accueil Bâtiment B".
_SITE_WORDS = frozenset("building floor level desk room entrance reception lobby gate wing block suite eingang "
                        "haupteingang empfang treffpunkt stock etage raum ingresso piano sala sede oficina planta "
                        "locatie ingang hoofdingang verdieping accueil bâtiment étage salle porte sous-sol "
                        "kerros aula portineria recepción recepcion".split())


#: Owners' and founders' posts, which the languages that write them before a name say whose with the name straight
#: after ("oprichter Stroomwerk", "Inhaber Autohaus Brenner", "titolare Bar Centrale"); English says "founder of".
_OWNER_POSTS = frozenset("oprichter eigenaar gründer gründerin inhaber inhaberin fondateur fondatrice propriétaire "
                         "fundador fundadora dueño dueña fondatore titolare perustaja omistaja".split())
#: HR's own short names, which say whose with a joining word: "RR.HH. de Mercadona", "HR at Vattenfall".
_HR_POSTS = frozenset("hr rh rr.hh. rrhh hrbp".split())
#: The first word of a department for people, which a post's joining word leads to: "Directrice des Ressources Humaines".
_PEOPLE_TEAMS = frozenset("ressources recursos risorse human personal personalabteilung personeelszaken henkilöstö "
                          "henkilöstöhallinto people talent".split())
#: A joining word and an article between a post and whose it is: "(VP Engineering) de", "rector del", "CEO of the".
_POST_JOINS = frozenset("of at @ de del della di da du des van von bei chez för the la le el il der den het".split())


def _after_a_post(prose: str, persons: frozenset[str]) -> str | None:
    """A name right after a post on the same line of the notes, read when nothing else in the event names the
    employer: whose the post is. An owner's or a founder's post says it with the name straight after it in the
    languages that write it so ("Pieter = oprichter Stroomwerk", "Inhaber Autohaus Brenner"); any post with a joining
    word ("Head of Talent at Erasmus MC", "RR.HH. de Mercadona"), when the name says it is an organisation's: a unit
    or a subject after "of" is the post's own ("Director of Nursing", "Jefe de Cocina"). A person after the post ("HR
    Sneha") holds it; a past post and the user's own ("former CTO of", "currently ... at") are not the employer's."""
    for line in prose.split("\n")[:60]:
        spans = [m.span() for m in _A_WORD.finditer(line)][:80]
        words = [line[a:b] for a, b in spans]
        for i, word in enumerate(words[:60]):
            key = _key(word)
            owner = key in _OWNER_POSTS
            post = owner or key in _HR_POSTS or (_role(key) and key not in _JOB_NOUNS)
            if not post or word[-1:] in ",;:!?)" or (word[-1:] == "." and key not in _HR_POSTS):
                continue
            j = i + 1
            while j < len(words) and j - i <= 3 and _key(words[j]) in _POST_JOINS and words[j][-1:] not in ",.;:":
                j += 1
            if j >= len(words) or not words[j][:1].isupper() or (j == i + 1 and not owner):
                continue
            if _FORMER.search(line[:spans[i][0]]) or _CURRENTLY.search(line[:spans[j][0]]):
                continue  # "Per Lind (former CTO of Spotify)", "currently Marketing Manager at Loblaw"
            name = _name_after(line, spans[j][0], persons)
            kept = name.split()
            first = _key(kept[0]) if kept else ""
            if (not name or unaccented(first) in GIVEN_NAMES or _key(name) in _CITIES | _COUNTRIES or first in _DEPARTMENTS
                    or first.rstrip(".") in _HONORIFICS
                    or first in _PEOPLE_TEAMS or _WHEN_WORD.fullmatch(first) or _role(first)
                    or _label_key(name) in PLATFORMS):
                continue
            if owner or _organisation(name) or known_start(kept) is not None or _key(kept[-1]) in _COMPANY_WORDS:
                return name
    return None


def _institutions(text: str, persons: frozenset[str]) -> Iterator[str]:
    """Names built on a word for an institution, wherever the prose has them: "Helios Klinikum
    Krefeld", "Ospedale San Raffaele", "CHU de Lille", "Gemeente Utrecht". Hospitals, schools and
    public bodies hire by that name, and their notes rarely say "at" before it."""
    for match in _INSTITUTION.finditer(text[:5_000]):
        line_start = text.rfind("\n", 0, match.start()) + 1
        before = _words(text[line_start:match.start()])
        run: list[str] = []
        for word in reversed(before[-5:]):
            if run and _SAINT.fullmatch(word):
                # "St. Mary's Hospital": the saint's short form starts the name; not a street's after its name ("10 Bay
                # St. Toronto General Hospital")
                at = before.index(word) if word in before else -1
                if not (at > 0 and before[at - 1][:1].isupper() and before[at - 1][-1:].isalnum()):
                    run.insert(0, word)
                break
            if (word[:1].isupper() or (run and _key(word) in _CONNECTORS)) and not word.endswith((",", ".", ":", ";", ")")):
                run.insert(0, word)
            else:
                break
        while run and _key(run[0]) in _CONNECTORS:
            run.pop(0)
        name = _name_after(text, match.start(), persons, lead=run)
        if name and len(name.split()) >= 2:  # "Helios Klinikum Krefeld", not a bare "Klinikum" or "Hospital"
            yield name


#: How many of each kind of anchor the notes are read at: real notes have a handful; hostile ones, thousands.
_MAX_ANCHORS = 40
#: A saint's or a mountain's short form, which starts a name: "St. Mary's Hospital", "Ste. Justine", "Mt. Sinai".
_SAINT = re.compile(r"(?:St|Ste|Sta|Sto|Mt|Ft)\.")


def _name_after(text: str, start: int, persons: frozenset[str], lead: list[str] | None = None,
                anchored: bool = False) -> str:
    """The capitalised run of words that starts at ``start`` (up to the end of the line), trimmed;
    ``lead`` are capitalised words just before it that belong to the name ("Helios" Klinikum)."""
    words: list[str] = list(lead or ())
    for word in _words(text[start:start + 120].split("\n")[0]):
        if words and word[:1] in "([":
            break  # "Fieldnote (Series A, ~40 ppl)": a bracket after the name says something about it
        if _SAINT.fullmatch(word) and not words:
            words.append(word)  # "St. Brigid's University Foundation", "Mt. Sinai Hospital": the dot ends nothing
            continue
        bare = word.strip(".,;:!?()[]{}\"“”*").removesuffix("'").removesuffix("’")
        k = bare.casefold()
        if bare[:1].isupper() or bare[:1].isdigit() or (words and k in _CONNECTORS):
            words.append(bare)
            if (re.search(r"['’]s$", bare) and not (len(words) > 1 and _SAINT.fullmatch(words[-2]))) or word[-1:] in ",;:!?)" or (word.endswith(".") and _LEGAL_FORM.match(" " + word) is None
                                         and not re.fullmatch(r"\w+\.\w+\.?", word)):
                break
        else:
            break
    while words and _key(words[-1]) in _CONNECTORS:
        words.pop()
    if words:
        words[-1] = re.sub(r"['’]s$", "", words[-1])  # "Wise's Talent team" names Wise
    kept = _trim(words, persons, anchored)
    return _clean(" ".join(kept), legal_form=False) if kept else ""


def _japanese(text: str) -> Iterator[str]:
    """Names written with a Japanese legal form, before or after it; the form after a name is cut at the
    last kana particle before it ("doda経由で応募した株式会社メルカリ" names メルカリ, not doda)."""
    for match in _JA_COMPANY.finditer(text):
        name = match.group(0)
        if not name.startswith(_JA_FORMS) and _JA_PARTICLES.search(name):
            form = next(f for f in _JA_FORMS if name.endswith(f))
            after = re.match(r"[^\s、。・（）()【】「」/／|｜:：\-—ぁ-ゖ]{1,20}", text[match.end():])
            name = f"{form}{after.group(0)}" if after else _JA_PARTICLES.split(name)[-1]
        elif name.startswith(_JA_FORMS):
            # "株式会社ミツバ電機へのご応募ありがとうございます": the name ends where the sentence's kana begin
            form = next(f for f in _JA_FORMS if name.startswith(f))
            name = form + _JA_SENTENCE.split(name[len(form):], maxsplit=1)[0]
        name = _JA_ADDRESSED.sub("", one_line(name, 40).strip())
        if name and name not in _JA_FORMS:
            yield name


def _person_words(event: SourceEvent, people: Iterable[str]) -> frozenset[str]:
    """Lower-case words of the names of the people on the invite, which never make a company."""
    individuals = [a for a in event.attendees if not _service_address(a.email)]
    names = [*people, *(a.name or "" for a in individuals)]
    names += [a.email.split("@")[0].replace(".", " ").replace("_", " ") for a in individuals]
    return frozenset(_key(w) for name in names for w in _words(name) if len(_key(w)) > 1)


# --------------------------------------------------------------------------------------------------
# Domains.




def _service_address(address: str) -> bool:
    """A platform's or a team's mailbox (smartly@teamtailor-mail.com, recruiting@acme.com): not a person."""
    local, _, domain = address.lower().rpartition("@")
    return _label_key(domain) in PLATFORMS or local in _SERVICE_LABELS or bool(re.search(r"reply|notif", local))


def _domains(event: SourceEvent, own: frozenset[str]) -> list[str]:
    """Work domains of the people on the invite, most frequent first: attendees, organiser, the
    addresses and company sub-domains in the description."""
    own_domains = {address.rsplit("@", 1)[-1] for address in own}
    found: list[str] = []
    addresses = [a.email for a in event.attendees if not a.is_self and not a.is_resource and a.email.lower() not in own]
    if event.organizer and event.organizer.lower() not in own and not event.organizer_self:
        addresses.append(event.organizer)
    text = f"{event.location}\n{event.description[:20_000]}"
    addresses += [m.group(0) for m in _EMAIL.finditer(text)]
    for address in addresses:
        domain = address.rsplit("@", 1)[-1].lower().strip(".")
        if "@" not in address or domain in own_domains or domain.endswith(CALENDAR_SYSTEM):
            continue
        local = address.rsplit("@", 1)[0].lower()
        if not _DOMAIN.fullmatch(domain) or free_mail(domain):
            continue
        if domain.endswith(".onmicrosoft.com"):
            domain = domain.removesuffix(".onmicrosoft.com") + ".com"  # a Microsoft 365 tenant's name
        if _label_key(domain) in _TOOL_NAMES and re.search(r"no-?reply|notif|invite|calendar", local):
            continue  # noreply@zoom.us: the meeting service's robot, not a Zoom employee
        person_like = re.fullmatch(r"[a-z]+[._][a-z]+", local) and not (set(re.split(r"[._]", local)) & _SERVICE_LABELS)
        if _label_key(domain) in PLATFORMS and not person_like:
            # jonas.h@personio.de works there; abbott@myworkday.com: an applicant-tracking system writes for the employer before the @.
            if _label_key(domain) not in _ATS_SENDERS:
                continue
            if (local and local not in _SERVICE_LABELS and local not in GIVEN_NAMES
                    and not re.search(r"[\d.]|reply|notif|schedul|invite|calendar", local)):
                found.append(local + ".com")
            continue
        found.append(domain)
    counts: dict[str, int] = {}
    for domain in found:
        counts[registered(domain)] = counts.get(registered(domain), 0) + 1
    order = {d: i for i, d in reversed(list(enumerate(registered(d) for d in found)))}
    return sorted(counts, key=lambda d: (-counts[d], order[d]))


#: Platforms that send from each employer's own host under their domain: eni.avature.net.
_CLIENT_HOSTS = frozenset({"avature"})
#: Host names of a platform's own machines, before its domain: never an employer's site (the service labels
#: and these).
_PLATFORM_HOSTS = _SERVICE_LABELS | frozenset(
    "api au auth bounce bounces ca candidate candidates de demo e em fr info login mailer messages mg notification "
    "notifications notify outbound portal reply sandbox secure send smtp system test".split())


def _vanity(event: SourceEvent) -> list[str]:
    """Company sub-domains of meeting and hiring services in the invite (acme.zoom.us) and of the hiring
    platform that sent it (noreply@eni.avature.net): weaker than an address, they confirm a name but never
    beat one. Regional hosts (us06web.zoom.us) are not names."""
    text = f"{event.location}\n{event.description[:20_000]}"
    labels = []
    for address in [*(a.email for a in event.attendees), event.organizer or ""]:
        domain = address.rpartition("@")[2].lower()
        if _label_key(domain) in _CLIENT_HOSTS:
            client = domain.removesuffix(registered(domain)).rstrip(".").rsplit(".", 1)[-1]
            if client.isalpha() and len(client) >= 3 and client not in _PLATFORM_HOSTS:
                labels.append(client + ".com")
    for match in _VANITY.finditer(text):
        label = (match.group(1) or match.group(2) or "").lower()
        if (label and label not in _SERVICE_LABELS and label not in PLATFORMS and label not in _TOOL_NAMES
                and not re.search(r"\d|web$|^(?:us|eu|ap|ca|uk|de|jp|au|in|sg|nl|fr|br)$", label)):
            labels.append(label + ".com")
    return list(dict.fromkeys(labels))




def _without_place(name: str, domains: list[str]) -> str:
    """"Apple Store", "PwC UK" with apple.com, pwc.com: the domain names the company, the last word
    its shop or country."""
    words = _words(name)
    while len(words) > 1 and (_key(words[-1]) in _PLACE_WORDS or _key(words[-1]) in _COUNTRIES) and any(
            _agrees(" ".join(words[:-1]), d) for d in domains) and not any(
            unaccented(_key(words[-1])) in _label_key(d) for d in domains):  # Banque de France, banque-france.fr
        words.pop()
    # "Sanofi de Sisteron", "Esselunga di Pioltello": the company's site, when the domain spells the company
    of = next((i for i, w in enumerate(words) if _key(w) in ("de", "di", "del", "du", "of", "in") and i > 0), None)
    if (of is not None and len(words) - of == 2 and any(_spells(" ".join(words[:of]), _label_key(d)) for d in domains)
            and not any(unaccented(_key(words[-1])) in _label_key(d) for d in domains)):  # Banco de Santander
        words = words[:of]
    return " ".join(words)


def _without_site(name: str, location: str, context: str) -> str:
    """"Nestlé Vevey" at "Avenue Nestlé 55, 1800 Vevey", "Colruyt Halle" at "Edingensesteenweg 196, Halle":
    the last words of a name that the event's location gives as its place are the site, not the company.
    A location that holds the whole name ("Goldman Sachs, 200 West St") says nothing of the sort."""
    folded = location.casefold()
    if not folded or name.casefold() in folded:
        return name
    venue, comma, address = folded.partition(",")
    if comma and not re.search(r"\d", venue):
        folded = address  # "Hotel Alcázar Triana, C/ Betis 44, Sevilla": the venue's name is no place of the company
    words = name.split()
    end = len(words)
    while (end > 1 and len(words) - end < 2 and words[end - 1][:1].isupper() and _key(words[end - 1]) not in _COUNTRIES
           and re.search(rf"(?<!\w){re.escape(words[end - 1].casefold())}(?!\w)", folded)):
        end -= 1
    kept = words[:end]
    town = re.search(rf"(?<!\w){re.escape(' '.join(words[1:]).casefold())}(?!\w)", folded.rpartition(",")[2])
    if end == 1 < len(words) and not (town and unaccented(_key(kept[0])) not in GIVEN_NAMES) and not re.search(
            rf"(?<!\w){re.escape(kept[0].casefold())}(?!\w)(?!\s+{re.escape(words[1].casefold())})",
            f"{folded} {context.casefold()}"):
        # "Wells Fargo" in Fargo, ND, "Grant Thornton" in Thornton: one word alone is no name of its own,
        # unless the place is the town that ends the address ("Colruyt Halle" at "Edingensesteenweg 196, Halle")
        return name
    last = _key(kept[-1])
    if (end == len(words) or last in _CONNECTORS or last in _CITY_OWNERS or kept[-1].endswith(".")
            or all(_key(w) in _COMPANY_WORDS for w in kept) or (len(kept) == 1 and len(last) <= 4)
            or words[end].isupper()):
        return name  # "Universidad de Sevilla", "Gemeente Utrecht", "UZ Leuven", "Real Madrid", "Groupe SEB": the place is the name's
    return " ".join(kept)


def _shared(domain: str) -> bool:
    """A domain a whole public sector shares, or a service of one: nhs.net, gov.uk, gc.ca, gouv.qc.ca
    (a province's code), jobs.nhs.uk; not a known employer's (uq.edu.au, us.es)."""
    labels = domain.lower().split(".")
    label = _label_key(domain)
    return not _known(domain) and (label in _SHARED_LABELS or label in _SERVICE_LABELS
            or (len(label) == 2 and len(labels) >= 2 and labels[-1] in ("ca", "us", "au")))



def _label_key(name_or_domain: str) -> str:
    """The comparable core of a name or domain: ``Datadog, Inc.`` → ``datadoginc``, ``hays.co.uk`` → ``hays``."""
    text = name_or_domain.casefold()
    if "@" in text:
        text = text.rsplit("@", 1)[-1]
    if re.fullmatch(r"[a-z0-9.-]+\.[a-z]{2,}", text):
        labels = registered(text).split(".")
        text = labels[0]
    return re.sub(r"[^\w]", "", text)


def _known(domain: str) -> str | None:
    """The name of a well-known employer whose domain, or a sub-domain of it, this is: ``hel.fi`` →
    ``Helsingin kaupunki``, ``its.jnj.com`` → ``Johnson & Johnson``."""
    return EMPLOYER_DOMAINS.get(registered(domain.lower().strip(".")))


def _names(name: str, known: str) -> bool:
    """Whether a name from the text is a known employer's: its name, a name that starts with it ("Deutsche
    Bank AG"), its start ("Goldman"), or its initials ("J&J", "P&G")."""
    squashed, full = _squashed(name), _squashed(known)
    return len(squashed) >= 2 and bool(full) and (squashed == full or _spells(name, full) or _spells(known, squashed))


#: Finnish case endings a name takes in prose: "hakemuksestasi Postille", "Wärtsilällä", "Nokian".
_FI_ENDINGS = ("lle", "lla", "llä", "ssa", "ssä", "sta", "stä", "lta", "ltä", "n")


def _without_case(name: str, labels: list[str]) -> str:
    """"Postille" beside posti.com: a Finnish case ending that the domain does not spell."""
    squashed = _squashed(name)
    if squashed in labels:
        return name
    for ending in _FI_ENDINGS:
        if name.endswith(ending) and _squashed(name[:-len(ending)]) in labels:
            return name[:-len(ending)]
    return name


def _without_possessive(name: str, labels: list[str]) -> str:
    """"Amazon's Leadership Principles" beside amazon.com: the name without the possessive the domain does not
    spell ("McDonald's" beside mcdonalds.com keeps it)."""
    if name.endswith(("'s", "’s")) and _squashed(name) not in labels and _squashed(name[:-2]) in labels:
        return name[:-2]
    return name


def _spelled_whole(name: str, labels: list[str], text: str) -> str:
    """The words of ``text`` that spell a domain's label whole and hold ``name``, which spells only part of it:
    "Loop Insurance" for "Insurance" beside loopinsurance.zoom.us ("Loop" reads as an interview loop), "Maguire &
    Sons" for "Sons Ltd" beside maguireandsons.ie, "Mercy St. Luke's" for "Mercy St" beside mercystlukes.org."""
    own = {_squashed(w) for w in _words(name) if len(_squashed(w)) >= 3}
    kept = _words(_LEGAL_FORM.sub("", name))
    while len(kept) > 1 and _key(kept[-1]) in _ORGANISATION_WORDS:
        kept.pop()  # "Anne's Hospital" beside goodshepherdstannes.org: the domain leaves the kind of body out
    core = _squashed(" ".join(kept))
    labels = [label for label in labels if len(label) >= 6 and core and core in label and core != label]
    if not own or not labels or _squashed(name) in labels:
        return name  # (a name that spells a label whole needs nothing more: not "Kuura Softwarelle", its Finnish "to")
    raw = text.split()[:1_000]
    words = [w.strip(",.:;()[]!?\"“”") for w in raw]
    for i, first in enumerate(words):
        if not first[:1].isupper():
            continue
        spelled = ""
        for j in range(i, min(i + 6, len(words))):
            word = words[j]
            if j > i and not (word[:1].isupper() or word in ("&", "and", "und", "et", "y")):
                break
            spelled += "and" if word == "&" else _squashed(word)
            if spelled in labels and own & {_squashed(w) for w in words[i:j + 1]}:
                end = j + 1
                while end < len(words) and words[end][:1].isupper() and _key(words[end]) in _ORGANISATION_WORDS:
                    end += 1  # and the kind the name goes on with: "Good Shepherd St. Anne's Hospital"
                return _clean(" ".join(raw[i:end]).rstrip(",;:!?()[]\"“”"), legal_form=False) or name
            if not any(label.startswith(spelled) for label in labels):
                break
    for label in labels:
        # a name that starts the label, which the text writes on in lower case or with an elided article
        # ("Hospice général" for hospicegeneral.ch) or as more than the label ("Coastline Payments", coastlinepay.com)
        written = _written_as(label, text) if label.startswith(core) else None
        if written and _squashed(written).startswith(core) and len(_squashed(written)) > len(_squashed(name)):
            return written
    return name


#: Words that say what kind of body a name is, which a domain often leaves out.
_ORGANISATION_WORDS = _ORGANISATION_ENDS | _COMPANY_WORDS


def _fuller(name: str, domains: list[str]) -> str:
    """A known employer's name for the shorter one the text wrote: "J&J" → "Johnson & Johnson" with jnj.com,
    "Societe Generale" → "Société Générale". A longer one says more and stays: a unit or company of a group
    that writes from the group's domain ("Safran Nacelles" with safrangroup.com), a legal form ("LINEヤフー株式会社")."""
    for domain in domains:
        known = _known(domain)
        if known and len(_squashed(name)) <= len(_squashed(known)) and _names(name, known):
            return known
    return name


def _domain_name(domain: str, text: str) -> str:
    """A readable name for a domain: ``datadoghq.com`` → ``Datadog``. A marketing prefix or suffix
    ("makenotion", "getdbt") goes only when the rest stands in the event's text as a word, so
    ``google.com`` stays Google and ``withings.com`` stays Withings. A well-known employer whose domain does
    not spell its name has that name: ``its.jnj.com`` → ``Johnson & Johnson``."""
    known = _known(domain)
    if known:
        return known
    key = _label_key(domain)
    written = _written_as(key, text)
    if written:
        return written
    words = {w.casefold() for w in re.findall(r"\w+", text)}
    for prefix in _DOMAIN_PREFIXES:
        if key.startswith(prefix) and key[len(prefix):] in words:
            key = key[len(prefix):]
            break
    for affix in _DOMAIN_AFFIXES:
        if key.endswith(affix) and len(key) - len(affix) >= 3 and (affix in _SAFE_AFFIXES or key[:-len(affix)] in words):
            key = key[: -len(affix)]
            break
    return key.upper() if len(key) <= 3 else key[:1].upper() + key[1:]


#: What a domain adds to a name that the text writes without it: squareup, flutterwavego, glovoapp, coastlinepay.
_LABEL_TAILS = frozenset("s app go up hq inc pay co io hr ai now get hub jobs".split())
#: An elided article before a word of a name, which a domain leaves out: "Lumière d'Enfance" → lumiere-enfance.org.
_ELIDED = re.compile(r"^(?:d|l|dell|all|nell|sull)['’]", re.IGNORECASE)


def _written_as(key: str, text: str) -> str | None:
    """The words of ``text`` that write the domain label ``key`` as a name: "Hospice général" for hospicegeneral.ch,
    "Coastline Payments" for coastlinepay.com (the label a shortening of the name), "Square" for squareup.com (the
    name and a short tail). The first word is a capital's; at most four words; ``None`` when no run agrees."""
    if len(key) < 5 or not key.isalnum():
        return None
    words = [w.strip(",.:;()[]!?\"“”") for w in text[:5_000].split()]
    for i, first in enumerate(words):
        if not first[:1].isupper() or not _squashed(first) or not (key.startswith(_squashed(first)[:3])):
            continue
        spelled, end = "", None
        for j in range(i, min(i + 4, len(words))):
            before = len(spelled)
            spelled += _squashed(_ELIDED.sub("", words[j]))
            if not spelled:
                break
            # the label ends inside a later capitalised word: "Coastline Pay|ments", not "Matthey| at"
            tail_of_name = (before < len(key) < len(spelled) <= len(key) + 5 and spelled.startswith(key) and len(key) >= 6
                            and j > i and words[j][:1].isupper())
            tail_of_label = len(key) > len(spelled) >= 5 and key.startswith(spelled) and key[len(spelled):] in _LABEL_TAILS
            if spelled == key or tail_of_name or tail_of_label:
                end = j + 1  # and on: "Coastline" and then "Coastline Payments" for coastlinepay.com
            if not key.startswith(spelled):
                break
        if end is not None:
            name = _clean(" ".join(words[i:end]), legal_form=False)
            return name if name and not _stage(_key(name)) else None
    return None


def _mentions(description: str, persons: frozenset[str]) -> Iterator[str]:
    """Every run of capitalised words in the prose, as a name it may be: read only to find the one a
    domain spells, so that a sentence's first word or a heading costs nothing."""
    text = plain_text(description[:5_000])
    for match in _CAPITALISED_RUN.finditer(text):
        kept = _trim(_words(match.group(0)), persons)
        name = _clean(" ".join(kept), legal_form=False) if kept else ""
        if name:
            yield name


def _spells(name: str, label: str) -> bool:
    """A strict ``_agrees``: the name is the domain's label, starts with a long one, or its initials
    (hyphenated parts count: Kimberly-Clark Corporation → kcc) are the label. German letters may be spelled out
    ("Brandt & Söhne" for brandt-soehne.de)."""
    spelled_out = name.translate(_SPELLED_OUT)
    if spelled_out != name and _spells(spelled_out, label):
        return True
    squashed = _squashed(name)
    if len(label) < 2 or not squashed:
        return False
    if squashed == label or (len(label) >= 5 and squashed.startswith(label)) or (
            len(squashed) >= 5 and label.startswith(squashed)):
        return True
    words = [w for w in re.split(r"[\s-]+", unaccented(name.casefold())) if w]
    # "Bright Smiles Family Dentistry" for brightsmilessj.com: its first words start the domain
    lead = ""
    for word in words[:3]:
        lead += re.sub(r"[^\w]", "", word)
        if len(lead) >= 8 and label.startswith(lead) and lead != squashed:
            return True
    # the words in the other order: "Groupe Aurélys" for aurelysgroupe.fr
    if 2 <= len(words) <= 3 and any("".join(re.sub(r"[^\w]", "", w) for w in order) == label
                                    for order in itertools.permutations(words)):
        return True
    # initials, "&" read as "and": Johnson & Johnson → jj or jnj
    parts = [w for w in words if w not in _CONNECTORS]
    initials = {"".join(p[:1] for p in parts), "".join(("n" if w in ("&", "and") else w[:1]) for w in words)}
    return (len(parts) >= 2 and label in initials) or (len(label) >= 5 and _prefixes_spell(
        [re.sub(r"[^\w]", "", w) for w in words], label))


#: German letters as a domain spells them out: ä → ae, ö → oe, ü → ue, ß → ss.
_SPELLED_OUT = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue", "ß": "ss"})


def _prefixes_spell(words: list[str], label: str) -> bool:
    """Whether ``label`` is the start of each of two or more of ``words`` in turn, the first one's included: "aflyon"
    for "Alliance Française de Lyon", "cacentrest" for "Crédit Agricole Centre-Est", "kitsphysio" for "Kitsilano
    Physio & Sports Medicine". A word may give nothing, a connector or the name's last words; no more than eight
    words are read."""
    words = [w for w in words[:8] if w]

    @lru_cache(maxsize=None)
    def spell(i: int, at: int, used: int) -> bool:
        if at == len(label):
            return used >= 2
        if i == len(words):
            return False
        word = words[i]
        longest = 0
        while longest < len(word) and at + longest < len(label) and word[longest] == label[at + longest]:
            longest += 1
        if any(spell(i + 1, at + n, used + 1) for n in range(longest, 0, -1)):
            return True
        return i > 0 and spell(i + 1, at, used)

    return bool(words) and spell(0, 0, 0)


def _agrees(name: str, domain: str) -> bool:
    """Whether a name from the text and a domain are the same company: ``JPMorgan Chase`` and
    ``jpmchase.com``, ``Boston Consulting Group`` and ``bcg.com``, ``Notion`` and ``makenotion.com``."""
    label = _label_key(domain)
    squashed = _squashed(name)
    if len(label) < 2 or not squashed:
        return False
    known = _known(domain)
    if known and _names(name, known):
        return True  # "J&J" and its.jnj.com
    if len(squashed) >= 3 and (squashed in label or label in squashed):
        return True
    words = [re.sub(r"[^\w]", "", w.casefold()) for w in _words(name)]
    if any(len(w) >= 4 and w in label for w in words):
        return True
    initials = "".join(w[:1] for w in words if w and w not in _CONNECTORS)
    if len(initials) >= 2 and label.startswith(initials):
        return True
    # "Société Générale" and socgen.com: the first letters of each word, run together
    plain = [unaccented(w) for w in words if w and w not in _CONNECTORS]
    return len(plain) >= 2 and any(label == "".join(w[:n] for w in plain) for n in (3, 4))
