"""Corrections to what was read from a product page, as typed edit operations.

After "make an ad from https://shop.example/mug" the reply shows what was read, and the marketer
may answer "the price is wrong, it's 12.99", "the product is called Night Owl Lamp", "the brand
is Acme" or "use the second image". :func:`read_page_corrections` reads such a message (only
when it says nothing else, so a message with other requests goes to the ordinary understanding
whole), and :func:`correction_operations` turns the corrections into operations on the ad:
the old price, name or brand is replaced wherever the copy (or a background prompt) says it,
``update_brand`` renames the brand, ``replace_product`` puts the chosen picture in. The
:class:`~adgen.agent.page_memory.PageMemory` is corrected too, so the next correction starts
from the corrected facts. Nothing here reads the page again: the facts are the remembered ones.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any, Literal

from adgen.agent.page_memory import PageMemory
from adgen.project import AdProject
from adgen.tools import operations as ops

Field = Literal["price", "name", "brand", "image"]

_ORDINALS = {
    "first": 1,
    "second": 2,
    "third": 3,
    "fourth": 4,
    "fifth": 5,
    "sixth": 6,
    "seventh": 7,
    "eighth": 8,
    "1st": 1,
    "2nd": 2,
    "3rd": 3,
    "4th": 4,
    "5th": 5,
    "6th": 6,
    "7th": 7,
    "8th": 8,
}
_PRICE = r"(?P<v>(?:[$€£¥₹]\s?)?\d+(?:[.,]\d{1,2})?(?:\s?(?:USD|EUR|GBP|CAD|AUD|€|£|\$))?)"
_OLD_PRICE = (
    r"(?:[,;]?\s*(?:not|instead\s+of)\s+(?:[$€£¥₹]\s?)?\d+(?:[.,]\d{1,2})?(?:\s?(?:USD|EUR|GBP|€|£|\$))?)?"
)
_NAME = r"[\"“‘']?(?P<v>[^\n\"“”‘’!?;]{1,80}?)[\"”’']?(?=\s*(?:\.(?:\s|$)|[!?;]|,?\s+(?:instead|please)\b|$))"
_PICTURE = r"(?:images?|pictures?|photos?|pics?|shots?)"
_CHOOSE = r"(?:use|try|pick|take|choose|go\s+with|switch\s+to|i\s+prefer|i'?d\s+prefer)"

# How each correction is said: the words before the value (price and name), or the whole pattern.
_LEADS: dict[Field, tuple[str, ...]] = {
    "price": (
        r"(?:the\s+)?price\s+(?:is\s+wrong|isn'?t\s+right|is\s+not\s+right|is\s+off)[\s,;:.!-]*"
        r"(?:it'?s|it\s+is|should\s+be|is)\s+",
        r"(?:the\s+)?(?:correct\s+|right\s+|real\s+|actual\s+)?price\s*(?:is|should\s+be|=|:)\s*",
        r"wrong\s+price[\s:,-]*",
        r"(?:change|set|make)\s+the\s+price\s+(?:to\s+)?",
        r"it\s+costs\s+",
    ),
    "name": (
        r"(?:the\s+)?product(?:'s|s)?\s+(?:is\s+called|is\s+named|name\s+is|name\s+should\s+be|"
        r"should\s+be\s+called|is\s+actually\s+called)\s+",
        r"(?:it'?s|it\s+is)\s+(?:actually\s+)?(?:called|named)\s+",
        r"rename\s+(?:the\s+product|it)\s+(?:to|as)\s+",
        r"call\s+(?:it|the\s+product)\s+",
    ),
    "brand": (r"(?:the|our)\s+brand(?:'s)?(?:\s+name)?\s+(?:is\s+called|is|should\s+be)\s+",),
}
_VALUES: dict[Field, str] = {"price": _PRICE + _OLD_PRICE, "name": _NAME, "brand": _NAME}
_PATTERNS: list[tuple[Field, re.Pattern[str]]] = [
    *(
        (field, re.compile(rf"\b{lead}{_VALUES[field]}", re.I))
        for field, leads in _LEADS.items()
        for lead in leads
    ),
    (
        "image",
        re.compile(rf"\b{_CHOOSE}\s+(?:the\s+)?(?P<v>{'|'.join(_ORDINALS)})\s+(?:one|{_PICTURE})\b", re.I),
    ),
    (
        "image",
        re.compile(rf"\b{_CHOOSE}\s+(?:the\s+)?{_PICTURE}\s+(?:number\s+|no\.?\s*|#)?(?P<v>[1-9])\b", re.I),
    ),
]
# Words that may stand around a correction without asking for anything else.
_FILLER = re.compile(
    r"\b(?:actually|sorry|oh|wait|no|nope|please|thanks|thank\s+you|instead|and|also|but|ok|okay|hey|hmm|"
    r"hi|so|then|the|that'?s|it'?s|wrong|not\s+right|oops|typo|fix\s+it|fix\s+that)\b",
    re.I,
)


@dataclass(frozen=True)
class PageCorrection:
    """One fact of the page said again, right: a price, a name, a brand or a picture's number."""

    field: Field
    value: str


def read_page_corrections(text: str) -> list[PageCorrection] | None:
    """The corrections in ``text`` when it is nothing but corrections (and filler); else None."""
    spans: list[tuple[int, int]] = []
    found: list[tuple[int, PageCorrection]] = []
    for kind, pattern in _PATTERNS:
        for match in pattern.finditer(text):
            if any(start < match.end() and match.start() < end for start, end in spans):
                continue
            value = match.group("v").strip().rstrip(".,;: ")
            if kind == "image":
                value = str(_ORDINALS.get(value.lower(), value))
            if not value:
                continue
            spans.append(match.span())
            found.append((match.start(), PageCorrection(kind, value)))
    if not found:
        return None
    rest = text
    for start, end in sorted(spans, reverse=True):
        rest = rest[:start] + " " + rest[end:]
    if re.search(r"[A-Za-z0-9]", _FILLER.sub(" ", rest)):
        return None
    return [correction for _, correction in sorted(found, key=lambda item: item[0])]


@dataclass
class PageFix:
    """What the corrections do: operations on the ad, the corrected memory, and what to say."""

    operations: list[Any] = field(default_factory=list)
    memory: PageMemory | None = None
    notes: list[str] = field(default_factory=list)


class CorrectionRefused(ValueError):
    """A correction that cannot be made (a picture the page does not have); one sentence."""


def correction_operations(
    corrections: list[PageCorrection], memory: PageMemory, project: AdProject
) -> PageFix:
    """The operations that make the ad say the corrected facts, and the corrected memory."""
    page = memory.page.model_copy(deep=True)
    fixed = PageMemory(memory.project_id, page, list(memory.pictures), memory.product)
    texts = {scene.id: scene.overlay.text for scene in project.scenes}
    prompts = {scene.id: scene.background_prompt for scene in project.scenes}
    fix = PageFix(memory=fixed)
    extra: list[Any] = []
    for correction in corrections:
        if correction.field == "price":
            _price(correction.value, fixed, texts, project, fix)
        elif correction.field == "name":
            old, page.name = page.name, correction.value
            _replace_everywhere(old, correction.value, texts, prompts, fix, "product name")
        elif correction.field == "brand":
            old, page.brand = page.brand, correction.value
            extra.append(ops.UpdateBrand(name=correction.value[:80]))
            _replace_everywhere(old, correction.value, texts, {}, fix, "brand")
        else:
            extra.append(_picture(int(correction.value), fixed, fix))
    for scene in project.scenes:
        if texts[scene.id] != scene.overlay.text:
            fix.operations.append(ops.UpdateOverlay(scene_id=scene.id, text=texts[scene.id][:200]))
        if prompts[scene.id] != scene.background_prompt:
            fix.operations.append(
                ops.UpdateScene(scene_id=scene.id, background_prompt=prompts[scene.id][:1000])
            )
    fix.operations.extend(op for op in extra if op is not None)
    return fix


def _price(value: str, memory: PageMemory, texts: dict[str, str], project: AdProject, fix: PageFix) -> None:
    """Replace the price the ad shows with the corrected one, written the way the page wrote prices."""
    page = memory.page
    shown_now = page.discount.now if page.discount and page.discount.now else None
    olds = [t for t in (shown_now, page.price_shown_as, page.price) if t]
    new = _as_shown(value, shown_now or page.price_shown_as, page.currency)
    replaced = False
    for old in olds:
        for scene_id, text in texts.items():
            if old in text:
                texts[scene_id] = text.replace(old, new)
                replaced = True
        if replaced:
            break
    if not replaced:  # the ad named no price: the call to action gets it, as a page price would be
        cta = next((s for s in reversed(project.scenes) if s.role == "cta"), project.scenes[-1])
        first, _, rest = texts[cta.id].partition("\n")
        texts[cta.id] = f"{first} · {new}" + (f"\n{rest}" if rest else "")
    before = shown_now or page.price_shown_as or page.price
    amount = re.search(r"\d+(?:[.,]\d+)?", value)
    page.price = amount.group(0).replace(",", ".") if amount else page.price
    if page.discount is not None and page.discount.now:
        page.discount.now = new
    page.price_shown_as = new
    said = f"the page said {before}" if before else "the page showed no price"
    fix.notes.append(f"Noted: the price is {new} ({said}).")


def _as_shown(value: str, shown: str | None, currency: str | None) -> str:
    """A bare "12.99" written like the page's own price ("$14.99 USD" -> "$12.99 USD")."""
    value = value.strip()
    if not re.fullmatch(r"\d+(?:[.,]\d{1,2})?", value):
        return value  # the marketer wrote the currency: keep it as written
    if shown:
        old = re.search(r"\d+(?:[.,]\d+)*", shown)
        if old:
            decimal_comma = "," in old.group(0) and "." not in old.group(0)
            number = value.replace(".", ",") if decimal_comma else value.replace(",", ".")
            return shown[: old.start()] + number + shown[old.end() :]
    return f"{value} {currency}" if currency else value


def _replace_everywhere(
    old: str | None,
    new: str,
    texts: dict[str, str],
    prompts: dict[str, str],
    fix: PageFix,
    what: str,
) -> None:
    """Put ``new`` wherever the copy (and the background prompts) said ``old``, in any case."""
    changed = 0
    if old:
        pattern = re.compile(re.escape(old), re.I)
        for table in (texts, prompts):
            for key, text in table.items():
                updated = pattern.sub(lambda _: new, text)
                if updated != text:
                    table[key] = updated
                    changed += 1
    if changed:
        fix.notes.append(f"Noted: the {what} is “{new}” (the page said “{old}”).")
    else:
        fix.notes.append(
            f"Noted: the {what} is “{new}”; the ad's text did not name it, so only that is kept."
        )


def _picture(number: int, memory: PageMemory, fix: PageFix) -> ops.ReplaceProduct | None:
    count = len(memory.pictures)
    if not 0 < number <= count:
        raise CorrectionRefused(
            f"The page had {count} picture{'s' if count != 1 else ''}; say a number from 1 to {count}."
            if count
            else "The page had no pictures I could use; attach a product photo instead."
        )
    asset = memory.picture(number)
    name = memory.picture_name(number)
    if asset is None:
        usable = [str(n) for n in range(1, count + 1) if memory.pictures[n - 1]]
        raise CorrectionRefused(
            f"Picture {number} ({name}) could not be used as a product photo; pick one of {', '.join(usable)}, "
            "or attach a photo."
        )
    if memory.product == number - 1:
        fix.notes.append(f"Picture {number} ({name}) is already the product shot.")
        return None
    memory.product = number - 1
    fix.notes.append(f"Using picture {number} ({name}) as the product.")
    return ops.ReplaceProduct(asset=asset)


__all__ = ["CorrectionRefused", "PageCorrection", "PageFix", "correction_operations", "read_page_corrections"]
