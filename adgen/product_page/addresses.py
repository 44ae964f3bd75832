"""Which network addresses a product-page fetch may connect to: public internet addresses only.

A marketer's link is a request made *from our server*, so a link to ``http://169.254.169.254/``
or to a name that resolves to ``10.0.0.5`` would make us read our own cloud credentials or
internal services (server-side request forgery). The rule is judged on the address actually
connected to, after DNS resolution (see :mod:`adgen.product_page.network`), never on how the
URL spells the host: ``2130706433``, ``0x7f.1``, ``[::ffff:127.0.0.1]`` and a name mapped to
127.0.0.1 all arrive here as 127.0.0.1.

An allow-list (``ADGEN_FETCH_ALLOW_HOSTS``, off by default) lets tests reach a loopback server;
cloud metadata addresses stay refused even then.
"""

from __future__ import annotations

import ipaddress
from dataclasses import dataclass, field

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address
IPNetwork = ipaddress.IPv4Network | ipaddress.IPv6Network

# Instance-metadata services of the big clouds (AWS, GCP, Azure, ECS tasks, Alibaba, Oracle).
METADATA_ADDRESSES: frozenset[IPAddress] = frozenset(
    ipaddress.ip_address(a)
    for a in (
        "169.254.169.254",
        "169.254.170.2",
        "100.100.100.200",
        "192.0.0.192",
        "fd00:ec2::254",
        "fd00:ec2::23",
    )
)

# (network, what to call it in a message); checked in order, the first match names the reason.
_REFUSED: tuple[tuple[IPNetwork, str], ...] = tuple(
    (ipaddress.ip_network(net), why)
    for net, why in (
        ("0.0.0.0/8", "an unspecified address"),
        ("127.0.0.0/8", "a loopback address (this very server)"),
        ("10.0.0.0/8", "a private network address"),
        ("172.16.0.0/12", "a private network address"),
        ("192.168.0.0/16", "a private network address"),
        ("100.64.0.0/10", "a carrier-grade NAT address"),
        ("169.254.0.0/16", "a link-local address"),
        ("224.0.0.0/4", "a multicast address"),
        ("240.0.0.0/4", "a reserved address"),
        ("::/128", "an unspecified address"),
        ("::1/128", "a loopback address (this very server)"),
        ("fc00::/7", "a private network address"),
        ("fe80::/10", "a link-local address"),
        ("ff00::/8", "a multicast address"),
    )
)

# IPv6 ranges that carry an IPv4 address inside them (translation and tunnelling schemes).
_NAT64 = ipaddress.ip_network("64:ff9b::/96")
_IPV4_COMPATIBLE = ipaddress.ip_network("::/96")


def embedded_ipv4(address: IPAddress) -> ipaddress.IPv4Address | None:
    """The IPv4 address an IPv6 address stands for (mapped, 6to4, NAT64, Teredo, compatible)."""
    if not isinstance(address, ipaddress.IPv6Address):
        return None
    if address.ipv4_mapped is not None:
        return address.ipv4_mapped
    if address.sixtofour is not None:
        return address.sixtofour
    if address.teredo is not None:
        return address.teredo[1]
    if address in _NAT64 or (address in _IPV4_COMPATIBLE and int(address) > 1):
        return ipaddress.IPv4Address(int(address) & 0xFFFFFFFF)
    return None


def refusal_reason(address: IPAddress) -> str | None:
    """Why a fetch must not connect to ``address`` ("a private network address"), or None if public."""
    inner = embedded_ipv4(address)
    if inner is not None:
        reason = refusal_reason(inner)
        return f"{reason}, written as IPv6" if reason else None
    if address in METADATA_ADDRESSES:
        return "a cloud metadata address"
    for network, why in _REFUSED:
        if address.version == network.version and address in network:
            return why
    if address.is_multicast:
        return "a multicast address"
    if address.is_reserved or address.is_unspecified or not address.is_global:
        return "not a public internet address"
    return None


@dataclass(frozen=True)
class AddressPolicy:
    """Public addresses only, plus what the allow-list names (host names and IP networks)."""

    allowed_hosts: frozenset[str] = frozenset()
    allowed_networks: tuple[IPNetwork, ...] = field(default_factory=tuple)

    @classmethod
    def from_setting(cls, value: str | None) -> AddressPolicy:
        """Parse ``ADGEN_FETCH_ALLOW_HOSTS``: comma- or space-separated names, addresses and CIDRs."""
        hosts: set[str] = set()
        networks: list[IPNetwork] = []
        for item in (value or "").replace(",", " ").split():
            token = item.strip().strip("[]")
            try:
                networks.append(ipaddress.ip_network(token, strict=False))
            except ValueError:
                hosts.add(normalise_host(token))
        return cls(frozenset(hosts), tuple(networks))

    def refusal(self, host: str, address: IPAddress) -> str | None:
        """Why connecting to ``address`` (which ``host`` resolved to) is refused, or None if allowed."""
        if address in METADATA_ADDRESSES or (
            (inner := embedded_ipv4(address)) is not None and inner in METADATA_ADDRESSES
        ):
            return "a cloud metadata address"
        if normalise_host(host) in self.allowed_hosts:
            return None
        if any(address.version == n.version and address in n for n in self.allowed_networks):
            return None
        return refusal_reason(address)


def normalise_host(host: str) -> str:
    """Host names compare case-insensitively and without a trailing dot or IPv6 brackets."""
    return host.strip().strip("[]").rstrip(".").lower()


__all__ = ["METADATA_ADDRESSES", "AddressPolicy", "embedded_ipv4", "normalise_host", "refusal_reason"]
