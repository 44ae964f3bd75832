"""The brand kit's errors. Every message is one sentence for the marketer: what went wrong and
what to do; raising one means nothing was changed."""

from __future__ import annotations


class BrandKitError(ValueError):
    """Base of the brand kit's errors."""


class BrandKitRejected(BrandKitError):
    """An upload or a value the kit cannot take (a corrupt font, an unsafe SVG, a bad colour)."""


class KitNotFound(BrandKitError, LookupError):
    """No such kit for this user (missing, or another owner's: the same to them)."""

    def __init__(self, kit_id: str, version: int | None = None, latest: int | None = None):
        self.kit_id = kit_id
        self.version = version
        if version is not None and latest is not None:
            message = f"Brand kit {kit_id!r} has no version {version}; its latest version is {latest}."
        else:
            message = f"There is no brand kit {kit_id!r} that you can use; list your brand kits to find it."
        super().__init__(message)


class NoBrandKit(KitNotFound):
    """The marketer has no default kit yet."""

    def __init__(self) -> None:
        LookupError.__init__(self)
        self.kit_id = ""
        self.version = None
        BrandKitError.__init__(
            self,
            "You have no brand kit yet; send your logo, or say “our colours are navy and coral”, to start one.",
        )


class KitVersionConflict(BrandKitError):
    """The kit changed since the edit was made; reload it and make the change again."""

    def __init__(self, kit_id: str, expected: int, actual: int | None):
        self.kit_id = kit_id
        self.expected = expected
        self.actual = actual
        super().__init__(
            f"Someone else changed brand kit {kit_id!r} while you were editing it (you edited "
            f"version {expected}, it is now at version {actual}); reload it and make your change again."
        )


class KitNotEditable(BrandKitError):
    """A team member may use a shared kit, but only its owner changes it."""

    def __init__(self, kit_name: str, owner: str):
        super().__init__(
            f"The brand kit {kit_name!r} is shared with you by {owner}; ask them to change it, "
            "or make your own copy."
        )


__all__ = [
    "BrandKitError",
    "BrandKitRejected",
    "KitNotEditable",
    "KitNotFound",
    "KitVersionConflict",
    "NoBrandKit",
]
