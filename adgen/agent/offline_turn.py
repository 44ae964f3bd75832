"""One turn of the offline path: understand the message, act through the actions, remember.

Kept apart from :class:`adgen.agent.session.ChatSession` (which only calls
:func:`run_offline_turn`) so the session stays a thin conversation shell. The order of what
happens: a switch of project ("pick B", "go back to the original"), a new ad from a brief (a
bare brief while an ad is open starts a new project), the edit operations all checked first
and then applied in order as one request (one undo step), render / status / list / cancel,
then what is left to say. Every action says what it did as reply parts (one note per change,
so a message with several requests gets one reply listing each); what is left is said here as
parts too: an answer about the ad (:class:`AnswerPart`), the parser's question with the
answers it takes (:class:`QuestionPart`), and notes. The :class:`ConversationState` is updated
last, from what was actually done.
"""

from __future__ import annotations

from typing import Any

from adgen.agent.actions import ActionError, ProjectActions, Turn
from adgen.agent.conversation_state import ConversationState
from adgen.agent.reply import AnswerPart, NotePart, QuestionPart
from adgen.agent.understanding import ParsedTurn, parse_message
from adgen.agent.understanding.briefs import listed_structure_edits
from adgen.agent.understanding.memory import remember_before
from adgen.agent.understanding.variants import VariantFamily
from adgen.project import AdProject, ProductAsset
from adgen.tools import operations as ops

NOT_SURE = (
    "I'm not sure what to change. You can say things like “make the hook say ‘Hello’”, "
    "“make it 20 seconds”, “warmer colours” or “undo”."
)


def variant_family(actions: ProjectActions, project: AdProject | None) -> VariantFamily | None:
    """The original of the current project and its variants, for "pick B" and "the original"."""
    if project is None:
        return None
    root = project.variation.parent_project_id if project.variation.is_variation else project.project_id
    summaries = actions.ctx.projects.list_projects(actions.ctx.owner)
    variants = [
        (s.label or "B", s.project_id)
        for s in reversed(summaries)
        if s.is_variation and s.parent_project_id == root
    ]
    # The owner's other ads, newest first, each with what names it ("go back to the sheets ad").
    others = [
        (s.project_id, f"{s.brand_name} {s.brief}")
        for s in summaries
        if not s.is_variation and s.project_id != root and s.parent_project_id != root
    ]
    return VariantFamily(
        original_id=root or project.project_id, variants=variants, load=_loader(actions), others=others
    )


def _loader(actions: ProjectActions) -> Any:
    def load(project_id: str) -> AdProject | None:
        try:
            return actions.load(project_id)
        except ActionError:
            return None

    return load


async def run_offline_turn(
    actions: ProjectActions,
    state: ConversationState,
    text: str,
    assets: list[ProductAsset],
    *,
    request: str,
) -> Turn:
    """Run one message on the offline path; returns the turn (parts, operations, renders)."""
    turn = Turn(
        project_id=state.project_id,
        attachments=[a.model_dump(by_alias=True) for a in assets],
        request=request,
    )
    project = _current(actions, state)
    parsed = parse_message(
        text,
        project,
        has_attachment=bool(assets),
        state=state,
        family=lambda: variant_family(actions, project),
    )
    before = project  # the project this turn's edits start from ("a bit more" repeats them)
    used_attachment = False
    try:
        before = await _open_or_plan(actions, state, parsed, turn, project)
        used_attachment = parsed.brief is not None
        used_attachment = _edit(actions, parsed, turn, assets, before) or used_attachment
        for project_id, operations in parsed.also_versions:
            # "both of them": the same edit on the next version, each checked before it is applied
            actions.open_project(turn, project_id)
            state.switch_project(turn.project_id)
            before = _current(actions, state)
            actions.dry_run(turn, operations, before)
            for op in operations:
                actions.apply(turn, op)
        _meta(actions, turn, parsed)
    except ActionError as exc:
        turn.say(NotePart(str(exc)))
        turn.failed = True
    _say_what_is_left(parsed, turn, unused_image=bool(assets) and not used_attachment)
    _remember(state, turn, parsed, before)
    if (turn.operations or parsed.brief is not None) and not turn.failed:
        state.last_request = text
    return turn


def _current(actions: ProjectActions, state: ConversationState) -> AdProject | None:
    if not state.project_id:
        return None
    try:
        return actions.load(state.project_id)
    except ActionError:
        return None


async def _open_or_plan(
    actions: ProjectActions,
    state: ConversationState,
    parsed: ParsedTurn,
    turn: Turn,
    project: AdProject | None,
) -> AdProject | None:
    """Switch project ("pick B") and plan a new ad from a brief; returns the project the edits
    go to (None after a new plan: they go to the new ad, loaded when needed)."""
    if parsed.switch_to:
        actions.open_project(turn, parsed.switch_to)
        state.switch_project(turn.project_id)
        project = _current(actions, state)
    if parsed.brief is not None:
        await actions.create_project(turn, parsed.brief)
        state.switch_project(turn.project_id)
        project = None
        planned = _current(actions, state)  # "just a hook and a cta": the list, as listed
        if planned is not None:
            parsed.operations = [*parsed.operations, *listed_structure_edits(planned, parsed.brief.text)]
    return project


def _edit(
    actions: ProjectActions,
    parsed: ParsedTurn,
    turn: Turn,
    assets: list[ProductAsset],
    project: AdProject | None,
) -> bool:
    """Every edit checked first, then applied in order (all or none); True when the attached
    image became the product."""
    operations = list(parsed.operations)
    replaces = parsed.replace_product and bool(assets) and parsed.brief is None
    if replaces:
        operations.insert(0, ops.ReplaceProduct(asset=assets[-1]))
    actions.dry_run(turn, operations, project)
    source = turn.project_id
    for op in operations:
        if isinstance(op, ops.CreateVariation):
            turn.project_id = source  # "two variants: …": each one a variant of the same ad
        actions.apply(turn, op)
    return replaces


def _meta(actions: ProjectActions, turn: Turn, parsed: ParsedTurn) -> None:
    """Render, cancel, status and the project list, after the edits."""
    if parsed.wants_render and not any(o.get("operation") == "render" for o in turn.operations):
        actions.request_render(turn, quality=parsed.render_quality, aspects=parsed.render_aspects)
    if parsed.wants_cancel:
        actions.cancel_render(turn)
    if parsed.wants_status:
        actions.status(turn)
    if parsed.wants_list:
        actions.list_projects(turn)


def _say_what_is_left(parsed: ParsedTurn, turn: Turn, *, unused_image: bool) -> None:
    """The answer to a question, the parser's own question, what it did not understand, an
    image kept but not used, or a hint."""
    if parsed.answer:
        turn.say(AnswerPart(parsed.answer, project_id=turn.project_id or ""))
    if parsed.question:
        options = [option.label for option in parsed.pending.options] if parsed.pending else []
        turn.say(QuestionPart(parsed.question, options=tuple(options)))
    elif parsed.unknown and not turn.notes:
        turn.say(NotePart(parsed.unknown))
    ignored = [part for part in parsed.ignored if part.strip()]
    if ignored and not turn.failed:
        turn.say(NotePart("I didn't understand: " + "; ".join(f"“{part}”" for part in ignored) + "."))
    if unused_image and not turn.failed:
        turn.say(NotePart("I kept the image; say “use this as the product” to put it in the ad."))
    if not turn.notes:
        turn.say(NotePart(NOT_SURE))


def _remember(state: ConversationState, turn: Turn, parsed: ParsedTurn, before: AdProject | None) -> None:
    """What the next message may refer to: only what this turn really did or asked."""
    if turn.project_id != state.project_id:
        state.switch_project(turn.project_id)
    state.pending = parsed.pending if not turn.failed else None
    done = [*turn.operations, *turn.unchanged]  # (what was already so is remembered as asked)
    edits = [op for op in done if op.get("operation") not in ("render", "undo", "redo")]
    if edits:
        state.last_operations = [remember_before(sub, before) for op in edits for sub in _content(op)]
    if parsed.scene_ids is not None:
        state.scene_ids = list(parsed.scene_ids)
        state.note_scenes(list(parsed.scene_ids))
    if parsed.topic:
        state.topic = parsed.topic
    if parsed.project_ref:
        state.project_ref = parsed.project_ref
    if parsed.answer and parsed.asked:
        state.last_question = parsed.asked
    elif turn.operations or turn.unchanged or parsed.brief is not None:
        state.last_question = None


def _content(op: dict[str, Any]) -> list[dict[str, Any]]:
    """A variation's own operations stand for it ("actually make it orange" edits the variant)."""
    if op.get("operation") == "create_variation":
        return list(op.get("operations") or [])
    return [op]


__all__ = ["NOT_SURE", "run_offline_turn", "variant_family"]
