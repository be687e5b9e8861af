"""The words a claim is shown in, and who they credit.

The claims stage chooses them (``claims.sentences.representative``): the first of the claim's own
statements that reads as a sentence (a later clause given its subject), not a later clause that
opens mid-sentence ("including a commitment by Iran to strengthen Syrian air defense systems,
according to Lebanon's Al-Mayadeen news"), credited to whoever its words credit. The site heads a
claim by the same function, so a claim the claims stage made is shown as timeline.json has it;
one made otherwise (an export of an older version) is headed as the claims stage would head it.
"""

from __future__ import annotations

from collections.abc import Callable

from generator.model import Claim, Statement
from generator.stages.claims import sentences
from generator.stages.claims.sentences import reads_as_sentence

__all__ = ["reads_as_sentence", "shown"]


def shown(claim: Claim, statements: dict[str, Statement],
          opening: Callable[[Statement], Statement | None] | None = None) -> tuple[str, str | None]:
    """(heading, speaker to credit) of ``claim``; ``opening``: ``sentences.openings`` of ``statements``, made
    once by a caller that shows many claims (made here when not given)."""
    own = [statements[sid] for sid in claim.statements if sid in statements and sid not in claim.shared]
    if not own:
        return claim.text, claim.speaker
    rep, text = sentences.representative(own, opening or sentences.openings(statements.values()))
    speaker = rep.speaker if rep.speaker or rep.attributed_to else claim.speaker
    if sentences.claim_id(rep) == claim.id or sentences.reads_as_sentence(claim.text):
        return claim.text, speaker  # its own text (an editor's or an export's wording kept)
    return text, speaker
