"""The check split: development items a session's diagnostics never read.

The items of the u24 to u26 sets (written unseen, now in the second sets) are left out of every dump,
fit and listing in ``scripts/``; the eval still scores them, so their fixed and broken counts are a
session's estimate of what its rules do on a fresh set (rules fitted to the items read did not move
fresh sets for twenty-three sessions).
"""

CHECK_SPLIT: tuple[str, ...] = ("u24-", "u25-", "u26-")
"""Id prefixes of the check split."""


def in_check_split(item_id: str) -> bool:
    """Whether a gold item is held out from reading."""
    return item_id.startswith(CHECK_SPLIT)
