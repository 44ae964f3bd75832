"""One brand kit message in a conversation: change the kit, show it, or apply it to the open ad.

The session reads a message with :func:`adgen.agent.understanding.brand_kit.read_kit_message`
before any ad parser or model (a kit outlives the ad), and runs it here through
:class:`adgen.brand.library.BrandLibrary`: every change is checked whole and stored as a new kit
version, or refused with one sentence and the kit left as it was. The open ad is never changed
by a kit edit; the reply says when the ad's kit version is behind and how to apply the new one,
which is the ``apply_brand_kit`` edit (one undo step, like any edit).
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path

from adgen.agent.actions import ActionError, ProjectActions, Turn
from adgen.agent.reply import BrandKitPart, NotePart
from adgen.agent.understanding.brand_kit import KitMessage, KitRequest
from adgen.brand.card import render_kit_card
from adgen.brand.errors import BrandKitError, BrandKitRejected
from adgen.brand.library import BrandLibrary, KitUpdate
from adgen.brand.model import BrandKit
from adgen.brand.summary import kit_summary
from adgen.tools import operations as ops

log = logging.getLogger(__name__)

# Requests that pick a kit rather than change one.
KIT_CHOICES = frozenset({"new_kit", "switch_kit"})
FONT_SUFFIXES = frozenset({"ttf", "otf", "ttc", "woff", "woff2"})
ASK_LOGO = "Attach your logo (a PNG with a transparent background, or an SVG) and say “here is our logo”."
ASK_FONT = "Attach the TTF or OTF file and say which text it is for (“use this font for headlines”)."


def _suffix(path: Path) -> str:
    return path.suffix.lower().lstrip(".")


@dataclass
class BrandFiles:
    """The attachments of a brand message, split by what they can be."""

    fonts: list[Path]
    pictures: list[Path]

    @classmethod
    def of(cls, paths: list[Path]) -> BrandFiles:
        fonts = [p for p in paths if _suffix(p) in FONT_SUFFIXES]
        return cls(fonts=fonts, pictures=[p for p in paths if p not in fonts])


def _what_changed(request: KitRequest, kit: BrandKit) -> str:
    """The sentence for a change the library says nothing about (details, words)."""
    match request.action:
        case "tagline":
            return f"Tagline: “{kit.tagline}”."
        case "cta":
            return f"Call to action: “{kit.default_cta}”."
        case "name":
            return f"The brand kit is called “{kit.name}”."
        case "avoid":
            return (
                "Never say: "
                + ", ".join(f"“{w}”" for w in kit.avoid_words)
                + " (taken out of new ads' copy)."
            )
        case "tone":
            return "Tone: " + ", ".join(kit.tone_words) + "."
    return "Brand kit changed."


# A refused request of these kinds stops the message: what follows was meant for the other kit.
_KIT_SWITCHES = frozenset({"new_kit", "switch_kit"})


class BrandTurn:
    """The brand kit actions of one conversation, for ``actions.ctx.owner``."""

    def __init__(self, actions: ProjectActions) -> None:
        self.actions = actions
        ctx = actions.ctx
        self.library = BrandLibrary.from_settings(ctx.settings, media=ctx.media)
        self.owner = ctx.owner

    def run(self, turn: Turn, message: KitMessage, files: list[Path]) -> None:
        """Do each request in order. A refused one changes nothing and the others still happen
        ("colours … and the headline font is Cinzel": the colours are kept when the font is not
        installed); a refused switch of kits stops the rest, which were meant for the other kit."""
        split = BrandFiles.of(files)
        changed: BrandKit | None = None
        refused: list[str] = []
        for request in message.requests:
            try:
                update = self._one(turn, request, split)
            except (BrandKitError, ActionError) as exc:
                refused.append(str(exc))
                if request.action in _KIT_SWITCHES:
                    break
                continue
            if update is not None:
                turn.say(*(NotePart(note) for note in update.notes or [_what_changed(request, update.kit)]))
                if request.action not in KIT_CHOICES:
                    changed = update.kit
        if refused:
            turn.failed = changed is None  # a refusal alone is an error; with changes, a note
            turn.say(
                NotePart(" ".join(refused) + (" The brand kit was not changed." if changed is None else ""))
            )
        if changed is not None:
            turn.say(NotePart(self._saved(changed)))
            self._behind(turn, changed)

    # --- one request ----------------------------------------------------------------------------
    def _one(self, turn: Turn, request: KitRequest, files: BrandFiles) -> KitUpdate | None:
        lib, who = self.library, self.owner
        match request.action:
            case "show":
                self.show(turn)
                return None
            case "list_kits":
                turn.say(NotePart(self._kit_list()))
                return None
            case "new_kit":
                kit = lib.create_kit(who, request.value or "", make_default=True)
                return KitUpdate(
                    kit=kit, notes=[f"Started the brand kit “{kit.name}”; new ads use it from now on."]
                )
            case "switch_kit":
                kit = lib.set_default(who, self._kit_named(request.value or "").kit_id)
                return KitUpdate(
                    kit=kit, notes=[f"New ads now use the brand kit “{kit.name}” (version {kit.version})."]
                )
            case "apply" | "corner_mark":
                self.apply(turn, request)
                return None
            case "logo":
                if not files.pictures:
                    raise BrandKitRejected(ASK_LOGO)
                path = files.pictures[-1]
                return lib.add_logo(who, path.read_bytes(), path.name)
            case "logo_cutout":
                return self._cut_out_logo()
            case "logo_colours":
                return lib.use_logo_colours(who)
            case "font_file":
                if not files.fonts:
                    raise BrandKitRejected(ASK_FONT)
                path = files.fonts[-1]
                return lib.set_font_file(who, request.role, path.read_bytes(), path.name)
            case "font_family":
                return lib.set_font_family(who, request.role, request.value or "")
            case "colours":
                return lib.set_colours(who, request.value or "")
            case "tagline":
                return lib.update_details(who, tagline=request.value)
            case "cta":
                return lib.update_details(who, default_cta=request.value)
            case "name":
                return lib.update_details(who, name=request.value)
            case "avoid":
                kit = lib.default_kit(who)
                current = list(kit.avoid_words) if kit else []
                return lib.update_details(who, avoid_words=[*current, *request.words])
            case "tone":
                return lib.update_details(who, tone_words=list(request.words))
        raise BrandKitRejected("I didn't understand what to change in the brand kit.")

    def _cut_out_logo(self) -> KitUpdate:
        from adgen.agent.logo_cutout import cut_out_logo
        from adgen.brand.palette import extract_palette

        kit = self.library.kit(self.owner)
        if kit.logo is None:
            raise BrandKitRejected(ASK_LOGO)
        if kit.logo.has_transparency:
            raise BrandKitRejected("The logo already has a transparent background; nothing to cut out.")
        data = self.library.media.read_bytes(kit.logo.url)
        from io import BytesIO

        from PIL import Image

        with Image.open(BytesIO(data)) as opened:
            plate = extract_palette(opened).background
        return self.library.add_logo(self.owner, cut_out_logo(data, plate), "logo-cutout.png")

    def _kit_named(self, name: str) -> BrandKit:
        """The owner's kit with this name (exactly, ignoring case; else the one whose name holds it)."""
        kits = self.library.kits(self.owner)
        wanted = " ".join(name.split()).casefold()
        exact = [k for k in kits if k.name.casefold() == wanted]
        close = exact or [k for k in kits if wanted in k.name.casefold()]
        if len(close) == 1:
            return close[0]
        names = ", ".join(f"“{k.name}”" for k in kits) or "none yet"
        raise BrandKitRejected(f"I can't tell which brand kit “{name}” is; your brand kits: {names}.")

    def _kit_list(self) -> str:
        kits = self.library.kits(self.owner)
        if not kits:
            raise BrandKitRejected(
                "You have no brand kit yet; send your logo, or say “our colours are navy and coral”, to start one."
            )
        listed = [f"“{k.name}” (version {k.version}{', default' if k.is_default else ''})" for k in kits]
        return "Your brand kits: " + "; ".join(listed) + "."

    # --- views and the open ad ------------------------------------------------------------------
    def show(self, turn: Turn) -> None:
        kit = self.library.kit(self.owner)
        card_url = None
        try:
            card_url = self.library.media.put_bytes(render_kit_card(kit, self.library.media), suffix=".png")
        except Exception:  # noqa: BLE001 - the summary still says everything
            log.warning("the kit card could not be drawn", exc_info=True)
        turn.say(
            BrandKitPart(
                text=kit_summary(kit),
                slack=kit_summary(kit, flavour="slack"),
                card_url=card_url,
                kit_id=kit.kit_id,
                version=kit.version,
            )
        )
        if card_url is None:
            turn.say(NotePart("The kit card could not be drawn just now; the summary above is complete."))

    def apply(self, turn: Turn, request: KitRequest) -> None:
        project = self.actions.current(turn)
        ref = project.brand_kit
        if request.action == "corner_mark" and ref is not None:
            kit = self.library.kit(self.owner, ref.id, version=ref.version)  # the ad's own version
        else:
            kit = self.library.kit(self.owner)
        corner = request.enabled if request.action == "corner_mark" else None
        if request.action == "corner_mark" and kit.logo is None:
            raise BrandKitRejected(ASK_LOGO)
        op = ops.ApplyBrandKit(kit_id=kit.kit_id, version=kit.version, corner_mark=corner, kit=kit.to_wire())
        self.actions.apply(turn, op)

    def _saved(self, kit: BrandKit) -> str:
        default = ", your default for new ads" if kit.is_default else ""
        return f"Saved in brand kit “{kit.name}” (version {kit.version}{default}). Say “show the brand kit” to see it."

    def _behind(self, turn: Turn, kit: BrandKit) -> None:
        """Tell the marketer when the open ad uses an older kit (it is never changed silently)."""
        if not turn.project_id:
            return
        try:
            project = self.actions.current(turn)
        except ActionError:
            return
        ref = project.brand_kit
        if ref is None:
            turn.say(
                NotePart("This ad doesn't use the brand kit; say “apply the brand kit to this ad” to use it.")
            )
        elif ref.id == kit.kit_id and ref.version < kit.version:
            turn.say(
                NotePart(
                    f"This ad still uses version {ref.version} of the kit and stays as it is; "
                    "say “apply the new brand kit to this ad” to update it."
                )
            )


__all__ = ["BrandFiles", "BrandTurn"]
