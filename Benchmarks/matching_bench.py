#!/usr/bin/env python3
"""Speed and parity benchmark: `skillway rank` against scikit-learn on the same seeded corpus.

Generates 100,000 documents (~45 words: a 2-4 word title, 0-2 aliases, a body of sentences) over a
Zipf-distributed synthetic vocabulary with common English function words, 500 short (2-4 word) and
500 profile (~30 word) queries. Then, in one run and pinned to one core by the caller (taskset):

1. scikit-learn TfidfVectorizer() build, the common `linear_kernel(q, X)` pattern and the fair sparse
   `q @ X.T` product (transpose precomputed, top-k from the sparse row);
2. `skillway rank --mode sklearn` and `--mode product` (release build), with --timing;
3. parity of sklearn mode against scikit-learn: top-10 overlap and max |score difference| on all
   1,000 queries.

Every timed phase is repeated (--repeats, default 3) and medians are reported, with Swift/sklearn
ratios from the same run. Results: a Markdown table on stdout and JSON in Benchmarks/out/.
"""
import argparse
import json
import os
import pathlib
import random
import statistics
import subprocess
import sys
import time

import numpy as np
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.metrics.pairwise import linear_kernel

ROOT = pathlib.Path(__file__).resolve().parent.parent
DATA = ROOT / "Benchmarks" / "data"
OUT = ROOT / "Benchmarks" / "out"

FUNCTION_WORDS = "the and of to in for with on at by from as is are be will our your you we this that an or".split()
SYLLABLES = [c + v for c in "bcdfghklmnprstvwz" for v in "aeiou"] + [c + v + e for c in "bdklmnprst" for v in "aeiou" for e in "nrst"]


def make_vocabulary(rng, size):
    words = set()
    while len(words) < size:
        words.add("".join(rng.choice(SYLLABLES) for _ in range(rng.choice((2, 2, 3, 3, 4)))))
    words = sorted(words)
    rng.shuffle(words)
    return words


class Zipf:
    def __init__(self, rng, words, exponent=1.05):
        self.rng = rng
        self.words = words
        weights = np.array([1.0 / (rank + 1) ** exponent for rank in range(len(words))])
        self.cumulative = np.cumsum(weights / weights.sum())

    def sample(self, count):
        picks = np.searchsorted(self.cumulative, [self.rng.random() for _ in range(count)])
        return [self.words[min(i, len(self.words) - 1)] for i in picks]


def generate(seed, documents, short_queries, profile_queries):
    rng = random.Random(seed)
    vocabulary = make_vocabulary(rng, 9000)
    content = Zipf(rng, vocabulary)
    titles = Zipf(rng, vocabulary[:3000], exponent=0.9)

    def sentence(length):
        words = content.sample(length)
        for i in range(0, length, 4):
            words.insert(i + rng.randrange(0, 4), rng.choice(FUNCTION_WORDS))
        return " ".join(words)

    docs = []
    for i in range(documents):
        title = " ".join(titles.sample(rng.randint(2, 4)))
        aliases = [" ".join(titles.sample(rng.randint(2, 3))) for _ in range(rng.choice((0, 1, 1, 2)))]
        body = ". ".join(sentence(rng.randint(6, 12)) for _ in range(rng.randint(2, 4)))
        words = len(body.split()) + len(title.split()) + sum(len(a.split()) for a in aliases)
        while words < 38:
            body += ". " + sentence(8)
            words += 10
        docs.append({"id": f"d{i}", "title": title, "aliases": aliases, "text": body})
    short = [{"id": f"s{i}", "text": " ".join(titles.sample(rng.randint(2, 4)))} for i in range(short_queries)]
    profile = [{"id": f"p{i}", "text": sentence(24)} for i in range(profile_queries)]
    return docs, short, profile


def flattened(doc):
    return doc["title"] + "\n" + "\n".join(doc.get("aliases", [])) + "\n" + doc.get("text", "")


def write_jsonl(path, rows):
    with path.open("w", encoding="utf-8") as handle:
        for row in rows:
            handle.write(json.dumps(row, separators=(",", ":")) + "\n")


def percentile(values, p):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, int(np.ceil(p * len(ordered))) - 1))]


def summary(latencies_ms, cpu_ms):
    total = sum(latencies_ms)
    cpu_total = sum(cpu_ms)
    return {
        "p50_ms": percentile(latencies_ms, 0.50), "p95_ms": percentile(latencies_ms, 0.95),
        "p99_ms": percentile(latencies_ms, 0.99), "mean_ms": total / len(latencies_ms),
        "qps": len(latencies_ms) / (total / 1000),
        "cpu_p50_ms": percentile(cpu_ms, 0.50), "cpu_p99_ms": percentile(cpu_ms, 0.99),
        "cpu_qps": len(cpu_ms) / (cpu_total / 1000),
    }


def rss_mb():
    with open("/proc/self/statm") as handle:
        return int(handle.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 1048576


# MARK: scikit-learn

def sklearn_build(docs):
    before = rss_mb()
    start_cpu = time.thread_time()
    start = time.perf_counter()
    vectorizer = TfidfVectorizer()
    matrix = vectorizer.fit_transform([flattened(d) for d in docs])
    transposed = matrix.T.tocsr()
    seconds = time.perf_counter() - start
    cpu_seconds = time.thread_time() - start_cpu
    memory = matrix.data.nbytes + matrix.indices.nbytes + matrix.indptr.nbytes
    memory += transposed.data.nbytes + transposed.indices.nbytes + transposed.indptr.nbytes
    return vectorizer, matrix, transposed, seconds, cpu_seconds, memory / 1048576, rss_mb() - before


def top_k_sparse(row, k):
    if row.nnz == 0:
        return [], []
    data, indices = row.data, row.indices
    if len(data) > k:
        part = np.argpartition(-data, k - 1)[:k]
        data, indices = data[part], indices[part]
    order = np.lexsort((indices, -data))
    return indices[order].tolist(), data[order].tolist()


def run_sparse(vectorizer, transposed, queries, k=10):
    latencies, cpu, results = [], [], []
    for q in queries:
        start, start_cpu = time.perf_counter(), time.thread_time()
        row = (vectorizer.transform([q["text"]]) @ transposed).tocsr()
        ids, scores = top_k_sparse(row, k)
        cpu.append((time.thread_time() - start_cpu) * 1000)
        latencies.append((time.perf_counter() - start) * 1000)
        results.append((ids, scores))
    return latencies, cpu, results


def run_naive(vectorizer, matrix, queries, k=10):
    latencies, cpu = [], []
    for q in queries:
        start, start_cpu = time.perf_counter(), time.thread_time()
        scores = linear_kernel(vectorizer.transform([q["text"]]), matrix).ravel()
        top = np.argpartition(-scores, k)[:k]
        _ = top[np.argsort(-scores[top])]
        cpu.append((time.thread_time() - start_cpu) * 1000)
        latencies.append((time.perf_counter() - start) * 1000)
    return latencies, cpu


# MARK: Swift

def run_swift(binary, corpus, queries_path, mode, warmup, top=10):
    command = [str(binary), "rank", "--corpus", str(corpus), "--queries", str(queries_path), "--top", str(top),
               "--mode", mode, "--timing", "--warmup", str(warmup)]
    done = subprocess.run(command, capture_output=True, text=True, check=True)
    timing = json.loads(done.stderr.strip().splitlines()[-1])
    results = [json.loads(line) for line in done.stdout.splitlines()]
    return timing, results


def parity(sklearn_results, swift_results, k=10):
    overlaps, max_diff, compared = [], 0.0, 0
    for (ids, scores), line in zip(sklearn_results, swift_results):
        reference = {f"d{i}": s for i, s in zip(ids, scores)}
        ours = {r["id"]: r["score"] for r in line["results"]}
        if not reference and not ours:
            overlaps.append(1.0)
            continue
        expected = min(k, max(len(reference), len(ours)))
        overlaps.append(len(set(reference) & set(ours)) / expected)
        for doc, score in ours.items():
            if doc in reference:
                max_diff = max(max_diff, abs(score - reference[doc]))
                compared += 1
    return sum(overlaps) / len(overlaps), max_diff, compared


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--binary", default=str(ROOT / ".build" / "release" / "skillway"))
    parser.add_argument("--documents", type=int, default=100_000)
    parser.add_argument("--seed", type=int, default=20261204)
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--naive-queries", type=int, default=100, help="queries per set for the slow linear_kernel pattern")
    parser.add_argument("--warmup", type=int, default=50)
    args = parser.parse_args()

    DATA.mkdir(parents=True, exist_ok=True)
    OUT.mkdir(parents=True, exist_ok=True)
    start = time.perf_counter()
    docs, short, profile = generate(args.seed, args.documents, 500, 500)
    corpus = DATA / f"corpus-{args.documents}.jsonl"
    write_jsonl(corpus, docs)
    sets = {"short": short, "profile": profile}
    paths = {}
    for name, queries in sets.items():
        paths[name] = DATA / f"queries-{name}.jsonl"
        write_jsonl(paths[name], queries)
    words = sum(len(flattened(d).split()) for d in docs) / len(docs)
    print(f"corpus: {len(docs)} documents, {words:.1f} words each; generated in {time.perf_counter() - start:.1f} s", file=sys.stderr)

    runs = {"sklearn_build": [], "sklearn_sparse": {n: [] for n in sets}, "sklearn_naive": {n: [] for n in sets},
            "swift": {m: {n: [] for n in sets} for m in ("sklearn", "product")}}
    reference_results = {}
    for repeat in range(args.repeats):
        vectorizer, matrix, transposed, seconds, cpu_seconds, memory, rss = sklearn_build(docs)
        runs["sklearn_build"].append({"seconds": seconds, "cpu_seconds": cpu_seconds, "matrix_mb": memory, "rss_delta_mb": rss})
        for name, queries in sets.items():
            run_sparse(vectorizer, transposed, queries[: args.warmup])
            latencies, cpu, results = run_sparse(vectorizer, transposed, queries)
            runs["sklearn_sparse"][name].append(summary(latencies, cpu))
            reference_results[name] = results
            if repeat == 0:
                runs["sklearn_naive"][name].append(summary(*run_naive(vectorizer, matrix, queries[: args.naive_queries])))
        del vectorizer, matrix, transposed
        for mode in ("sklearn", "product"):
            for name in sets:
                timing, results = run_swift(args.binary, corpus, paths[name], mode, args.warmup)
                runs["swift"][mode][name].append(timing)
                if mode == "sklearn" and repeat == 0:
                    runs.setdefault("parity", {})[name] = parity(reference_results[name], results)
        print(f"repeat {repeat + 1}/{args.repeats} done", file=sys.stderr)

    def med(rows, key):
        return statistics.median(row[key] for row in rows)

    overlap = statistics.mean(runs["parity"][n][0] for n in sets)
    max_diff = max(runs["parity"][n][1] for n in sets)
    lines = [f"Parity (sklearn mode vs scikit-learn, {sum(len(q) for q in sets.values())} queries): top-10 overlap {overlap:.4f}, "
             f"max |score diff| {max_diff:.2e} — {'PASS' if overlap >= 0.99 and max_diff < 1e-5 else 'FAIL'}", ""]
    build = runs["sklearn_build"]
    lines.append("| engine | build s (cpu s) | index MB | query set | p50 ms | p95 ms | p99 ms | mean ms | QPS | × sparse | CPU p50/p99 ms | CPU QPS | CPU × sparse |")
    lines.append("|---|---|---|---|---|---|---|---|---|---|---|---|---|")
    for name in sets:
        sparse_qps = med(runs["sklearn_sparse"][name], "qps")
        sparse_cpu_qps = med(runs["sklearn_sparse"][name], "cpu_qps")
        rows = [("sklearn linear_kernel (dense)", med(build, "seconds"), med(build, "cpu_seconds"), med(build, "matrix_mb"), runs["sklearn_naive"][name]),
                ("sklearn sparse q @ X.T", med(build, "seconds"), med(build, "cpu_seconds"), med(build, "matrix_mb"), runs["sklearn_sparse"][name])]
        for mode in ("sklearn", "product"):
            timings = runs["swift"][mode][name]
            rows.append((f"skillway rank --mode {mode}", med(timings, "build_seconds"), med(timings, "build_cpu_seconds"),
                         med(timings, "index_rss_mb"), timings))
        for label, build_s, build_cpu, memory, stats in rows:
            lines.append(f"| {label} | {build_s:.2f} ({build_cpu:.2f}) | {memory:.0f} | {name} | {med(stats, 'p50_ms'):.3f} | {med(stats, 'p95_ms'):.3f} | "
                         f"{med(stats, 'p99_ms'):.3f} | {med(stats, 'mean_ms'):.3f} | {med(stats, 'qps'):.0f} | {med(stats, 'qps') / sparse_qps:.2f}× | "
                         f"{med(stats, 'cpu_p50_ms'):.3f}/{med(stats, 'cpu_p99_ms'):.3f} | {med(stats, 'cpu_qps'):.0f} | {med(stats, 'cpu_qps') / sparse_cpu_qps:.2f}× |")
    report = "\n".join(lines)
    print(report)
    stamp = time.strftime("%Y%m%dT%H%M%SZ", time.gmtime())
    (OUT / f"matching-bench-{stamp}.json").write_text(json.dumps(runs, indent=1))
    (OUT / f"matching-bench-{stamp}.md").write_text(report + "\n")


if __name__ == "__main__":
    main()
