"""What one conversation works with: the user, the stores and the render service.

Passed to the graph as its runtime context (never checkpointed) and used by the offline path
directly, so both paths act on the same services in the same way.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from adgen.settings import Settings
from adgen.store.media import MediaStore, open_media_store
from adgen.store.projects import ProjectStore, open_project_store


@dataclass
class AgentContext:
    settings: Settings
    owner: str
    conversation_id: str
    channel: str
    projects: ProjectStore
    media: MediaStore
    # Start a draft render after every plan or edit: what a marketer expects from a chat.
    auto_render: bool = True
    # Start renders at all; replay records render requests but renders only at its end.
    rendering: bool = True
    # Stream the model's answer (tool-call deltas included); off only for servers that can't.
    llm_streaming: bool = True
    # Read the product pages that messages link to; replay takes them from the log instead.
    reads_pages: bool = True
    # How many of the latest user turns the model sees (older ones are in the log).
    history_turns: int = 12
    render_service: Any = field(default=None, repr=False)

    @classmethod
    def create(
        cls,
        settings: Settings,
        *,
        owner: str,
        conversation_id: str,
        channel: str,
        render_service: Any = None,
        **options: Any,
    ) -> AgentContext:
        return cls(
            settings=settings,
            owner=owner,
            conversation_id=conversation_id,
            channel=channel,
            projects=open_project_store(settings),
            media=open_media_store(settings),
            render_service=render_service,
            **options,
        )

    @property
    def renders(self) -> Any:
        """The render service, created on first use (in-process when no Redis answers)."""
        if self.render_service is None:
            from adgen.jobs.service import get_render_service

            self.render_service = get_render_service(self.settings)
        return self.render_service
