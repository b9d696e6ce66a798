#!/usr/bin/env python3
"""Where the ingestion workers' time goes, from a JFR recording of the platform (suite "ingestion").

    ingestion_profile.py RECORDING.jfr OUT_JSON

Reads the recording's jdk.ExecutionSample (a thread running Java code) and jdk.NativeMethodSample (a
thread in native code: for a worker, almost always waiting on PostgreSQL's socket) events of the
threads "ingestion-worker" or "ingestion-worker-N" (they do nothing but process batches) with
`jfr print`, and attributes every sample to a step of the batch: the innermost frame of
BatchProcessor and the platform method it calls (e.g. flush → ChunkProcessor.process,
flush → RecordStore.insert, run → CsvSource.rows for reading the file,
process → TransactionOperations.executeWithoutResult for the batch's commit), or, outside
BatchProcessor, the worker's own innermost platform frame. Also the hottest methods (top frame) of
the workers' Java samples, and the samples of the threads that ran the credit file's FlagUpdater
(the BatchAccepted listener).

Within ChunkProcessor (checking and matching a chunk of rows), the same by the innermost
ChunkProcessor frame and its callee ("chunk").

OUT_JSON: {"worker": {"java": n, "native": n, "steps": [[step, java, native], ...], "chunk": [...],
           "hot": [[method, n], ...], "hot_native": [[method, n], ...]}, "flags": {"java": n, "native": n},
          "threads": [worker thread names]}
"""
import collections
import json
import os
import re
import subprocess
import sys

PLATFORM = "cn.gov.amr.credit."
FRAME = re.compile(r"^\s{4}(\S.*?)(?: line: \d+)?\s*$")


def short(frame):
    """cn.gov.amr.credit.ingestion.pipeline.ChunkProcessor.process(List) -> ChunkProcessor.process;
    Spring's proxies (RecordStore$$SpringCGLIB$$0.apply) -> RecordStore.apply; lambdas
    (BatchProcessor.lambda$flush$2) -> BatchProcessor.flush λ"""
    name = re.sub(r"\$\$SpringCGLIB\$\$\d+", "", frame.split("(", 1)[0])
    parts = name.split(".")
    name = ".".join(parts[-2:]) if len(parts) >= 2 else name
    return re.sub(r"\.lambda\$(\w+?)\$\d+$", r".\1 λ", name)


def events(path):
    """(type, thread, frames top first) of every sample in the recording."""
    env = dict(os.environ, TZ="UTC")
    proc = subprocess.Popen(["jfr", "print", "--events", "jdk.ExecutionSample,jdk.NativeMethodSample",
                             "--stack-depth", "96", path], stdout=subprocess.PIPE, env=env, text=True,
                            encoding="utf-8", errors="replace")
    kind = thread = None
    frames = []
    in_stack = False
    for line in proc.stdout:
        if line.startswith("jdk.ExecutionSample"):
            kind, thread, frames, in_stack = "java", None, [], False
        elif line.startswith("jdk.NativeMethodSample"):
            kind, thread, frames, in_stack = "native", None, [], False
        elif line.startswith("  sampledThread = "):
            m = re.match(r'\s+sampledThread = "(.*)" \(', line)
            thread = m.group(1) if m else line.split("=", 1)[1].strip()
        elif line.startswith("  stackTrace = ["):
            in_stack = True
        elif in_stack and line.startswith("  ]"):
            in_stack = False
        elif in_stack:
            m = FRAME.match(line)
            if m and not m.group(1).startswith("..."):
                frames.append(m.group(1))
        elif line.startswith("}") and kind:
            yield kind, thread, frames
            kind = None
    if proc.wait() != 0:
        sys.exit("ingestion_profile.py: jfr print failed")


def step_of(frames, anchor="BatchProcessor"):
    """"METHOD → CALLEE": the innermost frame of the anchor class (of ingestion.pipeline) and the
    platform method it calls (the library frames between skipped, e.g. TransactionTemplate around the
    progress update); with no platform callee, the first library frame it calls (e.g. the commit in
    TransactionTemplate, or Jackson). None without an anchor frame."""
    names = [short(f) for f in frames]
    full = [f.split("(", 1)[0] for f in frames]
    prefix = PLATFORM + "ingestion.pipeline." + anchor
    for i, name in enumerate(full):
        if name.startswith(prefix):
            caller = names[i].split(".", 1)[1] if anchor == "BatchProcessor" else names[i]
            for j in range(i - 1, -1, -1):
                if full[j].startswith(PLATFORM) and not full[j].startswith(prefix):
                    return f"{caller} → {names[j]}"
            return f"{caller} → {names[i - 1]}" if i > 0 else caller
    return None


def worker_step(frames):
    step = step_of(frames)
    if step:
        return step
    for i, name in enumerate(frames):
        if name.startswith(PLATFORM):
            return "outside BatchProcessor: " + short(name)
    return "outside BatchProcessor: " + (short(frames[0]) if frames else "?")


def main(argv):
    if len(argv) != 3:
        sys.exit(__doc__)
    counts = {"java": 0, "native": 0}
    steps = collections.defaultdict(lambda: {"java": 0, "native": 0})
    chunk = collections.defaultdict(lambda: {"java": 0, "native": 0})
    hot = collections.Counter()
    hot_native = collections.Counter()
    flags = {"java": 0, "native": 0}
    threads = set()
    for kind, thread, frames in events(argv[1]):
        if thread and thread.startswith("ingestion-worker"):
            threads.add(thread)
            counts[kind] += 1
            steps[worker_step(frames)][kind] += 1
            inner = step_of(frames, "ChunkProcessor")
            if inner:
                chunk[inner][kind] += 1
            if frames:
                if kind == "java":
                    hot[short(frames[0])] += 1
                else:
                    # The platform method that waits: the innermost platform frame.
                    platform = next((short(f) for f in frames if f.startswith(PLATFORM)), short(frames[0]))
                    hot_native[platform] += 1
        elif any("creditfile.FlagUpdater" in f for f in frames):
            flags[kind] += 1
    ordered = sorted(steps.items(), key=lambda kv: -(kv[1]["java"] + kv[1]["native"]))
    result = {"worker": {"java": counts["java"], "native": counts["native"],
                         "steps": [[name, v["java"], v["native"]] for name, v in ordered],
                         "chunk": [[name, v["java"], v["native"]] for name, v in
                                   sorted(chunk.items(), key=lambda kv: -(kv[1]["java"] + kv[1]["native"]))],
                         "hot": hot.most_common(15), "hot_native": hot_native.most_common(10)},
              "flags": flags, "threads": sorted(threads)}
    with open(argv[2], "w", encoding="utf-8") as f:
        json.dump(result, f, ensure_ascii=False, indent=1)


if __name__ == "__main__":
    main(sys.argv)
