"""Every keyboard shortcut of the main window, in one table.

Areas take their keys from here by name and the F1 overview lists this table, so a key is
chosen once and a clash is visible in one place (a test checks that no key is used twice and
that none is one of Qt's own editing or tab-switching keys on any platform).

Shortcuts are window-wide: they work wherever the focus is in the main window, the tab bar
included. An area's shortcuts work while that area is shown; those marked `anywhere` also
switch to their area from any other one (Ctrl+N from the Team board opens the Workspace and
takes a lead).
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QAction, QKeySequence

WINDOW = ""  # the main window's own shortcuts, not an area's


@dataclass(frozen=True)
class Shortcut:
    name: str
    text: str
    keys: tuple[str, ...]
    area: str = WINDOW
    anywhere: bool = False
    # Other areas with the same key for the same deed (Save in every editor).
    also: tuple[str, ...] = ()

    @property
    def areas(self) -> tuple[str, ...]:
        return (self.area, *self.also) if self.area else ()


SHORTCUTS: tuple[Shortcut, ...] = (
    Shortcut("help", "Keyboard shortcuts", ("F1",)),
    Shortcut("sign_out", "Sign out", ("Ctrl+Shift+L",)),
    Shortcut("quit", "Quit", ("Ctrl+Q",)),
    # Ctrl+Tab and Ctrl+Shift+Tab go from area to area (Qt's own, kept from the tabs inside).
    Shortcut("next_tab", "Next tab inside the area", ("Ctrl+PgDown",)),
    Shortcut("previous_tab", "Previous tab inside the area", ("Ctrl+PgUp",)),
    Shortcut("next", "Next lead", ("Ctrl+N",), "Workspace", anywhere=True),
    Shortcut("submit", "Save outcome", ("Ctrl+Return", "Ctrl+Enter"), "Workspace"),
    Shortcut(
        "undo_outcome", "Undo the last outcome (30 s)", ("Ctrl+Shift+Backspace",), "Workspace"
    ),
    Shortcut("next_screen", "Next script screen", ("Alt+PgDown",), "Workspace"),
    Shortcut("previous_screen", "Previous script screen", ("Alt+PgUp",), "Workspace"),
    Shortcut("timer", "Restart call timer", ("Ctrl+T",), "Workspace"),
    Shortcut("dial", "Call the lead's number (starts the call timer)", ("F11",), "Workspace"),
    Shortcut("hang_up", "Hang up (stops the call timer)", ("F12",), "Workspace"),
    Shortcut(
        "agent_state", "My state: Ready, break, lunch, training…", ("Ctrl+Shift+A",), "Workspace"
    ),
    Shortcut("my_figures", "My figures today and this week", ("Ctrl+Shift+M",), "Workspace"),
    # Ctrl+K is a text field's "delete to the end of the line" on Linux and macOS.
    Shortcut(
        "lookup", "Find a lead (phone, e-mail, name, company)", ("Ctrl+Shift+K",), "Workspace"
    ),
    Shortcut("phone", "Go to the phone number", ("F2",), "Workspace"),
    Shortcut("email", "Go to the e-mail", ("F3",), "Workspace"),
    Shortcut(
        "email_meant", "Take the e-mail address the card suggests", ("Shift+F3",), "Workspace"
    ),
    Shortcut("no_answer", "No contact: no answer", ("F5",), "Workspace"),
    Shortcut("busy", "No contact: busy", ("F6",), "Workspace"),
    Shortcut("voicemail_left", "No contact: voicemail left", ("F7",), "Workspace"),
    Shortcut("wrong_number", "No contact: wrong number", ("F8",), "Workspace"),
    Shortcut("bad_number", "No contact: bad number", ("F9",), "Workspace"),
    Shortcut("sales_ready", "Outcome: Sales-ready", ("Ctrl+R",), "Workspace"),
    Shortcut("callback", "Outcome: Callback", ("Ctrl+B",), "Workspace"),
    Shortcut("nurture", "Outcome: Nurture", ("Ctrl+L",), "Workspace"),
    Shortcut("disqualify", "Outcome: Disqualify", ("Ctrl+D",), "Workspace"),
    # Far from Disqualify on purpose, and it asks for confirmation.
    Shortcut("do_not_call", "Outcome: Do not call…", ("Ctrl+F12",), "Workspace"),
    Shortcut("export_audit", "Export the audit rows shown (CSV)", ("Ctrl+Shift+E",), "Audit"),
    Shortcut(
        "save",
        "Save",
        ("Ctrl+S",),
        "Users",
        also=("Campaigns", "Partners", "Scripts", "Calling rules", "Center"),
    ),
)

# Keys the main window must leave alone: what Qt's text fields, combo boxes, date fields
# and tab bars do with them on Windows, X11 (emacs-style line editing) and macOS.
RESERVED: dict[str, str] = {
    **{key: "text editing" for key in (
        "Ctrl+A", "Ctrl+E", "Ctrl+K", "Ctrl+U", "Ctrl+Y", "Ctrl+Z", "Ctrl+Shift+Z", "Ctrl+X",
        "Ctrl+C", "Ctrl+V", "Ctrl+Ins", "Shift+Ins", "Shift+Del", "Del", "Backspace",
        "Ctrl+Backspace", "Ctrl+Del", "Alt+Backspace", "Alt+Shift+Backspace", "Home", "End",
        "Left", "Right", "Up", "Down", "PgUp", "PgDown", "Ctrl+Left", "Ctrl+Right",
        "Ctrl+Home", "Ctrl+End", "Shift+PgUp", "Shift+PgDown", "Return", "Enter",
        "Shift+Return", "Shift+Enter", "Tab", "Shift+Tab", "Esc", "Space",
        "Ctrl+F", "Ctrl+H", "Ctrl+W", "Ctrl+Shift+U",
    )},
    **{key: "combo box and date field popups" for key in ("F4", "Alt+Down", "Alt+Up")},
    **{key: "switching tabs" for key in (
        "Ctrl+Tab", "Ctrl+Shift+Tab", "Ctrl+Shift+Backtab", "Alt+Left", "Alt+Right",
        "Ctrl+F6", "Ctrl+Shift+F6",
    )},
    "F10": "the menu bar (Windows)",
    "Alt+F4": "closing the window",
}  # fmt: skip


def shortcut(name: str) -> Shortcut:
    for entry in SHORTCUTS:
        if entry.name == name:
            return entry
    raise KeyError(name)


def make_action(owner: QObject, name: str) -> QAction:
    """A window-wide action with the table's text and keys, named for the shell to find."""
    entry = shortcut(name)
    action = QAction(QCoreApplication.translate("Shortcuts", entry.text), owner)
    action.setObjectName(f"shortcut:{name}")
    action.setShortcuts([QKeySequence(key) for key in entry.keys])
    action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
    return action


def table_name(action: QAction) -> str | None:
    """The table's name of an action made by `make_action`, else None."""
    prefix = "shortcut:"
    name = action.objectName()
    return name[len(prefix) :] if name.startswith(prefix) else None


def native(key: str) -> str:
    """A key as this computer's keyboard names it ("Strg+S" on a German one)."""
    return QKeySequence(key).toString(QKeySequence.SequenceFormat.NativeText)
