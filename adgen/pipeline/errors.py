"""Errors a pipeline service raises when its provider lets it down.

The orchestrator catches :class:`ProviderError` per scene: that scene gets a marked fallback
clip and the project ends ``completed_with_warnings`` with this message, so the message is
written to be shown to a marketer (what failed and why, in the provider's own words).
"""

from __future__ import annotations

from adgen.pipeline.types import ProviderCall


class ProviderError(Exception):
    """A provider call failed: a failed or timed-out prediction, a rejected request, bad output.

    ``call`` is the cost record of the attempt when the provider billed for it (a failed
    prediction still ran on a GPU), so cost can be recorded even when a render fails.
    """

    def __init__(
        self,
        message: str,
        *,
        provider: str = "",
        model: str = "",
        call: ProviderCall | None = None,
        retryable: bool = False,
    ) -> None:
        super().__init__(message)
        self.provider = provider
        self.model = model
        self.call = call
        self.retryable = retryable


__all__ = ["ProviderError"]
