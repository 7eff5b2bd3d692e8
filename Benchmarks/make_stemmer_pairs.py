#!/usr/bin/env python3
"""Generate Porter2 reference pairs for the Matching tests.

Collects every distinct word in Skillway's own shipped text (the built taxonomy resources, which hold
the IfATE standards and SOC 2020 titles under the Open Government Licence, the team's skills
vocabulary and the default catalogue feeds) plus a short list of words that exercise the algorithm's
special cases. The evaluation data in ../shared/data/eval-dev is deliberately not used: it is for
tuning only and is never vendored. Each word is stemmed with the reference Snowball
implementation (PyPI `snowballstemmer`, BSD licence) and writes `word<TAB>stem` lines, sorted, to
Tests/MatchingTests/Fixtures/porter2-pairs.tsv.

    Benchmarks/.venv/bin/pip install snowballstemmer==3.1.1
    Benchmarks/.venv/bin/python Benchmarks/make_stemmer_pairs.py
"""
import pathlib
import re
import sys

import snowballstemmer

ROOT = pathlib.Path(__file__).resolve().parent.parent
SOURCES = [ROOT / "Resources" / "taxonomy", ROOT / "Taxonomy", ROOT / "Catalogue" / "feeds"]
OUT = ROOT / "Tests" / "MatchingTests" / "Fixtures" / "porter2-pairs.tsv"

# Words that reach the rarer branches: exceptions, invariant prefixes, -ing/-eed exceptions,
# apostrophes, y handling and short words.
SPECIAL = """
skis skies sky dying lying tying eying news andes atlas bias cosmos early gently howe idly only singly ugly
succeed succeeded succeeding proceed proceeded exceed exceedingly exceeded inning innings outing outings
canning cannings herring earring evening evenings generate generously general communism community emerge
emergency organ organization organizing universe university universal arsenal later laterally past pasted
pasting pastes 'tis 's' o'neill engineer's engineers' ''s y yes you yoyo saying says sayings bayed flying cry
cries tie ties ied by bye a an at ab abs gas gaps kiwis feed feeds agreed agreeing bled bleed hopping hoped
hoping filing filling fizzed caresses ponies caress cats luxuriate luxuriating hopeful hopefulness electrical
electricity logical geology geologist anthropologist needlessly carelessly fully conditional rational
digitizer digitization capitalism formality sensitivity hopelessness possibly mostly warily decisively
tremendously settlement adjustment dependent adoption controllable irritable effective allowance
""".split()


def words():
    pattern = re.compile(r"[^\W\d_]+(?:'[^\W\d_]+)*'?", re.UNICODE)
    found = set(SPECIAL)
    paths = sorted(p for source in SOURCES for p in source.rglob("*") if p.is_file())
    for path in paths:
        text = path.read_text(encoding="utf-8", errors="replace").lower()
        found.update(pattern.findall(text))
    return sorted(w for w in found if w and "\t" not in w)


def main():
    stemmer = snowballstemmer.stemmer("english")
    pairs = [(w, stemmer.stemWord(w)) for w in words()]
    OUT.parent.mkdir(parents=True, exist_ok=True)
    with OUT.open("w", encoding="utf-8", newline="\n") as handle:
        for word, stem in pairs:
            handle.write(f"{word}\t{stem}\n")
    print(f"{len(pairs)} pairs from snowballstemmer (snowballstemmer 3.1.1 expected) -> {OUT}", file=sys.stderr)


if __name__ == "__main__":
    main()
