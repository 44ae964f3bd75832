"""The offline parser's phrase suite: varied phrasings, each with exactly what it must produce.

Importable (``from phrase_suite import PHRASES, PROJECTS, check``) by the tests and by
``bench/bench_agent.py``, which reports the parser's accuracy over it. Each :class:`Phrase` names
the project it is read against (``basic``: the conftest ``sample_project`` shape, hook scene_1
/ showcase scene_2 / cta scene_3; ``two``: hook, two showcases, social proof, cta, with a
product image; ``None``: no ad yet) and the exact operations (wire dicts) or intent it must
give. :func:`check` lists every difference, so "exact" means exact: all operations, every
flag, the question word for word, the brief field by field.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from adgen.project import AdProject

# --- projects ----------------------------------------------------------------------------------

B1 = "splash of iced coffee, energetic, bright"
B2 = "cold brew bottle on a sunny counter, warm light"
B3 = "brand colours, bold closing frame"
T1 = "neon city street at night, energetic"
T2 = "running shoe on wet asphalt, dramatic"
T3 = "close-up of the sole, studio light"
T4 = "runners laughing after a race"
T5 = "logo on black, bold"


def basic_project() -> AdProject:
    """The conftest ``sample_project``: 15 s, hook / showcase / cta, no product image."""
    return AdProject.model_validate(
        {
            "projectId": "p_sample1",
            "owner": "alice",
            "brief": "a 15 s ad for our cold brew, energetic",
            "brand": {"name": "Northwind Coffee", "colors": ["#1F3A5F", "#F2A541"]},
            "style": {
                "mood": "energetic",
                "palette": ["#1F3A5F", "#F2A541"],
                "lighting": "bright",
                "visualStyle": "modern",
                "musicMood": "upbeat",
            },
            "durationSec": 15,
            "scenes": [
                {
                    "id": "scene_1",
                    "role": "hook",
                    "durationSec": 4,
                    "backgroundPrompt": B1,
                    "overlay": {
                        "text": "Wake up to cold brew",
                        "position": "top",
                        "fontSize": 64,
                        "color": "#FFFFFF",
                    },
                    "product": {"visible": False, "scale": 0.5, "position": "center"},
                },
                {
                    "id": "scene_2",
                    "role": "showcase",
                    "durationSec": 7,
                    "backgroundPrompt": B2,
                    "overlay": {
                        "text": "Smooth. Bold. 100% arabica",
                        "position": "bottom",
                        "fontSize": 56,
                        "color": "#FFFFFF",
                    },
                    "product": {"visible": True, "scale": 0.5, "position": "center"},
                },
                {
                    "id": "scene_3",
                    "role": "cta",
                    "durationSec": 4,
                    "backgroundPrompt": B3,
                    "overlay": {
                        "text": "Order today",
                        "position": "center",
                        "fontSize": 72,
                        "color": "#F2A541",
                    },
                    "product": {"visible": True, "scale": 0.4, "position": "bottom"},
                },
            ],
            "audio": {"mood": "upbeat", "trackUrl": None, "volume": 0.8},
        }
    )


def two_showcases_project() -> AdProject:
    """20 s: hook, two showcases, social proof, cta; with a product image."""
    return AdProject.model_validate(
        {
            "projectId": "p_nimbus1",
            "owner": "alice",
            "brief": "a 20 s ad for Nimbus running shoes, dramatic",
            "brand": {"name": "Nimbus", "colors": ["#111111", "#FFD700"]},
            "productAsset": {"sourceUrl": "file:///media/shoe.png", "maskedUrl": None, "checksum": "a" * 64},
            "style": {
                "mood": "dramatic",
                "palette": ["#111111", "#FFD700"],
                "lighting": "dark",
                "visualStyle": "cinematic",
                "musicMood": "epic",
            },
            "durationSec": 20,
            "scenes": [
                {
                    "id": "scene_1",
                    "role": "hook",
                    "durationSec": 3,
                    "backgroundPrompt": T1,
                    "overlay": {
                        "text": "Run the night",
                        "position": "top",
                        "fontSize": 64,
                        "color": "#FFFFFF",
                    },
                    "product": {"visible": False, "scale": 0.5, "position": "center"},
                },
                {
                    "id": "scene_2",
                    "role": "showcase",
                    "durationSec": 5,
                    "backgroundPrompt": T2,
                    "overlay": {
                        "text": "Featherlight foam",
                        "position": "bottom",
                        "fontSize": 56,
                        "color": "#FFFFFF",
                    },
                    "product": {"visible": True, "scale": 0.6, "position": "center"},
                },
                {
                    "id": "scene_3",
                    "role": "showcase",
                    "durationSec": 5,
                    "backgroundPrompt": T3,
                    "overlay": {
                        "text": "Grip that lasts",
                        "position": "bottom",
                        "fontSize": 56,
                        "color": "#FFFFFF",
                    },
                    "product": {"visible": True, "scale": 0.5, "position": "left"},
                },
                {
                    "id": "scene_4",
                    "role": "social_proof",
                    "durationSec": 4,
                    "backgroundPrompt": T4,
                    "overlay": {
                        "text": "“Best shoe I've owned” – Maya",
                        "position": "center",
                        "fontSize": 48,
                        "color": "#FFFFFF",
                    },
                    "product": {"visible": False, "scale": 0.5, "position": "center"},
                },
                {
                    "id": "scene_5",
                    "role": "cta",
                    "durationSec": 3,
                    "backgroundPrompt": T5,
                    "overlay": {
                        "text": "Shop Nimbus",
                        "position": "center",
                        "fontSize": 72,
                        "color": "#FFD700",
                    },
                    "product": {"visible": True, "scale": 0.4, "position": "bottom"},
                },
            ],
            "audio": {"mood": "epic", "trackUrl": None, "volume": 0.5},
        }
    )


PROJECTS: dict[str | None, Callable[[], AdProject | None]] = {
    "basic": basic_project,
    "two": two_showcases_project,
    None: lambda: None,
}

# --- expected operations as wire dicts -----------------------------------------------------------


def _w(operation: str, **fields: Any) -> dict[str, Any]:
    return {"operation": operation, **{k: v for k, v in fields.items() if v is not None}}


def US(sid: str, bp: str | None = None, d: float | None = None) -> dict[str, Any]:
    return _w("update_scene", sceneId=sid, backgroundPrompt=bp, durationSec=d)


def UO(
    sid: str,
    text: str | None = None,
    position: str | None = None,
    size: int | None = None,
    color: str | None = None,
) -> dict[str, Any]:
    return _w("update_overlay", sceneId=sid, text=text, position=position, fontSize=size, color=color)


def UP(
    sid: str | None = None,
    visible: bool | None = None,
    scale: float | None = None,
    position: str | None = None,
) -> dict[str, Any]:
    return _w("update_product", sceneId=sid, visible=visible, scale=scale, position=position)


def STYLE(**fields: Any) -> dict[str, Any]:
    names = {"visual_style": "visualStyle", "music_mood": "musicMood"}
    return _w("update_style", **{names.get(k, k): v for k, v in fields.items()})


def BRAND(**fields: Any) -> dict[str, Any]:
    return _w("update_brand", **fields)


def AUDIO(volume: float | None = None, mood: str | None = None) -> dict[str, Any]:
    return _w("update_audio", volume=volume, mood=mood)


def DUR(seconds: float) -> dict[str, Any]:
    return _w("set_duration", durationSec=seconds)


def ADD(
    role: str,
    after: str | None = None,
    text: str | None = None,
    d: float | None = None,
    bp: str | None = None,
) -> dict[str, Any]:
    return _w("add_scene", role=role, afterSceneId=after, backgroundPrompt=bp, text=text, durationSec=d)


def RM(sid: str) -> dict[str, Any]:
    return _w("remove_scene", sceneId=sid)


def ORDER(*ids: int) -> dict[str, Any]:
    return _w("reorder_scenes", order=[f"scene_{i}" for i in ids])


def REGEN(sid: str, extra: str = "") -> dict[str, Any]:
    return {"operation": "regenerate_scene", "sceneId": sid, "promptAdditions": extra}


def VAR(label: str, *operations: dict[str, Any]) -> dict[str, Any]:
    return {"operation": "create_variation", "label": label, "operations": list(operations)}


UNDO = {"operation": "undo"}

# Questions and answers, word for word.
BASIC_SCENES = "scene 1 (hook), scene 2 (showcase) or scene 3 (CTA)"


def Q_TEXT(words: str) -> str:
    return f"Which scene should say “{words}”: {BASIC_SCENES}?"


Q_SHOWCASE = "Which showcase: scene 2 or scene 3?"
Q_REDO = "Which scene should I redo: scene 1, scene 2 or scene 3?"
Q_VARIATION = "What should be different in version B: the hook, the text, the music, the length…?"
Q_BIGGER = "What should be bigger: the text or the product?"
Q_PHOTO = "Send me the new product photo with your message and I'll swap it in."
# The alternative lines chosen for the projects' briefs (vocabulary.alternative_line).
BASIC_ALT_HOOK = "You need to see this"
BASIC_ALT_CTA = "Get yours today"
HELP = ("I make and edit short video ads",)
NO_AD = ("There is no ad yet",)
BASIC_NAMES = ("scene 1 (hook), scene 2 (showcase) and scene 3 (CTA)",)


@dataclass(frozen=True)
class Phrase:
    text: str
    ops: tuple[dict[str, Any], ...] = ()
    project: str | None = "basic"
    attachment: bool = False
    render: bool = False
    quality: str | None = None
    aspects: tuple[str, ...] | None = None
    status: bool = False
    listing: bool = False
    cancel: bool = False
    replace_product: bool = False
    question: str | None = None
    unknown: tuple[str, ...] | None = None  # substrings the answer must contain
    brief: dict[str, Any] | None = None  # every Brief field but text (None/[] when absent)


def P(text: str, *ops: dict[str, Any], **kw: Any) -> Phrase:
    return Phrase(text, tuple(ops), **kw)


def BRIEF(
    product: str | None = None,
    brand_name: str | None = None,
    colors: list[str] | None = None,
    duration_sec: float | None = None,
    mood: str | None = None,
    audience: str | None = None,
    tagline: str | None = None,
    cta_text: str | None = None,
) -> dict[str, Any]:
    return {
        "brand_name": brand_name,
        "colors": colors or [],
        "duration_sec": duration_sec,
        "mood": mood,
        "audience": audience,
        "product": product,
        "tagline": tagline,
        "cta_text": cta_text,
        "scene_roles": None,  # a listed scene structure and a scene count (issue 15): none here
        "scene_count": None,
    }


PHRASES: list[Phrase] = [
    # --- on-screen text ---------------------------------------------------------------------------
    P("the CTA should say Shop Now", UO("scene_3", text="Shop Now")),
    P('Make the CTA say "50% off: today only!"', UO("scene_3", text="50% off: today only!")),
    P("change the hook text to 'Wake up, sleepyhead'", UO("scene_1", text="Wake up, sleepyhead")),
    P("set the CTA text to «Jetzt kaufen»", UO("scene_3", text="Jetzt kaufen")),
    P("hook: 今すぐ購入 🔥", UO("scene_1", text="今すぐ購入 🔥")),
    P("the CTA should say Купить сейчас", UO("scene_3", text="Купить сейчас")),
    P('make the CTA say "اشتر الآن"', UO("scene_3", text="اشتر الآن")),
    P("Make the hook read “Don't sleep on this”", UO("scene_1", text="Don't sleep on this")),
    P("change 'Order today' to 'Order now'", UO("scene_3", text="Order now")),
    P("replace ‘Wake up to cold brew’ with ‘Rise & grind ☕’", UO("scene_1", text="Rise & grind ☕")),
    P(
        "the ending should read: Available at all good stores",
        UO("scene_3", text="Available at all good stores"),
    ),
    P(r'make the CTA say "C:\deals\50%"', UO("scene_3", text=r"C:\deals\50%")),
    P("CTA text: 2 for 1 — today only", UO("scene_3", text="2 for 1 — today only")),
    P("make the hook say 'Don't miss out' in yellow", UO("scene_1", text="Don't miss out", color="#FFFF00")),
    P("scene 2 should say 「新しい味」", UO("scene_2", text="新しい味")),
    P('the second scene should say "100% natural, 0% guilt"', UO("scene_2", text="100% natural, 0% guilt")),
    P("let the last scene say Get yours at northwind.com", UO("scene_3", text="Get yours at northwind.com")),
    P("change the text to 'Hello'", question=Q_TEXT("Hello")),
    P('the opening should say "Stop. Breathe. Sip."', UO("scene_1", text="Stop. Breathe. Sip.")),
    P("make the call to action say 'Tap to order'", UO("scene_3", text="Tap to order")),
    P("make the CTA say: Order now!!!", UO("scene_3", text="Order now!!!")),
    P('in the outro, the text should be "See you soon 👋"', UO("scene_3", text="See you soon 👋")),
    P(
        "the testimonial should say '\"Life-changing\" – Sam'",
        UO("scene_4", text='"Life-changing" – Sam'),
        project="two",
    ),
    P("make the hook say Wake up & smell the coffee", UO("scene_1", text="Wake up & smell the coffee")),
    P("the CTA should say Buy now and save 20%", UO("scene_3", text="Buy now and save 20%")),
    P("make the showcase say 'Smooth, bold, yours'", UO("scene_2", text="Smooth, bold, yours")),
    P("the scene that says 'Order today' should say 'Order now'", UO("scene_3", text="Order now")),
    P('put "Limited edition" on the showcase', UO("scene_2", text="Limited edition")),
    P("use 'Brewed for night owls' as the hook text", UO("scene_1", text="Brewed for night owls")),
    P("make the CTA say \"<script>alert('x')</script>\"", UO("scene_3", text="<script>alert('x')</script>")),
    P("the CTA should say '%s %d {0} $(rm -rf)'", UO("scene_3", text="%s %d {0} $(rm -rf)")),
    P(r'make the hook say "line1\nline2"', UO("scene_1", text=r"line1\nline2")),
    P('make the CTA say "שלום עולם"', UO("scene_3", text="שלום עולם")),
    P('make the CTA say "👉 Shop now 👈"', UO("scene_3", text="👉 Shop now 👈")),
    P("the hook should say it's 100% real", UO("scene_1", text="it's 100% real")),
    P("Change the CTA to `Order: now`", UO("scene_3", text="Order: now")),
    P("the 'Order today' scene should say 'Order tonight'", UO("scene_3", text="Order tonight")),
    P("showcase 1 should say 'Light as air'", question=Q_SHOWCASE, project="two"),
    P("the first showcase should say 'Light as air'", UO("scene_2", text="Light as air"), project="two"),
    # --- text layout and colour ---------------------------------------------------------------------
    P(
        "make the text yellow",
        UO("scene_1", color="#FFFF00"),
        UO("scene_2", color="#FFFF00"),
        UO("scene_3", color="#FFFF00"),
    ),
    P("make the CTA text red", UO("scene_3", color="#FF0000")),
    P("white text on the hook", UO("scene_1", color="#FFFFFF")),
    P(
        "use #ff8800 for the text",
        UO("scene_1", color="#FF8800"),
        UO("scene_2", color="#FF8800"),
        UO("scene_3", color="#FF8800"),
    ),
    P("make the hook text #abc", UO("scene_1", color="#AABBCC")),
    P("make the headline on the CTA navy blue", UO("scene_3", color="#000080")),
    P("bigger text", UO("scene_1", size=80), UO("scene_2", size=70), UO("scene_3", size=90)),
    P("larger font on the CTA", UO("scene_3", size=90)),
    P("make the hook text smaller", UO("scene_1", size=51)),
    P("font size 80 for the hook", UO("scene_1", size=80)),
    P("make the text twice as big in the showcase", UO("scene_2", size=112)),
    P(
        "move the text to the top",
        UO("scene_1", position="top"),
        UO("scene_2", position="top"),
        UO("scene_3", position="top"),
    ),
    P("put the CTA text at the bottom", UO("scene_3", position="bottom")),
    P("center the text in scene 2", UO("scene_2", position="center")),
    P("move the hook's text down", UO("scene_1", position="bottom")),
    P("make the CTA gold", UO("scene_3", color="#FFD700")),
    P(
        "make the text on every scene white",
        UO("scene_1", color="#FFFFFF"),
        UO("scene_2", color="#FFFFFF"),
        UO("scene_3", color="#FFFFFF"),
    ),
    P(
        "make the text bigger and yellow",
        UO("scene_1", size=80, color="#FFFF00"),
        UO("scene_2", size=70, color="#FFFF00"),
        UO("scene_3", size=90, color="#FFFF00"),
    ),
    P("Make The Hook Text BIGGER!!!", UO("scene_1", size=80)),
    P("make it bigger", question=Q_BIGGER),
    P("put the text on the left", unknown=("top, center or bottom",)),
    # --- the look ---------------------------------------------------------------------------------
    P("make the hook brighter", US("scene_1", bp=B1 + ", brighter")),
    P("Make The Hook BRIGHTER!!!", US("scene_1", bp=B1 + ", brighter")),
    P("make the showcase warmer", US("scene_2", bp=B2 + ", warmer")),
    P("the CTA should be darker", US("scene_3", bp=B3 + ", darker")),
    P("more contrast on scene 2", US("scene_2", bp=B2 + ", more contrast")),
    P("make the ending more dramatic", US("scene_3", bp=B3 + ", more dramatic")),
    P("make the intro calmer", US("scene_1", bp=B1 + ", calmer")),
    P("make the showcase more luxurious", US("scene_2", bp=B2 + ", more luxurious")),
    P(
        "make the hook more energetic and colourful",
        US("scene_1", bp=B1 + ", more energetic, more colourful"),
    ),
    P("make the hook a bit brighter", US("scene_1", bp=B1 + ", brighter")),
    P("give the showcase golden hour lighting", US("scene_2", bp=B2 + ", golden hour lighting")),
    P("make it warmer", STYLE(lighting="warm")),
    P("make everything darker", STYLE(lighting="dark")),
    P("make all scenes more dramatic", STYLE(lighting="dramatic")),
    P("the whole ad should feel more luxurious", STYLE(mood="luxurious")),
    P("make it calmer", STYLE(mood="calm")),
    P("more colorful please", STYLE(visual_style="vibrant")),
    P("make the ad cooler and more cinematic", STYLE(lighting="cool", visual_style="cinematic")),
    P("brighter and warmer", STYLE(lighting="bright, warm")),
    P("golden hour lighting", STYLE(lighting="golden hour")),
    P("go for a retro style", STYLE(visual_style="retro")),
    P("make it look more premium", STYLE(mood="luxurious")),
    P("use an anime style", STYLE(visual_style="anime")),
    P("mood: cozy", STYLE(mood="cozy")),
    P("make the palette teal and coral", STYLE(palette=["#008080", "#FF7F50"])),
    P("make the showcase background blue", US("scene_2", bp=B2 + ", blue background")),
    P("make the background black", STYLE(palette=["#000000"])),
    P("the showcase should show a beach at sunset", US("scene_2", bp="a beach at sunset")),
    P("change the hook background to a neon city street", US("scene_1", bp="a neon city street")),
    P("set the CTA in a cosy café", US("scene_3", bp="a cosy café")),
    P(
        "the background should be a mountain lake",
        question=f"Which scene should show a mountain lake: {BASIC_SCENES}?",
    ),
    P(
        "every scene should show a snowy forest",
        US("scene_1", bp="a snowy forest"),
        US("scene_2", bp="a snowy forest"),
        US("scene_3", bp="a snowy forest"),
    ),
    P("make the showcase brighter", question=Q_SHOWCASE, project="two"),
    P("make the second showcase brighter", US("scene_3", bp=T3 + ", brighter"), project="two"),
    P(
        "make both showcases warmer",
        US("scene_2", bp=T2 + ", warmer"),
        US("scene_3", bp=T3 + ", warmer"),
        project="two",
    ),
    P("make the last showcase more dramatic", US("scene_3", bp=T3 + ", more dramatic"), project="two"),
    P("make the scene that says 'Wake up to cold brew' darker", US("scene_1", bp=B1 + ", darker")),
    P("make the testimonial darker", unknown=("social proof",) + BASIC_NAMES),
    P("make scene 9 brighter", unknown=("scene 9",) + BASIC_NAMES),
    P("make the fourth scene warmer", unknown=("scene 4",) + BASIC_NAMES),
    # --- durations ----------------------------------------------------------------------------------
    P("make it 30s", DUR(30)),
    P("MAKE IT 30 SECONDS", DUR(30)),
    P("make the ad 20 seconds long", DUR(20)),
    P("make it half a minute", DUR(30)),
    P("20 sec please", DUR(20)),
    P("make it a minute", DUR(60)),
    P("cut it down to 10 seconds", DUR(10)),
    P("make the video 25 seconds", DUR(25)),
    P("a :30 spot please", DUR(30)),
    P("make the hook 3 seconds", US("scene_1", d=3)),
    P("make the showcase 2 seconds longer", US("scene_2", d=9)),
    P("make the CTA 1 second shorter", US("scene_3", d=3)),
    P("add 5 seconds to the ad", DUR(20)),
    P("make it 5 seconds shorter", DUR(10)),
    P("shorten the showcase by 2 seconds", US("scene_2", d=5)),
    # plain "shorter" takes the normal step (x0.8), as the held-out conventions read it
    P("make it shorter", DUR(12)),
    P("make the hook shorter", US("scene_1", d=3.2)),
    P("make it 1.5 minutes", DUR(90), project="two"),
    P("make it 200 seconds", unknown=("120",)),
    P("every scene 5 seconds", US("scene_1", d=5), US("scene_2", d=5), US("scene_3", d=5)),
    P("make scenes 2 and 3 four seconds each", US("scene_2", d=4), US("scene_3", d=4)),
    P("trim the intro to 2.5s", US("scene_1", d=2.5)),
    # --- product placement ----------------------------------------------------------------------------
    # (no scene named: the showcase's product, not the end card's too; round fifteen)
    P("make the product bigger", UP("scene_2", scale=0.63)),
    P("make the product smaller", UP("scene_2", scale=0.4)),
    P("make the product bigger everywhere", UP("scene_2", scale=0.63), UP("scene_3", scale=0.5)),
    P(
        "make the product bigger in the showcases",
        UP("scene_2", scale=0.75),
        UP("scene_3", scale=0.63),
        project="two",
    ),
    P("put the product on the left", UP("scene_2", position="left")),  # where its size goes
    P("move the product to the right in the CTA", UP("scene_3", position="right")),
    P("hide the product in the hook", UP("scene_1", visible=False)),
    P("show the product in the testimonial", UP("scene_4", visible=True), project="two"),
    P("don't show the product in the CTA", UP("scene_5", visible=False), project="two"),
    P("center the product", UP("scene_2", position="center")),
    P("make the product 80% of the frame in scene 2", UP("scene_2", scale=0.8), project="two"),
    P("make the product twice as big in the CTA", UP("scene_5", scale=0.8), project="two"),
    P("put the product at the top", unknown=("center, left, right or bottom",)),
    P("remove the product from the last scene", UP("scene_5", visible=False), project="two"),
    P("show the product in the hook", unknown=("no product image",)),
    # --- music ----------------------------------------------------------------------------------------
    P("louder music", AUDIO(volume=1.0)),
    P("turn the music down", AUDIO(volume=0.6)),
    P("make the music quieter", AUDIO(volume=0.6)),
    P("mute the music", AUDIO(volume=0.0)),
    P("set the volume to 50%", AUDIO(volume=0.5)),
    P("the music is too loud", AUDIO(volume=0.6)),
    # "a bit" is half the normal step (issue 15: "a bit" and "way" must not do the same thing).
    P("turn it up a bit", AUDIO(volume=0.6), project="two"),
    P("calmer music", STYLE(music_mood="calm")),
    P("more upbeat music please", STYLE(music_mood="upbeat")),
    P("epic music", STYLE(music_mood="epic")),
    P("make the music jazzier", STYLE(music_mood="jazz")),
    P("use lo-fi music", STYLE(music_mood="lo-fi")),
    P("switch the soundtrack to something more chill", STYLE(music_mood="calm")),
    P("quieter, more relaxing music", STYLE(music_mood="calm"), AUDIO(volume=0.6)),
    P("no music", AUDIO(volume=0.0)),
    # --- scenes ---------------------------------------------------------------------------------------
    P("add a testimonial scene after the showcase", ADD("social_proof", after="scene_2")),
    P("add a problem scene at the start", ADD("problem"), ORDER(4, 1, 2, 3)),
    P(
        "add a 3 second testimonial saying 'Best coffee ever' before the CTA",
        ADD("social_proof", after="scene_2", text="Best coffee ever", d=3),
    ),
    P(
        "insert a new scene showing a barista pouring coffee after the hook",
        ADD("showcase", after="scene_1", bp="a barista pouring coffee"),
    ),
    P("add another CTA at the end", ADD("cta")),
    P("add a hook", ADD("hook")),
    P("we need a review scene before the call to action", ADD("social_proof", after="scene_2")),
    P("remove the showcase", RM("scene_2")),
    P("delete scene 3", RM("scene_3")),
    P("drop the last scene", RM("scene_3")),
    P("get rid of the intro", RM("scene_1")),
    P("remove the testimonial", RM("scene_4"), project="two"),
    P("remove the problem scene", unknown=("problem",) + BASIC_NAMES),
    P("delete scenes 2 and 3", RM("scene_2"), RM("scene_3"), project="two"),
    P("swap scene 2 and 3", ORDER(1, 3, 2)),
    P("swap the hook and the CTA", ORDER(3, 2, 1)),
    P("switch the first and last scenes", ORDER(3, 2, 1)),
    P("move the CTA to the start", ORDER(3, 1, 2)),
    P("move the hook to the end", ORDER(2, 3, 1)),
    P("put the testimonial right after the hook", ORDER(1, 4, 2, 3, 5), project="two"),
    P("move scene 4 before scene 2", ORDER(1, 4, 2, 3, 5), project="two"),
    P("make the CTA the first scene", ORDER(3, 1, 2)),
    P("reverse the order of the scenes", ORDER(3, 2, 1)),
    P("swap scenes 1 and 2", ORDER(2, 1, 3)),
    P("move the testimonial to the beginning", ORDER(4, 1, 2, 3, 5), project="two"),
    P("move scene 9 to the end", unknown=("scene 9",) + BASIC_NAMES),
    P("swap the hook with the showcase", ORDER(2, 1, 3)),
    P("put the testimonial before the showcase", question=Q_SHOWCASE, project="two"),
    # --- regenerate and alternatives ----------------------------------------------------------------
    P("new background for the hook", REGEN("scene_1")),
    P("regenerate scene 2", REGEN("scene_2")),
    P("try another take of the CTA", REGEN("scene_3")),
    P("regenerate the showcase with more sunlight", REGEN("scene_2", "more sunlight")),
    P("new background for the hook with a city skyline at dawn", REGEN("scene_1", "a city skyline at dawn")),
    P("redo the intro: foggy mountain road", REGEN("scene_1", "foggy mountain road")),
    P("try again on scene 3", REGEN("scene_3")),
    P("try again", question=Q_REDO),
    P("regenerate everything", REGEN("scene_1"), REGEN("scene_2"), REGEN("scene_3")),
    P("give me a different hook", REGEN("scene_1", "alternative take"), UO("scene_1", text=BASIC_ALT_HOOK)),
    P("try a different CTA line", UO("scene_3", text=BASIC_ALT_CTA)),
    P("a different showcase", question=Q_SHOWCASE, project="two"),
    # --- undo -----------------------------------------------------------------------------------------
    P("undo", UNDO),
    P("undo that", UNDO),
    P("go back", UNDO),
    P("revert the last change", UNDO),
    P("undo twice", UNDO, UNDO),
    P("undo the last 3 changes", UNDO, UNDO, UNDO),
    P("Oops, undo!", UNDO),
    P("take that back", UNDO),
    # --- A/B variations -------------------------------------------------------------------------------
    P(
        "give me an A/B version with a different hook",
        VAR("B", REGEN("scene_1", "alternative take"), UO("scene_1", text=BASIC_ALT_HOOK)),
    ),
    P("make a variant where the CTA says 'Buy now'", VAR("B", UO("scene_3", text="Buy now"))),
    P("create version C with calmer music", VAR("C", STYLE(music_mood="calm"))),
    P(
        'A/B test: make the hook darker and the CTA say "Last chance"',
        VAR("B", US("scene_1", bp=B1 + ", darker"), UO("scene_3", text="Last chance")),
    ),
    P(
        "make a variation called 'Summer' where the palette is coral and teal",
        VAR("Summer", STYLE(palette=["#FF7F50", "#008080"])),
    ),
    P("give me a B version with a 20 second cut", VAR("B", DUR(20))),
    P("make an A/B variant", question=Q_VARIATION),
    P(
        "make a variant where the CTA says 'Buy now', then render it",
        VAR("B", UO("scene_3", text="Buy now")),
        render=True,
    ),
    # --- brand ----------------------------------------------------------------------------------------
    P("our brand is called Northwind", BRAND(name="Northwind")),
    P('the brand name is "Nimbus Labs"', BRAND(name="Nimbus Labs")),
    P("tagline: Fresh every morning", BRAND(tagline="Fresh every morning")),
    P("change our slogan to 'Brewed bold since 1998'", BRAND(tagline="Brewed bold since 1998")),
    P("use the font Montserrat", BRAND(font="Montserrat")),
    P("change the font to Playfair Display", BRAND(font="Playfair Display")),
    P("brand colours navy and gold", BRAND(colors=["#000080", "#FFD700"])),
    P("our colors are #0A2540 and #FFB800", BRAND(colors=["#0A2540", "#FFB800"])),
    P("rename the brand to Northwind Roasters", BRAND(name="Northwind Roasters")),
    P('set the typeface to "Inter"', BRAND(font="Inter")),
    # --- render, status, list, cancel -----------------------------------------------------------------
    P("render", render=True),
    P("render it in final quality", render=True, quality="final"),
    P("export", render=True, quality="final"),
    P("make the video", render=True),
    P("render a quick preview", render=True, quality="draft"),
    P("final version please", render=True, quality="final"),
    P("export the square version", render=True, quality="final", aspects=("1:1",)),
    P("how is it going?", status=True),
    P("status", status=True),
    P("is it done yet?", status=True),
    P("show my projects", listing=True),
    P("list my ads", listing=True),
    P("what ads do I have?", listing=True),
    P("cancel the render", cancel=True),
    P("stop rendering", cancel=True),
    # --- attachments ----------------------------------------------------------------------------------
    P("use this photo instead", attachment=True, replace_product=True),
    P("new product shot", attachment=True, replace_product=True),
    P("here's the new packshot, render it", attachment=True, replace_product=True, render=True),
    P("", attachment=True, replace_product=True),
    P("use this photo instead", question=Q_PHOTO),
    P(
        "a 15s ad for this serum, luxurious",
        project=None,
        attachment=True,
        brief=BRIEF(product="serum", duration_sec=15, mood="luxurious"),
    ),
    # --- briefs ---------------------------------------------------------------------------------------
    P(
        "a 15 s ad for our cold brew, energetic",
        project=None,
        brief=BRIEF(product="cold brew", duration_sec=15, mood="energetic"),
    ),
    P(
        "Make a 20s video for Northwind Coffee's new oat latte, brand colours navy and gold, aimed at students",
        project=None,
        brief=BRIEF(
            product="new oat latte",
            brand_name="Northwind Coffee",
            colors=["#000080", "#FFD700"],
            duration_sec=20,
            audience="students",
        ),
    ),
    P(
        "We're Nimbus. We need a 30 second spot promoting our trail running shoe for runners, dramatic mood, "
        "tagline: Run further",
        project=None,
        brief=BRIEF(
            product="trail running shoe",
            brand_name="Nimbus",
            duration_sec=30,
            mood="dramatic",
            audience="runners",
            tagline="Run further",
        ),
    ),
    P(
        "I need an ad for my bakery, warm and cozy, half a minute, teal and cream colors",
        project=None,
        brief=BRIEF(product="bakery", colors=["#008080", "#FFFDD0"], duration_sec=30, mood="warm"),
    ),
    P(
        "new ad: a luxurious 25 second commercial for Aurora perfume with the CTA 'Discover Aurora'",
        brief=BRIEF(
            product="perfume",
            brand_name="Aurora",
            duration_sec=25,
            mood="luxurious",
            cta_text="Discover Aurora",
        ),
    ),
    P(
        "make me a TikTok ad for Glow Serum, a vitamin C serum for busy moms, playful, 15 seconds",
        project=None,
        brief=BRIEF(
            product="vitamin C serum",
            brand_name="Glow Serum",
            duration_sec=15,
            mood="playful",
            audience="busy moms",
        ),
    ),
    P("an ad for our new app", project=None, brief=BRIEF(product="new app")),
    P(
        "now make another ad for our matcha latte, calm, 20s",
        brief=BRIEF(product="matcha latte", duration_sec=20, mood="calm"),
    ),
    P(
        "a 20 second ad for Lumen lamps in navy and gold, energetic, CTA: Light up your night",
        project=None,
        brief=BRIEF(
            product="lamps",
            brand_name="Lumen",
            colors=["#000080", "#FFD700"],
            duration_sec=20,
            mood="energetic",
            cta_text="Light up your night",
        ),
    ),
    P("hi", project=None, unknown=HELP),
    P("what's the weather like?", project=None, unknown=HELP),
    P("make the hook brighter", project=None, unknown=NO_AD),
    P("show my projects", project=None, listing=True),
    # --- unrelated, empty ----------------------------------------------------------------------------
    P("what's the weather?", unknown=HELP),
    P("tell me a joke", unknown=HELP),
    P("", unknown=("empty",)),
    P("   \n\t ", unknown=("empty",)),
    P("who won the game last night?", unknown=HELP),
    # --- several requests in one message --------------------------------------------------------------
    P(
        "make the hook brighter and the CTA say 'Buy now', then render",
        US("scene_1", bp=B1 + ", brighter"),
        UO("scene_3", text="Buy now"),
        render=True,
    ),
    P(
        "make the text bigger, move it to the top and render a draft",
        UO("scene_1", size=80),
        UO("scene_2", size=70),
        UO("scene_3", size=90),
        UO("scene_1", position="top"),
        UO("scene_2", position="top"),
        UO("scene_3", position="top"),
        render=True,
        quality="draft",
    ),
    P(
        "swap scene 2 and 3, then make the second scene darker",
        ORDER(1, 3, 2),
        US("scene_3", bp=B3 + ", darker"),
    ),
    P(
        "add a testimonial after the showcase and make it say 'Love it!'",
        ADD("social_proof", after="scene_2"),
        UO("scene_4", text="Love it!"),
    ),
    P(
        "make it 20 seconds; calmer music; brand colours navy and gold",
        DUR(20),
        STYLE(music_mood="calm"),
        BRAND(colors=["#000080", "#FFD700"]),
    ),
    P(
        "Make the hook 3s. Make the CTA 5s. Then render in HD.",
        US("scene_1", d=3),
        US("scene_3", d=5),
        render=True,
        quality="final",
    ),
    P("undo that and make the CTA red", UNDO, UO("scene_3", color="#FF0000")),
    P("louder music and a warmer look", AUDIO(volume=1.0), STYLE(lighting="warm")),
    P(
        "make the hook brighter, the showcase warmer and the CTA darker",
        US("scene_1", bp=B1 + ", brighter"),
        US("scene_2", bp=B2 + ", warmer"),
        US("scene_3", bp=B3 + ", darker"),
    ),
    P(
        "remove the showcase and add a testimonial at the end",
        RM("scene_2"),
        ADD("social_proof", after="scene_3"),
    ),
    P(
        "make the product bigger and move it to the left",
        UP("scene_2", scale=0.63),
        UP("scene_2", position="left"),
    ),
    P("the hook should say 'New!' and make it 3 seconds", UO("scene_1", text="New!"), US("scene_1", d=3)),
    P(
        "make the CTA say 'Shop the drop', make it gold and then export it",
        UO("scene_3", text="Shop the drop"),
        UO("scene_3", color="#FFD700"),
        render=True,
        quality="final",
    ),
]

# Everyday variants of the requests above, worded the way marketers write them.
PHRASES += [
    # text
    P('I\'d like the CTA to read "Grab yours"', UO("scene_3", text="Grab yours")),
    P("please change the headline in scene 1 to Rise and shine", UO("scene_1", text="Rise and shine")),
    P("set the last scene's text to 'See you tomorrow'", UO("scene_3", text="See you tomorrow")),
    P("the end card should say Available now", UO("scene_3", text="Available now")),
    P("change the first scene's text to: Hello world", UO("scene_1", text="Hello world")),
    P(
        "Make the second scene say 'Fresh' and the third say 'Order now'",
        UO("scene_2", text="Fresh"),
        UO("scene_3", text="Order now"),
    ),
    P(
        "change the text to 'Hi' in the hook and 'Bye' in the CTA",
        UO("scene_1", text="Hi"),
        UO("scene_3", text="Bye"),
    ),
    P('CHANGE THE CTA TO "BUY NOW"', UO("scene_3", text="BUY NOW")),
    P(
        "set the hook text to Wake up. Then make it yellow",
        UO("scene_1", text="Wake up"),
        UO("scene_1", color="#FFFF00"),
    ),
    P(
        "Could you please make the CTA say 'Order yours today'? Thanks!",
        UO("scene_3", text="Order yours today"),
    ),
    # layout
    P("increase the font size on the hook to 90", UO("scene_1", size=90)),
    P("make the hook and CTA text red", UO("scene_1", color="#FF0000"), UO("scene_3", color="#FF0000")),
    P("align the CTA text to the top", UO("scene_3", position="top")),
    P(
        "text colour: coral",
        UO("scene_1", color="#FF7F50"),
        UO("scene_2", color="#FF7F50"),
        UO("scene_3", color="#FF7F50"),
    ),
    P("shrink the text on the last slide", UO("scene_3", size=58)),
    P(
        "make the font size 60 everywhere",
        UO("scene_1", size=60),
        UO("scene_2", size=60),
        UO("scene_3", size=60),
    ),
    P(
        "Please: bigger text on the CTA, hook text in white, and render.",
        UO("scene_3", size=90),
        UO("scene_1", color="#FFFFFF"),
        render=True,
    ),
    # look
    P("the showcase looks too dark", US("scene_2", bp=B2 + ", brighter")),
    P("bump up the contrast in the demo", US("scene_2", bp=B2 + ", more contrast")),
    P("add some drama to the outro", US("scene_3", bp=B3 + ", more dramatic")),
    P("the hook is not bright enough", US("scene_1", bp=B1 + ", brighter")),
    P("less contrast in the hook please", US("scene_1", bp=B1 + ", softer")),
    P("make the hook look like a film noir", US("scene_1", bp=B1 + ", film noir style")),
    P("the lighting should be softer", STYLE(lighting="soft")),
    P(
        "make the hook and the showcase darker",
        US("scene_1", bp=B1 + ", darker"),
        US("scene_2", bp=B2 + ", darker"),
    ),
    P("I want the whole ad to be darker and moodier", STYLE(lighting="dark")),
    P(
        "the first showcase should be darker and the second one brighter",
        US("scene_2", bp=T2 + ", darker"),
        US("scene_3", bp=T3 + ", brighter"),
        project="two",
    ),
    P("make the middle scene brighter", US("scene_2", bp=B2 + ", brighter")),
    P("Hey, can the hook be a little warmer?", US("scene_1", bp=B1 + ", warmer")),
    P("the hook is too dark, make it brighter", US("scene_1", bp=B1 + ", brighter")),
    # durations
    P("give the product shot 3 more seconds", US("scene_2", d=10)),
    P("make the opening half a second shorter", US("scene_1", d=3.5)),
    P("can you make it a 20 second ad?", DUR(20)),
    P(
        "make the hook brighter. make the CTA say 'Go'. make it 20s. calmer music. render",
        US("scene_1", bp=B1 + ", brighter"),
        UO("scene_3", text="Go"),
        DUR(20),
        STYLE(music_mood="calm"),
        render=True,
    ),
    P(
        "I think the showcase should be 5 seconds, and the music a bit quieter.",
        US("scene_2", d=5),
        AUDIO(volume=0.7),  # "a bit quieter": half the normal step (issue 15)
    ),
    # product
    P("move the product left in the showcase", UP("scene_2", position="left")),
    P("take the product out of the CTA", UP("scene_3", visible=False)),
    P(
        "hide the product in both showcases",
        UP("scene_2", visible=False),
        UP("scene_3", visible=False),
        project="two",
    ),
    # music
    P("turn the volume up to 80%", AUDIO(volume=0.8), project="two"),
    P("use some hip hop", STYLE(music_mood="hip hop")),
    P("crank the music", AUDIO(volume=1.0)),
    P("the music is too loud, turn it down", AUDIO(volume=0.6)),
    # scenes
    P("swap the first two scenes", ORDER(2, 1, 3)),
    P("put the CTA second", ORDER(1, 3, 2)),
    P("move the CTA up front", ORDER(3, 1, 2)),
    P(
        'add a testimonial saying "Best coffee in town" and put it before the CTA',
        ADD("social_proof", text="Best coffee in town"),
    ),
    P("remove the last two scenes", RM("scene_2"), RM("scene_3")),
    P("move the CTA to the end", unknown=("already in that order",)),
    P(
        "add a 5s problem scene showing a tired office worker before the showcase",
        ADD("problem", after="scene_1", bp="a tired office worker", d=5),
    ),
    # regenerate
    P("give me another version of the hook", REGEN("scene_1")),
    P("try another take of scene 1 with more fog", REGEN("scene_1", "more fog")),
    P(
        "I don't like the hook, try something different",
        REGEN("scene_1", "alternative take"),
        UO("scene_1", text=BASIC_ALT_HOOK),
    ),
    P("regenerate the second showcase with rain", REGEN("scene_3", "rain"), project="two"),
    # undo
    P("undo undo", UNDO, UNDO),
    P("actually, go back", UNDO),
    P("go back two steps", UNDO, UNDO),
    # variations
    P("let's A/B test the CTA: 'Buy now' vs the current one", VAR("B", UO("scene_3", text="Buy now"))),
    P(
        "Version B: the CTA says 'Last chance' and the hook is brighter",
        VAR("B", UO("scene_3", text="Last chance"), US("scene_1", bp=B1 + ", brighter")),
    ),
    P('make a variant called "Night" where everything is darker', VAR("Night", STYLE(lighting="dark"))),
    P("give me 2 versions: one with calm music", VAR("B", STYLE(music_mood="calm"))),
    P("the CTA should say Buy one, get one free", UO("scene_3", text="Buy one, get one free")),
    P(
        "the CTA should say Shop now and make it red",
        UO("scene_3", text="Shop now"),
        UO("scene_3", color="#FF0000"),
    ),
    P("the CTA should say Order now, the music louder", UO("scene_3", text="Order now"), AUDIO(volume=1.0)),
    P(
        "make the review say “Love these shoes” – Ana",
        UO("scene_4", text="“Love these shoes” – Ana"),
        project="two",
    ),
    P("the CTA should say 🔥 50% off 🔥", UO("scene_3", text="🔥 50% off 🔥")),
    P("the hook should say It's 5:00 somewhere", UO("scene_1", text="It's 5:00 somewhere")),
    P("CTA: Save 30% — code SPRING30", UO("scene_3", text="Save 30% — code SPRING30")),
    P("the CTA should say עכשיו במבצע", UO("scene_3", text="עכשיו במבצע")),
    P("swap scene 1 and scene 5", unknown=("scene 5",) + BASIC_NAMES),
    P("make the showcase say 'X' and the CTA say 'Y'", question=Q_SHOWCASE, project="two"),
    P("move the testimonial before the first showcase", ORDER(1, 4, 2, 3, 5), project="two"),
    P("make all showcases 4 seconds", US("scene_2", d=4), US("scene_3", d=4), project="two"),
    P("scene 2: brighter", US("scene_2", bp=B2 + ", brighter")),
    P("hook: Wake up bright", UO("scene_1", text="Wake up bright")),
    P("CTA: red", UO("scene_3", color="#FF0000")),
    P("try the hook in black and white", US("scene_1", bp=B1 + ", black and white")),
    P("speed up the ad", question="How long should the ad be? It is 15 s now."),
    P("make the hook 3 seconds and brighter", US("scene_1", bp=B1 + ", brighter", d=3)),
    P(
        "put the product on the right in the hook and make it bigger",
        UP("scene_1", position="right"),
        UP("scene_1", scale=0.63),
    ),
    P(
        "make the hook blue with white text",
        US("scene_1", bp=B1 + ", blue background"),
        UO("scene_1", color="#FFFFFF"),
    ),
    P("replace the hook text with: Stop scrolling!", UO("scene_1", text="Stop scrolling!")),
    P("insert a testimonial between the showcase and the CTA", ADD("social_proof", after="scene_2")),
    # briefs
    P(
        "Make a 30 second ad for FreshFoot running socks. Brand colours: #FF5500 and black. "
        "Target audience: marathon runners. Energetic.",
        project=None,
        brief=BRIEF(
            product="running socks",
            brand_name="FreshFoot",
            colors=["#FF5500", "#000000"],
            duration_sec=30,
            mood="energetic",
            audience="marathon runners",
        ),
    ),
    P(
        "Create an ad for our dog food brand Barkly, aimed at new dog owners, 20 seconds, playful mood",
        project=None,
        brief=BRIEF(
            product="dog food",
            brand_name="Barkly",
            duration_sec=20,
            mood="playful",
            audience="new dog owners",
        ),
    ),
    P(
        "15s ad. Product: noise-cancelling headphones. Brand: Quietude. Mood: calm. Colors: charcoal, teal.",
        project=None,
        brief=BRIEF(
            product="noise-cancelling headphones",
            brand_name="Quietude",
            colors=["#36454F", "#008080"],
            duration_sec=15,
            mood="calm",
        ),
    ),
    P(
        'ad for a pizza place, fun, red and yellow, end with "Order now!"',
        project=None,
        brief=BRIEF(
            product="pizza place", colors=["#FF0000", "#FFFF00"], mood="playful", cta_text="Order now!"
        ),
    ),
]


# --- comparison ---------------------------------------------------------------------------------------


def summary(turn: Any) -> dict[str, Any]:
    """The parts of a ParsedTurn a phrase is checked against."""
    brief = None
    if turn.brief is not None:
        # What a message says; ``facts`` and ``page_data`` come only from a product page, ``brand_rules``
        # from the brand kit, never a message.
        brief = {
            k: v
            for k, v in vars(turn.brief).items()
            if k not in ("text", "facts", "page_data", "brand_rules")
        }
    return {
        "ops": [op.to_wire() for op in turn.operations],
        "render": turn.wants_render,
        "quality": turn.render_quality,
        "aspects": tuple(turn.render_aspects) if turn.render_aspects else None,
        "status": turn.wants_status,
        "listing": turn.wants_list,
        "cancel": turn.wants_cancel,
        "replace_product": turn.replace_product,
        "question": turn.question,
        "unknown": turn.unknown,
        "brief": brief,
    }


def check(phrase: Phrase, turn: Any) -> list[str]:
    """Every way the parsed turn differs from what the phrase expects (empty when exact)."""
    got = summary(turn)
    want = {
        "ops": list(phrase.ops),
        "render": phrase.render,
        "quality": phrase.quality,
        "aspects": phrase.aspects,
        "status": phrase.status,
        "listing": phrase.listing,
        "cancel": phrase.cancel,
        "replace_product": phrase.replace_product,
        "question": phrase.question,
        "brief": phrase.brief,
    }
    problems = [f"{key}: expected {want[key]!r}, got {got[key]!r}" for key in want if got[key] != want[key]]
    if phrase.unknown is None:
        if got["unknown"] is not None:
            problems.append(f"unknown: expected none, got {got['unknown']!r}")
    elif got["unknown"] is None or not all(part in got["unknown"] for part in phrase.unknown):
        problems.append(f"unknown: expected a message containing {phrase.unknown!r}, got {got['unknown']!r}")
    if phrase.brief is not None and turn.brief is not None and turn.brief.text != phrase.text.strip():
        problems.append(f"brief.text: expected the message, got {turn.brief.text!r}")
    return problems
