"""How much claimline reads, and the one message past each limit.

A limit keeps a careless or hostile file from taking minutes and gigabytes: below them every
step of reading is linear in the size. They are far above real news: the longest article of
the development corpora is about 60 kB, a headline rarely passes 300 characters and a URL
2,000. The README lists them (Content format, Limits).
"""

from __future__ import annotations

FIELD_CHARS = 4_000  # one metadata value: a title, an author, a URL, a tag
METADATA_BYTES = 1_000_000  # the front matter of one article, or its sidecar
ARTICLE_BYTES = 2_000_000  # one article file, front matter included
YAML_BYTES = 10_000_000  # sources.yml, entities.yml or overrides.yml
CORPUS_BYTES = 200_000_000  # every file claimline reads in content/, together


def size(n: int) -> str:
    """A byte count as people read it: 2 MB, 950 kB, 12 bytes."""
    if n >= 1_000_000:
        return f"{n / 1_000_000:.1f} MB".replace(".0 MB", " MB")
    if n >= 1_000:
        return f"{n / 1_000:.0f} kB"
    return f"{n} bytes"


def too_large(n: int, limit: int, what: str, hint: str) -> str:
    shown, most = size(n), size(limit)
    if shown == most:  # just past the limit: the rounded sizes would read alike
        shown, most = f"{n:,} bytes", f"{limit:,} bytes"
    return f"is {shown}; claimline reads at most {most} {what}; {hint}"


# what read_text is reading: its limit, how the message names it, what to do
KINDS = {
    "article": (ARTICLE_BYTES, "in an article file", "cut what is not the article, or split it into two articles"),
    "metadata": (METADATA_BYTES, "of metadata for one article", "keep the metadata to its keys (source, title, "
                                                                "published, url, author, language, tags)"),
    "yaml": (YAML_BYTES, "in one YAML file", "split what it holds, or remove what claimline does not read"),
}
