"""Drafts on the workstation: atomic writes, one file per rep and lead, nothing half-written."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from qualifier_app.integrations.drafts import DraftStore, database_identity

HERE = "postgresql://db.example:5432/qualifier"
ELSEWHERE = "postgresql://db.example:5432/other_company"


def test_save_load_delete(tmp_path: Path) -> None:
    store = DraftStore(tmp_path / "drafts", database=HERE)
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
    store = DraftStore(tmp_path, database=HERE)
    store.save("rita", 1, {"notes": "kept", "saved_at": "1"})

    def crash(*_: object) -> None:
        raise OSError("disk full")

    monkeypatch.setattr(os, "replace", crash)
    with pytest.raises(OSError, match="disk full"):
        store.save("rita", 1, {"notes": "lost", "saved_at": "2"})
    assert json.loads(store.path("rita", 1).read_text())["notes"] == "kept"
    assert [p.name for p in tmp_path.iterdir()] == [store.path("rita", 1).name]


def test_unreadable_files_are_skipped(tmp_path: Path) -> None:
    store = DraftStore(tmp_path, database=HERE)
    store.save("rita", 1, {"saved_at": "1"})
    store.path("rita", 2).write_text("{half a fi")
    store.path("rita", 3).write_text(json.dumps({"format": 99}))
    assert [d["lead_id"] for d in store.load_all("rita")] == [1]


def test_logins_cannot_escape_the_folder(tmp_path: Path) -> None:
    store = DraftStore(tmp_path / "drafts", database=HERE)
    assert store.path("../../etc/x", 1).parent == tmp_path / "drafts"


def test_a_draft_is_offered_only_on_its_own_database(tmp_path: Path) -> None:
    here = DraftStore(tmp_path, database=HERE)
    elsewhere = DraftStore(tmp_path, database=ELSEWHERE)
    here.save("rita", 7, {"company": "Acme", "saved_at": "1"})
    elsewhere.save("rita", 7, {"company": "Other company", "saved_at": "2"})
    assert [d["company"] for d in here.load_all("rita")] == ["Acme"]
    assert [d["company"] for d in elsewhere.load_all("rita")] == ["Other company"]
    elsewhere.delete("rita", 7)
    assert [d["company"] for d in here.load_all("rita")] == ["Acme"]
    assert elsewhere.load_all("rita") == []


def test_old_unscoped_drafts_and_renamed_files_are_not_offered_but_kept(tmp_path: Path) -> None:
    store = DraftStore(tmp_path, database=HERE)
    old = tmp_path / "rita-lead-4.json"
    old.write_text(json.dumps({"format": 1, "lead_id": 4, "login": "rita", "saved_at": "1"}))
    store.save("rita", 5, {"company": "Five", "saved_at": "1"})
    store.path("rita", 5).rename(store.path("rita", 6))  # says lead 5 inside
    assert store.load_all("rita") == []
    assert old.exists() and store.path("rita", 6).exists()


def test_the_identity_of_a_database_is_where_it_is_not_who_signs_in(tmp_path: Path) -> None:
    rita = database_identity("postgresql+psycopg://rita:secret@DB.example:5432/qualifier")
    marco = database_identity("postgresql+psycopg://marco:other@db.example:5432/qualifier")
    assert rita == marco
    assert "secret" not in rita and "rita" not in rita
    assert rita != database_identity("postgresql+psycopg://rita@db.example:5432/other")
    assert database_identity(f"sqlite:///{tmp_path}/a.db") != database_identity(
        f"sqlite:///{tmp_path}/b.db"
    )
