"""Build factbot's compact WordNet table from Princeton WordNet 3.0's database files.

factbot needs "is a kind of" (tennis -> sport, Tamil -> language) and synonyms (seize ~
capture) offline, without nltk or an apt step for its users. This script reads the
database files that Debian's ``wordnet-base`` package installs (``/usr/share/wordnet``)
and writes ``bot/data/wordnet.tsv.gz``: nouns, verbs, adjectives and adverbs, each synset's
lexicographer file, hypernyms (class and instance), lemmas, antonyms (rise/fall,
large/small) and the wholes a noun is part of (a country's continent), the groups it is a member of
(a policeman's police), the nouns an adjective pertains to (Norwegian / Norway), the verbs and nouns derived from each
other (fly / flight), the changes a verb causes or entails (kill / die), each lemma's synsets in WordNet's sense order, and the irregular forms of the
exception lists (children, took, biggest). Run it again only to rebuild the table:

    apt-get install wordnet-base && .venv/bin/python scripts/build_wordnet.py

WordNet 3.0 Copyright 2006 by Princeton University (licence in bot/data/WORDNET-LICENSE).
"""

from __future__ import annotations

import argparse
import gzip
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_SOURCE = Path("/usr/share/wordnet")
DEFAULT_OUT = ROOT / "bot" / "data" / "wordnet.tsv.gz"
HYPERNYMS = {"@", "@i"}
"""Pointer symbols for "is a kind of" (@) and "is an instance of" (@i)."""


def synset_lines(path: Path, pos: str) -> list[str]:
    """``S<TAB>pos+offset<TAB>lexfile<TAB>parents<TAB>lemmas`` for each synset of one data file."""
    out = []
    for line in path.read_text(encoding="latin-1").splitlines():
        if not line or line.startswith(" "):
            continue  # the licence header lines start with two spaces
        fields = line.split(" | ", 1)[0].split()
        offset, lexfile, n_words = fields[0], fields[1], int(fields[3], 16)
        words = [fields[4 + 2 * i].lower() for i in range(n_words)]
        at = 4 + 2 * n_words
        n_ptrs = int(fields[at])
        parents = []
        for i in range(n_ptrs):
            symbol, target, target_pos = fields[at + 1 + 4 * i : at + 4 + 4 * i]
            if symbol in HYPERNYMS and target_pos == pos:
                parents.append(pos + target)
        lemmas = "|".join(dict.fromkeys(w.split("(")[0] for w in words))  # drop "(a)" markers
        out.append(f"S\t{pos}{offset}\t{lexfile}\t{' '.join(parents)}\t{lemmas}")
    return out


def antonym_lines(path: Path, pos: str) -> list[str]:
    """``A<TAB>synset<TAB>synsets`` of opposite meaning: a synset holding a word WordNet pairs
    with an antonym ("rise"/"fall", "win"/"lose", "large"/"small"); an adjective satellite
    ("huge") takes the antonyms of the head it is similar to ("large")."""
    own: dict[str, set[str]] = {}
    similar: dict[str, list[str]] = {}
    for line in path.read_text(encoding="latin-1").splitlines():
        if not line or line.startswith(" "):
            continue
        fields = line.split(" | ", 1)[0].split()
        ident, n_words = pos + fields[0], int(fields[3], 16)
        at = 4 + 2 * n_words
        for i in range(int(fields[at])):
            symbol, target = fields[at + 1 + 4 * i : at + 3 + 4 * i]
            if symbol == "!":
                own.setdefault(ident, set()).add(pos + target)
            elif symbol == "&" and fields[2] == "s":
                similar.setdefault(ident, []).append(pos + target)
    for ident, heads in similar.items():
        for head in heads:
            own.setdefault(ident, set()).update(own.get(head, ()))
    return [f"A\t{ident}\t{' '.join(sorted(targets))}" for ident, targets in sorted(own.items()) if targets]


def pointer_lines(path: Path, tag: str, symbols: frozenset[str], target_pos: str) -> list[str]:
    """``TAG<TAB>synset<TAB>synsets`` each meaning of a data file points to by one of ``symbols``
    with a target of ``target_pos`` (WordNet's data lines list their pointers as symbol, offset,
    part of speech and source/target, after the words)."""
    out = []
    pos = {"data.noun": "n", "data.verb": "v", "data.adj": "a"}[path.name]
    for line in path.read_text(encoding="latin-1").splitlines():
        if not line or line.startswith(" "):
            continue
        fields = line.split(" | ", 1)[0].split()
        at = 4 + 2 * int(fields[3], 16)
        targets = [
            target_pos + fields[at + 2 + 4 * i]
            for i in range(int(fields[at]))
            if fields[at + 1 + 4 * i] in symbols and fields[at + 3 + 4 * i] == target_pos
        ]
        if targets:
            out.append(f"{tag}\t{pos}{fields[0]}\t{' '.join(dict.fromkeys(targets))}")
    return out


def part_lines(path: Path) -> list[str]:
    """``P`` lines: the synsets a noun's meaning is part of (WordNet's part holonyms, ``#p``: a
    country of its continent, a city of its country), for places named at another scale."""
    return pointer_lines(path, "P", frozenset({"#p"}), "n")


def member_lines(path: Path) -> list[str]:
    """``M`` lines: the groups a noun's meaning is a member of (WordNet's member holonyms, ``#m``:
    a policeman of the police, a staff member of a staff), for a group counted by its members."""
    return pointer_lines(path, "M", frozenset({"#m"}), "n")


def derivation_lines(path: Path, pos: str) -> list[str]:
    """``D`` lines: the synsets of the other part of speech a noun or verb meaning is derived
    from or gives (WordNet's derivational pointers ``+`` between nouns and verbs: "flight" /
    "fly", "evacuation" / "evacuate"), so a deed told with a noun is linked to its verb."""
    return pointer_lines(path, "D", frozenset({"+"}), {"n": "v", "v": "n"}[pos])


def pertainym_lines(path: Path) -> list[str]:
    """``R`` lines: the noun meanings an adjective meaning pertains to (WordNet's pertainym
    pointers ``\\``: "Norwegian" / "Norway", "French" / "France"), so a side named by its
    adjective is the side its country's name names."""
    return pointer_lines(path, "R", frozenset({"\\"}), "n")


def consequence_lines(path: Path) -> list[str]:
    """``C`` lines: the synsets a verb meaning causes or entails (WordNet's ``>`` and ``*``
    pointers: "kill" causes "die", "snore" entails "sleep"), so a deed told by its outcome
    ("were killed" / "died") is linked to it."""
    return pointer_lines(path, "C", frozenset({">", "*"}), "v")


def lemma_lines(path: Path, pos: str) -> list[str]:
    """``L<TAB>pos<TAB>lemma<TAB>synsets`` in WordNet's sense order (most frequent first)."""
    out = []
    for line in path.read_text(encoding="latin-1").splitlines():
        if not line or line.startswith(" "):
            continue
        fields = line.split()
        lemma, n_senses = fields[0].lower(), int(fields[2])
        offsets = fields[-n_senses:]
        out.append(f"L\t{pos}\t{lemma}\t{' '.join(pos + o for o in offsets)}")
    return out


def exception_lines(path: Path, pos: str) -> list[str]:
    """``E<TAB>pos<TAB>form<TAB>bases`` for irregular forms ("children" -> "child", "took" -> "take")."""
    out = []
    for line in path.read_text(encoding="latin-1").splitlines():
        fields = line.split()
        if len(fields) >= 2:
            out.append(f"E\t{pos}\t{fields[0].lower()}\t{' '.join(f.lower() for f in fields[1:])}")
    return out


def build(source: Path, out: Path) -> int:
    lines = []
    for pos, name in (("n", "noun"), ("v", "verb"), ("a", "adj"), ("r", "adv")):
        lines += synset_lines(source / f"data.{name}", pos)
        lines += lemma_lines(source / f"index.{name}", pos)
        lines += exception_lines(source / f"{name}.exc", pos)
        lines += antonym_lines(source / f"data.{name}", pos)
    lines += part_lines(source / "data.noun")
    lines += member_lines(source / "data.noun")
    lines += derivation_lines(source / "data.noun", "n") + derivation_lines(source / "data.verb", "v")
    lines += consequence_lines(source / "data.verb")
    lines += pertainym_lines(source / "data.adj")
    out.parent.mkdir(parents=True, exist_ok=True)
    text = (
        "# WordNet 3.0 nouns, verbs, adjectives and adverbs for factbot; see bot/data/WORDNET-LICENSE\n"
        + "\n".join(lines)
    )
    with out.open("wb") as raw, gzip.GzipFile(fileobj=raw, mode="wb", compresslevel=9, mtime=0) as sink:
        sink.write((text + "\n").encode())  # mtime 0: the same input gives the same bytes
    return len(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--source", type=Path, default=DEFAULT_SOURCE)
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    args = parser.parse_args()
    n = build(args.source, args.out)
    print(f"wrote {n:,} lines to {args.out} ({args.out.stat().st_size / 1e6:.1f} MB)")


if __name__ == "__main__":
    main()
