"""Helpers of the URL-to-ad tests: a conversation, and what a page states as a reader sees it."""

from __future__ import annotations

import hashlib
from typing import Any

import page_pictures as pictures
from lxml import html as lxml_html

from adgen.agent.session import ChatSession
from adgen.pipeline.services.planner.grounding import numbers_in
from adgen.settings import Settings

PRODUCT_SHOT_SHA = hashlib.sha256(pictures.product_shot()).hexdigest()
LIFESTYLE_SHA = hashlib.sha256(pictures.lifestyle()).hexdigest()


def open_session(settings: Settings, conversation_id: str = "page-1", **options: Any) -> ChatSession:
    options.setdefault("auto_render", False)
    return ChatSession.open(
        settings=settings, owner="alice", conversation_id=conversation_id, channel="test", **options
    )


def visible_text(page_html: str) -> str:
    """The words a visitor reads on the page, plus its structured data (where prices also live)."""
    tree = lxml_html.fromstring(page_html)
    data = " ".join(tree.xpath("//script[@type='application/ld+json']/text()"))
    for node in tree.xpath("//script|//style"):
        node.drop_tree()
    return tree.text_content() + " " + data


def page_numbers(page_html: str) -> set[str]:
    return numbers_in(visible_text(page_html))


def copy_of(project: Any) -> str:
    return "\n".join(scene.overlay.text for scene in project.scenes)


def page_html(shop: Any, url: str) -> str:
    """The HTML the loopback shop serves at ``url``."""
    path = "/" + url.split("/", 3)[3]
    return shop.routes[path.split("?")[0]].body.decode()
