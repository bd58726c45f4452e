"""The segments' names as people read them ("SMB", "Enterprise"), in their language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from qualifier_app.ui.shell.i18n import QT_TRANSLATE_NOOP

SEGMENT_LABELS = {
    "smb": QT_TRANSLATE_NOOP("Segments", "SMB"),
    "enterprise": QT_TRANSLATE_NOOP("Segments", "Enterprise"),
    "any": QT_TRANSLATE_NOOP("Segments", "Any segment"),
}


def segment_label(value: str) -> str:
    return QCoreApplication.translate("Segments", SEGMENT_LABELS.get(value, value))
