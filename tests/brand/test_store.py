"""The kit store: append-only versions, optimistic saves, owner isolation, teams, default rules."""

from __future__ import annotations

import sqlite3

import pytest

from adgen.brand.errors import KitNotEditable, KitNotFound, KitVersionConflict, NoBrandKit
from adgen.brand.library import BrandLibrary
from adgen.brand.model import BrandKit
from adgen.brand.store import KitViewer, SQLiteBrandKitStore


def test_every_change_is_a_new_version_and_old_versions_read_back_exactly(
    library: BrandLibrary, logo_png: bytes
):
    first = library.add_logo("alice", logo_png, "logo.png", new_kit_name="Harbour Coffee").kit
    second = library.update_details("alice", tagline="Roasted by the sea").kit
    third = library.set_colours("alice", "navy and coral").kit
    assert (first.version, second.version, third.version) == (1, 2, 3)
    assert first.kit_id == second.kit_id == third.kit_id
    again = library.kit("alice", first.kit_id, version=1)
    assert again.version_doc() == first.version_doc()  # byte for byte the stored version
    assert again.tagline is None and again.colors == first.colors
    assert library.kit("alice", first.kit_id, version=2).tagline == "Roasted by the sea"
    assert [(h.version, h.change) for h in library.history("alice", first.kit_id)] == [
        (1, "created with logo"),
        (2, "tagline"),
        (3, "colours"),
    ]
    with pytest.raises(KitNotFound, match="has no version 9; its latest version is 3"):
        library.kit("alice", first.kit_id, version=9)


def test_stored_versions_cannot_be_rewritten_or_deleted(library: BrandLibrary, settings):  # type: ignore[no-untyped-def]
    kit = library.create_kit("alice", "Harbour Coffee")
    conn = sqlite3.connect(settings.database_path)
    try:
        with pytest.raises(sqlite3.IntegrityError, match="append-only"):
            conn.execute("UPDATE brand_kit_versions SET doc = '{}' WHERE kit_id = ?", (kit.kit_id,))
        with pytest.raises(sqlite3.IntegrityError, match="append-only"):
            conn.execute("DELETE FROM brand_kit_versions WHERE kit_id = ?", (kit.kit_id,))
    finally:
        conn.close()
    assert library.kit("alice", kit.kit_id).name == "Harbour Coffee"


def test_a_save_made_on_an_old_version_is_refused(library: BrandLibrary):
    kit = library.create_kit("alice", "Harbour Coffee")
    store = library.store
    mine = kit.model_copy(update={"version": 2, "tagline": "Mine", "change": "tagline"})
    theirs = kit.model_copy(update={"version": 2, "tagline": "Theirs", "change": "tagline"})
    store.save(mine, expected_version=1, editor="alice")
    with pytest.raises(KitVersionConflict, match="you edited version 1, it is now at version 2"):
        store.save(theirs, expected_version=1, editor="alice")
    assert store.get(kit.kit_id, viewer="alice").tagline == "Mine"


def test_owners_are_isolated(library: BrandLibrary, logo_png: bytes):
    alice = library.add_logo("alice", logo_png, "logo.png", new_kit_name="Alice Co").kit
    bob = library.create_kit("bob", "Bob Co")
    missing = str(KitNotFound("bk_doesnotexist")).replace("bk_doesnotexist", alice.kit_id)
    with pytest.raises(KitNotFound) as seen:
        library.kit("bob", alice.kit_id)
    assert str(seen.value) == missing  # another owner's kit reads exactly like a missing one
    for attempt in (
        lambda: library.kit("bob", alice.kit_id, version=1),
        lambda: library.history("bob", alice.kit_id),
        lambda: library.set_default("bob", alice.kit_id),
        lambda: library.update_details("bob", kit_id=alice.kit_id, tagline="Hijacked"),
        lambda: library.archive("bob", alice.kit_id),
    ):
        with pytest.raises(KitNotFound):
            attempt()
    assert [k.kit_id for k in library.kits("bob")] == [bob.kit_id]
    assert library.default_kit("bob").kit_id == bob.kit_id
    assert library.kit("alice", alice.kit_id).version == 1 and library.kit("alice").tagline is None


def test_a_team_kit_is_usable_by_the_team_and_editable_only_by_its_owner(team_library: BrandLibrary):
    lib = team_library
    kit = lib.create_kit("alice", "Acme", team="acme", tagline="Made together")
    assert lib.kit("bob", kit.kit_id).tagline == "Made together"
    assert [k.kit_id for k in lib.kits("bob")] == [kit.kit_id]
    assert lib.set_default("bob", kit.kit_id).is_default
    with pytest.raises(KitNotEditable, match="shared with you by alice"):
        lib.update_details("bob", kit_id=kit.kit_id, tagline="Bob was here")
    with pytest.raises(KitNotFound):
        lib.kit("carol", kit.kit_id)
    with pytest.raises(Exception, match="not in a team called 'globex'"):
        lib.create_kit("alice", "Other", team="globex")
    # Alice stops sharing: Bob loses it, including as his default.
    lib.update_details("alice", kit_id=kit.kit_id, team=None)
    with pytest.raises(KitNotFound):
        lib.kit("bob", kit.kit_id)
    assert lib.default_kit("bob") is None
    assert lib.kit("alice", kit.kit_id).tagline == "Made together"


def test_default_kit_rules(library: BrandLibrary):
    with pytest.raises(NoBrandKit, match="You have no brand kit yet; send your logo"):
        library.kit("alice")
    first = library.create_kit("alice", "First")
    second = library.create_kit("alice", "Second")
    assert first.is_default and not second.is_default  # the first kit becomes the default
    assert library.default_kit("alice").kit_id == first.kit_id
    library.set_default("alice", second.kit_id)
    flags = {k.name: k.is_default for k in library.kits("alice")}
    assert flags == {"First": False, "Second": True}  # exactly one default
    # Changes with kit_id=None go to the default kit.
    assert library.update_details("alice", tagline="To the default").kit.kit_id == second.kit_id
    third = library.create_kit("alice", "Third", make_default=True)
    assert library.default_kit("alice").kit_id == third.kit_id
    # Archiving the default hands it to the most recently changed remaining kit.
    library.archive("alice", third.kit_id)
    assert library.default_kit("alice").kit_id == second.kit_id
    assert third.kit_id not in [k.kit_id for k in library.kits("alice")]
    # An archived kit's versions still read back for the ads that recorded them.
    assert library.store.get_internal(third.kit_id, 1).name == "Third"
    # Being the default is a choice, not a kit change: no new version was made.
    assert library.kit("alice", second.kit_id).version == 2


def test_the_store_is_shared_by_processes_through_one_file(settings):  # type: ignore[no-untyped-def]
    one = SQLiteBrandKitStore(settings.database_path)
    two = SQLiteBrandKitStore(settings.database_path)  # another worker opening the same file
    kit = one.create(BrandKit(owner="alice", name="Harbour Coffee"))
    assert two.get(kit.kit_id, viewer=KitViewer("alice")).name == "Harbour Coffee"
    with sqlite3.connect(settings.database_path) as conn:
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    assert {"brand_kits", "brand_kit_versions", "brand_kit_defaults"} <= tables


def test_a_change_that_changes_nothing_makes_no_version(library: BrandLibrary, logo_png: bytes):
    kit = library.add_logo("alice", logo_png, "logo.png").kit
    again = library.add_logo("alice", logo_png, "same-logo-again.png")
    assert again.kit.version == kit.version and "nothing changed" in again.notes[-1]
    assert len(library.history("alice", kit.kit_id)) == 1


def test_racing_saves_from_many_threads_keep_exactly_one(library: BrandLibrary):
    from concurrent.futures import ThreadPoolExecutor

    kit = library.create_kit("alice", "Harbour Coffee")

    def save(n: int) -> str:
        edit = kit.model_copy(update={"version": 2, "tagline": f"Take {n}", "change": "tagline"})
        try:
            library.store.save(edit, expected_version=1, editor="alice")
            return "saved"
        except KitVersionConflict:
            return "conflict"

    with ThreadPoolExecutor(max_workers=6) as pool:
        outcomes = list(pool.map(save, range(12)))
    assert outcomes.count("saved") == 1 and outcomes.count("conflict") == 11
    assert [h.version for h in library.history("alice", kit.kit_id)] == [1, 2]
