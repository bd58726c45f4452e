"""Drafts on the workstation: atomic writes, one file per rep and lead, nothing half-written."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from qualifier_app.integrations.drafts import DraftStore


def test_save_load_delete(tmp_path: Path) -> None:
    store = DraftStore(tmp_path / "drafts")
    assert store.load_all("rita") == []
    store.save("rita", 7, {"notes": "first", "saved_at": "2026-11-24T15:00:00+00:00"})
    store.save("rita", 3, {"notes": "older", "saved_at": "2026-11-24T14:00:00+00:00"})
    store.save("marco", 7, {"notes": "not rita's", "saved_at": "2026-11-24T15:01:00+00:00"})
    store.save("rita", 7, {"notes": "second", "saved_at": "2026-11-24T15:02:00+00:00"})
    drafts = store.load_all("rita")
    assert [(d["lead_id"], d["notes"]) for d in drafts] == [(3, "older"), (7, "second")]
    store.delete("rita", 7)
    store.delete("rita", 7)  # deleting twice is fine
    assert [d["lead_id"] for d in store.load_all("rita")] == [3]
    assert [d["lead_id"] for d in store.load_all("marco")] == [7]


def test_a_failed_write_leaves_the_previous_draft_whole(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    store = DraftStore(tmp_path)
    store.save("rita", 1, {"notes": "kept", "saved_at": "1"})

    def crash(*_: object) -> None:
        raise OSError("disk full")

    monkeypatch.setattr(os, "replace", crash)
    with pytest.raises(OSError, match="disk full"):
        store.save("rita", 1, {"notes": "lost", "saved_at": "2"})
    assert json.loads(store.path("rita", 1).read_text())["notes"] == "kept"
    assert [p.name for p in tmp_path.iterdir()] == ["rita-lead-1.json"]


def test_unreadable_files_are_skipped(tmp_path: Path) -> None:
    store = DraftStore(tmp_path)
    store.save("rita", 1, {"saved_at": "1"})
    (tmp_path / "rita-lead-2.json").write_text("{half a fi")
    (tmp_path / "rita-lead-3.json").write_text(json.dumps({"format": 99}))
    assert [d["lead_id"] for d in store.load_all("rita")] == [1]


def test_logins_cannot_escape_the_folder(tmp_path: Path) -> None:
    store = DraftStore(tmp_path / "drafts")
    assert store.path("../../etc/x", 1).parent == tmp_path / "drafts"
