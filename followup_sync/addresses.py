"""What an e-mail address says about who sent it: free mail, the calendar's own system addresses,
and the part of a domain a company registers.

Detection (is this a meeting with another organisation?) and company resolution (which employer?)
read addresses the same way, so they share these lists.
"""

from __future__ import annotations

from functools import lru_cache

#: Free-mail domains: a guest writing from one of these belongs to no organisation.
FREE_MAIL = frozenset(
    "126.com 163.com alice.it aol.com att.net bigpond.com btinternet.com comcast.net docomo.ne.jp "
    "elisanet.fi ezweb.ne.jp fastmail.com fastmail.fm free.fr freenet.de gmail.com gmx.at gmx.ch "
    "gmx.de gmx.net googlemail.com hey.com hotmail.co.uk hotmail.com hotmail.de hotmail.es "
    "hotmail.fr hotmail.it icloud.com kolumbus.fi kpnmail.nl laposte.net libero.it live.co.uk "
    "live.com live.fr live.nl luukku.com mac.com mail.ru mailbox.org me.com msn.com nifty.com "
    "optusnet.com.au orange.fr outlook.com planet.nl pm.me posteo.de proton.me protonmail.com qq.com "
    "rediffmail.com sbcglobal.net sfr.fr sky.com skynet.be softbank.ne.jp suomi24.fi t-online.de "
    "telenet.be tiscali.it verizon.net virgilio.it virginmedia.com wanadoo.fr web.de yahoo.co.jp "
    "yahoo.co.uk yahoo.com yahoo.de yahoo.es yahoo.fr yahoo.it yandex.com yandex.ru ymail.com "
    "ziggo.nl zoho.com".split()
)

#: Free-mail providers by name, for the country endings not listed above (outlook.de, yahoo.co.in).
_FREE_LABELS = frozenset(
    "gmail googlemail hotmail outlook live msn yahoo ymail icloud aol gmx protonmail yandex libero "
    "virgilio wanadoo laposte rediffmail naver hanmail seznam interia".split()
)

#: Domain labels of applicant-tracking systems, scheduling tools, assessment services and job boards
#: that send interview invitations on an employer's behalf: a sign of hiring, never the employer.
HIRING_SENDERS = frozenset(
    "greenhouse greenhouse-mail greenhousemail lever ashbyhq ashby ashbymail workday myworkday myworkdayjobs "
    "smartrecruiters goodtime modernloop calendly icims taleo successfactors sapsf personio recruitee "
    "recruiteemail teamtailor teamtailormail hirevue codility hackerrank hackerearth coderpad codesignal karat "
    "testgorilla jobvite bamboohr workable workablemail breezy breezyhr recruiterbox jazzhr applytojob "
    "zohorecruit softgarden onlyfy prescreen dvinci jobylon welcometothejungle homerun hireology paradox olivia "
    "prelude yello cronofy stepstone efinancialcareers hackajob triplebyte herp hrmos talentio wantedly jobcan "
    "doda bizreach mynavi rikunabi en-gage engage nhsjobs usajobs trac jobtrain intervieweb inrecruiting "
    "jobteaser talentsoft taleez flatchr beetween rexx rexx-systems umantis concludis interamt kuntarekry "
    "valtiolle otys carerix recruitnow infojobs bizneo join kenjo harri pageuppeople pageup factorialhr "
    "factorial magneto magneto365 avature hrmanager welcomekit pinpointhq comeet manatal recruitcrm ceipal bullhorn "
    "jobdiva beamery phenompeople eightfold hirebridge clearcompany csod cornerstoneondemand lumesse talentlink "
    "jobadder livehire elmotalent scouttalent applicantpro applicantstack hiringthing myrecruitmentplus "
    "laura talentadore duunitori oikotie".split()
)

#: Rooms and calendars that Google adds as attendees.
CALENDAR_SYSTEM = ("calendar.google.com", "resource.calendar.google.com", "group.calendar.google.com")
_SECOND_LEVEL = frozenset("co com org net ac gov edu ltd plc ne or go gob gouv gv nhs".split())


def registered(domain: str) -> str:
    """``careers.initech.co.uk`` → ``initech.co.uk``: the part a company registers."""
    labels = domain.split(".")
    keep = 3 if len(labels) >= 3 and labels[-2] in _SECOND_LEVEL else 2
    return ".".join(labels[-keep:])


@lru_cache(maxsize=4096)
def free_mail(domain: str) -> bool:
    """Free mail whatever its country ending: outlook.de, hotmail.nl, yahoo.co.in.

    Cached: detection asks this of every guest of every event, and a calendar has few domains.
    """
    return domain in FREE_MAIL or registered(domain).split(".")[0] in _FREE_LABELS
