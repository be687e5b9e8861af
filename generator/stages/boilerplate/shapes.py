"""The shapes of a page's furniture, one line at a time: what a line is made of, never whose.

Each test reads one line of text (surrounding whitespace removed) and says whether it is
furniture of one kind: a menu, a time stamp, a byline, a credit, a ticker, an editor's note,
a live blog's sign-off, a prompt to subscribe, a comment thread's controls. The words they
know are the lexicon's; the outlet's own name comes from ``sources.yml``. Prefix tests give
the length of what opens a line of text and is not the article (an outlet's name, a dateline,
an update stamp, a transcript's speaker label).
"""

from __future__ import annotations

import re

from generator import lexicon
from generator.text.calendar_words import MONTH_NUMBER, WEEKDAY_ABBR, WEEKDAYS
from generator.text.introductions import ORGANISATION_HEADS
from generator.text.places import is_place

TERMINAL = re.compile(r"[.!?…][\"'”’»)\]]*$")
_WORD = re.compile(r"[^\W_][\w'’.&-]*")
_EMPHASIS = re.compile(r"^(?:\*\*|__|\*|_)(.+?)(?:\*\*|__|\*|_)$")

# "(photo credit: X)", "Photo: Jane Roe / The Daily", "Image credit - Agency", "Credit: ..."
CREDIT_ONLY = re.compile(
    r"^[(\[]?\s*(?:(?:photo|image|picture|video|graphic|illustration)s?\s*(?:credits?|courtesy|source)?|"
    r"credits?|courtesy|photograph)\s*[:\-–—]\s*[^()]{1,80}[)\]]?$"
    # a picture agency's credit alone: "Getty Images", "AFP via Getty Images", "AP Photo/Jane Roe"
    r"|^(?:[\w.-]+ via )?[A-Z][\w.-]*(?: [A-Z][\w.-]*)?(?: photos?| images| pictures)(?:\s*/\s*[^/()]{2,40})?$"
    r"|^(?:image|photo|picture) (?:source|copyright)\s*[,:].{1,80}$",
    re.IGNORECASE,
)
CREDIT_INLINE = re.compile(
    r"[(\[]\s*(?:photo|image|picture|video|graphic|illustration)s?\s*(?:credits?|courtesy|source)?\s*[:\-–—]"
    r"[^)\]]{1,80}[)\]]"
    # "... on Thursday. Photograph: Jane Roe/Kestrel Courier": a caption whose credit closes it
    r"|[.!?]\s+(?:photo(?:graph)?|picture|image)s?(?:\s+credits?)?\s*:\s*[^.!?:]{2,80}$"
    # "Pictured: the burnt-out warehouse", "Main picture: ...": a caption by its opening label
    r"|^(?:pictured|(?:main |top )?(?:picture|photo|image))\s*:\s*\S",
    re.IGNORECASE,
)
# "... in Marlow Bay, March 10, 2025. REUTERS/Anna Berg": a wire picture's caption, its credit closing it
# (an agency's name, a slash, the photographer's), the date the picture was taken in the caption
_CREDIT = r"(?:[A-Z][\w&.'’-]*\s+){0,3}[A-Z][\w&.'’-]*\s*/\s*[A-Z][\w'’-]+(?:\s+[A-Z][\w'’.-]+){1,3}"
_WIRE_CREDIT = re.compile(rf"[.!?]\s+{_CREDIT}$")
_CREDIT_LINE = re.compile(_CREDIT)
_NOT_A_PERSON = lexicon.words("body-words") | lexicon.words("body-heads") | ORGANISATION_HEADS
_CAPTION_DATE = re.compile(r"\b(?:[A-Za-z]{3,9}\.?\s+\d{1,2}\b|\d{1,2}\s+[A-Za-z]{3,9}\b|\d{4}\b)")


def is_wire_credit(text: str) -> bool:
    """A wire picture's credit on a line of its own, under or over its caption ("REUTERS/Anna Berg")."""
    return _CREDIT_LINE.fullmatch(text) is not None and text.rsplit(None, 1)[-1].casefold() not in _NOT_A_PERSON


def is_wire_caption(text: str) -> bool:
    """A caption closed by an agency's credit ("... March 10, 2025. REUTERS/Anna Berg"): the
    caption names the day the picture was taken; a sentence of news never ends in such a credit."""
    m = _WIRE_CREDIT.search(text)
    if m is None or m.group().rsplit(None, 1)[-1].casefold() in _NOT_A_PERSON:  # ".../Safety Board"
        return False
    return any(_is_date(d.group()) for d in _CAPTION_DATE.finditer(text, 0, m.start() + 1))


def _is_date(found: str) -> bool:
    """"March 10", "10 March", "Mar. 10" or a year: not "Unit 10" or "400 members"."""
    word = next((w for w in re.findall(r"[A-Za-z]+", found)), None)
    if word is None:
        return 1800 <= int(found) <= 2200
    return word.casefold() in MONTH_NUMBER


# "SOURCE: Al Jazeera and news agencies" closing a story
SOURCE_LINE = re.compile(r"^sources?\s*:\s*[^.!?]{2,80}$", re.IGNORECASE)
READ_MORE = re.compile(
    r"^(?:read more|read also|also read|related(?: articles| news| stories| content| topics| coverage| links)?|"
    r"see also|more on this(?: story)?|more from [\w ]{1,30}|recommended(?: for you)?|you may also like|"
    r"you might also like|most read|trending(?: now)?|latest news|more stories|further reading|"
    # a link to the outlet's own video, audio or pictures, or to its earlier story
    r"watch|video|listen|audio|podcast|in pictures|photos|gallery|previously)\s*[:\-–—»>]*\s*",
    re.IGNORECASE,
)
_BYLINE = re.compile(r"^(?:written |posted |reported )?by\s+(?P<who>\S.*)$", re.IGNORECASE)
_CREDITS_LINE = re.compile(
    r"^[(\[]?\s*(?:additional )?(?:reporting|writing|editing|compiled|translated|produced) by\b", re.IGNORECASE)
FURNITURE = re.compile(
    r"^(?:advertisement|sponsored(?: content)?|share(?: this)?(?: article| story| on \w+)?|"
    r"click here\b.*|subscribe\b.*|sign up\b.*|follow us\b.*|newsletter|print|email|comments?|"
    r"(?:©|copyright\b).*|all rights reserved\.?|image copyright\b.*|getty images|listen to (?:this )?article.*|"
    r"\d+ min(?:ute)?s? read|skip to (?:main )?content|back to top|top of page|"
    # an archive notice, a paywall, an advertisement's place in the page
    r"this (?:article|story|page|report) is (?:more|over) than \w+ (?:years?|months?) old|"
    r"(?:sign in|log in|subscribe|register)\b.{0,40}\b(?:continue|keep) reading\b.*|"
    r"(?:the )?(?:story|article) continues (?:below|after)(?: (?:this |the )?(?:advertisement|advert|ad))?\.?|"
    r".*\bcontinue reading below)\s*$"
    # a list of labels: "Tags: data breach, ransomware"
    r"|^(?:tags?|topics?|filed under|categories|keywords|labels|more about)\s*:.{0,200}$",
    re.IGNORECASE,
)
_SECTION_WORDS = lexicon.words("section-words")
_STAMP_WORDS = (
    lexicon.words("stamp-words") | lexicon.words("unit-words") | frozenset(WEEKDAYS) | frozenset(WEEKDAY_ABBR)
    | frozenset(MONTH_NUMBER)
)
_SEPARATORS = re.compile(r"\s*[|»›•·]\s*|\s+[>/]\s+|\s+-\s+|\s{2,}")
_COMMENT_WORDS = lexicon.words("comment-words")
# the controls themselves: a line with none of them is no thread's ("said Obama.")
_COMMENT_CONTROLS = frozenset(
    ["reply", "replies", "abuse", "flag", "flagged", "permalink", "recommend", "recommended", "recommends",
     "upvote", "upvotes", "downvote", "downvotes", "points", "votes", "comments", "posted", "likes", "dislike"])
_BLOG_BOXES = lexicon.words("blog-furniture")


def plain(text: str) -> str:
    """The line without Markdown emphasis around it: "**21:50**" is "21:50"."""
    m = _EMPHASIS.match(text)
    return m.group(1).strip() if m else text


def words(text: str) -> list[str]:
    return _WORD.findall(text)


def capital_share(ws: list[str]) -> float:
    alpha = [w for w in ws if any(c.isalpha() for c in w)]
    if not alpha:
        return 0.0
    return sum(1 for w in alpha if next(c for c in w if c.isalpha()).isupper()) / len(alpha)


def sentence_like(text: str) -> bool:
    return bool(TERMINAL.search(text))


# ---------------------------------------------------------------- whole lines


_INTERFACE = lexicon.words("interface-words") | _SECTION_WORDS
_FUNCTION_WORDS = lexicon.words("stopwords")


def is_interface(text: str) -> bool:
    """A share row, a login bar or a reading prompt: 'Share on Facebook Share on Twitter Print
    this article', 'Menu Search Log in Subscribe from €1 a week', 'Continue reading below':
    four in five of its words (function words and figures aside; an @handle counts) are the
    page's own (``interface-words``, ``section-words``), and those are half its words or more."""
    toks = [t.casefold().strip(".:!,") for t in text.split()]
    told = [t for t in toks if t and t not in _FUNCTION_WORDS and not re.fullmatch(r"\W*\d[\d.,]*\W*|\W+", t)]
    if not told or len(toks) > 20 or 2 * len(told) < len(toks):  # "There are over 8,000 podcasts."
        return False
    own = sum(1 for t in told if t in _INTERFACE or t.startswith("@"))
    return own >= 0.8 * len(told)


def is_navigation(text: str) -> bool:
    """A menu or breadcrumb: capitalised items, no sentence punctuation, section words or
    repeated items or separators between short items."""
    if sentence_like(text):
        return False
    lower = [w.casefold().strip(".") for w in words(text)]
    if 1 <= len(lower) <= 4 and " ".join(lower) in _SECTION_WORDS | _BLOG_BOXES:  # a section label: "World"
        return True
    if 1 <= len(lower) <= 4 and all(w in _SECTION_WORDS for w in lower):
        return True
    crumbs = [p for p in re.split(r"\s*[|»›>]\s*", text) if p.strip()]
    if len(crumbs) >= 2 and all(len(words(p)) <= 4 for p in crumbs) and capital_share(words(text)) >= 0.99 \
            and any(w in _SECTION_WORDS for w in lower):  # a breadcrumb: "News | Conflict"
        return True
    parts = [p for p in _SEPARATORS.split(text) if p.strip()]
    if len(parts) >= 3 and all(len(words(p)) <= 4 for p in parts) and capital_share(words(text)) >= 0.6:
        return True
    if len(parts) >= 2 and all(is_stamp(p) or is_navigation(p) for p in parts):
        return True  # "LIVE · Last updated 21:50"
    ws = words(text)
    if len(ws) < 5 or capital_share(ws) < 0.75:
        return False
    sections = sum(1 for w in lower if w in _SECTION_WORDS)
    capitalised = [w for w in lower if w.isalpha() and len(w) > 2]
    repeated = len(capitalised) - len(set(capitalised))
    return sections >= 2 or (repeated >= 2 and len(ws) >= 8) or len(ws) >= 14


def is_slogan(text: str) -> bool:
    """A chant, a placard's words or a crosshead on a line of its own: two to ten words, every one
    capitalised but the function words ("Shut Harlow Down!", "Save Our Valley, Stop The Dump",
    "No More Poison in Our River"), ending in no full stop or question. News sentences are not
    written in title case; a line that is is no claim an outlet reports."""
    stripped = text.rstrip("!").rstrip()
    if not stripped or TERMINAL.search(stripped) or stripped[-1] in ",;:":
        return False
    ws = [w for w in words(text) if any(c.isalpha() for c in w)]
    told = [w for w in ws if w.casefold() not in _FUNCTION_WORDS]
    return 2 <= len(ws) <= 10 and len(told) >= 2 and capital_share(told) == 1.0 \
        and not any(c.isdigit() for c in text)


def is_stamp(text: str) -> bool:
    """Nothing but a date and/or time (with words like Published/Updated)."""
    tokens = re.findall(r"[A-Za-z]+\.?|\d+", text)
    if not tokens or len(tokens) > 12:
        return False
    has_number = has_date = False
    for tok in tokens:
        low = tok.casefold().rstrip(".")
        if tok.isdigit():
            has_number = True
            if len(tok) == 4:
                has_date = True
        elif low in _STAMP_WORDS or low in ("a.m", "p.m"):
            if low in MONTH_NUMBER:
                has_date = True
        else:
            return False
    rest = re.sub(r"[A-Za-z]+\.?|\d+", "", text)
    if re.search(r"[^\s,:/.\-–—|+()·•]", rest):
        return False
    relative = any(t.casefold() == "ago" for t in tokens)
    return has_number and (has_date or relative or re.search(r"\d{1,2}[:.]\d{2}", text) is not None)


# an embedded social post's signature closing a line: "... pic.twitter.com/x — Jo Smith (@josmith)
# March 3, 2020" (its links, a dash, a name, the handle, the date it was posted)
_LINK = r"(?:https?://|www\.|pic\.twitter\.com/)\S+"
_POSTED = r"(?:[A-Z][a-z]{2,8}\.? \d{1,2},? \d{4}|\d{1,2} [A-Z][a-z]{2,8}\.? \d{4})"
_POST_TAIL = re.compile(
    rf"(?:\s*{_LINK})*\s*(?:(?<!\S)[—–]\s*|^)[^()—–\n]{{1,60}}\(@\w{{1,30}}\)\s+{_POSTED}\.?$")
_LINKS_ONLY = re.compile(rf"^(?:{_LINK}\s*)+$")
# a clip's running time closing a line that is no sentence: "Mayor resigns amid protests (2:14)"
_RUNNING_TIME = re.compile(r"[(\[]\d{1,2}:\d{2}(?::\d{2})?[)\]]$")


def post_suffix(text: str) -> int | None:
    """Where an embedded post's signature (and the links before it) starts, or None."""
    m = _POST_TAIL.search(text) if "(@" in text else None
    return None if m is None else m.start() + (len(m.group()) - len(m.group().lstrip()))


def is_embed(text: str) -> bool:
    """A line of links only, or an embedded post's signature alone."""
    return _LINKS_ONLY.match(text) is not None or post_suffix(text) == 0


def is_media_link(text: str) -> bool:
    return _RUNNING_TIME.search(text) is not None and not sentence_like(text[: _RUNNING_TIME.search(text).start()])


def is_byline(text: str) -> bool:
    if _CREDITS_LINE.match(text):
        return True
    m = _BYLINE.match(text)
    if not m:
        return False
    who = m["who"].rstrip(".") if len(words(m["who"])) <= 6 else m["who"]
    if sentence_like(who):
        return False
    ws = words(who)
    if any(w.casefold() in MONTH_NUMBER or w.casefold() in WEEKDAYS for w in ws):
        return False  # "By Monday" is no one
    return 1 <= len(ws) <= 8 and capital_share(ws) >= 0.6


def is_ticker(text: str) -> bool:
    """A market ticker or a data line: mostly figures, hardly a lower-case word, no sentence.
    "CVH (PASE) 41.20 ▼ 9.30 (−18.4%) · Close, March 5"."""
    if sentence_like(text) and not re.search(r"\d[.!?]$", text):
        return False
    figures = re.findall(r"[-−+]?\d[\d,.]*%?", text)
    lower = [w for w in re.findall(r"[A-Za-z]+", text) if w[0].islower() and w.lower() not in MONTH_NUMBER]
    arrows = re.search(r"[▲▼△▽↑↓]", text) is not None
    return (len(figures) >= 3 and len(lower) <= 1) or (arrows and len(figures) >= 2 and len(lower) <= 3)


_CORRECTION = re.compile(
    r"^[(\[]?\s*(?:correction|clarification|corrections and clarifications|editor['’]s note)\b[^:]{0,40}:"
    r"|^[(\[]?\s*(?:this|the) (?:article|story|report|post|piece|page|version)\b[^.]{0,40}?"
    r"\b(?:has been|was|have been|were|is being) (?:corrected|updated|amended|changed|edited)"
    r"|^[(\[]?\s*this (?:article|story|report|post|piece) (?:contains|includes|was (?:produced|written|translated))"
    r"|\b(?:an|the) (?:earlier|previous) version of this (?:article|story|report|post|piece|entry)",
    re.IGNORECASE,
)


_VERSION = re.compile(r"version", re.IGNORECASE)  # in the one alternative of _CORRECTION not held to the start


def is_editors_note(text: str) -> bool:
    """A correction or an editor's note about the article itself."""
    if _CORRECTION.match(text) is not None:
        return True
    return _VERSION.search(text) is not None and _CORRECTION.search(text) is not None


_SELF = re.compile(
    r"\b(?:our|this) (?:live )?(?:coverage|blog|live blog|page|updates|feed|live updates)\b"
    r"|\bfollowing along\b|\bthanks? (?:you )?for (?:reading|following|joining)\b"
    r"|\bwe(?:['’]ll| will) be (?:back|updating|bringing)\b|\bwe(?:['’]re| are) (?:pausing|ending|closing|wrapping)\b",
    re.IGNORECASE,
)
_SELF_STORY = re.compile(  # the article speaking of itself as a story still being written
    r"\b(?:this|the) (?:is a )?(?:developing|breaking) (?:news )?story\b|\bthis (?:story|article|report) "
    r"(?:is (?:developing|being updated)|will be updated|may be updated)\b|\bcheck back (?:later )?for\b"
    r"|\bworking on this (?:story|report)\b|\bwill update (?:it|this (?:story|article|report))\b",
    re.IGNORECASE,
)
_SENTENCES = re.compile(r"[^.!?;]+[.!?;]*")
_OUTLET_SELF = re.compile(  # what an outlet says of itself in the third person, at the end of a report
    r"\bwill (?:carry|have|bring(?: you)?) (?:further|more|the latest)\b|\bwill be back\b|\bfurther reports\b",
    re.IGNORECASE,
)


def is_sign_off(text: str, outlet_names: tuple[str, ...] = ()) -> bool:
    """A live blog or a page speaking of itself: "We're pausing our live coverage here for
    tonight. Thanks for following along.", "Kestrel Wire will carry further reports." Every
    sentence of the line does (in the first person, or naming its own outlet), and none quotes."""
    if re.search(r"[\"“”]", text):
        return False
    parts = [p for p in _SENTENCES.findall(text) if p.strip()]
    return bool(parts) and all(
        _SELF.search(p) or _SELF_STORY.search(p) or (_OUTLET_SELF.search(p) and names_outlet(p, outlet_names))
        for p in parts)


_PROMO_VERB = re.compile(
    r"(?:^|[.!?]\s+)(?:get|sign up|subscribe|listen|watch|follow|download|support|donate|join|click|tap|"
    r"accept|manage|become a|register|log in|sign in|contact|email|e-mail|write to|send)\b",
    re.IGNORECASE,
)
_READER = re.compile(
    r"\b(?:you|your|yours|inbox|newsletters?|podcasts?|app|free|here|cookies?|journalism|subscribers?|"
    r"members?hip|every (?:day|morning|evening|week|friday|monday|tuesday|wednesday|thursday|saturday|sunday)|"
    r"fm|am|on air|live)\b",
    re.IGNORECASE,
)
_ADDRESS = re.compile(r"\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b")  # an e-mail address to write to
_COOKIE = re.compile(r"\bcookies?\b.*\b(?:your|you)\b|\b(?:your|you)\b.*\bcookies?\b", re.IGNORECASE)


def is_promo(text: str, outlet_names: tuple[str, ...] = ()) -> bool:
    """The page asking something of its reader: a newsletter, an app, a donation, a radio
    programme, cookies, its newsroom's address. An imperative aimed at the reader (or naming the
    outlet: "Listen to the full interview on Radio Fenwick Morning"), outside any quote."""
    if re.search(r"[\"“”]", text):
        return False
    if _COOKIE.search(text):
        return True
    return _PROMO_VERB.search(text) is not None and (
        _READER.search(text) is not None or _ADDRESS.search(text) is not None or names_outlet(text, outlet_names))


def names_outlet(text: str, outlet_names: tuple[str, ...]) -> bool:
    """The line names the outlet it was published by ("Brenna Daily is independent ...")."""
    low = text.casefold()
    for name in outlet_names:
        n = name.casefold().removeprefix("the ").strip()
        if len(n) >= 3 and re.search(rf"(?<!\w){re.escape(n)}(?!\w)", low):
            return True
    return False


def is_comment_control(text: str) -> bool:
    """A comment thread's controls or stamp: "Report abuse", "| Reply", "Posted by jdoe at
    3:45 PM", "12 points", "Recommend (3)"."""
    if len(text) > 90:
        return False
    toks = re.findall(r"[A-Za-z]+(?:['’][a-z]+)?|\d+", text)
    # "Posted by Ada Lunde on March 12, 2026 at 10:10 pm | 14 comments": a blog's stamp, longer
    posted = bool(re.match(r"^\W*posted by\b", text, re.I))
    if not toks or len(toks) > (16 if posted else 12):
        return False
    ui = [t for t in toks if t.casefold() in _COMMENT_WORDS]
    if not any(t.casefold() in _COMMENT_CONTROLS for t in ui):
        return False  # "said Obama." has a comment word, but no control
    rest = [t for t in toks if t.casefold() not in _COMMENT_WORDS and not t.isdigit()
            and t.casefold() not in _STAMP_WORDS]
    # what is left is a name or two ("jdoe", "Mary K"): the commenter
    return len(rest) <= 3 and (len(ui) >= 2 or len(toks) <= 3 or posted)


def starts_thread(text: str) -> bool:
    """A comment thread's heading: "Comments", "23 comments", "Comments (4)", "Leave a comment"."""
    return re.fullmatch(
        r"(?:\d+\s+)?(?:reader\s+)?comments?(?:\s*\(\d+\))?|(?:leave|add|post|write) (?:a|your) (?:comment|reply)"
        r"|join the (?:discussion|conversation)|show comments|discussion",
        text.strip(" :.-–—"), re.IGNORECASE) is not None


def blog_box(text: str) -> bool:
    """The heading of a blog's side box: "About Me", "Blog Archive"."""
    return text.strip(" :.").casefold() in _BLOG_BOXES


# ---------------------------------------------------------------- prefixes


# "TEHRAN (IRNA) -" / "WASHINGTON, July 8 (Reuters) —" / "RIVERTON -": a place in capitals, a
# date, the agency in brackets, a dash. A place written in lower case ("Times Square -") is text.
_DATELINE = re.compile(
    r"^(?P<place>[A-Z][A-Z .'’-]{1,40}?)(?:,[^()\-–—]{1,30})?\s*(?:\([^()]{2,40}\))?\s*[-–—]{1,2}(?=\s)")
_UPDATE = re.compile(
    r"^[(\[]?\s*(?:UPDATE[D]?|Update[d]?)\b(?:[\s,]*(?:at\s+)?[\d:.]+\s*(?:[ap]\.?m\.?)?\s*(?:[A-Z]{2,4}\b)?"
    r"(?:\s*\([^()]{1,40}\))?)?\s*[)\]]?\s*[:\-–—]?(?=\s|$)"
)


def dateline_prefix(text: str) -> int | None:
    m = _DATELINE.match(text)
    if not m or len(text) <= m.end() + 20:
        return None
    place = m["place"].strip()
    if not re.search(r"[A-Z]{2}", place) or re.search(r"[a-z]", place):
        return None
    return m.end()


_CLOCK = re.compile(
    r"^(?:(?:[01]?\d|2[0-3]):[0-5]\d(?:\s*[ap]\.?m\.?)?|(?:[01]?\d|2[0-3])\.[0-5]\d\s*[ap]\.?m\.?"
    r"|(?:[01]?\d|2[0-3])\.[0-5]\d(?=\s*(?:[A-Z]{2,4}\b\s*)?[:\-–—|]))"  # "14.10" only as a stamp: "14.10 BST:"
    r"(?:\s*[A-Z]{2,4}\b)?\s*[:\-–—|]?\s+(?=[\"“‘'A-Z0-9])"
)


def clock_prefix(text: str) -> int | None:
    """"18:30 This live blog ...", "11:42 – Police say ...", "10.05am: The road ...": a live
    blog's time stamp opening a line of text: where the text starts. Not a figure: "2.50 euros",
    "10.5 million"; not a line that is nothing but the stamp (``is_stamp`` takes those)."""
    m = _CLOCK.match(text) if text[:1].isdigit() else None
    if not m or len(text) <= m.end() + 10:
        return None
    return m.end()


def update_prefix(text: str) -> int | None:
    """"UPDATE 15:05: ...", "(Updated 12:21 p.m. (1921 in Egypt)) ...": when it was updated."""
    m = _UPDATE.match(text)
    if not m or not re.search(r"\d", m.group()) or len(text) <= m.end() + 10:
        return None
    return m.end()


_UPDATE_TAIL = re.compile(
    r"\s*[(\[]\s*(?:updated|update|posted)\b[^()\[\]]{0,40}(?:\([^()]{1,40}\))?[^()\[\]]{0,10}[)\]]\s*$",
    re.IGNORECASE)


def update_suffix(text: str) -> int | None:
    """"... (Updated 12:21 p.m. (1921 in Egypt))" closing a line: where the stamp starts."""
    m = _UPDATE_TAIL.search(text) if "(" in text or "[" in text else None  # it opens with one
    if not m or not re.search(r"\d", m.group()) or m.start() < 10:
        return None
    return m.start() + (len(m.group()) - len(m.group().lstrip()))


# "(END VIDEO CLIP)", "[COMMERCIAL BREAK]", "(LAUGHTER)": a line that is only a bracketed
# phrase in capitals, with no sentence of its own
_STAGE_DIRECTION = re.compile(r"^[(\[](?P<d>[A-Z][A-Z0-9 ,.’'&/-]{2,60})[)\]]$")


def is_stage_direction(text: str) -> bool:
    """A transcript's stage direction: it tells what the broadcast showed, not what anyone said."""
    m = _STAGE_DIRECTION.match(text)
    return bool(m) and sum(c.isalpha() for c in m["d"]) >= 4  # not a wire's credit, "(AP)"


def outlet_prefix(text: str, outlet_names: tuple[str, ...]) -> int | None:
    """"Gulf Press/Gulf News: ..." at the start of a line of the outlet's own: its name."""
    m = re.match(r"^(?P<p>[A-Z][^:.!?\"“”()]{1,60}?)\s*(?::|\s[-–—])", text)
    if not m or len(text) - m.end() < 20:
        return None
    prefix = m["p"]
    ws = words(prefix)
    if not ws or len(ws) > 6 or capital_share(ws) < 0.99:
        return None
    # the name opens the prefix, in whole words: 'ENT' is no outlet 'ent' in 'STUDENT:' or in a
    # speaker's label 'CLARA WENDT, ENT NEWS ANCHOR:' (a new user's transcript)
    squashed = [re.sub(r"[^a-z0-9]", "", w.casefold()) for w in ws if w.casefold() != "the"]
    openings = {"".join(squashed[:k]) for k in range(1, len(squashed) + 1)}
    for name in outlet_names:
        own = re.sub(r"[^a-z0-9]", "", name.casefold().removeprefix("the "))
        if len(own) >= 3 and own in openings:
            return m.end()
    return None


# "JOSEPH BIDEN, VICE PRESIDENT OF THE UNITED STATES:", "GOLDBERG:", "Press Secretary Jen Psaki:"
_CAPS_LABEL = re.compile(r"^(?P<who>[A-Z][A-Z.’'-]+(?: [A-Z][A-Z.’'-]+){0,3})(?:,[A-Z0-9 .,’'&()-]{2,80})?:\s")
_NOT_SPEAKERS = lexicon.words("not-names") | _SECTION_WORDS | lexicon.words("stopwords")


def label_speaker(text: str) -> tuple[int, str] | None:
    """A transcript's speaker label opening a line, in capitals: (its length, the speaker's
    name). A kicker ("BREAKING NEWS:"), a place ("WASHINGTON:") or a letter ("Q:") names no
    one and stays text; mixed-case labels ("Press Secretary Jen Psaki:") are the statements
    stage's, which knows names."""
    m = _CAPS_LABEL.match(text)
    if not m or len(text) - m.end() < 3:
        return None
    who = m["who"]
    ws = who.split()
    if any(w.casefold().strip(".") in _NOT_SPEAKERS for w in ws) or len(who.replace(".", "")) < 3 \
            or is_place(who):
        return None
    return m.end() - 1, " ".join(w.capitalize() if w.isupper() else w for w in ws)
