"""Speakers: who says each sentence of one article, and which outlet it is credited to.

Read the way a news reader reads it: the name before "said:" or after '"...," said'; "he" is the
last person named; "the Syrian defense minister" is the person introduced with those words; a
quote with no attribution continues the last speaker's quote; "for his part" hands the word to
someone else. The statements stage cuts the sentences and calls ``attribute`` on them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from functools import lru_cache

from generator import lexicon
from generator.text.names import (
    BODY_CUES,
    BODY_HEADS,
    ROLES,
    STOP,
    TITLES,
    Name,
    classify,
    find_names,
    name_tokens,
    token_key,
)
from generator.text.places import demonym_country, is_place

# ---------------------------------------------------------------- words

SAY_VERBS = lexicon.alternation("reporting-verbs", "announcing-verbs", "stance-verbs", "trailing-verbs")
# "added" speaks only when words follow as speech: "added that", "added:", '"...," he added.'
SAY = re.compile(rf"\b(?:{SAY_VERBS})\b(?<!added)(?<!adds)|\badd(?:ed|s)\b(?=\s*(?:[,:.;\"“”]|that\b|$))")
_PRONOUN = re.compile(r"\b(he|she|He|She)\s*$")
_ROLE_NOUNS = lexicon.alternation("descriptor-nouns")
_DESCRIPTOR = re.compile(
    rf"\b(?:[Tt]he|[Aa]n?)\s+((?:[\w-]+\s+){{0,4}}?(?:{_ROLE_NOUNS}))\s*$"
)
_ADVERBIAL_TAIL = re.compile(
    r"(?:,\s*(?:for (?:his|her|its|their) part|in turn|meanwhile|however|also|too|in response),?"
    r"|\s+(?:also|further|later|then|again|once again|finally|separately|previously|earlier|too))\s*$"
)
_FOR_HIS_PART = re.compile(r"\bfor (?:his|her) part\b", re.IGNORECASE)
_QUOTE_END = re.compile(r"[\"”]\s*,?\s*$")
_WORDS = re.compile(r"[\w-]+")

# ---------------------------------------------------------------- people in the article


@dataclass
class _Person:
    names: list[str]  # every form seen, first first
    roles: set[str] = field(default_factory=set)  # lower-case role words, countries as names
    keys: list[tuple[str, str, int]] = field(default_factory=list)  # (first, last, length) per name
    gender: str | None = None  # "f" or "m" when a title tells ("Mrs.", "King", "spokeswoman")

    @property
    def full(self) -> str:
        return max(self.names, key=lambda n: (len(name_tokens(n)), -self.names.index(n)))



@dataclass
class Sentence:
    """A sentence being cut into statements; ``attribute`` fills in who speaks in it."""

    start: int
    end: int
    paragraph: int
    quote_spans: list[tuple[int, int]]  # absolute
    quote_ids: set[int]  # which quote spans of the article it overlaps
    masked: str = ""  # its text with the quoted words blanked out
    share: float = 0.0  # share of its visible characters inside quotes
    speaker: str | None = None
    speaker_found: str | None = None  # how: name, pronoun, descriptor, continue, inherit, unnamed
    attributed_to: str | None = None
    quoted: bool = False


@lru_cache(maxsize=4096)
def _ends(name: str) -> tuple[str, str, int] | None:
    toks = name_tokens(name)
    if not toks:
        return None
    return token_key(toks[0]), token_key(toks[-1]), len(toks)


_GENDER_CUES = lexicon.mapping("gender-words")


@lru_cache(maxsize=4096)
def _gender_cues(written: str, role: str) -> tuple[str | None, ...]:
    """What each word of a name as written and its role says of a gender, in order ("Mrs." "f")."""
    return tuple(_GENDER_CUES.get(w.lower()) for w in _WORDS.findall(f"{written} {role}"))


@lru_cache(maxsize=4096)
def _role_words(role: str) -> tuple[str, ...]:
    """A role's words, lower case, each followed by the country it names ("Syrian" "syria")."""
    out: list[str] = []
    for w in _WORDS.findall(role):
        out.append(w.lower())
        country = demonym_country(w)
        if country:
            out.append(country)
    return tuple(out)


class _Cast:
    """The people named so far in one article, in the order they were last named."""

    def __init__(self) -> None:
        self.people: list[_Person] = []
        self.order: list[int] = []  # indexes into people, most recent last
        self.by_last: dict[str, list[tuple[int, str, int]]] = {}  # surname key -> (person, first key, length)

    def find(self, name: str) -> int | None:
        """The person a name refers to: same surname, and same first name when both have one;
        the one added last when several do."""
        ends = _ends(name)
        if ends is None:
            return None
        first, last, n = ends
        best = None
        for i, f, m in self.by_last.get(last, ()):
            if (n == 1 or m == 1 or f == first) and (best is None or i > best):
                best = i
        return best

    def knows(self, name: str) -> bool:
        return self.find(name) is not None

    def add(self, name: str, role: str = "", written: str = "") -> int:
        i = self.find(name)
        if i is None:
            self.people.append(_Person([]))
            i = len(self.people) - 1
        person = self.people[i]
        if name not in person.names:
            person.names.append(name)
            ends = _ends(name)
            person.keys.append(ends)
            if ends is not None:
                self.by_last.setdefault(ends[1], []).append((i, ends[0], ends[2]))
        for cue in _gender_cues(written, role):
            person.gender = person.gender or cue
        person.roles.update(_role_words(role))
        if self.order and self.order[-1] == i:
            return i
        if i in self.order:
            self.order.remove(i)
        self.order.append(i)
        return i

    def last(self, other_than: int | None = None, gender: str | None = None, among: list[int] | None = None):
        """The person named last; for 'she', a woman known as one among the last three named first."""
        order = [i for i in (self.order if among is None else among) if i != other_than]
        if gender:
            for i in reversed(order[-3:]):
                if self.people[i].gender == gender:
                    return i
        for i in reversed(order):
            if self.fits(i, gender):
                return i
        return None

    def fits(self, i: int, gender: str | None) -> bool:
        """'she' is no man known as one, 'he' no woman; someone of unknown gender fits either."""
        return gender is None or self.people[i].gender in (None, gender)

    def describe(self, phrase: str) -> int | None:
        """The person a descriptor such as 'the Syrian defense minister' refers to."""
        words = [w.lower() for w in _WORDS.findall(phrase)]
        wants = set()
        for w in words:
            country = demonym_country(w)
            wants.add(country or w)
        best, best_score = None, 0
        for i in self.order:  # oldest first: on a tie the most recent wins
            p = self.people[i]
            score = sum(1 for w in wants if w in p.roles or any(r.startswith(w[:4]) and len(w) >= 4 for r in p.roles))
            if score and score >= best_score:
                best, best_score = i, score
        return best


# ---------------------------------------------------------------- speakers and attribution


def attribute(body: str, sents: list[Sentence]) -> None:
    """Set each sentence's speaker and attribution, reading the article from top to bottom."""
    cast = _Cast()
    last_speaker: int | None = None  # index into cast.people
    last_quote_speaker: int | None = None
    unnamed_last = False  # the last attribution named no one ("a senior official said")
    credited: set[str] = set()  # outlets the article has credited ("according to Al-Mayadeen news")
    bodies: list[str] = []  # organisations named so far, the last named last
    prev: Sentence | None = None
    for sent in sents:
        text = body[sent.start : sent.end]
        masked, share = sent.masked, sent.share
        if sent.speaker_found == "label":  # a transcript's speaker label gave the word
            last_speaker = last_quote_speaker = cast.add(sent.speaker)
            prev = sent
            continue
        names = [n for n in find_names(text) if "_" not in masked[n.start : n.end]]
        earlier = list(cast.order)  # who was named before this sentence: "He said Rouhani erred"
        for nm in names:
            if nm.kind == "person" or (nm.kind == "other" and cast.knows(nm.name)):
                cast.add(nm.name, nm.role, nm.written)
        for nm in names:
            if nm.kind == "body":
                bodies[:] = [*(b for b in bodies if b != nm.name), nm.name]
        how, value, pos = _find_speaker(masked, names)
        if how in (None, "continue") and _body_named(masked, bodies):
            how, value = "body", _body_named(masked, bodies)  # '"...," the ministry said': the one named before
        speaker: int | None = None
        if how == "name":
            nm = value
            if nm.name in credited:
                sent.attributed_to = nm.name  # an outlet the article credited before: "Al-Mayadeen said"
            elif nm.kind in ("person", "other") or cast.knows(nm.name):
                speaker = cast.add(nm.name, nm.role, nm.written)
            elif nm.kind == "outlet":
                sent.attributed_to = nm.name  # "Al-Mayadeen reported": a credit, not a speaker
            else:
                sent.speaker = nm.name  # a body or a country speaking
        elif how == "pronoun" and unnamed_last and not any(n.end <= pos and cast.knows(n.name) for n in names):
            sent.speaker_found = "unnamed"  # "he" is the official who was not named
        elif how == "pronoun":
            gender = "f" if value.lower() == "she" else "m"
            if _FOR_HIS_PART.search(masked):
                speaker = cast.last(other_than=last_speaker, gender=gender)
            else:
                speaker = _last_before(cast, names, pos, earlier, gender)
        elif how == "descriptor":
            speaker = cast.describe(value)
        elif how == "continue":
            speaker = last_quote_speaker
        elif how == "unnamed":  # "said a senior official": someone, but no one named
            sent.speaker_found = "unnamed"
            if share > 0:
                last_quote_speaker = None
        if how:
            unnamed_last = sent.speaker_found == "unnamed"
        if speaker is None and sent.speaker is None and _goes_on(body, sent, prev, masked, text):
            sent.speaker = prev.speaker
            sent.speaker_found = "inherit"
        if how == "body":
            sent.speaker = value
        if speaker is not None:
            sent.speaker = cast.people[speaker].full if how in ("pronoun", "descriptor", "continue") else value.name
            sent.speaker_found = how
            last_speaker = speaker
            if share > 0:
                last_quote_speaker = speaker
        sent.attributed_to = sent.attributed_to or _attribution(masked, names, cast)
        if sent.attributed_to:
            credited.add(sent.attributed_to)
        if sent.attributed_to and not sent.speaker:
            i = cast.find(sent.attributed_to)
            if i is not None:
                sent.speaker, sent.attributed_to = cast.people[i].full, None
        prev = sent

    _spread_quote_speakers(sents)


_BODY_NOUNS = "|".join(sorted(BODY_HEADS | BODY_CUES, key=lambda w: (-len(w), w)))
_BODY_SAID = re.compile(rf"\b[Tt]he\s+((?:[\w-]+\s+){{0,3}}?(?:{_BODY_NOUNS}))\s+(?:also\s+)?(?:{SAY_VERBS})\b"
                        rf"|\b(?:{SAY_VERBS})\s+the\s+((?:[\w-]+\s+){{0,3}}?(?:{_BODY_NOUNS}))\b")


def _body_named(masked: str, bodies: list[str]) -> str | None:
    """The organisation a sentence's speaker refers back to ('the ministry said', 'said the harbour
    authority'): the last one named before whose name ends in that head word and holds the other
    words ("the defence ministry": the Fenmark Defence Ministry). Quoted words are masked."""
    m = _BODY_SAID.search(masked)
    if not m:
        return None
    words = (m.group(1) or m.group(2)).lower().split()
    for name in reversed(bodies):
        low = name.lower().split()
        if low[-1] == words[-1] and all(w in low for w in words[:-1]):
            return name
    return None


def _goes_on(body: str, sent: Sentence, prev: Sentence | None, masked: str, text: str) -> bool:
    """A quote with no attribution goes on with the voice of the quote before it, or is the text
    its speaker's lead-in announced ("Mayor Lind told reporters:")."""
    return (
        sent.quoted and prev is not None and sent.speaker_found != "unnamed"
        and not SAY.search(masked)  # an attribution we could not read is still someone else's
        and bool(prev.speaker) and (bool(prev.quote_ids) or body[prev.start:prev.end].rstrip().endswith(":"))
        and (prev.paragraph == sent.paragraph or _starts_with_quote(text))
    )


def _spread_quote_speakers(sents: list[Sentence]) -> None:
    """A quote running over several sentences has one speaker: the attribution may come last."""
    by_quote: dict[int, str] = {}
    for sent in sents:
        if sent.speaker and sent.speaker_found != "inherit":
            for q in sent.quote_ids:
                by_quote.setdefault(q, sent.speaker)
    for sent in sents:
        if not sent.speaker and sent.quote_ids and sent.speaker_found != "unnamed":
            for q in sorted(sent.quote_ids):
                if q in by_quote:
                    sent.speaker = by_quote[q]
                    break


def _starts_with_quote(text: str) -> bool:
    return text[:1] in "\"“"


def _last_before(cast: _Cast, names: list[Name], pos: int, earlier: list[int], gender: str | None) -> int | None:
    """The last person named before ``pos``: in this sentence, else in the ones before it."""
    for nm in reversed(names):
        if nm.end <= pos:
            i = cast.find(nm.name)
            if i is not None and cast.fits(i, gender):
                return i
    return cast.last(gender=gender, among=earlier)


def _find_speaker(masked: str, names: list[Name]):
    """How the sentence names its speaker: ('name', Name), ('pronoun', ...), ('descriptor', phrase),
    ('continue', None) for a quote attributed with no subject, or (None, None)."""
    colon = _COLON_QUOTE.match(masked)  # 'Mayor Ingrid Solberg: "Do not go back to your homes."'
    if colon:
        for nm in names:
            if nm.kind == "person" and nm.end == colon.end("who"):
                return "name", nm, colon.end("who")
    for m in SAY.finditer(masked):
        left = masked[: m.start()]
        core = _ADVERBIAL_TAIL.sub("", left.rstrip()).rstrip()
        # '"...," he said' / 'he said'
        pm = _PRONOUN.search(core)
        if pm:
            return "pronoun", pm.group(1), m.start()
        for i, nm in enumerate(reversed(names)):
            if nm.end > len(core):
                continue
            # "SDK, announces" is no subject; "Brandt's widow, Karin Brandt, said" is: a name in commas
            between = core[nm.end :].strip()
            if not between or (between == "," and core[: nm.start].rstrip().endswith(",") and nm.kind == "person"):
                if nm.kind != "person":
                    # "Scott Carson, president and CEO of Boeing Commercial Airplanes said": Carson
                    for person in reversed(names[: len(names) - 1 - i]):
                        if person.kind in ("person", "other") and (_EMPLOYER.match(core, person.end, nm.start)
                                                                   or _OF_BODY.fullmatch(core, person.end, nm.start)):
                            return "name", person, m.start()  # also "Petra Lind of the Harbour Authority said"
                return "name", nm, m.start()
        # 'Ali Akbar Salehi, head of the Atomic Energy Organization of Iran, said'
        for nm in reversed(names):
            if nm.end < len(core) and _APPOSITION.match(core, nm.end) and nm.kind in ("person", "other"):
                apposition = core[nm.end :].strip(" ,")
                return "name", replace(nm, role=f"{nm.role} {apposition}".strip()), m.start()
        dm = _DESCRIPTOR.search(core)
        if dm and not _PLURAL.search(dm.group(1)):
            return ("unnamed" if dm.group(0)[:1] in "aA" else "descriptor"), dm.group(1), m.start()
        if _QUOTE_END.search(core) or not core.strip(" ,"):
            # inverted: '"...," said Ayyoub' / '"...," added.' / '"...," said a senior official'
            right = masked[m.end() :]
            for k, nm in enumerate(names):
                between = right[: nm.start - m.end()]
                if nm.start >= m.end() and (_only_titles(between) or (nm.kind == "person" and _job_before(between))):
                    # "said Uralsib analyst Chris Weafer": the person after the firm and the job
                    after = names[k + 1] if k + 1 < len(names) else None
                    if nm.kind != "person" and after and after.kind in ("person", "other") and (
                            _JOB_BETWEEN.fullmatch(masked, nm.end, after.start)
                            or (after.cued and _only_titles(masked[nm.end:after.start]))):
                        return "name", after, m.start()  # also "said Harbour Master Jen Okafor"
                    return "name", nm, m.start()
            if re.match(r"^\s*(?:he|she)\b", right):
                return "pronoun", right.split()[0], m.start()
            dm = _DESCRIPTOR_AFTER.match(right)
            if dm and not _PLURAL.search(dm.group(1)):
                return ("unnamed" if dm.group(0).lstrip()[:1] in "aA" else "descriptor"), dm.group(1), m.start()
            if _QUOTE_END.search(core):
                return "continue", None, m.start()
    return None, None, 0


def _only_titles(between: str) -> bool:
    """Nothing but rank and role words between "said" and a name: '"...," said Mayor Maria Lind'."""
    words = [w.rstrip(".").lower() for w in between.replace(",", " ").split()]
    return all(w in TITLES or w in ROLES for w in words)


def _job_before(between: str) -> bool:
    """A job in lower case, ending in a role word, between "said" and a person's name: '"...," said
    harbour master Tomas Brenner', '... said the town's fire chief, Tomas Brenner'."""
    words = between.replace(",", " ").split()
    words = words[1:] if words[:1] in (["the"], ["a"], ["an"]) else words
    return 1 <= len(words) <= 4 and all(w == w.lower() for w in words) and words[-1].rstrip(".") in ROLES


_DESCRIBED_SPEAKER = re.compile(
    rf"\b[Tt]he\s+((?:[\w-]+\s+){{0,4}}?(?:{_ROLE_NOUNS}))\s+(?:also\s+)?(?:{SAY_VERBS})\b"
)


def descriptor(text: str) -> str | None:
    """The words a statement names its speaker by, when it names no one: 'the Syrian defense minister'."""
    m = _DESCRIBED_SPEAKER.search(text)
    if not m or _PLURAL.search(m.group(1)):
        return None
    return "the " + m.group(1)


_EMPLOYER = re.compile(r",\s+(?:(?:the|a|an)\s+)?(?:[a-z][^\"“”,]{0,80}\s)?(?:of|at|for|with|from)\s+(?:the\s+)?$")
_COLON_QUOTE = re.compile(r"^\s*(?P<who>[A-Z][^:\"“”_]{1,80}?)\s*:\s*[\"“_]")
_OF_BODY = re.compile(r"\s+(?:of|at|from)\s+(?:the\s+)?")
_JOB_BETWEEN = re.compile(r"(?:\s+[a-z][\w-]*){1,4}\s+")
_APPOSITION = re.compile(r",\s+(?:[a-z0-9(]|the\b|a\b|an\b)[^\"“”]{0,160}?,\s*$")
_PLURAL = re.compile(r"\b(?:two|three|both|several|many|officials|ministers|sources)\b", re.IGNORECASE)
_DESCRIPTOR_AFTER = re.compile(
    rf"\s*(?:[Tt]he|[Aa]n?)\s+((?:[\w-]+\s+){{0,4}}?(?:{_ROLE_NOUNS}))\b"
)


_ACCORDING = re.compile(
    r"\b[Aa]ccording to\s+(?:the\s+)?(?:[A-Z][\w-]*[’']s\s+)?"
    r"((?:[A-Z][\w’'-]*\.?)(?:\s+(?:of\s+|for\s+|the\s+)*[A-Z][\w’'-]*)*)"
)
_TOLD = re.compile(r"\btold\s+(?:the\s+)?((?:[A-Z][\w’'-]*)(?:\s+[A-Z][\w’'-]*)*)")
_CITING = lexicon.alternation("citing-verbs")
_REPORTED = re.compile(
    r"((?:[A-Z][\w’'-]*)(?:\s+[A-Z][\w’'-]*)*)(?:\s+(?:news agency|newspaper|daily|television|TV|channel|website))?"
    rf"\s+(?:{_CITING})\b"
)
_REPORT_CUE = re.compile(rf"\b(?:{_CITING})\b")
_REPORTED_BY = re.compile(rf"\b(?:{_CITING}) by\s+(?:the\s+)?((?:[A-Z][\w’'-]*)(?:\s+[A-Z][\w’'-]*)*)")


def _attribution(masked: str, names: list[Name], cast: _Cast) -> str | None:
    """The outlet or document a sentence is credited to: 'according to Lebanon's Al-Mayadeen news'."""
    for rx, cue in ((_ACCORDING, "ccording to"), (_REPORTED_BY, " by "), (_TOLD, "told"), (_REPORTED, "")):
        if cue not in masked or (rx is _REPORTED and not _REPORT_CUE.search(masked)):
            continue
        for m in rx.finditer(masked):
            name = m.group(1).strip()
            name = re.sub(r"^.*[’']s\s+", "", name)  # "Iran's Tasnim" -> "Tasnim"
            if name.endswith(".") and name.count(".") == 1:
                name = name[:-1]
            low = name.lower()
            if not name or low in STOP or is_place(name):
                continue
            if " " not in name and demonym_country(name):
                continue  # "Iranian state media reported": a people's adjective, not an outlet
            if rx is _TOLD and (cast.knows(name) or classify(name) != "outlet"):
                continue  # "told Reuters", not "told Bagheri"
            if rx is _REPORTED and m.start(1) == 0 and name.split()[0].lower() in STOP:
                continue
            return name
    return None
