"""The decision parser's vocabulary in German, French, Spanish, Italian, Dutch, Finnish and Japanese.

``decision.py`` reads time frames with one table of English phrasings. Rather than a second table
per language, the words of the other seven languages are rewritten into that table's English
("zwei Wochen" → "2 weeks", "fin de la semaine prochaine" → "end of the next week", "来週金曜日" →
"friday next week"), so every language gets every rule, edge case and test of the English table.
The rewriting is compositional: "Ende" → "end of", "nächster Woche" → "next week", and the parts
meet as "end of next week". Only words about time are rewritten; everything else passes through,
so a rewritten phrase the table does not know stays unread, never misread. A few neighbours come
along with their time words only: Portuguese, Catalan, Afrikaans, and Hindi units written in Latin
letters among English words ("result 2-3 din mein"), Malay and Indonesian ("dalam tempoh 2 bulan"),
and Chinese weeks and months among the Japanese rules ("下個月", "下星期五"), which share its characters.

Some conventions are the languages' own, not translations: French "quinze jours" (and Spanish
"quince días", Italian "quindici giorni") is two weeks and "huit jours" one; dates written with
dots or slashes in the six European languages are day first
(nobody writing "bis zum 12.11." means December 11) and in Japanese month first, which is why
``to_english`` also says which date order the words it met imply.

Why no ``dateparser``: measured on this machine (Python 3.11, dateparser 1.5.0), importing it takes
60 ms, but its first multilingual parse loads language data for about 1.3 s and grows the process by
57 MiB RSS (28 → 66 MiB), against the daemon's budget of 3 MiB; and it read 2 of 10 sample phrases
of the kind this module handles ("in zwei Wochen", "le 12 novembre"), returning nothing for "sous
quinze jours", "entro due settimane", "binnen 5 werkdagen", "ensi viikon loppuun", "1週間以内",
"来週金曜日", "end of next month" and "mid-January". On the corpus's dev interviews, given the same
sentences with a decision cue, it found the labelled date for 0.500 of them against 0.994 with these
tables, taking 14 s for 170 interviews and 72 MiB RSS. These tables cost about 30 ms to compile at
import and 1 MiB; a sentence is rewritten in well under a millisecond.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections import Counter
from collections.abc import Callable
from functools import lru_cache
from typing import Literal

from followup_sync.alternation import plain_first, plain_first_choices

Lang = Literal["de", "fr", "es", "it", "nl", "fi", "ja", "pt", "ca", "af", "hi", "ms"]

_EN_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_EN_MONTHS = (
    "january", "february", "march", "april", "may", "june",
    "july", "august", "september", "october", "november", "december",
)  # fmt: skip


def _alternatives(pattern: str) -> list[str]:
    """``a|b(?:c|d)`` as ``a`` and ``b(?:c|d)``: each spelling is ordered by its own length."""
    parts, depth, start = [], 0, 0
    for i, char in enumerate(pattern):
        depth += {"(": 1, ")": -1}.get(char, 0)
        if char == "|" and depth == 0 and pattern[i - 1 : i] != "\\":
            parts.append(pattern[start:i])
            start = i + 1
    return [*parts, pattern[start:]]

def _names(english: tuple[str, ...], *spellings: str) -> list[tuple[str, str]]:
    """Pairs for a list of names given in the English order; ``a|b`` gives two spellings of one name."""
    return [(form, english[i]) for i, forms in enumerate(spellings) for form in _alternatives(forms) if form]


def _numbers(*words: str) -> list[tuple[str, str]]:
    """Number words from one upwards; ``a|b`` gives two forms (Finnish genitives, German inflections)."""
    return [(form, str(i)) for i, forms in enumerate(words, start=1) for form in _alternatives(forms) if form]


# Each table maps a lower-case phrase (a regular expression without groups) to the table's English.
# Longer phrases are tried first, so "fin de la semaine prochaine" wins over "fin" and "semaine".

_DE: list[tuple[str, str]] = [
    (r"nach dem probetag|nach dem probearbeiten|am ende des probetags|nach der schicht|am ende der schicht",
     "at the end of the trial"),
    *_names(_EN_WEEKDAYS, "montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag|sonnabend", "sonntag"),
    *_names(_EN_MONTHS, "januar|jänner|jan", "februar|feb", "märz|mär|maerz", "april|apr", "mai", "juni", "juli",
            "august|aug", "september|sept|sep", "oktober|okt", "november|nov", "dezember|dez"),
    *_numbers("eins|ein|eine|einer|einem|einen|eines", "zwei|zwo", "drei", "vier", "fünf|fuenf", "sechs", "sieben", "acht",
              "neun", "zehn", "elf", "zwölf|zwoelf", "dreizehn", "vierzehn", "fünfzehn"),
    (r"tag|tages", "day"), (r"tage|tagen", "days"), (r"woche", "week"), (r"wochen", "weeks"),
    (r"monat|monats", "month"), (r"monate|monaten", "months"),
    (r"stunde|stunden|std\.?", "hour"),
    (r"werktag|werktage|werktagen|arbeitstag|arbeitstage|arbeitstagen|geschäftstage|geschäftstagen", "business day"),
    (r"nächste|nächster|nächsten|nächstes|naechste|naechsten|kommende|kommender|kommenden|folgende|folgenden", "next"),
    (r"übernächste woche|übernächster woche|übernächsten woche", "the week after next"),
    (r"diese|dieser|diesen|dieses|der|die|das|des|dem|den", "the"),
    (r"(?:das )?auswahlverfahren abschließen", "wrap up"),
    (r"kw|kalenderwoche", "week"), (r"ende|zum ende", "end of"), (r"monatsende|ende des monats", "end of the month"), (r"wochenende", "end of the week"),
    (r"mitte", "mid"), (r"anfang|beginn", "early"),
    (r"in den ersten tagen (?:im|des)", "early"), (r"in den letzten tagen (?:im|des)", "late"), (r"innerhalb von|innerhalb|binnen", "within"),
    (r"bis spätestens|spätestens bis|spätestens am|spätestens|bis zum|bis zur|bis|vor", "by"),
    (r"am(?= [0-9])", "on the"),
    (r"nach", "after"), (r"morgen", "tomorrow"), (r"heute", "today"), (r"übermorgen", "in 2 days"),
    (r"ca\.|etwa|ungefähr", "about"), (r"oder", "or"), (r"ein paar|einigen|wenigen|wenige", "a few"),
    (r"vierzehn tage|vierzehn tagen|14 tage|14 tagen", "2 weeks"),
    # "bis zum Jahresende", "bis Ende des Jahres": the year's end, as "by year end"
    (r"jahresende|jahresschluss|ende des jahres|ende dieses jahres|zum jahresende|zum ende des jahres", "year end"),
]
_FR_WEEKDAYS = ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche")
_FR: list[tuple[str, str]] = [
    (r"à la fin du service|en fin de service|à la fin de l'essai|après l'essai|à la fin de la soirée d'essai",
     "at the end of the trial"),
    *_names(_EN_WEEKDAYS, *_FR_WEEKDAYS),
    *[(f"{day} prochain", f"next {_EN_WEEKDAYS[i]}") for i, day in enumerate(_FR_WEEKDAYS)],
    *_names(_EN_MONTHS, "janvier|janv", "février|fevrier|févr|fevr", "mars", "avril|avr", "mai", "juin",
            "juillet|juil", "août|aout", "septembre", "octobre|oct", "novembre|nov", "décembre|decembre|déc|dec"),
    *_numbers("un|une", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix", "onze", "douze",
              "treize", "quatorze", "quinze"),
    (r"quinze jours|une quinzaine de jours|une quinzaine|quinzaine", "2 weeks"),
    (r"huit jours|8 jours|huitaine|une huitaine", "a week"),
    (r"quelques", "a few"),
    (r"une dizaine de jours", "10 days"),
    (r"jour", "day"), (r"jours", "days"), (r"semaine", "week"), (r"semaines", "weeks"), (r"mois", "month"),
    (r"heure|heures", "hour"),
    (r"jours ouvrés|jours ouvrables|jours ouvres|jours de travail", "business day"),
    (r"semaine prochaine|prochaine semaine", "next week"), (r"mois prochain|prochain mois", "next month"),
    (r"cette semaine", "this week"), (r"ce mois-ci|ce mois", "this month"),
    # "réponse dans la semaine" is within this week, "dans la journée" within the day; not the week or day of
    # another date ("dans la semaine du 7 décembre", "dans la journée de demain") nor next week's
    (r"dans la semaine(?! (?:du|de|d'|prochaine|suivante|qui)\b)", "within the week"),
    (r"dans la journée(?! (?:du|de|d'|qui)\b)|dans la journee(?! (?:du|de|d'|qui)\b)", "today"),
    # "d'ici la fin de l'année", "avant la fin d'année": the year's end, as "by year end"
    (r"(?:la )?fin de l'année|(?:la )?fin d'année|(?:la )?fin de cette année|(?:la )?fin de l'annee|(?:la )?fin d'annee",
     "year end"),
    (r"(?:la )?premi[eè]re quinzaine de|(?:la )?premi[eè]re quinzaine d'", "mid"),
    (r"(?:la )?(?:deuxi[eè]me|seconde) quinzaine de|(?:la )?(?:deuxi[eè]me|seconde) quinzaine d'", "end of"),
    (r"fin de la|fin du|fin de|fin", "end of the"), (r"début de la|début du|début de|début|debut", "early"),
    (r"(?:dans |durant |aux? )?les premiers jours (?:de|du)|aux premiers jours (?:de|du)", "early"),
    (r"(?:dans |durant )?les derniers jours (?:de|du)", "late"),
    (r"milieu de la|milieu du|milieu de|mi(?=-| (?:semaine|mois|janvier|février|mars|avril|mai|juin|juillet|août|"
     r"septembre|octobre|novembre|décembre))", "mid"),
    (r"sous|dans un délai de|dans les", "within"), (r"dans", "in"), (r"d'ici à|d'ici", "by"),
    (r"au plus tard le|au plus tard|avant le|avant", "by"), (r"le|la", "the"), (r"les", "these"),
    (r"clôturer le recrutement|boucler le recrutement|finaliser le recrutement", "wrap up"),
    (r"après-demain|après demain|apres-demain|apres demain", "the day after tomorrow"),
    # "résultats communiqués le lendemain": the day after the interview; not the day after another date
    (r"le lendemain(?! (?:du|de|d')\b)|au lendemain(?! (?:du|de|d')\b)", "tomorrow"),
    (r"demain", "tomorrow"), (r"aujourd'hui", "today"), (r"après", "after"), (r"environ", "about"), (r"ou", "or"),
]
_ES_MONTHS = "enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre"
_ES_WEEKDAYS = ("lunes", "martes", "miércoles|miercoles", "jueves", "viernes", "sábado|sabado", "domingo")
_ES: list[tuple[str, str]] = [
    (r"al final del turno|al terminar el turno|después de la prueba|al final de la prueba", "at the end of the trial"),
    *_names(_EN_WEEKDAYS, *_ES_WEEKDAYS),
    *[(f"{form} (?:próximo|proximo|que viene)", f"next {_EN_WEEKDAYS[i]}")
      for i, forms in enumerate(_ES_WEEKDAYS) for form in forms.split("|")],
    *_names(_EN_MONTHS, "enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
            "septiembre|setiembre", "octubre", "noviembre", "diciembre"),
    # short forms after a day ("4 dic.", "15 ene"); alone, "dic" or "mar" may be anything
    (r"(?<=[0-9] )ene\.?", "january"), (r"(?<=[0-9] )abr\.?", "april"), (r"(?<=[0-9] )dic\.?", "december"),
    *_numbers("un|una|uno", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve", "diez",
              "once(?= (?:días|dias|semanas|meses))", "doce",
              "trece", "catorce", "quince"),
    (r"día|dia", "day"), (r"días|dias", "days"), (r"semana", "week"), (r"semanas", "weeks"), (r"mes", "month"),
    (r"meses", "months"), (r"hora|horas", "hour"),
    (r"días hábiles|dias habiles|días laborables|dias laborables|días laborales", "business day"),
    (r"(?:la )?(?:próxima|proxima) semana|la semana que viene|semana que viene|(?:la )?semana (?:próxima|proxima)",
     "next week"),
    (r"(?:el )?(?:próximo|proximo) mes|el mes que viene|mes que viene", "next month"),
    (r"esta semana", "this week"), (r"este mes", "this month"), (r"fin de semana", "end of the week"),
    # "a finales de septiembre", like "a fines de septiembre" and "a fin de mes", is its end: the last day
    # "antes de fin de año", "a finales de año": the year's end, as "by year end"
    (r"(?:a )?(?:finales|fines|final|fin) (?:de|del) (?:este )?año|(?:a )?(?:finales|fines|final|fin) (?:de|del) (?:este )?ano",
     "year end"),
    (r"a finales de|finales de|a fines de|fines de|al final de|final de|a fin de|fin de", "end of"),
    (r"a mediados de|mediados de|(?:la )?primera quincena de", "mid"), (r"(?:la )?segunda quincena de", "end of"), (r"a principios de|principios de|a comienzos de|comienzos de", "early"),
    (r"(?:en )?los primeros días de|(?:en )?los primeros dias de", "early"),
    (r"(?:en )?los últimos días de|(?:en )?los ultimos dias de", "late"),
    (r"el día(?= [0-9]{1,2}\b)|el dia(?= [0-9]{1,2}\b)", "the"),  # "el día 20": the 20th
    (r"en un plazo (?:máximo )?de|en un máximo de|en menos de|dentro de los|dentro de", "within"),
    # "antes de que termine noviembre": before the month ends, by its end
    (rf"antes de que (?:termine|acabe|finalice)(?= (?:el mes|{_ES_MONTHS})\b)", "by the end of"),
    (r"antes del|antes de|para el|como máximo el|a más tardar el|a más tardar", "by"),
    # "en 10 días hábiles desde la entrevista": counted from this interview, as every time frame is; not
    # from another ("desde la segunda entrevista")
    (r"(?:desde|tras|después de|despues de) (?:la|tu|su) entrevista", "from the interview"),
    (r"en", "in"), (r"el|la", "the"), (r"los|las", "these"),
    # closing the search: "esperan cerrar el proceso a finales de mes"
    (r"cerrar el proceso de (?:selección|contratación|reclutamiento)|cerrar la selección", "wrap up"), (r"del|de", "of"),
    (r"pasado mañana|pasado manana", "the day after tomorrow"),
    (r"(?<!la )mañana|manana", "tomorrow"), (r"hoy", "today"), (r"después de|despues de|tras", "after"),
    (r"aproximadamente", "about"), (r"o", "or"),
    (r"quince días|quince dias|una quincena|quincena", "2 weeks"), (r"un par de", "a couple of"),
    (r"una decena de días|una decena de dias|decena de días|decena de dias", "10 days"),  # about ten days
    (r"unos pocos|unos|unas|pocos|algunos", "a few"),
]
_IT_MONTHS = "gennaio|febbraio|marzo|aprile|maggio|giugno|luglio|agosto|settembre|ottobre|novembre|dicembre"
_IT_WEEKDAYS = ("lunedì|lunedi", "martedì|martedi", "mercoledì|mercoledi", "giovedì|giovedi", "venerdì|venerdi",
                "sabato", "domenica")
_IT: list[tuple[str, str]] = [
    *_names(_EN_WEEKDAYS, *_IT_WEEKDAYS),
    *[(f"{form} prossimo|prossimo {form}", f"next {_EN_WEEKDAYS[i]}")
      for i, forms in enumerate(_IT_WEEKDAYS) for form in forms.split("|")],
    *_names(_EN_MONTHS, *_IT_MONTHS.split("|")),
    # "gen" and "mag" only with their dot: "the 2 Gen AI roles" is no January
    (r"(?<=[0-9] )gen\.", "january"), (r"(?<=[0-9] )mag\.", "may"), (r"(?<=[0-9] )giu\.?", "june"),
    (r"(?<=[0-9] )lug\.?", "july"), (r"(?<=[0-9] )ago\.", "august"), (r"(?<=[0-9] )(?:sett\.?|set\.)", "september"),
    (r"(?<=[0-9] )ott\.?", "october"),
    *_numbers("un|una|uno", "due(?= (?:giorni|settimane|mesi|ore))", "tre", "quattro", "cinque", "sei", "sette",
              "otto", "nove", "dieci", "undici",
              "dodici", "tredici", "quattordici", "quindici"),
    (r"giorno", "day"), (r"giorni", "days"), (r"settimana", "week"), (r"settimane", "weeks"), (r"mese", "month"),
    (r"mesi", "months"), (r"ore", "hour"),
    (r"giorni lavorativi|giorni feriali", "business day"),
    (r"entro la (?:prossima settimana|settimana prossima)|entro la fine della prossima settimana", "by the end of next week"),
    (r"(?:la )?prossima settimana|(?:la )?settimana prossima", "next week"),
    (r"(?:il )?prossimo mese|(?:il )?mese prossimo", "next month"),
    (r"questa settimana|in settimana|entro la settimana|entro questa settimana", "this week"),
    # "ti facciamo sapere in giornata" (within the day), "in serata" (this evening); not "in giornata di domani"
    (r"in giornata(?! (?:di|del|della)\b)|in serata(?! (?:di|del|della)\b)", "today"), (r"questo mese", "this month"), (r"fine settimana", "end of the week"),
    # "entro fine anno", "entro la fine dell'anno": the year's end, as "by year end"
    (r"(?:la )?fine (?:dell'anno|d'anno|anno|di quest'anno|dell'anno in corso)", "year end"),
    # "prima di Natale", "prima della fine del mese": before, as "by"
    (r"prima di|prima del|prima della|prima dell'", "by"),
    (r"fine del|fine della|fine di|fine(?= (?:settimana|mese|%s))" % _IT_MONTHS, "end of the"),
    (r"a metà della|a metà del|a metà di|a metà|metà della|metà del|metà di|metà|meta'", "mid"),
    (r"(?:la )?prima (?:quindicina|metà) di", "mid"), (r"(?:la )?seconda (?:quindicina|metà) di", "end of"),
    (r"inizio del|inizio della|inizio di|inizio|primi di|i primi di", "early"),
    (r"nei primi giorni di|nei primi giorni del|i primi giorni di|primi giorni di", "early"),
    (r"negli ultimi giorni di|negli ultimi giorni del|gli ultimi giorni di|ultimi giorni di", "late"),
    (r"il giorno(?= [0-9]{1,2}\b)", "the"),  # "il giorno 20": the 20th
    # "entro il 15" is the 15th; "entro il 20 novembre" keeps its month
    (r"(?:entro|entro e non oltre) il(?= [0-9]{1,2}(?![0-9./])(?! (?:%s)))" % _IT_MONTHS, "by the"),
    (r"(?:entro|entro e non oltre) il(?! [0-9]{1,2}(?![0-9./])(?! (?:%s)))" % _IT_MONTHS, "by"),
    (r"entro e non oltre|entro la|entro", "by"), (r"tra|fra", "in"),
    (r"il|la", "the"), (r"gli", "these"),
    (r"chiudere la selezione", "wrap up"), (r"di", "of"),
    # "il consiglio del 20": the 20th (read as "of the 20th"); not "del 20%" or "del 20.11" (a date of its own)
    (r"del(?= [0-9]{1,2}(?![0-9]|[./:,][0-9]| ?%))", "of the"),
    (r"dopodomani|dopo domani", "the day after tomorrow"),
    (r"dopo la prova|a fine prova|alla fine del turno|a fine turno", "at the end of the trial"),
    (r"domani", "tomorrow"), (r"oggi", "today"), (r"dopo", "after"), (r"circa", "about"), (r"o|oppure", "or"),
    (r"quindici giorni", "2 weeks"), (r"un paio di", "a couple of"), (r"pochi|qualche", "a few"),
    # about ten days, about a fortnight: "entro una decina di giorni", as French "une dizaine de jours"
    (r"una decina di giorni|decina di giorni", "10 days"), (r"una quindicina di giorni|quindicina di giorni", "2 weeks"),
    # "entro una settimana, massimo dieci giorni": a bare "massimo" before a time frame of days, weeks or months
    # caps it, as "al massimo"; an interview's length ("dura massimo due ore") caps no time frame
    (r"al massimo|al più tardi|massimo(?= (?:[0-9]+|un|una|due|tre|quattro|cinque|sei|sette|otto|nove|dieci"
     r"|quindici|venti|trenta) (?:giorn|gg\b|settiman|mes))", "at most"),
]
_NL_MONTHS = "januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december"
_NL_WEEKDAYS = ("maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag")
_NL: list[tuple[str, str]] = [
    *_names(_EN_WEEKDAYS, *_NL_WEEKDAYS),
    *[(f"(?:volgende week )?{day} (?:volgende week|na volgende week)|volgende week {day}",
       f"{_EN_WEEKDAYS[i]} next week") for i, day in enumerate(_NL_WEEKDAYS)],
    *[(f"aanstaande {day}|komende {day}", _EN_WEEKDAYS[i]) for i, day in enumerate(_NL_WEEKDAYS)],
    *_names(_EN_MONTHS, "januari|jan", "februari|feb", "maart|mrt", "april|apr", "mei", "juni", "juli",
            "augustus|aug", "september|sept|sep", "oktober|okt", "november|nov", "december|dec"),
    # "een" is also the article: "het een informeel gesprek" is no "the 1st", "het een week duurt" is a week
    *_numbers("(?<!het )een|(?<=het )een(?= (?:dag|dagen|week|weken|maand|maanden|uur)\\b)|één", "twee", "drie",
              "vier", "vijf", "zes", "zeven", "acht", "negen", "tien", "elf", "twaalf", "dertien", "veertien", "vijftien"),
    (r"dag", "day"), (r"dagen", "days"), (r"weken", "weeks"), (r"maand", "month"), (r"maanden", "months"),
    (r"uur|uren", "hour"),
    (r"werkdag|werkdagen", "business day"),
    (r"volgende|komende", "next"), (r"deze", "this"),
    # "voor het eind van het jaar", "eind dit jaar": the year's end, as "by year end"
    (r"(?:het )?(?:eind|einde) van (?:het|dit) jaar|(?:eind|einde) dit jaar|jaareinde", "year end"),
    (r"eind van de|einde van de|eind van|einde van|eind|einde|eindje", "end of"),
    (r"(?:half|halverwege|midden|medio)(?= (?:volgende|komende|deze|van|%s))" % _NL_MONTHS, "mid"),
    (r"begin(?= (?:volgende|komende|deze|van|%s))" % _NL_MONTHS, "early"),
    (r"(?:in )?de eerste dagen van", "early"), (r"(?:in )?de laatste dagen van", "late"),
    (r"binnen|binnen nu en", "within"), (r"uiterlijk op|uiterlijk|ten laatste|voor|vóór", "by"), (r"voor de|vóór de", "by the"),
    (r"van de|van het", "of the"), (r"op de|op", "on the"), (r"het", "the"),
    (r"(?:de )?(?:sollicitatie|selectie)procedure af(?:ronden|sluiten)", "wrap up"),
    # "binnen 5 werkdagen na de tweede ronde": the time frame counts after what follows "na"
    (r"na(?= (?:de|het|afloop|het gesprek|[0-9]))", "after"),
    (r"over een week of twee|binnen een week of twee", "in a week or two"), (r"een week of twee|week of twee", "a week or two"), (r"een dag of twee|dag of twee", "a day or two"),
    (r"een maand of twee|maand of twee", "a month or two"),
    (r"overmorgen", "the day after tomorrow"),
    (r"morgen", "tomorrow"), (r"vandaag", "today"), (r"ongeveer|zo'n", "about"), (r"een paar|enkele|paar", "a few"),
    (r"een dag of tien|dag of tien", "10 days"),  # about ten days, as "een week of twee" is about two weeks
]
_FI_MONTH_STEMS = ("tammi", "helmi", "maalis", "huhti", "touko", "kesä", "heinä", "elo", "syys", "loka", "marras",
                   "joulu")
_FI_WEEKDAY_STEMS = ("maanantai", "tiistai", "keskiviiko|keskiviikko", "torstai", "perjantai", "lauantai",
                     "sunnuntai")
_FI_NUMBERS = ("yksi|yhden|yhtä", "kaksi|kahden|kahta", "kolme|kolmen|kolmea", "neljä|neljän|neljää",
               "viisi|viiden|viittä", "kuusi|kuuden|kuutta", "seitsemän|seitsemää", "kahdeksan|kahdeksaa",
               "yhdeksän|yhdeksää", "kymmenen|kymmentä")
#: "viikon sisällä" is "within a week" unless a number counts the weeks ("kahden viikon sisällä").
_FI_NOT_COUNTED = "".join(
    f"(?<!{word} )" for forms in (*_FI_NUMBERS, "muutaman|parin") for word in forms.split("|")
) + r"(?<![0-9] )"
_FI: list[tuple[str, str]] = [
    (r"koepäivän (?:jälkeen|päätteeksi|lopuksi)|vuoron (?:jälkeen|päätteeksi)", "at the end of the trial"),
    *[(f"(?:{stem})\\w*", _EN_WEEKDAYS[i]) for i, stem in enumerate(_FI_WEEKDAY_STEMS)],
    *[(f"ensi (?:{stem})\\w*", f"next {_EN_WEEKDAYS[i]}") for i, stem in enumerate(_FI_WEEKDAY_STEMS)],
    *[(f"ensi viikon (?:{stem})\\w*", f"{_EN_WEEKDAYS[i]} next week") for i, stem in enumerate(_FI_WEEKDAY_STEMS)],
    *[(f"{stem}kuu(?:ta|n|ssa|hun|lla)?", _EN_MONTHS[i]) for i, stem in enumerate(_FI_MONTH_STEMS)],
    *[(f"{stem}kuun (?:loppuun|lopussa|lopulla|loppuun mennessä)", f"end of {_EN_MONTHS[i]}")
      for i, stem in enumerate(_FI_MONTH_STEMS)],
    *[(f"{stem}kuun (?:puoliväli\\w*|puolivälissä)", f"mid {_EN_MONTHS[i]}") for i, stem in enumerate(_FI_MONTH_STEMS)],
    *[(f"{stem}kuun (?:alussa|alkuun|alkupuolella|alkupäivinä)", f"early {_EN_MONTHS[i]}")
      for i, stem in enumerate(_FI_MONTH_STEMS)],
    *_numbers(*_FI_NUMBERS),
    (r"päivä|päivän|päivää|päivässä|päivien|pv", "day"), (r"viikko|viikon|viikkoa|viikossa|viikkojen|viikolla", "week"),
    (r"kuukausi|kuukauden|kuukautta|kuukaudessa", "month"), (r"tunti|tunnin|tuntia|tunnissa", "hour"),
    (r"työpäivä|työpäivän|työpäivää|työpäivässä|arkipäivä|arkipäivän|arkipäivää|arkipäivässä", "business day"),
    (r"ensi viikon (?:loppuun(?: mennessä)?|lopussa|lopulla)", "end of next week"),
    (r"ensi viikon (?:alussa|alkupuolella|alkuun)", "early next week"),
    (r"ensi viikolla|ensi viikon aikana|ensi viikko", "next week"),
    (r"(?:tämän )?viikon (?:loppuun(?: mennessä)?|lopussa|lopulla)|tällä viikolla|tämän viikon aikana",
     "end of the week"),
    (r"ensi kuun (?:loppuun(?: mennessä)?|lopussa|lopulla)", "end of next month"),
    (r"(?:tämän )?kuun (?:loppuun(?: mennessä)?|lopussa|lopulla)", "end of the month"),
    (r"ensi kuussa|ensi kuun aikana", "next month"), (r"kuun puoliväli\w*", "mid-month"),
    (r"ensi viikon (?:puoliväli\w*|puolivälissä|keskivaiheilla)", "mid next week"),
    (_FI_NOT_COUNTED + r"(?:viikon (?:sisällä|kuluessa|aikana)|viikossa)", "within a week"),
    (_FI_NOT_COUNTED + r"(?:kuukauden (?:sisällä|kuluessa|aikana)|kuukaudessa)", "within a month"),
    (r"ensi|tuleva|tulevan|tulevalla", "next"), (r"kuluttua", "after"),
    # "parin päivän päästä" (in a couple of days) as "kuluttua"; only after a unit of time, since the
    # infinitive "päästä" is to get somewhere ("päästä jatkoon", to go through to the next round)
    (r"päivän päästä", "day after"), (r"viikon päästä", "week after"), (r"kuukauden päästä", "month after"),
    (r"työpäivän päästä|arkipäivän päästä", "business day after"),
    # "ennen joulua" (before Christmas), "jouluun mennessä" (by Christmas): read as the English "by christmas"
    (r"ennen joulua|jouluun mennessä", "by christmas"),
    # "vuoden loppuun mennessä", "ennen vuodenvaihdetta": by the year's end
    (r"(?:tämän )?vuoden (?:loppuun(?: mennessä)?|lopussa|lopulla)|ennen vuodenvaihdetta|vuodenvaihteeseen mennessä",
     "by year end"),
    # "viikon kuluttua" with no number counting the weeks is one week on ("päättää jatkosta viikon kuluttua"),
    # as "viikon sisällä" is within one; "kahden viikon kuluttua" keeps its count
    (_FI_NOT_COUNTED + r"viikon (?:kuluttua|päästä)", "in a week"),
    (_FI_NOT_COUNTED + r"kuukauden (?:kuluttua|päästä)", "in a month"),
    (r"muutama|muutaman|muutamaa|muutamassa", "a few"), (r"parin|pari|paria", "a couple of"), (r"viimeistään", "by"),
    (r"ylihuomenna", "the day after tomorrow"),
    (r"huomenna", "tomorrow"), (r"tänään", "today"), (r"noin", "about"), (r"tai", "or"),
    (r"kuluessa|sisällä|sisään|mennessä", "within"), (r"jälkeen", "after"),
]
_PT: list[tuple[str, str]] = [
    (r"dias úteis|dias uteis", "business day"), (r"em até|em ate|no prazo de|dentro de", "within"),
    (r"dias", "days"), (r"semanas", "weeks"),
]
#: Catalan, which Spanish public employers in Catalonia write their invitations in.
_CA: list[tuple[str, str]] = [
    *_names(_EN_WEEKDAYS, "dilluns", "dimarts", "dimecres", "dijous", "divendres", "dissabte", "diumenge"),
    *_names(_EN_MONTHS, "gener", "febrer", "març", "", "maig", "juny", "juliol", "agost", "setembre", "", "",
            "desembre"),
    (r"dies hàbils|dies habils|dies laborables|dies feiners", "business day"),
    (r"en el termini de|en un termini de|en el termini màxim de|en un termini màxim de|dins de", "within"),
    (r"dies", "days"), (r"setmana", "week"), (r"setmanes", "weeks"), (r"mesos", "months"),
    (r"la setmana que ve|la setmana vinent|setmana vinent", "next week"),
]
_AF_WEEKDAYS = ("maandag", "dinsdag", "woensdag", "donderdag", "vrydag", "saterdag", "sondag")
#: Afrikaans, close to Dutch but with its own spellings ("teen Vrydag", "binne 5 dae").
_AF: list[tuple[str, str]] = [
    *_names(_EN_WEEKDAYS, *_AF_WEEKDAYS),
    *_names(_EN_MONTHS, "januarie", "februarie", "", "", "", "junie", "julie", "", "", "", "", "desember"),
    # "teen" (by) only before a day: elsewhere it is the English word
    (r"teen(?= (?:%s|[0-9]))" % "|".join(_AF_WEEKDAYS), "by"),
    (r"dae", "days"), (r"weke", "weeks"), (r"binne", "within"),
]
#: Hindi as Indian recruiters write it in Latin letters among English words ("result 2-3 din mein"): only
#: the units after a number, since "din" and "mein" alone are other words.
_HI: list[tuple[str, str]] = [
    (r"(?<=[0-9] )din|(?<=[0-9] )dino", "days"), (r"(?<=[0-9] )hafte|(?<=[0-9] )hafton|(?<=[0-9] )hafta", "weeks"),
    (r"(?<=[0-9] )mahine|(?<=[0-9] )mahino|(?<=[0-9] )mahina", "months"),
]
_MS_NUMBERS = ("satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "lapan|delapan", "sembilan", "sepuluh")
_MS_UNITS = {"hari bekerja|hari berkerja|hari kerja": "business day", "hari": "days", "minggu": "weeks", "bulan": "months"}
#: Malay and Indonesian, as Malaysian, Singaporean and Indonesian employers write ("keputusan akan dimaklumkan
#: dalam tempoh 2 bulan"): units only after a number, since "hari" is also a name, "minggu" Sunday and "bulan" the moon.
_MS: list[tuple[str, str]] = [
    *[("|".join(f"(?<={before} ){unit}" for before in ("[0-9]", *(w for n in _MS_NUMBERS for w in n.split("|")))
                for unit in units.split("|")), english)
      for units, english in _MS_UNITS.items()],
    *[(f"{word}(?= (?:hari|minggu|bulan))", str(i)) for i, forms in enumerate(_MS_NUMBERS, start=1)
      for word in forms.split("|")],
    (r"sehari", "a day"), (r"seminggu", "a week"), (r"sebulan", "a month"),
    (r"dalam tempoh|dalam masa|dalam waktu|dalam jangka waktu", "within"),
    (r"minggu depan|minggu hadapan", "next week"), (r"bulan depan|bulan hadapan", "next month"),
    (r"esok|besok", "tomorrow"), (r"hari ini", "today"),
]
_JA_WEEKDAYS = "月火水木金土日"
_JA_NUMBERS = {c: str(i) for i, c in enumerate("一二三四五六七八九十", start=1)}


def _ja_month(m: re.Match[str]) -> str:
    month = int(m.group(1))
    return _EN_MONTHS[month - 1] if 1 <= month <= 12 else m.group(0)


#: Chinese weekdays (星期一 ... 星期日, 星期天), Monday first.
_ZH_WEEKDAYS = "一二三四五六日"
_ZH_WEEK = r"(?:星期|禮拜|礼拜|週|周)"


def _zh_weekday(char: str) -> str:
    return _EN_WEEKDAYS[_ZH_WEEKDAYS.index("日" if char == "天" else char)]


_JA_PARTS = {"上旬": "early", "初旬": "early", "初め": "early", "中旬": "mid", "下旬": "late", "末": "end of"}
#: Japanese has no spaces, so its rules are applied in order, each a pattern and what replaces it.
_JA: list[tuple[str, Callable[[re.Match[str]], str]]] = [
    (r"([一二三四五六七八九十])(?=[週日か箇ヶカケ営時])", lambda m: _JA_NUMBERS[m.group(1)]),
    (r"([0-9]+)[、,・]([0-9]+)(?=[日週か箇ヶカケ営時])", lambda m: f"{m.group(1)}-{m.group(2)}"),
    (r"([0-9]+)[〜~～\-]([0-9]+)(?=[日週か箇ヶカケ営時])", lambda m: f"{m.group(1)}-{m.group(2)}"),
    # Chinese, before the Japanese weeks: 下 (next) and 星期 are its own ("下星期五", "下個月先有結果"); the
    # Japanese 以下 ("below", "as follows") is no "next"
    (rf"(?<!以)(?:下個|下个|下){_ZH_WEEK}([一二三四五六日天])", lambda m: f" {_zh_weekday(m.group(1))} next week "),
    (rf"(?<!以)(?:下個|下个|下){_ZH_WEEK}", lambda m: " next week "),
    (rf"(?:這個|这个|今個|呢個|呢个|本){_ZH_WEEK}", lambda m: " this week "),
    (r"(?:星期|禮拜|礼拜)([一二三四五六日天])", lambda m: f" {_zh_weekday(m.group(1))} "),
    (r"(?<!以)(?:下個|下个|下)月底", lambda m: " end of next month "), (r"(?<!以)(?:下個|下个|下)月", lambda m: " next month "),
    (r"(?:這個|这个|今個|呢個|呢个|本)?月底", lambda m: " end of the month "),
    # "12/9の会議後": a numeric date written against the next word, which no word boundary would part from it
    (r"(?<![0-9/])([0-9]{1,2}/[0-9]{1,2})(?=[\u3040-\u30ff\u4e00-\u9fff])", lambda m: f" {m.group(1)} "),
    (r"([0-9]{1,2})月([0-9]{1,2})日", lambda m: f" {_ja_month(m)} {m.group(2)} "),
    (r"([0-9]{1,2})月(上旬|初旬|初め|中旬|下旬|末)",
     lambda m: f" {_JA_PARTS[m.group(2)]} {_ja_month(m)} "),
    (r"([0-9\-]+)営業日", lambda m: f" {m.group(1)} business days "),
    (r"([0-9\-]+)(?:週間|週)", lambda m: f" {m.group(1)} weeks "),
    (r"([0-9\-]+)(?:か月|ヶ月|カ月|ケ月|箇月|ヵ月)", lambda m: f" {m.group(1)} months "),
    (r"([0-9\-]+)時間", lambda m: f" {m.group(1)} hours "),
    (r"([0-9]+-[0-9]+)日|([0-9]+)日(?=以内|間|後|ほど|程度|くらい|ぐらい|前後|中)",
     lambda m: f" {m.group(1) or m.group(2)} days "),
    (r"([0-9]{1,2})日", lambda m: f" the {m.group(1)}th "),
    (r"再来週", lambda m: " the week after next "), (r"来週末", lambda m: " end of next week "),
    (r"今週末", lambda m: " end of this week "), (r"来週(?:前半|初め|頭)", lambda m: " early next week "),
    (r"来週(?:の)?([月火水木金土日])曜日?", lambda m: f" {_EN_WEEKDAYS[_JA_WEEKDAYS.index(m.group(1))]} next week "),
    (r"今週(?:の)?([月火水木金土日])曜日?", lambda m: f" {_EN_WEEKDAYS[_JA_WEEKDAYS.index(m.group(1))]} "),
    (r"([月火水木金土日])曜日?", lambda m: f" {_EN_WEEKDAYS[_JA_WEEKDAYS.index(m.group(1))]} "),
    (r"来週(?:中|いっぱい)?", lambda m: " next week "), (r"今週(?:中|いっぱい)?", lambda m: " this week "),
    (r"年内|年末まで|今年中", lambda m: " by year end "),
    # "クリスマス前に", "クリスマスまでに": by Christmas Eve, as "before Christmas"
    (r"クリスマス(?:前|まで|より前)", lambda m: " by december 24 "),
    (r"来月末", lambda m: " end of next month "), (r"今月末|月末", lambda m: " end of the month "),
    (r"来月(?:中旬)", lambda m: " mid next month "), (r"来月(?:中)?", lambda m: " next month "),
    (r"明後日|あさって", lambda m: " the day after tomorrow "),
    (r"明日", lambda m: " tomorrow "), (r"本日|今日", lambda m: " today "), (r"翌日", lambda m: " the following day "),
    (r"当日", lambda m: " the same day "), (r"翌営業日", lambda m: " the next business day "),
    (r"数日", lambda m: " a few days "),
    (r"(?:以内|までに|まで)", lambda m: " by "), (r"後", lambda m: " after "),
]

_TABLES: dict[Lang, list[tuple[str, str]]] = {
    "de": _DE, "fr": _FR, "es": _ES, "it": _IT, "nl": _NL, "fi": _FI, "pt": _PT, "ca": _CA, "af": _AF, "hi": _HI,
    "ms": _MS,
}  # fmt: skip



#: Spellings the English table reads itself ("November", "Sept", "Aug"): left alone, and no sign of a language.
_ENGLISH = frozenset(
    [*_EN_MONTHS, *(m[:3] for m in _EN_MONTHS), "sept", *_EN_WEEKDAYS, *(d[:3] for d in _EN_WEEKDAYS)]
)
#: Longest spelling first, so "fin de la semaine prochaine" wins over "fin"; a spelling two languages
#: share (German and Dutch "morgen") is read by the first language that lists it.
_ENTRIES: list[tuple[str, str, Lang]] = sorted(
    (
        (spelling, english, lang)
        for lang, table in _TABLES.items()
        for phrase, english in table
        for spelling in _alternatives(phrase)
        if spelling not in _ENGLISH
    ),
    key=lambda entry: len(entry[0]),
    reverse=True,
)


def _first_letter(phrase: str) -> str:
    """The letter a spelling starts with, past its look-behinds ("" when it starts with a group or a class)."""
    phrase = re.sub(r"^(?:\(\?<[!=][^)]*\))+", "", phrase)
    return phrase[:1] if phrase[:1].isalnum() else ""


def _compile(entries: list[tuple[str, str, Lang]]) -> tuple[dict[str, re.Pattern[str]], dict[str, re.Pattern[str]]]:
    """Per first letter, an alternation of the spellings that begin with it, each followed by an empty named group
    (the match's ``lastgroup`` says which entry it was); and one of the spellings that begin with a group.

    A single alternation of all 700 spellings tried at every position took 2.6 ms per sentence; tried
    only at word starts and only with the spellings of that letter, it takes a tenth of that. The group is
    empty and after the spelling, not around it: the regex engine passes over an alternative whose first
    character differs from the text's without entering it only when that character comes first, and the
    spellings of a letter then share it, which the engine factors out; a group around each made it enter
    every alternative, and took twice as long.

    The sixty spellings that begin with a group ("(?:la )?fine dell'anno", "(?<!yksi )(?:viikon sisällä|viikossa)")
    were one alternation tried at every word start, whose choices the engine entered one by one (a third of the
    time ``to_english`` took): each is written to begin with its letters (``alternation.plain_first_choices``),
    those of one letter behind it, and only the spellings of the word's letter are tried. They stay apart from
    the spellings that begin with the letter, since ``_rewrite`` takes the longer match of the two.
    """
    by_letter: dict[str, list[str]] = {}
    grouped: dict[str, list[str]] = {}
    for i, (phrase, _, _) in enumerate(entries):
        if letter := _first_letter(phrase):
            by_letter.setdefault(letter, []).append(f"(?:{phrase})(?P<e{i}>)")
            continue
        rests: dict[str, list[str]] = {}
        for choice in plain_first_choices(phrase):
            if not plain_first(choice):
                raise ValueError(f"a spelling that begins with neither a letter nor a group: {phrase}")
            rests.setdefault(choice[0], []).append(choice[1:])
        for first, tails in rests.items():
            grouped.setdefault(first, []).append(f"{first}(?:{'|'.join(tails)})(?P<e{i}>)")
    return _whole_words(by_letter), _whole_words(grouped)


def _whole_words(table: dict[str, list[str]]) -> dict[str, re.Pattern[str]]:
    """Each letter's alternation, matched as whole words."""
    return {letter: re.compile(r"(?<![\w'])(?:" + "|".join(parts) + r")(?![\w'])") for letter, parts in table.items()}


_WORDS, _GROUPED_WORDS = _compile(_ENTRIES)
_WORD_START = re.compile(r"(?<![\w'])\w")
_JA_RULES = [(re.compile(pattern), replace) for pattern, replace in _JA]
_JAPANESE = re.compile(r"[\u3040-\u30ff\u4e00-\u9fff]")
#: What "op de 1e", "im 2.", "al 2º" count when they are no day of the month: a floor, a round, a stage.
_COUNTED = (
    r"verdieping|etage|étage|stock|stockwerk|obergeschoss|og|piso|planta|piano|kerros\w*|floor|storey"
    r"|ronde|runde|kierros|ronda|tour|round|colloquio|gesprek|gespräch|entretien|entrevista|haastattelu"
    r"|stage|étape|fase|phase|vaihe"
)
#: "le 12", "am 12.", "the 12": a day of the month, written the way the English table reads it.
_DAY_OF_MONTH = re.compile(
    r"\b(the) ([0-9]{1,2})(?![0-9]|[./:][0-9])(?:\.|er|ste|de|e|º|°)?(?!\w)"
    rf"(?!\s*(?:days?|weeks?|months?|hours?|business|h\b|uhr|(?:{_COUNTED})\b))"
)

_DAY_DASH_MONTH = re.compile(
    r"(?<![\w./-])(3[01]|[12][0-9]|0?[1-9])-(1[0-2]|0?[1-9])(?![\w./-])(?!\s*(?:days?|weeks?|months?|hours?|business))"
)


def dashed_day_first(text: str) -> str:
    """"uiterlijk 12-11", "Uitslag: 27-10": a day and a month with a dash, written with the dots the
    table reads as day first (English would need the year); "3-5 days" is a range and stays."""
    return _DAY_DASH_MONTH.sub(lambda m: f"{m.group(1)}.{m.group(2)}.", text)


DateOrder = Literal["mdy", "dmy"]
#: The European languages (and India, South Africa, Malaysia and Indonesia) write dates day first; Japanese
#: (and Chinese) writes them month first.
_ORDERS: dict[str, DateOrder] = {"de": "dmy", "fr": "dmy", "es": "dmy", "it": "dmy", "nl": "dmy", "fi": "dmy",
                                 "pt": "dmy", "ca": "dmy", "af": "dmy", "hi": "dmy", "ms": "dmy", "ja": "mdy"}


@lru_cache(maxsize=1)
def calendar_word() -> re.Pattern[str]:
    """A month's or a weekday's name written as one word, in any language the tables read ("october",
    "lokakuussa", "ottobre", "mercredi"); ``fullmatch`` it against a lower-case word."""
    names = set(_EN_MONTHS) | set(_EN_WEEKDAYS)
    spellings = [re.sub(r"^\(\?<[=!][^)]*\)", "", spelling) for spelling, english, _ in _ENTRIES if english in names]
    one_word = sorted({s for s in spellings if " " not in s and "\\s" not in s}, key=len, reverse=True)
    return re.compile("|".join([*one_word, *sorted(_ENGLISH, key=len, reverse=True)]))


def is_month(word: str) -> bool:
    """Whether ``word`` names a month in one of the languages ("November", "marraskuuta", "déc")."""
    english = to_english(clean(word), None)[0].rstrip(".")
    return english in _EN_MONTHS or english in {m[:3] for m in _EN_MONTHS}


def _rewrite(text: str, replace: Callable[[re.Match[str]], str]) -> str:
    """``text`` with each table spelling that starts a word replaced, left to right, longest first."""
    out, done = [], 0
    for start in _WORD_START.finditer(text):
        at = start.start()
        if at < done:
            continue
        found = None
        for pattern in (_WORDS.get(text[at]), _GROUPED_WORDS.get(text[at])):
            candidate = pattern.match(text, at) if pattern else None
            if candidate and (found is None or candidate.end() > found.end()):
                found = candidate
        if found:
            out += [text[done:at], replace(found)]
            done = found.end()
    return "".join([*out, text[done:]])


def clean(text: str) -> str:
    """Lower case, full-width forms folded (NFKC), one kind of apostrophe, one space between words.

    A quote mark that opens or closes a quotation ("'le faremo sapere entro la settimana prossima'")
    becomes a blank, so the last word of a quoted phrase still ends a word; an apostrophe inside a
    word ("l'entretien", "we'll") stays.
    """
    # a full-width colon after a word labels what follows ("結果：10/30までに"): a blank after it, so the date
    # is not taken for the minutes of a time ("10:30"), which NFKC would make of it
    text = _LABEL_COLON.sub(": ", text)
    folded = unicodedata.normalize("NFKC", text).lower().replace("’", "'").replace("‘", "'")
    folded = _QUOTE_MARK.sub(" ", folded)
    return re.sub(r"\s+", " ", folded).strip()


_LABEL_COLON = re.compile(r"(?<![0-9０-９])：")
_QUOTE_MARK = re.compile(r"(?<![\w])'|(?<!s)'(?![\w])")  # "2 weeks' time" keeps its apostrophe


_WEEKDAY = "|".join(_EN_WEEKDAYS)
#: "viernes 23", "Friday 23": a weekday with a bare day of the month names that day, as "Friday the 23rd"
#: does, when that day is that weekday; not a time ("Friday 10:30", "Friday 2 pm", "call Friday 9") nor a
#: count ("Friday 3 days later").
_WEEKDAY_DAY = re.compile(
    rf"\b({_WEEKDAY}) ([0-9]{{1,2}})(?![0-9]|[./:,][0-9])(?!\s*(?:am|pm|a\.m|p\.m|h|uhr|hrs?|days?|weeks?|months?"
    r"|hours?|business|min\w*)\b)"
)
#: "vendredi de la semaine prochaine", "Friday of next week": the weekday of next week, "next Friday".
_WEEKDAY_OF_NEXT_WEEK = re.compile(rf"\b({_WEEKDAY}) of (?:the )?next week\b")
#: "an outcome before Christmas", "avant Noël", "vor Weihnachten", Dutch "voor de Kerst" (rewritten "by the
#: kerst"), Finnish "ennen joulua": by Christmas Eve, the last working day before it, as a user reads it; the
#: holiday said alone ("Christmas party") is no time frame, nor is another event named after it ("before the Xmas
#: shutdown", "before the Christmas party"; "voor de kerstborrel" is one word and never matches).
_BEFORE_CHRISTMAS = re.compile(
    r"\b(?:by|before) (?:the )?(?:christmas|xmas|noël|noel|navidad|natale|weihnachten|kerst|kerstmis)\b"
    r"(?! (?:shutdown|closure|break|party|parties|dinner|lunch|drinks|market|rush|period|feest|diner|borrel|markt"
    r"|sluiting|juhl\w*))"
)


def _falls_on(weekday: str, number: str, interview_day: dt.date | None) -> bool:
    """Whether the first day ``number`` of a month on or after the interview is a ``weekday``.

    "Decision call Friday 9" is a call at nine when the 9th is a Wednesday: a number that is no day of the
    month with that weekday is an hour, and the weekday alone is the date. With no interview day (a single
    word looked up) nothing can be checked, and the number is left alone.
    """
    if interview_day is None:
        return False
    for ahead in range(3):  # as "the 31st" is read: from January 31, two months on is the next 31st
        years, month = divmod(interview_day.month - 1 + ahead, 12)
        try:
            found = dt.date(interview_day.year + years, month + 1, int(number))
        except ValueError:  # no such day in that month (or year)
            continue
        if found >= interview_day:
            return found.weekday() == _EN_WEEKDAYS.index(weekday)
    return False


_MONTH_WORD = "|".join([*_EN_MONTHS, *(m[:3] for m in _EN_MONTHS), "sept"])
#: "Friday, December 11", "Fri, Dec. 11th": a weekday before a full date, which the comma would part into two
#: clauses; the date alone says it, when it falls on that weekday.
_WEEKDAY_COMMA_DATE = re.compile(
    rf"\b({_WEEKDAY}|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)\.?,? (({_MONTH_WORD})\.? ([0-9]{{1,2}})(?:st|nd|rd|th)?)\b"
)


def _date_falls_on(weekday: str, month_word: str, number: str, interview_day: dt.date | None) -> bool:
    """Whether the first ``month_word`` ``number`` on or after the interview is a ``weekday`` (a prefix of its name)."""
    if interview_day is None:
        return False
    month = next(i for i, name in enumerate(_EN_MONTHS, start=1) if name.startswith(month_word[:3]))
    for year in (interview_day.year, interview_day.year + 1):
        try:
            found = dt.date(year, month, int(number))
        except ValueError:
            return False
        if found >= interview_day:
            return _EN_WEEKDAYS[found.weekday()].startswith(weekday[:3])
    return False


def _shapes(text: str, interview_day: dt.date | None) -> str:
    """Date shapes the table's English reads only when spelled its way: "Friday the 23rd", "next Friday"."""
    text = _WEEKDAY_COMMA_DATE.sub(
        lambda m: m[2] if _date_falls_on(m[1], m[3], m[4], interview_day) else m[0], text
    )
    text = _WEEKDAY_DAY.sub(
        lambda m: f"{m[1]} the {m[2]}th" if _falls_on(m[1], m[2], interview_day) else m[0], text
    )
    text = _WEEKDAY_OF_NEXT_WEEK.sub(r"next \1", text)
    return _BEFORE_CHRISTMAS.sub("by december 24", text)


def to_english(text: str, interview_day: dt.date | None) -> tuple[str, DateOrder | None]:
    """``text`` (already ``clean``) in the decision table's English, and the date order its words imply.

    The order is ``None`` when no foreign time word was met: the user's configured order applies.
    ``interview_day`` tells a weekday's day of the month ("Friday 11") from an hour ("Friday 9").
    """
    seen: Counter[str] = Counter()
    if _JAPANESE.search(text):
        for pattern, rewrite in _JA_RULES:
            text, count = pattern.subn(rewrite, text)
            if count:
                seen["ja"] += count

    def english(m: re.Match[str]) -> str:
        _, words, lang = _ENTRIES[int((m.lastgroup or "e0")[1:])]
        seen[lang] += 1
        return words

    text = _shapes(re.sub(r"\s+", " ", _rewrite(text, english)).strip(), interview_day)
    if not seen:
        return text, None
    # "le 12", "am 12.": English says "the 12th" itself, and "the 2 of us" is no date
    text = _DAY_OF_MONTH.sub(lambda m: f"{m.group(1)} {m.group(2)}th", text)
    order = _ORDERS[seen.most_common(1)[0][0]]
    if order == "dmy":  # "uiterlijk 12-11": a day and a month, where English would need the year
        text = dashed_day_first(text)
    return text, order
