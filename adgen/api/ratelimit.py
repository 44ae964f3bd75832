"""Per-key rate limits: a token bucket per API key, in Redis when there is one.

Each key may make ``burst`` requests at once and then ``rate`` a second on average. The bucket
lives in Redis (one Lua script reads, refills and takes atomically, on the server's clock), so
every API process behind a load balancer counts against the same bucket; without Redis the
bucket is kept in this process. A refused request learns how long to wait (``Retry-After``).
"""

from __future__ import annotations

import math
import threading
import time
from dataclasses import dataclass

import redis

_TAKE_LUA = """
local rate, burst = tonumber(ARGV[1]), tonumber(ARGV[2])
local t = redis.call('TIME')
local now = tonumber(t[1]) + tonumber(t[2]) / 1000000
local data = redis.call('HMGET', KEYS[1], 'tokens', 'ts')
local tokens = tonumber(data[1]) or burst
local ts = tonumber(data[2]) or now
tokens = math.min(burst, tokens + math.max(0, now - ts) * rate)
local allowed, wait = 0, 0
if tokens >= 1 then
  tokens = tokens - 1
  allowed = 1
else
  wait = (1 - tokens) / rate
end
redis.call('HSET', KEYS[1], 'tokens', tostring(tokens), 'ts', tostring(now))
redis.call('EXPIRE', KEYS[1], math.ceil(burst / rate) + 60)
return {allowed, tostring(wait), tostring(tokens)}
"""


@dataclass(frozen=True)
class Decision:
    allowed: bool
    retry_after_sec: int
    remaining: int


class RateLimiter:
    """``take(key)`` spends one token of that key's bucket, or says how long until there is one."""

    def __init__(self, per_minute: float, burst: int, redis_url: str | None = None) -> None:
        self.rate = per_minute / 60.0
        self.burst = burst
        self._redis = redis.Redis.from_url(redis_url, decode_responses=True) if redis_url else None
        self._script = self._redis.register_script(_TAKE_LUA) if self._redis else None
        self._local: dict[str, tuple[float, float]] = {}
        self._lock = threading.Lock()

    def take(self, key: str) -> Decision:
        if self._script is not None:
            try:
                allowed, wait, tokens = self._script(
                    keys=[f"adgen:api:bucket:{key}"], args=[self.rate, self.burst]
                )
                return self._decision(bool(int(allowed)), float(wait), float(tokens))
            except redis.RedisError:
                pass  # Redis is away: count in this process rather than refuse everyone
        return self._take_local(key)

    def _take_local(self, key: str) -> Decision:
        now = time.monotonic()
        with self._lock:
            tokens, ts = self._local.get(key, (float(self.burst), now))
            tokens = min(self.burst, tokens + (now - ts) * self.rate)
            if tokens >= 1:
                self._local[key] = (tokens - 1, now)
                return self._decision(True, 0.0, tokens - 1)
            self._local[key] = (tokens, now)
            return self._decision(False, (1 - tokens) / self.rate, tokens)

    @staticmethod
    def _decision(allowed: bool, wait: float, tokens: float) -> Decision:
        return Decision(allowed, max(1, math.ceil(wait)) if not allowed else 0, max(0, int(tokens)))

    def close(self) -> None:
        if self._redis is not None:
            self._redis.close()


__all__ = ["Decision", "RateLimiter"]
