"""Event titles that read like an editor's headline, made from a claim or an outlet's headline.

A claim is a sentence as an outlet wrote it: it often opens or closes with who said it
("Bagheri said the ...", "..., the ministry said", "According to Al-Mayadeen, ..."), quotes
half a phrase, or runs past any headline's length. An editor keeps the news and drops the
frame: the reported clause stands alone ("would" becomes "will", "it" for the speaker
becomes the speaker), quote marks are balanced, and a long sentence loses its opening
adverbial ("Earlier at the summit, ...") and its asides (", the world's largest airliner,")
and is cut where a clause ends. The site shows who said what beside every claim, so the
title need not.

Plain rules, no parser: they were checked against the seeds, the synthetic corpus and the
MEANTIME news sentences; ``tests/test_events.py`` names each case.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from generator import lexicon

TITLE_WORDS = 16


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# verbs that only report speech: "X said Y" is Y. Not "condemned", "promised", "accused":
# those are news themselves. "told" takes its hearer: only "told reporters" reports.
_SAY = (
    lexicon.alternation("reporting-verbs", exclude=frozenset({"told", "tells"}))
    + r"|told (?:reporters|journalists|the press|a news conference|a press conference)"
)
# ... and those that report speech only when "that" follows ("announced a deal" is news)
_SAY_THAT = (
    _SAY + r"|told [^,;:\"“”]{1,40}?|" + lexicon.alternation("announcing-verbs", "citing-verbs", "belief-verbs")
)
_AUX = r"(?:(?:has|have|had|also|later|then|further|again|previously|separately|both|all|now) )*"
_WHEN = (r"(?: (?:on |last |this |early |late )?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|"
         r"today|yesterday|tonight|morning|evening|week|month|year)| (?:in|at|during) [^,;:\"“”]{1,40}?)?")
# the speaker: a name or noun phrase, with one aside ("Dan Cook, an analyst at IG Markets,")
_SUBJECT = r"(?P<x>[A-Z][^,;:()\"“”]{0,70}?|he|she|they|it|we|I)(?P<aside>, [^,;:\"“”]{1,80}?,?)?"
_LEADING = re.compile(rf"^{_SUBJECT} {_AUX}(?P<v>{_SAY}){_WHEN}(?P<sep>,? that,? |: |, | )(?P<rest>.+)$")
_LEADING_THAT = re.compile(rf"^{_SUBJECT} {_AUX}(?P<v>{_SAY_THAT}){_WHEN}(?P<sep> that,? )(?P<rest>.+)$")
_IMPERSONAL = re.compile(r"^(?:it|this) (?:is|was|has been|had been) (?:(?:widely |now )?(?:expected|reported|"
                         r"understood|believed|said|thought|known|feared|hoped)(?: that|(?! to\b))|"
                         r"(?:likely|clear) that) "
                         r"(?P<rest>.+)$", re.IGNORECASE)
_NEWS = re.compile(r"^(?:news|word|reports?) (?:also |has |had )*(?:came|come|emerged|broke) (?:out )?that "
                   r"(?P<rest>.+)$",
                   re.IGNORECASE)
# "it" standing for nothing: "said it was not true that ..." is no statement about the speaker
_EXPLETIVE = re.compile(r"^it (?:is|was|'s|will be|would be|would have been|has been|had been|seems|seemed|appears|"
                        r"appeared) "
                        r"(?:not |also |still |now |very )?(?:true|false|clear|unclear|likely|unlikely|possible|"
                        r"impossible|important|necessary|time|too|hard|difficult|easy|essential|vital|wrong|right|"
                        r"good|bad|better|worse|worth|that|to|a |an |the )", re.IGNORECASE)
_ACCORDING_FIRST = re.compile(r"^according to [^,;:]{1,80}?, (?P<rest>.+)$", re.IGNORECASE)
_ACCORDING_LAST = re.compile(r",? according to [^,;:\"“”]{1,80}$", re.IGNORECASE)
# at the end of a sentence (", Kadhafi charged."), more verbs only attribute what came before
_TRAIL = re.compile(rf"\b(?:{_SAY}|told|"
                    rf"{lexicon.alternation('announcing-verbs', 'citing-verbs', 'stance-verbs', 'trailing-verbs')})\b")
_INVERTED = re.compile(rf"^(?:{_SAY})\s+(?:[A-Z]|the\b|a\b|an\b|his\b|her\b)")
# in the middle: "This 'switch', he said, would happen next year"
_MIDDLE = re.compile(r",\s+(?:he|she|they|it|the [a-z]+(?: [a-z]+)?|[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3}) "
                     rf"(?:{_SAY}|warned),\s+(?P<rest>.*)$")
_PREP_TAIL = re.compile(r"^(?:on|at|in|during|after|before|while|from|to|last|this|yesterday|today|tonight|"
                        r"earlier|later|when|as|by|about|of|told|quoted|cited)\b")

_CLAUSE_SPLIT = re.compile(r"(,\s+(?!\d)|;\s+|\s+[—–-]{1,2}\s+|:\s+)")
_SOFT_CUT = re.compile(r"\s(?=(?:and|but|while|whereas|after|before|because|as|when|which|who|although|though|"
                       r"since|until|amid|despite|following|including|due|with|to|in|on|at|for|from|over)\s)")
_PREPOSITIONS = _words("with to in on at for from over")
_NEEDS_PREP = _words("able unable due likely set going ready prior close according order attempt effort bid known")

_SUBORDINATORS = _words(
    """although though whereas while when whenever once because since if unless until after before as
    despite"""
)
_PRONOUNS = _words("he she it they we i you this that these those there")
_CONJ = _words("and but or nor")
_INTRO = _words(
    """about above across after against along amid among around as at before behind below beside
    besides between beyond by despite during earlier except following for from if in inside into
    later like meanwhile near of off on onto over past per regarding since than through throughout
    till to toward towards under unless unlike until upon via when whenever where while whilst with
    within without yesterday today moreover however also first finally instead still thus therefore
    separately additionally although though whereas once because"""
)
_FRAGMENT = _words(
    """which who whom whose whereas because although though while including is are was were be been
    being has have had would will could can may might must should shall does do did am"""
) | _CONJ
_AUX_WORDS = _words(
    """is are was were be been being has have had will would could can may might must should shall does
    do did am won't can't isn't aren't wasn't weren't hasn't haven't hadn't says"""
)
_VERBS = _words(
    """said met held took made won lost left rose fell hit cut set put began led sent saw went came
    gave told became agreed signed fled grew spent paid sold bought built broke chose drew drove
    fought found flew froze got hid hung kept knew laid lent let lit meant ran rang sank shot shut
    sat slid spoke stood stole struck swore swept threw understood woke wore wrote"""
)
_DANGLING = _words(
    """a an the of to in on at by for from with and or but as that which who whose than into onto upon
    its their his her our my your this these those nor per via about between among over under"""
)
_DISCOURSE = _words(
    """earlier meanwhile however later also moreover first finally separately additionally instead
    initially yes"""
)
_PARTICIPLES = _words(
    """including following citing according saying adding noting speaking regarding concerning considering
    quoting commenting responding reacting pointing describing referring asked speaking"""
)
_TIME = re.compile(r"\b(?:however|thus far|so far|earlier|later|meanwhile|yesterday|today|tonight|morning|afternoon|"
                   r"evening|day|week|month|year|weekend|monday|tuesday|wednesday|thursday|friday|saturday|"
                   r"sunday|january|february|march|april|may|june|july|august|september|october|november|"
                   r"december|\d{4})\b", re.IGNORECASE)
_ALNUM = re.compile(r"[^\W_]")
_QUOTES = "\"“”‘’'`"


# "... | Reuters", "... | The Kestrel Courier": a name (capitalised words) after the last bar; not
# "Council votes 5 | 4 on budget", where the bar is the headline's own
_OUTLET_AFTER = re.compile(r"\s+\|\s+(?=[^|]{1,40}$)[A-Z][\w.&'’-]*(?:\s+(?:[A-Z][\w.&'’-]*|of|the|and|de|for|on))*$")


def headline(text: str, speaker_names: Sequence[str] = (), limit: int = TITLE_WORDS) -> str:
    """A headline-like title for ``text`` (a claim or an outlet's headline), at most ``limit`` words.

    ``speaker_names``: the speaker's name first; a verb phrase with no subject ("and stressed
    the need to ...") takes it.
    """
    return edit(text, speaker_names, limit)[0]


def edit(text: str, speaker_names: Sequence[str] = (), limit: int = TITLE_WORDS) -> tuple[str, bool]:
    """The title, and whether it stands alone (not "Which will ...", "And stressed ...")."""
    t = _unwrap(re.sub(r"\s+", " ", text).strip().rstrip(" .").strip())
    t = _OUTLET_AFTER.sub("", t)  # "... | Reuters": the outlet's name after a headline
    t = _unkicked(t)
    t = _frames(t)
    for _ in range(2):
        if _count(t.split()) <= limit:
            break
        # too long whole: the main clause, without opening adverbial or asides
        parts = _CLAUSE_SPLIT.split(t)
        t = _frames(_drop_asides("".join(parts[_start(parts):])))
    words = t.split()
    if words and speaker_names and words[0] in ("He", "She", "he", "she"):
        words = [speaker_names[0], *words[1:]]  # "He will visit Paris in May", said by Macron
    whole = bool(words) and not _subjectless(words) and _bare(words[0]) not in _PRONOUNS - {"there"}
    if words and not whole and speaker_names and _bare(words[0]) not in _AUX_WORDS and _verbish(_bare(words[0])):
        words = [speaker_names[0], *words]  # "and stressed the need ...", said by Ayyoub
        whole = True
    t = _finish(_cut(" ".join(words), limit))
    if not _count([t]):  # nothing left of a text of odd pieces: its words, plainly cut
        plain = [w.strip(_QUOTES + "()") for w in text.split() if _count([w])]
        t = " ".join(w for w in plain[:limit] if w) + ("…" if len(plain) > limit else "")
        return _capital(t), False
    return _capital(t), whole


_KICKERS = lexicon.words("kicker-words") | lexicon.words("section-words")
_KICKER_BEFORE = re.compile(r"^(?P<k>[^:|–—-]{2,30}?)\s*(?::|\s[|–—-])\s+(?=\S)")
_KICKER_AFTER = re.compile(r"\s+[|–—-]\s+(?P<k>[^|–—-]{2,30})$")


def _unkicked(t: str) -> str:
    """Without a page-kind label: 'LIVE: Port Callan explosion - latest updates' is about the
    explosion; only the labels of ``kicker-words`` and ``section-words`` go ('NATO: ...' stays)."""
    for pattern in (_KICKER_BEFORE, _KICKER_AFTER):
        m = pattern.search(t)
        if m and m["k"].strip().casefold() in _KICKERS and len(t) - len(m.group()) >= 12:
            t = t[: m.start()] + t[m.end() :]
    return t.strip()


def _count(words: Sequence[str]) -> int:
    """Words, not stray punctuation ("Apple Corps ' latest suit" is four)."""
    return sum(1 for w in words if _ALNUM.search(w))


def _finish(t: str) -> str:
    """Quote marks paired, no dangling end; each can undo the other, so until both hold."""
    for _ in range(4):
        done = _tidy(_balance_quotes(t))
        if done == t:
            break
        t = done
    return t


def _capital(t: str) -> str:
    """The first letter up, after any opening quote mark; iPhone, iOS and eBay keep their case."""
    lead = len(t) - len(t.lstrip(_QUOTES + "("))
    first = t[lead:].split(" ", 1)[0]
    if any(ch.isupper() for ch in first[1:]):
        return t
    return t[:lead] + t[lead:lead + 1].upper() + t[lead + 1:]


def _frames(t: str) -> str:
    """Without the attribution around the claim, however many layers ("NPD said according to X, ...")."""
    m = _MIDDLE.search(t)
    if m and len(t[: m.start()].split()) >= 2 and "," not in t[: m.start()]:
        rest = re.sub(r"\bwould\b", "will", m.group("rest"), count=1) if " said," in m.group(0) else m.group("rest")
        t = t[: m.start()] + " " + rest
    for _ in range(3):
        before = t
        t = _unwrap(_drop_trailing_frame(_drop_leading_frame(_lead_in(t))).rstrip(" ,"))
        if t == before:
            break
    return t


def _bare(word: str) -> str:
    return word.strip(_QUOTES + ",;:.!?()").lower()


def _verbish(w: str) -> bool:
    return w in _AUX_WORDS or w in _VERBS or (len(w) > 4 and w.endswith("ed"))


def _has_verb(words: Sequence[str]) -> bool:
    return any(_verbish(_bare(w)) for w in words if w[:1].islower() or _bare(w) in _AUX_WORDS)


def _subjectless(words: Sequence[str]) -> bool:
    """A continuation or a verb phrase without its subject ("Would happen ...", "Which will ...")."""
    first = _bare(words[0])
    return first in _FRAGMENT or first in _PARTICIPLES or (
        words[0][:1].islower() and (_verbish(first) or first.endswith("ing")))


def _unwrap(t: str) -> str:
    """Quote marks around the whole text go (a quote ending '..., he said' is handled with frames)."""
    while len(t) > 1 and t[0] in "\"“‘" and t[-1] in "\"”’" and _balanced(t[1:-1]):
        t = t[1:-1].strip().rstrip(",").strip()
    return t


def _lead_in(t: str) -> str:
    """Without an opening "And", "that", "Earlier," or "Initially,": the clause itself."""
    words = t.split()
    while len(words) > 3:
        first = _bare(words[0])
        comma = words[0].endswith(",")
        if (first in _CONJ or first == "that" or (first in ("so", "yet", "then") and comma)
                or ((first in _DISCOURSE or first.endswith("ly")) and comma)
                or (first in _DISCOURSE - {"first", "finally", "yes"} and words[1][:1].isupper())):
            words = words[1:]
            continue
        intro, sep, rest = " ".join(words).partition(", ")
        head = intro.split()
        if sep and len(head) <= 4 and not _has_verb(head) and len(rest.split()) >= 4 and _TIME.search(intro):
            words = rest.split()  # "Last week, ...", "In January 2005, ...": the event's date says when
            continue
        break
    t = " ".join(words)
    return _capital(t) if t[:1].islower() and not _subjectless(words) else t


def _drop_trailing_frame(t: str) -> str:
    """"..., the ministry said", '"...," said Ayyoub at a press conference', ", according to X"."""
    t = _ACCORDING_LAST.sub("", t).rstrip(" ,")
    m = re.search(r"(?:,\s*[\"”’]?|[\"”’]\s*,?)\s+(?P<tail>[^,\"“”]{1,120})$", t)
    if not m or len(t[: m.start()].split()) < 3:
        return t
    tail = " ".join(m.group("tail").split())
    verb = _TRAIL.search(tail)
    if not verb:
        return t
    before = tail[: verb.start()].split()
    after = tail[verb.end():].strip()
    if before:
        ok = len(before) <= 8 and not _has_verb(before[:-1]) and (
            not after or (len(after.split()) <= 8 and _PREP_TAIL.match(after)))
    else:  # "said Ayyoub at a press conference"
        ok = bool(_INVERTED.match(tail)) and len(after.split()) <= 14
    if not ok:
        return t
    head, sep = t[: m.start()], m.group(0)
    closing = next((ch for ch in sep if ch in "\"”’"), "")
    return (head + closing).rstrip(" ,")


def _drop_leading_frame(t: str) -> str:
    """"X said (that) Y" -> Y, "According to X, Y" -> Y, "It is expected that Y" -> Y."""
    m = _ACCORDING_FIRST.match(t) or _IMPERSONAL.match(t) or _NEWS.match(t)
    if m:
        return m.group("rest")
    m = _LEADING_THAT.match(t) or _LEADING.match(t)
    if m:
        x, rest = m.group("x").strip(), m.group("rest").strip()
        rest_words = rest.split()
        aside = (m.group("aside") or "").strip(", ").split()
        first_x = _bare(x.split()[0])
        if (len(x.split()) > 9 or len(rest_words) < 3 or _has_verb(x.split()[1:]) or _has_verb(aside)
                or first_x in _INTRO or first_x in _SUBORDINATORS or first_x in _PARTICIPLES):
            m = None  # "For the final quarter, Ford says ...": an opening, not the speaker
    if not m:
        intro, sep, rest = t.partition(", ")
        head = intro.split()
        if sep and head and len(head) <= 10 and not _has_verb(head) and _bare(head[0]) not in _CONJ:
            inner = _drop_leading_frame(rest)  # "Days after the remarks, the Air Force said the contract ..."
            if inner != rest:
                return f"{intro}, {inner}"
        return t
    if "that" not in m.group("sep") and ":" not in m.group("sep"):
        # no "that": only when a clause follows ("said the airport would stay shut", not "said a prayer")
        if not (_has_verb(rest_words[1:]) or rest.lower().startswith("according to ") or rest[:1] in "\"“"):
            return t
        if _bare(rest_words[0]) in _DANGLING - {"the", "a", "an", "its", "their", "this", "these", "those"}:
            return t
    if rest[:1] in "\"“":
        rest = _unwrap(rest)
    impersonal = _IMPERSONAL.match(rest)
    if impersonal:
        return impersonal.group("rest")
    first = rest.split()[0]
    if _bare(first) in ("he", "she", "it", "they") and x.lower() not in _PRONOUNS and not _EXPLETIVE.match(rest):
        rest = x + rest[len(first):]  # "Aer Lingus said it will receive" -> "Aer Lingus will receive"
    if re.match(r"(?:said|stated|added|noted|stressed|emphasi|explained|claimed|insisted|asserted|argued|maintained|"
                r"declared|told|announced|confirmed|warned|revealed|reported|wrote|reiterated|concluded|believed|"
                r"thought|hoped|predicted|estimated|acknowledged|admitted|tweeted|remarked|underlined|"
                r"underscored|pointed|suggested)", m.group("v")):
        # reported speech back to its own tense: "would" is "will", "had failed" is "failed"
        rest = re.sub(r"^((?:(?!\b(?:that|was|were|had)\b)[^,;])*?)\bwould\b(?! have\b)", r"\1will", rest, count=1)
        rest = re.sub(r"\bhad (?!been\b)(\w+ed)\b", r"\1", rest, count=1)
    return rest


def _start(parts: list[str]) -> int:
    """Index (in the split list, separators at odd places) of the clause a long title starts at.

    Opening adverbials ("Earlier at the summit", "In La Paz", "Citing sources") give way to
    what follows them; a clause opening with a pronoun gives way to a clause after a colon,
    semicolon or dash ("It was a milestone: the first A380 landed ...").
    """
    clauses = list(range(0, len(parts), 2))
    i = 0
    while i + 2 < len(parts):
        words = parts[i].split()
        first = _bare(words[0]) if words else ""
        subordinate = first in _SUBORDINATORS or first in ("which", "who", "whose", "where")
        if (subordinate or ((first in _INTRO or first in _DISCOURSE) and not _has_verb(words))
                or (first.endswith("ing") and not _has_verb(words))):
            i += 2
            continue
        break
    while i and i + 2 < len(parts) and not _has_verb(parts[i].split()) and any(
            _has_verb(parts[j].split()) for j in range(i + 2, len(parts), 2)):
        i += 2  # "In addition to the iPod Classic, Nano and Shuffle, they have announced ..."
    words = parts[i].split()
    first = _bare(words[0]) if words else ""
    if i and ((len(words) < 3 and not _TRAIL.search(parts[i])) or first in _INTRO or first in _SUBORDINATORS
              or first in _PARTICIPLES or (words[0][:1].islower() and first.endswith("ing"))):
        return 0  # nothing after the opening stands as a clause ("Since its debut 5,700 737s have been ...")
    words = parts[i].split()
    if words and _bare(words[0]) in _PRONOUNS:
        for j in clauses:
            if j > i and parts[j - 1].strip() in (":", ";", "—", "–", "-") and len(parts[j].split()) >= 4 \
                    and _bare(parts[j].split()[0]) not in _PRONOUNS and _has_verb(parts[j].split()):
                return j
    return i


def _is_aside(part: str) -> bool:
    """A stretch between two commas that a headline can do without: an apposition or relative clause."""
    words = part.split()
    if not words or len(words) > 12:
        return False
    first = _bare(words[0])
    if first in ("which", "who", "whose", "where", "formerly", "currently", "meanwhile", "however", "too",
                 "also", "though", "for example", "originally", "including"):
        return True
    if words[0][:1].islower() and (first.endswith(("ed", "ing")) or first.endswith("ly")):
        return not any(_bare(w) in _AUX_WORDS for w in words)
    return not _has_verb(words) and _bare(words[0]) not in ("and", "but", "nor")


def _predicate(words: Sequence[str]) -> bool:
    """Whether ``words`` open with a verb (after an adverb): what follows a subject's aside."""
    for w in words[:3]:
        b = _bare(w)
        if not w[:1].islower():
            return False
        if _verbish(b) or (b.endswith("s") and not b.endswith("ss") and len(b) > 3):
            return True
        if not (b.endswith("ly") or b in ("also", "now", "still", "then", "not", "never", "already")):
            return False
    return False


def _drop_asides(t: str) -> str:
    """"The Airbus A380, the world's largest passenger plane, was set to land" -> "The Airbus A380 was set to land"."""
    parts = _CLAUSE_SPLIT.split(t)
    out = [parts[0]]
    k = 2
    while k < len(parts):
        after = parts[k + 2].split() if k + 2 < len(parts) else []
        dash = parts[k - 1].strip() in ("-", "--", "—", "–") and parts[k + 1:k + 2] == [parts[k - 1]]
        if ((dash or (parts[k - 1].strip() == "," and k + 1 < len(parts) and parts[k + 1].strip() == ","))
                and len(after) >= 2
                and _predicate(after) and _is_aside(parts[k])):
            out.extend([" ", parts[k + 2]])  # the aside and both its commas go
            k += 4
            continue
        out.extend([parts[k - 1], parts[k]])
        k += 2
    return re.sub(r"\s+", " ", "".join(out)).strip()


def _cut(t: str, limit: int) -> str:
    """At most ``limit`` words, cut where a clause ends, else before a conjunction or
    preposition once the verb is in, else mid-phrase with an ellipsis."""
    words = t.split()
    if _count(words) <= limit:
        return t
    parts = _CLAUSE_SPLIT.split(t)
    kept, n = "", 0
    last = ""
    for i in range(0, len(parts), 2):
        k = _count(parts[i].split())
        if n + k > limit or (i and parts[i - 1].strip() != ","):
            break
        kept, n, last = kept + (parts[i - 1] if i else "") + parts[i], n + k, parts[i]
    if last != kept and last.split() and _bare(last.split()[0]) in _SUBORDINATORS | _FRAGMENT | {"including", "where"}:
        kept = kept[: len(kept) - len(last)].rstrip(" ,")  # "..., when 20 years ago"
        n -= _count(last.split())
    if n >= 6 and _has_verb(kept.split()):
        return kept
    fit, counted = 0, 0  # how many of the words (punctuation tokens free) make ``limit``
    for w in words:
        counted += 1 if _ALNUM.search(w) else 0
        if counted > limit:
            break
        fit += 1
    head = " ".join(words[: fit + 1]) + " "
    best, best_conj = None, None
    for m in _SOFT_CUT.finditer(head):
        left = head[: m.start()].split()
        nxt = head[m.end():].split(" ", 1)[0]
        if not (5 <= _count(left) <= limit) or _bare(left[-1]) in _DANGLING:
            continue
        if nxt in _PREPOSITIONS and (_verbish(_bare(left[-1])) or _bare(left[-1]) in _NEEDS_PREP
                                     or left[-1][-1:].isdigit()):
            continue  # "were related | to", "was able | to", "20 | to 25 percent"
        if nxt == "to" and _catenative(left[-1]):
            continue  # "Chrysler wants | to eliminate ...": the verb needs what follows
        if nxt == "but" and "not only" in " ".join(left[-6:]).lower():
            continue  # "not only US banks | but also ..."
        lowercase_content = [w for w in left if w[:1].islower() and _bare(w) not in _DANGLING]
        if _has_verb(left) or len(lowercase_content) >= 3:
            best = m.start()
            then = head[m.end():].split()[1:2]
            clause_ends = nxt not in _PREPOSITIONS and (nxt not in _CONJ or (then and _verbish(_bare(then[0]))))
            if clause_ends and _count(left) >= limit * 0.6:
                best_conj = m.start()  # "... as CEO | and has been serving since": the clause ends here
    if best_conj is not None or best is not None:
        return head[: best_conj if best_conj is not None else best].rstrip()
    if n >= 4:
        return kept
    short = words[:fit]
    while len(short) > 1 and _bare(short[-1]) in _DANGLING:
        short.pop()
    return " ".join(short).rstrip(",;:") + "…"


def _catenative(word: str) -> bool:
    """A present verb that takes "to" and a verb ("wants", "plans", "vows", "seeks"): a lower-case word in
    -s, not -ss. A plural noun looks the same ("sends troops to"); not cutting there costs a longer title."""
    w = _bare(word)
    return word[:1].islower() and w.endswith("s") and not w.endswith(("ss", "us", "is"))


def _balanced(t: str) -> bool:
    return not _stray_quotes(t)


def _stray_quotes(t: str) -> list[int]:
    """Positions of double quote marks (and curly single ones) with no partner."""
    stray: list[int] = []
    open_curly: list[int] = []
    open_single: list[int] = []
    straight: list[int] = []
    for i, ch in enumerate(t):
        if ch == "“":
            open_curly.append(i)
        elif ch == "”":
            if open_curly:
                open_curly.pop()
            else:
                stray.append(i)
        elif ch == "‘":
            open_single.append(i)
        elif ch == "’":
            between_letters = 0 < i < len(t) - 1 and t[i - 1].isalnum() and t[i + 1].isalnum()
            if between_letters or (i and t[i - 1] in "sS" and not open_single):
                continue  # an apostrophe: Iran’s, the ministers’
            if open_single:
                open_single.pop()
            else:
                stray.append(i)
        elif ch == '"':
            straight.append(i)
    stray.extend(open_curly)
    stray.extend(open_single)
    if len(straight) % 2:
        # the odd one out: an opening mark with nothing after it, else a closing mark at the start, else the last
        opening = [i for i in straight if i == 0 or (not t[i - 1].isalnum() and t[i - 1] not in ".,!?")]
        stray.append(straight[-1] if straight[-1] in opening or not opening else opening[0])
    return sorted(stray)


_JOINED = re.compile(rf"^(?:and|but|while|whereas)\s+(?P<also>also\s+)?(?P<v>(?:{_SAY_THAT}|"
                     rf"{lexicon.alternation('stance-verbs', 'trailing-verbs')}))\b(?P<rest>.*)$", re.DOTALL)
_JOINED_THAT = re.compile(r"^(?:and|but)\s+that\b(?P<rest>.*)$", re.DOTALL)


def with_subject(text: str, subject: str | None) -> str:
    """A clause cut from its sentence, read as a sentence of its own: "and stressed the need to
    confront the sanctions" said by Ayyoub is "Ayyoub stressed the need to confront the
    sanctions"; "and that rebel groups are ..." is "Ayyoub said that rebel groups are ...".
    Any other text, or no subject, is returned as it is."""
    if not subject:
        return text
    m = _JOINED.match(text)
    if m:
        return f"{subject} {m.group('also') or ''}{m.group('v')}{m.group('rest')}"
    m = _JOINED_THAT.match(text)
    if m:
        return f"{subject} said that{m.group('rest')}"
    return text


def close_quote(t: str) -> str:
    """A sentence cut from a quote of several sentences, shown whole: the mark its quote opened
    (or closed) in another sentence is added, so it still reads as a quote."""
    stray = _stray_quotes(t)
    if len(stray) != 1:
        return t
    i, mark = stray[0], t[stray[0]]
    closing = i > 0 and t[i - 1] in ".,!?;:" and mark in "\"”"  # '...this act."', '...pressure," he said'
    opening = (i == 0 or t[i - 1].isspace()) and mark in "\"“" and i < len(t) - 1
    if closing:
        return ("“" if mark == "”" else '"') + t
    if opening:
        return t + ("”" if mark == "“" else '"')
    return t


def _balance_quotes(t: str) -> str:
    """Drop quote marks left without a partner (a cut through a quote, a quote opened before the claim)."""
    stray = set(_stray_quotes(t))
    if not stray:
        return t
    return re.sub(r"\s+", " ", "".join(ch for i, ch in enumerate(t) if i not in stray)).strip()


def _balance_parentheses(t: str) -> str:
    """A ")" with no "(" goes; a "(" the cut left open ends the title before it."""
    opened: list[int] = []
    stray: set[int] = set()
    for i, ch in enumerate(t):
        if ch == "(":
            opened.append(i)
        elif ch == ")":
            if opened:
                opened.pop()
            else:
                stray.add(i)
    if opened and len(t[: opened[0]].split()) >= 3:
        t, stray = t[: opened[0]].rstrip() + ("…" if t.endswith("…") else ""), {i for i in stray if i < opened[0]}
    else:
        stray |= set(opened)
    return "".join(ch for i, ch in enumerate(t) if i not in stray)


def _tidy(t: str) -> str:
    """No trailing punctuation, dangling function word or unclosed parenthesis."""
    t = _balance_parentheses(t)
    words = t.split()
    while len(words) > 1 and not words[-1].endswith("…") and _bare(words[-1]) in _DANGLING and _count(words[:-1]):
        words.pop()
    t = " ".join(words).strip()
    t = re.sub(r"[\s,;:—–-]+$", "", t)
    t = re.sub(r"[,;:]+([\"”’])$", r"\1", t)  # 'part of the aggression,"' -> 'part of the aggression"'
    return t.rstrip(" ,;:.")
