"""Which addresses the fetcher may connect to, judged on the address (every spelling of it)."""

from __future__ import annotations

import ipaddress

import pytest

from adgen.product_page.addresses import AddressPolicy, refusal_reason


@pytest.mark.parametrize(
    ("address", "words"),
    [
        ("127.0.0.1", "loopback"),
        ("127.8.9.10", "loopback"),
        ("::1", "loopback"),
        ("10.1.2.3", "private"),
        ("172.16.0.1", "private"),
        ("172.31.255.254", "private"),
        ("192.168.1.1", "private"),
        ("fd12:3456::1", "private"),  # RFC 4193 unique local
        ("169.254.10.20", "link-local"),
        ("fe80::1", "link-local"),
        ("100.64.0.1", "carrier-grade NAT"),
        ("224.0.0.251", "multicast"),
        ("ff02::1", "multicast"),
        ("0.0.0.0", "unspecified"),
        ("::", "unspecified"),
        ("240.0.0.1", "reserved"),
        ("169.254.169.254", "cloud metadata"),
        ("fd00:ec2::254", "cloud metadata"),
        ("100.100.100.200", "cloud metadata"),
        ("192.0.0.192", "cloud metadata"),
        ("::ffff:127.0.0.1", "loopback"),  # IPv4-mapped IPv6
        ("::ffff:169.254.169.254", "cloud metadata"),
        ("2002:7f00:1::", "loopback"),  # 6to4 of 127.0.0.1
        ("64:ff9b::a00:1", "private"),  # NAT64 of 10.0.0.1
        ("192.0.2.10", "not a public"),  # documentation range
        ("198.18.0.1", "not a public"),  # benchmarking range
    ],
)
def test_non_public_addresses_are_refused_with_their_reason(address: str, words: str) -> None:
    reason = refusal_reason(ipaddress.ip_address(address))
    assert reason is not None and words in reason, (address, reason)


@pytest.mark.parametrize("address", ["8.8.8.8", "151.101.1.69", "23.227.38.65", "2606:4700::6810:84e5"])
def test_public_addresses_pass(address: str) -> None:
    assert refusal_reason(ipaddress.ip_address(address)) is None


def test_allow_list_names_hosts_and_networks_but_never_metadata() -> None:
    policy = AddressPolicy.from_setting("127.0.0.1, shop.test 10.9.0.0/16 169.254.0.0/16")
    assert policy.refusal("127.0.0.1", ipaddress.ip_address("127.0.0.1")) is None
    assert policy.refusal("anything", ipaddress.ip_address("10.9.3.4")) is None
    assert policy.refusal("SHOP.test.", ipaddress.ip_address("192.168.0.9")) is None  # by name
    assert "loopback" in policy.refusal("other", ipaddress.ip_address("127.0.0.2"))  # type: ignore[operator]
    assert "private" in policy.refusal("other", ipaddress.ip_address("10.8.0.1"))  # type: ignore[operator]
    # Listing the whole link-local range still does not open the metadata service.
    assert policy.refusal("x", ipaddress.ip_address("169.254.169.254")) == "a cloud metadata address"
    assert policy.refusal("x", ipaddress.ip_address("169.254.1.1")) is None


def test_the_allow_list_is_off_by_default() -> None:
    policy = AddressPolicy.from_setting("")
    assert policy.refusal("localhost", ipaddress.ip_address("127.0.0.1")) is not None
