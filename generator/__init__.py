"""claimline: a dated timeline of news claims, each linked to every outlet that reported it."""

__version__ = "0.1.0"
