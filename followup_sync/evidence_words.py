"""The words detection weighs, in the eight supported languages (en de fr es it nl fi ja).

Each family is a plain tuple of phrases, matched by ``detect`` as whole words in folded text
(case, accents' compatibility forms and dash styles folded; blanks and dashes interchangeable).
A phrase ending in ``*`` matches as a word prefix, which German and Finnish compounds and
inflections need ("bewerbungsgespräch*" also finds "Bewerbungsgesprächs", "haastattelu*" finds
"haastatteluun"). Japanese has no blanks between words, so its phrases match anywhere.

Kept apart from the scoring so the lists can grow without touching the logic, and so a reader can
see in one place what counts as a sign of an interview and what argues against one.
"""

from __future__ import annotations

def _ordinal_rounds(hiring: bool) -> tuple[str, ...]:
    """The second (third...) round as each language numbers it. With a word only hiring uses ("2e gesprek",
    "2° step") it is a stage; with one a cup tie or an election shares ("2. Runde", "2e tour", "2ª ronda",
    "2. kierros") only a sign."""
    forms = (("{n}° step", "{n}º step", "{n}. gespräch", "{n}e gesprek", "{n}de gesprek") if hiring else
             ("{n}e ronde", "{n}de ronde", "{n}. runde", "{n}. kierros", "{n}da ronda", "{n}ª ronda", "{n}a ronda",
              "{n}ª fase", "{n}a fase", "{n}° fase", "{n}. phase", "{n}e phase",
              "{n}° round", "{n}ème tour", "{n}e tour", "{n}e rencontre", "{n}ème rencontre", "{n}e rdv", "{n}ème rdv"))
    return tuple(form.format(n=n) for n in range(1, 6) for form in forms)


#: Hints that number a round of something: beside nothing but a name ("Rabobank 2e ronde", "デンソー 2次"),
#: an employer's round.
NUMBERED_ROUNDS: tuple[str, ...] = (*_ordinal_rounds(hiring=False), "二次", "三次", "1次", "2次", "3次", "最終")

#: The notes say the meeting is about the post or (in the shorthand an employer's call is noted in) the application:
#: "Gesprek voor de functie doktersassistent", "ruft mich an wg. Bewerbung Stationsleitung". Not "about my
#: application", which a chat with a friend, a parent or a mentor is as often. A stage, and hiring context too: the
#: longest phrase is the one matched, and the context ("bewerbung") it hides counts towards a job and its answer.
ABOUT_THE_APPLICATION: tuple[str, ...] = (
    "gesprek voor de functie", "gesprek over de functie", "gesprek voor de vacature", "gesprek over de vacature",
    "wg. bewerbung", "wg. meiner bewerbung", "wegen meiner bewerbung", "wegen der bewerbung", "bzgl. bewerbung",
    "bzgl. meiner bewerbung", "bezüglich meiner bewerbung", "wg. der stelle", "wegen der stelle",
)

#: The stages and formats of a hiring process, across industries and countries. Strong in a title.
STAGES: tuple[str, ...] = (
    *_ordinal_rounds(hiring=True), "secondo step", "terzo step", "haastis", "haastikset", "agallamh",
    "passage devant le jury", "oral d'admission", "entretien avec le jury", "oci callback", "callback interview",
    "teaching demo", "teaching demonstration", "job talk", "proefdraaien", "koeluento*", "probevorlesung",
    # en: stages and formats
    "interview*", "phone screen*", "phone screening", "tech screen*", "technical screen*", "hr screen*",
    "recruiter screen*", "recruiter call", "recruiter chat", "recruiter sync", "call with recruiter",
    "call w/ recruiter", "chat with recruiter", "chat w/ recruiter", "talent acquisition call",
    "screening call", "screening interview", "intro call with recruiter", "initial screen*",
    "hm screen*", "hm call", "hm chat", "hm interview", "hm round", "hiring manager*", "hiring mgr",
    "onsite", "on-site", "on site interview", "virtual onsite", "final round*", "final interview*",
    "round 1", "round 2", "round 3", "round 4", "round 5", "round one", "round two", "round three",
    "1st round", "2nd round", "3rd round", "4th round", "first round", "second round", "third round",
    "r1", "r2", "r3", "r4", "loop", "interview loop", "virtual loop", "superday", "super day",
    "case interview*", "case study interview", "fit interview*", "behavioral interview*",
    "behavioural interview*", "technical interview*", "coding interview*", "coding round",
    "system design interview*", "system design round", "system design", "pair programming interview",
    "pairing interview", "pairing session with", "take-home review", "take home review",
    "take-home walkthrough", "take home walkthrough", "take-home debrief", "take-home discussion",
    "take home discussion", "homework review", "code review interview", "live coding",
    "portfolio review", "portfolio presentation", "case presentation", "case study presentation",
    "assessment centre", "assessment center", "assessment day", "panel interview*", "panel",
    "culture fit", "culture add", "values interview", "bar raiser", "meet the team",
    "team match*", "team matching", "leadership interview", "director interview", "vp interview",
    "cto interview", "ceo interview", "founder chat", "partner interview", "job interview*",
    "video interview*", "hirevue", "codility", "hackerrank", "coderpad", "karat interview",
    "karat", "trial day", "trial shift", "shift d'essai", "assessment drive", "l1 round", "l2 round", "l3 round", "l1 interview", "l2 interview", "prueba en cocina", "día de prueba", "jornada de prueba",
    "journée d'essai", "essai en cuisine", "体験入店", "体験勤務", "working interview", "selectiegesprek*", "pei", "カジュアル面談",
    "selectieprocedure", "tr round", "mr round", "hr round", "tr + mr", "technical round",
    # typos and shorthand as people type them
    "intervew*", "interveiw*", "inteview*", "intrview*", "interiew*", "interivew*", "intreview*", "intervw",
    "intvw", "intv", "i/v", "interv", "intervju*", "phonescreen", "phone scrn", "ph screen", "ph scrn",
    "techscreen", "tech scrn", "hr scrn", "tps", "f2f", "face to face", "face-to-face", "vo", "1st rd",
    "2nd rd", "3rd rd", "rd 1", "rd 2", "rd 3", "final rd", "sys design", "sd round", "dsa round", "lc round",
    "oa", "hm int", "hm intvw", "w/ hm", "with hm", "ta screen", "rec call", "recruiter ph", "recruiter scrn",
    "vorstellungsgesprach*", "bewerbungsgesprach*", "kennenlerngesprach*", "zweitgesprach*", "entrevue",
    "entretien telephonique", "deuxieme entretien", "entrevista tecnica", "prueba tecnica", "tyohaastattelu*",
    "first stage", "second stage", "final stage", "next stage", "2nd stage", "3rd stage", "stage 2",
    "stage 3", "first conversation", "second conversation", "final conversation",
    # the last step before the employer decides: "last step before they decide – lunch with the team" (not "before
    # the decision on our mortgage")
    "last step before they decide", "final step before they decide",
    "team interview*", "onsite day", "office visit", "technical test", "skills test", "aptitude test",
    "psychometric test*", "online assessment", "shl", "case study", "business case", "presentation to the panel",
    "panel presentation", "group exercise", "group discussion", "hr interview*", "hr call", "hr chat",
    "personalgespräch mit", "hr-gespräch", "telefontermin mit personaler*", "interview bei", "gespräch bei",
    "hospitation", "probearbeiten", "fallstudie", "online-assessment", "eignungstest", "entretien avec le drh",
    "entretien avec la drh", "entretien avec la rh", "entretien rh", "échange téléphonique", "étude de cas",
    "mise en situation", "tests psychotechniques", "entrevista con rrhh", "dinámica de grupo", "prueba de nivel",
    "psicotécnico*", "estudio de caso", "colloquio hr", "colloquio con hr", "telefonata con hr", "prova pratica",
    "test attitudinale", "caso di studio", "capaciteitentest", "proefdag", "meeloopdag", "casus", "gesprek hr",
    "ennakkotehtävä", "case-tehtävä", "soveltuvuusarviointi", "ケース面接", "グループディスカッション", "適性検査",
    "webテスト", "一次選考", "二次選考", "最終選考", "インターン選考", "リクルーター面談", "人事面談",
    "call con hr", "call with hr", "call w/ hr", "chat with hr", "gespräch mit hr", "telefonat mit hr",
    "appel avec rh", "appel rh", "avec la rh", "avec les rh", "con rrhh", "con recursos humanos", "mit hr",
    "met hr", "llamada con hr", "llamada rrhh", "telefonata con hr", "gesprek met hr",
    "2nd convo", "second convo", "3rd convo", "2nd conversation", "3rd conversation", "third conversation",
    "culture chat", "culture interview*", "values conversation", "values chat", "tech deep-dive",
    "tech deep dive", "technical deep dive", "technical deep-dive", "product sense", "executive conversation",
    "exec chat", "next steps call", "lp round", "leadership principles", "pair programming", "pairing session",
    "debugging session", "debugging interview", "whiteboard*", "reverse interview", "meet the founders",
    "founder chat", "founders chat", "recruiting call", "talent call", "talent team", "hiring team",
    "live coding", "coding session", "presentation to panel", "tweede kennismaking", "vervolgafspraak",
    "tiimitapaaminen", "2e échange", "deuxième échange", "second échange", "call avec le cto",
    "segunda llamada", "segunda charla", "secondo step", "secondo incontro", "test tecnico", "zweite runde",
    "fachinterview*", "gespräch mit abteilungsleitung", "gespräch mit fachbereich", "technical chat",
    "技術面談", "最終面談",
    # the same formats in every language: coding challenges, phone and video talks, trial days
    "coding challenge", "coding test", "code challenge", "technical challenge", "tech challenge",
    "technischer test", "programmieraufgabe", "telefonisch gesprek", "videogesprek", "電話面接", "電話面談",
    "web面接", "web面談", "オンライン面談", "journée d'essai", "jour d'essai", "día de prueba",
    "prueba de cocina", "prueba en sala", "prova in cucina", "proefdraaien in de keuken",
    "giornata di prova", "työkokeilu", "koevuoro*", "työnäyte", "työnäytteen", "behind screen", "behind a screen",
    "hinter vorhang", "hinter dem vorhang", "dietro sipario", "dietro il sipario", "derrière paravent",
    "derrière un paravent", "achter een scherm", "centro de evaluación", "centro di valutazione",
    "meet the team", "team meet", "kennenlernen des teams", "teamkennenlernen", "rencontre avec l'équipe",
    "rencontre équipe", "conocer al equipo", "conoce al equipo", "conoscere il team", "incontro con il team",
    "kennismaking met het team", "tiimin tapaaminen", "tiimihaastattelu*", "チーム面談", "現場面談",
    # de
    "vorstellungsgespräch*", "bewerbungsgespräch*", "kennenlerngespräch*", "kennenlern-call",
    "kennenlerntermin", "zweitgespräch*", "drittgespräch*", "erstgespräch*", "interviewtermin*",
    "auswahlgespräch*", "auswahlverfahren", "jobinterview*", "telefoninterview*", "videointerview*",
    "fachgespräch*", "fachinterview*", "probearbeit*", "probetag", "assessment-center",
    "einstellungsgespräch*", "vorstellungstermin*", "gespräch mit der fachabteilung",
    "zweite runde", "finale runde", "letzte runde", "erste runde", "dritte runde",
    # fr
    "entretien*", "entrevue*", "entretien d'embauche", "entretien téléphonique", "entretien rh",
    "entretien technique", "entretien final", "premier entretien", "second entretien",
    "deuxième entretien", "échange rh",
    "échange avec le manager", "journée d'évaluation", "centre d'évaluation", "test technique",
    # es
    "entrevista*", "entrevista de trabajo", "entrevista técnica", "entrevista final",
    "segunda ronda", "ronda final", "primera ronda", "tercera ronda", "proceso de selección",
    "llamada con recruiter", "llamada con reclutador*", "llamada con rrhh", "prueba técnica",
    # it
    "colloquio*", "colloqui", "colloquio di lavoro", "colloquio tecnico", "colloquio conoscitivo",
    "colloquio finale", "primo colloquio", "secondo colloquio", "secondo round", "round finale",
    "selezione", "prova tecnica",
    # academic appointments: the trial lecture and the committee's interview
    "kommissionsgespräch*", "prova didattica", "opetusnäyte*", "jobgesprek*",
    # nl
    "sollicitatiegesprek*", "sollicitatie gesprek", "kennismakingsgesprek*", "tweede gesprek",
    "eerste gesprek", "vervolggesprek*", "laatste gesprek", "eindgesprek*", "tweede ronde",
    "laatste ronde", "assessment", "arbeidsvoorwaardengesprek",
    # fi
    "työhaastattelu*", "haastattelu*", "rekrytointi*", "rekrytointihaastattelu*", "toinen kierros",
    "ensimmäinen haastattelu", "jatkohaastattelu*", "loppuhaastattelu*", "soveltuvuusarvio*",
    "puhelinhaastattelu*", "videohaastattelu*", "tekninen haastattelu", "kakkoskierros", "kolmoskierros",
    "rekryhaastattelu*", "rekrypuhelu*", "rekrysoitto", "rekryn soitto", "rekryn puhelu",
    *ABOUT_THE_APPLICATION,
    # an invitation's phrase with a stage inside: the longest phrase is the one matched, so it says both
    "kutsu haastatteluun", "面接の日程", "選考のご案内", "interview process", "schedule your interview",
    "interview schedule", "invitation to interview", "invite you to interview", "invited to interview",
    "technical assessment", "ricerca e selezione", "processo di selezione", "rekrytointiprosessi*",
    "prossimo colloquio", "次の選考", "次回選考", "the hiring team",
    # ja
    "面接", "一次面接", "二次面接", "最終面接", "一次面談", "二次面談", "最終面談", "採用面談", "選考", "技術面接", "採用面接",
    "オンライン面接", "役員面接", "人事面接", "コーディングテスト",
    # the next conversation, numbered as each language numbers it
    "2e gesprek", "3e gesprek", "eerste gesprek", "derde gesprek", "vervolggesprek*", "2. gespräch", "3. gespräch",
    "2e entretien", "3e entretien", "2ème entretien",
    "second entretien", "2ª entrevista", "2a entrevista", "3ª entrevista", "2° colloquio", "2º colloquio",
    "jury de recrutement", "jury d'entretien", "comité de sélection", "tribunal de selección",
    "1次面接", "2次面接", "3次面接",
)

#: Words that suggest a hiring conversation without saying so; weak alone, telling with other evidence.
HINTS: tuple[str, ...] = (
    # a second talk is a hiring's as often as a bank's or a landlord's: a hint, for the job words beside it to confirm
    "zweites gespräch", "zweiten gespräch", "drittes gespräch", "dritten gespräch", "zweite gesprächsrunde",
    "case", "cas pratique", "caso práctico", "caso pratico", "final", "finals", "technicals",
    "technical", "round", "rounds", "ronde", "runde", "kierros", "intro call", "introductory call",
    "intro chat", "coffee chat", "virtual coffee", "meet & greet", "meet and greet", "chat with cto",
    "chat w/ cto", "with the cto", "w/ cto", "with the ceo", "w/ ceo", "with the founder*", "w/ founder*",
    "opportunity",
    "échange avec", "rencontre avec", "kennismaking*", "gesprek met", "gespräch mit", "charla con",
    "chiacchierata", "incontro con", "tapaaminen", "kahvit", "selectiegesprek*", "selectie",
    "面談", "面談の日程", "ご面談", "screening", "hm", "rh", "la rh", "les rh", "hr", "二次", "三次", "1次", "2次", "3次", "役員", "vg", "callback", "training contract", "最終",
    # numbered rounds and a teacher's lesson to teach: a sign, not proof (cup ties, elections, classes)
    *_ordinal_rounds(hiring=False), "demo class", "demo lesson", "model lesson", "lesson observation", "observed lesson",
    "sample lesson", "vorstellung", "gd", "épreuve orale d'admission", "prova orale", "concorso", "concours externe", "concours interne",
    "audition", "audizione", "audición", "auditie", "koesoitto", "probespiel*", "hearing", "selection committee", "selection panel", "manager call", "mgr call", "audition jury", "audition devant le jury", "模擬講義", "probevortrag*", "berufungskommission", "koepäivä*",
    "prova in laboratorio", "selectiecommissie", "benoemingsadviescommissie", "jatkokeskustelu*", "berufungsverfahren", "rekrytointitoimikunta",
    "commissione giudicatrice", "lehrprobe", "clase muestra", "lezione simulata", "näyttötunti", "模擬授業",
    "lezione dimostrativa", "clase demostrativa",
    "vacation scheme", "pupillage", "articling", "campus visit", "proefles*", "proefcollege", "meedraaien", "ride along", "ride-along",
    "intro w/", "deep dive w/", "meet the", "convo", "conversation with", "chat w/", "coding", "role", "position", "poste", "stelle", "puesto",
    "ruolo", "functie", "tehtävä",
    # "technical" alone, as a title shortens a technical round, in each language
    "técnico", "técnica", "tecnico", "tecnica", "technique", "technisch", "technisches", "technische",
    "tekninen", "teknisen", "technisch gesprek", "技術",
)

#: The person who calls about a job: in a title, a call with one is a screening.
RECRUITERS: tuple[str, ...] = (
    "recruiter", "recruiters", "recruiterin", "recruteur*", "recruteuse", "reclutador*", "reclutadora",
    "rekrytoija*", "talent partner", "talent acquisition", "sourcer", "ta call", "headhunter", "head hunter",
    "personalvermittler*", "chasseur de têtes", "cazatalentos", "selezionatore", "selezionatrice",
    "werver", "wervingsadviseur", "リクルーター", "採用担当", "人事担当",
    "personaler", "personalerin", "personalreferent*", "chargée de recrutement", "chargé de recrutement",
    "talent manager",
)

#: How employers invite a candidate and thank them for applying, in the eight languages.
INVITATION: tuple[str, ...] = (
    "invite you to", "invite you for", "inviting you to", "invitation to", "we'd like to invite you",
    "we would like to invite you", "would love to chat", "love to chat with you", "thanks for applying",
    "thank you for applying", "thanks for your application", "thank you for your application",
    "thank you for your interest in", "thanks for your interest in", "excited to move forward",
    "next step in our process", "next step of our process", "next round", "move you forward",
    # the next round, as each language says it
    "nächste runde", "nächsten runde", "tour suivant", "prochain tour", "siguiente ronda", "próxima ronda",
    "prossimo round", "prossimo colloquio", "volgende ronde", "seuraava kierros", "seuraavalle kierrokselle",
    "次の選考", "次回選考",
    "laden wir sie", "laden sie ein", "laden dich", "möchten wir sie", "möchten sie einladen", "einladung zum",
    "einladung zu einem", "persönliches gespräch", "persönlichen gespräch", "vielen dank für ihre bewerbung",
    "danke für deine bewerbung", "danke für ihr interesse", "nous vous proposons", "vous convier",
    "vous inviter", "suite à votre candidature", "merci pour votre candidature", "merci pour votre intérêt",
    "te invitamos", "le invitamos", "te esperamos", "nos gustaría invitarte", "gracias por tu interés",
    "gracias por tu candidatura", "gracias por postularte", "ti invitiamo", "la invitiamo", "vorremmo invitarti",
    "in seguito alla tua candidatura", "grazie per la tua candidatura", "grazie per l'interesse",
    "nodigen je", "nodigen u", "uitnodiging voor", "bedankt voor je sollicitatie", "bedankt voor uw sollicitatie",
    "bedankt voor je interesse", "kutsumme sinut", "kutsumme teidät", "kutsu haastatteluun",
    "kiitos hakemuksestasi", "kiitos kiinnostuksestasi", "ご応募いただき", "面談の日程", "面接の日程",
    "ご案内いたします", "選考のご案内",
)

#: Lines and phrases of a description that belong to a hiring conversation with the user as candidate.
HIRING_CONTEXT: tuple[str, ...] = (
    *ABOUT_THE_APPLICATION,
    # en
    "your application", "your candidacy", "the position", "the role", "this role", "the opening",
    "the vacancy", "job opening", "hiring process", "interview process", "recruitment process",
    "next steps in the process", "next step in the process", "the hiring team", "hiring manager",
    "talent acquisition", "recruiter", "recruiting coordinator", "recruiting team", "people team",
    "candidate experience", "looking forward to speaking with you", "look forward to speaking with you",
    "looking forward to meeting you", "looking forward to chatting", "thanks for your interest",
    "thank you for your interest", "thank you for applying", "thanks for applying", "your resume",
    "your cv", "your résumé", "your portfolio", "salary expectations", "notice period",
    "please confirm your availability", "schedule your interview", "interview schedule",
    "invitation to interview", "invite you to interview", "invited to interview", "meet the team",
    "about the role", "job description", "take-home", "take home", "coding exercise",
    "technical assessment", "assessment", "offer stage", "get back to you", "hear back", "decision",
    "we will be in touch", "we'll be in touch", "shortlist*", "hiring", "is hiring", "we're hiring",
    "linkedin", "indeed", "xing", "stepstone", "glassdoor",
    "applied", "applying", "application", "opening", "vacancy", "comp range", "compensation", "next steps",
    "recruitment", "reclutamiento", "ricerca e selezione", "talentwerving", "search committee", "pre-employment",
    # the other candidates the employer sees
    "seen everyone", "seen all the candidates", "one more candidate", "other candidates", "andere bewerber",
    "anderen bewerber", "autres candidats", "otros candidatos", "altri candidati", "andere kandidaten", "muut hakijat",
    "他の候補者",
    # what a candidate brings along: the CV, in each language
    "bring resume", "bring your resume", "bring my resume", "bring cv", "bring your cv", "bring my cv", "printed cv",
    "copy of your cv", "copy of my cv", "lebenslauf mitbringen", "cv mitbringen", "apporter votre cv", "apporter mon cv",
    "apporter cv", "traer cv", "traer el cv", "llevar cv", "llevar el cv", "portare il cv", "portare cv", "cv meenemen",
    "lebenslauf mitnehmen", "cv mitnehmen", "gesundheitszeugnis", "llevar currículum", "traer currículum",
    "portare il curriculum", "apporter mon curriculum",
    "ota cv", "cv mukaan", "履歴書持参", "履歴書を持参",
    # the next step of a process, in each language
    "nächster schritt", "nächste phase", "prochaine étape", "étape suivante", "siguiente etapa",
    "próxima etapa", "siguiente fase", "prossima fase", "prossimo step", "fase successiva", "volgende stap",
    "volgende fase", "seuraava vaihe", "次のステップ",
    # de
    "ihre bewerbung", "deine bewerbung", "bewerbung*", "die stelle", "der stelle", "die position",
    "ausgeschriebene stelle", "stellenausschreibung", "personalabteilung", "recruiting",
    "wir freuen uns auf das gespräch", "freuen uns auf das gespräch", "freuen uns auf ein gespräch",
    "freuen uns auf sie", "freuen uns auf dich", "kennenlernen", "gehaltsvorstellung*",
    "kündigungsfrist", "rückmeldung", "bewerber*",
    # fr
    "votre candidature", "ta candidature", "candidature*", "le poste", "ce poste", "l'offre d'emploi",
    "processus de recrutement", "recrutement", "recruteur*", "recruteuse", "ressources humaines",
    "au plaisir d'échanger", "prétentions salariales", "retour",
    # es
    "tu candidatura", "su candidatura", "candidatura*", "el puesto", "la posición", "la vacante",
    "proceso de selección", "selección", "reclutador*", "recursos humanos", "rrhh",
    "expectativas salariales",
    # it
    "la tua candidatura", "la sua candidatura", "candidatura", "la posizione", "il ruolo",
    "processo di selezione", "selezione", "recruiter", "risorse umane", "ral",
    # nl
    "je sollicitatie", "uw sollicitatie", "sollicitatie*", "de functie", "de vacature", "vacature*",
    "sollicitatieprocedure", "selectieprocedure", "werving", "recruiter",
    # fi
    "hakemuksesi", "hakemus*", "hakemuks*", "tehtävä*", "avoin paikka", "rekrytointiprosessi*", "rekrytoija*",
    "palkkatoive*", "hakija*", "sijaisuu*",
    # ja
    "応募", "選考", "採用", "ポジション", "人事", "リクルーター", "職務経歴書", "履歴書", "求人",
)

#: Scheduling tools and applicant-tracking systems that send interview invitations.
HIRING_PLATFORMS: tuple[str, ...] = (
    "greenhouse.io", "greenhouse", "lever.co", "hire.lever.co", "ashbyhq.com", "ashby", "myworkday",
    "workday", "smartrecruiters", "goodtime.io", "goodtime", "modernloop", "calendly.com", "icims",
    "taleo", "personio", "recruitee", "teamtailor", "hirevue", "codility", "hackerrank", "coderpad",
    "karat", "karat.io", "jobvite", "bamboohr", "workable", "breezy.hr", "jazzhr", "successfactors",
    "gem.com", "paradox.ai", "rippling ats", "prelude.co", "yello.co", "cronofy", "codesignal",
    "hackerearth", "testgorilla", "softgarden", "join.com", "onlyfy", "d.vinci", "welcome to the jungle",
    "welcometothejungle", "hrmos", "herp", "talentio",
    "wantedly", "bizreach", "doda", "recruit-ms", "greenhouse scheduler",
    # recruiting agencies: their calls are about a job for the user
    "hays", "michael page", "page personnel", "robert half", "robert walters", "randstad", "adecco",
    "manpower", "kelly services", "hudson", "harvey nash", "spring professional", "gi group",
    "barona", "academic work", "russell reynolds", "egon zehnder", "spencer stuart", "heidrick", "korn ferry",
    "odgers", "boyden", "kienbaum", "amrop", "mercuri urval", "stanton chase", "headhunter", "head hunter", "recruitment agency", "personalberatung",
    "personaldienstleister", "cabinet de recrutement", "agencia de selección", "rekrytointiyritys",
    "エージェント", "転職エージェント", "リクルートエージェント", "dodaエージェント",
)

#: Local parts of the mailboxes recruiting teams write from (rekry@, careers@, 採用@...).
RECRUITING_MAILBOXES: tuple[str, ...] = (
    "recruiting", "recruitment", "recruiter", "recruiters", "careers", "career", "jobs", "talent", "hiring",
    "hr", "people", "ta", "interviews", "interview", "candidates", "no-reply-recruiting", "rekry",
    "rekrytointi", "bewerbung", "bewerbungen", "karriere", "jobs-de", "recrutement", "rh", "carrieres",
    "empleo", "seleccion", "selección", "rrhh", "talento", "lavoraconnoi", "selezione", "werving",
    "vacatures", "sollicitaties", "werkenbij", "saiyo", "recruit", "jinji",
    "talentacquisition", "recruitingteam", "hiringteam", "talentteam", "careersteam", "hrteam",
)

#: More posts in each language's ordinary words, the trades', shops', kitchens' and wards' (part of ``ROLES``; the
#: company reader takes the one-word ones as posts, never as an employer's name: "Hulpkok – Restaurant De Kas").
TRADE_POSTS: tuple[str, ...] = (
    # as notes name the job ("per il posto da praticante", "Kaarna etsii tarjoilijaa", "Poste d'assistante
    # juridique"); Finnish as inflected (partitive, genitive, translative). Left out:
    # posts one hires at home or meets as a client or a parent ("nanny", "badante", "PSW", "OSS", "cleaner", "gardener",
    # "hairdresser", "Friseur", "physio", "tutor", "camp counselor", "educadora", "maestra", "Lehrerin", "assistante"
    # alone), trainees one welcomes at one's own job ("alternant", "Azubi"), a shop ("butcher", "baker"), a thing
    # ("server", "monitor", "operator"; "psw", a password) or a host ("host", "animateur", "conductor")
    "fry cook", "bank teller", "assistante juridique", "assistante de direction", "assistante administrative",
    "assistante commerciale", "assistante comptable", "security guard", "substitute teacher", "preschool teacher",
    "daycare teacher", "janitor", "custodian", "hostess", "bellhop", "room attendant", "dietary aide",
    "nursing assistant", "medical assistant", "dental assistant", "vet assistant", "vet tech", "veterinary nurse",
    "dispatcher", "machine operator", "forklift operator", "crane operator", "equipment operator", "farm worker",
    "cdl driver", "truck driver", "bus driver", "fahrer", "fahrerin", "busfahrer*", "lkw-fahrer*", "kraftfahrer*",
    "auslieferungsfahrer*", "objektbetreuer*", "gebäudereiniger*", "kinderpfleger*", "sozialassistent*", "kassierer*",
    "zahnarzthelfer*", "arzthelfer*", "küchenhilfe", "beikoch", "jungkoch", "fachverkäufer*", "anlagenmechaniker*",
    "industriemechaniker*", "zerspanungsmechaniker*", "kfz-mechatroniker*", "elektroniker*", "fachinformatiker*",
    "lagerhelfer*", "produktionshelfer*", "pflegeassistent*", "heilerziehungspfleger*", "sozialarbeiter*",
    "lehrkraft", "referendar*", "tierarzthelfer*", "rezeptionist*", "employé libre-service", "employée libre-service",
    "employé de rayon", "employée de rayon", "employé commercial", "employée commerciale", "surveillant*",
    "veilleur de nuit", "veilleuse de nuit", "agent de service*", "hôte d'accueil",
    "hôtesse d'accueil", "réceptionniste", "femme de chambre", "valet de chambre", "gouvernante", "pâtissier*",
    "pâtissière", "saisonnier*", "saisonnière", "préparateur*", "préparatrice*", "atsem", "aesh",
    "auxiliaire de puériculture", "puéricultrice", "secrétaire", "standardiste", "juriste", "conseiller clientèle",
    "conseillère clientèle", "conseiller commercial", "conseillère commerciale", "agent de production",
    "agent de fabrication", "ouvrier agricole", "aide-cuisinier", "sommelier*", "sommelière", "vendangeur*", "chófer",
    "chofer", "camionero*", "monitor de comedor", "monitora de comedor", "monitor de tiempo libre", "parrillero*",
    "ayudante de camarero", "celador*", "peón", "jornalero*", "temporero*", "recepcionista", "teleoperador*",
    "gruista", "soldador*", "vigilante de seguridad", "farmacéutico*", "practicante", "repositor*", "bartender",
    "praticante", "portiere", "facchino", "banconista", "gelataio", "chef de rang", "mulettista", "carrellista",
    "segretaria", "receptionist", "magazziniera", "barista", "operatore di produzione", "addetta alle pulizie",
    "addetto alle pulizie", "leerkracht", "objectleider", "vrachtwagenchauffeur", "pakketbezorger", "postbezorger",
    "helpende", "pedagogisch medewerker", "kelner", "serveerster", "hulpkok", "caissière", "kassière", "beveiliger",
    "lasser", "tandartsassistent*", "doktersassistent*", "apothekersassistent*", "secretaresse", "receptioniste",
    "administratief medewerker", "tarjoilij*", "myyjän", "myyjää", "myyjäksi", "kokin", "kokiksi", "kokkia",
    "lähihoitaja*", "sairaanhoitaja*", "raudoittaj*", "hissinhoitaj*", "kirvesmie*", "rakennusmie*",
    "rakennustyöntekijä*", "kausityöntekijä*", "myymälätyöntekijä*", "kesätyöntekijä*", "vartija*",
    "järjestyksenvalvoja*", "baarimikko*", "keittiöapulai*", "astianpesijä*", "kerroshoitaja*",
    "vastaanottovirkailija*", "toimistotyöntekijä*", "asiakaspalvelija*", "asiakasneuvoja*", "puhelinmyyjä*",
    "lastenohjaaja*", "koulunkäynninohjaaja*", "koulunkäynninavustaja*", "henkilökohtainen avustaja",
    "hoiva-avustaja*", "ilmanvaihtoasentaja*", "levyseppä*", "koneistaja*", "metsuri*", "lomittaja*",
    "karjanhoitaja*", "varastotyöntekijä*", "tarjoilija", "保育士", "保育補助", "警備員", "施設警備", "清掃スタッフ", "調理補助", "配送ドライバー",
    "トラックドライバー", "事務スタッフ", "事務員", "看護助手", "歯科助手", "薬剤師", "栄養士", "教諭", "塾講師", "chauffeur-livreur", "chauffeur livreur",
    "chauffeur poids lourd", "chauffeur de bus", "conducteur de*", "conductrice de*", "conductor de*",
    "opérateur de production", "opératrice de production", "préposé aux bénéficiaires", "préposée aux bénéficiaires",
)

#: Short job titles, to see "a role next to a company" in a title ("Sr Frontend Eng - Figma").
ROLES: tuple[str, ...] = (
    "engineer", "eng", "developer", "dev", "swe", "sde", "sre", "designer", "product manager", "pm", "tpm",
    "manager", "analyst", "scientist", "data scientist", "consultant", "architect", "lead", "intern",
    "internship", "associate", "director", "specialist", "coordinator", "administrator", "accountant",
    "nurse", "teacher", "sales", "account executive", "ae", "sdr", "bdr", "marketing",
    "rn", "lpn", "cna", "np", "midwife", "paramedic", "pharmacist", "physiotherapist", "therapist", "dentist",
    "hygienist", "social worker", "caseworker", "lecturer", "professor", "paralegal", "solicitor", "attorney",
    "associate attorney", "supervisor", "technician", "electrician", "plumber", "carpenter", "welder",
    "driver", "chef", "sous chef", "line cook", "barista", "cashier", "receptionist", "librarian",
    "planner", "buyer", "merchandiser", "underwriter", "actuary", "auditor", "surveyor", "inspector",
    "entwickler*", "softwareentwickler*", "projektmanager*", "produktmanager*", "projektleiter*",
    "teamleiter*", "sachbearbeiter*", "sachbearbeitung", "referent*", "ingenieur*", "werkstudent*", "praktikum", "praktikant*", "berater*", "leiter*",
    "ingénieur*", "développeur*", "développeuse", "stage", "stagiaire", "chef de projet", "alternance",
    "ingeniero", "ingeniera", "desarrollador*", "prácticas", "becario", "jefe de proyecto",
    "ingegnere", "sviluppatore", "stage", "tirocinio", "stagista",
    "ontwikkelaar", "stagiair", "stage", "medewerker", "adviseur",
    "kehittäjä", "insinööri", "harjoittelija", "asiantuntija", "suunnittelija",
    "エンジニア", "デザイナー", "マネージャー", "インターン", "新卒", "中途",
    # beyond tech: the trades, care, retail, law, the public sector
    "paralegal", "solicitor", "attorney", "lawyer", "physio*", "therapist", "pharmacist", "planner",
    "officer", "assistant", "technician", "cashier", "crew member", "barista", "electrician", "plumber",
    "journeyman", "apprentice*", "trainee", "graduate scheme", "graduate programme", "graduate program",
    "grad program", "grad scheme", "clerk", "receptionist", "auditor", "controller", "copywriter", "editor",
    "supervisor", "caregiver", "care assistant", "teaching assistant", "sales rep", "representative",
    "fachkraft", "pflegefachkraft", "kaufmann", "kauffrau", "erzieher*", "assistenz", "mitarbeiter*",
    "analyste", "chargé de*", "chargée de*", "technicien*", "infirmier*", "infirmière", "comptable",
    "vendeur*", "vendeuse", "conseiller de vente", "conseillère de vente", "conseiller beauté", "conseillère beauté",
    "analista", "asistente", "gerente", "enfermero", "enfermera", "vendedor*",
    "contador*", "contable", "addetto*", "addetta", "impiegato", "impiegata", "infermiere", "infermiera",
    "commesso", "commessa", "analist", "verpleegkundige", "beleidsmedewerker", "projectleider",
    "analyytikko", "sairaanhoitaja", "myyjä", "koordinaattori", "assistentti", "päällikkö", "営業職", "事務職",
    "総合職", "アナリスト", "コンサルタント",
    # the shop floor, the kitchen, the warehouse and the ward, where people apply without the word "interview"
    "encargado", "encargada", "dependiente", "dependienta", "reponedor*", "camarero", "camarera", "cocinero",
    "cocinera", "operario", "operaria", "auxiliar de*", "enólogo",
    "aide-soignant*", "aide soignant*", "serveur", "serveuse", "cuisinier", "cuisinière", "magasinier",
    "préparateur de commandes", "caissier", "caissière", "manutentionnaire", "agent d'entretien",
    "verkäufer*", "kellner*", "köchin", "lagerist*", "professur",
    "w2-professur", "w3-professur", "cameriere", "cameriera", "cuoco", "cuoca", "magazziniere", "operaio",
    "operaia", "verkoper", "magazijnmedewerker", "verzorgende", "kassamedewerker",
    "vakkenvuller", "kokki", "tarjoilija", "jakelukuljettaja", "varastotyöntekijä", "lähihoitaja",
    "tuotantotyöntekijä", "opettaja", "luokanopettaja", "profesor", "profesora", "profesor ayudante",
    "contratado doctor", "店長", "販売スタッフ", "看護師", "介護職", "調理スタッフ",
    # more of the trades, the farm, the boat and the shop floor, in each language
    "deckhand", "steward", "stewardess", "bartender", "barman", "dishwasher", "kitchen porter", "kitchen hand",
    "prep cook", "waiter", "waitress", "busser", "labourer", "laborer", "forklift driver", "warehouse operative",
    "shelf stacker", "delivery driver", "courier", "farmhand", "farm hand", "herdsperson", "herdsman", "milker",
    "groundskeeper", "support worker", "healthcare assistant", "care worker", "mechanic", "roofer", "bricklayer",
    "joiner", "glazier", "security officer", "sales associate", "shop assistant", "retail assistant",
    "équipier", "équipière", "mécanicien*", "plongeur", "commis de cuisine", "cariste", "déménageur", "maçon",
    "plombier", "électricien*", "menuisier", "boulanger", "boulangère", "livreur", "livreuse", "agent de sécurité",
    "aide à domicile", "auxiliaire de vie", "employé polyvalent", "employée polyvalente", "hôte de caisse",
    "hôtesse de caisse", "ouvrier", "ouvrière", "agent de quai",
    "koch", "elektriker*", "berufskraftfahrer*", "pflegekraft", "pflegehelfer*", "altenpfleger*", "krankenpfleger*",
    "monteur*", "mechaniker*", "mechatroniker*", "schreiner*", "tischler*", "maurer*", "bäcker*", "metzger*",
    "servicekraft", "reinigungskraft", "kommissionierer*", "staplerfahrer*", "zusteller*",
    "mesero", "mesera", "repartidor*", "carretillero*", "mozo de almacén", "albañil", "fontanero", "electricista",
    "mecánico", "mecánica", "panadero", "panadera", "socorrista", "cajero", "cajera", "ayudante de cocina",
    "pizzaiolo", "muratore", "idraulico", "elettricista", "autista", "cassiere", "cassiera", "fornaio", "panettiere",
    "aiuto cuoco", "lavapiatti", "operatore socio sanitario", "meccanico", "falegname", "bracciante",
    "kok", "timmerman", "loodgieter", "elektricien", "bezorger", "heftruckchauffeur", "orderpicker",
    "productiemedewerker", "afwasser", "barmedewerker", "bakker", "slager", "zorgmedewerker", "verkoopmedewerker",
    "winkelmedewerker", "leerling-monteur",
    "asentaja*", "sähköasentaja*", "putkiasentaja*", "kuljettaja*", "siivooja*", "kauppa-apulai*", "kassamyyjä*",
    "leipuri*", "rakennusmies", "kirvesmies", "hitsaaja*", "mekaanikko*", "varastomies", "trukinkuljettaja*",
    "stocker", "kirvesmieheksi", "asentajaksi",
    "店員", "販売員", "調理師", "介護士", "配達員", "ホールスタッフ", "キッチンスタッフ", "製造スタッフ",
    *TRADE_POSTS,
)

#: The user sits on the hiring side: interviewing candidates, scoring them, debriefing.
INTERVIEWER: tuple[str, ...] = (
    "interviewing candidate*", "interview candidate", "candidate interview*", "candidate:", "screening script",
    "candidate phone", "candidate screening", "log outcome",
    # (several of them, or the verb: one "nanny interview" may be the user's own, to become one)
    "interview nannies", "nanny interviews", "interview babysitters", "babysitter interviews", "sitter interviews",
    "au pair interviews", "cleaner interviews", "house cleaner interviews", "interview cleaners", "entretiens baby-sitter",
    "entretiens nounou", "entrevistar", "intervistare", "entrevistas niñera", "colloqui babysitter",
    "oppasgesprekken", "lastenhoitajan haastattelu",
    "interview capacity", "interviewer capacity", "interview calibration", "interviewer pool",
    "interviewer shadow*", "reverse shadow*",
    "scorecard*", "score card", "submit feedback", "submit your feedback", "leave feedback",
    "leave your feedback", "feedback in greenhouse", "feedback in lever", "feedback in ashby",
    "feedback in workday", "feedback in the ats", "feedback form", "interview feedback",
    "interviewer training", "interviewer guide", "interview kit", "you are interviewing",
    "you're interviewing", "you will be interviewing", "you'll be interviewing",
    "your interview with the candidate", "panel member", "you're on the panel", "you are on the panel",
    "i'm on the panel", "i am on the panel", "on the panel with",
    "shadow interview*", "reverse shadow", "shadowing", "interview debrief", "candidate debrief", "calibration",
    "hiring committee", "hiring sync", "candidate review", "candidate debrief", "resume review session",
    "i'm interviewing", "i am interviewing", "we are interviewing", "we're interviewing",
    "interviewing for my team", "interviewing for our team", "conduct the interview", "conducting interview*",
    "our candidate", "the candidate's", "candidate's resume", "candidate's cv", "review the candidate profile", "candidate profile attached", "see candidate profile",
    "candidate packet", "interviewers: you", "feedback zum kandidaten", "feedback zur kandidatin",
    "bewertungsbogen", "bewerber:", "bewerberin:", "kandidat:", "kandidatin:", "retour sur le candidat",
    "grille d'évaluation", "candidat :", "candidat:", "candidato:", "candidata:", "valutazione candidato",
    "scheda di valutazione", "schede di valutazione", "hojas de evaluación", "fiches d'évaluation",
    "bewertungsbögen", "beoordelingsformulieren", "arviointilomakkeet", "kandidaat:", "beoordelingsformulier", "hakija:", "arviointilomake",
    "評価シート", "面接評価", "面接官トレーニング", "面接官研修",
    "interview with candidate", "candidate name", "feedback due", "scorecard due", "please submit feedback",
    "added to the interview panel", "interviewer briefing", "interview calibration", "candidate sync",
    "intake meeting", "role intake", "hiring kickoff", "grade take-home", "review take-home submission",
    "bewerberinterview*", "bewerbergespräch*", "kandidatengespräch*", "feedback bewerber*",
    "interviewleitfaden", "entretien candidat", "entretien avec le candidat", "entretien avec la candidate",
    "débrief candidat", "grille d'entretien", "retour candidat", "évaluation du candidat",
    "entrevista a candidato*", "entrevista con candidato*", "entrevista con la candidata", "entrevistar a",
    "evaluación de candidatos", "feedback del candidato", "colloquio candidato", "colloquio con il candidato",
    "colloquio con la candidata", "colloqui candidati", "valutazione candidati", "feedback candidato",
    "gesprek met kandidaat", "gesprek met sollicitant", "sollicitatiecommissie", "kandidaatgesprek*",
    "sitzung der berufungskommission", "vergadering sollicitatiecommissie",
    # the user sitting on the committee or receiving the candidates: "Ich sitze in der Kommission", "On reçoit 3 candidats"
    "ich sitze in der kommission", "ich sitze in der berufungskommission", "i sit on the committee",
    "i'm on the committee", "i'm on the hiring committee", "on reçoit les candidats", "nous recevons les candidats",
    "recevoir les candidats", "on reçoit 3 candidats", "on reçoit trois candidats", "recibimos a los candidatos",
    "riceviamo i candidati", "we ontvangen de kandidaten",
    "feedback kandidaat", "hakijahaastattelu*", "haastattelemme", "面接担当", "候補者面接",
    "選考会議", "面接フィードバック", "評価会議", "候補者:", "候補者：", "評価入力",
)

#: Words for a candidate that, in a title, mean the user is meeting one ("Interview: Lukas B. (candidate)").
CANDIDATE: tuple[str, ...] = (
    "candidate", "candidates", "kandidat", "kandidatin", "bewerber", "bewerberin", "candidat",
    "candidato", "candidata", "kandidaat", "hakija", "候補者", "applicant", "面接官", "cand.",
)

#: Press, podcasts and broadcast interviews the user gives or hosts.
MEDIA: tuple[str, ...] = (
    "radio interview", "television interview", "live on air", "press conference",
    "interview with journalist", "interview für die zeitung",
    "fernsehinterview", "pressetermin", "interview presse",
    "entrevista radio", "entrevista para el periódico",
    "intervista per il giornale", "persinterview",
    "tv-haastattelu", "インタビュー収録", "ポッドキャスト収録", "ラジオ出演",
    "podcast*", "key messages", "talking points", "photographer", "fotograf", "fotografin", "photographe",
    "fotógrafo", "fotografo", "valokuvaaja", "カメラマン", "studio b", "live segment", "press interview", "press call", "the press", "local press", "national press", "trade press", "student press", "press office*", "press team", "press day", "press tour", "journalist*", "reporter*", "newspaper",
    "magazine", "radio", "tv interview", "television", "on air", "broadcast", "media interview",
    "media training", "live stream", "livestream", "youtube", "interview for the blog", "blog interview",
    "op-ed", "recording session", "episode", "guest on", "presseinterview", "presse", "zeitung",
    "rundfunk", "fernsehen", "journaliste", "presse écrite", "émission", "periodista",
    "prensa", "giornalista", "intervista*", "stampa", "de pers", "met de pers", "krant", "journalist", "toimittaja",
    "lehdistö", "lehti", "radiohaastattelu", "取材", "インタビュー記事", "ポッドキャスト", "記者", "メディア",
    "interview with the press", "for an article", "for the newsletter", "press release", "being interviewed by",
    "radiointerview", "zeitungsinterview", "interview mit der zeitung", "entretien presse",
    "interview radio", "interview télé", "entrevista en la radio", "entrevista para la revista", "intervista radio", "interview voor de krant", "radio-interview", "haastattelu lehteen", "lehtihaastattelu",
    "インタビュー取材", "雑誌", "テレビ", "ラジオ",
    "periódico", "diario", "revista", "televisión", "journal", "un quotidien", "journal quotidien", "quotidien régional", "quotidien national", "zeitschrift", "giornale",
    "quotidiano", "rivista", "dagblad", "tijdschrift", "omroep", "sanomat", "sanomille", "sanomien", "yle",
    "lehdelle", "toimittajan", "新聞", "番組", "bbc", "cnn", "npr", "new york times", "wall street journal",
    "financial times", "the guardian", "le monde", "le figaro", "el país", "el mundo", "der spiegel",
    "handelsblatt", "faz", "süddeutsche", "corriere", "la repubblica", "il sole 24 ore", "volkskrant",
    "nrc", "helsingin sanomat", "kauppalehti", "日経", "朝日", "読売", "nhk", "twitch", "tiktok",
    "instagram live", "linkedin live", "webcast", "on tv", "tv interview", "tv-interview", "tv crew",
    "swr", "ard", "zdf", "wdr", "ndr", "mdr", "orf", "srf", "rtl", "tf1", "bfm", "france inter", "france info",
    "rueda de prensa", "conférence de presse", "conferenza stampa", "pressekonferenz", "persconferentie",
    "entrevista radiofónica", "entretien avec un journaliste", "entretien avec une journaliste",
    "entretien pour le magazine", "interview pour le magazine", "interview pour la radio",
    "interview pour le journal", "entrevista para el diario",
    # documentaries and online channels
    "documentary", "dokumentation", "doku", "documentaire", "documental", "documentario", "dokumentti",
    "ドキュメンタリー", "vlog", "youtuber", "influencer", "student newspaper", "student paper", "school paper", "local paper",
    "studentenkrant", "schülerzeitung", "studentenzeitung", "journal étudiant", "periódico universitario",
    "giornale universitario", "ylioppilaslehti", "学生新聞",
    "france bleu", "rtve", "cadena ser", "onda cero", "rai", "mediaset", "la7", "nos journaal", "nos nieuws", "rtl nieuws", "bnr",
    "npo", "mtv3", "journaal", "tagesschau", "heute journal",
    # filming and reporting for a programme
    "tournage", "à l'antenne", "reportage", "dreharbeiten", "rodaje", "riprese", "kuvaukset", "撮影",
)

#: Research the user runs: user studies, customer interviews, usability sessions.
RESEARCH: tuple[str, ...] = (
    "research participant", "paid study", "paid research", "usertesting", "userinterviews.com", "respondent.io",
    "dscout", "studienteilnahme", "enquête utilisateur",
    "座談会調査", "インタビュー調査", "モニター調査",
    "field research", "fieldwork", "semi-structured interview*", "consent form*", "interview guide",
    "team di ricerca", "gift card", "amazon voucher", "gutschein", "bon d'achat", "cadeaubon", "lahjakortti",
    "謝礼", "buono amazon", "incentive for participants", "participant incentive",
    "user research", "user interview*", "customer interview*", "customer discovery", "discovery interview*",
    "usability", "usability test*", "user study", "user testing", "ux research", "research session",
    "research interview*", "participant*", "study participant", "focus group", "survey", "diary study",
    "persona interview*", "stakeholder interview*", "expert interview*", "expert call", "expert network",
    "guidepoint", "glg", "alphasights", "discovery call", "jtbd", "jobs to be done", "respondent*",
    "user interviews", "customer call", "with a customer", "with customer", "entrevista con cliente",
    "con cliente", "mit kunde*", "avec un client", "met klant", "asiakkaan kanssa", "incentive", "$150",
    "$100", "$75", "gift card", "amazon voucher", "recruit participants", "thesis interview", "for my thesis", "research project",
    "nutzerinterview*", "kundeninterview*", "nutzerstudie", "nutzertest*", "experteninterview*",
    "entretien utilisateur*", "entretiens utilisateurs", "test utilisateur*", "étude utilisateur",
    "entrevista con usuario*", "entrevistas de usuario", "investigación de usuarios", "test de usabilidad",
    "intervista utente", "interviste utenti", "test di usabilità", "gebruikersinterview*",
    "klantinterview*", "gebruikersonderzoek", "käyttäjähaastattelu*", "asiakashaastattelu*",
    "käytettävyystesti*", "ユーザーインタビュー", "ユーザーテスト", "顧客インタビュー", "ユーザー調査",
    "uni-projekt", "uniprojekt", "studienprojekt", "projet étudiant", "projet de fac", "proyecto de la uni",
    "progetto universitario", "studieproject", "opiskeluprojekti",
    "entrevistas a clientes", "entrevistas a clientas", "entrevista a clientes", "estudio de marca",
    "estudio de mercado", "cámara gesell", "camara gesell", "sesión de investigación", "entretiens clients",
    "interviste ai clienti", "kundengespräche für die studie", "klantgesprekken voor het onderzoek",
)

#: Academic work the user interviews someone for: a thesis, a class project, oral and family history.
#: Strong in a title; weak in a description, where a candidate may well mention their own thesis.
ACADEMIC: tuple[str, ...] = (
    "thesis", "dissertation", "masterarbeit", "bachelorarbeit", "abschlussarbeit", "doktorarbeit",
    "mémoire de master", "pour mon mémoire", "mon mémoire", "tfg", "tfm", "tesis", "tesi", "tesi di laurea",
    "scriptie", "afstudeeronderzoek", "gradu", "pro gradu", "opinnäytetyö*", "卒論", "卒業研究", "修論",
    "class project", "school project", "student project", "oral history", "family history", "storycorps",
    "genealogy",
)

#: Civic and personal interviews: visas, embassies, admissions, citizenship, police, adoption, housing.
#: Volunteering, in the eight languages: beside a job title in the title, the job's field ("Volunteer
#: Coordinator", "chargé de mission bénévolat"); alone, a charity selecting its volunteers.
VOLUNTEERING: tuple[str, ...] = (
    "volunteer", "volunteers", "volunteering", "voluntariado", "voluntario", "voluntaria", "volontari", "volontario",
    "volontaria", "volontariato", "bénévole*", "bénévolat", "ehrenamt*", "ehrenamtlich*", "freiwillig*", "vrijwilliger*",
    "vrijwilligerswerk", "vapaaehtois*", "ボランティア",
)

CIVIC: tuple[str, ...] = (
    "visa", "visa interview", "campus france", "global entry", "trusted traveler", "trusted traveller", "precheck", "sentri",
    "nexus interview", "nexus card", "embassy", "consulate", "consular", "uscis", "immigration", "green card",
    "citizenship", "naturalization", "naturalisation", "biometrics", "ircc", "irccs", "visado", "viisumi", "visto d'ingresso", "pr application",
    "permanent residence", "permanent residency", "work permit", "study permit", "biometrics appointment", "passport appointment", "passport office",
    "passport renewal", "passport interview", "passport photo*", "new passport", "admissions",
    "admission interview", "college interview", "alumni interview", "mba interview", "university interview",
    "school interview", "kindergarten", "daycare", "police", "witness", "court", "adoption", "home study",
    "apartment", "landlord", "housing", "scholarship interview", "residency interview", "asylum",
    "botschaft", "konsulat", "einbürgerung", "ausländerbehörde", "visum", "aufenthaltstitel", "polizei",
    "ambassade", "consulat", "préfecture", "naturalisation", "titre de séjour", "embajada", "consulado",
    "nacionalidad", "extranjería", "ambasciata", "consolato", "questura", "permesso di soggiorno",
    "cittadinanza", "ambassade", "consulaat", "de ind", "bij ind", "ind-afspraak", "afspraak ind", "ind loket", "ind-loket", "inburgering", "naturalisatie", "suurlähetystö",
    "konsulaatti", "migri", "kansalaisuus", "oleskelulupa", "大使館", "領事館", "ビザ", "入管", "在留",
    "入試", "受験", "入学", "保育園",
    "visa appointment", "bürgeramt", "einbürgerungstest", "ofii", "cita extranjería", "cita nie", "cita tie", "trámite nie", "solicitud nie", "huella",
    "permesso", "poliisi", "入国管理局", "区役所", "市役所", "viewing", "flat viewing",
    "wohnungsbesichtigung", "visite appartement", "visita piso", "bezichtiging", "asuntonäyttö", "内見",
    "aufnahmegespräch*", "entretien d'admission", "entrevista de admisión", "colloquio di ammissione",
    "toelatingsgesprek*", "pääsykoe", "入試面接", "お受験", "phd admission*", "stipendium", "bourse",
    "beca", "borsa di studio", "apurahahaastattelu", "奨学金",
    # scholarships and bursaries: a selection interview, not a job
    "scholarship*", "bursary", "bursaries", "stipendiat*", "bourse d'études", "becas", "studiebeurs*",
    "apuraha*", "stipendio di studio", "custody", "jury duty", "arbeitsagentur",
    "jobcenter", "pôle emploi", "france travail", "sepe", "centro per l'impiego", "uwv", "te-toimisto",
    "ハローワーク", "job centre", "jobcentre", "unemployment office", "oficina de empleo", "servicio de empleo",
    # residence, citizenship and admissions in the eight languages
    "ausländerbehörde", "einbürgerung*", "extranjería", "ind-gesprek", "ind gesprek", "maahanmuuttovirasto",
    "kansalaisuushakemus", "入管", "帰化", "admission interview", "admissions interview", "entretien d'admission",
    "aufnahmegespräch", "aufnahmeprüfung", "entrevista de admisión", "colloquio di ammissione", "toelatingsgesprek",
    "pääsykoe*", "valintakoe*", "opintopolku", "opintopolu*", "koulutukseen", "mba interview", "alumni interview",
    "alumni conversation", "universal credit", "bürgergeld", "wohngeld", "toimeentulotuki",
    "生活保護", "wohnungsbesichtigung", "visite appartement", "visita piso", "bezichtiging", "asuntonäyttö", "内見",
    "ofii", "cita huellas", "empadronamiento", "kela", "kela-haastattelu", "adopción", "adozione", "adoptie", "idoneidad",
    # admission to a school, a course or a profession's roll, said without the words above
    "entrance interview", "entrance exam", "entrance assessment", "alumni interviewer", "admissions interviewer",
    "admissions committee", "admission committee", "entrevue d'admission", "comité d'admission", "commission d'admission",
    "dossier d'admission", "entrevista admisión", "proceso de admisión", "admisión colegio", "colloquio ammissione",
    "colloquio d'ammissione", "esame di ammissione", "test di ammissione", "concorso di ammissione", "ammissione al master",
    "ammissione al dottorato", "toelatingscommissie", "toelatingsprocedure", "zulassungsgespräch", "入園", "入園面接",
    "こども園", "入学試験",
    # fostering, and the visa stamping and unemployment check-ins that ask for the user's papers
    "foster care", "fostering", "famille d'accueil", "acogimiento familiar", "familia de acogida", "affido familiare",
    "famiglia affidataria", "pleegzorg", "pleeggezin", "pflegefamilie", "pflegekind", "sijaisperhe", "里親",
    "visa stamping", "stamping interview", "h-1b stamping", "h1b stamping", "ds-160", "ds160", "i-797", "resea",
    "reemployment services", "unemployment benefits", "unemployment claim",
    "pre-op", "pre-operative", "preoperative", "rtv", "entretien de motivation", "flatmate interview", "flatshare", "wg-casting", "wg casting",
    "hospiteeravond", "hospiteren", "kijkavond", "colocation", "entretien colocation", "piso compartido",
    "zeugenvernehmung", "audition de témoin", "declaración como testigo", "landlord interview", "tenant interview",
    "orientadora laboral", "orientador laboral", "demanda de empleo", "demandante de empleo", "labora",
    "services québec", "emploi-québec", "emploi québec", "aide à l'emploi", "demandeur d'emploi",
    "usager", "usagère", "inem", "agence pour l'emploi", "conseillère emploi",
    "klantmanager uwv", "met werkcoach", "met de werkcoach", "met mijn werkcoach", "mijn werkcoach",
    "gesprek met werkcoach", "gesprek met de werkcoach", "gesprek met mijn werkcoach", "työvoimatoimisto", "työkkäri",
    "entretien ofii", "entretien de naturalisation", "entretien d'assimilation", "entrevista de asilo",
    "entrevista consular", "cita previa", "protección internacional", "colloquio in commissione",
    "kita", "kindergarten", "krippe", "tagesmutter", "eingewöhnung", "école", "maternelle", "crèche",
    "maîtresse", "escuela", "guardería", "scuola", "asilo", "maestra", "kinderopvang", "basisschool",
    "päiväkoti", "koulu", "幼稚園", "小学校", "nanny", "babysitter", "au pair", "parents' evening",
    "parent-teacher conference", "elternabend", "elterngespräch*", "réunion parents", "tutoría",
    "colloquio genitori", "vanhempainilta", "保護者会", "landlord interview", "roommate interview",
    "flatmate interview", "wg-casting", "wg casting", "tenant interview", "coloc", "colocation", "colocataire*",
    "compis", "compañeros de piso", "piso compartido", "coinquilin*", "stanza in affitto", "huisgenoten",
    "kamerbezichtiging", "hospiteeravond", "kämppis*", "solu", "ルームシェア", "シェアハウス",
    # volunteering: a charity's selection of its volunteers is no job
    *VOLUNTEERING,
    # job centres, outplacement and the checks after an offer
    "agentur für arbeit", "service canada", "assurance-emploi", "actiris", "forem", "entretien de diagnostic",
    "outplacement", "career transition", "occupational health", "arbeitsmedizin*", "betriebsarzt", "médecine du travail",
    "medicina del trabajo", "medico competente", "bedrijfsarts", "työterveys*", "産業医",
    "entrevista tutora", "entrevista tutor", "entrevista con tutora", "reunión tutora", "reunión con la tutora",
    # benefits and the bank: interviews about the user's own affairs (not "mortgage advisor", a job)
    "benefits assessment", "pip assessment", "pip hearing", "benefits hearing", "benefit hearing", "dwp",
    "work capability assessment", "mortgage interview",
    "mortgage appointment", "mortgage meeting", "loan interview", "hypothekengespräch", "baufinanzierungsgespräch",
    "rdv prêt immobilier", "entretien prêt immobilier", "cita hipoteca", "richiesta mutuo", "appuntamento mutuo",
    "hypotheekgesprek*", "asuntolainaneuvottelu", "住宅ローン相談", "per il mutuo", "mutuo casa", "hypothekengespräch",
    "prêt immobilier", "hipoteca", "beratungsgespräch baufinanzierung", "baufinanzierungsberatung",
    # a relative's care (session 13's look-alikes; the words that name posts and hiring checks too, "Baufinanzierung",
    # "Kreditentscheidung", "健診", "二次検査", "精密検査", "Pflegegrad", "admisiones", are left out: jobs are named so)
    "care needs assessment",
    # residence and immigration offices, per country, as people write them in a calendar
    "ukvcas", "home office appointment", "biometric residence permit", "brp collection", "vfs global", "tlscontact",
    "ausländeramt", "abh", "aufenthaltserlaubnis", "niederlassungserlaubnis", "blaue karte", "fiktionsbescheinigung",
    "rdv préfecture", "sous-préfecture", "récépissé", "carte de séjour", "demande de naturalisation",
    "toma de huellas", "oficina de extranjería", "arraigo", "renovación tie", "tarjeta de residencia",
    "ufficio immigrazione", "sportello unico per l'immigrazione", "rinnovo permesso", "kit postale",
    "ind afspraak", "verblijfsvergunning", "expat center", "expatcenter", "inburgeringsexamen",
    "tunnistautuminen", "oleskelukortti",
    "出入国在留管理局", "在留カード", "在留資格", "ビザ更新",
    # job centres and benefits, per country
    "jobcentre plus", "work coach appointment", "jobseeker's allowance",
    "arbeitsamt", "arbeitslosengeld", "eingliederungsvereinbarung", "beratungsgespräch agentur", "meldetermin",
    "mission locale", "cap emploi", "apec", "bilan de compétences",
    "prestación por desempleo", "servicio público de empleo", "lanbide",
    "centro impiego", "naspi", "appuntamento inps", "sede inps", "patronato", "caf 730",
    "werkplein", "werk.nl", "ww-uitkering", "bijstand", "re-integratie", "reïntegratie",
    "te toimisto", "työllisyyspalvelut", "työvoimapalvelut", "työttömyysturva",
    "alkuhaastattelu", "työnhakukeskustelu", "kelan",
    "職業相談", "失業保険", "失業認定", "雇用保険",
    # tax, pensions and social security: the user's own affairs
    "hmrc appointment", "call hmrc", "hmrc call", "self assessment", "tax return", "irs audit", "social security office", "ssa appointment",
    "dmv", "pension review", "pension wise", "state pension",
    "steuererklärung", "rentenberatung", "termin rentenversicherung", "rentenversicherung termin", "termin krankenkasse", "krankenkasse termin", "versorgungsamt",
    "impôts", "centre des finances publiques", "déclaration de revenus", "urssaf", "carsat", "cpam", "ameli",
    "cita hacienda", "hacienda cita", "declaración de la renta", "cita seguridad social", "inss", "tgss", "dgt",
    "agenzia entrate", "dichiarazione dei redditi", "carta d'identità",
    "toeslagen", "svb", "aow", "digid", "aangifte",
    "veroilmoitus", "eläketurva", "dvv", "maistraatti",
    "年金事務所", "確定申告", "転入届", "住民票", "マイナンバー",
    # courts, police, notaries
    "jury service", "small claims", "witness statement", "court date", "solicitor appointment", "notary",
    "power of attorney", "amtsgericht", "landgericht", "notar", "notartermin", "zeugenaussage", "anzeige erstatten",
    "notaire", "commissariat", "gendarmerie", "dépôt de plainte",
    "notaría", "notario", "juzgado", "denuncia", "comisaría", "guardia civil",
    "notaio", "tribunale", "carabinieri", "denuncia smarrimento", "notaris", "rechtbank", "aangifte doen",
    "notaari", "käräjäoikeus", "rikosilmoitus", "poliisilaitos",
    "警察署", "交番", "裁判所", "公証役場", "司法書士",
    # banks and insurers: the user's own money
    "bank appointment", "insurance claim",
    "bankberatung", "schadensmeldung",
    "rdv banque", "rendez-vous banque", "déclaration de sinistre", "assurance habitation",
    "cita banco", "gestor hipoteca", "appuntamento banca",
    "schademelding", "pankkiaika", "vakuutusyhtiö", "vahinkoilmoitus",
    "住宅ローン", "保険相談", "銀行 相談",
    # landlords and flats
    "letting agent", "lease signing", "rental viewing", "move-in inspection",
    "mietvertrag", "wohnungsübergabe", "état des lieux", "visite d'appartement",
    "firma contrato alquiler", "visita appartamento", "contratto d'affitto",
    "huurcontract", "sleuteloverdracht", "vuokrasopimus", "内覧", "賃貸契約",
    # schools and universities: admissions, scholarships, parents
    "ucas", "parcoursup", "admissions office", "elternsprechtag", "elternsprechstunde", "schulanmeldung",
    "réunion parents-professeurs", "rencontre parents-professeurs", "réunion de rentrée", "réunion de padres",
    "reunión de padres", "tutoría con la profesora", "colloqui con le maestre", "colloquio con le maestre",
    "colloquio insegnanti", "udienze generali", "ouderavond", "rapportgesprek*", "vanhempainvartti",
    "yhteishaku", "pääsykokeet", "入学面接", "学校説明会",
    # medical and therapy intakes and assessments
    "gp appointment", "therapy intake", "counselling intake", "counseling intake", "intake session",
    "physio assessment", "physiotherapy assessment", "occupational therapy assessment", "ot assessment", "adhd assessment", "autism assessment",
    "psychotherapie erstgespräch", "erstgespräch psychotherapie", "psychotherapeutische sprechstunde",
    "schuldnerberatung", "hausarzt", "kinderarzt",
    "médecin traitant", "médecin du travail", "visite médicale",
    "médico de cabecera", "medico di base",
    "intakegesprek ggz", "ggz intake", "lääkäriaika",
    "työterveyshuolto", "心療内科", "カウンセリング", "健康診断",
    # volunteering selection and club memberships
    "volunteer induction", "membership interview", "club membership", "membership consultation",
    "mitgliedschaft", "vereinsbeitritt", "adhésion", "inscripción club", "lidmaatschap",
    "jäsenhaastattelu", "入会面談",
)

#: Words against an interview that also name employers, roles and products: "Gemeente Rotterdam",
#: "Y4 class teacher", "training contract", "Women's Shoes", "conseiller en finances", "Practice Nurse".
#: In a title whose stage is in another part ("Interview – Slaughter and May (training contract)") they
#: name who or what the job is, and weigh little; next to the stage ("interview practice") in full.
#: Schools and nurseries: a parent's appointment as often as a teacher's employer.
SCHOOLS: tuple[str, ...] = (
    "kindergarten", "daycare", "kita", "école", "maternelle", "crèche", "escuela", "guardería", "scuola", "asilo",
    "kinderopvang", "basisschool", "päiväkoti", "koulu", "幼稚園", "小学校", "保育園", "colegio", "school", "schule",
    "schools",
)

EMPLOYER_OR_ROLE: tuple[str, ...] = (
    "conseiller", "conseillère", "consejero", "consejera", "bürgeramt", "bürgerbüro", "standesamt", "ordnungsamt",
    "bezirksamt", "landratsamt",
    "occupational health", "arbeitsmedizin*", "betriebsarzt", "médecine du travail", "bedrijfsarts", "産業医",
    "career transition", "outplacement",
    "police", "court", "housing", "talleres", "career services", "sollicitatiecommissie", "finanzamt", "agenzia delle entrate",
    "agencia tributaria", "belastingdienst", "verotoimisto", "税務署", "ofii", "ausländerbehörde", "maahanmuuttovirasto",
    "sepe", "france travail", "pôle emploi", "kela", "在留", "出入国在留管理庁", "préfecture", "prefettura", "gemeente", "市役所", "区役所", "県庁", "町役場", "immigration", "embassy", "consulate", "admissions",
    *SCHOOLS, "nanny", "au pair",
    "arbeitsagentur", "jobcenter", "uwv", "polizei", "poliisi", "botschaft", "ambassade", "embajada", "ambasciata",
    "shopping", "shoes", "suit", "tailor", "iron", "tickets", "parking", "outfit", "printing", "schuhe", "anzug",
    "traje", "abito", "costume", "pak", "puku",
    "practice", "practise", "coach", "mentor", "mentoring", "conseiller", "conseillère", "consejero", "consejera",
    "mentore", "class", "course", "training", "workshop", "prep", "preparation", "simulation", "coaching",
    "career coach", "bootcamp", "atelier", "taller", "valmennus", "病院", "irccs", "maestra", "maîtresse",
    "infantil", "mairie", "ayuntamiento", "comune", "kaupunki", "stadt", "クリニック", "hospital", "clinic",
    # public bodies, courts and notaries that hire: "Interview – Migri, ylitarkastaja", "Colloquio – Questura di Milano"
    "jobcentre plus", "jobcentre", "citizens advice", "migri", "questura", "abh", "ausländeramt", "urssaf", "apec", "cpam",
    # admission committees, nursery schools, fostering and benefits are departments and posts too
    "admissions committee", "admission committee", "こども園", "foster care", "fostering", "famille d'accueil",
    "acogimiento familiar", "familia de acogida", "affido familiare", "famiglia affidataria", "pleegzorg", "pleeggezin",
    "pflegefamilie", "pflegekind", "sijaisperhe", "里親", "unemployment benefits", "unemployment claim",
    "unemployment claims", "resea",
    "carsat", "careers adviser", "careers advisor", "te-toimisto", "työllisyyspalvelut", "notary", "notar", "notaire",
    "notaio", "notaris", "notaari", "tribunale", "rechtbank", "amtsgericht", "ハローワーク", "年金事務所",
    "landgericht", "juzgado", "käräjäoikeus", "notario", "notaría", "gendarmerie", "carabinieri", "guardia civil",
    # practices that hire their own staff: "Interview – Practice Manager – Riverbend Vet"
    "vet", "vets", "dentist",
    # salons and workshops: "Gespräch mit Chefin – Coiffeur Haarwerk", "Entrevista – Taller Hnos. García"
    "hairdresser", "barber", "friseur", "coiffeur", "peluquería", "parrucchiere", "kapper", "kampaamo", "美容院",
    # a care needs assessment team is a post too ("Social Worker (Care Needs Assessment team)")
    "care needs assessment",
)

#: An exit interview when the user leaves a job.
EXIT: tuple[str, ...] = (
    "exit interview*", "exit conversation", "exit chat", "leaver interview", "offboarding",
    "austrittsgespräch*", "exit-gespräch", "abschlussgespräch", "entretien de sortie", "entretien de départ",
    "entrevista de salida", "colloquio di uscita", "exitgesprek*", "vertrekgesprek*", "lähtöhaastattelu*",
    "exit-haastattelu", "退職面談", "退職面接", "退職", "exit survey",
    "leavers interview", "leaving interview", "exit meeting", "exit-interview", "austrittsinterview",
    "entretien de fin de contrat", "entrevista de despedida", "colloquio di fine rapporto", "exit-gesprek",
    "lähtökeskustelu", "退職前面談",
)

#: Errands and chores around an interview, not the interview itself.
ERRAND: tuple[str, ...] = (
    "buy", "pick up", "pickup", "shopping", "print out", "print resume*", "print cv", "printing", "dry cleaning", "dry cleaner*",
    "haircut", "barber", "hairdresser", "iron", "ironing", "shoes", "suit", "tailor", "outfit",
    "laundry", "book train", "book flight", "book hotel", "train tickets", "tickets", "parking",
    "reminder to", "remember to", "don't forget", "todo", "to-do", "to do:",
    "apply to", "update profile", "update cv", "update resume", "send applications", "bewerbungen schreiben",
    "envoyer candidatures", "enviar cv", "inviare cv", "sollicitaties versturen", "hakemusten", "kaufen", "abholen",
    "drucken", "friseur", "anzug", "schuhe", "acheter", "imprimer", "coiffeur", "costume", "comprar",
    "imprimir", "peluquería", "traje", "comprare", "stampare", "parrucchiere", "abito", "kopen",
    "printen", "kapper", "pak", "ophalen", "osta", "tulosta", "kampaamo", "puku", "買う", "購入",
    "印刷", "スーツ", "美容院", "print portfolio", "print my", "print the", "print copies", "print résumé*",
    "print résumés", "haastattelupuku", "pesula*", "tulostu*", "kemiallinen pesu",
)

#: Notes that say the interview is another person's: "He has an interview for a developer role", "help her prep".
SOMEONE_ELSES_INTERVIEW: tuple[str, ...] = (
    "he's got an interview", "she's got an interview", "his interview went", "her interview went", "help him prep*",
    "help her prep*", "her interview at", "his interview at", "her interview for", "his interview for",
    "my son's interview", "my daughter's interview", "my friend's interview", "my partner's interview",
    "my husband's interview", "my wife's interview", "er hat ein vorstellungsgespräch", "sie hat ein vorstellungsgespräch",
    "hij heeft een sollicitatiegesprek", "zij heeft een sollicitatiegesprek", "hänellä on haastattelu",
    "息子の面接", "娘の面接", "夫の面接", "妻の面接", "弟の", "兄の", "妹の", "姉の",
)

#: An event about an interview rather than the interview: getting ready for it, travelling to it.
ABOUT_INTERVIEW: tuple[str, ...] = (
    # someone else's: "Drop Jess at Clifton for her interview"
    "her interview", "his interview", "their interview", "her job interview", "his job interview",
    "a su entrevista", "à son entretien", "zu seinem vorstellungsgespräch", "zu ihrem vorstellungsgespräch",
    "al suo colloquio", "naar zijn sollicitatiegesprek", "naar haar sollicitatiegesprek",
    "for interview*", "for the interview", "for my interview", "for an interview", "before interview",
    "before the interview", "before my interview", "after interview", "after the interview",
    "interview tmrw", "interview tomorrow", "interview outfit", "interview clothes", "interview shoes",
    "interview suit", "interview blouse", "interview shirt", "interview dress", "interview tie", "interview prep", "für das vorstellungsgespräch", "fürs vorstellungsgespräch",
    "für vorstellungsgespräch", "vor dem vorstellungsgespräch", "zum vorstellungsgespräch",
    "pour l'entretien", "pour entretien", "pour mon entretien", "avant l'entretien",
    "para la entrevista", "para entrevista", "para mi entrevista", "antes de la entrevista",
    "per colloquio", "per il colloquio", "per colloquio di", "prima del colloquio",
    "voor het sollicitatiegesprek", "voor sollicitatiegesprek", "voor het gesprek",
    "haastatteluun", "haastattelua varten", "ennen haastattelua", "面接用", "面接のため", "面接前", "面接に向けて",
    "面接の付き添い", "付き添い",
    # the follow-up work after one, as the user or a translating app words it: thanks, a call, the details
    "thank-you note", "thank you note", "thank-you email", "thank-you letter", "thank-you card",
    "dankesmail*", "danke-mail*", "dankschreiben", "dankesschreiben", "nachfassanruf", "nachfassen",
    "lettre de remerciement*", "mail de remerciement*", "email de remerciement*", "message de remerciement*",
    "appel de relance", "relancer", "carta de agradecimiento", "correo de agradecimiento", "email de agradecimiento",
    "llamada de seguimiento", "lettera di ringraziamento", "mail di ringraziamento", "email di ringraziamento",
    "chiamata di follow-up", "dettagli del colloquio", "bedankmail*", "bedankbrief*", "bedankje", "nabellen",
    "kiitosviesti*", "kiitoskirje*", "kiitossähköposti*", "seurantapuhelu*", "お礼メール", "お礼状", "お礼の連絡",
    "details notieren", "détails de l'entretien", "detalles de la entrevista", "gespreksdetails",
    "haastattelun tiedot", "面接の詳細",
)

#: Practice and preparation: mock interviews, prep sessions, practice platforms, coaching.
PRACTICE: tuple[str, ...] = (
    "practice*", "practise", "coach", "mentor*", "mentora", "conseiller", "conseillère", "consejero",
    "consejera", "mentore", "simulada", "simulato", "fictif", "ensayo", "ensayar", "repaso", "répétition",
    "sparring", "sparren", "sparring partner", "role-play", "roleplay", "rollenspiel",
    "entraînement entretien", "préparation entretien", "preparación entrevista", "práctica de entrevista",
    "atelier cv", "taller de cv", "prep", "prep for", "preparation", "prepare",
    "preparing", "rehearse", "rehearsal", "dry run", "dry-run", "run-through", "pramp", "interviewing.io",
    "exponent", "leetcode", "study session", "study group", "coaching", "career coach*", "career coaching",
    "career counsel*", "career centre", "career center", "career services", "interview skills",
    "interview training", "interview workshop", "interviewing workshop", "workshop", "webinar", "masterclass",
    "class", "course", "bootcamp", "review my resume", "resume review", "cv review", "lebenslauf-check",
    "übung*", "üben", "probe-interview", "vorbereitung*", "vorbereiten", "training", "bewerbungstraining",
    "coaching-termin", "simulation", "entraînement", "s'entraîner", "préparation", "préparer", "atelier",
    "simulacro", "práctica", "practicar", "preparación", "preparar", "taller", "simulazione",
    "esercitazione", "preparazione", "preparare", "prova colloquio", "oefen*", "oefengesprek*",
    "voorbereiding", "voorbereiden", "proefgesprek*", "harjoitus*", "harjoittelu", "valmistautu*",
    "valmennus", "面接対策", "練習", "対策", "準備", "セミナー", "勉強会",
    # a talk on how to do well at one: "come affrontare il colloquio", "how to ace the interview"
    "how to ace", "how to nail", "how to prepare", "comment réussir", "cómo afrontar", "cómo superar",
    "come affrontare", "hoe je", "miten onnistua",
    # CV clinics, job clubs and job-search workshops, in the eight languages
    "cv clinic", "resume clinic", "résumé clinic", "job club", "job search workshop", "job-search workshop",
    "employability workshop", "careers appointment", "careers adviser", "careers advisor", "bewerbungswerkstatt",
    "bewerbungsmappen-check", "bewerbungsmappencheck", "jobcoaching", "atelier recherche d'emploi",
    "atelier techniques de recherche d'emploi", "atelier tre", "club de recherche d'emploi", "orientación laboral",
    "taller de empleo", "búsqueda activa de empleo", "laboratorio cv", "orientamento al lavoro",
    "sollicitatietraining", "sollicitatieworkshop", "cv-workshop", "loopbaanadvies", "työnhakuvalmennus",
    "työnhakukoulutus", "cv-klinikka", "cv-paja", "キャリア相談", "就職セミナー", "就活講座", "エントリーシート添削", "ES添削",
)

#: Practice that is unmistakable even in a description (a real invitation may well say "prepare").
PRACTICE_PLATFORMS: tuple[str, ...] = (
    "mock interview*", "mock", "pramp", "interviewing.io", "practice interview*", "practise interview*",
    "exponent", "bigInterview", "模擬面接", "面接練習", "probe-interview", "übungsinterview*",
    "entretien blanc", "simulation d'entretien", "simulacro de entrevista", "simulazione di colloquio",
    "oefengesprek*", "oefensollicitatie", "harjoitushaastattelu*", "haastatteluharjoitus*", "practice session", "practice round",
    "practice call", "practise session", "rehearsal", "dry run", "dry-run", "run-through", "role-play with my",
    "with my coach", "with my career coach", "career coach*", "career coaching", "interview coaching",
    "coaching session", "bewerbungscoach*", "bewerbungstraining", "jobcoach*", "coach emploi",
    "coaching emploi", "coach de carrera", "coach di carriera", "loopbaancoach*", "uravalmen*", "キャリアコーチ",
    "probe-vorstellungsgespräch*", "probegespräch*", "übungsgespräch*", "entretien fictif", "faux entretien",
    "entretien simulé", "entrevista simulada", "colloquio simulato", "模擬試験", "模擬グループ",
    "mock panel", "mock assessment", "mock case", "probevorstellungsgespräch",
    "simulation entretien", "entretien d'entraînement", "simulacro entrevista", "prova di colloquio",
    "sollicitatiesimulatie", "oefeninterview*", "harjoitushaastis", "模擬面談", "面接の練習",
)

#: An offer and what follows it: the interviews are over ("Offer call – Stripe (w/ Kenji, recruiter)").
OFFER: tuple[str, ...] = (
    "offer call", "offer discussion", "offer negotiation", "salary negotiation", "verbal offer", "offer letter",
    "offer review", "offer chat", "offer details", "comp discussion", "compensation discussion",
    "angebotsgespräch", "vertragsangebot", "appel offre", "proposition d'embauche", "promesse d'embauche",
    "négociation salariale", "llamada oferta", "llamada de oferta", "oferta formal", "oferta económica",
    "propuesta económica", "negociación salarial", "proposta economica", "proposta di assunzione",
    "offerta economica", "call offerta", "contractgesprek*", "salarisonderhandeling", "työtarjous", "palkkaneuvottelu",
    "内定式", "内定者", "条件面談", "offer meeting", "offer call w/", "オファー面談", "内定面談", "arbeidsvoorwaardengesprek*",
    "counteroffer", "counter-offer", "contre-proposition", "contraoferta", "controfferta", "tegenbod", "vastatarjous",
    "trattativa offerta", "vertragsdetails", "offerta ricevuta", "angebot liegt", "offer received",
)

#: Events that look like a hiring step but are not, that even a description gives away.
LOOKALIKE_STRONG: tuple[str, ...] = (
    # an agency and its client talking business
    "account review", "rate card", "psl terms", "psl renewal", "perm fee", "time-to-hire", "interview pipeline",
    # or the user's first days in the new job
    "tervetuloa taloon", "je eerste werkdag", "dein erster arbeitstag", "ensimmäinen päiväsi", "laptop ophalen",
    "laptop pickup", "pick up your laptop",
    # or the checks after an offer
    "pre-employment drug", "pre-employment medical", "pre-employment screening", "drug screening", "drug test",
    # or the user's own work at a client's
    "client onsite", "timesheet code", "their fees", "agency fee*", "rebate", "candidates ready to go",
    # or selling the user's company its search: "your hiring plans", "vos besoins de recrutement"
    "your hiring plans", "your hiring needs", "your recruitment needs", "hiring support for", "pre-vetted",
    "placement fee", "our fees", "retained search model", "vos besoins de recrutement", "vos recrutements",
    "ihren personalbedarf", "ihre vakanzen", "sus necesidades de contratación", "sus procesos de selección",
    "le vostre esigenze di", "uw wervingsbehoefte", "uw vacatures", "rekrytointitarpeenne", "採用課題",
    "hiring pipeline", "recruitment support", "accountoverleg", "doorlooptijd", "open reqs",
    "roles you're hiring for", "roles you are hiring for", "candidates we have on the bench", "candidates on the bench",
    "share some candidates", "share a few candidates",
    "paneldiscussie", "podiumsdiscussie", "panelgesprek", "paneelikeskustelu", "débat", "tavola rotonda",
    "最終日", "最終回", "最終確認", "最終締切", "最終電車", "最終チェック", "2次会", "二次会", "3次会", "三次会",
    "panel discussion", "panel session", "conference panel", "speaker panel", "panelist", "panellist",
    "round table", "roundtable", "funding round", "investment round", "seed round", "screen repair",
    "phone screen repair", "phone screen replacement", "screen replacement", "cracked screen",
    "film screening", "movie screening", "health screening", "cancer screening", "round of golf", "golf",
    "tournament", "reference check*", "background check", "annual review",
    "performance review", "appraisal", "final exam", "podiumsdiskussion", "mitarbeitergespräch*",
    "jahresgespräch*", "table ronde", "entretien annuel", "entretien professionnel", "mesa redonda",
    "evaluación de desempeño", "tavola rotonda", "rondetafel*", "functioneringsgesprek*", "beoordelingsgesprek*",
    "paneelikeskustelu", "kehityskeskustelu*", "パネルディスカッション", "評価面談", "人事評価",
    "referenzgespräch", "prise de références", "referentiecheck", "リファレンスチェック", "global entry",
    # the user hiring through an agency and agreeing its fee: "Tom's sending 3 more CVs for the reqs on my team"
    "agree fee", "agree the fee", "honorar:", "honoraires", "手数料",
    # family celebrations: "Hotel Excelsior ore 15" over "matrimonio di Chiara, portare il regalo"
    "matrimonio", "battesimo", "boda", "bautizo", "mariage", "baptême", "hochzeit", "taufe", "bruiloft", "doop",
    "häät", "ristiäiset", "結婚式", "wedding", "christening", "baptism",
    # a reference the user gives for someone else
    "appel de référence", "referentiegesprek", "als referent", "llamada de referencia", "chiamata di referenza",
    "suosittelijana", "referenzauskunft",
    # a vendor selling its product
    "proposition tarifaire", "présentation de l'offre", "product demo", "sales demo", "demo of our", "サービスご紹介",
    "サービス紹介", "produktdemo", "demo del producto", "demo prodotto", "productdemo", "tuote-esittely",
    # the car at the garage: "Entretien Garage Lemoine" over "vidange, déposer la voiture à 8h"
    "vidange", "contrôle technique", "ölwechsel", "reifenwechsel", "kostenvoranschlag", "cambio de aceite",
    "cambio olio", "tagliando auto", "apk-keuring", "öljynvaihto", "renkaanvaihto", "車検", "オイル交換",
    # a ticket lottery's rounds: "ソフトバンク / 2次" over "抽選"
    "抽選", "先行抽選",
    # a house being built or bought: "現場見学 新築" with the house maker
    "ハウスメーカー", "住宅展示場", "モデルハウス", "新築",
)

#: Events that look like a hiring step but are not one: discussions, offers, onboarding, sport.
LOOKALIKE: tuple[str, ...] = (
    "panel discussion", "panel talk", "expert panel",
    "panel session", "conference panel", "speaker panel", "panelist", "panellist", "moderating the panel",
    "paneeli", "feedback loop", "loop in", "funding round", "investment round", "series a", "seed round",
    "pitch", "investor*", "client onsite", "customer onsite", "team onsite", "company onsite", "offsite",
    "final exam", "exam", "examen", "prüfung", "esame", "tentamen", "tentti", "試験", "court case",
    "risk assessment", "self-assessment", "screen share", "tenant screening", "background screening",
    # a round of comments on work, an audit of controls, a day of reviews given to students, an adviser's or a bank's
    # appointment (面談 is also the word for those)
    "feedback round", "review round", "round of feedback", "round of comments", "feedbackrunde", "ronda de feedback",
    "giro di feedback", "feedbackronde", "palautekierros", "tour de retours", "portfolio review day", "control assessment",
    "controls assessment", "iks-assessment", "audit walkthrough", "税理士面談", "融資面談", "保険面談", "ライフプラン面談",
    "technical review", "architecture review", "design review", "sales call", "demo", "client call",
    "kickoff", "kick-off", "説明会", "座談会",
    "wimbledon", "world cup", "championship", "league", "grand slam", "cup final", "super bowl",
    # the cup ties and run-offs that number their rounds as employers do
    "hearing aid*", "hearing test", "court hearing", "disciplinary hearing", "tribunal hearing", "public hearing",
    "anhörung", "tarifverhandlung*", "verhandlung*", "neuvottelu*", "yt-neuvottelu*", "overleg", "cao-overleg",
    "onderhandeling*", "négociation*", "negotiation*", "législatives", "municipales", "présidentielle*",
    "landtagswahl", "yhteishaku", "veikkausliiga", "liga", "bundesliga", "loting", "bac",
    "模試", "入試", "二次試験", "impfung", "appeal hearing", "projektvorstellung", "produktvorstellung", "cup tie", "fa cup", "beker", "bekerronde", "knvb", "pokal*", "dfb-pokal", "coppa italia", "copa del rey",
    "coupe de france", "tournoi", "torneo", "toernooi", "turnier", "turnaus", "wedstrijd", "partido", "partita",
    "ottelu", "試合", "vs", "vs.", "runoff", "run-off", "election*", "stichwahl", "bundestagswahl", "wahlgang",
    "élection*", "elecciones", "elezioni", "ballottaggio", "balotaje", "verkiezing*", "vaalit", "kuntavaalit", "eduskuntavaalit",
    "presidentinvaali*", "選挙",
    "women in", "meetup", "summit", "keynote", "lightning talk", "fireside chat", "ama", "film", "movie",
    "debrief", "moderator", "moderation", "moderating", "speaker", "speaking at", "presenting at", "talk at",
    "informational interview*", "informational chat", "info interview*", "networking", "book club",
    "blog", "blog post", "write", "writing", "reading", "job fair", "career fair", "jobmesse",
    "salon de l'emploi", "feria de empleo", "career day", "banenmarkt", "rekrytointimessut", "就活フェア",
    "合同説明会",
    "dermatologist", "check-up", "checkup", "mole check", "blood test", "mri", "x-ray", "hautarzt",
    "dermato", "dermatólogo", "dermatologo", "analisi del sangue", "bloedonderzoek", "verikoe", "皮膚科",
    "健康診断", "customer visit", "client visit", "site visit", "kundenbesuch", "kundentermin", "visite client",
    "visita cliente", "klantbezoek", "asiakaskäynti", "客先訪問", "colloquio annuale", "colloquio di valutazione",
    "valutazione annuale", "entretien d'évaluation", "evaluación anual", "jaargesprek*", "vuosikeskustelu*",
    "期末面談", "査定",
   
    "referenzgespräch", "referenzen",
    "erster arbeitstag",
    "prise de références", "références", "premier jour", "signature du contrat",
   
    "referencias", "día de incorporación", "primer día", "firma de contrato",
    "referenze",
    "primo giorno", "firma del contratto", "referentiecheck",
    "referenties", "eerste werkdag", "suosittelija*",
    "ensimmäinen työpäivä", "työsopimuksen allekirjoitus", "リファレンスチェック", "入社手続き", "入社日",
    "entretien ménager", "entretien du véhicule", "entretien préalable", "entretien de recadrage",
    "entretien bilan", "entretien de fin de période d'essai", "entretien médical", "entretien d'orientation",
    "entretien pédagogique", "entretien de suivi", "entretien de la chaudière", "entretien des locaux",
    "entretien jardin", "entretien piscine", "entretien clim", "contrôle technique", "controle technique",
    "revisión técnica", "inspección técnica", "revisione tecnica", "technische keuring", "katsastus*", "車検", "entrevista con el tutor", "entrevista con la tutora",
    "entrevista médica", "entrevista con la profesora", "entrevista con el profesor", "entrevista en el colegio",
    "entrevista de evaluación", "entrevista de seguimiento", "entrevista de trabajo social", "trabajadora social",
    "trabajador social", "colloquio con il medico", "colloquio di verifica", "colloquio di fine prova",
    "cinema", "premiere", "kino", "cinéma", "cine", "bioscoop", "elokuva", "映画", "hackathon", "round table", "roundtable", "round-table",
    "screen repair", "screen replacement", "screen time", "screening of", "film screening",
    "movie screening", "cancer screening", "health screening", "medical screening", "screening appointment",
    "golf", "final round of", "boxing", "tournament", "quiz", "pub quiz", "trivia", "poker", "chess",
    "hr onboarding", "onboarding", "orientation", "first day", "induction", "introductieprogramma", "inwerkprogramma",
    "welcome to the team", "willkommen im team",
    "negotiation", "reference check*", "ref check*", "reference call", "vendor call", "vendor meeting",
    "supplier call", "supplier meeting",
    "references", "background check", "contract signing", "sign contract", "performance review",
    "all hands", "all-hands", "town hall", "dentist", "doctor", "vet", "gym", "annual review", "mid-year review", "appraisal",
    "entretien annuel", "entretien individuel", "entretien professionnel", "entretien chaudière",
    "entretien voiture", "entretien du jardin", "entretien de la", "entretien du", "révision voiture",
    "mitarbeitergespräch*", "jahresgespräch*", "personalgespräch*", "entrevista de evaluación",
    "evaluación de desempeño", "colloquio con i professori", "colloquio con la maestra",
    "colloquio con il professore", "colloqui scuola", "colloqui con i docenti", "professori", "docenti",
    "insegnanti", "ricevimento genitori", "functioneringsgesprek*", "beoordelingsgesprek*",
    "oudergesprek*", "10-minutengesprek", "kehityskeskustelu*", "vanhempainvartti", "三者面談",
    "保護者面談", "個人面談", "家庭訪問", "評価面談", "1on1", "人事評価", "birthday", "dinner", "lunch", "drinks",
    # the user's own team, in a title ("Kennismaking Randstad – vacatures voor mijn team"): in notes, a hiring manager
    # says it to the candidate too ("you'd be on my team")
    "for my team", "on my team", "für mein team", "(mein team)", "pour mon équipe", "dans mon équipe",
    "para mi equipo", "para mi turno", "per il mio team", "nel mio team", "voor mijn team", "omaan tiimiin",
    "自チーム", "自部署",

    "party", "wedding", "parent-teacher", "school", "football", "soccer", "yoga", "concert",
    "vertragsunterzeichnung", "angebot", "gehaltsverhandlung", "arbeitsvertrag", "einarbeitung",
    "podiumsdiskussion", "zahnarzt", "arzt", "geburtstag", "table ronde", "négociation", "signature",
    "intégration", "dentiste", "médecin", "mesa redonda", "negociación", "firma del contrato", "dentista",
    "médico", "tavola rotonda", "negoziazione", "firma contratto", "medico", "rondetafel",
    "onderhandeling", "contractbespreking", "tandarts", "huisarts", "paneelikeskustelu",
    "perehdytys", "hammaslääkäri", "lääkäri", "入社",
    "オファー面談", "歯医者", "病院", "座談会", "パネルディスカッション",
)

#: Everyday meetings of a working life; a mild sign against, outweighed by any real evidence.
ORDINARY: tuple[str, ...] = (
    "headcount", "hiring plan", "hiring sync", "recruiting sync",
    "1:1", "1-1", "one on one", "one-on-one", "standup", "stand-up", "daily", "retro", "retrospective",
    "sprint", "sync", "weekly", "review", "team meeting", "board meeting", "planning", "review meeting", "status update",
    "jour fixe", "teammeeting", "réunion d'équipe", "point hebdo", "reunión semanal", "riunione settimanale",
    "weekstart", "viikkopalaveri", "定例", "朝会", "qbr", "ebr", "quarterly", "monthly", "biweekly", "bi-weekly",
    "fortnightly", "quartalsgespräch", "trimestriel", "mensual", "trimestrale", "mensile", "kwartaal*",
    "maandelijks", "kuukausipalaveri", "月次", "四半期",
)

#: Titles that say the meeting was called off (Outlook and others prefix them).
CANCELLED: tuple[str, ...] = (
    "canceled:", "cancelled:", "canceled", "cancelled", "abgesagt", "abgesagt:", "annulé", "annulé:",
    "annulée", "cancelado", "cancelada", "cancelado:", "annullato", "annullato:", "geannuleerd",
    "geannuleerd:", "peruttu", "peruttu:", "peruutettu", "キャンセル", "中止",
)
