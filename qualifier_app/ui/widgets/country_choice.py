"""A country typed or picked: its two-letter code or its name, with completion."""

from __future__ import annotations

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QComboBox, QCompleter, QWidget

from qualifier_app.domain.countries import chosen_country, country_names
from qualifier_app.domain.normalize import fold


class CountryChoice(QComboBox):
    """An editable list of countries ("Germany (DE)"), in the person's language, that also
    takes a code or a name typed in full ("de", "Deutschland"); empty is no country.
    `country()` says which one, or raises InvalidInput for text that names none."""

    def __init__(self, first: str | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.setMaxVisibleItems(15)
        names = country_names(QLocale().name())
        # The workstation's own country is offered first: the likeliest, one key away.
        ordered = sorted(names, key=lambda pair: pair[0] != first)
        self.addItem("", None)
        for code, name in ordered:
            self.addItem(f"{name} ({code})", code)
        self._names = {fold(name): code for code, name in names}
        completer = QCompleter(self.model(), self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.setCompleter(completer)
        self.setCurrentIndex(0)

    def country(self) -> str | None:
        text = self.currentText().strip()
        index = self.findText(text, Qt.MatchFlag.MatchFixedString) if text else 0
        if index >= 0:
            code = self.itemData(index)
            return str(code) if code else None
        return self._names.get(fold(text)) or chosen_country(text)

    def set_country(self, code: str | None) -> None:
        self.setCurrentIndex(max(0, self.findData(code)) if code else 0)
