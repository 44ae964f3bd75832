"""One settings object, read from the environment (and an optional ``.env`` file).

Every variable is listed with its default in the README's configuration table. Cloud keys are
optional: without them the offline providers are used, so a newcomer needs no account.
"""

from __future__ import annotations

from functools import cached_property
from pathlib import Path

from pydantic import AliasChoices, Field
from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_file=".env", extra="ignore", populate_by_name=True)

    data_dir: Path = Field(default=Path(".adgen"), validation_alias="ADGEN_DATA_DIR")
    # postgresql://user:password@host:port/db for projects and chat history shared by several
    # machines; unset keeps both in the embedded SQLite files under the data folder.
    database_url: str | None = Field(default=None, validation_alias="ADGEN_DATABASE_URL")
    redis_url: str | None = Field(default=None, validation_alias="REDIS_URL")
    # Port of the Redis that `adgen up` starts when REDIS_URL names none that answers.
    local_redis_port: int = Field(default=6390, validation_alias="ADGEN_REDIS_PORT")

    openai_api_key: str | None = Field(default=None, validation_alias="OPENAI_API_KEY")
    openai_base_url: str | None = Field(default=None, validation_alias="OPENAI_BASE_URL")
    openai_model: str = Field(default="gpt-4o-mini", validation_alias="ADGEN_OPENAI_MODEL")

    replicate_api_token: str | None = Field(default=None, validation_alias="REPLICATE_API_TOKEN")
    replicate_base_url: str | None = Field(default=None, validation_alias="REPLICATE_BASE_URL")
    replicate_video_model: str = Field(
        default="wan-video/wan-2.2-t2v-fast", validation_alias="ADGEN_VIDEO_MODEL"
    )
    replicate_music_model: str = Field(default="meta/musicgen", validation_alias="ADGEN_MUSIC_MODEL")
    provider_timeout_sec: float = Field(default=600.0, validation_alias="ADGEN_PROVIDER_TIMEOUT")
    cloud_concurrency: int = Field(default=4, validation_alias="ADGEN_CLOUD_CONCURRENCY")

    aws_endpoint_url: str | None = Field(default=None, validation_alias="AWS_ENDPOINT_URL")
    s3_bucket: str | None = Field(default=None, validation_alias="ADGEN_S3_BUCKET")
    s3_prefix: str = Field(default="adgen/", validation_alias="ADGEN_S3_PREFIX")
    presign_ttl_sec: int = Field(default=3600, validation_alias="ADGEN_PRESIGN_TTL")

    slack_bot_token: str | None = Field(default=None, validation_alias="SLACK_BOT_TOKEN")
    slack_signing_secret: str | None = Field(default=None, validation_alias="SLACK_SIGNING_SECRET")
    slack_app_token: str | None = Field(default=None, validation_alias="SLACK_APP_TOKEN")
    slack_api_url: str = Field(default="https://slack.com/api/", validation_alias="SLACK_API_URL")

    max_upload_bytes: int = Field(default=20 * 1024 * 1024, validation_alias="ADGEN_MAX_UPLOAD_BYTES")
    max_upload_pixels: int = Field(default=40_000_000, validation_alias="ADGEN_MAX_UPLOAD_PIXELS")
    # Ask before spending more than this on cloud providers in one request (US dollars).
    confirm_cost_usd: float = Field(default=1.0, validation_alias="ADGEN_CONFIRM_COST_USD")
    render_quality: str = Field(default="draft", validation_alias=AliasChoices("ADGEN_RENDER_QUALITY"))
    render_workers: int | None = Field(default=None, validation_alias="ADGEN_RENDER_PROCESSES")
    # Threads of each scene pass's encoder; unset lets ffmpeg use every core. Where several
    # encodes share the cores (workers side by side), one or two each waste less on threading.
    encoder_threads: int | None = Field(default=None, ge=1, validation_alias="ADGEN_ENCODER_THREADS")

    # Reading a product page from a link (adgen/product_page): limits of the safe fetcher, and
    # the hosts or networks it may reach although they are not public (tests: "127.0.0.1").
    fetch_allow_hosts: str = Field(default="", validation_alias="ADGEN_FETCH_ALLOW_HOSTS")
    fetch_max_page_bytes: int = Field(
        default=5 * 1024 * 1024, ge=1024, validation_alias="ADGEN_FETCH_MAX_PAGE_BYTES"
    )
    fetch_timeout_sec: float = Field(default=20.0, gt=0, validation_alias="ADGEN_FETCH_TIMEOUT")
    fetch_read_timeout_sec: float = Field(default=10.0, gt=0, validation_alias="ADGEN_FETCH_READ_TIMEOUT")
    fetch_max_redirects: int = Field(default=5, ge=0, le=20, validation_alias="ADGEN_FETCH_MAX_REDIRECTS")
    fetch_max_images: int = Field(default=8, ge=1, le=30, validation_alias="ADGEN_FETCH_MAX_IMAGES")
    # Voice-over: "auto" uses Piper when its voice file is there, else OpenAI when keyed, else
    # espeak-ng; or name one. The voice is the engine's own name (espeak-ng en-us, OpenAI alloy).
    tts_engine: str = Field(default="auto", validation_alias="ADGEN_TTS_ENGINE")
    tts_voice: str | None = Field(default=None, validation_alias="ADGEN_TTS_VOICE")
    tts_model: str = Field(default="gpt-4o-mini-tts", validation_alias="ADGEN_TTS_MODEL")
    tts_timeout_sec: float = Field(default=60.0, validation_alias="ADGEN_TTS_TIMEOUT")
    piper_voice: str | None = Field(default=None, validation_alias="ADGEN_PIPER_VOICE")
    # A TOML or JSON file of platform preset rows that replace or extend the built-in table
    # (adgen/platforms/presets.toml): the platforms move their safe zones and limits.
    presets_file: Path | None = Field(default=None, validation_alias="ADGEN_PRESETS_FILE")
    # Pre-flight (issue 16): check every export of a final render against its presets; and let
    # the render fix by itself what the check would fail (text contrast, boxes outside the safe
    # area, loudness). With fixes off the ad renders as planned and the check names what fails.
    preflight_check: bool = Field(default=True, validation_alias="ADGEN_PREFLIGHT")
    preflight_fixes: bool = Field(default=True, validation_alias="ADGEN_PREFLIGHT_FIXES")

    # Brand kits (adgen/brand): upload limits for logos and fonts, and the teams that share kits
    # ("acme=alice,bob;globex=carol"; a kit with a team is usable by that team's members).
    brand_max_logo_bytes: int = Field(
        default=5 * 1024 * 1024, ge=1024, validation_alias="ADGEN_BRAND_MAX_LOGO_BYTES"
    )
    brand_max_font_bytes: int = Field(
        default=20 * 1024 * 1024, ge=1024, validation_alias="ADGEN_BRAND_MAX_FONT_BYTES"
    )
    brand_teams: str = Field(default="", validation_alias="ADGEN_TEAMS")

    # The HTTP API (adgen/api): request limits, per-key rate limits, signed links, webhooks, batches.
    api_max_json_bytes: int = Field(default=1024 * 1024, ge=1024, validation_alias="ADGEN_API_MAX_JSON_BYTES")
    api_max_feed_bytes: int = Field(
        default=5 * 1024 * 1024, ge=1024, validation_alias="ADGEN_API_MAX_FEED_BYTES"
    )
    api_max_feed_rows: int = Field(default=500, ge=1, validation_alias="ADGEN_API_MAX_FEED_ROWS")
    api_rate_per_minute: float = Field(default=120.0, gt=0, validation_alias="ADGEN_API_RATE_PER_MINUTE")
    api_rate_burst: int = Field(default=30, ge=1, validation_alias="ADGEN_API_RATE_BURST")
    api_link_ttl_sec: int = Field(default=24 * 3600, ge=60, validation_alias="ADGEN_API_LINK_TTL")
    api_public_url: str | None = Field(default=None, validation_alias="ADGEN_API_PUBLIC_URL")
    api_batch_concurrency: int = Field(default=2, ge=1, le=64, validation_alias="ADGEN_API_BATCH_CONCURRENCY")
    webhook_allow_hosts: str = Field(default="", validation_alias="ADGEN_WEBHOOK_ALLOW_HOSTS")
    webhook_timeout_sec: float = Field(default=10.0, gt=0, validation_alias="ADGEN_WEBHOOK_TIMEOUT")
    webhook_retries: int = Field(default=5, ge=0, le=12, validation_alias="ADGEN_WEBHOOK_RETRIES")
    webhook_retry_base_sec: int = Field(default=10, ge=1, validation_alias="ADGEN_WEBHOOK_RETRY_BASE")

    auth: str = Field(default="none", validation_alias="ADGEN_AUTH")  # none | password | header
    auth_users: str = Field(default="", validation_alias="ADGEN_USERS")  # "alice:pw,bob:pw"
    auth_header: str = Field(default="X-Forwarded-User", validation_alias="ADGEN_AUTH_HEADER")
    # Origins besides the served one whose pages may use a session ("https://ads.example.com,…"):
    # the public address of a reverse proxy that does not pass the Host it was called with.
    allowed_origins: str = Field(default="", validation_alias="ADGEN_ALLOWED_ORIGINS")

    @property
    def llm_enabled(self) -> bool:
        return bool(self.openai_api_key)

    @property
    def replicate_enabled(self) -> bool:
        return bool(self.replicate_api_token)

    @property
    def s3_enabled(self) -> bool:
        return bool(self.s3_bucket)

    @cached_property
    def root(self) -> Path:
        """The data folder, created on first use."""
        path = self.data_dir.expanduser().resolve()
        path.mkdir(parents=True, exist_ok=True)
        return path

    @property
    def database_path(self) -> Path:
        return self.root / "adgen.sqlite3"

    @property
    def media_dir(self) -> Path:
        return self.root / "media"

    @property
    def logs_dir(self) -> Path:
        return self.root / "conversations"

    @property
    def api_database_path(self) -> Path:
        """API keys, idempotency records, batches and webhooks (beside the project database)."""
        return self.root / "api.sqlite3"


def get_settings() -> Settings:
    """Fresh settings from the current environment (cheap; tests change the environment)."""
    return Settings()
