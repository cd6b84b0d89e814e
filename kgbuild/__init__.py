"""kgbuild: publish armed-conflict news articles as a validated, queryable linked dataset."""

from __future__ import annotations

__version__ = "0.1.0"
