"""One message, read whole: the order in which the understanding package's modules see it.

What a marketer types -> a :class:`ParsedTurn`. The steps, each in a module of its own:

0. quotes are lifted out (:mod:`quotes`), kept exactly; chat shorthand is expanded and typos
   corrected outside them (:mod:`normaliser`);
1. a one-word answer to the question asked last (``state.pending``);
2. moving between projects: "pick B", "go back to the original" (:mod:`variants`);
3. a new product photo (:mod:`product`);
4. a question about the ad, answered from the document and never an edit (:mod:`questions`,
   :mod:`adgen.agent.answers`);
5. a brief: no ad yet, "a new ad…", or a bare brief while an ad is open (:mod:`briefs`);
6. the voice-over and captions ("add a voice-over", "no captions": :mod:`voice`); something
   adgen cannot do ("a 4:5 version"), with the reason (:mod:`refusals`);
7. otherwise edits: the message split into requests (:mod:`splitter`), each read in order by
   :class:`reader.ClauseReader` against the ad as the earlier requests leave it; undo/redo
   (:mod:`history`), render and friends (:mod:`meta`), variants (:mod:`variants`), follow-ups
   ("the same for the hook", "a bit more": :mod:`followups`);
8. the precision gate: edits (of step 6 or 7) that rest on a doubtful word (:mod:`confidence`:
   a typo another close word reads differently, a rare word one slip from a word that would,
   a word the reading left out) are not applied; one question names the reading and "yes"
   applies it, "no" drops it (:mod:`confirm`).

The mapping of words to operations, as the module docstrings below state it (and the LLM
path is told the same):

Used when no LLM key is set. Deterministic (same text and project, same result), fast (every
regex compiled once; a turn takes well under a millisecond to a few), and written so the LLM
path (:mod:`adgen.agent.graph`) can be told the very same mapping. The steps:

1. Quoted texts ("…", '…', “…”, ‘…’, «…», 「…」, 『…』, `…`) are lifted out first and kept
   exactly; nothing inside a quote is read as a request.
2. The message is split into clauses at sentence ends, ";", ",", "and", "then", "plus". A
   piece that starts no request of its own ("navy *and gold*", "swap scene 2 *and 3*",
   "brighter *and warmer*") is glued back to the one before it.
3. Each clause is one request: meta (undo, render, status, list, cancel), a new product photo,
   scene structure (:mod:`adgen.agent.understanding.structure`) or field edits
   (:mod:`adgen.agent.understanding.fields`), read by :class:`adgen.agent.understanding.reader.ClauseReader`.
   Scene references are resolved by :mod:`adgen.agent.understanding.scenes`, values (quotes, colours,
   durations) by :mod:`adgen.agent.understanding.values`, words by the tables of
   :mod:`adgen.agent.understanding.vocabulary`. Clauses apply in order: each is read against the project
   as the earlier clauses of the same message leave it. A complaint followed by the matching
   instruction ("the music is too loud, turn it down") counts once.

The mapping (shared with the LLM path):

- A brief (no project yet, or "a new ad…", "make a video for…") -> ``brief`` (see
  :mod:`adgen.agent.understanding.briefs`); an attached image is the product.
- A new photo with "use this photo instead", "new product shot", or a photo with no words while
  an ad is open -> ``replace_product=True`` (the session makes the ReplaceProduct operation).
- On-screen words: "the CTA should say Shop Now", "make the hook say '…'", "CTA: …",
  "change 'Order today' to 'Order now'" -> UpdateOverlay(text). With no scene named and
  several scenes -> a question.
- Text layout: "bigger/larger text" -> font_size × 1.25, "smaller" × 0.8 ("twice as big" × 2,
  "half the size" × 0.5), rounded, clamped 12..200; "font size 80" sets it; "to the
  top/center/bottom" -> position; a colour with "text"/"font" or with a scene and nothing else
  ("make the CTA gold") -> color. No scene named: every scene.
- Product: "bigger/smaller" -> scale × 1.25 / × 0.8 (clamped 0.1..1, per scene; with no scene
  named, the scenes that show it), "70%" sets it; "on the left/right/bottom/center" ->
  position; "hide/remove" -> visible False, "show/add/put" -> visible True. No scene named:
  one UpdateProduct without sceneId for absolute values.
- The look (``vocabulary.LOOK``): for named scenes, the word's phrase is appended to each
  scene's backgroundPrompt (UpdateScene, same seed); for the whole ad, UpdateStyle sets
  lighting (brighter -> "bright", darker -> "dark", warmer -> "warm", cooler -> "cool",
  more contrast -> "high contrast", more dramatic -> "dramatic", softer -> "soft"), mood
  (calmer -> "calm", more luxurious/premium/elegant -> "luxurious", more energetic/exciting
  -> "energetic", more playful/fun -> "playful", more professional -> "professional") or
  visualStyle (more colourful/vibrant -> "vibrant", muted -> "muted", minimal/cleaner ->
  "minimal", cinematic -> "cinematic", retro/vintage -> "retro", modern/sleek -> "modern").
  "X lighting", "X style", "mood: X" set those fields the same way; a background colour
  appends "<colour> background" to a scene, or sets the palette for the whole ad.
- "the showcase should show a beach", "change the hook background to …" -> UpdateScene
  backgroundPrompt. "new background for the hook (with …)", "regenerate scene 2", "another
  take" -> RegenerateScene(promptAdditions = the words after with/showing/":" or "").
  "a different hook/CTA" -> RegenerateScene("alternative take") + a different line
  (``vocabulary.alternative_line``, chosen from the brief); "a different hook line" -> only
  the line.
- Colours: names (``values.COLOR_NAMES``, CSS values) or #abc/#aabbcc. "brand colours"
  -> UpdateBrand colors; "palette/colours/colour scheme" -> UpdateStyle palette.
- Durations ("20s", "30 seconds", "half a minute", "a minute", "1.5 minutes", ":30"): for the
  ad -> SetDuration; for named scenes ("make the hook 3 seconds") -> UpdateScene durationSec;
  "5 seconds longer/shorter", "add/cut 5 seconds", "by 5 seconds" are relative. "shorter"
  without a number -> a question.
- Music: louder/quieter -> UpdateAudio volume ± 0.2 (clamped 0..1), "mute" -> 0, "volume
  50%" -> 0.5; "calmer/more upbeat/epic/jazz… music" -> UpdateStyle musicMood
  (``vocabulary.MUSIC``).
- Voice-over and captions (:mod:`voice`): "add a voice-over" -> UpdateVoice(enabled); "make the
  voice-over in the hook say '…'" -> UpdateVoiceover(text); "no voice-over in the hook" ->
  UpdateVoiceover(enabled False); "a slower, deeper voice" -> UpdateVoice(rate, pitch × 0.85);
  "turn the voice off" -> UpdateVoice(enabled False); "word-by-word captions", "no captions" ->
  UpdateCaptions(style / enabled).
- Scenes: "add a testimonial (scene) after the showcase (saying '…')" -> AddScene(role,
  afterSceneId, text, durationSec, backgroundPrompt from "showing …"); at the start of the ad
  -> AddScene + ReorderScenes; "remove/delete/drop the problem scene" -> RemoveScene; "swap
  scene 2 and 3", "move the CTA to the start", "put X before/after Y", "make X the first
  scene", "reverse the order" -> ReorderScenes(the full new order).
- Brand: "our brand is called X", "tagline: …", "use the font Montserrat" -> UpdateBrand.
- "undo", "go back", "revert the last change" -> Undo; "undo twice", "undo the last 3
  changes" -> that many Undo operations.
- A/B: "an A/B version with a different hook", "a variant where the CTA says 'Buy now'" ->
  CreateVariation(label "B" unless named, operations = the differences read from the rest).
- "render", "export", "make the video", "final version" -> wants_render (quality "final" for
  final/export/HD/full quality, "draft" for draft/preview/quick); "status/progress/how is it
  going" -> wants_status; "show my projects/list ads" -> wants_list; "cancel/stop the render"
  -> wants_cancel.
- An unknown scene, or a request that cannot be made -> ``unknown`` (naming the scenes) and no
  operations; an ambiguous one -> one short ``question`` and no operations; anything unrelated
  -> ``unknown`` saying what adgen does.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from contextvars import ContextVar
from dataclasses import dataclass, field, replace
from types import SimpleNamespace
from typing import Any, ClassVar

from adgen.agent.answers import CAN_ANSWER, describe_differences
from adgen.agent.conversation_state import ConversationState, PendingOption, PendingQuestion
from adgen.agent.understanding import conditionals, followups, platforms, questions, refusals, retry
from adgen.agent.understanding.ad_lengths import (
    ad_length_said,
    asked_scene_text,
    text_named_by_content,
    without_captions_off,
)
from adgen.agent.understanding.agent_corrections import (
    answer_for_scenes,
    untouched_place,
    versions_compared,
    without_taken_back,
    words_shown,
)
from adgen.agent.understanding.already_so import already_so
from adgen.agent.understanding.approvals import without_approvals
from adgen.agent.understanding.articleless_scenes import with_article
from adgen.agent.understanding.articles import with_articles
from adgen.agent.understanding.asked_last import last_change_question, read_back, with_whole_ad
from adgen.agent.understanding.asked_lengths import asked_ad_length
from adgen.agent.understanding.asked_plainly import asked_plainly
from adgen.agent.understanding.asked_words import VOICE_TOPIC, change_asked_voice, voice_question, words_about
from adgen.agent.understanding.autocorrect import autocorrected
from adgen.agent.understanding.banned_words import banned_word_check
from adgen.agent.understanding.bare_targets import (
    about_it,
    fans_out,
    only_a_part,
    part_unclear_question,
    parts_named,
    parts_question,
    reframed,
    says_its_own_target,
    scenes_listed,
    variant_named_alone,
)
from adgen.agent.understanding.bare_targets import question as part_question
from adgen.agent.understanding.before import answer_before
from adgen.agent.understanding.borrowed import borrowed_request
from adgen.agent.understanding.bracketed_words import bracketed_words
from adgen.agent.understanding.brand_reasons import without_brand_reason
from adgen.agent.understanding.briefs import brief_settings, extract_brief, hook_text
from adgen.agent.understanding.cards_by_words import card_named_by_words
from adgen.agent.understanding.clause import ClauseResult, Context, simulate
from adgen.agent.understanding.colour_codes import codes_as_hex, unknown_pantone
from adgen.agent.understanding.colour_sayings import (
    every_scene_said,
    palette_as_text_colour,
    preferred_colour,
    said_plainly,
)
from adgen.agent.understanding.compared import (
    lengths_listed,
    with_same,
    without_example_scene,
    without_replaced_value,
    without_stated_measure,
    without_yardstick,
)
from adgen.agent.understanding.complaints import (
    asks_to_stand_out,
    fix_is_the_problem,
    hits_harder,
    punch_apart,
    quoted_scenes,
    rewords,
    shortens_the_words,
    shorter_again,
    undirected,
    vague_complaint,
)
from adgen.agent.understanding.confidence import doubts
from adgen.agent.understanding.confirm import (
    DROPPED_TEXT,
    NO_WORDS,
    YES_WORDS,
    blocking,
    confirmation,
    unplaced_why,
    unread_why,
    value_words,
)
from adgen.agent.understanding.confirmed_copy import confirmed_copy
from adgen.agent.understanding.content_kinds import (
    SHOWN_KIND,
    answered_scenes,
    content_question,
    corrected_shown,
    named_by_kind,
    size_comparison,
    where_now,
    wrong_shown,
)
from adgen.agent.understanding.copy_figures import copy_figure_answer
from adgen.agent.understanding.copy_lines import brief_copy, copy_per_scene, line_as_scene
from adgen.agent.understanding.copy_named import without_copy_named
from adgen.agent.understanding.copy_named_scenes import copy_named_scene
from adgen.agent.understanding.copy_only_requests import placed_copy, without_placed_copy
from adgen.agent.understanding.corrected_amounts import corrected_amount, corrected_percent
from adgen.agent.understanding.corrected_scope import narrowed_scope
from adgen.agent.understanding.cross_version import read_cross_copy
from adgen.agent.understanding.described_parts import (
    brand_hue,
    colour_left_out,
    described_label,
    described_question,
    kind_coloured,
    picture_asked,
    scene_comparative,
    without_describing_words,
)
from adgen.agent.understanding.dictation import undictated
from adgen.agent.understanding.dropped_ideas import without_dropped_idea
from adgen.agent.understanding.earlier_turns import carried_seconds, plain_followup
from adgen.agent.understanding.even_lengths import even_lengths
from adgen.agent.understanding.everyday_parts import phone_typing
from adgen.agent.understanding.exclusions import find_exclusion, narrowed
from adgen.agent.understanding.feature_words import read_feature_words
from adgen.agent.understanding.focus import read_focus
from adgen.agent.understanding.foreign import to_english, untranslated_words
from adgen.agent.understanding.foreign_parts import kinds_in_english, part_in_english
from adgen.agent.understanding.forwarded import forwarded_note
from adgen.agent.understanding.framing import text_cue_end, unframed, unshouted
from adgen.agent.understanding.fronted import unfronted
from adgen.agent.understanding.half_off import half_as_shown
from adgen.agent.understanding.halves import UNFINISHED, own_request, unfinished
from adgen.agent.understanding.halves import question_for as halves_question
from adgen.agent.understanding.hedged_looks import hedged_temperature
from adgen.agent.understanding.held_back import held_back
from adgen.agent.understanding.history import UNDO_RE, history_operations
from adgen.agent.understanding.insisted import insisted, same_way
from adgen.agent.understanding.instrument_volume import instrument_as_music
from adgen.agent.understanding.jargon import plain_jargon
from adgen.agent.understanding.kept_apart import kept_apart
from adgen.agent.understanding.kept_then_that import kept_then_that
from adgen.agent.understanding.kept_values import values_kept
from adgen.agent.understanding.kind_texts import kind_typos, numbered_card, unshown_kind
from adgen.agent.understanding.label_requests import labelled_requests
from adgen.agent.understanding.lead_ins import unannounced
from adgen.agent.understanding.live_original import without_kept_lead
from adgen.agent.understanding.local_briefs import local_brief
from adgen.agent.understanding.longest_scene import longest_scene_answer
from adgen.agent.understanding.look_alike import (
    beat_as_bit,
    pace_as_comparative,
    same_shade_ground,
    volume_to_nothing,
)
from adgen.agent.understanding.markdown import without_markdown
from adgen.agent.understanding.memory import remember_before, restore
from adgen.agent.understanding.mention import mention
from adgen.agent.understanding.meta import ACK_RE, ACK_TEXT, HELP_RE, RENDER_RE, read_meta
from adgen.agent.understanding.metrics import older_audience, without_reasons
from adgen.agent.understanding.missing_code import missing_code
from adgen.agent.understanding.mood_complaints import flat_voice, less_as_opposite
from adgen.agent.understanding.named_briefs import named_brief
from adgen.agent.understanding.named_cuts import cut_as_version
from adgen.agent.understanding.named_songs import named_song
from adgen.agent.understanding.named_undo import named_undo
from adgen.agent.understanding.negated_colours import negated_colour_question, without_negated_colour
from adgen.agent.understanding.negation import colour_no_longer, declines, without_untouched
from adgen.agent.understanding.neighbours import without_placing_neighbour
from adgen.agent.understanding.nested_lists import flattened_lists
from adgen.agent.understanding.new_ad import SAME_AS_OPEN_RE, is_new_ad_request, looks_like_brief
from adgen.agent.understanding.new_facts import new_fact
from adgen.agent.understanding.normaliser import document_words, normalise, spelled_out, swapped_everyday
from adgen.agent.understanding.numerals import with_numerals
from adgen.agent.understanding.odd_values import odd_value, odd_why
from adgen.agent.understanding.open_brief import (
    DEFERRED_QUESTION,
    NAME_QUESTION,
    OPEN_BRIEF,
    OPEN_QUESTION,
    answer_brief,
    defers,
    is_open_brief,
    no_name,
    sells_without_a_name,
)
from adgen.agent.understanding.open_ones import asks_for_one
from adgen.agent.understanding.outcomes import breathing_room, music_low, one_more_step, plain_outcomes
from adgen.agent.understanding.own_version import own_parts
from adgen.agent.understanding.parts_by_look import (
    brand_tagline,
    coloured_text,
    kept_colour,
    picture_look,
    reported_font,
    without_kept_colour,
    without_praise_before_but,
)
from adgen.agent.understanding.pasted_json import unpasted
from adgen.agent.understanding.pasted_replies import scrapped_as_scratched, unquoted_reply
from adgen.agent.understanding.plain_words import plain_words
from adgen.agent.understanding.pointers import (
    also_quoted,
    number_pointer,
    other_version_better,
    pointing_colour,
    pointing_why,
    quoted_state,
)
from adgen.agent.understanding.praise import praises_as_is
from adgen.agent.understanding.preview_complaints import cut_as_cropped, preview_complaint
from adgen.agent.understanding.product import NEW_PHOTO_RE, PHOTO_WORD_RE
from adgen.agent.understanding.product_photo import product_photo_as_product
from adgen.agent.understanding.put_back import one_correction
from adgen.agent.understanding.quoted_lines import quoted_line_named
from adgen.agent.understanding.quoted_names import quoted_card_read
from adgen.agent.understanding.quotes import PLACEHOLDER_RE, Quoted, mask_quotes, unmask
from adgen.agent.understanding.reader import ClauseReader
from adgen.agent.understanding.refused_places import scenes_named_by_words
from adgen.agent.understanding.regional import regional_english
from adgen.agent.understanding.relayed_notes import (
    ends_on,
    it_as_asked_text,
    kept_after_all,
    new_phone_number,
    reported_answer,
    without_bare_approvals,
    without_kept_colours,
    without_mail_marks,
    without_staying_lines,
)
from adgen.agent.understanding.release_nouns import release_nouns
from adgen.agent.understanding.reported import past_account, praised_as_is, reported
from adgen.agent.understanding.result import ParsedTurn
from adgen.agent.understanding.retractions import retraction, retraction_then
from adgen.agent.understanding.ruled_out import without_ruled_out
from adgen.agent.understanding.same_shape import figures_named
from adgen.agent.understanding.same_words import same_with_words
from adgen.agent.understanding.sarcasm import sarcastic_statement
from adgen.agent.understanding.scene_count import read_scene_count
from adgen.agent.understanding.scene_descriptions import described_scene
from adgen.agent.understanding.scene_lists import scene_list_said
from adgen.agent.understanding.scene_order import order_operations, whole_order
from adgen.agent.understanding.scene_shorthand import scene_shorthand
from adgen.agent.understanding.scene_subjects import scene_subject
from adgen.agent.understanding.scenes import find_scene_refs
from adgen.agent.understanding.screen_covered import screen_covered
from adgen.agent.understanding.seen_complaints import playback_blur, too_dark_to_see
from adgen.agent.understanding.self_cancelled import self_cancelled
from adgen.agent.understanding.self_corrections import (
    keep_corrected_colour,
    keep_corrected_length,
    keep_corrected_quote,
    keep_corrected_target,
)
from adgen.agent.understanding.set_aside import without_set_aside
from adgen.agent.understanding.shades import shade_or_scene, shaded_colour
from adgen.agent.understanding.since_version import answer_since
from adgen.agent.understanding.size_multiples import size_multiple_said
from adgen.agent.understanding.slipped_parts import parts_unslipped
from adgen.agent.understanding.splitter import CUE_START_RE, is_reason, split_clauses
from adgen.agent.understanding.spoken_copy import spoken_copy
from adgen.agent.understanding.spoken_lists import spoken_list
from adgen.agent.understanding.spread import spread_question, spread_scenes, still_asked
from adgen.agent.understanding.statements import compared, described, said_against
from adgen.agent.understanding.stories import (
    avoided_colours,
    disliked_colour_only,
    part_of_words,
    story_only,
    without_story,
)
from adgen.agent.understanding.switching import read_switch, version_asked
from adgen.agent.understanding.symbols import symbols_as_words
from adgen.agent.understanding.text_copies import copy_text
from adgen.agent.understanding.text_edits import WhichTextQuestion, ending_words
from adgen.agent.understanding.text_parts import (
    named_by_content,
    part_of_text,
    picture_size,
    without_particle_can,
)
from adgen.agent.understanding.text_places import text_place_question
from adgen.agent.understanding.the_others import (
    beside_it,
    same_words_field,
    swap_them,
    the_other_one,
    the_others,
    without_already,
)
from adgen.agent.understanding.tickets import without_actual
from adgen.agent.understanding.timed_scenes import at_time
from adgen.agent.understanding.timing import LENGTH_COMPLAINT_RE
from adgen.agent.understanding.too_by_content import too_by_content
from adgen.agent.understanding.topics import TOPIC_WORDS, topic_of, topic_only
from adgen.agent.understanding.typed_and import and_as_typed
from adgen.agent.understanding.typing_slips import brother_readings, unslipped
from adgen.agent.understanding.unnamed_business import unnamed_kind, without_a_name
from adgen.agent.understanding.unplaced import unplaced_scene, unread_subject
from adgen.agent.understanding.unread_briefs import unread_brief
from adgen.agent.understanding.values import find_colors
from adgen.agent.understanding.variant_scope import in_that_one, in_this_variant, on_this_version
from adgen.agent.understanding.variants import (
    VARIATION_QUESTION,
    VARIATION_RE,
    VariantFamily,
    asks_for_a_version,
    keeps_original,
    platform_version,
    variation_operations,
    variation_parts,
    with_swapped,
    without_keeps,
)
from adgen.agent.understanding.version_asks import version_part
from adgen.agent.understanding.version_doubt import existing_version, version_doubt, version_question
from adgen.agent.understanding.viewer_moments import figure_scene, moment_as_scene
from adgen.agent.understanding.voice import (
    read_voice,
    spoken_as_voice,
    voice_as_named,
    voice_back_on,
    voice_continuation,
    without_restated_pace,
    without_voice_praise,
)
from adgen.agent.understanding.whole_dislike import whole_dislike
from adgen.agent.understanding.word_removal import removed_words
from adgen.agent.understanding.words_kept import same_words_kept, words_untouched_kept
from adgen.project import AdProject
from adgen.tools import operations as ops

__all__ = ["EMPTY_TEXT", "HELP_TEXT", "NO_AD_TEXT", "ParsedTurn", "parse_message"]

_THIS_ONE_RE_HINT = re.compile(r"\bthis\s+(?:one|version|cut)\W*$", re.I)

HELP_TEXT = (
    "I make and edit short video ads. Describe an ad to start (product, brand, length, mood), "
    "or ask for changes like “make the hook brighter”, “the CTA should say Shop now”, "
    "“make it 20 seconds”, “calmer music”, “add a testimonial after the showcase”, “undo”, "
    "or “render”."
)
NO_AD_TEXT = (
    "There is no ad yet. Describe the ad you want first: the product, the brand, how long, "
    "and the mood (for example “a 20 s ad for our cold brew, energetic, navy and gold”)."
)
EMPTY_TEXT = "The message is empty. " + HELP_TEXT
LEFT_AS_IT_IS_TEXT = "OK, I'll leave that as it is. Tell me what you'd like changed instead, or say “render”."
NEW_PHOTO_QUESTION = "Send me the new product photo with your message and I'll swap it in."


@dataclass
class Message:
    """One message as every step sees it."""

    raw: str
    masked: str  # quotes replaced by placeholders
    quotes: list[Quoted]
    plain: str  # masked, with shorthand expanded (no typo correction: briefs keep their names)
    project: AdProject | None
    has_attachment: bool
    state: ConversationState
    family: Callable[[], VariantFamily | None]
    # Words of another language the tables did not translate ("un poquito", "d'apertura"): the
    # reading went on without them, so its edits are asked about, not applied.
    untranslated: tuple[str, ...] = ()


def _brother_question(
    masked: str, quotes: Any, project: AdProject, state: ConversationState | None
) -> ParsedTurn | None:
    """ "make the hook brother" (autocorrect): bigger, bolder or brighter? The readings the ad
    allows are offered, each answerable in a word (round thirty c)."""
    readings = brother_readings(masked)
    if readings is None:
        return None
    what, requests = readings
    options = []
    for word, request in requests:
        turn = parse_message(unmask(request, quotes), project, state=state)
        if turn.operations and not (turn.question or turn.unknown or turn.ignored):
            wire = [op.to_wire() for op in turn.operations]
            options.append(
                PendingOption(label=word, words=[word, f"{word} please", f"make it {word}"], operations=wire)
            )
    if not options:
        return None
    named = " or ".join(
        [", ".join(o.label for o in options[:-1]), options[-1].label]
        if len(options) > 1
        else [options[0].label]
    )
    question = f"Did you mean {named} ({unmask(what, quotes)})?"
    return ParsedTurn(question=question, pending=PendingQuestion(question=question, options=options))


def parse_message(
    text: str,
    project: AdProject | None,
    *,
    has_attachment: bool = False,
    state: ConversationState | None = None,
    family: Callable[[], VariantFamily | None] | None = None,
) -> ParsedTurn:
    """Read one message against the current project (None before the first brief); a message
    that stops where a request cannot end asks for the rest, and the next message is read
    after it (:mod:`halves`: "change the hook text to" then "'new drop who dis'")."""
    pending = state.pending if state is not None else None
    if project is not None and pending is not None and pending.value_kind == UNFINISHED and pending.retry:
        again = replace(state, pending=None)
        text = values_kept(text or "") if not mask_quotes(text or "")[1] else text  # "blue is fine but …"
        alone = _parse_one(text, project, has_attachment=has_attachment, state=again, family=family)
        # "slide two" / "should run 6 seconds": scene 2's, never the whole ad's (:mod:`bare_targets`)
        named = only_a_part(pending.retry) or parts_named(pending.retry, project) is not None
        wide = named and fans_out([op.to_wire() for op in alone.operations], pending.retry, project)
        wide = wide and not says_its_own_target(text or "", project)
        if own_request(text or "") and not wide and not (only_a_part(pending.retry) and about_it(text or "")):
            return alone  # "make the cta red": a whole request of its own ("the hook" / "make it red": the hook's)
        whole = _parse_one(
            f"{pending.retry} {reframed((text or '').strip())}",
            project,
            has_attachment=has_attachment,
            state=again,
            family=family,
        )
        if whole.operations and not (whole.question or whole.unknown or whole.ignored):
            if not (named and fans_out([op.to_wire() for op in whole.operations], pending.retry, project)):
                return whole
        if wide:
            return ParsedTurn(question=part_unclear_question(pending.retry, project))
        return alone
    if project is not None and not (state and state.pending) and (letter := variant_named_alone(text or "")):
        if family is not None and (kin := family()) is not None and kin.find(letter):
            text = f"switch to {letter}"  # "on B", "for version B" alone: B, for what comes next
    if project is not None and scenes_listed(text or ""):
        text = "list the scenes"  # "list the slides", "show me the cards" (:mod:`bare_targets`)
    turn = _parse_one(text, project, has_attachment=has_attachment, state=state, family=family)
    if project is not None and turn.unknown == HELP_TEXT and (english := part_in_english(text or "")):
        text = english  # "it-test tan-numru tat-telefon": the phone number text, asked about next
    if (
        project is not None
        and turn.unknown == HELP_TEXT  # (a refusal keeps its reason)
        and not (turn.operations or turn.question or turn.answer or turn.brief)
        and not (state and state.pending)
        and (
            unfinished(masked := mask_quotes((text or "").strip())[0])
            or only_a_part(masked)
            or (parts := parts_named(masked, project))
        )
    ):
        raw = (text or "").strip()
        # "the hook" alone, "the class times text": what of it, said next (:mod:`bare_targets`)
        question = halves_question(raw) if unfinished(masked) else part_question(raw)
        if not (unfinished(masked) or only_a_part(masked)) and parts:
            # "slide two", "the hok", "the ages page and the party page": as "scene 2", "scenes 2 and 3"
            raw, told = parts
            question = parts_question(raw, project) if told else part_unclear_question(raw, project)
        return ParsedTurn(
            question=question, pending=PendingQuestion(question=question, retry=raw, value_kind=UNFINISHED)
        )
    return turn


def _parse_one(
    text: str,
    project: AdProject | None,
    *,
    has_attachment: bool = False,
    state: ConversationState | None = None,
    family: Callable[[], VariantFamily | None] | None = None,
) -> ParsedTurn:
    """Read one message against the current project (None before the first brief).

    ``state`` is the conversation's memory (what "it" and "the same" mean, a question waiting
    for its answer); ``family`` gives the current project's original and variants, for "pick B".
    """
    raw = (text or "").strip()
    if not raw:
        return _empty(project, has_attachment)
    raw = without_mail_marks(raw)  # "FW: they need this for Stories as well, and …"
    raw = (
        flattened_lists(raw) if project is not None else raw
    )  # "- hook\n  - text yellow": "- hook text yellow"
    raw = without_markdown(raw)  # "**Hook text:** `…`", "hook: *…*": the marks dropped, the copy quoted
    if project is not None:
        raw = quoted_line_named(raw, project)  # "> Order by Thursday" … "make that line '…'": scene 3's
        raw = quoted_card_read(raw, project)  # "I can barely read 'Long day?'": that card's text
        raw = half_as_shown(raw, project)  # "the half-off text" where a card says "50% off"
        raw = unquoted_reply(raw)  # "> Made variant B: …" and a request under it: the request
        if state is not None and state.last_operations:
            raw = scrapped_as_scratched(raw)  # "scrap that, undo": as "scratch that"
        raw = without_dropped_idea(raw)  # "ok forget the ding, just bump the music a bit"
    raw = undictated(raw)  # "see tee ay … comma", "quote Book a demo end quote": as typed (:mod:`dictation`)
    raw = codes_as_hex(raw)  # "rgb(0,128,255)", "Pantone 485": as hex (:mod:`colour_codes`)
    if project is not None and unknown_pantone(raw):
        return ParsedTurn(question=unknown_pantone(raw))  # "Pantone 7621": asked, never guessed
    if project is not None and state is not None:
        raw = reported_answer(raw, state.last_question)  # "what font …?" "they say it's Manrope now"
        # "what's on the end card?" … "change it to Free returns": that scene's words
        raw = asked_scene_text(raw, project, state.last_question, list(state.scene_ids or []))
        # "how long's the whole ad?" … "right, make it twelve then": the ad's length
        raw = asked_ad_length(raw, state.last_question, state.topic, list(state.scene_ids or []))
    raw = _in_plain_english(raw)  # "abeg reduce d music small", "make 5 can": plain English
    raw = and_as_typed(raw)  # "an the date card aswell": "and"
    if project is None and not (state and state.pending):
        # "business: … / length: 15s", "pub de 15 secondes pour le salon Chez Margot": in English
        raw = (
            local_brief(raw) or unread_brief(raw) or named_brief(raw) or raw
        )  # "Padaryk man reklamą": an open brief
    raw = one_more_step(raw) if project is not None else raw  # "one more touch": another touch
    raw = unpasted(raw) if project is not None else raw  # {"cta": "…", "cta_color": "#FFFFFF"}
    kept = _total_kept(raw, project, has_attachment, state, family)
    if kept is not None:
        return kept
    if project is not None and project.captions.enabled and not (state and state.pending):
        with_captions = _captions_off_too(raw, project, has_attachment, state, family)
        if with_captions is not None:  # "hook text bigger, captions off, and music down"
            return with_captions
    raw = forwarded_note(raw, new_ad=project is None) or raw  # "Forwarding from the client: '…'"
    raw, uneven = copy_per_scene(raw, project)  # "New copy, one line per scene:" over the lines
    if uneven is not None:
        return ParsedTurn(question=uneven)
    raw = line_as_scene(raw, state.last_request if state else None, project)  # "line 2" of that copy
    raw = new_phone_number(raw, project) if project is not None else raw  # "the phone number should be …"
    masked, quotes = mask_quotes(raw)
    masked = labelled_requests(masked) if project is not None else masked  # "the cta: give it 6 s"
    masked = with_article(masked, project)  # "G2 card to 5s": the scene that says "G2"
    masked = own_parts(masked, project)  # "A's box shot" on A: its box shot
    masked = moment_as_scene(masked, project)  # "when the price pops up can it sit at the top"
    masked = same_words_kept(masked)  # "make it 44, same words": the words stay
    masked = values_kept(masked)  # "blue is fine but make it bigger": blue stays
    masked = instrument_as_music(masked, project)  # "the ukulele louder": the music's volume
    masked = unslipped(masked, project)  # "WAYYY faster", "the the end card", "theend card", "the cat text"
    masked = parts_unslipped(masked, project)  # "tasting crad txt", "the bix shot", "code cart", "for reals"
    masked = phone_typing(masked) if project is not None else masked  # "aply link in purpel", "hrs card"
    masked = words_untouched_kept(masked)  # "dvsa card in the centre, don't touch the words"
    masked = asked_plainly(masked, project)  # "remind me, what …?", "the taco truck ad": the ad
    if project is not None and not (state and state.pending):
        asked_slip = _brother_question(masked, quotes, project, state)  # "make the hook brother"
        if asked_slip is not None:
            return asked_slip
    masked = spoken_as_voice(masked) if project is not None else masked  # "what i say on the last scene"
    masked = scene_shorthand(masked, project)  # "s2 → 6s", "s3 = '…'", "sc2 text bigger": scene 2, 3, 2
    masked = symbols_as_words(masked)  # "🎵 ⬇️": "music down"; "+2s on the end card": "plus 2 s …"
    masked = spelled_out(unframed(masked))  # "hey team — …", "… asap 🙏": no part of the request; "w/"
    masked = without_set_aside(masked)  # "20 cm is the cake's width, ignore it.", "what I want is …"
    masked = spoken_list(masked)  # "number one music quieter number two hours card at the top"
    masked = unannounced(masked)  # "two small things if possible: …": a count of what follows
    masked = without_approvals(masked) if project is not None else masked  # "Per Priya, …", "Tom okayed it."
    masked = ad_length_said(masked) if project is not None else masked  # "hook text red, ad to 25s"
    masked = without_particle_can(masked)  # "the cta words put at bottom can": Singlish, no product
    if project is not None and not (state and state.pending) and story_only(masked):
        return ParsedTurn(unknown=REPORT_NOTED_TEXT)  # "our mascot is a purple taco. not relevant yet"
    if project is not None and not (state and state.pending) and disliked_colour_only(masked):
        return ParsedTurn(question=DISLIKED_COLOUR_QUESTION)  # "my boss hates yellow.": what instead, where
    if project is not None:  # "white hook text on a white fridge. can't see a thing": its colour
        masked = beat_as_bit(volume_to_nothing(same_shade_ground(masked)))  # "volume down to nothing": to 0
        masked = preferred_colour(masked, state.last_operations if state else None)  # "green is better"
    if project is not None:  # "the phone number is white, make it yellow": the text that shows it
        masked = kind_coloured(masked, project)
    if project is not None and not (state and state.pending):
        kept_named = kept_colour(masked, project, state)  # "leave the blue" with no blue: nothing
        if kept_named is not None:
            return kept_named
        masked = without_praise_before_but(masked)  # "love the voice, but the cta text should be white"
        masked = without_kept_colour(masked)  # "keep the red but make the hook text white"
        masked = brand_tagline(masked)  # "the brand tagline is 'X'": the brand's, never the CTA's words
        masked, reported = reported_font(
            masked, text or ""
        )  # "the client told us it's Poppins": the font, or asked
        if reported is not None:
            return reported
        masked, looked = picture_look(masked, project)  # "the sunny backyard looks washed out, more contrast"
        if looked is None:
            masked, looked = coloured_text(masked, project)  # "the white sneaker text is too small"
        if looked is not None:
            return looked
    described = described_question(masked, project) if not (state and state.pending) else None
    if described is not None:  # buttons, "add a scene for that", "the background is blue, make it red"
        return ParsedTurn(question=described)
    masked = cut_as_cropped(masked) if project is not None else masked  # "the bottom text gets cut": cropped
    masked = cut_as_version(masked)  # "the cut we showed Priya": a version, never "cut" the verb
    masked = product_photo_as_product(masked, project)  # "put the product photo in the hook": the product
    if (
        project is not None
        and not (state and state.pending)
        and not is_new_ad_request(masked.lower(), project)
    ):
        seen = playback_blur(masked)  # "it's blurry on my phone": how it plays, nothing to change
        if seen is not None:
            return ParsedTurn(unknown=seen)
        flat = flat_voice(masked, project)  # "the voice is flat and monotone": its pace or pitch?
        if flat is not None:
            return ParsedTurn(question=flat.question, pending=flat, topic="voice")
    previewed = (
        preview_complaint(masked, project)
        if project is not None
        and not (state and state.pending)
        and not is_new_ad_request(masked.lower(), project)
        else None
    )
    if previewed is not None:  # "the square one looks cropped", "on tiktok the … text sits under the buttons"
        return ParsedTurn(question=previewed.question, pending=previewed if previewed.options else None)
    masked = without_reasons(masked)  # "hook rate is low, …", "my customers are 70+, …": why, no value
    masked = without_story(masked) if project is not None else masked  # "my boss hates yellow. …"
    if project is not None:
        masked = voice_as_named(masked)  # "he talks too fast": the voice-over
        masked = without_restated_pace(masked)  # "the narrator rushes, way too fast": said once
        kept = without_voice_praise(masked)  # "love the voice, it's slow and calm": how it is, liked
        if not kept.strip():
            return ParsedTurn(unknown=ACK_TEXT, topic="voice")
        masked = kept
    if project is not None:
        masked = without_kept_colours(masked)  # "a brown-and-cream rebrand next spring, so no colour changes"
        masked = without_bare_approvals(masked)  # "hook is great. music fine. CTA needs to say …"
        masked = ends_on(masked)  # "what does B end on?": what the last scene says
        # "we can only say 24/7 if it's true, and it is, so that line stays."
        masked = without_staying_lines(masked)
    avoided = avoided_colours(masked) if project is not None and not (state and state.pending) else None
    if avoided is not None:  # "avoid red and green in the text": which colour instead, never the red
        return ParsedTurn(question=avoided)
    if project is not None and not (state and state.pending):
        masked, label_question = described_label(masked, project)  # "the hook: fishing hook vibes, make it …"
        if label_question is not None:
            return ParsedTurn(question=label_question)
        masked = without_describing_words(masked)  # "the red hook background is too much": how it is now
        masked = scene_comparative(masked, project)  # "the dusk shot in the cta is too dark, brighter please"
        masked = colour_left_out(masked)  # "make the cta yellow-free: use white"
        masked = brand_hue(masked, project)  # "brand red is #E63946": that brand colour replaced
        masked = picture_asked(masked)  # "can the hook background be a beach?"
    masked = without_actual(masked)  # "Expected: … Actual: green text": how it is now, no request
    masked = without_yardstick(masked)  # "the cta is too long compared to the hook": no hook change
    masked = with_same(masked)  # "make the hook text the colour of the cta text": the same colour as
    masked = without_example_scene(masked)  # "the cta should be red like the hook": no hook change
    masked = without_stated_measure(masked)  # "the cta is pink, make the hook text pink too"
    masked = without_replaced_value(masked)  # "make the hook text yellow instead of white"
    masked = kept_apart(masked, project)  # "the APY line larger, the disclosure stays": the other one
    masked = without_untouched(masked)  # "…, without touching the music": what stays, no request
    if project is not None:
        masked = without_kept_lead(masked)  # "don't touch this one, it's live. Make a copy with …"
    masked = kept_then_that(masked, project)  # "keep the NHS line exactly, just move that card's text up"
    masked = conditionals.without_kept(masked)  # "keep the £240 as it is; hook text at the bottom"
    masked = without_ruled_out(masked)  # "I meant quieter, not louder": the direction asked only
    masked = scene_list_said(masked) if project is not None else masked  # "hook, problem and cta shorter"
    masked = said_against(masked)  # "don't remove the hook, just make it shorter": the hook shorter
    if project is not None and not is_new_ad_request(masked.lower(), project):
        masked = unshouted(masked)  # "DROP TIKTOK": capitals read as lower case (a brief keeps its names)
        masked, turned_down = without_negated_colour(masked)  # "not so orange, white would do": white
        if turned_down is not None and not (state and state.pending) and not declines(masked):
            return ParsedTurn(question=negated_colour_question(turned_down))
        masked = less_as_opposite(too_dark_to_see(masked))  # "less sad", "so dark I can't see the bottle"
        masked = plain_words(masked)  # "the last writing", "the first picture": a text, a scene
        masked = release_nouns(masked)  # "drop 3 goes live friday": the release, not the verb
        masked = plain_jargon(masked)  # "the open feels flat": the opener (a brief keeps its words)
        masked = plain_outcomes(masked)  # "filmed in a cave": too dark; "could come down a smidge"
        masked = screen_covered(masked)  # "now it covers half the screen": too big
        asked = state.pending.question if state is not None and state.pending is not None else ""
        masked = music_low(masked, "music" in asked.lower())  # "music really low": much quieter
        masked = with_swapped(masked)  # "B version with the hook and the cta swapped"
        masked = numbered_card(kind_typos(masked), project)  # "the finace card", "the 0% APR card"
        unshown = unshown_kind(masked, project) if not (state and state.pending) else None
        if unshown is not None:  # "discount text bigger" with no discount, "the hours" on two cards
            return ParsedTurn(question=unshown)
        masked = sarcastic_statement(masked)  # "could the number be any smaller?": too small
        masked = size_multiple_said(masked)  # "double the size of the free eye test text"
        masked = named_by_kind(masked, project)  # "make the phone number bigger": the text that shows it
        masked = named_by_content(masked, project)  # "the rating card": the scene whose text shows one
        masked = figures_named(masked, project, quotes)  # "…, listing '…'": the scene with those words
        masked = bracketed_words(masked, project)  # "the class text (Tue & Thu 6:30am)": that scene's
        masked = card_named_by_words(masked, project)  # "the test drive card": the scene saying it
        masked = text_named_by_content(masked, project)  # "the discount code text bigger": that text
        masked = spoken_copy(masked, project)  # "say the price out loud too": its scene's voice-over
        masked = without_placing_neighbour(masked, project, quotes)  # "the cta after the social proof …"
    if project is not None and state is not None:  # "no sory wrong one, put that back. the shop one i mean"
        masked = narrowed_scope(masked, project, state.last_operations)  # "no, just the end"
        masked = too_by_content(masked, project, state.last_operations)  # "the address too"
        untouched = untouched_place(masked, project, state.last_operations)
        if untouched is not None:  # "not the hook, I said the race card": the hook was never changed
            return ParsedTurn(question=untouched)
        masked = one_correction(masked, project, state.last_operations)
        masked = kept_after_all(masked, state.last_operations)  # "never mind, leave the orange": undo
        # "what colour is the text?" … "make it white": the text, not the palette
        masked = it_as_asked_text(masked, state.last_question, state.scene_ids)
    masked = keep_corrected_quote(masked, quotes)  # "'Grab a bottel' ... wait, 'Grab a bottle'"
    masked = said_plainly(masked, project, quotes)  # "white -> yellow", "the same green as the cta"
    masked = keep_corrected_colour(masked)  # "make it red... no actually navy"
    masked = keep_corrected_length(masked)  # "30 sec... no make it 20"
    masked = keep_corrected_target(masked, project, quotes)  # "the hook text red, no wait the cta text"
    english = to_english(masked)  # "pon la música más baja": the request, never the quoted copy
    untranslated = untranslated_words(english, project) if english != masked else ()
    # "د تلیفون شمیره …", "nomer telpon e digawe putih": the text that shows it (rounds 37 f, 38 e)
    masked = kinds_in_english(english, masked, project)
    masked = with_articles(masked, project, quotes)  # "drop traffic jam scene": "the" put back
    masked = with_numerals(masked)  # "make scene three six seconds long": digits
    masked = lengths_listed(masked)  # "hook 3s cta 5s": a request per scene
    masked = autocorrected(masked, document_words(project) if project is not None else frozenset())  # "seen"
    if project is not None:
        masked = without_already(masked)  # "all text red except the cta (it already is)"
        masked = without_brand_reason(masked)  # "the number yellow, it's our brand colour": a reason
        if state is not None:
            masked = the_others(masked, project, state.scene_ids)  # "now every other scene's text red"
            masked = the_other_one(masked, project, state.scene_ids)  # "the other candle scene too"
            masked = beside_it(masked, project, state.scene_ids)  # "the one before it as well"
            masked = swap_them(masked, project, state.scene_ids)  # "swap those two"
            masked = same_words_field(
                masked, state.last_operations
            )  # "and on the cta: '…'" after a voice-over
        masked = in_this_variant(masked, project)  # "in that variant also change …": here
        if state is not None and state.scene_ids and not any(s.id in state.scene_ids for s in project.scenes):
            # "music louder in that one" right after a version dropped the scene last spoken of
            masked = in_that_one(masked)
        if _THIS_ONE_RE_HINT.search(masked):  # "🎵 -10% on this one" with versions: this version
            found = family() if family is not None else None
            masked = on_this_version(masked, project.variation.is_variation or bool(found and found.variants))
        masked, when = at_time(masked, project)  # "at the 6 second mark": the scene playing then
        if when is None:
            masked, when = described_scene(masked, project)  # "the bit where the coffee splashes"
        if when is None:
            masked, when = copy_named_scene(masked, project)  # "the open till 2am card", "the hours card"
        if when is not None:  # asked which scene; the reply ("the showcase") fills in the words
            template = retry.template_for_scene(raw, when.said)
            pending = (
                PendingQuestion(when.question, retry=template, value_kind="scene", offered=list(when.offered))
                if template
                else None
            )
            return ParsedTurn(question=when.question, pending=pending)
        confirmed = confirmed_copy(masked, project) if not (state and state.pending) else None
        confirmed = confirmed or already_so(masked)  # "… should be pink, it already is": nothing to do
        confirmed = confirmed or held_back(masked)  # "… the music's a bit loud? don't change it yet"
        if confirmed is not None:  # "the class times on the sunrise scene are right": kept, remembered
            return confirmed
        masked = questions.rhetorical_statement(masked) or masked  # "why is the music so loud??"
    message = Message(
        raw=raw,
        masked=masked,
        quotes=quotes,
        plain=normalise(masked, fuzzy=False),
        project=project,
        has_attachment=has_attachment,
        state=state or ConversationState(),
        family=family or (lambda: None),
        untranslated=untranslated,
    )
    left_out = _left_out(message)
    if left_out is not None:
        return left_out
    steps = (
        _self_cancelled,
        _retraction,
        _song_by_title,
        _versions_compared,
        _both_versions_after,
        _open_brief_answer,
        _even_lengths,
        _words_about,
        _answer_to_pending,
        _feature_words,
        _new_fact,
        _scene_subject,
        _whole_order,
        _bring_back_removed,
        _statement,
        _past_account,
        _colour_no_longer,
        _version_part,
        _since_version,
        _value_again,
        _borrowed,
        _asked_voice,
        _cross_copy,
        _text_copy,
        _text_part,
        _banned_word,
        _mention,
        _word_removal,
        _shared,
        _correction_of_nothing,
        _switch,
        _new_photo,
        _content_kind,
        _question_again,
        _reported,
        _older_audience,
        _missing_code,
        _breathing_room,
        _whole_dislike,
        _conditional,
        _hedged_look,
        _music_for_a_part,
        _part_of_a_line,
        _suggestion,
        _before,
        _copy_figure,
        _words_shown,
        _question,
        _focus,
        _brief,
        _voice,
        _description,
        _praise,
        _unsupported,
    )
    for step in steps:
        turn = step(message)
        if turn is not None:
            return _no_scene_for_a_part(message, _gated(message, turn) if step in _GATED else turn)
    return _no_scene_for_a_part(message, _gated(message, _Edits(message).read()))


def _captions_off_too(
    raw: str,
    project: AdProject,
    has_attachment: bool,
    state: ConversationState | None,
    family: Callable[[], VariantFamily | None] | None,
) -> ParsedTurn | None:
    """ "hook text bigger, captions off, and music down": the rest read on its own, then the
    captions off (:func:`ad_lengths.without_captions_off`); None when the rest is not all
    understood."""
    rest = without_captions_off(raw)
    if not rest:
        return None
    turn = parse_message(rest, project, has_attachment=has_attachment, state=state, family=family)
    if turn.question or turn.unknown or turn.ignored or not turn.operations or turn.brief or turn.switch_to:
        return None
    if any(isinstance(op, (ops.Undo, ops.Redo, ops.UpdateCaptions)) for op in turn.operations):
        return None
    return replace(turn, operations=[*turn.operations, ops.UpdateCaptions(enabled=False)])


def _no_scene_for_a_part(m: Message, turn: ParsedTurn) -> ParsedTurn:
    """ "drop the time from the end card" removed the end card: the words to remove are asked."""
    part = part_of_words(m.masked) if m.project is not None else None
    if part is None or not any(isinstance(op, ops.RemoveScene) for op in turn.operations):
        return turn
    return ParsedTurn(
        question=(
            f"I haven't removed anything. Which words are the {part}? Say them in quotes "
            f"(e.g. “remove '…' from the end card”), or give the scene's new text."
        )
    )


# "bring back the problem scene", "restore the showcase", "put the testimonial back": the scene the
# last request removed, named as that request named it.
_BRING_BACK_NAMED_RE = re.compile(
    r"^\W*(?:(?:ok(?:ay)?|actually|hmm+|wait|no|oh|oops|please|pls|sorry)\b[\s,.!]*)*"
    r"(?:(?:can|could)\s+you\s+(?:please\s+)?)?"
    r"(?:(?P<v>bring|put|add)\s+back|restore|re-?add|undelete)\s+(?:the\s+|that\s+|my\s+)?(?P<what>[a-z][\w\s'-]{1,40}?)"
    r"(?:\s+scene)?(?:\s+(?:please|pls|again|after\s+all))*\W*$"
    r"|^\W*(?:(?:ok(?:ay)?|actually|hmm+|wait|no|oh|oops|please|pls|sorry)\b[\s,.!]*)*"
    r"(?:bring|put|add)\s+(?:the\s+|that\s+|my\s+)?(?P<what2>[a-z][\w\s'-]{1,40}?)(?:\s+scene)?\s+back"
    r"(?:\s+(?:please|pls|in|again|after\s+all))*\W*$",
    re.I,
)


# "shorten the hook to 3 s without changing the total length", "…, keep the total the same": a
# scene's new length, the ad's kept (sweep 40: the total followed the scene, or the 3 s was read
# as the ad's length and refused). The other scenes share the difference, by their lengths.
_TOTAL_KEPT_RE = re.compile(
    r"\s*(?:[,;]\s*|\s+)(?:(?:and|but|while|just)\s+)?(?:"
    r"without\s+changing\s+the\s+(?:total|overall|ad'?s?)\s*(?:length|duration|running\s+time|time)?"
    r"|keep(?:ing)?\s+the\s+(?:total|overall)(?:\s+(?:length|duration|running\s+time|time))?\s+(?:the\s+same|as\s+(?:it\s+)?is|unchanged)"
    r"|keep(?:ing)?\s+the\s+(?:total|overall)(?:\s+(?:length|duration|running\s+time|time))?"
    r"|(?:the\s+)?(?:total|overall)\s+(?:length\s+|duration\s+)?(?:should\s+)?stays?\s+the\s+same"
    r"|keep(?:ing)?\s+(?:the\s+(?:ad|video|whole\s+(?:ad|thing))|it)\s+at\s+(?P<n>\d+(?:\.\d+)?)\s*(?:s|secs?|seconds)"
    r")\s*(?:please|pls)?[\s.!]*$",
    re.I,
)


def _bring_back_removed(m: Message) -> ParsedTurn | None:
    """ "bring back the problem scene" right after "remove the problem scene": undone (the scene
    named is in the ad no more; read as a scene it was "no such scene")."""
    state = m.state
    if m.project is None or not state.last_operations or not state.last_request:
        return None
    if any(op.get("operation") != "remove_scene" for op in state.last_operations):
        return None
    if any(op.get("sceneId") in {s.id for s in m.project.scenes} for op in state.last_operations):
        return None  # (already back)
    found = _BRING_BACK_NAMED_RE.match(m.plain)
    if found is None:
        return None
    what = (found.group("what") or found.group("what2") or "").lower()
    words = [w for w in re.findall(r"[a-z][\w'-]*", what) if w not in ("the", "scene", "one", "part", "bit")]
    said = set(re.findall(r"[a-z][\w'-]*", state.last_request.lower()))
    if not words or not all(w in said for w in words):
        return None  # ("bring back the testimonial" after "remove scene 2": not said to be that one)
    if any(r.ids and not r.error for r in find_scene_refs(what, m.project, [])):
        return None  # a scene of that name is still in the ad
    removed = [str(op["sceneId"]) for op in state.last_operations]
    return ParsedTurn(operations=[ops.Undo()], scene_ids=removed, topic="scene")


def _brought_back(project: AdProject, state: ConversationState) -> list[str]:
    """The scenes the last request removed that are in the ad again (an undo brought them back):
    "make it 5 seconds instead" after it is that scene's length, never the whole ad's."""
    removed = [op.get("sceneId") for op in state.last_operations if op.get("operation") == "remove_scene"]
    if not removed or len(removed) != len(state.last_operations) or state.scene_ids != removed:
        return []
    ids = {s.id for s in project.scenes}
    return [str(sid) for sid in removed if sid in ids]


def _new_fact(m: Message) -> ParsedTurn | None:
    """ "new phone number 555-0199", "price is now $649k": the scene showing that kind of fact gets
    the new one (or which scene should is asked; :mod:`new_facts`)."""
    return new_fact(m.raw, m.project, quoted=bool(m.quotes))


def _scene_subject(m: Message) -> ParsedTurn | None:
    """ "make the problem scene about slow drains": that scene's background (:mod:`scene_subjects`)."""
    return scene_subject(m.masked, m.project, m.quotes)


def _self_cancelled(m: Message) -> ParsedTurn | None:
    """ "doors card red, no hang on, ignore that": taken back in the same message (:mod:`self_cancelled`)."""
    return self_cancelled(m.raw)


def _retraction(m: Message) -> ParsedTurn | None:
    """A message that only takes back the last one ("scratch that", "never mind, keep it as it was")."""
    undo = retraction(m.raw, m.project, m.state)
    if undo:
        return ParsedTurn(operations=undo)
    rest = retraction_then(m.raw, m.project, m.state)
    if rest is None or m.project is None:
        return None
    # "scratch that. make it red": the last request undone, then the new one (read on its own; a
    # question or a part not understood is answered as it would be, and nothing is undone)
    then = parse_message(rest, m.project, state=m.state, family=m.family)
    if then.question or then.unknown or then.ignored or not then.operations or then.brief or then.switch_to:
        return None
    if any(isinstance(op, (ops.Undo, ops.Redo)) for op in then.operations):
        return None  # "never mind, leave the orange": the rest takes it back itself (read as before)
    if _relative_again(rest, m.state.last_operations, then.operations):
        # "louder" then "scratch that. make it quieter": quieter than before "louder", which only
        # the undone version knows; asked rather than guessed
        return ParsedTurn(
            question=(
                f"Should I undo the last change and then “{rest.rstrip('.!')}” from there? Say “undo” first, "
                "then say it again. (Nothing changed.)"
            )
        )
    return replace(then, operations=[ops.Undo(), *then.operations])


_RELATIVE_RE = re.compile(
    r"\b(?:more|less|bit|little|bigger|smaller|larger|louder|quieter|softer|higher|lower|longer|shorter|brighter|"
    r"darker|faster|slower|calmer|warmer|cooler|lighter|bolder|thicker|thinner|wider|narrower|stronger|weaker)\b",
    re.I,
)
_QUOTED_RE = re.compile(r"[\"“”‘’'][^\"“”‘’']*[\"“”‘’']")


def _relative_again(rest: str, last: list[dict[str, Any]], new: list[Any]) -> bool:
    """Whether ``rest`` changes again, by a step from the current value, what the last request set."""
    if not _RELATIVE_RE.search(_QUOTED_RE.sub(" ", rest)):
        return False
    touched = {
        (op.get("operation"), op.get("sceneId"), key)
        for op in last
        for key in op
        if key not in ("operation", "sceneId")
    }
    for op in new:
        data = op.model_dump(by_alias=True, exclude_none=True) if hasattr(op, "model_dump") else dict(op)
        for key in data:
            if (
                key not in ("operation", "sceneId")
                and (data.get("operation"), data.get("sceneId"), key) in touched
            ):
                return True
    return False


# "hook is bigger now. both, actually", "make the cta text bigger too. both versions": a request,
# then "both" said after it (round twenty-nine: the trailing word was dropped, one version changed)
_BOTH_AFTER_RE = re.compile(
    r"^(?P<body>.+?)\s*[.,;!:-]+\s*(?:(?:actually|oh|wait|no|and|hmm+|sorry)[\s,]+)*(?:do\s+(?:it\s+(?:on|in|for)\s+)?|on\s+|in\s+|for\s+)?"
    r"(?:both|both\s+(?:versions|variants|ads|ones|of\s+them)|all\s+(?:the\s+)?(?:versions|variants))"
    r"(?:[\s,]+(?:actually|please|pls|too|then))*\W*$",
    re.I | re.S,
)


_ADDED_ON_RE = re.compile(r"^\W*(?:and|also|plus|\+|&)\b|\b(?:too|as\s+well|also)\W*$", re.I)


def _both_versions_after(m: Message) -> ParsedTurn | None:
    """A request with "both, actually" after it: on every version of the ad when it has versions,
    else asked which two things (nothing changed)."""
    said = _BOTH_AFTER_RE.match(m.raw.strip())
    if said is None or m.project is None or m.state.pending is not None:
        return None
    body = said.group("body").strip()
    family = m.family()
    members = family.members() if family is not None and family.variants else []
    if not members:
        read = parse_message(body, m.project, state=m.state, family=m.family)
        if (
            read.operations
            and not (read.question or read.unknown or read.ignored)
            and (
                len({getattr(op, "scene_id", None) for op in read.operations}) > 1
                or _ADDED_ON_RE.search(body)
            )
        ):
            # "make the hook and the cta bigger. both, actually": the two it names; "and the end card.
            # both, actually" after the hook's change: the one it adds
            return read
        return ParsedTurn(
            question=(
                f"“Both” of what? This ad has one version; say which parts should get “{body.rstrip('.!')}”, "
                "e.g. “the hook and the cta”. (Nothing changed.)"
            )
        )
    here = m.project.project_id
    order = [pid for _, pid in members if pid == here] + [pid for _, pid in members if pid != here]
    made: list[tuple[str, ParsedTurn]] = []
    for pid in order:
        target = m.project if pid == here else family.project(pid)  # type: ignore[union-attr]
        if target is None:
            return None
        state = m.state if pid == here else ConversationState(project_id=pid)
        read = parse_message(body, target, state=state, family=m.family)
        if (
            not read.operations
            or read.question
            or read.unknown
            or read.ignored
            or read.switch_to
            or read.brief
        ):
            return None
        made.append((pid, read))
    first_id, turn = made[0]
    if first_id != here:
        turn.switch_to = first_id
    turn.also_versions = [(pid, list(read.operations)) for pid, read in made[1:]]
    return turn


def _statement(m: Message) -> ParsedTurn | None:
    """ "the hook is darker than the cta": a comparison, asked which way (or the music down under the
    voice; :mod:`statements`)."""
    return compared(m.plain, m.project, _plain_request)


def _description(m: Message) -> ParsedTurn | None:
    """ "it looks like a movie", "hmm, the cta is red": a description, nothing changes (:mod:`statements`)."""
    return described(m.plain, m.project, m.raw, _plain_request)


def _plain_request(text: str, project: AdProject) -> list[Any] | None:
    """The operations a plain request of the statements' own words makes, or None."""
    turn = parse_message(text, project)
    return None if turn.question or turn.unknown or not turn.operations else list(turn.operations)


def _mention(m: Message) -> ParsedTurn | None:
    """ "mention our 24 hour brew in the showcase": replace its words or add the claim (:mod:`mention`)."""
    return mention(m.plain, m.project)


def _text_part(m: Message) -> ParsedTurn | None:
    """ "change 'today' to 'now' on the cta", "add ™ to Volt One", "the vo has to end with 'X'":
    part of a text changed, the rest kept (:mod:`text_parts`)."""
    return part_of_text(m.raw, m.project) or picture_size(m.masked, m.project)


def _banned_word(m: Message) -> ParsedTurn | None:
    """ "legal says we can't say 'best' anywhere": which scenes say it, nothing changed (:mod:`banned_words`)."""
    return banned_word_check(m.plain, m.project, m.quotes)


def _in_plain_english(raw: str) -> str:
    """``raw`` with its regional English (:mod:`regional`) in plain English, outside its quotes."""
    masked, quotes = mask_quotes(raw)
    # (a text typed without quotes after "say", "cta:" … keeps its words: "cta: Buy now o")
    end = text_cue_end(masked)
    if PLACEHOLDER_RE.match(masked[end:].lstrip()):
        end = len(masked)  # ("say 'Buy now' lah": the copy is quoted, what follows it is chat)
    plain = regional_english(masked[:end]) + masked[end:]
    return raw if plain == masked else unmask(plain, quotes)


def _total_kept(
    raw: str,
    project: AdProject | None,
    has_attachment: bool,
    state: ConversationState | None,
    family: Callable[[], VariantFamily | None] | None,
) -> ParsedTurn | None:
    """A scene's length changed with the ad's total kept: the other scenes share the difference."""
    m = _TOTAL_KEPT_RE.search(raw)
    if project is None or m is None or m.start() == 0:
        return None
    if m.group("n") is not None and abs(float(m.group("n")) - float(project.duration_sec)) > 0.01:
        return None  # "…, and keep the ad at 15 s" when it is 20: a new total, read as before
    turn = parse_message(raw[: m.start()], project, has_attachment=has_attachment, state=state, family=family)
    lengths = [op for op in turn.operations if isinstance(op, ops.UpdateScene)]
    if (
        turn.question
        or not lengths
        or len(lengths) != len(turn.operations)
        or any(op.duration_sec is None or op.background_prompt is not None for op in lengths)
    ):
        return None
    changed = {op.scene_id: float(op.duration_sec) for op in lengths}
    others = [s for s in project.scenes if s.id not in changed]
    old = {s.id: float(s.duration_sec) for s in project.scenes}
    delta = sum(changed.values()) - sum(old[i] for i in changed)
    pool = sum(float(s.duration_sec) for s in others)
    if not others or pool - delta < len(others):
        return None
    extra: list[Any] = []
    given = 0.0
    for i, scene in enumerate(others):
        if i == len(others) - 1:
            share = round(-delta - given, 2)
        else:
            share = round(-delta * float(scene.duration_sec) / pool, 2)
            given += share
        extra.append(
            ops.UpdateScene(scene_id=scene.id, duration_sec=round(float(scene.duration_sec) + share, 2))
        )
    turn.operations = [*turn.operations, *extra]
    turn.scene_ids = [*changed, *(s.id for s in others)]
    return turn


def _word_removal(m: Message) -> ParsedTurn | None:
    """ "remove the word 'today' from the cta": those words out of that scene's text (:mod:`word_removal`)."""
    removal = removed_words(m.masked, m.project, m.quotes)
    if removal is None:
        return None
    if removal.problem:
        return ParsedTurn(unknown=removal.problem, scene_ids=removal.scene_ids, topic="overlay")
    return ParsedTurn(operations=removal.operations, scene_ids=removal.scene_ids, topic="overlay")


def _shared(m: Message) -> ParsedTurn | None:
    """ "the hook text and the cta text should be the same size", all the message says: read whole,
    since splitting it at "and" would leave the second half to be read as new words."""
    if m.project is None or re.search(r"[,;\n]|\b(?:also|then|plus)\b", m.masked, re.I):
        return None
    shared = followups.shared_field(m.masked, m.project)
    if isinstance(shared, PendingQuestion):
        return ParsedTurn(question=shared.question, pending=shared)
    if shared is not None and shared.ops:
        return ParsedTurn(operations=list(shared.ops), scene_ids=shared.targets, topic=shared.topic)
    if shared is not None:
        return ParsedTurn(answer=shared.note)
    return None


def _left_out(m: Message) -> ParsedTurn | None:
    """ "all the text bigger except the cta": the rest read without the excluding phrase, then
    narrowed to the other scenes (:mod:`exclusions`); None when no scene is left out, or the rest
    is no edit."""
    exclusion = find_exclusion(m.masked, m.project, m.quotes)
    if exclusion is None or m.project is None:
        return None
    # ("make the text bigger, keep the cta as it is": the scenes left out say the others are meant,
    # so the rest's spread over them is asked for, never a question)
    token = _SPREAD_SAID.set(True)
    try:
        turn = parse_message(
            unmask(every_scene_said(exclusion.text), m.quotes),
            m.project,
            has_attachment=m.has_attachment,
            state=m.state,
            family=m.family,
        )
    finally:
        _SPREAD_SAID.reset(token)
    if not turn.operations or turn.question or turn.unknown:
        return None
    project = m.project
    kept, whole_ad = narrowed(
        _lengths_of_the_others(turn.operations, project, exclusion.scene_ids), exclusion.scene_ids
    )
    as_text = palette_as_text_colour(whole_ad, project, exclusion.scene_ids)  # "everything but X in yellow"
    if as_text is not None:
        kept, whole_ad = [*kept, *as_text], []
    if whole_ad:
        everything = [*kept, *whole_ad]
        reading = _describe(everything, project)
        question = (
            f"That changes the whole ad, {exclusion.words} included: {reading}. "
            "Do it anyway? Say “yes”, or tell me what to change in the other scenes."
        )
        asked = ParsedTurn(question=question)
        asked.pending = PendingQuestion(
            question,
            [
                PendingOption("yes", list(YES_WORDS), [op.to_wire() for op in everything]),
                PendingOption("no", list(NO_WORDS), []),
            ],
        )
        return asked
    if not kept:
        return ParsedTurn(
            question=f"That would change only {exclusion.words}, which you asked me to leave as it is. "
            "Which scenes should change?"
        )
    turn.operations = kept
    if turn.scene_ids:
        turn.scene_ids = [i for i in turn.scene_ids if i not in exclusion.scene_ids]
    return turn


def _lengths_of_the_others(operations: list[Any], project: AdProject, left_out: tuple[str, ...]) -> list[Any]:
    """ "keep the hook, make everything else a bit faster": the ad's new length is a step for
    each scene but those left out, so each of the others gets the same share of its length; the
    scenes left out keep theirs (the ad's total moves by the difference)."""
    total = sum(s.duration_sec for s in project.scenes)
    out: list[Any] = []
    for op in operations:
        if op.operation != "set_duration" or total <= 0:
            out.append(op)
            continue
        factor = op.duration_sec / total
        out += [
            ops.parse_operation(
                {
                    "operation": "update_scene",
                    "sceneId": s.id,
                    "durationSec": round(max(0.5, s.duration_sec * factor), 2),
                }
            )
            for s in project.scenes
            if s.id not in left_out
        ]
    return out


# Off while the gate reads a message another way (a rival word, a word left out).
_GATING: ContextVar[bool] = ContextVar("gating", default=True)
# On while a message that left scenes out is read without them: the others are the ones meant.
_SPREAD_SAID: ContextVar[bool] = ContextVar("spread_said", default=False)


def _gated(m: Message, turn: ParsedTurn) -> ParsedTurn:
    """Edits that rest on a doubtful word are asked about, not applied (:mod:`confirm`): a word
    the reading left out, or a typo another close word would have read differently."""
    if m.project is None or not turn.operations or turn.question or turn.unknown or not _GATING.get():
        return turn
    project = m.project
    if m.untranslated:
        # "sube la música un pelo": "pelo" untranslated, so "louder" alone was read (asked before
        # the doubtful words are weighed: each of those is a parse of its own)
        why = f"I didn't understand “{' '.join(m.untranslated)}”, so this may not be all you asked"
        return confirmation(turn, [], lambda operations: _describe(operations, project), why)
    known = document_words(project) | value_words(turn.operations)
    roles = frozenset(w for s in project.scenes for w in s.role.split("_"))
    doubtful = blocking([d for d in doubts(m.masked, known, roles) if _matters(m, d, turn)])
    if not doubtful:
        # "on the B version make the cta white": the version that exists, not a new one.
        family = m.family()
        existing = existing_version(m.masked, turn, family, project.project_id)
        if existing is not None:
            return existing
        # "switch the brand font over to Lora": the request's own words taken for the value.
        odd = odd_value(list(turn.operations), m.quotes, m.raw)
        if odd is not None:
            return confirmation(turn, [], lambda operations: _describe(operations, project), odd_why(odd))
        # "version 3 had a better hook", "the word 'Bold' is too loud": another version's scene
        # or quoted words pointed at, never a new take or the music's volume.
        pointed = other_version_better(m.masked, list(turn.operations)) or quoted_state(
            m.masked, list(turn.operations), m.quotes
        )
        if pointed is not None:
            return ParsedTurn(question=pointed, scene_ids=turn.scene_ids, topic=turn.topic)
        # "the word 'fresh' should be in the hook too": added to its words, or instead of them?
        also = also_quoted(m.masked, list(turn.operations), project, m.quotes)
        if also is not None:
            return also
        # "the green cilantro pops": a colour named to point at a thing, never one to use.
        colour = pointing_colour(m.masked, list(turn.operations))
        pointer = pointing_why(colour) if colour else number_pointer(m.masked, list(turn.operations), project)
        if pointer is not None:
            return confirmation(turn, [], lambda operations: _describe(operations, project), pointer)
        # "B test: opener 'Hot sleeper?'": a version asked for, read as a change to this ad.
        if version_doubt(m.masked, turn, family.label_of(project.project_id) if family else None):
            return version_question(turn, family, lambda operations: _describe(operations, project))
        # "make the wick close-up darker": a scene named in words no reference placed, and an
        # edit of the whole ad.
        remembered = bool(m.state.scene_ids) and m.state.project_id in (None, project.project_id)
        words = unplaced_scene(_corrected(m), project, m.quotes, list(turn.operations), remembered)
        if words is not None:
            return confirmation(
                turn, [], lambda operations: _describe(operations, project), unplaced_why(words)
            )
        # "move the featherlite txt to the top": one scene named in its words, every scene changed
        # (after the question that names the unplaced words, which says more)
        spread = (
            []
            if _SPREAD_SAID.get()
            else still_asked(m.masked, m.state.pending, list(turn.operations), project, m.quotes)
            or spread_scenes(
                _corrected(m), without_taken_back(turn.operations, m.state.last_operations), project, m.quotes
            )
        )
        if spread:
            return spread_question(turn, spread, project, lambda operations: _describe(operations, project))
        # "way too busy, there's text everywhere": the part about the text was not read.
        part = unread_subject(turn.ignored, list(turn.operations))
        if part is None:
            return turn
        return confirmation(turn, [], lambda operations: _describe(operations, project), unread_why(part))
    return confirmation(turn, doubtful, lambda operations: _describe(operations, project))


def _matters(m: Message, doubt: Any, turn: ParsedTurn) -> bool:
    """A guess (or a rare word) another close word would read differently, or a word the
    reading left out."""
    if doubt.is_guess:
        return any(_reads_otherwise(m, doubt, rival, turn) for rival in doubt.rivals)
    if doubt.rivals:  # a rare word: only another operation or scene counts, not another value
        return any(_reads_otherwise(m, doubt, rival, turn, what_only=True) for rival in doubt.rivals)
    sure = swapped_everyday(doubt.typed)
    if sure is not None and not _reads_otherwise(m, doubt, sure, turn, left_out=True):
        return False  # "undo taht", "cna you …": the word it surely is reads the same
    return not _reads_otherwise(m, doubt, "", turn, left_out=True)


def _reads_otherwise(
    m: Message, doubt: Any, rival: str, turn: ParsedTurn, *, left_out: bool = False, what_only: bool = False
) -> bool:
    """The message with ``rival`` for the doubtful word gives another reading (edits, a switch,
    a brief); with ``left_out``, the message without the word gives any other outcome at all."""
    text = re.sub(rf"(?<![\w#']){re.escape(doubt.typed)}(?![\w])", rival, m.raw, count=1, flags=re.I)
    token = _GATING.set(False)
    try:
        other = parse_message(
            text, m.project, has_attachment=m.has_attachment, state=m.state, family=m.family
        )
    finally:
        _GATING.reset(token)
    if other.switch_to or other.brief is not None:
        return True
    mine = [op.to_wire() for op in turn.operations]
    theirs = [op.to_wire() for op in other.operations]
    if what_only:
        return bool(theirs) and _signature(other.operations) != _signature(turn.operations)
    if left_out:
        return theirs != mine or bool(other.question or other.unknown)
    return bool(theirs) and theirs != mine


def _corrected(m: Message) -> str:
    """The message with its typos corrected too (``plain`` only expands shorthand)."""
    return normalise(m.masked, known=document_words(m.project) if m.project is not None else frozenset())


def _empty(project: AdProject | None, has_attachment: bool) -> ParsedTurn:
    turn = ParsedTurn()
    if has_attachment and project is not None:
        turn.replace_product = True
    elif has_attachment:
        turn.question = "Nice photo! What should the ad be about: the product, brand, length and mood?"
    else:
        turn.unknown = EMPTY_TEXT
    return turn


# --- steps before edits ----------------------------------------------------------------------


def _words_about(m: Message) -> ParsedTurn | None:
    """ "something about glowing skin" after "What should the hook text say instead?" (:mod:`asked_words`)."""
    return words_about(m.plain, m.project, m.state)


def _answer_to_pending(m: Message) -> ParsedTurn | None:
    """ "the text" after "Do you mean the hook's text colour, or the whole ad's palette?";
    "sorry, scene 3" / "fine, 24 then" after a refusal: the refused message read again."""
    pending = m.state.pending
    if pending is None or m.project is None:
        return None
    if pending.retry and pending.value_kind == SHOWN_KIND:  # "it's (555) 014-3300, same wording otherwise"
        fixed = corrected_shown(unmask(m.plain, m.quotes), pending.retry, m.project)
        if fixed is None:
            return None
        return ParsedTurn(
            operations=[ops.parse_operation(fixed)], scene_ids=[fixed["sceneId"]], topic="overlay"
        )
    if pending.retry and pending.value_kind == _VERSION_KIND:
        return _versions_answered(m, pending.retry)
    if pending.retry:
        filled = retry.fill(pending.retry, pending.value_kind, m.raw, m.project, pending.offered)
        if filled is None:
            return _named_twice(m) if pending.value_kind == "scene" else None
        again = replace(m.state, pending=None)
        turn = parse_message(
            filled.text, m.project, has_attachment=m.has_attachment, state=again, family=m.family
        )
        if pending.value_kind == retry.VARIANT_BODY and not any(
            op.operation == "create_variation" for op in turn.operations
        ):
            return None  # the reply was no difference for the variant: a message of its own
        if pending.value_kind == "scene" and len(turn.operations) > 1:
            # the message read again: what it already did ("…and the ending should say 'x'") is not done twice
            turn.operations = [op for op in turn.operations if _changes_something(m.project, [op])]
        longest = (
            retry.longest_by_scenes(m.project)
            if pending.value_kind == "ad_duration" and filled.limit == "max"
            else None
        )
        if longest:
            # "fine, then the longest you can do": the longest an ad can be, each scene given its
            # share (none over 30 s), rather than the scenes scaled together (which stop sooner);
            # asked first when it is less than the 120 s the refusal named (too few scenes)
            turn = ParsedTurn(operations=[ops.parse_operation(op) for op in longest], topic="timing")
            turn.scene_ids = [op["sceneId"] for op in longest]
            if not filled.bound_note:
                return turn
        if filled.bound_note and turn.operations:
            # "the max" that is less than the marketer may think: say so, and ask first.
            wire = [op.to_wire() for op in turn.operations]
            question = f"{filled.bound_note} Shall I do that?"
            asked = ParsedTurn(question=question)
            asked.pending = PendingQuestion(
                question,
                [PendingOption("yes", ["yes", "ok", "okay", "sure", "do it", "yes please", "fine"], wire)],
            )
            return asked
        return turn
    # (a colour said the long way, "the same colour as the cta text", rewritten as its code: the
    # message's length as typed decides whether it is an answer)
    rewritten = "#" in m.plain and "#" not in m.raw
    option = pending.choose(unmask(m.plain, m.quotes), typed=m.raw if rewritten else None)
    scoped = answer_for_scenes(unmask(m.plain, m.quotes), pending, m.project, option)
    if scoped is not None:  # "the hook text" after "the text or the product?": the hook's only
        return ParsedTurn(operations=[ops.parse_operation(op) for op in scoped[0]], scene_ids=scoped[1])
    if option is None:
        return None
    if not option.operations:
        return ParsedTurn(unknown=DROPPED_TEXT)  # "no" to "Did you mean: …?"
    much = _much_more_volume(m, option.operations)
    if much is not None:
        return much
    turn = ParsedTurn(operations=[ops.parse_operation(op) for op in option.operations])
    turn.scene_ids = [op["sceneId"] for op in option.operations if op.get("sceneId")]
    return turn


_VERSION_KIND = "version"
# "both", "both of them", "all of them", "each one", "B and C": every version the question offered
_EVERY_VERSION_RE = re.compile(
    r"^\W*(?:(?:ok(?:ay)?|yes|yeah|um+|hmm+|oh|sorry|well)\b[\s,.!]*)*(?:(?:do|change|make\s+it|apply\s+it\s+to|on|in)\s+)?"
    r"(?:both(?:\s+of\s+them)?|all(?:\s+of\s+them|\s+(?:the\s+)?(?:versions|variants))?|each(?:\s+one|\s+of\s+them)?|every\s+(?:one|version)"
    r"|both\s+(?:versions|variants|ones))(?:\s+(?:please|pls|versions|then|actually|too))*\W*$",
    re.I,
)
_ONE_VERSION_RE = re.compile(
    r"^\W*(?:(?:ok(?:ay)?|yes|yeah|um+|hmm+|oh|sorry|well)\b[\s,.!]*)*(?:(?:on|in|for|version|variant)\s+)*"
    r"(?:the\s+)?(?P<l>[a-g])(?:\s+(?:one|version|variant))?(?:\s+(?:please|pls|then))*\W*$",
    re.I,
)


def _versions_answered(m: Message, edit: str) -> ParsedTurn | None:
    """The answer to "Which version should change: B or C?": the kept edit on the version named,
    or on each of them in turn ("both of them"); None when the reply is no such answer."""
    family = m.family()
    if family is None or m.project is None:
        return None
    offered = [(name, pid) for name, pid in family.members() if pid != m.project.project_id]
    one = _ONE_VERSION_RE.match(m.plain)
    if one is not None:
        chosen = [(n, pid) for n, pid in offered if n.lower() == one.group("l").lower()]
    elif _EVERY_VERSION_RE.match(m.plain):
        chosen = offered
    else:
        return None
    if not chosen:
        return None
    made: list[tuple[str, ParsedTurn]] = []
    for _, pid in chosen:
        target = family.project(pid)
        if target is None:
            return None
        read = parse_message(edit, target, state=ConversationState(project_id=pid), family=m.family)
        if not read.operations or read.question or read.unknown or read.switch_to or read.brief is not None:
            return None  # (asked once more of one version: not made on the others blind)
        made.append((pid, read))
    first_id, turn = made[0]
    turn.switch_to = first_id
    turn.also_versions = [(pid, list(read.operations)) for pid, read in made[1:]]
    return turn


# "the second one, the folding one": two ways of naming one scene, one after the other.
_TWO_NAMES_RE = re.compile(r"\s*(?:,|;|\s[-\u2013\u2014]\s|\bi\s+mean\b|\bi\.?e\.?)\s*", re.I)


def _named_twice(m: Message) -> ParsedTurn | None:
    """The answer to "which scene?" given twice over ("the second one, the folding one"): each
    part read as the answer on its own; taken only when both read the same."""
    parts = [p for p in _TWO_NAMES_RE.split(m.raw.strip()) if p and p.strip()]
    if len(parts) != 2:
        return None
    turns = [
        parse_message(p, m.project, has_attachment=m.has_attachment, state=m.state, family=m.family)
        for p in parts
    ]
    wires = [[op.to_wire() for op in t.operations] for t in turns]
    if not wires[0] or wires[0] != wires[1] or any(t.question or t.switch_to for t in turns):
        return None
    return turns[0]


def _even_lengths(m: Message) -> ParsedTurn | None:
    """ "make them all equal" after "How long should the ad be?": every scene the same length."""
    if m.project is None or m.state.project_id not in (None, m.project.project_id):
        return None
    found = even_lengths(m.plain, m.project, m.state)
    if found is None:
        return None
    if not found.ops:
        return ParsedTurn(unknown="Every scene is already the same length.", topic="scene")
    return ParsedTurn(operations=list(found.ops), scene_ids=found.targets, topic="scene")


def _whole_order(m: Message) -> ParsedTurn | None:
    """ "change the order to cta first", "hook, cta, showcase": the scenes in that order."""
    if m.project is None or m.state.project_id not in (None, m.project.project_id):
        return None
    found = whole_order(m.plain, m.project)
    if found is None:
        return None
    if found.question:
        return ParsedTurn(question=found.question, topic="scene")
    operations = order_operations(found, m.project)
    if not operations:
        return ParsedTurn(unknown="The scenes are already in that order.", topic="scene")
    return ParsedTurn(operations=list(operations), scene_ids=list(found.order), topic="scene")


def _borrowed(m: Message) -> ParsedTurn | None:
    """ "and the music too" after "the hook needs more energy": the music, made more energetic
    (:mod:`borrowed`); only when the request it stands for is read as an edit."""
    if (
        m.project is None
        or m.state.pending is not None
        or m.state.project_id not in (None, m.project.project_id)
    ):
        return None
    rewritten = borrowed_request(m.plain, m.state)
    if rewritten is None:
        return None
    turn = parse_message(
        rewritten, m.project, has_attachment=m.has_attachment, state=m.state, family=m.family
    )
    return turn if turn.operations and not turn.question else None


def _asked_voice(m: Message) -> ParsedTurn | None:
    """ "change that to '…'" after a question answered with one scene's voice-over."""
    return change_asked_voice(m.masked, m.quotes, m.project, m.state)


def _value_again(m: Message) -> ParsedTurn | None:
    """ "make it 15 instead" after "…, 20s, …": the number takes the last request's unit."""
    if m.project is None or m.state.pending is not None:
        return None
    last = m.state.last_request
    undone = history_operations(last or "", m.project)
    if undone and all(op.operation == "undo" for op in undone):
        # "make it 3 instead" right after an undo: instead of the change undone
        last = retry.request_of(m.state.last_operations)
    rewritten = retry.borrowed_unit(m.raw, last)
    if rewritten is None and m.state.last_question:
        ids = [s.id for s in m.project.scenes]
        named = [f"scene {ids.index(i) + 1}" for i in m.state.scene_ids if i in ids]
        rewritten = retry.unit_of_topic(m.raw, m.state.topic, named[0] if len(named) == 1 else None)
        rewritten = rewritten or retry.it_of_topic(m.raw, m.state.topic)
    if rewritten is None:
        return None
    turn = parse_message(
        rewritten, m.project, has_attachment=m.has_attachment, state=m.state, family=m.family
    )
    return _amount_again(turn, m) or turn


def _amount_again(turn: ParsedTurn, m: Message) -> ParsedTurn | None:
    """ "make the hook 1 second longer" -> "no, 2": after a length changed by an amount, a bare
    number is that amount when, as a length, it would go the other way (2 s from 4 s is shorter,
    never longer); asked when both readings go the way the last change went ("take 2 s off the
    showcase" -> "no, 3": 3 s long, or 3 s shorter?)."""
    last = m.state.last_operations
    if (
        m.project is None
        or not followups.changed_by_amount(m.state.last_request or "")
        or len(last) != 1
        or len(turn.operations) != 1
        or not isinstance(turn.operations[0], ops.UpdateScene)
        or turn.operations[0].duration_sec is None
        or last[0].get("operation") != "update_scene"
        or last[0].get("sceneId") != turn.operations[0].scene_id
        or not isinstance((last[0].get("before") or {}).get("durationSec"), int | float)
        or not isinstance(last[0].get("durationSec"), int | float)
    ):
        return None
    was = float(last[0]["before"]["durationSec"])
    way = 1 if float(last[0]["durationSec"]) > was else -1
    value = float(turn.operations[0].duration_sec)
    said = re.search(r"\d+(?:\.\d+)?", m.raw)
    if said is not None and float(said.group(0)) != value:
        return None  # (the correction already read the number as the amount: corrected_amounts)
    amount = round(was + way * value, 2)
    if amount <= 0:
        return None  # (as an amount it cannot be: a length, read as before)
    if (value - was) * way <= 0:
        op = turn.operations[0]
        turn.operations = [ops.UpdateScene(scene_id=op.scene_id, duration_sec=amount)]
        return turn
    longer = "longer" if way > 0 else "shorter"
    return ParsedTurn(
        question=f"{value:g} s long, or {value:g} s {longer} than the {was:g} s it was ({amount:g} s)?"
    )


def _retry_for(m: Message, clause: str, error: str, project: AdProject) -> PendingQuestion | None:
    """A refusal for one wrong value keeps the message, so the next reply can correct it."""
    wrong = next((r for r in find_scene_refs(clause, project, m.quotes) if r.error), None)
    if wrong is not None:
        template, kind = retry.template_for_scene(m.raw, wrong.text), "scene"
    else:
        kind = refusals.limit_kind(error)
        template = retry.template_for_value(m.raw, unmask(clause, m.quotes)) if kind else None
    if template is None:
        return None
    return PendingQuestion(question=error, retry=template, value_kind=kind)


def _scene_retry(m: Message, clause: str, result: ClauseResult, project: AdProject) -> PendingQuestion | None:
    """ "Which scene do you mean by 'the runners scene': scene 1 or scene 3?" -> "scene 3": the
    message read again with the scene the answer names in place of the one that was unclear.
    A question that came with its own options (result.pending) stays as it was asked."""
    asked = result.pending
    if asked is not None and not isinstance(asked, WhichTextQuestion):
        return asked
    question = result.question or ""
    unclear = next((r for r in find_scene_refs(clause, project, m.quotes) if r.question), None)
    template = retry.template_for_scene(m.raw, unclear.text) if unclear is not None else None
    if unclear is None and asked is not None:
        # "add '30% OFF' somewhere" -> "put it on the last scene": the words, in the scene named
        template = f"{m.raw.rstrip(' .!?')} in {retry.MARK}"
    if template is None:
        return None
    offered = list(unclear.offered) if unclear is not None else []
    return PendingQuestion(question=question, retry=template, value_kind="scene", offered=offered)


def _cross_copy(m: Message) -> ParsedTurn | None:
    """ "copy B's cta line into A", "use that on A too": one version's words into another."""
    if m.project is None:
        return None
    found = read_cross_copy(
        unmask(m.plain, m.quotes), m.family, last_ref=m.state.project_ref, last_scenes=m.state.scene_ids
    )
    if found is None:
        return None
    turn = ParsedTurn(operations=list(found.operations))
    if found.project_id != m.project.project_id:
        turn.switch_to = found.project_id
    turn.scene_ids = [op.scene_id for op in found.operations]
    turn.topic = "overlay"
    return turn


# "actually orange" when the last message changed nothing: a correction of nothing, so what the
# colour is for is unknown (the palette would be a guess).
_BARE_CORRECTION_RE = re.compile(
    r"^\W*(?:actually|no+|nope|i\s+meant|meant|rather|instead)\b[\s,.!]*(?:make\s+it\s+|it\s+should\s+be\s+)?"
    r"(?P<v>[\w#\s-]{2,30}?)(?:\s+instead)?\W*$",
    re.I,
)


def _correction_of_nothing(m: Message) -> ParsedTurn | None:
    same = m.state.project_id in (None, m.project.project_id) if m.project is not None else False
    if m.project is None or (same and (m.state.last_operations or m.state.scene_ids or m.state.topic)):
        return None  # something in focus: the clause reader reads the colour for it
    cm = _BARE_CORRECTION_RE.match(_corrected(m))
    if cm is None:
        return None
    colours = find_colors(cm.group("v"))
    if len(colours) != 1 or colours[0].start > 0 or cm.group("v")[colours[0].end :].strip():
        return None
    return ParsedTurn(
        question=f"{cm.group('v').strip().capitalize()} for what: the whole ad's colour palette, or a text's colour "
        "(which scene)?"
    )


def _text_copy(m: Message) -> ParsedTurn | None:
    """ "and show that on screen too", "the narrator should say the same there": a text just set,
    used for another text field (:mod:`text_copies`)."""
    if m.project is None or m.state.project_id not in (None, m.project.project_id):
        return None
    found = copy_text(m.plain, m.project, m.state)
    if found is None:
        return None
    turn = ParsedTurn(operations=list(found[0]))
    turn.scene_ids = list(found[1])
    turn.topic = "overlay" if found[1] else "brand"
    return turn


def _versions_compared(m: Message) -> ParsedTurn | None:
    """ "B's hook — longer or shorter than A's?": answered from both versions, no switch."""
    said = versions_compared(m.raw, m.project, m.family())  # "A's" as typed
    return ParsedTurn(answer=said) if said is not None else None


def _words_shown(m: Message) -> ParsedTurn | None:
    """ "what call-out fee does the ad show?": the text that shows it."""
    said = words_shown(unmask(m.plain, m.quotes), m.project)
    return ParsedTurn(answer=said, asked=m.raw) if said is not None else None


def _switch(m: Message) -> ParsedTurn | None:
    """ "pick B", "ok go with A", "go back to the original", "on B, make the CTA …"."""
    if m.project is None:
        return None
    switch = None
    for text in dict.fromkeys((m.plain, _corrected(m))):  # "swicth to B": the typo read too
        switch = read_switch(
            text,
            m.family,
            describe=describe_differences,
            last_project=m.state.project_ref or _made_just_now(m),
            current=m.project.project_id,
            asking=questions.is_question(m.plain),
        )
        if switch is not None:
            break
    if switch is None:
        return None
    turn = ParsedTurn()
    if switch.project_id is None:
        if switch.asked_edit:
            # "make the end words white on the other version" with two others: asked, and the edit
            # kept for the answer ("C", "both of them")
            turn.question = switch.reason
            turn.pending = PendingQuestion(switch.reason, retry=switch.asked_edit, value_kind=_VERSION_KIND)
            return turn
        turn.unknown = switch.reason
        return turn
    if switch.same:
        # "perfect, do the same in A": the last change, made again on that version (or nothing)
        family = m.family()
        target = family.project(switch.project_id) if family is not None else None
        again = (
            followups.same_elsewhere(target, m.state)
            if target is not None and target.project_id != m.project.project_id
            else None
        )
        if again is None or simulate(target, again.ops)[1] is not None:
            return None
        turn.operations = list(again.ops)
        turn.scene_ids = again.targets
        turn.topic = again.topic
    elif switch.rest:
        # "ok B it is, now make the music chiller": the rest is for the version switched to.
        family = m.family()
        target = family.project(switch.project_id) if family is not None else None
        if target is not None:
            # ("and in B make that text yellow" while on B: the conversation's "that" still holds)
            here = target.project_id == m.project.project_id
            turn = parse_message(
                unmask(switch.rest, m.quotes),
                target,
                has_attachment=m.has_attachment,
                state=m.state if here else ConversationState(project_id=target.project_id),
                family=m.family,
            )
    if _only_version(m, switch.project_id) and not switch.rest and not switch.same:
        # "back to the normal one" with no versions made: there is only this one (nothing to re-open)
        return ParsedTurn(
            answer="This ad has only one version (no variants yet), and it is the one open: nothing changed."
        )
    turn.switch_to = switch.project_id
    return turn


def _only_version(m: Message, project_id: str | None) -> bool:
    """Whether ``project_id`` is the open ad and it has no versions besides itself."""
    if m.project is None or project_id != m.project.project_id or m.project.variation.is_variation:
        return False
    family = m.family()
    return family is None or not family.variants


def _made_just_now(m: Message) -> str | None:
    """The version the last message made ("make a variant with …" then "in that one, …": that one
    is it, the version now open), else None."""
    last = m.state.last_request
    if m.project is None or not last or not VARIATION_RE.search(last):
        return None
    return m.project.project_id


def _new_photo(m: Message) -> ParsedTurn | None:
    if m.project is None or not m.has_attachment:
        return None
    if not NEW_PHOTO_RE.search(m.plain) or VARIATION_RE.search(m.plain):
        return None
    turn = ParsedTurn(replace_product=True)
    rest = NEW_PHOTO_RE.sub(" ", m.plain)
    if RENDER_RE.search(rest):
        read_meta(rest, turn)
    return turn


def _question_again(m: Message) -> ParsedTurn | None:
    """ "how long is the hook?" then "and the cta?": the same question about other scenes."""
    if not m.state.last_question or not questions.is_follow_up(m.plain):
        return None
    answer = questions.answer_follow_up(unmask(m.plain, m.quotes), m.state.last_question, m.project)
    if answer is None:
        return None
    turn = ParsedTurn(answer=answer.text, asked=m.state.last_question)
    turn.scene_ids = answer.scene_ids or None
    return turn


DISLIKED_COLOUR_QUESTION = (
    "Noted, I haven't changed anything. Which text or scene should change, and to what colour "
    "(e.g. “make the end card text white”)?"
)
REPORT_NOTED_TEXT = "Noted, I've left the ad as it is. Tell me if you'd like anything changed."


def _colour_no_longer(m: Message) -> ParsedTurn | None:
    """ "the cta shouldn't be green anymore": which colour instead (:func:`negation.colour_no_longer`)."""
    asked = colour_no_longer(m.plain) if m.project is not None and m.state.pending is None else None
    return ParsedTurn(question=asked) if asked else None


def _past_account(m: Message) -> ParsedTurn | None:
    """ "I made the hook red earlier, it looked bad", "yesterday it was 15 s": how the ad was,
    told, with nothing asked for (:func:`reported.past_account`): nothing changes."""
    if m.project is None or m.state.pending is not None:
        return None
    if praised_as_is(m.plain) and not past_account(m.plain):
        return ParsedTurn(unknown=ACK_TEXT)  # "the cta at the bottom looks good": praise, as before
    if not past_account(m.plain):
        return None
    return ParsedTurn(unknown=REPORT_NOTED_TEXT)


def _reported(m: Message) -> ParsedTurn | None:
    """ "the client liked the red", "my partner thinks the music is too quiet, I disagree": someone
    else's words (:mod:`reported`). Waved away or praise: nothing changes; an opinion passed on:
    read as the request it passes on."""
    if m.project is None:
        return None
    report = reported(m.plain)
    if report is None:
        return None
    if report.dismissed or report.praise or not report.content:
        return ParsedTurn(unknown=REPORT_NOTED_TEXT)
    content = re.sub(
        r"\b(was|were)\b", lambda w: "is" if w.group(1).lower() == "was" else "are", report.content
    )
    read = parse_message(unmask(content, m.quotes), m.project, state=m.state)
    if report.instructed or read.operations or read.question:
        # an opinion passed on ("the team felt the showcase was too long") is a request, as the
        # marketer's own would be (dev16: feedback relayed is the request itself)
        return read
    return ParsedTurn(
        unknown="Noted. I haven't changed anything: tell me what you'd like changed, e.g. “make the hook shorter”."
    )


def _older_audience(m: Message) -> ParsedTurn | None:
    """ "my customers are in their 70s", alone: what would suit them, asked (:mod:`metrics`)."""
    asked = older_audience(m.masked, m.project)
    return ParsedTurn(question=asked.question, pending=asked) if asked is not None else None


def _missing_code(m: Message) -> ParsedTurn | None:
    """ "people keep asking where the promo code is. it's SAVE20": where it shows, asked (:mod:`missing_code`)."""
    asked = missing_code(m.raw, m.project)
    return ParsedTurn(question=asked.question, pending=asked) if asked is not None else None


def _whole_dislike(m: Message) -> ParsedTurn | None:
    """ "I hate it", "my CEO loved it. not.": what should change, asked (:mod:`whole_dislike`)."""
    if m.project is None or m.quotes:
        return None
    asked = whole_dislike(m.plain)
    if asked is not None and m.state.last_operations:
        asked += " Or say “undo” to take back the last change."  # ("I don't like it" right after one)
    return ParsedTurn(question=asked) if asked is not None else None


_MUCH_RE = re.compile(r"\b(?:much|way|really|very|super|a\s+lot|loads?)\b", re.I)


def _much_more_volume(m: Message, operations: list[dict[str, Any]]) -> ParsedTurn | None:
    """ "not off, just really low" to "quieter, a calmer mood, or no music at all?": the quieter
    option, by the bigger step the reply asks for (round 26 f: the option's own step was taken)."""
    if m.project is None or len(operations) != 1 or not _MUCH_RE.search(m.plain):
        return None
    op = operations[0]
    if op.get("operation") != "update_audio" or set(op) != {"operation", "volume"}:
        return None
    way = "quieter" if op["volume"] < m.project.audio.volume else "louder"
    turn = parse_message(f"make the music much {way}", m.project)
    if turn.question or turn.unknown or len(turn.operations) != 1:
        return None
    return turn


def _content_kind(m: Message) -> ParsedTurn | None:
    """ "what price is on there right now?", "and the open house date?": read from the scenes'
    words (:mod:`content_kinds`)."""
    if m.project is None or m.quotes or m.state.pending is not None:
        return None
    wrong = wrong_shown(m.plain, m.project)
    if wrong is not None:  # "the number on the end is wrong": the right one asked for
        asked = ParsedTurn(question=wrong[0])
        if wrong[1] is not None:
            asked.pending = PendingQuestion(wrong[0], [], retry=wrong[1], value_kind=SHOWN_KIND)
        return asked
    said = (
        content_question(m.plain, m.project)
        or size_comparison(m.plain, m.project)
        or where_now(m.plain, m.project, m.state.last_operations)
        or text_place_question(m.plain, m.project)  # "where on screen is the price?"
    )
    if said is None:
        return None
    return ParsedTurn(answer=said, scene_ids=answered_scenes(said, m.project) or None)


def _breathing_room(m: Message) -> ParsedTurn | None:
    """ "too busy. it's a house, let it breathe": what to take out is asked, never guessed
    (:mod:`outcomes`)."""
    if m.project is None or m.quotes:
        return None
    asked = breathing_room(m.plain)
    return ParsedTurn(question=asked) if asked is not None else None


def _hedged_look(m: Message) -> ParsedTurn | None:
    """ "maybe a touch warmer overall? not sure": the lighting or the palette, asked (:mod:`hedged_looks`)."""
    asked = hedged_temperature(m.plain, m.project)
    return ParsedTurn(question=asked.question, pending=asked) if asked is not None else None


def _conditional(m: Message) -> ParsedTurn | None:
    """ "if the hook is longer than 3s, trim it": the condition checked against the ad; any other
    condition: the change named, waiting for a "yes" (:mod:`conditionals`)."""
    if m.project is None or not conditionals.is_conditional(m.plain):
        return None
    both = conditionals.condition_and_rest(
        m.raw, lambda part: parse_message(part, m.project, state=m.state, family=m.family)
    )
    if both is not None:  # "if the hook is under 3 s make it 3. Also …" (round 33 d)
        return both
    cond = conditionals.length_condition(m.plain)
    if cond is not None and conditionals.WHOLE_AD_WORDS_RE.match(cond.scene_words):
        scene = conditionals.scene_for_it(m.plain, cond, m.state.scene_ids, m.project)
        if scene is None:
            return _whole_ad_condition(m, cond)
        cond = replace(cond, scene_words=scene)
    if cond is not None:
        target = parse_message(f"make {cond.scene_words} {cond.target:g} seconds long", m.project)
        ops = target.operations
        if len(ops) == 1 and not target.question and getattr(ops[0], "scene_id", None):
            scene = next((s for s in m.project.scenes if s.id == ops[0].scene_id), None)
            if scene is not None:
                holds = (
                    scene.duration_sec > cond.seconds if cond.longer else scene.duration_sec < cond.seconds
                )
                if holds:
                    turn = ParsedTurn(operations=list(ops), scene_ids=[scene.id], topic="timing")
                    return turn
                return ParsedTurn(
                    answer=f"{cond.scene_words[0].upper()}{cond.scene_words[1:]} is {scene.duration_sec:g} s, "
                    f"not {'over' if cond.longer else 'under'} {cond.seconds:g} s, so I left it as it is.",
                    scene_ids=[scene.id],
                )
    read = _Edits(m).read()
    if not read.operations or read.question or read.unknown:
        return None
    if len(read.operations) > 1:  # "if the cta text is smaller than the hook text, match them"
        return ParsedTurn(
            unknown="I can't tell which change you want from that condition, so I haven't changed "
            "anything. Tell me the change itself, e.g. “make the cta text the same size as the hook text”."
        )
    return _proposal(read.operations, m.project)


def _whole_ad_condition(m: Message, cond: conditionals.LengthCondition) -> ParsedTurn | None:
    """ "if it's over 15 seconds, trim it to 15": the ad's length checked; when the condition holds,
    the ad brought to the length the fix names (else the condition's); when not, nothing changes and
    the reply says so. "it" right after a scene was named is that scene's: asked (round 26 f)."""
    assert m.project is not None
    if m.state.scene_ids and re.match(r"\W*(?:\w+\W+)*?if\s+it", m.plain, re.I):
        return ParsedTurn(
            question=f"Do you mean the whole ad (now {m.project.duration_sec:g} s) or "
            f"{len(m.state.scene_ids) == 1 and 'the scene we just changed' or 'the scenes we just changed'}?"
        )
    named = conditionals.TO_LENGTH_RE.search(cond.action)
    seconds = float(named.group("n")) if named else cond.seconds
    current = m.project.duration_sec
    holds = current > cond.seconds if cond.longer else current < cond.seconds
    if not holds:
        return ParsedTurn(
            answer=f"The ad is {current:g} s, not {'over' if cond.longer else 'under'} {cond.seconds:g} s, "
            "so I left it as it is."
        )
    if (seconds < current) != cond.longer or seconds == current:
        return None
    target = parse_message(f"make the ad {seconds:g} seconds long", m.project)
    if target.question or target.unknown or len(target.operations) != 1:
        return None
    return ParsedTurn(operations=list(target.operations), topic="timing")


def _proposal(operations: list[Any], project: AdProject) -> ParsedTurn:
    """The change ``operations`` make, named, waiting for a "yes"."""
    wire = [op.to_wire() for op in operations]
    question = f"Do you want me to {_describe(operations, project)}? Say “yes” and I'll do it."
    turn = ParsedTurn(question=question)
    turn.pending = PendingQuestion(
        question,
        [
            PendingOption(
                "yes", ["yes", "yes please", "ok", "okay", "sure", "do it", "go ahead", "yep", "yeah"], wire
            )
        ],
    )
    return turn


# "make the music louder in the cta", "quieter music during the hook", "louder at the end": the
# music has one volume for the whole ad, so a change for one part of it is offered for the whole
# ad, with the reason (sweep 40: the whole track was turned up at once).
_MUSIC_WORD_RE = re.compile(r"\b(?:music|track|song|soundtrack|tune|audio|volume|bgm)\b", re.I)
_PART_OF_AD_RE = re.compile(
    r"\b(?:in|during|for|on|over|under|at|when|once|as)\s+(?:the\s+)?(?:(?:very\s+)?(?:end|start|beginning|ending|intro|outro|close|finish)\b"
    r"|(?:hook|cta|showcase|problem|social\s+proof|testimonial|end\s+card|opener|opening|closer|last\s+scene|first\s+scene|"
    r"scene\s+\d+)\b(?:\s+(?:comes|starts|plays|appears|hits|kicks\s+in))?)",
    re.I,
)


def _music_for_a_part(m: Message) -> ParsedTurn | None:
    """The music's volume asked for one part of the ad: offered for the whole ad, with the reason."""
    if m.project is None or not _MUSIC_WORD_RE.search(m.plain):
        return None
    part = _PART_OF_AD_RE.search(m.plain)
    if part is None or re.search(r"[,;]|\b(?:and|also|then|plus)\b", m.plain, re.I):
        return None
    read = _Edits(m).read()
    if (
        not read.operations
        or read.question
        or read.unknown
        or not all(
            isinstance(op, ops.UpdateAudio) and op.volume is not None and op.mood is None
            for op in read.operations
        )
    ):
        return None
    turn = _proposal(read.operations, m.project)
    turn.question = (
        f"The music has one volume for the whole ad, so I can't change it only {part.group(0).strip()}. "
        + (turn.question or "")
    ).replace("Do you want me to", "Do you want me to do it for the whole ad:", 1)
    if turn.pending is not None:
        turn.pending = replace(turn.pending, question=turn.question)
    return turn


# "make the words 'cold brew' in the hook bigger", "the word 'today' in the cta should be white":
# part of a scene's line, quoted, with a look for it. A line has one size and one colour, so the
# change is offered for the whole line, with the reason (sweep 40: the quoted part replaced the
# line, or the palette was set).
_LOOK_WORD_RE = re.compile(
    r"\b(?:bigger|smaller|larger|tinier|huge|bold(?:er)?|italics?|underline[d]?|highlight(?:ed)?|colou?r(?:ed)?|"
    r"brighter|darker|size|pop|stand\s+out)\b",
    re.I,
)
_NEW_WORDS_VERB_RE = re.compile(
    r"\b(?:say|says|saying|read|reads|write|change\b[^\ue000]*\bto|replace|swap|instead|remove|delete|drop|cut|add|"
    r"put|append|rename|spell|typo|wording|rewrite|reword)\b",
    re.I,
)


def _part_of_a_line(m: Message) -> ParsedTurn | None:
    """A look asked for part of a scene's line: offered for the whole line, with the reason."""
    if m.project is None or len(m.quotes) != 1 or _NEW_WORDS_VERB_RE.search(m.masked):
        return None
    inner = m.quotes[0].inner.strip()
    scenes = [
        s
        for s in m.project.scenes
        if inner
        and inner.lower() in s.overlay.text.lower()
        and inner.lower() != s.overlay.text.strip().lower()
    ]
    if not (_LOOK_WORD_RE.search(m.masked) or find_colors(m.masked)):
        return None
    if not scenes:
        if re.search(r"\bthe\s+(?:words?|phrase)\s+\ue000", m.masked, re.I):
            # "make the word 'soy' in the showcase bigger" when no line has it: never new words
            return ParsedTurn(
                question=f"No scene's text has “{inner}” in it, and a scene's text has one size and one "
                "colour. Which scene's text should change?"
            )
        return None
    rest = PLACEHOLDER_RE.sub("", re.sub(r"\bthe\s+(?:words?|part|bit|phrase)\s+(?=\ue000)", "", m.masked))
    rest = re.sub(r"\s{2,}", " ", rest).strip()
    if len(scenes) == 1 and not find_scene_refs(rest, m.project, m.quotes):
        rest = f"{rest} in scene {m.project.scenes.index(scenes[0]) + 1}"
    read = parse_message(rest, m.project, state=m.state)
    if not read.operations or read.question or read.unknown:
        return None
    if not all(isinstance(op, ops.UpdateOverlay) and op.text is None for op in read.operations):
        return None
    turn = _proposal(read.operations, m.project)
    turn.question = f"A scene's text has one size and one colour, so I can't change “{inner}” alone. " + (
        turn.question or ""
    ).replace("Do you want me to", "Do you want me to do it for the whole line:", 1)
    if turn.pending is not None:
        turn.pending = replace(turn.pending, question=turn.question)
    return turn


def _suggestion(m: Message) -> ParsedTurn | None:
    """ "should the cta be red?", "would it be better with calmer music?": a question that
    suggests a change; the change is named and waits for a "yes" (a question never edits)."""
    if m.project is None or not questions.is_suggestion(m.plain):
        return None
    read = _Edits(m).read()
    if not read.operations or read.question or read.unknown:
        # "what would it look like if the cta were red?": the change imagined after its lead words,
        # read as said ("the cta were red"); never the look described or the change made
        rest = questions.imagined_change(m.plain)
        if rest is None:
            return None
        read = parse_message(unmask(rest, m.quotes), m.project, state=m.state, family=m.family)
        if not read.operations or read.question or read.unknown or read.switch_to or read.brief is not None:
            return None
    return _proposal(read.operations, m.project)


def _describe(operations: list[Any], project: AdProject) -> str:
    """What the operations would do, in a few words ("change the text of scene 3 (cta): color #FF0000")."""
    from adgen.agent.actions import describe_operation

    parts = []
    for op in operations:
        if op.operation in ("undo", "redo"):
            parts.append("undo the last change" if op.operation == "undo" else "redo the last undone change")
            continue
        if op.operation == "create_variation":  # (a version's changes asked about: round thirty-eight f)
            parts.append(f"make a version “{op.label}” that would {_describe(list(op.operations), project)}")
            continue
        after, _ = simulate(project, [op])
        text = describe_operation(op, project, after)
        text = text[0].lower() + text[1:]
        past = re.match(r"(changed|removed|added|moved|replaced|set|turned)\b", text)
        verb = {
            "changed": "change",
            "removed": "remove",
            "added": "add",
            "moved": "move",
            "replaced": "replace",
        }
        text = verb.get(past.group(1), past.group(1)) + text[past.end() :] if past else text
        parts.append(text)
        project = after
    return "; ".join(parts)


def _version_part(m: Message) -> ParsedTurn | None:
    """ "v2 was better for the hook": that part as v2 had it (:mod:`version_asks`)."""
    return version_part(m.masked, m.project)


def _since_version(m: Message) -> ParsedTurn | None:
    """ "compare with v2", "what changed since v3": what differs from that version (:mod:`since_version`)."""
    said = answer_since(m.plain, m.project)
    return ParsedTurn(answer=said, asked=m.raw) if said else None


def _before(m: Message) -> ParsedTurn | None:
    """ "and what was it before?": the values the last request replaced (:mod:`before`)."""
    if m.project is None or m.state.project_id not in (None, m.project.project_id):
        return None
    said = answer_before(m.plain, m.state.last_operations)
    return ParsedTurn(answer=said, asked=m.raw) if said else None


_HELP_WITH_AD_RE = re.compile(
    r"\b(?:help(?:\s+(?:me|us))?\s+with|make|create|put\s+together|whip\s+up|do)\s+(?:me\s+|us\s+)?"
    r"(?:an?|some|one)\s+(?:\w+\s+)?(?:ads?|adverts?|videos?|spots?|promos?|commercials?|clips?)\b",
    re.I,
)


_TO_SEE_RE = re.compile(r"\b(?:show\s+me|see|preview|watch|look\s+at)\b", re.I)


def _copy_figure(m: Message) -> ParsedTurn | None:
    """ "free delivery over how much again?": the scene whose words show it (:mod:`copy_figures`);
    "which scene is on screen the longest?" (:mod:`longest_scene`)."""
    found = copy_figure_answer(m.plain, m.project) or longest_scene_answer(m.plain, m.project)
    if found is None:
        return None
    return ParsedTurn(answer=found.text, asked=m.raw, scene_ids=found.scene_ids, topic=found.topic)


def _question(m: Message) -> ParsedTurn | None:
    """A question is answered from the document and never changes it."""
    if m.project is not None and asks_for_a_version(m.plain):
        return None  # "would it be possible to have an alternate version that's only 30 s?": a request
    asked_as = read_back(m.plain) or unfronted(
        m.plain
    )  # "pre-order line, what colour is that": its subject put back
    if asked_as != m.plain:
        m = replace(m, plain=asked_as, masked=read_back(m.masked) or unfronted(m.masked))
    if not questions.is_question(m.plain) or (
        m.project is None
        and (_HELP_WITH_AD_RE.search(m.plain) or _unnamed(m) is not None or _is_copy_only(m))
    ):
        return None  # "could you help with a video?" before any ad: a request for one, read as a brief
    if m.project is None and not m.has_attachment and _WANTING_RE.search(m.plain) and _is_open(m):
        return _ask_what_for(m)  # "our client wants a video ad, where do we start?"
    turn = ParsedTurn()
    if read_meta(m.plain, turn) and (turn.wants_status or turn.wants_list):
        turn.wants_render = False
        turn.render_quality = None
        return turn
    if turn.wants_render and _TO_SEE_RE.search(m.plain):
        return turn  # "show me a preview", "can I see what it looks like now?": the videos
    turn = ParsedTurn()
    about = questions.answer_about_versions(unmask(m.plain, m.quotes), m.project, m.family())
    if about is not None:
        turn.answer = about.text
        turn.project_ref = about.project_ref
        return turn
    asked = version_asked(m.plain, m.family)
    family = m.family() if asked else None
    version = family.project(asked[0]) if family is not None and asked else None
    if asked and version is not None:
        # "what does B's cta say?": answered from B, which "that" means next.
        answer = questions.answer(unmask(normalise(asked[1]), m.quotes), version, [])
        if answer is not None:
            turn.answer, turn.asked, turn.project_ref = answer.text, m.raw, asked[0]
            turn.scene_ids = answer.scene_ids or None
            return turn
    recent = m.state.scene_ids if m.state.project_id in (None, m.project and m.project.project_id) else []
    asking = voice_question(m.masked, m.state)  # "what does it say at the end?" after a voice question
    about_last = last_change_question(asking, m.state, m.project)  # "what is it at now?"
    asking = about_last or asking
    answer = questions.answer(unmask(normalise(asking), m.quotes), m.project, recent)
    if answer is None:
        # ("which one would you pick?", "can you translate it?": a question with a reason, not the help)
        turn.unknown = refusals.unsupported(m.plain) or HELP_TEXT
        return turn
    if answer.text == CAN_ANSWER and (reason := refusals.unsupported(m.plain)):
        turn.unknown = reason  # "which version performs better?": no row answers it, the reason does
        return turn
    turn.answer = with_whole_ad(m.plain, answer.text, m.project, about_last is not None)
    turn.asked = m.raw
    turn.scene_ids = answer.scene_ids or None
    # A question about the music names no scene but is still what "it" means next ("how loud
    # is the music?" -> "bring it down to 40%").
    # So is a question about the whole ad's length ("how long is the ad?" -> "make it 15").
    kept = retry.TOPIC_SUBJECTS.keys() | retry.WHOLE_AD_TOPICS
    turn.topic = (
        answer.topic if answer.scene_ids or answer.topic in kept or answer.topic == VOICE_TOPIC else None
    )
    return turn


def _focus(m: Message) -> ParsedTurn | None:
    """ "let's look at scene 4", "now the CTA": which scene the next requests are about."""
    found = read_focus(m.plain, m.project, m.quotes)
    if found is None and m.project is not None:
        found = read_focus(_corrected(m), m.project, m.quotes)  # "let's wrok on scenne 4"
    return found


def _brief(m: Message) -> ParsedTurn | None:
    """No ad yet, an explicit new ad, or a bare brief while an ad is open: a new project."""
    if m.project is not None and not any(
        is_new_ad_request(text, m.project) for text in dict.fromkeys((m.plain, _corrected(m)))
    ):
        return None  # "make antoher ad: …" is a new ad too (a new ad changes no open document)
    if _unnamed(m) is not None:  # "something for our salon?": its name first
        return _ask_the_name(m)
    turn = ParsedTurn()
    if m.project is None:
        for clause in split_clauses(m.plain, None, m.quotes):
            read_meta(clause, turn)
        wants_other = turn.wants_list or turn.wants_status or turn.wants_cancel
        turn.wants_render = False
        turn.render_quality = None
        if wants_other:
            return turn
        if HELP_RE.match(m.plain):
            turn.unknown = HELP_TEXT
            return turn
        if not m.has_attachment and _is_open(m):
            return _ask_what_for(m)
        if not (looks_like_brief(m.plain) or m.has_attachment):
            if _WANTS_AN_AD_RE.search(m.plain):
                return _ask_what_for(m)  # "we need something for black friday"
            turn.unknown = NO_AD_TEXT if _EDIT_HINT_RE.search(m.plain) else HELP_TEXT
            return turn
    elif not m.has_attachment and _is_open(m):
        return _ask_what_for(m)  # "new ad please, different product this time"
    turn.brief = extract_brief(m.raw, m.masked, m.quotes)
    if _says_nothing(turn.brief) and not m.has_attachment and not m.quotes:
        return _ask_what_for(m)  # "hey, I need an ad": what is it for?
    if (
        m.project is None
        and not m.has_attachment
        and not m.quotes
        and not turn.brief.brand_name
        and sells_without_a_name(m.raw)
    ):
        # "we sell loose leaf tea online, could use an ad": the name first, then one brief
        asked = ParsedTurn(question=NAME_QUESTION)
        asked.pending = PendingQuestion(question=NAME_QUESTION, retry=m.raw, value_kind=OPEN_BRIEF)
        return asked
    if m.project is not None and SAME_AS_OPEN_RE.search(m.plain):
        _same_as(turn.brief, m.project)  # "same thing but for our decaf"
    problem = refusals.brief_problem(turn.brief)
    if problem:
        return ParsedTurn(unknown=problem)
    # "hook 'Still running on coffee?'": the words of the new ad's first scene, set once it exists.
    hook = hook_text(m.masked, m.quotes) or placed_copy(m.masked, m.quotes)  # "… with '2 for 1' on it"
    if hook:
        turn.operations = [ops.UpdateOverlay(scene_id="scene_1", text=hook)]
    # "Copy: 1) '…' 2) '…' 3) '…'": a line for each scene, as many as the brief's scenes (the last
    # its call to action); another count is left to the planner.
    lines = brief_copy(m.masked, m.quotes)
    wanted = turn.brief.scene_count or len(turn.brief.scene_roles or []) or None
    if lines and len(lines) == (wanted or len(lines)) and 3 <= len(lines) <= 12:
        turn.brief.scene_count = turn.brief.scene_count or (None if turn.brief.scene_roles else len(lines))
        turn.brief.cta_text = lines[-1]
        turn.operations = [
            ops.UpdateOverlay(scene_id=f"scene_{n}", text=line) for n, line in enumerate(lines, start=1)
        ]
    # "for Reels and Stories only", "captions word by word", "the luxury look": set once it exists.
    turn.operations += brief_settings(m.plain, m.quotes)
    turn.wants_render = bool(re.search(r"\b(?:render|export)\b", m.masked, re.I))
    return turn


# What a brief may say; one that says none of it ("new ad please") has nothing to plan from.
_BRIEF_FIELDS = (
    "brand_name",
    "colors",
    "duration_sec",
    "mood",
    "audience",
    "product",
    "tagline",
    "cta_text",
    "scene_roles",
    "scene_count",
    "facts",
    "page_data",
    "brand_rules",
)


def _says_nothing(brief: Any) -> bool:
    return not any(getattr(brief, name, None) for name in _BRIEF_FIELDS)


_OPEN_CUE_RE = re.compile(
    r"\b(?:ads?|adverts?|commercials?|videos?|promos?|spots?|campaigns?|bumpers?|something|anything|reels?|clips?|teasers?|tiktoks?)\b"
    r"|\b(?:new|another|different|fresh)\s+(?:one|product|project|brief)\b|\b(?:content|posts?)\b|\bfirst\s+cut\b"
    # ("a calm one, 12 seconds, for the holidays", "an upbeat one for summer": the ad as "one")
    r"|\b(?:a|an)\s+(?:[\w'-]+\s+){1,2}one\b"
    # ("the client loved the last one and wants another")
    r"|\b(?:wants?|needs?|like|love|get|make|do)\s+another\b(?!\s+(?:scene|line|colou?r|take|version|try)\b)",
    re.I,
)


def _is_open(m: Message) -> bool:
    """A request for an ad that says nothing of what it is for (:mod:`open_brief`)."""
    masked, quotes = m.masked, len(m.quotes)
    copy_only = without_placed_copy(m.masked, m.quotes) if m.project is None else None
    if copy_only is not None:
        masked, quotes = copy_only, 0  # "do me one with '2 nights for 1' on it": the copy, not who
    elif quotes and all(is_open_brief(q.inner) for q in m.quotes):
        # "FW: client wants 'a fun ad' by Friday": the quoted words ask for an ad as vaguely
        masked, quotes = unmask(m.masked, m.quotes), 0
        for q in m.quotes:
            masked = masked.replace(q.raw, q.inner, 1)
    plain = unmask(m.plain, m.quotes)
    cued = _OPEN_CUE_RE.search(plain) or (m.project is None and asks_for_one(plain))  # "knock one up"
    return bool(cued) and is_open_brief(masked, quotes)


def _is_copy_only(m: Message) -> bool:
    """ "do me a 15 second one with '2 nights for 1' on it": open but for its copy (:mod:`copy_only_requests`)."""
    return without_placed_copy(m.masked, m.quotes) is not None and _is_open(m)


def _unnamed(m: Message) -> str | None:
    """The kind of business a request for an ad names instead of its name (:mod:`unnamed_business`)."""
    if m.has_attachment or m.quotes or not _OPEN_CUE_RE.search(m.plain):
        return None
    return unnamed_kind(m.masked)


def _ask_the_name(m: Message) -> ParsedTurn:
    """Ask the business's name, keeping the request (as a request: "something for our salon?"
    without its question mark) so the answer completes it."""
    asked = ParsedTurn(question=NAME_QUESTION)
    asked.pending = PendingQuestion(
        question=NAME_QUESTION, retry=m.raw.strip().rstrip("?").strip(), value_kind=OPEN_BRIEF
    )
    return asked


def _ask_what_for(m: Message) -> ParsedTurn:
    """Ask what the ad is for, keeping the request so the answer completes it."""
    turn = ParsedTurn(question=OPEN_QUESTION)
    turn.pending = PendingQuestion(question=OPEN_QUESTION, retry=m.raw, value_kind=OPEN_BRIEF)
    return turn


def _open_brief_answer(m: Message) -> ParsedTurn | None:
    """ "for my bike repair shop, 15 seconds" after "What is the ad for?": one brief with the
    request that was asked about."""
    pending = m.state.pending
    if pending is None or pending.value_kind != OPEN_BRIEF or not pending.retry:
        return None
    bare = without_a_name(pending.retry)  # "something for our salon?" … "no name yet"
    if (bare or sells_without_a_name(pending.retry)) and no_name(m.raw):
        # "no name yet" after "what is the brand called?": the ad, made without a name
        again = replace(m.state, pending=None)
        return parse_message(
            bare or f"make an ad. {pending.retry}",
            m.project,
            has_attachment=m.has_attachment,
            state=again,
            family=m.family,
        )
    if defers(m.raw):  # "whatever you think is best": still nothing to make an ad about
        turn = ParsedTurn(question=DEFERRED_QUESTION)
        turn.pending = PendingQuestion(question=DEFERRED_QUESTION, retry=pending.retry, value_kind=OPEN_BRIEF)
        return turn
    text = answer_brief(pending.retry, m.raw, m.project)
    if text is None:
        return None
    text = without_a_name(text) or text  # "for my nail salon": asked once, the ad is made
    again = replace(m.state, pending=None)
    return parse_message(text, m.project, has_attachment=m.has_attachment, state=again, family=m.family)


def _same_as(brief: Any, project: AdProject) -> None:
    """A brief "like this one": the open ad's length, mood and scenes unless the brief says."""
    brief.duration_sec = brief.duration_sec or project.duration_sec
    brief.mood = brief.mood or project.style.mood
    if not brief.scene_roles and not brief.scene_count:
        brief.scene_roles = [s.role for s in project.scenes]


# A question that asks for an ad ("our client wants a video, where do we start?"), not about one.
# ("what should I send you to get to a first cut?", "could you walk me through it?": how to begin)
_WANTING_RE = re.compile(
    r"\b(?:wants?|need|needs|like|looking\s+for|start|begin|get\s+going|send|first\s+cut|walk\s+(?:me|us)|guide|"
    r"kick(?:ing)?\s+off|do\s+(?:me|us))\b",
    re.I,
)
# "we need something for black friday", "I'd like a promo": an ad is wanted, its brief not given yet.
_WANTS_AN_AD_RE = re.compile(
    r"\b(?:we|i)\s*(?:'d|would)?\s*(?:need|want|like|are\s+looking\s+for|'re\s+looking\s+for)\s+"
    r"(?:something|an?\s+(?:ad|video|spot|promo|clip|commercial)s?|some\s+ads?)\b",
    re.I,
)
_EDIT_HINT_RE = re.compile(
    r"\b(?:hook|cta|scene|brighter|darker|undo|render|bigger|smaller|louder|quieter|text|music|make\s+it|change\s+it)\b",
    re.I,
)


def _voice(m: Message) -> ParsedTurn | None:
    """A message only about the voice-over or the captions (:mod:`voice`); while the
    conversation is on the voice, a bare "slower" or "the hook line …" too."""
    plain = m.plain
    if VARIATION_RE.search(m.masked):
        return None  # "make a C off the original where the hook voice-over says '…'": a new version
    if refusals.unsupported(plain) == refusals.TRANSLATED_CAPTIONS:  # "add subtitles in spanish"
        return ParsedTurn(unknown=refusals.TRANSLATED_CAPTIONS, topic="voice")
    if m.state.topic == "voice" and m.project is not None and m.project.voice.enabled:
        plain = voice_continuation(pace_as_comparative(plain))  # "slow it down a touch": slower
    elif m.state.topic == "voice" and m.project is not None:
        plain = voice_back_on(plain) or plain
    turn = read_voice(plain, m.project, m.quotes, m.state.scene_ids)
    if turn is not None and turn.unknown and turn.unknown.startswith(VOICE_PACE_REFUSED):
        # "speed the voice to 3x" -> "fine, 1.5x then": the reply's pace in the refused request
        template = retry.template_for_rate(m.raw)
        if template is not None:
            turn.pending = PendingQuestion(question=turn.unknown, retry=template, value_kind=retry.VOICE_RATE)
    return turn


VOICE_PACE_REFUSED = "The voice's pace can be"


def _feature_words(m: Message) -> ParsedTurn | None:
    """The captions' look, a voice-over line too long, the pace in one scene, the tagline removed,
    one brand colour by its place, the logo's motion (:mod:`feature_words`)."""
    return read_feature_words(m.masked, m.plain, m.project, m.quotes)


def _praise(m: Message) -> ParsedTurn | None:
    """ "the lighting is moody, I love it": the ad as it is, liked; nothing to change."""
    if m.project is None or not praises_as_is(m.plain):
        return None
    # ("the social proof scene is my favourite" … "put it first": the scene praised is what "it"
    # means next)
    named = [
        sid for r in find_scene_refs(m.masked, m.project, m.quotes) if r.ids and not r.error for sid in r.ids
    ]
    return ParsedTurn(unknown=ACK_TEXT, scene_ids=named or None)


def _song_by_title(m: Message) -> ParsedTurn | None:
    """ "play 'Here Comes the Sun' by the Beatles under it": refused (:mod:`named_songs`)."""
    reason = named_song(m.raw)
    return ParsedTurn(unknown=reason, topic="audio") if reason else None


def _unsupported(m: Message) -> ParsedTurn | None:
    reason = refusals.unsupported(m.plain)
    if not reason:
        return None
    # ("the cta text is under the tiktok buttons" … "move it up a little": what the reason was about
    # stays what "it" means next)
    named = (
        [
            sid
            for r in find_scene_refs(m.masked, m.project, m.quotes)
            if r.ids and not r.error
            for sid in r.ids
        ]
        if m.project is not None
        else []
    )
    named = scenes_named_by_words(m.masked, m.project) or named  # "the open house card": its words
    named = named or figure_scene(m.masked, m.project)  # "can the £20 spin in": the card saying it
    topic = next((topic for topic, pattern in TOPIC_WORDS if pattern.search(m.plain)), None)
    topic = topic or ("overlay" if reason == refusals.ANIMATED_TEXT else None)
    return ParsedTurn(unknown=reason, scene_ids=named or None, topic=topic)


# The steps whose edits pass the precision gate (the edits read by _Edits pass it too).
_GATED = (_voice,)

# --- edits -----------------------------------------------------------------------------------

# "make the bottle the hero", "the product should be the star": a growth said as its part in the
# shot, which the next clause often says again as a size ("…, make it bigger").
_HERO_RE = re.compile(r"\bthe\s+(?:hero|star)\b", re.I)
_COMPLAINT_RE = re.compile(
    r"\btoo\s+\w+|\bnot\s+\w+\s+enough\b|\b(?:can'?t|cannot|can\s+(?:barely|hardly))\s+(?:hear|see|read)\b|\bkind\s+of\b|\bbit\s+\w+,"
    r"|\b(?:so|really|way|super)\s+(?:small|tiny|big|huge|loud|quiet|dark|faint|short|long)\b|\bbarely\s+(?:visible|there)\b"
    r"|\b(?:is|are|'s|looks?|seems?)\s+(?:\w+\s+)?(?:tiny|puny|minuscule|microscopic)\b"
    # ("the end card text is huge, make it 10 smaller": the fix that follows says by how much)
    r"|\b(?:is|are|'s|looks?|seems?|feels?)\s+(?:\w+\s+)?(?:huge|massive|enormous|giant|gigantic|deafening|blaring)\b"
    r"|" + LENGTH_COMPLAINT_RE.pattern,
    re.I,
)


# What "it" is after an inline question about a topic that no edit names by itself.
_ASKED_TOPIC_IS = {"font": "overlay"}


@dataclass
class _Variation:
    label: str | None
    body: list[str]
    count: int = 1


@dataclass
class _Edits:
    """The requests of one message read in order, each against the ad the earlier ones leave."""

    m: Message
    turn: ParsedTurn = field(default_factory=ParsedTurn)
    ctx: Context = field(default_factory=Context)
    operations: list[Any] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    not_done: list[str] = field(default_factory=list)  # why a request the ad cannot take was left out
    understood_any: bool = False
    simulating: bool = True
    variation: _Variation | None = None
    # The last clause when it was a complaint ("the music is too loud"): its operations and the
    # project before it, so an instruction that follows ("turn it down") replaces it.
    complaint: tuple[list[Any], AdProject] | None = None
    # The last clause when it made the product "the hero" (a growth said as its part in the shot):
    # its operations and the ad before them, for the growth said again after it.
    hero: tuple[list[Any], AdProject] | None = None
    stop: ParsedTurn | None = None
    # A question a statement raised ("the cta feels abrupt"), asked only if nothing follows.
    deferred: tuple[str, Any] | None = None
    # What that question is about (its scenes, the kinds of change its options make) and how many
    # operations came before it: a later request about something else leaves it to be asked.
    deferred_about: tuple[set[str], set[str], int] = (set(), set(), 0)
    # Every change so far came from an instruction ("make the music louder"), none from a reading
    # of a remark ("pink on pink, the pre-order text just disappears"): only then is a question
    # asked beside them (else the question alone, as before).
    instructed: bool = True
    declined: bool = False  # a clause said what is not wanted ("the cta shouldn't be red")
    which_scene: set[str] = field(default_factory=set)  # the scenes a deferred "which scene?" offered
    # That question asks for fewer words ("the cta text is too long"; its complaints row says so):
    # "…, shorten it" is its fix.
    words_asked: bool = False
    remaining: int = 0
    answers: list[str] = field(default_factory=list)
    # The scenes and topic the last answered question named ("DON'T change the APR line. what
    # colour is the phone number?" then "make it white": that text, not the palette)
    answered: tuple[list[str], str | None] | None = None
    approved: bool = False  # "the cta is perfect": nothing to change, and said so
    last_ops: list[Any] = field(default_factory=list)  # the last request's, for a complaint after it
    removed: set[str] = field(default_factory=set)  # scenes this message removed
    # The topic and scene of a question this message just asked, for the unit of a bare number in
    # the request after it ("… is 4 seconds and then make it 5": 5 s of that scene).
    asked_unit: tuple[str, str | None] | None = None

    def __post_init__(self) -> None:
        assert self.m.project is not None
        # Without its history, which only undo needs, so following along stays cheap.
        self.working = self.m.project.model_copy(update={"history": []})
        self.known = document_words(self.m.project)
        state = self.m.state
        if state.project_id in (None, self.m.project.project_id):
            # (scenes the memory names that the ad no longer has, removed since, are no target)
            present = {s.id for s in self.m.project.scenes}
            self.ctx = Context(
                targets=[i for i in state.scene_ids if i in present] or None,
                topic=state.topic,
                carried=True,
                recent=list(state.recent),
                role=followups.shared_role(self.m.project, state),
                resized=[
                    op["sceneId"]
                    for op in state.last_operations
                    if op.get("operation") == "update_scene" and op.get("durationSec") is not None
                ]
                + _brought_back(self.m.project, state),
                asked=bool(state.last_question and state.scene_ids),
            )

    def read(self) -> ParsedTurn:
        if ACK_RE.match(self.m.plain):
            return ParsedTurn(unknown=ACK_TEXT)  # "thanks, looks good": nothing to change
        # "same as last time but for X"; "hook to 3 s and the rating card up to five" (seconds)
        whole = plain_followup(carried_seconds(normalise(self.m.masked, known=self.known)))
        # Split with its typos corrected: "too much, unndo" is two requests, as "too much, undo" is.
        clauses = split_clauses(whole, self.m.project, self.m.quotes)
        clauses = [part for clause in clauses for part in punch_apart(clause)]  # "punchier and brighter"
        undoes = any(history_operations(c, self.m.project) for c in clauses)  # "no, I liked it, redo"
        if (
            followups.is_correction(whole)
            and self.ctx.carried
            and self.m.state.last_operations
            and not undoes
        ):
            # "no, the hook": a correction is read whole (its "no" is no filler here).
            self._correct(whole)
            if self.stop is not None:
                return self.stop
            if self.understood_any:
                return self._finish()
            self.turn.ignored = []
        # Each clause is read with its typos corrected (the document's own words kept).
        for n, clause in enumerate(clauses):
            self.remaining = len(clauses) - n - 1
            clause = normalise(clause, known=self.known)
            if not clause.strip(" ,.;:!?-"):
                continue  # "idk," normalised away
            self._clause(clause)
            if self.stop is not None:
                return self.stop
        if self.deferred is not None and not self.operations:
            turn = _only_question(self.turn, self.deferred[0])
            turn.pending = self.deferred[1]
            return turn
        turn = self._finish()
        if (
            self.deferred is not None
            and self.variation is None
            and (self.instructed or self.which_scene)
            and not self._deferred_answered()
        ):
            # "shorten the hook text and make the music louder": the music changes, and which
            # words for the hook is still asked, in the same reply
            turn.question = self.deferred[0]
            turn.pending = self.deferred[1] if isinstance(self.deferred[1], PendingQuestion) else None
        return turn

    def _defer(self, question: str, pending: Any) -> None:
        """Keep ``question`` to ask at the end unless a later request answers it."""
        self.deferred = (question, pending)
        options = pending.options if isinstance(pending, PendingQuestion) else []
        kinds = {op.get("operation") for option in options for op in option.operations}
        # "Which scene do you mean by 'the lemon bit': scene 1 or scene 3?": answered only by a
        # request about one of those, whatever else the message asks ("and the ending should say …")
        offered = pending.offered if isinstance(pending, PendingQuestion) else []
        scenes = self.working.scenes
        self.which_scene = {scenes[n - 1].id for n in offered if 0 < n <= len(scenes)}
        self.deferred_about = (
            self.which_scene or set(self.ctx.targets or []),
            {k for k in kinds if k},
            len(self.operations),
        )

    def _deferred_answered(self) -> bool:
        """A request after the deferred question is about what it asked: the same scenes, or the
        kind of change its options make ("the cta feels abrupt, make it a second longer"); a
        question about nothing named is answered by any request that follows (as it always was)."""
        scenes, kinds, start = self.deferred_about
        later = [op.to_wire() for op in self.operations[start:]]
        if not later:
            return False  # asked last, after the clear requests
        if not scenes and not kinds:
            return True
        # (a scene's change answers it only in its scenes: "cut down the hook text, also make the cta
        # yellow" leaves the hook's question; an ad-wide change by its kind)
        return any(
            op.get("sceneId") in scenes if op.get("sceneId") and scenes else op.get("operation") in kinds
            for op in later
        )

    def _clause(self, clause: str) -> None:
        """One request: the first of ``CLAUSE_STEPS`` that takes it, else the clause reader."""
        if self.variation is not None and keeps_original(clause):
            return  # "…, keep indie rock on this one": the original stays as it is
        if self.variation is not None and not _is_meta_clause(clause):
            self.variation.body.append(without_copy_named(clause))  # "…, and in the copy …"
            return
        asked, self.asked_unit = self.asked_unit, None
        if asked is not None:
            clause = retry.unit_of_topic(clause, *asked) or clause
        for step in _Edits.CLAUSE_STEPS:
            if step(self, clause):
                return
        self._read(clause)

    # --- the kinds of request read before the clause reader, in order (each: taken or not) -------
    def _history(self, clause: str) -> bool:
        named = named_undo(clause, self.m.project)
        if named is not None and not named.count:
            # "undo the music change" when a later step came after it: asked, never the wrong step
            self.stop = (
                _only_question(self.turn, named.question)
                if named.question
                else _refuse(self.turn, named.reason or "")
            )
            return True
        history = (
            [ops.Undo() for _ in range(named.count)]
            if named is not None
            else history_operations(clause, self.m.project)
        )
        if history is None:
            return False
        if self.complaint is not None and any(op.operation == "undo" for op in history):
            # "too much, go back": the complaint is about the last change, which the undo takes back.
            del self.operations[len(self.operations) - len(self.complaint[0]) :]
            self.working = self.complaint[1]
            self.complaint = None
        # ("now it's way too dark. undo that and brighten it instead": nothing of this message is
        # left before the undo, so it takes back the last request, as after no complaint)
        first = not self.operations
        self.operations.extend(history)
        self.simulating = False
        self.understood_any = True
        self._read_after_undo(history, first=first)
        self._scenes_brought_back(history)
        return True

    def _scenes_brought_back(self, history: list[Any]) -> None:
        """ "cut the train bit" … "bring it back" … "shorten it to 3 s instead": one undo of a
        removal brings the scene back, and "it" next is that scene (the removal left none named)."""
        state = self.m.state
        last = state.last_operations
        if (
            [op.operation for op in history] != ["undo"]
            or self.ctx.targets
            or not last
            or state.project_id not in (None, self.m.project.project_id if self.m.project else None)
            or any(op.get("operation") != "remove_scene" or not op.get("sceneId") for op in last)
            or history_operations(state.last_request or "", self.m.project)
        ):
            return  # (an undo after an undo: the removal is no longer the step taken back)
        self.ctx.targets = list(dict.fromkeys(str(op["sceneId"]) for op in last))

    def _read_after_undo(self, history: list[Any], first: bool = False) -> None:
        """ "undo that and try darker text instead": what follows one undo of the last request is
        read against the ad as the undo leaves it (the last request's fields as they were)."""
        last = self.m.state.last_operations
        if [op.operation for op in history] != ["undo"] or not (self.ctx.carried or first) or not last:
            return
        put_back = restore(last)
        if len(put_back) != len(last):
            return  # a change the memory cannot put back (a scene added): read as it was
        undone, error = simulate(self.working, [ops.parse_operation(wire) for wire in put_back])
        if error is None:
            self.working = undone

    def _meta(self, clause: str) -> bool:
        if not read_meta(clause, self.turn):
            return False
        self.understood_any = True
        return True

    def _variation_start(self, clause: str) -> bool:
        if not VARIATION_RE.search(clause) or platform_version(clause):
            if not self._another_version(clause):
                return False
            rest = clause[_ANOTHER_ONE_RE.match(clause).end() :].strip()  # type: ignore[union-attr]
            family = self.m.family()
            used = {name.upper() for name, _ in family.variants} if family is not None else set()
            used.add((self.working.variation.label or "").upper())
            label = next((c for c in "BCDEFG" if c not in used), None)
            self.variation = _Variation(label, [rest] if rest else [], 1)  # "another one, cta white"
            self.understood_any = True
            return True
        clause = without_keeps(clause)  # "…, don't change this one": the original's, no part of it
        label, body, count = variation_parts(clause, self.m.quotes, self.working)
        self.variation = _Variation(label, [body] if body.strip() else [], count)
        self.understood_any = True
        return True

    def _another_version(self, clause: str) -> bool:
        """ "another one, cta white", "one more - music calmer": the first words of a message to an
        ad that has versions already ask for one more (never after a scene was added, where
        "another one" is another scene)."""
        if not _ANOTHER_ONE_RE.match(clause) or self.operations or self.understood_any or self.variation:
            return False
        if any(op.get("operation") == "add_scene" for op in self.m.state.last_operations):
            return False
        if self.working.variation.is_variation:
            return True
        family = self.m.family()
        return bool(family is not None and family.variants)

    def _photo_without_photo(self, clause: str) -> bool:
        if self.m.has_attachment or not (NEW_PHOTO_RE.search(clause) and PHOTO_WORD_RE.search(clause)):
            return False
        self.stop = _only_question(self.turn, NEW_PHOTO_QUESTION)
        return True

    def _platforms(self, clause: str) -> bool:
        """Platform presets: "add 4:5 for the feed", "drop YouTube", "reels only", "and Stories"."""
        last = platforms.last_platform_action([op.to_wire() for op in self.operations]) or (
            platforms.last_platform_action(self.m.state.last_operations) if self.ctx.carried else None
        )
        if VARIATION_RE.search(clause) and not platform_version(clause):
            return False  # "a B version for Reels only": the variant's, read with its body
        if is_reason(clause) and not re.fullmatch(
            r"\W*" + re.escape(clause.strip()) + r"\W*", self.m.plain.strip()
        ):
            return False  # "because the ad is for TikTok, move the text": the reason for the rest
        found = platforms.read_platforms(clause, last_action=last)
        if found is None:
            return False
        if RENDER_RE.search(clause) and not found.refusal:
            # "export it in 4:5": the platforms the ad lacks are added, then rendered; a render of
            # platforms it has already ("render the TikTok version") is only a render.
            have = set(self.working.presets)
            new = [p for op in found.operations if op.operation == "add_presets" for p in op.presets]
            missing = [p for p in new if p not in have]
            if not missing or len(found.operations) != 1:
                return False
            found = platforms.PlatformRequest([ops.AddPresets(presets=missing)])
            read_meta(clause, self.turn)
        if found.refusal:
            self.stop = _refuse(self.turn, found.refusal)
            return True
        if found.question:
            self.stop = _only_question(self.turn, found.question)
            return True
        shape = platforms.SHAPE_WORDS.search(clause)
        if (
            shape
            and len(found.operations) == 1
            and found.operations[0].operation == "add_presets"
            and not re.search(r"\b(?:only|all|every|each)\b", clause, re.I)
        ):
            # "we need a 9:16 version" when the ad is made for TikTok already: it has one (sweep 40:
            # Stories and Shorts were added unasked)
            have = [p for p in self.working.presets if p in found.operations[0].presets]
            if have:
                names = [p.name for p in platforms._table() if p.id in have]
                self.answers.append(f"The ad already has a {shape.group(0)} version ({', '.join(names)}).")
                self.understood_any = True
                return True
        self._apply(
            clause,
            SimpleNamespace(ops=found.operations, note=None, targets=None, topic="presets", role=None),
        )
        return True

    def _scene_count(self, clause: str) -> bool:
        """ "give it 25 scenes", "add two more scenes": refused out of range, else which ones."""
        said = read_scene_count(clause, self.working)
        if said is None:
            return False
        kind, sentence = said
        self.stop = _refuse(self.turn, sentence) if kind == "refusal" else _only_question(self.turn, sentence)
        return True

    def _nothing_asked(self, clause: str) -> bool:
        if is_reason(clause):
            return True  # "…, it's a calm serum ad!": the reason, read with the request before it
        if followups.is_approval(clause) or followups.keeps(clause):
            self.approved = True
            return True
        if declines(clause):  # "I don't want the text bigger", "the cta shouldn't be red": no edit
            self.declined = True
            return True
        return bool(HELP_RE.match(clause))

    def _inline_question(self, clause: str) -> bool:
        """ "make the cta say 'Sip happens' and how long is the ad now?": answered after the edits."""
        if not questions.is_question(clause):
            return False
        found = questions.answer(clause, self.working)
        if found is None:
            return False
        self.answers.append(found.text)
        self.understood_any = True
        if found.scene_ids:
            self.answered = (list(found.scene_ids), found.topic)
            # ("what colour is the cta text? also make it white": "it" is what was asked about)
            self.ctx.targets = list(found.scene_ids)
            self.ctx.asked = True
        if found.topic:
            ids = [s.id for s in self.working.scenes]
            named = [f"scene {ids.index(i) + 1}" for i in found.scene_ids or [] if i in ids]
            self.asked_unit = (found.topic, named[0] if len(named) == 1 else None)
        if found.topic:
            # ("what font is this? make it bigger": the font is the text's, so "it" is the text)
            self.ctx.topic = _ASKED_TOPIC_IS.get(found.topic, found.topic)
        return True

    def _follow_up(self, clause: str) -> bool:
        """ "put the old text back", "the same colour for the cta", "a bit more", "and the cta too"."""
        state = self.m.state
        shared = followups.shared_field(clause, self.working) if not self.operations else None
        if isinstance(shared, PendingQuestion):
            self.stop = _only_question(self.turn, shared.question)  # "the hook and the cta the same size"
            self.stop.pending = shared
            return True
        if shared is not None:
            self._apply(clause, shared)  # they already share it: said, nothing changed
            return True
        if (
            self.ctx.carried
            and not self.operations
            and (shaded := shaded_colour(clause, self.working, state))
        ):
            # "a darker blue" after "make the CTA text red": that text's colour, shaded
            made = [ops.parse_operation(wire) for wire in shaded]
            self._apply(
                clause, SimpleNamespace(ops=made, note=None, targets=None, topic="overlay", role=None)
            )
            return True
        if (
            self.ctx.carried
            and not self.operations
            and (asked := shade_or_scene(clause, self.working, state))
        ):
            self.stop = _only_question(self.turn, asked.question)  # "a bit darker" after "make it orange"
            self.stop.pending = asked
            return True
        if self.operations and self.m.project is not None:
            # "make the hook text bigger, the cta too": "too" repeats this message's change.
            state = replace(
                state,
                project_id=self.m.project.project_id,
                last_operations=[remember_before(op.to_wire(), self.m.project) for op in self.operations],
            )
        copied = copy_text(clause, self.working, state) if self.ctx.carried or self.operations else None
        worded = same_with_words(clause, self.m.quotes, self.working, state)
        if worded is not None:
            self._apply(clause, worded)  # "the same for the hook: 'Dinner panic?'": new words, same kind
            return True
        if copied is not None:
            found = followups.Repeat(ops=copied[0], targets=copied[1] or None, topic="overlay")
        else:
            found = None
        found = (
            found
            or (followups.put_back(clause, state) if self.ctx.carried else None)
            or (
                followups.same_field(clause, self.working, state)
                or followups.copy_field(clause, self.working, state)
                or followups.same_switch(clause, state)
                or (
                    None
                    if self.operations and followups.is_step_by(clause)
                    else followups.repeat(clause, self.working, state)
                )
            )
        )
        if found is None:
            return False
        before = self.working
        self._apply(clause, found)
        if _COMPLAINT_RE.search(clause):
            self.complaint = (list(found.ops), before)  # "too much, go back": the undo takes it back
        return True

    def _correction(self, clause: str) -> bool:
        if not (followups.is_correction(clause) and self.ctx.carried and self.m.state.last_operations):
            return False
        self._correct(clause)
        return True

    def _complaint(self, clause: str) -> bool:
        """A complaint that names no fix asks one question (unless the words also say the fix)."""
        if self.words_asked and shorter_again(clause):
            return True  # "the cta text is too long, shorten it": which words is theirs to say
        if CUE_START_RE.match(clause) and not (
            shortens_the_words(clause) or rewords(clause) or hits_harder(clause) or asks_to_stand_out(clause)
        ):
            return False
        there = self.ctx.targets if self.ctx.carried else None
        complaint = vague_complaint(clause, self.working, self.m.quotes, there)
        if complaint is None or (
            complaint.question.options
            and not fix_is_the_problem(clause, self.working, self.m.quotes)
            and not undirected(clause)
            and not shortens_the_words(clause)
            and not rewords(clause)
            and not hits_harder(clause)
            and self._reads_as_edit(clause)
        ):
            return False
        named = [
            sid for r in find_scene_refs(clause, self.working, self.m.quotes) if not r.error for sid in r.ids
        ] or quoted_scenes(clause, self.working, self.m.quotes)  # "'Pre-order now' is so generic"
        if named:
            self.ctx.targets = named  # "I don't like the hook, try something different": the hook
        self.words_asked = complaint.asks_for_words
        self._ask(complaint.question, clause)
        return True

    def _voice_clause(self, clause: str) -> bool:
        """A voice-over or captions request among others ("make the hook brighter and add a
        voice-over"), read by :mod:`voice` against the ad as the earlier requests leave it."""
        turn = read_voice(clause, self.working, self.m.quotes, self.ctx.targets or self.m.state.scene_ids)
        if turn is None:
            return False
        if turn.unknown:
            self.stop = _refuse(self.turn, turn.unknown)
            return True
        if turn.question:
            self.stop = _only_question(self.turn, turn.question)
            return True
        self._apply(
            clause,
            SimpleNamespace(ops=turn.operations, note=None, targets=turn.scene_ids, topic="voice", role=None),
        )
        return True

    def _words_out(self, clause: str) -> bool:
        """ "remove '100% arabica' from the showcase, and the cta …": words out of one scene's text
        (:mod:`word_removal`), among other requests as alone (it removed the whole scene)."""
        removal = removed_words(clause, self.working, self.m.quotes)
        if removal is None:
            return False
        if removal.problem:
            self.stop = _refuse(self.turn, removal.problem)
            self.stop.scene_ids = list(removal.scene_ids)
            return True
        self._apply(
            clause,
            SimpleNamespace(
                ops=removal.operations, note=None, targets=removal.scene_ids, topic="overlay", role=None
            ),
        )
        return True

    CLAUSE_STEPS: ClassVar[tuple[Callable[[_Edits, str], bool], ...]] = (
        _history,
        _words_out,
        _platforms,
        _meta,
        _variation_start,
        _photo_without_photo,
        _scene_count,
        _nothing_asked,
        _inline_question,
        _follow_up,
        _correction,
        _complaint,
        _voice_clause,
    )

    def _reads_as_edit(self, clause: str) -> bool:
        """A complaint whose words also say the fix ("doesn't fit, it's too upbeat")."""
        result = ClauseReader(self.working, self.m.quotes, Context(**vars(self.ctx))).read(clause)
        return bool(result.understood and result.ops) and _changes_something(self.working, result.ops)

    def _ask(self, asked: Any, clause: str = "") -> None:
        """A question for a complaint with no fix, asked only if no instruction follows it; the
        answer that is no option ("the music feels off" -> "something more upbeat") is about
        what the complaint named."""
        if self.remaining or (self.operations and self.instructed):
            # (after other requests: they are applied and this is asked with them)
            self._defer(asked.question, asked)
            return
        self.stop = _only_question(self.turn, asked.question)
        self.stop.pending = asked if (asked.options or asked.retry) else None
        self.stop.scene_ids = self.ctx.targets or None  # "'Warm bread at dawn'": for what it named
        self.stop.topic = next((topic for topic, pattern in TOPIC_WORDS if pattern.search(clause)), None)

    def _correct(self, clause: str) -> None:
        """ "no, I meant brighter": read against the ad as it was before the last request;
        "no, I meant the CTA" / "I meant the bottle": the last change moved there."""
        unclear, amount = corrected_amount(clause, self.m.state)
        if unclear is not None:
            # "a second shorter" -> "no, 3 seconds": than before, or long? (round twenty-six)
            self.stop = _only_question(self.turn, unclear)
            return
        if amount is not None:
            # ("2 seconds longer" -> "no, 3 seconds": 3 s long would be shorter, so the amount)
            taken = SimpleNamespace(
                ops=[ops.parse_operation(amount)], note=None, targets=None, topic="timing", role=None
            )
            taken.targets = [amount["sceneId"]] if amount.get("sceneId") else None
            self._apply(clause, taken)
            return
        redone = corrected_percent(clause, self.m.state)
        if redone is not None:
            # ("make the hook text 10% bigger" -> "I meant 20%": the same step by 20 %, round twenty-eight)
            taken = SimpleNamespace(
                ops=[ops.parse_operation(w) for w in redone], note=None, targets=None, topic=None, role=None
            )
            taken.targets = [w["sceneId"] for w in redone if w.get("sceneId")] or None
            self._apply(clause, taken)
            return
        moved = followups.moved(followups.without_correction_cue(clause), self.working, self.m.state)
        if moved is not None:
            self._apply(clause, moved)
            return
        base = followups.base_project(self.working, self.m.state)
        result = ClauseReader(base, self.m.quotes, self.ctx).read(followups.without_correction_cue(clause))
        stronger = insisted(clause)
        if (
            stronger is not None
            and result.understood
            and not (result.error or result.question)
            and result.ops
            and same_way(base, self.working, result.ops)
        ):
            # "a bit bigger" -> "no, I said BIGGER": the same way, much more than before it (round 30 c)
            much = ClauseReader(base, self.m.quotes, Context(**vars(self.ctx))).read(stronger)
            if much.understood and not (much.error or much.question) and much.ops:
                result = much
        if result.understood and not (result.error or result.question) and result.ops:
            # What the last request changed goes back first, then the corrected change: "I meant
            # the bottle on the left" leaves the text where it was.
            result.ops = followups.taken_back(self.m.state, unless=result.ops) + result.ops
            if not _changes_something(self.working, result.ops):
                # "music louder" -> "no, LOUDER.": the same change as the last one, so not a
                # correction of it: one more step the same way, from where the ad is now
                self._read(followups.without_correction_cue(clause))
                return
            self._apply(clause, result)
        else:
            self._read(clause)

    def _read(self, clause: str) -> None:
        before = self.working
        listed = any(topic_of(op) == self.ctx.topic for op in self.operations)
        clause = followups.in_topic(ending_words(clause), self.ctx.topic, listed=listed)
        result = ClauseReader(self.working, self.m.quotes, self.ctx).read(clause)
        step = self._scene_length_step(clause, result) if self.complaint is not None else None
        if step is not None:
            # "the problem scene is too long, cut 2 secs": the amount is the complaint's fix, on
            # that scene (its step undone), never the ad's length with every scene rescaled
            del self.operations[len(self.operations) - len(self.complaint[0]) :]  # type: ignore[index]
            before = self.working = self.complaint[1]  # type: ignore[index]
            self.last_ops = []
            result = step
        elif (
            self.complaint is not None
            and result.understood
            and result.ops
            # ("that's too much, a bit louder than that": the fix of one field the complaint's step changed)
            and set(_signature(result.ops)) <= set(_signature(self.complaint[0]))
        ):
            del self.operations[len(self.operations) - len(self.complaint[0]) :]
            before = self.working = self.complaint[1]
            # ("the ending feels rushed, the last card flashes by": the same complaint said twice
            # is one step, read once; the undone step is no longer the last one applied)
            self.last_ops = []
            result = ClauseReader(self.working, self.m.quotes, self.ctx).read(clause)
        elif (
            self.complaint is not None
            and result.ops
            and _restated(clause, result.ops, self.complaint[0], self)
        ):
            return  # "you can barely see it in the window shot, the product is so small": one step
        elif self.hero is not None and result.understood and _same_change(result.ops, self.hero[0]):
            # ("make the product the hero, make it bigger": one growth said twice, the step as said last)
            del self.operations[len(self.operations) - len(self.hero[0]) :]
            before = self.working = self.hero[1]
            self.last_ops = []
            result = ClauseReader(self.working, self.m.quotes, self.ctx).read(clause)
        self.complaint = None
        self.hero = None
        if result.understood and self.last_ops and _COMPLAINT_RE.search(clause):
            if _signature(result.ops) == _signature(self.last_ops):
                return  # "turn it down, it's too loud": the complaint after its fix is its reason
        if result.error and self._removed_already(clause):
            return  # "get rid of the traffic jam scene, we don't need the problem bit": said twice
        if result.error:
            self.stop = _refuse(self.turn, result.error)
            self.stop.pending = _retry_for(self.m, clause, result.error, self.working)
            if result.targets:  # "make the product bigger in the bread scene": that scene, still
                self.stop.scene_ids = list(result.targets)
            return
        if result.question:
            if not CUE_START_RE.match(clause) and self.remaining:
                # "the cta feels abrupt, make it a second longer": the instruction may follow.
                self.ctx.targets = result.targets or self.ctx.targets
                self._defer(
                    result.question,
                    _scene_retry(self.m, clause, result, self.working),
                )
                return
            self.stop = _only_question(self.turn, result.question)
            self.stop.pending = _scene_retry(self.m, clause, result, self.working)
            return
        if not result.understood:
            topic = topic_only(clause, self.working)
            if topic is not None:
                self.ctx.topic = topic  # "idk about the music, make it more chill": "it" is the music
                self.ctx.carried = True
                return
            self.turn.ignored.append(unmask(clause, self.m.quotes))
            if result.targets:
                self.ctx.targets = result.targets  # "I don't like the hook, try something different"
            return
        self._apply(clause, result)
        if _COMPLAINT_RE.search(clause) and (
            # ("when the music kicks in it's too loud, bring it down a bit": a time, then the complaint)
            not CUE_START_RE.match(clause) or questions.WHEN_CLAUSE_RE.search(clause)
        ):
            self.complaint = (result.ops, before)
        if (
            _HERO_RE.search(clause)
            and result.ops
            and all(op.operation == "update_product" for op in result.ops)
        ):
            self.hero = (result.ops, before)

    def _scene_length_step(self, clause: str, result: Any) -> ClauseResult | None:
        """ "the showcase drags, trim 2 s", "the hook is too short, add a second": after a complaint
        that one scene is too long (or short), an amount with no place of its own is taken off
        (or added to) that scene, the way the complaint went; None for anything else ("…, cut the
        ad by 2 s", "…, cut it to 10": the ad's)."""
        complained, before = self.complaint  # type: ignore[misc]
        if len(complained) != 1 or not isinstance(complained[0], ops.UpdateScene):
            return None
        wire = complained[0].to_wire()
        if set(wire) != {"operation", "sceneId", "durationSec"}:
            return None
        if not (result.understood and len(result.ops) == 1 and isinstance(result.ops[0], ops.SetDuration)):
            return None
        if not _LENGTH_STEP_RE.search(clause) or _WHOLE_OR_VALUE_RE.search(clause):
            return None
        if find_scene_refs(clause, self.working, self.m.quotes):
            return None
        sid = wire["sceneId"]
        old = float(before.scene(sid).duration_sec)
        delta = float(result.ops[0].duration_sec) - float(self.working.duration_sec)
        if not delta or (delta < 0) != (float(wire["durationSec"]) < old) or old + delta <= 0:
            return None
        return ClauseResult(
            ops=[ops.UpdateScene(scene_id=sid, duration_sec=round(old + delta, 2))],
            understood=True,
            targets=[sid],
            topic="scene",
        )

    def _removed_already(self, clause: str) -> bool:
        """A clause that names only scenes this message has just removed."""
        refs = find_scene_refs(clause, self.m.project, self.m.quotes) if self.m.project is not None else []
        return bool(refs) and all(r.ids and set(r.ids) <= self.removed for r in refs)

    def _apply(self, clause: str, result: Any) -> None:
        if self.simulating and result.ops and (self.operations or self.remaining):
            _, error = simulate(self.working, result.ops)
            if error:
                # "the voice slower, cta bigger" on an ad with no voice-over: the other requests
                # are made, this one is left out and the reply says why (round twenty-six)
                self.understood_any = True
                self.not_done.append(error)
                return
        self.understood_any = True
        self.instructed = self.instructed and bool(CUE_START_RE.match(clause))
        self.last_ops = list(result.ops)
        self.removed |= {op.scene_id for op in result.ops if op.operation == "remove_scene"}
        if result.note:
            self.notes.append(result.note)
        self.operations.extend(result.ops)
        if result.targets is not None:
            self.ctx.targets = result.targets
            self.ctx.asked = False
        if result.topic:
            self.ctx.topic = result.topic
        if result.role:
            self.ctx.role = result.role
        self.ctx.carried = False
        if self.simulating:
            self.working, error = simulate(self.working, result.ops)
            if error:
                self.stop = _refuse(self.turn, error)

    def _finish(self) -> ParsedTurn:
        turn = self.turn
        if self.variation is not None:
            made = self._variations()
            if made is not None:
                return made
        turn.operations = self.operations = _without_superseded(self.operations)
        if self.notes and not self.operations and not _wants_other(turn):
            return _refuse(turn, self.notes[0])
        if self.not_done and not self.operations:
            return _refuse(turn, self.not_done[0])
        self.answers += [f"Not done: {why}" for why in dict.fromkeys(self.not_done)]
        if not self.understood_any:
            turn.ignored = []
            turn.wants_render = False
            turn.unknown = (
                ACK_TEXT
                if self.approved
                else LEFT_AS_IT_IS_TEXT
                if self.declined
                else (refusals.unsupported_alone(self.m.plain) or HELP_TEXT)
            )
        turn.scene_ids = self.ctx.targets if self.operations else None
        turn.topic = self.ctx.topic if self.operations else None
        if not self.operations and self.answered is not None:
            turn.scene_ids, turn.topic = self.answered
        if self.answers:
            turn.answer = "\n".join(self.answers)
        return turn

    def _variations(self) -> ParsedTurn | None:
        variation = self.variation
        assert variation is not None
        made, problem = variation_operations(
            variation.body, variation.label, variation.count, self.working, self.m.quotes
        )
        if problem is not None:
            kind, message = problem
            return _refuse(self.turn, message) if kind == "error" else _only_question(self.turn, message)
        if not made:
            asked = _only_question(self.turn, VARIATION_QUESTION.format(label=variation.label or "B"))
            asked.pending = PendingQuestion(
                asked.question or "", retry=retry.variant_template(self.m.raw), value_kind=retry.VARIANT_BODY
            )
            return asked
        self.operations.extend(made)
        # What "it" means next: the scenes and the kind of thing the variants changed.
        sub_ops = [sub for op in made for sub in op.operations]
        self.ctx.targets = list(
            dict.fromkeys(sid for op in sub_ops if (sid := getattr(op, "scene_id", None)))
        )
        self.ctx.topic = topic_of(sub_ops[-1]) if sub_ops else self.ctx.topic
        return None


# An amount of time taken off or added ("cut 2 secs", "add a second"), and words that make it the
# ad's or a value rather than a step ("the whole ad", "cut it to 10"): for _scene_length_step.
_LENGTH_STEP_RE = re.compile(
    r"\b(?:cut|trim|shave|take|knock|lose|drop|remove|chop|snip|lop|minus|less|shorter|shorten|reduce|"
    r"add|extra|another|more|longer|extend|plus)\b",
    re.I,
)
_WHOLE_OR_VALUE_RE = re.compile(
    r"\b(?:ad|advert|video|vid|spot|film|clip|it|everything|whole|total|overall|altogether|entire|all)\b"
    r"|\bto\s+\d|%",
    re.I,
)
_ANOTHER_ONE_RE = re.compile(
    r"^\W*(?:and\s+)?(?:another(?:\s+one)?|one\s+more)(?:\W*$|\s*[,:;—–-]+\s*)", re.I
)


# Edits that set values and nothing else: a later one of the same kind for the same scene setting
# every field of an earlier one leaves the ad as if the earlier one had never been made.
_SETTING_OPS = (ops.UpdateScene, ops.UpdateOverlay, ops.UpdateProduct, ops.UpdateAudio, ops.UpdateStyle)


def _without_superseded(operations: list[Any]) -> list[Any]:
    """ "slide 2 drags, make it 5 seconds": the step the complaint took (5.6 s) is no edit of its
    own once the value that follows sets the same field (only the 5 s is made, and "slide 5 as
    well" repeats that). Only when nothing but such settings lies between the two."""
    kept = list(operations)
    for i in range(len(kept) - 1, -1, -1):
        op = kept[i]
        if not isinstance(op, _SETTING_OPS):
            continue
        wire = op.to_wire()
        fields = set(wire) - {"operation", "sceneId"}
        for later in kept[i + 1 :]:
            if not isinstance(later, _SETTING_OPS):
                break
            later_wire = later.to_wire()
            if (
                type(later) is type(op)
                and later_wire.get("sceneId") == wire.get("sceneId")
                and fields
                and fields <= set(later_wire)
            ):
                del kept[i]
                break
    return kept


# What an edit leaves as it was whatever it changes (its bookkeeping, not the ad).
_BOOKKEEPING = {"version", "history", "render_status", "preflight", "created_at", "cost"}


def _changes_something(project: AdProject, operations: list[Any]) -> bool:
    """Whether the operations change the ad: "the acoustic track is a bit sleepy" read as
    "acoustic music" names what is there now, so it is no fix for the complaint."""
    after, error = simulate(project, operations)
    if error:
        return True
    return after.model_dump(exclude=_BOOKKEEPING) != project.model_dump(exclude=_BOOKKEEPING)


def _wants_other(turn: ParsedTurn) -> bool:
    return turn.wants_render or turn.wants_status or turn.wants_list or turn.wants_cancel


def _restated(clause: str, operations: list[Any], complained: list[Any], edits: _Edits) -> bool:
    """A complaint naming no scene that changes the same fields as the complaint before it,
    which named its scenes, says that complaint again."""
    if not _COMPLAINT_RE.search(clause) or edits.m.project is None:
        return False
    if find_scene_refs(clause, edits.working, edits.m.quotes):
        return False
    return {_kind(op) for op in operations} == {_kind(op) for op in complained}


def _same_change(operations: list[Any], earlier: list[Any]) -> bool:
    """The same fields of the same scenes as ``earlier`` changed again."""
    return (
        bool(operations)
        and sorted(map(_kind, operations)) == sorted(map(_kind, earlier))
        and sorted(_signature(operations), key=str) == sorted(_signature(earlier), key=str)
    )


def _kind(op: Any) -> tuple[str, ...]:
    wire = op.to_wire()
    return (wire.pop("operation"), *sorted(k for k in wire if k != "sceneId"))


def _signature(operations: list[Any]) -> list[tuple[str, Any]]:
    return [(op.operation, getattr(op, "scene_id", None)) for op in operations]


def _is_meta_clause(clause: str) -> bool:
    return read_meta(clause, ParsedTurn()) or UNDO_RE.search(clause) is not None


def _refuse(turn: ParsedTurn, message: str) -> ParsedTurn:
    turn.operations = []
    turn.unknown = message
    turn.question = None
    turn.wants_render = False
    turn.render_quality = None
    return turn


def _only_question(turn: ParsedTurn, question: str | None = None) -> ParsedTurn:
    turn.operations = []
    if question is not None:
        turn.question = question
    turn.unknown = None
    turn.wants_render = False
    turn.render_quality = None
    return turn
