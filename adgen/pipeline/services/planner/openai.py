"""The LLM scene planner: an OpenAI chat model writes the plan, the AdProject models judge it.

The model answers with structured output (a JSON schema built from :class:`PlanOutput`). The
answer is then held to the same rules as any new ad (AdProject validation, durations summing
to the asked total, hook first, CTA last). An invalid answer is sent back once with the
validation error; a second invalid answer, or any API failure, falls back to the
:class:`~adgen.pipeline.services.planner.local.LocalPlanner`, so planning never fails because of the LLM.
"""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass, field
from typing import Any, Literal

from openai import OpenAIError
from pydantic import BaseModel, ConfigDict, ValidationError

from adgen.pipeline.services.planner.grounding import ungrounded_numbers
from adgen.pipeline.services.planner.local import (
    BRIEF_MAX_CHARS,
    DEFAULT_DURATION_SEC,
    MOODS,
    LocalPlanner,
    PlanError,
    brand_colours,
    brief_seed,
    overlay_for,
    placement_for,
)
from adgen.pipeline.types import PAGE_DATA_RULE, Brief
from adgen.project import (
    AD_MAX_SEC,
    AD_MIN_SEC,
    DURATION_TOLERANCE_SEC,
    SCENE_MAX_SEC,
    SCENE_MIN_SEC,
    AdProject,
    Audio,
    Brand,
    Cost,
    Overlay,
    ProductAsset,
    Scene,
    Style,
    validate_new_ad,
)
from adgen.settings import Settings
from adgen.voice.planning import with_voiceover

log = logging.getLogger(__name__)

# US dollars per million (input, output) tokens; unknown models are priced like gpt-4o-mini.
PRICES_PER_MTOK: dict[str, tuple[float, float]] = {
    "gpt-4o-mini": (0.15, 0.60),
    "gpt-4o": (2.50, 10.00),
    "gpt-4.1": (2.00, 8.00),
    "gpt-4.1-mini": (0.40, 1.60),
    "gpt-4.1-nano": (0.10, 0.40),
    "gpt-5": (1.25, 10.00),
    "gpt-5-mini": (0.25, 2.00),
    "gpt-5-nano": (0.05, 0.40),
}


def usd_for_tokens(model: str, prompt_tokens: int, completion_tokens: int) -> float:
    """An estimate of what a chat call cost, from its token usage and the model's list price."""
    key = max((k for k in PRICES_PER_MTOK if model.startswith(k)), key=len, default="gpt-4o-mini")
    price_in, price_out = PRICES_PER_MTOK[key]
    return (prompt_tokens * price_in + completion_tokens * price_out) / 1_000_000


# --- the structured-output schema: small, every field required (OpenAI strict mode) ---------


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


class PlannedOverlay(_Strict):
    text: str
    position: Literal["top", "center", "bottom"]


class PlannedScene(_Strict):
    role: Literal["hook", "problem", "showcase", "social_proof", "cta"]
    durationSec: float
    backgroundPrompt: str
    overlay: PlannedOverlay
    productVisible: bool


class PlannedStyle(_Strict):
    mood: str
    palette: list[str]
    lighting: str
    visualStyle: str
    musicMood: str


class PlanOutput(_Strict):
    style: PlannedStyle
    scenes: list[PlannedScene]


def plan_response_format() -> dict[str, Any]:
    """The ``response_format`` of the chat call: a strict JSON schema of :class:`PlanOutput`."""
    return {
        "type": "json_schema",
        "json_schema": {"name": "ad_plan", "strict": True, "schema": PlanOutput.model_json_schema()},
    }


SYSTEM_PROMPT = """You plan short video ads for social media. Answer only with the JSON object the schema describes.
Rules:
- scenes in this order: one "hook" first, optionally one "problem", one or more "showcase", optionally one "social_proof", one "cta" last.
- 3 scenes for ads up to 15 s, 4-6 scenes for 30-60 s.
- every durationSec is between {min_scene} and {max_scene}; the durations must add up to exactly {total} seconds.
- overlay.text is short punchy on-screen copy (at most 60 characters) written from the brief and the brand; the cta overlay is a call to action and may add the brand tagline on a second line.
- overlay.position: "top" for the hook, "bottom" for showcases, "top" for the cta (the product stands below it).
- backgroundPrompt is a text-to-video prompt for the background only (no text, no logos); it names the product, the mood, the palette as colour words and the lighting.
- productVisible is true for showcase and cta scenes when a product image exists ({has_product}), else false.
- style.palette is a list of "#RRGGBB" colours; use the brand colours when given.
- {page_rule} When the brief is made from a product page, every claim and figure in the copy comes from that page.
"""


@dataclass
class PlanResult:
    """A plan and where it came from: ``source`` is "openai" or "local" (the fallback)."""

    project: AdProject
    source: Literal["openai", "local"]
    attempts: int
    error: str | None = None
    usage: dict[str, int] = field(default_factory=dict)


class PlanValidationError(ValueError):
    """The model's answer is not a valid new ad; the message is fed back to the model."""


class OpenAIPlanner:
    """Brief -> AdProject through an OpenAI chat model, with the local planner as the safety net."""

    name = "openai"

    def __init__(
        self,
        settings: Settings,
        *,
        client: Any | None = None,
        max_retries: int = 2,
        timeout_sec: float = 60.0,
        fallback: LocalPlanner | None = None,
    ) -> None:
        self.model = settings.openai_model
        self.fallback = fallback or LocalPlanner()
        if client is None:
            from openai import OpenAI

            client = OpenAI(
                api_key=settings.openai_api_key,
                base_url=settings.openai_base_url,
                max_retries=max_retries,
                timeout=timeout_sec,
            )
        self.client = client
        self.last_source: str | None = None
        self.last_error: str | None = None

    def plan(
        self, brief: Brief, *, owner: str, product_asset: ProductAsset | None = None, seed: int | None = None
    ) -> AdProject:
        """Same contract as :meth:`LocalPlanner.plan`; see :meth:`plan_with_source` for provenance."""
        return self.plan_with_source(brief, owner=owner, product_asset=product_asset, seed=seed).project

    def plan_with_source(
        self, brief: Brief, *, owner: str, product_asset: ProductAsset | None = None, seed: int | None = None
    ) -> PlanResult:
        """Ask the model (at most twice), validate, fall back to the local planner if need be.

        Tokens spent are recorded in ``project.cost`` under ``openai:<model>`` even when the
        local planner produced the plan. Raises :class:`PlanError` only for a brief the local
        planner rejects too (a duration outside 5–120 s, a malformed colour).
        """
        total = DEFAULT_DURATION_SEC if brief.duration_sec is None else float(brief.duration_sec)
        if not AD_MIN_SEC <= total <= AD_MAX_SEC:
            raise PlanError(
                f"An ad must be {AD_MIN_SEC:g}–{AD_MAX_SEC:g} seconds long; {total:g} s was asked for."
            )
        brand_colours(brief.colors)  # a malformed brand colour is the brief's fault, not the model's
        seed = brief_seed(brief) if seed is None else int(seed)
        messages: list[dict[str, Any]] = [
            {
                "role": "system",
                "content": SYSTEM_PROMPT.format(
                    min_scene=SCENE_MIN_SEC,
                    max_scene=SCENE_MAX_SEC,
                    total=f"{total:g}",
                    has_product="there is one" if product_asset else "there is none",
                    page_rule=PAGE_DATA_RULE,
                ),
            },
            {"role": "user", "content": _brief_message(brief, total, product_asset is not None)},
        ]
        usage = {"prompt_tokens": 0, "completion_tokens": 0, "calls": 0}
        error: str | None = None
        for attempt in (1, 2):
            try:
                content = self._ask(messages, usage, seed)
            except (OpenAIError, RuntimeError) as exc:  # any API failure: fall back, don't fail the chat
                error = f"OpenAI request failed: {type(exc).__name__}: {exc}"
                break
            try:
                project = self._to_project(content, brief, total, owner, product_asset, seed)
            except PlanValidationError as exc:
                error = str(exc)
                log.info("OpenAI plan attempt %d was invalid: %s", attempt, error)
                messages.append({"role": "assistant", "content": content or ""})
                messages.append(
                    {
                        "role": "user",
                        "content": (
                            f"That plan is invalid: {error}\nAnswer again with a corrected plan that follows every rule."
                        ),
                    }
                )
                continue
            project.cost = self._cost(usage)
            self.last_source, self.last_error = "openai", None
            return PlanResult(project, "openai", attempt, None, usage)
        log.warning("OpenAI planner gave no usable plan (%s); using the local planner instead", error)
        project = self.fallback.plan(brief, owner=owner, product_asset=product_asset, seed=seed)
        project.cost = self._cost(usage)
        self.last_source, self.last_error = "local", error
        return PlanResult(project, "local", usage["calls"], error, usage)

    def _ask(self, messages: list[dict[str, Any]], usage: dict[str, int], seed: int) -> str | None:
        usage["calls"] += 1
        response = self.client.chat.completions.create(
            model=self.model,
            messages=messages,
            response_format=plan_response_format(),
            seed=seed,
        )
        if response.usage is not None:
            usage["prompt_tokens"] += response.usage.prompt_tokens or 0
            usage["completion_tokens"] += response.usage.completion_tokens or 0
        if not response.choices:
            raise RuntimeError("the response had no choices")
        message = response.choices[0].message
        if getattr(message, "refusal", None):
            raise RuntimeError(f"the model refused: {message.refusal}")
        return message.content

    def _cost(self, usage: dict[str, int]) -> Cost:
        if not usage["calls"]:
            return Cost()
        usd = usd_for_tokens(self.model, usage["prompt_tokens"], usage["completion_tokens"])
        return Cost(usd=round(usd, 6), calls={f"openai:{self.model}": usage["calls"]})

    def _to_project(
        self,
        content: str | None,
        brief: Brief,
        total: float,
        owner: str,
        product_asset: ProductAsset | None,
        seed: int,
    ) -> AdProject:
        """The model's JSON as a new AdProject, or PlanValidationError saying what is wrong."""
        if not content:
            raise PlanValidationError("the answer was empty; answer with the JSON plan")
        try:
            plan = PlanOutput.model_validate_json(content)
        except ValidationError as exc:
            raise PlanValidationError(_short_errors(exc)) from None
        durations = [s.durationSec for s in plan.scenes]
        if abs(sum(durations) - total) > DURATION_TOLERANCE_SEC:
            raise PlanValidationError(
                f"the scene durations {durations} add up to {sum(durations):g} s, but the ad must be "
                f"exactly {total:g} s"
            )
        colours = brand_colours(brief.colors)
        try:
            palette = plan.style.palette or colours or list(MOODS["energetic"].palette)
            style = Style(
                mood=plan.style.mood,
                palette=palette[:8],
                lighting=plan.style.lighting,
                visual_style=plan.style.visualStyle,
                music_mood=plan.style.musicMood,
            )
            scenes = []
            for number, planned in enumerate(plan.scenes, start=1):
                showcase_index = sum(1 for s in plan.scenes[: number - 1] if s.role == "showcase")
                layout = overlay_for(planned.role, planned.overlay.text.strip(), style.palette)
                placement = placement_for(planned.role, product_asset is not None, showcase_index)
                placement.visible = bool(product_asset is not None and planned.productVisible)
                scenes.append(
                    Scene(
                        id=f"scene_{number}",
                        role=planned.role,
                        duration_sec=round(planned.durationSec, 2),
                        background_prompt=planned.backgroundPrompt.strip(),
                        # Where the product shows, the text goes where the layout keeps it clear of it.
                        overlay=Overlay(
                            text=layout.text,
                            position=layout.position if placement.visible else planned.overlay.position,
                            font_size=layout.font_size,
                            color=layout.color,
                        ),
                        product=placement,
                    )
                )
            project = AdProject(
                owner=owner,
                brief=brief.text[:BRIEF_MAX_CHARS],
                brand=Brand(
                    name=(brief.brand_name or "").strip()[:80],
                    colors=colours,
                    tagline=brief.tagline.strip() if brief.tagline and brief.tagline.strip() else None,
                ),
                product_asset=product_asset,
                style=style,
                duration_sec=total,
                scenes=scenes,
                audio=Audio(mood=style.music_mood),
                seed=seed,
            )
            validate_new_ad(project)
        except ValidationError as exc:
            raise PlanValidationError(_short_errors(exc)) from None
        except ValueError as exc:
            raise PlanValidationError(str(exc)) from None
        if not all(s.overlay.text for s in project.scenes):
            raise PlanValidationError("every scene needs overlay text")
        for number, scene in enumerate(project.scenes, start=1):
            invented = ungrounded_numbers(scene.overlay.text, brief)
            if invented:
                raise PlanValidationError(
                    f"scene {number}'s text names {', '.join(invented)}, which the product page does not state; "
                    "use only the page's own figures, exactly as written there"
                )
        # The voice-over is written from the planned copy by the same writer as offline: it fits
        # each scene by measure and says nothing the copy and the brief do not (issue 19).
        return with_voiceover(project, brief)


def _brief_message(brief: Brief, total: float, has_product: bool) -> str:
    fields = {
        "brief": brief.text,
        "brandName": brief.brand_name,
        "brandColors": brief.colors,
        "tagline": brief.tagline,
        "product": brief.product,
        "audience": brief.audience,
        "mood": brief.mood,
        "callToAction": brief.cta_text,
        "totalDurationSec": total,
        "productImage": has_product,
    }
    message = "Plan this ad:\n" + json.dumps(
        {k: v for k, v in fields.items() if v not in (None, [], "")}, ensure_ascii=False, indent=1
    )
    if brief.brand_rules:
        message = f"{message}\n{brief.brand_rules}"
    return f"{message}\n{brief.page_data}" if brief.page_data else message


def _short_errors(exc: ValidationError) -> str:
    """A pydantic error list in a few lines a model (or a person) can act on."""
    invalid_json = [e for e in exc.errors() if e["type"] == "json_invalid"]
    if invalid_json:
        return f"the answer is not valid JSON ({invalid_json[0]['msg']})"
    lines = []
    for err in exc.errors()[:8]:
        where = ".".join(str(p) for p in err["loc"]) or "plan"
        lines.append(f"{where}: {err['msg']}")
    return "; ".join(lines)


__all__ = ["OpenAIPlanner", "PlanOutput", "PlanResult", "plan_response_format", "usd_for_tokens"]
