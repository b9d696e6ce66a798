#!/usr/bin/env python3
"""Samples the CPU time of the platform under test and of its embedded PostgreSQL from /proc (suite
"ingestion"), every INTERVAL seconds, until SIGTERM.

    proc_sampler.py OUT_JSONL SERVER_GLOB [INTERVAL]

SERVER_GLOB is the glob of the server's temporary directory (bench/lib/server.sh makes
$BENCH_TMP/server.XXXXXX): the platform is the java process whose command line holds
SERVER_DIR/credit-platform.jar, its PostgreSQL the postmaster named by
SERVER_DIR/data/pg/postmaster.pid. Both are found once they exist (the sampler starts before the
server). Only reads /proc; never signals anything.

One JSON object per line:
  t         time (epoch seconds)
  cpu       the machine: [busy, total] jiffies since boot (all CPUs; busy = total - idle - iowait)
  load      1-minute load average
  java      {pid, ticks: {worker, jit, gc, other}, wait_ns: {...}, rss_kb, hwm_kb}: per thread group
            (the ingestion worker thread, the JIT compiler threads, GC and VM threads, the rest) the CPU
            time (utime + stime, clock ticks) and the time spent runnable but waiting for a CPU (run
            queue, /proc/PID/task/TID/schedstat, ns)
  pg        {pid, ticks, client_run_ns, client_wait_ns, other_wait_ns}: CPU time of the postmaster,
            its live children and its reaped children (cutime + cstime); CPU time and run-queue wait
            of its client backends, and run-queue wait of its other processes (schedstat)
Sums over threads and processes keep the last value of those that ended, so that they never go back.
"""
import glob
import json
import os
import re
import signal
import sys
import time

running = True


def stop(signum, frame):
    global running
    running = False


def read(path):
    try:
        with open(path, "rb") as f:
            return f.read().decode("utf-8", "replace")
    except OSError:
        return None


def stat_fields(text):
    """Fields of /proc/PID/stat after the command name: [state, ppid, ...]; comm separately."""
    start, end = text.index("("), text.rindex(")")
    return text[start + 1:end], text[end + 2:].split()


def machine_cpu():
    line = read("/proc/stat").split("\n", 1)[0].split()
    values = [int(v) for v in line[1:9]]  # user nice system idle iowait irq softirq steal
    total = sum(values)
    return [total - values[3] - values[4], total]


def find_java(server_glob):
    for d in glob.glob(server_glob):
        jar = os.path.join(d, "credit-platform.jar")
        for pid in os.listdir("/proc"):
            if not pid.isdigit():
                continue
            cmdline = read(f"/proc/{pid}/cmdline")
            if cmdline and jar in cmdline.split("\0") and cmdline.split("\0")[0].endswith("java"):
                return int(pid)
    return None


def find_postmaster(server_glob):
    for path in glob.glob(os.path.join(server_glob, "data", "pg", "postmaster.pid")):
        text = read(path)
        if text and text.split("\n", 1)[0].strip().isdigit():
            pid = int(text.split("\n", 1)[0])
            if read(f"/proc/{pid}/stat") is not None:
                return pid
    return None


def schedstat(path):
    """[run_ns, wait_ns] of a thread or process, or None."""
    text = read(path)
    if not text:
        return None
    f = text.split()
    return [int(f[0]), int(f[1])]


# Last values of every thread and process seen: (kind, id) -> values; sums never go back.
seen = {}


def java_group(comm):
    if comm.startswith("ingestion-work"):
        return "worker"
    if comm.startswith(("C1 Compiler", "C2 Compiler")):
        return "jit"
    if comm.startswith(("GC Thread", "G1 ", "VM Thread", "VM Periodic")):
        return "gc"
    return "other"


def java_sample(pid):
    try:
        tasks = os.listdir(f"/proc/{pid}/task")
    except OSError:
        return None
    for tid in tasks:
        text = read(f"/proc/{pid}/task/{tid}/stat")
        sched = schedstat(f"/proc/{pid}/task/{tid}/schedstat")
        if not text:
            continue
        comm, f = stat_fields(text)
        seen[("java", pid, int(tid))] = (java_group(comm), int(f[11]) + int(f[12]), sched[1] if sched else 0)
    ticks = {"worker": 0, "jit": 0, "gc": 0, "other": 0}
    wait = {"worker": 0, "jit": 0, "gc": 0, "other": 0}
    for key, value in seen.items():
        if key[0] == "java" and key[1] == pid:
            group, t, w = value
            ticks[group] += t
            wait[group] += w
    status = read(f"/proc/{pid}/status") or ""
    mem = {}
    for line in status.splitlines():
        if line.startswith(("VmRSS:", "VmHWM:")):
            mem[line.split(":")[0]] = int(line.split()[1])
    return {"pid": pid, "ticks": ticks, "wait_ns": wait, "rss_kb": mem.get("VmRSS"), "hwm_kb": mem.get("VmHWM")}


def pg_sample(postmaster):
    text = read(f"/proc/{postmaster}/stat")
    if not text:
        return None
    _, f = stat_fields(text)
    ticks = int(f[11]) + int(f[12]) + int(f[13]) + int(f[14])
    sched = schedstat(f"/proc/{postmaster}/schedstat")
    if sched:
        seen[("pg", postmaster, postmaster)] = ("other", sched)
    for pid in os.listdir("/proc"):
        if not pid.isdigit() or int(pid) == postmaster:
            continue
        child = read(f"/proc/{pid}/stat")
        if not child:
            continue
        try:
            _, cf = stat_fields(child)
        except ValueError:
            continue
        if int(cf[1]) != postmaster:
            continue
        ticks += int(cf[11]) + int(cf[12])
        sched = schedstat(f"/proc/{pid}/schedstat")
        cmdline = (read(f"/proc/{pid}/cmdline") or "").replace("\0", " ")
        if sched:
            # A client backend: "postgres: USER DB 127.0.0.1(PORT) STATE" (or [local]).
            kind = "client" if re.search(r"\d+\.\d+\.\d+\.\d+\(\d+\)|\[local\]|::1\(", cmdline) else "other"
            seen[("pg", postmaster, int(pid))] = (kind, sched)
    result = {"pid": postmaster, "ticks": ticks, "client_run_ns": 0, "client_wait_ns": 0, "other_wait_ns": 0}
    for key, value in seen.items():
        if key[0] == "pg" and key[1] == postmaster:
            kind, sched = value
            if kind == "client":
                result["client_run_ns"] += sched[0]
                result["client_wait_ns"] += sched[1]
            else:
                result["other_wait_ns"] += sched[1]
    return result


def main(argv):
    if len(argv) not in (3, 4):
        sys.exit(__doc__)
    out_path, server_glob = argv[1], argv[2]
    interval = float(argv[3]) if len(argv) == 4 else 0.5
    signal.signal(signal.SIGTERM, stop)
    signal.signal(signal.SIGINT, stop)
    java = postmaster = None
    with open(out_path, "a", encoding="utf-8") as out:
        while running:
            started = time.monotonic()
            if java is None or read(f"/proc/{java}/stat") is None:
                java = find_java(server_glob)
            if postmaster is None or read(f"/proc/{postmaster}/stat") is None:
                postmaster = find_postmaster(server_glob)
            sample = {"t": round(time.time(), 3), "cpu": machine_cpu(),
                      "load": float(read("/proc/loadavg").split()[0])}
            if java is not None:
                sample["java"] = java_sample(java)
            if postmaster is not None:
                sample["pg"] = pg_sample(postmaster)
            out.write(json.dumps(sample) + "\n")
            out.flush()
            time.sleep(max(0.05, interval - (time.monotonic() - started)))


if __name__ == "__main__":
    main(sys.argv)
