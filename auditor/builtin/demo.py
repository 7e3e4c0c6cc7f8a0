"""Realistic demo data: three chains, twenty locations, a year of mystery-shopping visits.

The data are random but reproducible (fixed seed) and shaped like real programmes: some
locations improve month after month, some decline, and a few fail the same standard again
and again, so trends, rankings and weak-standard reports have something to show.
"""

from __future__ import annotations

import math
import random
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta, timezone
from typing import Any

from sqlalchemy import func, insert, select
from sqlalchemy.orm import Session

from auditor.errors import AuditorError, Cancelled
from auditor.services.diaries import CRITERIA as DIARY_CRITERIA
from auditor.services.diaries import FEELINGS
from auditor.services.templates import install_builtins, latest_version
from auditor.store.models import (
    ActionStatus,
    Answer,
    Audit,
    AuditStatus,
    ChangeLogEntry,
    CorrectiveAction,
    Diary,
    DiaryEvent,
    Location,
    Organisation,
    Person,
    PersonRole,
    Question,
    QuestionKind,
    Review,
    ReviewDecision,
    Standard,
    TemplateVersion,
)

Progress = Callable[[int, int], None]
IsCancelled = Callable[[], bool]


@dataclass(frozen=True)
class City:
    name: str
    language: str
    utc_offset: int


CITIES = {
    "Warszawa": City("Warszawa", "pl", 1),
    "Kraków": City("Kraków", "pl", 1),
    "Gdańsk": City("Gdańsk", "pl", 1),
    "Ljubljana": City("Ljubljana", "sl", 1),
    "Maribor": City("Maribor", "sl", 1),
    "София": City("София", "bg", 2),
    "Пловдив": City("Пловдив", "bg", 2),
    "תל אביב": City("תל אביב", "he", 2),
    "חיפה": City("חיפה", "he", 2),
    "London": City("London", "en", 0),
}

ORGANISATIONS: list[tuple[str, str, list[tuple[str, str, str]]]] = [
    (
        "Baltic Savings Bank",
        "bank",
        [
            ("Oddział Warszawa Centrum", "Warszawa", "ul. Marszałkowska 104"),
            ("Oddział Kraków Rynek", "Kraków", "Rynek Główny 12"),
            ("Oddział Gdańsk Długa", "Gdańsk", "ul. Długa 45"),
            ("Poslovalnica Ljubljana Center", "Ljubljana", "Slovenska cesta 35"),
            ("Poslovalnica Maribor", "Maribor", "Glavni trg 8"),
            ("Клон София Витоша", "София", "бул. Витоша 18"),
            ("סניף תל אביב דיזנגוף", "תל אביב", "דיזנגוף 50"),
        ],
    ),
    (
        "Adriatic Hotels",
        "hotel",
        [
            ("Hotel Adriatic Ljubljana", "Ljubljana", "Miklošičeva cesta 9"),
            ("Hotel Adriatic Kraków", "Kraków", "ul. Floriańska 28"),
            ("Хотел Адриатик Пловдив", "Пловдив", "ул. Княз Александър I 5"),
            ("Hotel Adriatic London Bridge", "London", "12 Tooley Street"),
            ("מלון אדריאטיק חיפה", "חיפה", "שדרות בן גוריון 21"),
            ("Хотел Адриатик София", "София", "бул. Мария Луиза 2"),
        ],
    ),
    (
        "Balkan Grill",
        "restaurant",
        [
            ("Balkan Grill Warszawa Mokotów", "Warszawa", "ul. Puławska 17"),
            ("Balkan Grill Gdańsk Oliwa", "Gdańsk", "ul. Opacka 3"),
            ("Balkan Grill Maribor Lent", "Maribor", "Lent 14"),
            ("Балкан Грил Пловдив", "Пловдив", "ул. Отец Паисий 30"),
            ("Балкан Грил София Център", "София", "ул. Граф Игнатиев 11"),
            ("בלקן גריל תל אביב", "תל אביב", "רוטשילד 22"),
            ("Balkan Grill Camden", "London", "88 Camden High Street"),
        ],
    ),
]

SHOPPERS = [
    ("Anna Kowalska", "pl"),
    ("Matej Novak", "sl"),
    ("Мария Петрова", "bg"),
    ("נועה לוי", "he"),
    ("James Carter", "en"),
]

CARELESS_SHOPPER = "Matej Novak"  # ticks boxes in a hurry: low agreement with the others

COMMENTS_GOOD = {
    "en": [
        "Warm welcome, the adviser remembered my name from the phone call.",
        "Clear explanation of fees, no pressure to sign.",
        "Very tidy counter, short queue.",
    ],
    "pl": [
        "Bardzo miła obsługa, pani od razu zaproponowała pomoc.",
        "Doradca cierpliwie wyjaśnił wszystkie opłaty.",
        "Czysto i spokojnie, kolejka krótka.",
    ],
    "sl": [
        "Prijazen sprejem, svetovalka je bila zelo potrpežljiva.",
        "Vse je bilo jasno razloženo, brez čakanja.",
        "Urejeni prostori, prijetno vzdušje.",
    ],
    "bg": [
        "Служителката беше много любезна и ми обясни всичко подробно.",
        "Нямаше опашка, обслужиха ме веднага.",
        "Чисто и подредено, приятна атмосфера.",
    ],
    "he": [
        "קבלת פנים חמה, הנציגה הסבירה הכול בסבלנות.",
        "השירות היה מהיר ומקצועי, בלי תור.",
        "המקום נקי ומסודר, אווירה נעימה.",
    ],
}

COMMENTS_BAD = {
    "en": [
        "Nobody looked up for almost two minutes.",
        "The fee quoted was wrong; the leaflet says otherwise.",
        "Staff chatting with each other while customers waited.",
    ],
    "pl": [
        "Nikt mnie nie przywitał przez dwie minuty.",
        "Pracownik podał błędną wysokość prowizji.",
        "Długa kolejka i tylko jedno stanowisko otwarte.",
    ],
    "sl": [
        "Nihče me ni pozdravil, zaposleni so klepetali med seboj.",
        "Napačna informacija o obrestni meri.",
        "Dolga vrsta, odprto le eno okence.",
    ],
    "bg": [
        "Никой не ме поздрави почти две минути.",
        "Дадоха ми грешна информация за таксите.",
        "Дълга опашка, работеше само едно гише.",
    ],
    "he": [
        "אף אחד לא בירך אותי במשך כמעט שתי דקות.",
        "נמסר לי מידע שגוי על העמלות.",
        "תור ארוך ורק עמדה אחת פתוחה.",
    ],
}

NARRATIVES = {
    "en": "Scenario: opening a savings account for a relative; visit carried out as planned.",
    "pl": "Scenariusz: otwarcie rachunku oszczędnościowego; wizyta przebiegła zgodnie z planem.",
    "sl": "Scenarij: odprtje varčevalnega računa; obisk je potekal po načrtu.",
    "bg": "Сценарий: откриване на спестовна сметка; посещението протече по план.",
    "he": "תרחיש: פתיחת חשבון חיסכון לקרוב משפחה; הביקור התקיים כמתוכנן.",
}

DIARISTS = [
    ("Katarzyna Wiśniewska", "pl", "Szkolenie z obsługi klienta: dzienniczek zdarzeń"),
    ("Георги Иванов", "bg", "Дневник на обслужването, група 3"),
    ("Yael Cohen", "he", "יומן אירועי שירות, קורס מנהלים"),
]

DIARY_PLACES = [
    ("Kiosk on the corner", "Kiosk Ruch", "in_person"),
    ("Mobile operator hotline", "Telco Plus", "phone"),
    ("Online shop", "ModaNet", "web"),
    ("Bank branch", "Baltic Savings Bank", "branch_visit"),
    ("Pharmacy", "Apteka Zdrowie", "in_person"),
    ("Electricity supplier", "EnergoGrid", "email"),
    ("Courier", "FastParcel", "sms"),
    ("Insurance live chat", "SafeLife", "chat"),
    ("Restaurant", "Balkan Grill", "in_person"),
    ("Town hall", "City Office", "in_person"),
]
DIARY_TEXT = {
    "pl": "Szybko i sprawnie, ale bez uśmiechu.",
    "bg": "Чаках дълго, но служителят се извини.",
    "he": "הנציג היה אדיב ופתר את הבעיה בשיחה אחת.",
    "en": "Quick and friendly, problem solved at once.",
}


@dataclass
class LocationProfile:
    location_id: uuid.UUID
    language: str
    utc_offset: int
    base: float
    trend: float
    weak_question: str | None


def _clamp(value: float, low: float, high: float) -> float:
    return max(low, min(high, value))


def _answer_value(
    rng: random.Random, q: Question, quality: float, weak: bool
) -> tuple[Any, bool] | None:
    """A plausible answer (value, na) for one question, or None to leave it unanswered."""
    p = quality - ((0.3 if q.critical else 0.55) if weak else 0.0)
    kind = q.kind
    if kind == QuestionKind.YES_NO:
        if q.na_allowed and rng.random() < 0.15:
            return None, True
        if q.critical and not weak:
            p = 1.0 - (1.0 - p) * 0.2  # knock-outs are rare where the standard is drilled
        return rng.random() < p, False
    if kind == QuestionKind.RATING:
        lo, hi = int(q.scale.get("min", 1)), int(q.scale.get("max", 5))
        raw = lo + (hi - lo) * p + rng.gauss(0, (hi - lo) * 0.15)
        return round(_clamp(raw, lo, hi)), False
    if kind == QuestionKind.NUMBER:
        seconds = rng.lognormvariate(math.log(60 + 500 * (1 - p) ** 2), 0.45)
        return int(_clamp(seconds, 5, 1800)), False
    if kind == QuestionKind.SINGLE_CHOICE:
        keys = [c.key for c in q.choices]
        weights = [p * 3, 1.0, (1 - p) * 3][: len(keys)]
        return rng.choices(keys, weights=weights)[0], False
    if kind == QuestionKind.MULTIPLE_CHOICE:
        picked = [c.key for c in q.choices if rng.random() < p * 0.6]
        return (picked, False) if picked or rng.random() < 0.5 else None
    if kind == QuestionKind.DURATION:
        return int(rng.uniform(6, 25) * 60), False
    return None


def _profiles(rng: random.Random, locations: list[tuple[Location, City]]) -> list[LocationProfile]:
    profiles = []
    weak_choices = ["greeted_30s", "info_correct", "name_badge", "asked_needs"]
    for index, (loc, city) in enumerate(locations):
        trend = 0.0
        if index % 5 == 0:
            trend = 0.025  # improving after training
        elif index % 7 == 3:
            trend = -0.02  # slipping
        weak = weak_choices[index % len(weak_choices)] if index % 6 == 1 else None
        profiles.append(
            LocationProfile(
                location_id=loc.id,
                language=city.language,
                utc_offset=city.utc_offset,
                base=rng.uniform(0.6, 0.92) - (0.12 if trend > 0 else 0.0),
                trend=trend,
                weak_question=weak,
            )
        )
    return profiles


def _ensure_empty(session: Session) -> None:
    if session.scalar(select(func.count(Audit.id))):
        raise AuditorError("the database already holds audits; demo data goes into a new one")


def generate_demo(
    session: Session,
    *,
    today: date | None = None,
    seed: int = 20261122,
    visits_per_month: float = 4.6,
    progress: Progress | None = None,
    cancelled: IsCancelled | None = None,
) -> dict[str, int]:
    """Fill an empty database with a year of demo data in the caller's transaction."""
    _ensure_empty(session)
    rng = random.Random(seed)
    today = today or date.today()
    install_builtins(session)
    version = latest_version(session, "mystery-shopper-branch")

    locations: list[tuple[Location, City]] = []
    for org_name, sector, locs in ORGANISATIONS:
        org = Organisation(name=org_name, sector=sector)
        session.add(org)
        for index, (name, city_name, address) in enumerate(locs, start=1):
            loc = Location(
                organisation=org,
                name=name,
                code=f"{sector[:2].upper()}{index:03d}",
                city=city_name,
                address=address,
                department="Front office",
            )
            session.add(loc)
            locations.append((loc, CITIES[city_name]))
    shoppers = [
        Person(name=name, role=PersonRole.SHOPPER, language=lang, email=f"shopper{i}@example.org")
        for i, (name, lang) in enumerate(SHOPPERS, start=1)
    ]
    manager = Person(name="Quality Manager", role=PersonRole.MANAGER, language="en")
    session.add_all([*shoppers, manager])
    session.flush()

    counts = _generate_audits(
        session,
        rng,
        version,
        locations,
        shoppers,
        manager,
        today,
        visits_per_month,
        progress,
        cancelled,
    )
    counts.update(_generate_surveys(session, rng, locations, today))
    from auditor.services.scoring import recompute_scores

    recompute_scores(session, progress=progress, cancelled=cancelled)
    counts["diary_events"] = _generate_diaries(session, rng, today)
    counts["corrective_actions"] = _generate_actions(session, locations, today)
    counts["organisations"] = len(ORGANISATIONS)
    counts["locations"] = len(locations)
    counts["shoppers"] = len(shoppers)
    session.add(
        ChangeLogEntry(
            actor="demo",
            entity="database",
            entity_id=uuid.uuid4(),
            action="demo-data",
            details=counts,
        )
    )
    session.flush()
    return counts


def _generate_audits(
    session: Session,
    rng: random.Random,
    version: TemplateVersion,
    locations: list[tuple[Location, City]],
    shoppers: list[Person],
    manager: Person,
    today: date,
    visits_per_month: float,
    progress: Progress | None,
    cancelled: IsCancelled | None,
) -> dict[str, int]:
    questions = [q for s in version.sections for q in s.questions]
    profiles = _profiles(rng, locations)
    start = today - timedelta(days=365)
    months = 12
    total = int(len(profiles) * months * visits_per_month)
    audits: list[dict[str, Any]] = []
    answers: list[dict[str, Any]] = []
    reviews: list[dict[str, Any]] = []
    done = 0
    for month in range(months):
        for prof in profiles:
            n = int(visits_per_month) + (1 if rng.random() < visits_per_month % 1 else 0)
            for _ in range(n):
                if cancelled and cancelled():
                    raise Cancelled("demo data generation was cancelled; nothing was stored")
                day = start + timedelta(days=month * 30 + rng.randrange(30))
                if day > today:
                    day = today
                local = datetime(
                    day.year,
                    day.month,
                    day.day,
                    rng.randrange(9, 18),
                    rng.randrange(60),
                    tzinfo=timezone(timedelta(hours=prof.utc_offset)),
                )
                visit_start = local.astimezone(UTC)
                quality = _clamp(prof.base + prof.trend * month + rng.gauss(0, 0.06), 0.05, 0.99)
                audit_id = uuid.uuid4()
                shopper = rng.choice(shoppers)
                age_days = (today - day).days
                status = (
                    AuditStatus.ACCEPTED
                    if age_days > 21
                    else rng.choice(
                        [
                            AuditStatus.SUBMITTED,
                            AuditStatus.SUBMITTED,
                            AuditStatus.DRAFT,
                            AuditStatus.RETURNED,
                            AuditStatus.ACCEPTED,
                        ]
                    )
                )
                audits.append(
                    {
                        "id": audit_id,
                        "template_version_id": version.id,
                        "location_id": prof.location_id,
                        "shopper_id": shopper.id,
                        "visit_start": visit_start,
                        "visit_end": visit_start + timedelta(minutes=rng.randrange(8, 35)),
                        "observed_staff": rng.choice(["A. N.", "M. K.", "Д. С.", "ר. ג.", "T. H."]),
                        "status": status,
                        "narrative": NARRATIVES[prof.language],
                        "submitted_at": None
                        if status == AuditStatus.DRAFT
                        else visit_start + timedelta(hours=rng.randrange(1, 30)),
                        "created_at": visit_start,
                        "updated_at": visit_start,
                        "grade": "",
                        "critical_failed": [],
                    }
                )
                answers.extend(
                    _answers_for(rng, audit_id, questions, quality, prof, shopper, visit_start)
                )
                if status in (AuditStatus.ACCEPTED, AuditStatus.RETURNED):
                    reviews.append(
                        {
                            "id": uuid.uuid4(),
                            "audit_id": audit_id,
                            "reviewer_id": manager.id,
                            "decision": ReviewDecision(status.value),
                            "notes": ""
                            if status == AuditStatus.ACCEPTED
                            else "Please add the waiting time and a photo of the entrance.",
                            "created_at": visit_start + timedelta(days=2),
                        }
                    )
                done += 1
                if progress and done % 50 == 0:
                    progress(done, total)
    for chunk in range(0, len(audits), 500):
        session.execute(insert(Audit), audits[chunk : chunk + 500])
    for chunk in range(0, len(answers), 2000):
        session.execute(insert(Answer), answers[chunk : chunk + 2000])
    if reviews:
        session.execute(insert(Review), reviews)
    if progress:
        progress(total, total)
    return {"audits": len(audits), "answers": len(answers), "reviews": len(reviews)}


def _answers_for(
    rng: random.Random,
    audit_id: uuid.UUID,
    questions: list[Question],
    quality: float,
    prof: LocationProfile,
    shopper: Person,
    when: datetime,
) -> list[dict[str, Any]]:
    rows = []
    values: dict[str, Any] = {}
    for q in questions:
        if q.key == "wait_acknowledged" and not (values.get("wait_seconds", 0) > 300):
            continue  # not relevant: the relevance rule hides it
        comment = ""
        if q.kind == QuestionKind.TEXT:
            pool = COMMENTS_GOOD if quality > 0.7 else COMMENTS_BAD
            lang = shopper.language if rng.random() < 0.5 else prof.language
            value: Any = rng.choice(pool[lang])
            na = False
        else:
            result = _answer_value(rng, q, quality, weak=q.key == prof.weak_question)
            if result is None:
                continue
            value, na = result
            if q.kind == QuestionKind.YES_NO and not na and shopper.name == CARELESS_SHOPPER:
                value = value if rng.random() < 0.7 else not value
            if q.kind == QuestionKind.YES_NO and value is False and rng.random() < 0.5:
                lang = shopper.language if rng.random() < 0.5 else prof.language
                comment = rng.choice(COMMENTS_BAD[lang])
        values[q.key] = value
        rows.append(
            {
                "id": uuid.uuid4(),
                "audit_id": audit_id,
                "question_id": q.id,
                "value": value,
                "na": na,
                "comment": comment,
                "answered_at": when,
            }
        )
    return rows


def _survey_answers(
    rng: random.Random, version: TemplateVersion, values: dict[str, Any]
) -> list[tuple[Question, Any]]:
    return [(q, values[q.key]) for s in version.sections for q in s.questions if q.key in values]


def _generate_surveys(
    session: Session,
    rng: random.Random,
    locations: list[tuple[Location, City]],
    today: date,
) -> dict[str, int]:
    """Customer-survey (NPS, CSAT, CES) and SERVQUAL responses from a customer panel."""
    panel = Person(name="Customer panel", role=PersonRole.SHOPPER, language="en")
    session.add(panel)
    session.flush()
    survey = latest_version(session, "customer-survey")
    servqual = latest_version(session, "servqual")
    audits: list[dict[str, Any]] = []
    answers: list[dict[str, Any]] = []

    def add(
        version: TemplateVersion, loc: Location, when: datetime, values: dict[str, Any]
    ) -> None:
        audit_id = uuid.uuid4()
        audits.append(
            {
                "id": audit_id,
                "template_version_id": version.id,
                "location_id": loc.id,
                "shopper_id": panel.id,
                "visit_start": when,
                "visit_end": when + timedelta(minutes=5),
                "status": AuditStatus.SUBMITTED,
                "submitted_at": when + timedelta(minutes=5),
                "created_at": when,
                "updated_at": when,
                "grade": "",
                "critical_failed": [],
            }
        )
        for q, value in _survey_answers(rng, version, values):
            answers.append(
                {
                    "id": uuid.uuid4(),
                    "audit_id": audit_id,
                    "question_id": q.id,
                    "value": value,
                    "na": False,
                    "comment": "",
                    "answered_at": when,
                }
            )

    start = datetime.combine(today - timedelta(days=365), datetime.min.time(), tzinfo=UTC)
    channels = ["branch", "phone", "online"]
    for index, (loc, _city) in enumerate(locations):
        mood = 0.55 + 0.35 * ((index * 7) % 10) / 10
        for month in range(12):
            for _ in range(2):
                when = start + timedelta(days=month * 30 + rng.randrange(30), hours=12)
                p = _clamp(mood + rng.gauss(0, 0.18), 0.0, 1.0)
                add(
                    survey,
                    loc,
                    when,
                    {
                        "contact_channel": rng.choice(channels),
                        "nps": round(_clamp(10 * p + rng.gauss(0, 1), 0, 10)),
                        "csat": round(_clamp(1 + 4 * p + rng.gauss(0, 0.5), 1, 5)),
                        "ces": round(_clamp(1 + 6 * p + rng.gauss(0, 0.8), 1, 7)),
                        "resolved": rng.random() < p,
                    },
                )
        for _ in range(3):
            when = start + timedelta(days=rng.randrange(360), hours=15)
            values: dict[str, Any] = {}
            # One respondent's view of a dimension drives all its items (so the scale holds).
            levels = {
                (side, dim): rng.gauss(6.0, 0.6)
                if side == "e"
                else rng.gauss(4.2 + 2 * mood - 1.1, 0.9)
                for side in "ep"
                for dim in ("tangibles", "reliability", "responsiveness", "assurance", "empathy")
            }
            for q in (q for s in servqual.sections for q in s.questions):
                side, _, rest = q.key.partition("_")
                if side in ("e", "p"):
                    level = levels[(side, rest.rsplit("_", 1)[0])]
                    values[q.key] = round(_clamp(level + rng.gauss(0, 0.45), 1, 7))
            points = [rng.uniform(0.5, 1.5) for _ in range(5)]
            shares = [round(100 * x / sum(points)) for x in points]
            shares[0] += 100 - sum(shares)
            for dim, share in zip(
                ("tangibles", "reliability", "responsiveness", "assurance", "empathy"),
                shares,
                strict=True,
            ):
                values[f"importance_{dim}"] = share
            add(servqual, loc, when, values)
    for chunk in range(0, len(audits), 500):
        session.execute(insert(Audit), audits[chunk : chunk + 500])
    for chunk in range(0, len(answers), 2000):
        session.execute(insert(Answer), answers[chunk : chunk + 2000])
    return {"survey_responses": len(audits)}


def _generate_diaries(session: Session, rng: random.Random, today: date) -> int:
    count = 0
    for index, (name, lang, title) in enumerate(DIARISTS):
        owner = Person(name=name, role=PersonRole.DIARIST, language=lang)
        start = today - timedelta(days=20 + index * 30)
        diary = Diary(
            owner=owner,
            title=title,
            purpose="Record every service encounter for two weeks, even buying gum at a kiosk.",
            period_start=start,
            period_end=start + timedelta(days=13),
        )
        session.add(diary)
        for day in range(14):
            for _ in range(rng.randrange(2, 6)):
                place, org, channel = rng.choice(DIARY_PLACES)
                expectation = rng.randrange(3, 8)
                experience = int(
                    _clamp(expectation + rng.choice([-3, -2, -1, 0, 0, 1, 1, 2]), 1, 7)
                )
                when = datetime.combine(
                    start + timedelta(days=day), datetime.min.time(), tzinfo=UTC
                ) + timedelta(hours=rng.randrange(7, 21), minutes=rng.randrange(60))
                diary.events.append(
                    DiaryEvent(
                        occurred_at=when,
                        place=place,
                        organisation=org,
                        channel=channel,
                        description=DIARY_TEXT.get(lang, DIARY_TEXT["en"]),
                        expectation=expectation,
                        experience=experience,
                        satisfaction=int(_clamp(round((experience + 1) * 5 / 8), 1, 5)),
                        feeling=rng.choice(FEELINGS),
                        criteria=rng.sample(DIARY_CRITERIA, rng.randrange(1, 4)),
                        would_recommend=experience >= expectation + 1,
                        would_warn=experience <= expectation - 2,
                    )
                )
                count += 1
    session.flush()
    return count


def _generate_actions(session: Session, locations: list[tuple[Location, City]], today: date) -> int:
    standards = {s.code: s for s in session.scalars(select(Standard))}
    plans = [
        ("GREET-30", 1, "Greeting drill at the morning briefing", ActionStatus.IN_PROGRESS, 14),
        ("INFO", 7, "Refresh fee table training for all advisers", ActionStatus.OPEN, 30),
        ("APPEAR", 13, "Order new name badges", ActionStatus.DONE, -10),
        ("WAIT-5", 2, "Open a second counter at lunchtime", ActionStatus.OPEN, 21),
    ]
    for code, loc_index, title, status, due_in in plans:
        loc = locations[loc_index % len(locations)][0]
        session.add(
            CorrectiveAction(
                standard=standards[code],
                location=loc,
                title=title,
                owner="Branch manager",
                due_date=today + timedelta(days=due_in),
                status=status,
            )
        )
    session.flush()
    return len(plans)
