"""The command line the two-step fit scripts share: ``dump FILES --out OUT`` writes the rows a fit
reads, ``fit FILES`` prints its curve from them."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path


def dump_or_fit(
    doc: str | None, dump: Callable[[list[Path], Path], None], fit: Callable[[list[Path]], None]
) -> None:
    """Parse ``sys.argv`` and run the step asked for (``doc``: the script's docstring, its help)."""
    parser = argparse.ArgumentParser(description=doc, formatter_class=argparse.RawTextHelpFormatter)
    parser.add_argument("step", choices=["dump", "fit"])
    parser.add_argument("files", type=Path, nargs="+")
    parser.add_argument("--out", type=Path)
    args = parser.parse_args()
    if args.step == "dump":
        assert args.out is not None, "dump needs --out"
        dump(args.files, args.out)
    else:
        fit(args.files)
