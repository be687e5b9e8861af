"""A live blog's time stamps opening its lines, an outlet's sign-off in the third person, a caption
whose credit closes it, a live blog's controls and a prompt naming the outlet or an address are
page furniture; the news after a stamp stays article text (boilerplate/shapes.clock_prefix,
is_sign_off). Found by a new user's live blog, where "18:30 This live blog has now closed." became
a claim and "11:42 – Police say ..." kept its stamp. Fixtures: a made-up outlet and town."""

from __future__ import annotations

import pytest

from generator.model import Article, Overrides
from generator.stages.boilerplate import Outlet, separate
from generator.stages.boilerplate.shapes import clock_prefix, is_comment_control

OUTLET = Outlet(names=("radio-fenwick", "Radio Fenwick"))

BLOG = """18:30 This live blog has now closed. Radio Fenwick will be back tomorrow with the latest.

16:55 Five firefighters have now been treated for smoke inhalation, the fire service says.

11:42 – Police say 1,200 residents have now been told to leave their homes.

10.05am: The A12 road is closed in both directions near Fenwick.

14.10 BST: Mayor Edda Lindqvist arrived at the quay to speak to evacuees.

Radio Fenwick will carry further reports.
"""


def _separate(body: str):
    art = Article(id="a", path="articles/a.md", source="radio-fenwick", title=None, url=None, published=None,
                  published_text=None, published_has_time=False, body=body, body_line=1)  # fmt: skip
    return separate(art, Overrides(), OUTLET)


def test_the_news_after_a_time_stamp_is_kept_without_it():
    kept = [s.text for s in _separate(BLOG) if not s.boilerplate]
    assert kept == [
        "Five firefighters have now been treated for smoke inhalation, the fire service says.",
        "Police say 1,200 residents have now been told to leave their homes.",
        "The A12 road is closed in both directions near Fenwick.",
        "Mayor Edda Lindqvist arrived at the quay to speak to evacuees.",
    ]


def test_the_stamps_and_the_sign_offs_are_furniture():
    cut = [(s.text, s.reason) for s in _separate(BLOG) if s.boilerplate]
    assert ("16:55", "time stamp") in cut and ("11:42 –", "time stamp") in cut and ("10.05am:", "time stamp") in cut
    assert any(t.startswith("18:30 This live blog has now closed.") and r == "sign-off" for t, r in cut)
    assert ("Radio Fenwick will carry further reports.", "sign-off") in cut


def test_another_outlet_or_a_ferry_coming_back_is_news():
    body = "The Fenwick ferry will be back in service tomorrow, the harbour master said.\n"
    assert [s.text for s in _separate(body) if not s.boilerplate] == [body.strip()]


@pytest.mark.parametrize("text", [
    "2.50 Euros were paid for each ticket by the visiting fans.",  # a price, not a time
    "10.5 million people live along the river, the census says.",
    "3:1 The score stood at the break for the home side.",  # not a clock
    "12:00",  # a stamp alone is a line of its own (is_stamp)
])
def test_a_figure_that_is_no_clock_is_not_cut(text):
    assert clock_prefix(text) is None


PAGE = """The fire started in the warehouse on Monday night, police said.

Jonas Berg leaves the court in Fenwick on Thursday. Photograph: Ada Lunde/The Fenwick Courier

Pictured: the burnt-out warehouse on the quay.

Key events

Show key events only

Listen to the full interview on Radio Fenwick Morning.

Contact our newsroom at news@radiofenwick.example or call 0800 123 456.

Police sent 40 officers to contact residents near the quay.
"""


@pytest.mark.parametrize(("line", "reason"), [
    ("Jonas Berg leaves the court in Fenwick on Thursday. Photograph: Ada Lunde", "caption"),
    ("Pictured: the burnt-out warehouse on the quay.", "caption"),
    ("Key events", "navigation"),
    ("Show key events only", "navigation"),
    ("Listen to the full interview on Radio Fenwick Morning.", "prompt to the reader"),
    ("Contact our newsroom at news@radiofenwick.example or call 0800 123 456.", "prompt to the reader"),
])
def test_captions_controls_and_prompts_of_a_page_are_furniture(line, reason):
    cut = {s.text: s.reason for s in _separate(PAGE) if s.boilerplate}
    assert any(t.startswith(line) and r == reason for t, r in cut.items()), cut


def test_the_news_around_them_stays():
    kept = [s.text for s in _separate(PAGE) if not s.boilerplate]
    assert kept == ["The fire started in the warehouse on Monday night, police said.",
                    "Police sent 40 officers to contact residents near the quay."]


# A broadcast transcript (fictional channel and people): stage directions, and speaker labels
# whose role names the channel, which is no outlet prefix to cut ('ENT' in 'STUDENT' neither).
TRANSCRIPT = (
    "CLARA WENDT, ENT NEWS TONIGHT ANCHOR: The plant at Port Callan was closed by the ministry tonight.\n\n"
    "(BEGIN VIDEO CLIP)\n\n"
    "MARK HOLT, STUDENT: I live next to the plant and I heard the blast at six in the morning.\n\n"
    "(END VIDEO CLIP)\n\n"
    "[COMMERCIAL BREAK]\n\n"
    "(LAUGHTER)\n\n"
    "(AP)\n"
)


def test_a_transcripts_stage_directions_are_furniture_and_its_labels_no_outlet_prefix():
    art = Article(id="t", path="articles/t.md", source="ent", title=None, url=None, published=None,
                  published_text=None, published_has_time=False, body=TRANSCRIPT, body_line=1)  # fmt: skip
    segments = separate(art, Overrides(), Outlet(names=("ent", "ENT News")))
    furniture = [(s.text, s.reason) for s in segments if s.boilerplate]
    assert furniture == [("CLARA WENDT, ENT NEWS TONIGHT ANCHOR:", "speaker label"),
                         ("(BEGIN VIDEO CLIP)", "stage direction"), ("MARK HOLT, STUDENT:", "speaker label"),
                         ("(END VIDEO CLIP)", "stage direction"), ("[COMMERCIAL BREAK]", "stage direction"),
                         ("(LAUGHTER)", "stage direction")]  # fmt: skip


@pytest.mark.parametrize("line", [
    "Posted by Agnes Thorne on March 12, 2026 at 10:10 pm | 14 comments",
    "Posted by Bernard K | March 12, 2026 at 10:31 pm",
])  # fmt: skip
def test_a_blogs_posted_by_stamp_is_furniture(line):
    assert is_comment_control(line)


def test_a_sentence_opening_with_posted_by_is_text():
    assert not is_comment_control("Posted by the council on its website on Monday, the notice said the road would close.")
