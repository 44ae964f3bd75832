"""Record the golden conversation logs again: ``.venv/bin/python tests/golden/record.py``.

Each golden log is a real conversation with the offline agent (no LLM key), written by
ChatSession exactly as the product logs any conversation, attachments copied beside it. Re-record
only when a change of behaviour is intended, and read the diff of the logs before committing.
"""

from __future__ import annotations

import asyncio
import os
import shutil
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent

CONVERSATIONS: dict[str, list[tuple[str, list[str]]]] = {
    "brief_edits_undo": [
        (
            "A 15 second ad for Northwind Coffee cold brew, energetic, brand colours navy and gold",
            ["bottle.png"],
        ),
        ("make the hook say 'Wake up to cold brew'", []),
        ("make the ad 20 seconds and warmer", []),
        ("add a testimonial after the showcase saying 'Best coffee I've had'", []),
        ("undo", []),
        ("bigger text on the CTA", []),
        ("undo", []),
        ("undo", []),
        ("render a draft", []),
    ],
    "ab_variation": [
        ("Make a 20 second ad for Lumen desk lamps, calm and minimal, colours teal and white", []),
        ("the CTA should say 'Light up your desk'", []),
        ("an A/B version where the CTA says 'Buy now'", []),
        ("make the hook say 'Focus, beautifully'", []),
        ("list my projects", []),
        ("render the final version", []),
    ],
    "hostile_texts": [
        ("A 15s ad for Café «Sakura» tea 🍵, playful, colours #FFB7C5 and #2E4A3F", []),
        ('make the hook say "50% off: today only!"', []),
        ("the CTA should say 'Don't wait — order now 🎉'", []),
        ("make the showcase say 「桜の季節」", []),
        ("change 'Don't wait — order now 🎉' to 'C'est parti : 100 % naturel'", []),
        ("make scene 7 say hi", []),
        ("what's the weather like in Kyoto?", []),
        ("🎉🎉🎉", []),
        ('make the hook say ""', []),
        ("tagline: Brewed with ❤️ in Kyoto", []),
        ('make the showcase say "Line one\nline two"', []),
    ],
}


def product_png(path: Path) -> None:
    """A small product cut-out: a bottle shape on a transparent background."""
    from PIL import Image, ImageDraw

    image = Image.new("RGBA", (96, 160), (0, 0, 0, 0))
    draw = ImageDraw.Draw(image)
    draw.rectangle((36, 8, 60, 40), fill=(40, 30, 20, 255))
    draw.rounded_rectangle((16, 36, 80, 152), radius=14, fill=(90, 55, 25, 255))
    draw.rectangle((20, 80, 76, 116), fill=(242, 165, 65, 255))
    image.save(path, format="PNG")


async def record(name: str, turns: list[tuple[str, list[str]]], sources: Path) -> None:
    from adgen.agent.session import ChatSession
    from adgen.settings import Settings

    log = HERE / f"{name}.jsonl"
    log.unlink(missing_ok=True)
    shutil.rmtree(HERE / f"{name}.files", ignore_errors=True)
    session = ChatSession.open(
        settings=Settings(),
        owner="golden",
        conversation_id=name,
        channel="golden",
        log_path=log,
        auto_render=False,
        rendering=False,
    )
    for text, files in turns:
        reply = await session.send(text, [sources / f for f in files])
        print(f"> {text}\n{reply.text}\n  {reply.operations}\n")
    await session.close()


def main() -> int:
    with tempfile.TemporaryDirectory() as tmp:
        os.environ["ADGEN_DATA_DIR"] = str(Path(tmp) / "data")
        for key in ("OPENAI_API_KEY", "REPLICATE_API_TOKEN", "REDIS_URL", "ADGEN_S3_BUCKET"):
            os.environ.pop(key, None)
        product_png(Path(tmp) / "bottle.png")
        for name, turns in CONVERSATIONS.items():
            asyncio.run(record(name, turns, Path(tmp)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
