"""Which service does each step of a render: the offline one, or the cloud one when keyed.

The choice is made once per render from Settings, so a worker process can rebuild the same
set from the same settings. A Providers value is picklable (plain instances of top-level
classes), which lets the renderer ship it to a process pool.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from adgen.pipeline.keys import is_remote
from adgen.pipeline.types import MusicEngine, VideoGenerator
from adgen.settings import Settings


@dataclass
class Providers:
    """The services one render uses; any object with the same methods will do."""

    video: VideoGenerator
    music: MusicEngine
    extractor: Any
    compositor: Any
    overlay: Any
    # The voice-over's speech engine (adgen.pipeline.voice_stages.SpeechProvider); None: the offline voice.
    speech: Any = None

    @property
    def remote_video(self) -> bool:
        """Backgrounds come from a network service: run them as concurrent awaits, not processes."""
        return is_remote(self.video)


def local_providers() -> Providers:
    """The offline set: no keys, no network, deterministic for a given project."""
    from adgen.pipeline.services.audio.local import LocalAudioEngine
    from adgen.pipeline.services.compositor import Compositor
    from adgen.pipeline.services.extractor import ProductExtractor
    from adgen.pipeline.services.overlay import TextOverlayRenderer
    from adgen.pipeline.services.video.local import LocalVideoGenerator

    return Providers(
        video=LocalVideoGenerator(),
        music=LocalAudioEngine(),
        extractor=ProductExtractor(),
        compositor=Compositor(),
        overlay=TextOverlayRenderer(),
    )


def providers_for(settings: Settings) -> Providers:
    """Cloud video and music when REPLICATE_API_TOKEN is set, local otherwise; the rest is local."""
    from adgen.pipeline.voice_stages import SpeechProvider

    providers = local_providers()
    providers.speech = SpeechProvider(settings)
    if settings.replicate_enabled:
        from adgen.pipeline.services.audio.replicate import ReplicateMusicEngine
        from adgen.pipeline.services.video.replicate import ReplicateVideoGenerator

        providers.video = ReplicateVideoGenerator(settings)
        providers.music = ReplicateMusicEngine(settings)
    return providers
