"""The kinds of touch: the channel an inquiry came through, as the import or campaign named it.

A kind is data (an import may name any channel), stored as it came; the channels the product
knows (the scoring rules' sources) are shown in the person's language.
"""

from __future__ import annotations

from qualifier_app.domain.text import message

KNOWN_KINDS = {
    "inbound call": message("inbound call"),
    "web form": message("web form"),
    "trade show": message("trade show"),
    "webinar": message("webinar"),
    "content download": message("content download"),
    "purchased list": message("purchased list"),
    "import": message("import"),
}


def touch_kind_text(kind: str) -> str:
    """A touch's kind (or source) as it is shown: a known channel in the person's language,
    any other as it came, with `_` as spaces."""
    words = kind.replace("_", " ").strip()
    return KNOWN_KINDS.get(words.lower(), words)
