"""BrandLibrary: the few calls the chat, Slack and the CLI make to build and use brand kits.

Every change is checked completely (upload, font coverage, the kit's own rules) before anything
is written, and then stored as a new kit version, so a refused change leaves the kit exactly as
it was. Calls that change a kit take ``kit_id=None`` to mean "my default kit", and create one
when the marketer has none yet, so "here is our logo" works as the very first brand message.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from pydantic import ValidationError

from adgen.brand.colour_names import ROLES, colours_with_roles, describe
from adgen.brand.errors import BrandKitRejected, NoBrandKit
from adgen.brand.fonts import (
    coverage_of,
    find_installed_font,
    installed_kit_font,
    read_font_upload,
    require_glyphs,
    store_font,
)
from adgen.brand.logo import CutoutSuggestion, check_logo, store_logo
from adgen.brand.model import BrandKit, KitFont, now_iso
from adgen.brand.palette import roles_from_palette
from adgen.brand.reference import FontRole
from adgen.brand.store import BrandKitStore, KitVersionInfo, KitViewer, open_brand_kit_store
from adgen.store.media import MediaStore, open_media_store

DEFAULT_KIT_NAME = "My brand"
_UNSET: Any = object()


@dataclass
class KitUpdate:
    """A stored change: the new kit version, what to tell the marketer, and any offer to make."""

    kit: BrandKit
    notes: list[str] = field(default_factory=list)
    suggestions: list[CutoutSuggestion] = field(default_factory=list)


def teams_for(setting: str, user: str) -> frozenset[str]:
    """The teams ``user`` is in, from ``ADGEN_TEAMS`` ("acme=alice,bob;globex=carol")."""
    teams = set()
    for entry in (setting or "").split(";"):
        team, _, members = entry.partition("=")
        if team.strip() and user in {m.strip() for m in members.split(",")}:
            teams.add(team.strip())
    return frozenset(teams)


def _content(kit: BrandKit) -> dict[str, Any]:
    """What a kit says, without its bookkeeping: two versions with equal content are one."""
    return kit.model_dump(exclude={"version", "updated_at", "change", "is_default"})


def _friendly(exc: ValidationError) -> str:
    err = exc.errors()[0]
    msg = str(err.get("msg", "that value is not valid")).removeprefix("Value error, ")
    where = ".".join(str(p) for p in err.get("loc", ()) if not isinstance(p, int))
    text = f"{where.replace('_', ' ')}: {msg}" if where else msg
    return f"That can't go in the brand kit: {text.rstrip('.')}."


@dataclass
class BrandLibrary:
    """A marketer's brand kits: read, create and change them (each change a new version)."""

    store: BrandKitStore
    media: MediaStore
    max_logo_bytes: int
    max_font_bytes: int
    max_pixels: int
    teams: str = ""  # ADGEN_TEAMS

    @classmethod
    def from_settings(
        cls, settings: Any, *, store: BrandKitStore | None = None, media: MediaStore | None = None
    ) -> BrandLibrary:
        return cls(
            store=store or open_brand_kit_store(settings),
            media=media or open_media_store(settings),
            max_logo_bytes=min(settings.brand_max_logo_bytes, settings.max_upload_bytes),
            max_font_bytes=settings.brand_max_font_bytes,
            max_pixels=settings.max_upload_pixels,
            teams=settings.brand_teams,
        )

    def viewer(self, user: str) -> KitViewer:
        return KitViewer(user=user, teams=teams_for(self.teams, user))

    def _who(self, who: KitViewer | str) -> KitViewer:
        return who if isinstance(who, KitViewer) else self.viewer(who)

    # --- reading -------------------------------------------------------------------------
    def kit(self, who: KitViewer | str, kit_id: str | None = None, *, version: int | None = None) -> BrandKit:
        """A kit (or a version of it), or the viewer's default when ``kit_id`` is None."""
        viewer = self._who(who)
        if kit_id is None:
            kit = self.store.default_kit(viewer)
            if kit is None:
                raise NoBrandKit()
            return kit if version is None else self.store.get(kit.kit_id, viewer=viewer, version=version)
        return self.store.get(kit_id, viewer=viewer, version=version)

    def default_kit(self, who: KitViewer | str) -> BrandKit | None:
        """The kit a new ad uses, or None."""
        return self.store.default_kit(self._who(who))

    def kits(self, who: KitViewer | str) -> list[BrandKit]:
        return self.store.list_kits(self._who(who))

    def history(self, who: KitViewer | str, kit_id: str) -> list[KitVersionInfo]:
        return self.store.history(kit_id, viewer=self._who(who))

    def set_default(self, who: KitViewer | str, kit_id: str) -> BrandKit:
        return self.store.set_default(kit_id, viewer=self._who(who))

    def archive(self, who: KitViewer | str, kit_id: str) -> None:
        self.store.archive(kit_id, viewer=self._who(who))

    # --- creating and changing -----------------------------------------------------------
    def create_kit(
        self,
        who: KitViewer | str,
        name: str,
        *,
        team: str | None = None,
        make_default: bool | None = None,
        tagline: str | None = None,
        default_cta: str | None = None,
        tone_words: Iterable[str] = (),
        avoid_words: Iterable[str] = (),
        replacements: Mapping[str, str] | None = None,
    ) -> BrandKit:
        """A new kit (the first one becomes the default unless ``make_default`` is False)."""
        viewer = self._who(who)
        self._check_team(viewer, team)
        kit = self._validated(
            {
                "owner": viewer.user,
                "name": name,
                "team": team,
                "tagline": tagline,
                "default_cta": default_cta,
                "tone_words": list(tone_words),
                "avoid_words": list(avoid_words),
                "replacements": dict(replacements or {}),
            }
        )
        return self.store.create(kit, make_default=make_default)

    def add_logo(
        self,
        who: KitViewer | str,
        data: bytes,
        filename: str | None,
        *,
        kit_id: str | None = None,
        new_kit_name: str = DEFAULT_KIT_NAME,
    ) -> KitUpdate:
        """Check and store a logo; a kit without colours takes the logo's."""
        checked = check_logo(data, filename, max_bytes=self.max_logo_bytes, max_pixels=self.max_pixels)
        logo = store_logo(checked, self.media)
        notes: list[str] = []
        palette_roles = roles_from_palette(logo.palette)

        def change(doc: dict[str, Any]) -> None:
            doc["logo"] = logo.model_dump()
            if not any(doc["colors"].values()) and palette_roles:
                doc["colors"] = dict(palette_roles)
                notes.append(
                    "Colours taken from the logo: "
                    + ", ".join(describe(c) for c in palette_roles.values())
                    + "."
                )
            elif palette_roles:
                notes.append(
                    "The logo's colours are "
                    + ", ".join(describe(c) for c in logo.palette[:3])
                    + "; say “use the logo's colours” to make them the kit's."
                )

        update = self._change(who, kit_id, "logo", change, new_kit_name)
        update.notes[:0] = notes
        if checked.suggestion:
            update.suggestions.append(checked.suggestion)
            update.notes.append(checked.suggestion.message)
        return update

    def use_logo_colours(self, who: KitViewer | str, *, kit_id: str | None = None) -> KitUpdate:
        """The kit's colours become the logo's palette (primary, secondary, accent)."""
        current = self._current(self._who(who), kit_id)
        if current is None or current.logo is None or not current.logo.palette:
            raise BrandKitRejected("The kit has no logo with colours yet; send the logo first.")
        roles = roles_from_palette(current.logo.palette)
        return self._change(who, kit_id, "colours from the logo", lambda doc: doc.update(colors=dict(roles)))

    def set_colours(
        self,
        who: KitViewer | str,
        text: str,
        *,
        kit_id: str | None = None,
        new_kit_name: str = DEFAULT_KIT_NAME,
    ) -> KitUpdate:
        """Colours from words or hex: "navy and coral" sets primary and secondary (accent cleared);
        "accent coral" changes only the accent."""
        found = colours_with_roles(text)
        if not found:
            raise BrandKitRejected(
                f"I couldn't find a colour in “{text[:60]}”; name colours like “navy and coral” "
                "or give hex codes like #1B2A4A."
            )
        names_roles = any(role in text.lower() for role in ROLES)

        def change(doc: dict[str, Any]) -> None:
            colours = dict(doc["colors"]) if names_roles else dict.fromkeys(ROLES)
            colours.update({role: colour.hex for role, colour in found.items()})
            doc["colors"] = colours

        update = self._change(who, kit_id, "colours", change, new_kit_name)
        update.notes.append(
            "Colours: " + ", ".join(f"{role} {describe(c)}" for role, c in update.kit.colors.named()) + "."
        )
        return update

    def set_font_file(
        self,
        who: KitViewer | str,
        role: FontRole,
        data: bytes,
        filename: str | None,
        *,
        kit_id: str | None = None,
        new_kit_name: str = DEFAULT_KIT_NAME,
    ) -> KitUpdate:
        """An uploaded TTF/OTF for headings or body text, refused if it cannot set the kit's copy."""
        font = read_font_upload(data, filename, max_bytes=self.max_font_bytes)
        return self._set_font(
            who, role, kit_id, new_kit_name, font.family, font.coverage, lambda: store_font(font, self.media)
        )

    def set_font_family(
        self,
        who: KitViewer | str,
        role: FontRole,
        family: str,
        *,
        style: str | None = None,
        kit_id: str | None = None,
        new_kit_name: str = DEFAULT_KIT_NAME,
    ) -> KitUpdate:
        """A font family installed on this machine ("use DejaVu Serif for headlines")."""
        kit_font = installed_kit_font(find_installed_font(family, style))
        coverage = coverage_of(kit_font, self.media)
        return self._set_font(who, role, kit_id, new_kit_name, kit_font.family, coverage, lambda: kit_font)

    def _set_font(
        self,
        who: KitViewer | str,
        role: FontRole,
        kit_id: str | None,
        new_kit_name: str,
        family: str,
        coverage: frozenset[int],
        keep: Callable[[], KitFont],
    ) -> KitUpdate:
        """Check the font sets the kit's copy, then keep it (store an upload) and save the kit."""
        current = self._current(self._who(who), kit_id)
        require_glyphs(coverage, current.copy_text() if current else "", f"The font {family}")
        kit_font = keep()
        change = lambda doc: doc.update({f"{role}_font": kit_font.model_dump()})  # noqa: E731
        update = self._change(who, kit_id, f"{role} font", change, new_kit_name)
        update.notes.append(f"{role.capitalize()} font: {kit_font.label()}.")
        return update

    def update_details(
        self,
        who: KitViewer | str,
        *,
        kit_id: str | None = None,
        name: str | None = _UNSET,
        tagline: str | None = _UNSET,
        default_cta: str | None = _UNSET,
        tone_words: Iterable[str] = _UNSET,
        avoid_words: Iterable[str] = _UNSET,
        replacements: Mapping[str, str] = _UNSET,
        team: str | None = _UNSET,
        new_kit_name: str = DEFAULT_KIT_NAME,
    ) -> KitUpdate:
        """Name, tagline, default CTA, tone, words to avoid, replacements or team (None clears)."""
        given = {
            key: (
                list(value)
                if key in ("tone_words", "avoid_words")
                else dict(value)
                if key == "replacements"
                else value
            )
            for key, value in (
                ("name", name),
                ("tagline", tagline),
                ("default_cta", default_cta),
                ("tone_words", tone_words),
                ("avoid_words", avoid_words),
                ("replacements", replacements),
                ("team", team),
            )
            if value is not _UNSET
        }
        if not given:
            raise BrandKitRejected(
                "Say what to change in the brand kit: name, tagline, call to action, tone or words to avoid."
            )
        if "team" in given:
            self._check_team(self._who(who), given["team"])
        label = ", ".join(k.replace("_", " ") for k in given)
        return self._change(who, kit_id, label, lambda doc: doc.update(given), new_kit_name)

    # --- the one write path --------------------------------------------------------------
    def _current(self, viewer: KitViewer, kit_id: str | None) -> BrandKit | None:
        if kit_id is not None:
            return self.store.get(kit_id, viewer=viewer)
        return self.store.default_kit(viewer)

    def _check_team(self, viewer: KitViewer, team: str | None) -> None:
        if team is not None and team not in viewer.teams:
            raise BrandKitRejected(
                f"You are not in a team called {team!r}, so the kit can't be shared with it."
            )

    def _validated(self, doc: dict[str, Any]) -> BrandKit:
        try:
            return BrandKit.model_validate(doc)
        except ValidationError as exc:
            raise BrandKitRejected(_friendly(exc)) from exc

    def _check_fonts(self, kit: BrandKit) -> None:
        """Both fonts must still set the kit's own words (a new tagline may bring new characters)."""
        for font in (kit.heading_font, kit.body_font):
            if font is not None:
                require_glyphs(coverage_of(font, self.media), kit.copy_text(), f"The font {font.family}")

    def _change(
        self,
        who: KitViewer | str,
        kit_id: str | None,
        label: str,
        mutate: Callable[[dict[str, Any]], None],
        new_kit_name: str = DEFAULT_KIT_NAME,
    ) -> KitUpdate:
        viewer = self._who(who)
        current = self._current(viewer, kit_id)
        now = now_iso()
        if current is None:
            doc = BrandKit(owner=viewer.user, name=new_kit_name, created_at=now, updated_at=now).model_dump()
            mutate(doc)
            doc["change"] = f"created with {label}"
            kit = self._validated(doc)
            self._check_fonts(kit)
            return KitUpdate(kit=self.store.create(kit), notes=[f"Started the brand kit “{kit.name}”."])
        doc = current.model_dump()
        mutate(doc)
        doc.update(version=current.version + 1, updated_at=now, change=label, is_default=False)
        kit = self._validated(doc)
        if _content(kit) == _content(current):
            return KitUpdate(kit=current, notes=["The brand kit already has that; nothing changed."])
        self._check_fonts(kit)
        return KitUpdate(kit=self.store.save(kit, expected_version=current.version, editor=viewer))


__all__ = ["DEFAULT_KIT_NAME", "BrandLibrary", "KitUpdate", "teams_for"]
