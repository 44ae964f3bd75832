"""A refused value said the way a marketer talks: one sentence, no field names, with what to do.

Pydantic explains a refused value to a programmer ("duration_sec: Input should be greater than
or equal to 5"); the chat must not. :func:`invalid_value_sentence` turns the first error of a
``ValidationError`` from the document or an edit operation into "An ad can be 5 to 120 seconds
long; 3 s is too short. Choose a length in that range."
"""

from __future__ import annotations

from typing import Any

from pydantic import ValidationError

from adgen.project import AD_MAX_SEC, AD_MIN_SEC, OVERLAY_MAX_CHARS, SCENE_MAX_SEC, SCENE_MIN_SEC

# field -> (what it is, in words; its range (low, high) when it is a number; how a value reads)
_NUMBERS: dict[str, tuple[str, tuple[float, float], str]] = {
    "ad_duration": ("An ad", (AD_MIN_SEC, AD_MAX_SEC), "{:g} s"),
    "scene_duration": ("A scene", (SCENE_MIN_SEC, SCENE_MAX_SEC), "{:g} s"),
    "font_size": ("The text size", (12, 200), "{:g}"),
    "scale": ("The product's size", (0.0, 1.0), "{:.0%}"),
    "volume": ("The music volume", (0.0, 1.0), "{:.0%}"),
}
_WORDS = {
    "text": "The on-screen text",
    "name": "The brand name",
    "tagline": "The tagline",
    "background_prompt": "The background description",
    "prompt_additions": "What to add to the background",
    "label": "The variation's name",
    "mood": "The mood",
    "lighting": "The lighting",
    "visual_style": "The look",
    "music_mood": "The music's mood",
    "colors": "The brand colours",
    "palette": "The palette",
    "color": "The text colour",
    "position": "The position",
    "role": "The kind of scene",
    "order": "The new order of the scenes",
    "operations": "The variation's changes",
    "scenes": "The ad's scenes",
    "brief": "The brief",
    "aspects": "The sizes",
    "aspect_ratios": "The sizes",
}


def _snake(name: str) -> str:
    return "".join(f"_{c.lower()}" if c.isupper() else c for c in name)


# Models whose own duration_sec is one scene's (every other duration_sec is the whole ad's).
_SCENE_MODELS = {"Scene", "UpdateScene", "AddScene"}


def _number_kind(field: str, loc: list[str], model: str) -> str | None:
    if field == "duration_sec":
        return "scene_duration" if "scenes" in loc or model in _SCENE_MODELS else "ad_duration"
    return field if field in _NUMBERS else None


def _range_sentence(kind: str, value: Any) -> str:
    what, (low, high), form = _NUMBERS[kind]
    if kind.endswith("duration"):
        span = f"can be {form.format(low)} to {form.format(high)} long"
    else:
        span = f"can be {form.format(low)} to {form.format(high)}"
    sentence = f"{what} {span}"
    if isinstance(value, int | float) and not isinstance(value, bool):
        side = "too short" if kind.endswith("duration") else "too small"
        if value > high:
            side = "too long" if kind.endswith("duration") else "too large"
        sentence += f"; {form.format(value)} is {side}"
    return sentence + (
        ". Choose a length in that range." if kind.endswith("duration") else ". Choose a value in that range."
    )


def invalid_value_sentence(exc: ValidationError) -> str:
    """The first refused value of ``exc``, as one sentence for the marketer with what to do."""
    errors = exc.errors()
    if not errors:
        return "That change can't be made as asked; try saying it another way."
    err = errors[0]
    loc = [_snake(str(p)) for p in err.get("loc", ()) if not isinstance(p, int)]
    field = loc[-1] if loc else ""
    kind, ctx, value = err.get("type", ""), err.get("ctx") or {}, err.get("input")
    number = _number_kind(field, loc, exc.title)
    if number is not None and kind in ("greater_than", "greater_than_equal", "less_than", "less_than_equal"):
        return _range_sentence(number, value)
    what = _WORDS.get(field) or (_NUMBERS[number][0] if number else "One of the values")
    if kind == "string_too_long":
        limit = ctx.get("max_length", OVERLAY_MAX_CHARS)
        return f"{what} can be at most {limit} characters; shorten it."
    if kind in ("string_too_short", "missing"):
        return f"{what} can't be empty; say what it should be."
    if kind == "too_long":
        return f"{what} can have at most {ctx.get('max_length')}; give fewer."
    if kind == "too_short":
        return f"{what} needs at least {ctx.get('min_length')}; give more."
    if kind == "literal_error":
        return f"{what} must be one of {ctx.get('expected', 'the listed choices')}."
    if kind == "value_error":
        message = str(err.get("msg", "")).removeprefix("Value error, ").rstrip(".")
        return f"{message[:1].upper()}{message[1:]}."
    if number is not None:
        return _range_sentence(number, None)
    return f"{what} has a value I can't use; try another."


__all__ = ["invalid_value_sentence"]
