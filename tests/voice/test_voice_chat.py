"""The voice-over through a conversation (the offline agent, as the web chat, Slack and
`adgen chat` use it): a brief that asks for a voice, then the issue's phrasings, each a new
version whose note says what changed, undone as one step like any edit."""

from __future__ import annotations

from adgen.agent.session import ChatSession


def open_session(settings) -> ChatSession:
    return ChatSession.open(
        settings=settings, owner="alice", conversation_id="voice-1", channel="test", auto_render=False
    )


async def test_a_conversation_with_a_voice_over(settings) -> None:
    session = open_session(settings)
    planned = (await session.send("a 15 s ad for our cold brew with a voice-over, energetic")).project
    assert planned.voice.enabled and planned.captions.enabled
    assert all(s.voiceover and s.voiceover.text for s in planned.scenes)

    reply = await session.send("make the voice-over in the hook say 'Still tired at three?'")
    assert [op["operation"] for op in reply.operations] == ["update_voiceover"]
    assert "Still tired at three?" in reply.text and session.project.scene("scene_1").voiceover.text == (
        "Still tired at three?"
    )

    reply = await session.send("no voice-over in the cta")
    assert not session.project.scenes[-1].voiceover.enabled and "No voice-over in" in reply.text

    reply = await session.send("a slower, deeper voice")
    assert (session.project.voice.rate, session.project.voice.pitch) == (0.85, 0.85)
    assert "voice" in reply.text.lower()

    reply = await session.send("captions in the word-by-word style")
    assert session.project.captions.style == "word" and "word-by-word" in reply.text

    reply = await session.send("no captions")
    assert not session.project.captions.enabled

    reply = await session.send("turn the voice off")
    assert not session.project.voice.enabled and "off" in reply.text

    await session.send("undo")
    assert session.project.voice.enabled  # the voice is back, the rest as it was
    assert session.project.scenes[-1].voiceover.enabled is False
