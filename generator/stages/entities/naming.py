"""An entity out of a cluster of spellings: its canonical name, id, aliases, kind and role."""

from __future__ import annotations

from collections import Counter, defaultdict

from generator.model import Entity
from generator.stages.entities.forms import KINDS, Form
from generator.text.names import name_tokens, slug
from generator.text.places import common_place, is_place


def build_entities(uf, forms, kind, decls, decl_root, lower_words, slogans):
    """The entities from the clusters: canonical name, id, aliases, kind and role."""
    def real(f: Form) -> bool:
        # a sentence-initial word seen nowhere else is not proof of a name ("Air defenses ...")
        # nor is a common word the corpus also writes in lower case ("Weather officials said ...")
        if len(f.tokens) == 1 and not (f.mid_sentence or f.outlet) and f.name.lower() in lower_words:
            return False
        return f.mid_sentence or f.cued or f.speaker or f.outlet or len(f.tokens) > 1 or is_place(f.name)

    members: dict[str, list[Form]] = defaultdict(list)
    for k, f in forms.items():
        members[uf.find(k)].append(f)
    for i in range(len(decls)):
        members.setdefault(uf.find(decl_root[i]), [])
    named = []
    for root, fs in members.items():
        decl = decls[int(root[5:])] if root.startswith("decl:") else None
        own = [f for f in fs if f.key not in slogans]
        if decl is None and not any(real(f) for f in own):
            continue
        ekind = (decl.kind if decl and decl.kind in KINDS else None) or cluster_kind(own or fs, kind)
        name = decl.name if decl else canonical(own or fs, ekind)
        named.append((slug(name), name, root, decl, fs, own, ekind))
    entities: list[Entity] = []
    cluster_of: dict[str, str] = {}
    taken: Counter = Counter()
    for base, name, _root, decl, fs, own, ekind in sorted(named, key=lambda x: (x[0], x[1], x[2])):
        taken[base] += 1
        eid = base if taken[base] == 1 else f"{base}-{taken[base]}"
        aliases = {w for f in own for w in f.written if w}
        if decl:
            aliases.update(decl.aliases)
        aliases.discard(name)
        role = decl.role if decl and decl.role else usual_role(own or fs, ekind)
        entities.append(
            Entity(id=eid, name=name, aliases=tuple(sorted(aliases, key=lambda a: (a.lower(), a))),
                   kind=ekind, role=role, editor=decl is not None)
        )
        for f in fs:
            cluster_of[f.key] = eid
    return cluster_of, entities


def canonical(fs: list[Form], ekind: str) -> str:
    """The longest full form, then the one most outlets use, then the most frequent, then A-Z.

    A place goes by its common English name ("Russia", not "Russian Federation")."""
    best = sorted(
        fs,
        key=lambda f: (
            ekind == "place" and not common_place(f.name),
            -len(name_tokens(f.name)), -len(f.sources), -f.count, f.name.lower(), f.name,
        ),
    )
    if best[0].gendered:  # "Mrs. Veldt" alone: the title is what tells her apart
        return sorted(best[0].written.items(), key=lambda kv: (-kv[1], kv[0]))[0][0]
    return best[0].name


def cluster_kind(fs: list[Form], kind: dict[str, str]) -> str:
    """The kind most of a cluster's mentions give it; "other" only when none gives one. A spelling
    that names a firm or a document by its own words ("Aer Lingus Group PLC") outweighs the
    shorter ones taken for a person's name only for want of a cue ("Aer Lingus"), unless a title
    or a role ever introduced one of them."""
    firm = any(kind[f.key] in ("body", "document") for f in fs) and not any(f.cued for f in fs)
    votes: Counter = Counter()
    for f in fs:
        if not (firm and kind[f.key] == "person"):
            votes[kind[f.key]] += max(f.count, 1)
    specific = {k: n for k, n in votes.items() if k != "other"} or dict(votes)
    best = sorted(specific.items(), key=lambda kv: (-kv[1], KINDS.index(kv[0])))
    return best[0][0] if best else "other"


def usual_role(fs: list[Form], ekind: str) -> str | None:
    if ekind != "person":
        return None
    roles = Counter()
    for f in fs:
        roles.update(f.roles)
    if not roles:
        return None
    return sorted(roles.items(), key=lambda kv: (-kv[1], -len(kv[0]), kv[0]))[0][0]
