"""Working around a reference-counting bug of PySide6 under Python 3.11.

Some PySide6 releases drop one reference to None each time Qt calls a Python override that
returns None (a model's `data()` or `headerData()` for a role it does not provide). Python 3.11
counts references to None like any other object, so after enough calls (a scrolled table makes
millions) None is deallocated and the interpreter aborts. Models return `no_value()` instead of
None: the same None, with the reference Qt will drop paid in advance, only where the bug shows.
"""

from __future__ import annotations

import ctypes
import sys
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QIdentityProxyModel,
    QModelIndex,
    QPersistentModelIndex,
)

_incref = ctypes.pythonapi.Py_IncRef
_incref.argtypes = [ctypes.py_object]
_incref.restype = None


class _Probe(QAbstractListModel):
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 1

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0) -> Any:
        return None


def _qt_drops_none() -> bool:
    if sys.version_info >= (3, 12):  # None is immortal there; nothing can go wrong
        return False
    probe = _Probe()
    proxy = QIdentityProxyModel()
    proxy.setSourceModel(probe)
    index = proxy.index(0, 0)
    before = sys.getrefcount(None)
    for _ in range(200):
        index.data(0)
    return sys.getrefcount(None) - before < -100


_COMPENSATE = _qt_drops_none()


def no_value() -> None:
    """None, for returning from a Qt model override."""
    if _COMPENSATE:
        _incref(None)
    return None  # noqa: PLR1711 - the point of this function is to return None
