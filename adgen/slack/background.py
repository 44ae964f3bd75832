"""An event loop in its own thread, where the adapter's turns run.

Why not Bolt's loop: Bolt must answer Slack within 3 seconds, and a turn does blocking work
(planning, the project store, starting renders). Keeping turns on another loop means the
acknowledgement never waits behind a turn, whatever the turn does.
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import logging
import threading
import time
from collections.abc import Coroutine
from typing import Any

log = logging.getLogger(__name__)


class BackgroundLoop:
    def __init__(self, name: str = "adgen-slack-turns") -> None:
        self.loop = asyncio.new_event_loop()
        self._futures: set[concurrent.futures.Future[Any]] = set()
        self._lock = threading.Lock()
        self._thread = threading.Thread(target=self._run, name=name, daemon=True)
        self._thread.start()

    def _run(self) -> None:
        asyncio.set_event_loop(self.loop)
        self.loop.run_forever()

    def submit(self, coro: Coroutine[Any, Any, Any]) -> concurrent.futures.Future[Any]:
        """Run a coroutine on the background loop (from any thread); the future is kept until done."""
        future = asyncio.run_coroutine_threadsafe(coro, self.loop)
        with self._lock:
            self._futures.add(future)
        future.add_done_callback(self._forget)
        return future

    def _forget(self, future: concurrent.futures.Future[Any]) -> None:
        with self._lock:
            self._futures.discard(future)
        if not future.cancelled() and future.exception() is not None:
            log.error("a background Slack task failed", exc_info=future.exception())

    def pending(self) -> int:
        with self._lock:
            return len(self._futures)

    def wait_idle(self, timeout: float) -> bool:
        """Wait until everything submitted has finished; False if some is still running."""
        stop = time.monotonic() + timeout
        while time.monotonic() < stop:
            with self._lock:
                futures = list(self._futures)
            if not futures:
                return True
            concurrent.futures.wait(futures, timeout=max(0.0, stop - time.monotonic()))
        return self.pending() == 0

    def stop(self, timeout: float = 5.0) -> None:
        """Cancel what is still running and stop the loop."""
        if not self.loop.is_running():
            return

        async def cancel_all() -> None:
            tasks = [t for t in asyncio.all_tasks() if t is not asyncio.current_task()]
            for task in tasks:
                task.cancel()
            await asyncio.gather(*tasks, return_exceptions=True)

        try:
            asyncio.run_coroutine_threadsafe(cancel_all(), self.loop).result(timeout)
        except (concurrent.futures.TimeoutError, RuntimeError):
            pass
        self.loop.call_soon_threadsafe(self.loop.stop)
        self._thread.join(timeout)


__all__ = ["BackgroundLoop"]
