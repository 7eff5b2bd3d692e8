#!/usr/bin/env python3
"""Taxonomy precision audit: which phrase gave each standard and each course its skills.

For every standard in Resources/taxonomy/standards.json it lists each kept skill (skillIDs with
skillWeights) with the exact words of the K/S/B statements, duties, titles or overview that
matched one of the skill's vocabulary forms, re-finding them with the same phrase rules the build
uses (Sources/Taxonomy/Text/PhraseIndex.swift: Porter2 stems, whole-word forms, =Exact and
CAPITALS-only forms, "customers is not customs"). For every course of a catalogue database (tagged
by the app itself: `skillway catalogue load --db FILE`) it lists each skill tag with the phrase
its reason quotes. Each (standard, skill) and (course, skill) pair gets a suspicion score and the
ranked list is written for reading by eye. Not a runtime dependency.

    Benchmarks/.venv/bin/pip install snowballstemmer==3.1.1
    .build/debug/skillway catalogue load --db /tmp/audit.sqlite
    Benchmarks/.venv/bin/python Benchmarks/taxonomy_audit.py --db /tmp/audit.sqlite --out Benchmarks/out/audit-before
    # after a change: the same with --out …-after, then
    Benchmarks/.venv/bin/python Benchmarks/taxonomy_audit.py --compare Benchmarks/out/audit-before Benchmarks/out/audit-after

Suspicion (higher is worse): the skill is rarely kept by standards of this standard's route (+2
when none of the skill's evidence standards share the route, +1 when under a tenth do); every
trigger is a single word (+1); every trigger only shares a stem with the vocabulary form (+1); a
single statement carries it (+1); a trigger word is one of the words known to be used in another
sense (+2). A pair scoring 3 or more counts as suspicious.
"""
import argparse
import json
import pathlib
import re
import sqlite3
import sys
from collections import Counter, defaultdict

import snowballstemmer

ROOT = pathlib.Path(__file__).resolve().parent.parent
STEMMER = snowballstemmer.stemmer("english")
_stems: dict[str, str] = {}

# Words that also have an everyday sense unrelated to the skill they are a form of.
AMBIGUOUS = {
    "custom", "customs", "border", "present", "presenting", "class", "floor", "floors", "picker", "pickers", "banking", "licensed",
    "nursing", "administration", "administer", "administering", "heritage", "museum", "forces", "armed", "javascript", "welding",
    "survey", "surveying", "learning", "disability", "end", "life", "fire", "rescue", "aesthetic", "aesthetics", "bricklaying",
    "agricultural", "machinery", "coaching", "mentoring", "recruitment", "retail", "investigation", "planning", "event", "events",
    "special", "electronics", "experience", "design", "user", "brick", "museums",
}


def stem(word: str) -> str:
    if word not in _stems:
        _stems[word] = STEMMER.stemWord(word)
    return _stems[word]


# MARK: tokens and patterns (mirrors PhraseTokenizer / PatternToken / PhraseIndex)

WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*", re.UNICODE)
EVERYDAY_ABBREVIATIONS = {"it", "nice", "send", "sen", "sage", "cam", "sap", "wan", "pat", "ms", "us", "or", "am", "pa", "ta", "bus", "cap", "aed", "eye", "mi", "pc"}


def tokens(text: str):
    out = []
    for m in WORD.finditer(text):
        word = m.group(0)
        lower = word.lower().replace("’", "'")
        out.append((word, lower, stem(lower)))
    return out


def singular(word: str) -> str:
    if word.endswith("'s"):
        return word[:-2]
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    return word


class PToken:
    def __init__(self, word: str):
        self.original = word
        lower = word.lower()
        letters = [c for c in word if c.isalpha()]
        abbreviation = len(letters) >= 2 and all(c.isupper() for c in letters)
        self.exact = abbreviation or any(c.isdigit() for c in word)
        s = stem(lower)
        self.whole = not self.exact and len(lower) - len(s) > 3
        self.key = lower if self.exact or self.whole else s
        self.capitals = abbreviation and lower in EVERYDAY_ABBREVIATIONS

    def matches(self, tok, case_sensitive: bool) -> bool:
        original, lower, s = tok
        if case_sensitive or self.capitals:
            return original == self.original
        if self.whole:
            return lower in (self.key, self.key + "s")
        return lower == self.key if self.exact else s == self.key


class Pattern:
    def __init__(self, skill: int, raw: str):
        self.case_sensitive = raw.startswith("=")
        self.form = raw[1:] if self.case_sensitive else raw
        self.skill = skill
        self.tokens = [PToken(t[0]) for t in tokens(self.form)]


class Index:
    def __init__(self, patterns):
        self.by_first = defaultdict(list)
        self.owners = defaultdict(set)
        for p in patterns:
            if not p.tokens:
                continue
            self.by_first[p.tokens[0].key].append(p)
            for t in p.tokens:
                if not t.exact:
                    self.owners[singular(t.original.lower())].add(p.skill)
        for key in self.by_first:
            self.by_first[key].sort(key=lambda p: -len(p.tokens))

    def other_word(self, tok, word: PToken, skill: int) -> bool:
        if word.exact:
            return False
        written = singular(tok[1])
        if written == singular(word.original.lower()) or written not in self.owners:
            return False
        return skill not in self.owners[written]

    def matches(self, toks):
        result, position = [], 0
        while position < len(toks):
            tok = toks[position]
            candidates = list(self.by_first.get(tok[2], []))
            if tok[1] != tok[2]:
                candidates += self.by_first.get(tok[1], [])
            if tok[1].endswith("s") and tok[1][:-1] != tok[2]:
                candidates += self.by_first.get(tok[1][:-1], [])
            best = None
            for p in candidates:
                n = len(p.tokens)
                if position + n > len(toks) or (best and len(best[0].tokens) >= n):
                    continue
                if all(w.matches(toks[position + i], p.case_sensitive) and not self.other_word(toks[position + i], w, p.skill) for i, w in enumerate(p.tokens)):
                    best = (p, position, position + n)
            if best:
                result.append(best)
                position = best[2]
            else:
                position += 1
        return result


def quality(p: Pattern, toks, start: int, label: str):
    """(value, stem_only) as SkillEvidence.quality."""
    if len(p.tokens) >= 2 or p.case_sensitive or p.tokens[0].exact:
        return 1.0, False
    written = singular(toks[start][1])
    if written != singular(p.tokens[0].original.lower()):
        return 0.1, True
    lower, name = toks[start][1], label.lower()
    return (1.0 if p.form.lower() == name and lower in (name, name + "s") else 0.5), False


# MARK: standards


def audit_standards(skills, standards):
    index = Index([Pattern(i, f) for i, s in enumerate(skills) for f in [s["label"]] + s["employerAliases"] + s["providerAliases"]])
    position = {s["id"]: i for i, s in enumerate(skills)}
    by_ref = {s["reference"]: s for s in standards}
    rows = []
    for st in standards:
        sources = [(k["code"], k["text"]) for k in st["knowledge"]] + [(k["code"], k["text"]) for k in st["skills"]]
        sources += [(k["code"], k["text"]) for k in st["behaviours"]] + [(d.get("code", "D"), d["text"]) for d in st["duties"]]
        sources += [("title", t) for t in [st["title"]] + st["typicalJobTitles"]] + [("overview", st["overview"])]
        found = defaultdict(list)
        for code, text in sources:
            toks = tokens(text)
            for p, a, b in index.matches(toks):
                value, stem_only = quality(p, toks, a, skills[p.skill]["label"])
                written = " ".join(t[0] for t in toks[a:b])
                context = " ".join(t[0] for t in toks[max(0, a - 4):min(len(toks), b + 4)])
                found[p.skill].append({"place": code, "written": written, "form": p.form, "words": b - a, "quality": value, "stemOnly": stem_only, "context": context})
        for sid, weight in zip(st["skillIDs"], st["skillWeights"]):
            skill = skills[position[sid]]
            triggers = found.get(position[sid], [])
            same_route = sum(1 for ref in skill["evidence"] if ref in by_ref and by_ref[ref]["route"] == st["route"])
            rows.append(score({
                "kind": "standard", "id": st["reference"], "title": st["title"], "route": st["route"], "skill": sid, "label": skill["label"],
                "weight": weight, "triggers": triggers, "sameRoute": same_route, "evidence": len(skill["evidence"]),
            }))
    return rows


# MARK: courses

REASON_SAYS = re.compile(r'says "(?P<written>[^"]*)"(?: \(a form of "(?P<form>[^"]*)"\))?')
REASON_JOB = re.compile(r'names the job "(?P<written>[^"]*)"')
REASON_ENGINE = re.compile(r'shares \d+% of the words of "(?P<form>[^"]*)"')


def audit_courses(skills, standards, db):
    by_id = {s["id"]: s for s in skills}
    route_of = {s["reference"]: s["route"] for s in standards}
    con = sqlite3.connect(db)
    courses = {cid: (title, route) for cid, title, route in con.execute("SELECT id, title, route FROM course")}
    routes = {cid: value for cid, value in con.execute("SELECT course_id, value FROM course_tag WHERE kind = 'route'")}
    rows = []
    for cid, sid, label, confidence, reason in con.execute("SELECT course_id, value, label, confidence, reason FROM course_tag WHERE kind = 'skill' ORDER BY course_id, value"):
        title, declared = courses[cid]
        route = declared or routes.get(cid, "")
        skill = by_id.get(sid, {"evidence": [], "label": label})
        if m := REASON_ENGINE.search(reason):
            trigger = {"place": "engine", "written": m["form"], "form": m["form"], "words": len(tokens(m["form"])), "quality": 0.5, "stemOnly": False}
        elif m := REASON_JOB.search(reason):
            trigger = {"place": "job title", "written": m["written"], "form": m["written"], "words": len(tokens(m["written"])), "quality": 0.7, "stemOnly": False}
        elif m := REASON_SAYS.search(reason):
            form = m["form"] or m["written"]
            trigger = {"place": "text", "written": m["written"], "form": form, "words": len(tokens(m["written"])), "quality": 1.0,
                       "stemOnly": m["form"] is not None and singular(m["written"].lower()) != singular(form.lower())}
        else:
            trigger = {"place": "?", "written": reason, "form": "", "words": 0, "quality": 0, "stemOnly": False}
        trigger["context"] = reason
        same_route = sum(1 for ref in skill["evidence"] if route_of.get(ref) == route)
        rows.append(score({
            "kind": "course", "id": str(cid), "title": title, "route": route, "skill": sid, "label": label, "weight": confidence,
            "triggers": [trigger], "sameRoute": same_route, "evidence": len(skill["evidence"]),
        }))
    return rows


# MARK: scoring


def score(row):
    s, why = 0, []
    if not row["triggers"]:
        row["score"], row["why"] = 0, ["core skill in the team's occupation profile"]
        return row
    if row["sameRoute"] == 0:
        s += 2; why.append("no standard of this route keeps the skill")
    elif row["evidence"] and row["sameRoute"] / row["evidence"] < 0.1:
        s += 1; why.append("few standards of this route keep the skill")
    trig = row["triggers"]
    if trig and all(t["words"] <= 1 for t in trig):
        s += 1; why.append("single-word trigger")
    if trig and all(t["stemOnly"] for t in trig):
        s += 1; why.append("stem-only trigger")
    if len({t["place"] for t in trig}) <= 1:
        s += 1; why.append("one statement")
    if any(w.lower() in AMBIGUOUS for t in trig for w in re.findall(r"\w+", t["written"])) and all(t["words"] <= 2 for t in trig):
        s += 2; why.append("ambiguous word")
    row["score"], row["why"] = s, why
    return row


def write(rows, out: pathlib.Path):
    out.mkdir(parents=True, exist_ok=True)
    (out / "pairs.json").write_text(json.dumps(rows, indent=1, ensure_ascii=False))
    ranked = sorted(rows, key=lambda r: (-r["score"], -r["weight"], r["kind"], r["id"], r["skill"]))
    with open(out / "ranked.tsv", "w") as f:
        f.write("score\tkind\tid\ttitle\troute\tskill\tweight\ttriggers\twhy\n")
        for r in ranked:
            trig = " | ".join(f'{t["place"]}: "{t["written"]}" ({t["form"]}) «{t.get("context", "")}»' for t in r["triggers"])
            f.write(f'{r["score"]}\t{r["kind"]}\t{r["id"]}\t{r["title"]}\t{r["route"]}\t{r["label"]}\t{r["weight"]}\t{trig}\t{"; ".join(r["why"])}\n')
    summary(rows)


def summary(rows):
    for kind in ("standard", "course"):
        mine = [r for r in rows if r["kind"] == kind]
        print(f"{kind}: {len(mine)} pairs, {sum(1 for r in mine if r['score'] >= 3)} suspicious (score >= 3), {sum(1 for r in mine if r['score'] >= 4)} with score >= 4")


def compare(before: pathlib.Path, after: pathlib.Path):
    a = json.loads((before / "pairs.json").read_text())
    b = json.loads((after / "pairs.json").read_text())
    for kind in ("standard", "course"):
        key = (lambda r: (r["id"], r["skill"])) if kind == "standard" else (lambda r: (r["title"], r["id"], r["skill"]))
        old = {key(r): r for r in a if r["kind"] == kind}
        new = {key(r): r for r in b if r["kind"] == kind}
        removed, added = old.keys() - new.keys(), new.keys() - old.keys()
        print(f"{kind}: {len(removed)} pairs removed, {len(added)} added; suspicious {sum(1 for r in old.values() if r['score'] >= 3)} -> {sum(1 for r in new.values() if r['score'] >= 3)}")
        for k in sorted(added)[:60]:
            print("  +", new[k]["title"], "→", new[k]["label"], [t["written"] for t in new[k]["triggers"]])


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--taxonomy", default=str(ROOT / "Resources" / "taxonomy"))
    parser.add_argument("--db", help="a catalogue database tagged by skillway (catalogue load --db FILE)")
    parser.add_argument("--out", default=str(ROOT / "Benchmarks" / "out" / "taxonomy-audit"))
    parser.add_argument("--compare", nargs=2, metavar=("BEFORE", "AFTER"))
    args = parser.parse_args()
    if args.compare:
        return compare(pathlib.Path(args.compare[0]), pathlib.Path(args.compare[1]))
    folder = pathlib.Path(args.taxonomy)
    skills = json.loads((folder / "skills.json").read_text())
    standards = json.loads((folder / "standards.json").read_text())
    rows = audit_standards(skills, standards)
    missing = sum(1 for r in rows if not r["triggers"])
    if missing:
        print(f"note: {missing} kept pairs have no phrase trigger (team profile core skills)", file=sys.stderr)
    if args.db:
        rows += audit_courses(skills, standards, args.db)
    write(rows, pathlib.Path(args.out))


if __name__ == "__main__":
    main()
