"""adgen: a chat-driven studio that turns a marketer's words into finished video ads."""

__version__ = "0.1.0"
