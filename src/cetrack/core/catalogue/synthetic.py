"""Large, realistic and clearly labelled synthetic catalogues for tests and benchmarks.

Every item is marked three ways: `synthetic=True`, an id starting with "syn-", and a provider
name ending in "(synthetic)". Nothing here describes a real offering. The same arguments always
give the same catalogue.

Shape (see docs/catalogue.md): about a third of the items sit in conferences (each $300-$900,
2-5 days, including 10-40 sessions dated inside the conference, sessions only through the
conference); packages ($40-$250) include 20-200 online courses, some of which are only sold
through a package (price None); the rest are online courses (many free, many $10-$60), webinars,
workshops, certificate and degree programmes, employer in-services (price 0, employer-paid) and
professional involvement. Every item kind and every ledger topic is used when `n_items` allows;
Florida's mandatory topics (HIV/AIDS, medical errors, Florida laws and rules) appear as
Florida-approved courses.
"""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import date, timedelta
from decimal import Decimal

from cetrack.core.catalogue.model import Catalogue, CatalogueItem
from cetrack.core.vocabulary import vocabulary

_PROVIDERS = (
    "Northfield Laboratory Academy",
    "Bench to Bedside CE",
    "Coastal Society for Laboratory Science",
    "Midstate University Extension",
    "Prairie Pathology Education",
    "Summit Laboratory Learning",
    "Harborview Clinical Labs",
    "Riverbend Medical Center",
)
_SUBJECTS = (
    "an update",
    "case studies",
    "troubleshooting at the bench",
    "new guidelines",
    "common pitfalls",
    "best practices",
    "a review for the generalist",
    "what changed this year",
    "quality indicators",
    "competency in practice",
)
_PLACES = (
    "Springfield, IL",
    "Portland, OR",
    "Orlando, FL",
    "Denver, CO",
    "Raleigh, NC",
    "Phoenix, AZ",
    "Columbus, OH",
    "Boston, MA",
)
_TOPIC_LABEL = {
    "safety": "Laboratory safety",
    "quality": "Quality management",
    "ethics": "Ethics in the laboratory",
    "blood-banking": "Blood banking",
    "chemistry": "Clinical chemistry",
    "hematology": "Hematology",
    "microbiology": "Microbiology",
    "immunology": "Immunology",
    "molecular": "Molecular diagnostics",
    "genetics": "Cytogenetics",
    "urinalysis": "Urinalysis and body fluids",
    "histology": "Histotechnology",
    "cytology": "Cytopathology",
    "anatomic-pathology": "Anatomic pathology",
    "macroscopic-examination": "Gross examination",
    "phlebotomy": "Phlebotomy",
    "point-of-care": "Point-of-care testing",
    "laboratory-operations": "Laboratory regulation and compliance",
    "management": "Laboratory management",
    "supervision": "Supervision and administration",
    "education": "Teaching in the laboratory",
    "hiv-aids": "HIV/AIDS",
    "medical-errors": "Prevention of medical errors",
    "fl-laws-rules": "Florida laws and rules",
    "general": "Laboratory science",
}
_FLORIDA = (
    ("hiv-aids", Decimal(1)),
    ("medical-errors", Decimal(2)),
    ("fl-laws-rules", Decimal(1)),
)
# Weighted accreditation mix for courses, webinars and workshops.
_ACCREDITATIONS = (
    ("pace", 35),
    ("cmle", 20),
    ("accent", 15),
    ("accme", 5),
    ("state-board", 10),
    ("society", 5),
    ("none", 10),
)
# The "other" pool: kind and weight (online courses are the bulk).
_POOL_KINDS = (
    ("online-course", 55),
    ("webinar", 15),
    ("workshop", 7),
    ("in-service", 8),
    ("involvement", 6),
    ("certificate-program", 5),
    ("degree-program", 2),
    ("conference-session", 2),
)
_CYCLE = (
    "online-course",
    "webinar",
    "workshop",
    "in-service",
    "involvement",
    "certificate-program",
    "degree-program",
    "conference-session",
)
_PACKAGE_ONLY_PER_PACKAGE = 60  # at most this many package-only courses per package
_INVOLVEMENT = ("presentation", "publication", "committee", "mentoring")


def synthetic_catalogue(
    n_items: int,
    *,
    seed: int = 0,
    packages: int = 20,
    conferences: int = 50,
    start: date,
    horizon_days: int = 730,
) -> Catalogue:
    """A deterministic synthetic catalogue of exactly `n_items` items (see module docstring)."""
    return _Generator(
        n_items=max(0, n_items),
        seed=seed,
        packages=max(0, packages),
        conferences=max(0, conferences),
        start=start,
        horizon_days=max(1, horizon_days),
    ).run()


class _Generator:
    def __init__(
        self,
        *,
        n_items: int,
        seed: int,
        packages: int,
        conferences: int,
        start: date,
        horizon_days: int,
    ) -> None:
        self.n = n_items
        self.seed = seed
        self.rng = random.Random(seed)
        self.max_packages = packages
        self.max_conferences = conferences
        self.start = start
        self.horizon = horizon_days
        self.last_day = start + timedelta(days=horizon_days - 1)
        self.topics = tuple(vocabulary().topics)
        self.plain_topics = tuple(t for t in self.topics if t not in dict(_FLORIDA))
        self.items: list[CatalogueItem] = []
        self.counter = 0
        self.topic_cursor = 0
        accs, acc_weights = zip(*_ACCREDITATIONS, strict=True)
        self.accs: tuple[str, ...] = accs
        self.acc_cum = _cumulative(acc_weights)
        kinds, kind_weights = zip(*_POOL_KINDS, strict=True)
        self.pool_kinds: tuple[str, ...] = kinds
        self.kind_cum = _cumulative(kind_weights)

    # -- helpers ----------------------------------------------------------------------------

    def next_id(self, tag: str) -> str:
        self.counter += 1
        return f"syn-{tag}-{self.counter:06d}"

    def provider(self) -> str:
        return f"{self.rng.choice(_PROVIDERS)} (synthetic)"

    def pick_topics(self) -> tuple[str, ...]:
        # The first items walk through every topic so that each one is used.
        if self.topic_cursor < len(self.plain_topics):
            first = self.plain_topics[self.topic_cursor]
            self.topic_cursor += 1
        else:
            first = self.rng.choice(self.plain_topics)
        if self.rng.random() < 0.3:
            second = self.rng.choice(self.plain_topics)
            if second != first:
                return (first, second)
        return (first,)

    def accreditation(self) -> str:
        return self.rng.choices(self.accs, cum_weights=self.acc_cum)[0]

    def day(self, *, slack: int = 0) -> date:
        return self.start + timedelta(days=self.rng.randrange(max(1, self.horizon - slack)))

    def dollars(self, low: int, high: int) -> Decimal:
        return Decimal(self.rng.randint(low, high))

    def hours(self, choices: tuple[str, ...]) -> Decimal:
        return Decimal(self.rng.choice(choices))

    def title(self, topics: tuple[str, ...], what: str) -> str:
        return f"{_TOPIC_LABEL.get(topics[0], topics[0])}: {self.rng.choice(_SUBJECTS)} ({what})"

    # -- the build ---------------------------------------------------------------------------

    def run(self) -> Catalogue:
        budget_conferences = self.n * 3 // 10
        conference_items = self.conference_plan(budget_conferences)
        remaining = self.n - sum(1 + sessions for sessions in conference_items)
        n_packages = min(self.max_packages, remaining // 60)
        pool_size = remaining - n_packages
        self.build_pool(pool_size, with_packages=n_packages > 0)
        courses = [item for item in self.items if item.kind == "online-course"]
        if not courses:
            n_packages = 0
        self.limit_package_only(n_packages * _PACKAGE_ONLY_PER_PACKAGE)
        courses = [item for item in self.items if item.kind == "online-course"]
        self.build_packages(n_packages, courses)
        for sessions in conference_items:
            self.build_conference(sessions)
        # Fill any shortfall (no packages without courses) with more online courses.
        while len(self.items) < self.n:
            self.items.append(self.online_course(price_none=False))
        assert len(self.items) == self.n
        return Catalogue(
            items=tuple(self.items), problems=(), source=f"synthetic(n={self.n}, seed={self.seed})"
        )

    def conference_plan(self, budget: int) -> list[int]:
        plan: list[int] = []
        used = 0
        while len(plan) < self.max_conferences and budget - used >= 11:
            sessions = min(self.rng.randint(10, 40), budget - used - 1)
            plan.append(sessions)
            used += 1 + sessions
        return plan

    def build_pool(self, size: int, *, with_packages: bool) -> None:
        florida = 0
        seeded = size >= 20  # room to show every kind and the Florida courses up front
        for index in range(size):
            if seeded and index < len(_CYCLE):
                kind = _CYCLE[index]
            elif (seeded and index < len(_CYCLE) + len(_FLORIDA)) or index % 97 == 13:
                self.items.append(self.florida_course(florida % len(_FLORIDA)))
                florida += 1
                continue
            else:
                kind = self.rng.choices(self.pool_kinds, cum_weights=self.kind_cum)[0]
            package_only = with_packages and kind == "online-course" and self.rng.random() < 0.25
            self.items.append(self.make(kind, package_only=package_only))

    def make(self, kind: str, *, package_only: bool) -> CatalogueItem:
        if kind == "online-course":
            return self.online_course(price_none=package_only)
        if kind == "webinar":
            return self.webinar()
        if kind == "workshop":
            return self.workshop()
        if kind == "in-service":
            return self.in_service()
        if kind == "involvement":
            return self.involvement()
        if kind == "certificate-program":
            return self.certificate()
        if kind == "degree-program":
            return self.degree()
        return self.standalone_session()

    def online_course(self, *, price_none: bool) -> CatalogueItem:
        topics = self.pick_topics()
        roll = self.rng.random()
        price: Decimal | None
        if price_none:
            price = None
        elif roll < 0.3:
            price = Decimal(0)
        else:
            price = self.dollars(10, 60)
        use_ceu = self.rng.random() < 0.1
        amount = (
            self.hours(("0.1", "0.15", "0.2", "0.3"))
            if use_ceu
            else self.hours(("0.5", "1", "1", "1.5", "2", "2", "3"))
        )
        expires = (
            self.start + timedelta(days=self.rng.randrange(30, self.horizon + 365))
            if self.rng.random() < 0.4
            else None
        )
        return CatalogueItem(
            id=self.next_id("course"),
            kind="online-course",
            title=self.title(topics, "online course"),
            provider=self.provider(),
            amount=amount,
            unit="ceu" if use_ceu else "hours",
            topics=topics,
            price=price,
            member_price=(
                (price * Decimal("0.8")).quantize(Decimal("0.01"))
                if price and self.rng.random() < 0.3
                else None
            ),
            accreditation=self.accreditation(),
            approval_expires=expires,
            format="online",
            level=self.rng.choice(("basic", "intermediate", "advanced")),
            recurs="ongoing",
            synthetic=True,
            notes="Synthetic test data." if price is not None else "Synthetic; only in a package.",
        )

    def florida_course(self, which: int) -> CatalogueItem:
        topic, hours = _FLORIDA[which]
        return CatalogueItem(
            id=self.next_id("fl"),
            kind="online-course",
            title=f"{_TOPIC_LABEL[topic]} for Florida laboratory personnel (online course)",
            provider=self.provider(),
            amount=hours,
            topics=(topic,),
            price=self.dollars(10, 30),
            accreditation="state-board",
            format="online",
            approvals=("fl",),
            recurs="ongoing",
            synthetic=True,
            notes="Synthetic Florida-approved mandatory course.",
        )

    def webinar(self) -> CatalogueItem:
        topics = self.pick_topics()
        when = self.day()
        return CatalogueItem(
            id=self.next_id("webinar"),
            kind="webinar",
            title=self.title(topics, "live webinar"),
            provider=self.provider(),
            amount=self.hours(("1", "1", "1.5")),
            topics=topics,
            price=Decimal(0) if self.rng.random() < 0.5 else self.dollars(15, 45),
            accreditation=self.accreditation(),
            format="online",
            start=when,
            end=when,
            recurs="one-time",
            synthetic=True,
        )

    def workshop(self) -> CatalogueItem:
        topics = self.pick_topics()
        first = self.day(slack=3)
        return CatalogueItem(
            id=self.next_id("workshop"),
            kind="workshop",
            title=self.title(topics, "hands-on workshop"),
            provider=self.provider(),
            amount=self.hours(("3", "4", "6", "7", "7")),
            topics=topics,
            price=self.dollars(75, 250),
            member_price=self.dollars(50, 75),
            accreditation=self.accreditation(),
            format=self.rng.choice(("in-person", "in-person", "hybrid")),
            start=first,
            end=first + timedelta(days=self.rng.randint(0, 1)),
            location=self.rng.choice(_PLACES),
            recurs="annual" if self.rng.random() < 0.5 else "one-time",
            synthetic=True,
        )

    def in_service(self) -> CatalogueItem:
        topics = self.pick_topics()
        when = self.day()
        return CatalogueItem(
            id=self.next_id("inservice"),
            kind="in-service",
            title=self.title(topics, "employer in-service"),
            provider=f"{self.rng.choice(_PROVIDERS[-2:])} (synthetic)",
            amount=self.hours(("0.5", "1", "1", "2")),
            topics=topics,
            price=Decimal(0),
            accreditation="employer",
            format="in-person",
            start=when,
            end=when,
            location="Employer laboratory",
            recurs="monthly" if self.rng.random() < 0.3 else "one-time",
            employer_paid=True,
            synthetic=True,
        )

    def involvement(self) -> CatalogueItem:
        topics = self.pick_topics()
        activity = self.rng.choice(_INVOLVEMENT)
        deadline = self.day()
        return CatalogueItem(
            id=self.next_id("involve"),
            kind="involvement",
            title=f"{activity.capitalize()}: {_TOPIC_LABEL.get(topics[0], topics[0])}",
            provider=self.provider(),
            amount=self.hours(("1", "2", "3", "5")) if self.rng.random() < 0.5 else None,
            topics=topics,
            price=Decimal(0),
            accreditation="society" if self.rng.random() < 0.5 else "none",
            format=self.rng.choice(("online", "in-person")),
            end=deadline,
            activity_kind=activity,
            recurs="annual",
            usual_month=deadline.month,
            synthetic=True,
            notes="Synthetic; end is the application or submission deadline.",
        )

    def certificate(self) -> CatalogueItem:
        topics = self.pick_topics()
        return CatalogueItem(
            id=self.next_id("cert"),
            kind="certificate-program",
            title=self.title(topics, "certificate programme"),
            provider=self.provider(),
            amount=self.hours(("10", "12", "20", "24", "40")),
            topics=topics,
            price=self.dollars(300, 2500),
            accreditation=self.rng.choice(("pace", "cmle", "university")),
            format=self.rng.choice(("online", "hybrid")),
            recurs="ongoing",
            synthetic=True,
        )

    def degree(self) -> CatalogueItem:
        topics = self.pick_topics()
        term = self.day(slack=120)
        leads = self.rng.choice((("ascp/MLS",), ("ascp/MLT",), ("ascp/MB",), ("ascp/SBB",), ()))
        return CatalogueItem(
            id=self.next_id("degree"),
            kind="degree-program",
            title=self.title(topics, "university course"),
            provider=self.provider(),
            amount=self.hours(("3", "3", "4")),
            unit="semester_hours",
            topics=topics,
            price=self.dollars(900, 3000),
            accreditation="university",
            format=self.rng.choice(("online", "in-person", "hybrid")),
            start=term,
            end=min(term + timedelta(days=105), self.last_day),
            recurs="each-term",
            leads_to=leads,
            synthetic=True,
        )

    def standalone_session(self) -> CatalogueItem:
        topics = self.pick_topics()
        when = self.day()
        return CatalogueItem(
            id=self.next_id("session"),
            kind="conference-session",
            title=self.title(topics, "regional meeting session"),
            provider=self.provider(),
            amount=self.hours(("1", "1.5")),
            topics=topics,
            price=self.dollars(20, 60),
            accreditation=self.accreditation(),
            format="in-person",
            start=when,
            end=when,
            location=self.rng.choice(_PLACES),
            recurs="one-time",
            synthetic=True,
        )

    def limit_package_only(self, capacity: int) -> None:
        """Give a price to package-only courses beyond what the packages can hold."""
        seen = 0
        for index, item in enumerate(self.items):
            if item.kind == "online-course" and item.price is None:
                seen += 1
                if seen > capacity:
                    self.items[index] = replace(
                        item, price=self.dollars(10, 60), notes="Synthetic test data."
                    )

    def build_packages(self, count: int, courses: list[CatalogueItem]) -> None:
        if not count:
            return
        only = [course.id for course in courses if course.price is None]
        buyable = [course.id for course in courses if course.price is not None]
        contents: list[list[str]] = [[] for _ in range(count)]
        for index, course_id in enumerate(only):  # every package-only course is in a package
            contents[index % count].append(course_id)
        for content in contents:
            target = min(max(self.rng.randint(20, 200), len(content)), len(courses))
            have = set(content)
            extra = max(0, target - len(content))
            for course_id in self.rng.sample(buyable, min(extra, len(buyable))):
                if course_id not in have:
                    content.append(course_id)
                    have.add(course_id)
        by_id = {course.id: course for course in courses}
        for content in contents:
            topics: list[str] = []
            total = Decimal(0)
            for course_id in content:
                course = by_id[course_id]
                total += course.hours_of_time or Decimal(0)
                for topic in course.topics:
                    if topic not in topics and len(topics) < 5:
                        topics.append(topic)
            self.items.append(
                CatalogueItem(
                    id=self.next_id("package"),
                    kind="package",
                    title=f"{len(content)}-course CE package (synthetic)",
                    provider=self.provider(),
                    amount=total,
                    topics=tuple(topics),
                    price=self.dollars(40, 250),
                    accreditation="pace",
                    format="online",
                    includes=tuple(content),
                    recurs="ongoing",
                    synthetic=True,
                    notes="Synthetic; hours is the most that can be claimed (sum of the courses).",
                )
            )

    def build_conference(self, sessions: int) -> None:
        days = self.rng.randint(2, 5)
        first = self.day(slack=days)
        last = first + timedelta(days=days - 1)
        accreditation = self.rng.choice(("pace", "accent", "cmle", "accme"))
        conference_id = self.next_id("conf")
        place = self.rng.choice(_PLACES)
        fmt = self.rng.choice(("in-person", "in-person", "hybrid", "online"))
        children: list[CatalogueItem] = []
        topics: list[str] = []
        total = Decimal(0)
        for _ in range(sessions):
            topic_set = self.pick_topics()
            amount = self.hours(("0.5", "1", "1", "1.5", "2"))
            total += amount
            for topic in topic_set:
                if topic not in topics and len(topics) < 6:
                    topics.append(topic)
            on = first + timedelta(days=self.rng.randrange(days))
            children.append(
                CatalogueItem(
                    id=self.next_id("session"),
                    kind="conference-session",
                    title=self.title(topic_set, "conference session"),
                    provider=self.provider(),
                    amount=amount,
                    topics=topic_set,
                    price=None,
                    accreditation=accreditation,
                    format=fmt,
                    start=on,
                    end=on,
                    location=None if fmt == "online" else place,
                    synthetic=True,
                    notes=f"Synthetic; only through {conference_id}.",
                )
            )
        price = self.dollars(300, 900)
        self.items.append(
            CatalogueItem(
                id=conference_id,
                kind="conference",
                title=f"{_TOPIC_LABEL.get(topics[0], 'Laboratory')} annual meeting (synthetic)",
                provider=self.provider(),
                amount=min(total, Decimal(7 * days)),
                topics=tuple(topics),
                price=price,
                member_price=(price * Decimal("0.75")).quantize(Decimal(1)),
                accreditation=accreditation,
                format=fmt,
                start=first,
                end=last,
                location=None if fmt == "online" else place,
                includes=tuple(child.id for child in children),
                recurs="annual",
                usual_month=first.month,
                synthetic=True,
                notes="Synthetic; hours is the most that can be claimed (7 a day at most).",
            )
        )
        self.items.extend(children)


def _cumulative(weights: tuple[int, ...]) -> list[int]:
    out: list[int] = []
    total = 0
    for weight in weights:
        total += weight
        out.append(total)
    return out
