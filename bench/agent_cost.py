#!/usr/bin/env python3
"""Compare what it costs to run reflector against prometheus-node-exporter and a
psutil-based Python agent on this machine: CPU time per steady-state sample and
peak memory. It is a report, not a test: it never checks the targets it prints.

See bench/README.md for how to run it and how to read the output.
"""
from __future__ import annotations

import argparse
import json
import os
import platform
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
DEFAULT_REFLECTOR = REPO / "build/release/agent/reflector"
DEFAULT_PSUTIL_SCRIPT = REPO.parent / "shared/bench/psutil_reflector.py"  # ../shared from the repo
NODE_EXPORTER = Path("/usr/bin/prometheus-node-exporter")
SYSTEM_PYTHON = Path("/usr/bin/python3")  # the interpreter python3-psutil is installed for
LOOPBACK = "127.0.0.1"
WARMUP_SAMPLES = 5
CLK_TCK = os.sysconf("SC_CLK_TCK")


class BenchError(Exception):
    """A component is missing or misbehaved; the message says which and why."""


# --------------------------------------------------------------------------- /proc readers

@dataclass
class CpuSnapshot:
    ticks: int            # utime + stime of the whole process, in clock ticks
    sched_ns: int | None  # sum over live threads of schedstat's on-CPU ns; None if unavailable
    tids: frozenset


def read_cpu(pid):
    with open(f"/proc/{pid}/stat") as f:
        # comm (field 2) may contain spaces and parentheses: split after the last ')'.
        fields = f.read().rsplit(")", 1)[1].split()
    ticks = int(fields[11]) + int(fields[12])  # utime, stime (fields 14 and 15)
    sched_ns, tids = 0, []
    for tid in os.listdir(f"/proc/{pid}/task"):
        try:
            with open(f"/proc/{pid}/task/{tid}/schedstat") as f:
                sched_ns += int(f.read().split()[0])
            tids.append(tid)
        except FileNotFoundError:
            # The thread exited between listdir and open: its time is gone from
            # schedstat either way (see the vanished-thread warning).
            continue
        except OSError:
            sched_ns = None  # kernel without CONFIG_SCHED_INFO: ticks only
            break
    return CpuSnapshot(ticks, sched_ns, frozenset(tids))


def read_kb_fields(path, names):
    """Values in kB of the 'Name:  123 kB' lines of a /proc file; {} if unreadable."""
    values = {}
    try:
        with open(path) as f:
            for line in f:
                name, _, rest = line.partition(":")
                if name in names:
                    values[name] = int(rest.split()[0])
    except OSError:
        return {}
    return values


def read_memory(pid):
    status = read_kb_fields(f"/proc/{pid}/status", {"VmHWM", "VmRSS"})
    rollup = read_kb_fields(f"/proc/{pid}/smaps_rollup",
                            {"Pss", "Private_Clean", "Private_Dirty", "Anonymous"})
    # Private counts file pages no other process maps (e.g. Qt or a static Go
    # binary's text, when nothing else uses them); Anonymous is heap and stacks only.
    mem = {"peak_rss_kb": status.get("VmHWM"), "rss_kb": status.get("VmRSS"),
           "pss_kb": rollup.get("Pss"), "private_kb": None, "anon_kb": rollup.get("Anonymous")}
    if "Private_Clean" in rollup and "Private_Dirty" in rollup:
        mem["private_kb"] = rollup["Private_Clean"] + rollup["Private_Dirty"]
    return mem


def count_processes():
    # Both agents walk /proc/<pid>, so their cost grows with this number.
    return sum(1 for name in os.listdir("/proc") if name.isdigit())


def cpu_per_sample(a, b, samples):
    """CPU seconds per sample between two snapshots, by both methods."""
    result = {"samples": samples,
              "cpu_s_per_sample_ticks": (b.ticks - a.ticks) / CLK_TCK / samples,
              "cpu_s_per_sample_schedstat": None,
              "threads": len(b.tids), "vanished_threads": len(a.tids - b.tids)}
    if a.sched_ns is not None and b.sched_ns is not None:
        result["cpu_s_per_sample_schedstat"] = (b.sched_ns - a.sched_ns) / 1e9 / samples
    return result


# --------------------------------------------------------------------------- process control

def start(argv, log, stdout=subprocess.DEVNULL):
    # A new session keeps the child out of our terminal's process group, so a
    # Ctrl-C reaches only us and the child is stopped by stop() like on any error.
    return subprocess.Popen(argv, stdin=subprocess.DEVNULL, stdout=stdout,
                            stderr=log, start_new_session=True)


def stop(proc, grace_s=5.0):
    """SIGTERM, then SIGKILL after grace_s, to the session start() created for proc:
    that also reaches any helper it forked, which could otherwise hold its stdout
    open and keep the reader thread waiting."""
    for sig in (signal.SIGTERM, signal.SIGKILL):
        try:
            os.killpg(proc.pid, sig)
        except ProcessLookupError:
            pass  # the whole group is already gone
        try:
            proc.wait(grace_s)
            return
        except subprocess.TimeoutExpired:
            continue


def log_tail(log, limit=2000):
    log.flush()
    log.seek(0)
    text = log.read().decode(errors="replace")
    return text[-limit:].strip() or "(nothing on stderr)"


def ensure_running(proc, name, log, grace_s=0.0):
    """Raise with the agent's stderr if it has exited (within grace_s)."""
    try:
        proc.wait(grace_s)
    except subprocess.TimeoutExpired:
        return
    else:
        raise BenchError(f"{name} exited with status {proc.returncode}; its stderr:\n{log_tail(log)}")


# --------------------------------------------------------------------------- reflector

class LineCounter(threading.Thread):
    """Drains the agent's stdout (so it never blocks on a full pipe) and counts lines."""

    def __init__(self, stream):
        super().__init__(daemon=True)
        self.stream = stream
        self.count = 0
        self.eof = False
        self.cond = threading.Condition()

    def run(self):
        # Only this thread touches the stream, so it is the one to close it:
        # closing it from another thread would block on the read in progress.
        with self.stream:
            for _ in self.stream:
                with self.cond:
                    self.count += 1
                    self.cond.notify_all()
        with self.cond:
            self.eof = True
            self.cond.notify_all()

    def wait_past(self, count, timeout_s):
        """Block until more than `count` lines were read; return the new count."""
        with self.cond:
            self.cond.wait_for(lambda: self.count > count or self.eof, timeout_s)
            if self.count <= count:
                raise BenchError("reflector stopped printing samples"
                                 + (" (stdout closed)" if self.eof else f" for {timeout_s:.0f} s"))
            return self.count


def measure_reflector(path, interval_ms, duration_s, config=None):
    line_timeout_s = max(10.0, 20 * interval_ms / 1000)
    argv = [str(path), "--samples", "0", "--interval-ms", str(interval_ms)]
    if config:
        argv += ["--config", str(config)]
    with tempfile.TemporaryFile() as log:
        proc = start(argv, log, stdout=subprocess.PIPE)
        try:
            lines = LineCounter(proc.stdout)
            lines.start()
            try:
                lines.wait_past(WARMUP_SAMPLES - 1, line_timeout_s)
                # Snapshots are taken right after a line arrives, when reflector has
                # just finished a sample and is idle until the next tick: the window
                # then holds whole samples only.
                count_a = lines.wait_past(lines.count, line_timeout_s)
                snap_a = read_cpu(proc.pid)
                time.sleep(duration_s)
                count_b = lines.wait_past(lines.count, line_timeout_s)
                snap_b = read_cpu(proc.pid)
            except BenchError as e:
                # Silence usually means it crashed or hung: its stderr says more than we can.
                ensure_running(proc, "reflector", log, grace_s=2.0)
                raise BenchError(f"{e}; its stderr:\n{log_tail(log)}") from None
            memory = read_memory(proc.pid)
        finally:
            stop(proc)
    return {**cpu_per_sample(snap_a, snap_b, count_b - count_a), **memory}


# --------------------------------------------------------------------------- node_exporter

def free_loopback_port():
    with socket.socket() as s:
        s.bind((LOOPBACK, 0))
        return s.getsockname()[1]


def metrics_opener():
    # No proxies: an http_proxy in the environment must never see our loopback scrapes.
    return urllib.request.build_opener(urllib.request.ProxyHandler({}))


def scrape(opener, url):
    request = urllib.request.Request(url, headers={"Connection": "close"})
    with opener.open(request, timeout=10) as response:
        body = response.read()
        if response.status != 200:
            raise BenchError(f"node_exporter answered HTTP {response.status} on {url}")
    if b"node_cpu_seconds_total" not in body:
        raise BenchError(f"node_exporter's {url} has no node_cpu_seconds_total")
    return len(body)


def wait_until_serving(proc, opener, url, log, timeout_s=15.0):
    deadline = time.monotonic() + timeout_s
    while True:
        ensure_running(proc, "node_exporter", log)
        try:
            return scrape(opener, url)
        except OSError:  # refused while starting up; URLError is an OSError too
            if time.monotonic() > deadline:
                raise BenchError(f"node_exporter did not serve {url} within {timeout_s:.0f} s;"
                                 f" its stderr:\n{log_tail(log)}")
            time.sleep(0.1)


def scrape_for(opener, url, interval_s, duration_s):
    """Scrape at most once per interval for duration_s; return (scrapes, mean latency s)."""
    scrapes, busy_s = 0, 0.0
    start_t = next_t = time.monotonic()
    while next_t < start_t + duration_s:
        t0 = time.monotonic()
        scrape(opener, url)
        busy_s += time.monotonic() - t0
        scrapes += 1
        # If a scrape overran its slot, start the next one now rather than in a
        # burst of catch-up scrapes: same pacing rule as reflector's timer.
        next_t = max(next_t + interval_s, time.monotonic())
        time.sleep(max(0.0, next_t - time.monotonic()))
    return scrapes, busy_s / max(1, scrapes)


def measure_node_exporter(interval_ms, duration_s):
    port = free_loopback_port()
    url = f"http://{LOOPBACK}:{port}/metrics"
    opener = metrics_opener()
    with tempfile.TemporaryFile() as log:
        proc = start([str(NODE_EXPORTER), f"--web.listen-address={LOOPBACK}:{port}"], log)
        try:
            body_bytes = wait_until_serving(proc, opener, url, log)
            for _ in range(WARMUP_SAMPLES - 1):
                scrape(opener, url)
            # Scrapes are synchronous, so between two of them node_exporter has
            # no request in flight: the window holds whole scrapes only.
            snap_a = read_cpu(proc.pid)
            scrapes, latency_s = scrape_for(opener, url, interval_ms / 1000, duration_s)
            snap_b = read_cpu(proc.pid)
            memory = read_memory(proc.pid)
            ensure_running(proc, "node_exporter", log)
        except OSError as e:
            raise BenchError(f"scraping {url} failed: {e}; node_exporter's stderr:\n{log_tail(log)}")
        finally:
            stop(proc)
    return {**cpu_per_sample(snap_a, snap_b, scrapes), **memory,
            "mean_scrape_latency_s": latency_s, "body_bytes": body_bytes}


# --------------------------------------------------------------------------- psutil baseline

def measure_psutil(script, samples):
    run = subprocess.run([str(SYSTEM_PYTHON), str(script), str(samples)],
                         stdin=subprocess.DEVNULL, capture_output=True, text=True)
    if run.returncode != 0:
        raise BenchError(f"{script} exited with status {run.returncode}:\n{run.stderr.strip()[-2000:]}"
                         "\n(python3-psutil missing? run: scripts/install-deps --bench)")
    try:
        result = json.loads(run.stdout.strip().splitlines()[-1])
    except (IndexError, ValueError):
        result = {}
    if not isinstance(result, dict) or not {"cpu_s_per_sample", "peak_rss_kb"} <= result.keys():
        raise BenchError(f"{script} printed no JSON line with cpu_s_per_sample and peak_rss_kb:\n"
                         f"{run.stdout.strip()[-2000:]}")
    return result


# --------------------------------------------------------------------------- report

def preferred_cpu(reflector, node_exporter):
    """Which CPU figure to compare: schedstat (ns) when both have it, else ticks."""
    both = (reflector["cpu_s_per_sample_schedstat"] is not None
            and node_exporter["cpu_s_per_sample_schedstat"] is not None)
    return "cpu_s_per_sample_schedstat" if both else "cpu_s_per_sample_ticks"


def ratios(reflector, node_exporter, psutil, cpu_key):
    def ratio(a, b):
        return a / b if a is not None and b else None
    return {
        "node_exporter_cpu_over_reflector": ratio(node_exporter[cpu_key], reflector[cpu_key]),
        "reflector_peak_rss_over_node_exporter": ratio(reflector["peak_rss_kb"], node_exporter["peak_rss_kb"]),
        "psutil_cpu_over_reflector": ratio(psutil["cpu_s_per_sample"], reflector[cpu_key]),
        "reflector_peak_rss_over_psutil": ratio(reflector["peak_rss_kb"], psutil["peak_rss_kb"]),
    }


def fmt(value, scale=1.0, digits=2):
    return "n/a" if value is None else f"{value * scale:.{digits}f}"


def table_rows(reflector, node_exporter, psutil, cpu_key):
    def agent_row(name, r):
        return [name, fmt(r[cpu_key], 1e3, 3), fmt(r["cpu_s_per_sample_ticks"], 1e3, 3),
                str(r["samples"]), fmt(r["peak_rss_kb"], 1 / 1024), fmt(r["rss_kb"], 1 / 1024),
                fmt(r["pss_kb"], 1 / 1024), fmt(r["private_kb"], 1 / 1024),
                fmt(r["anon_kb"], 1 / 1024)]
    return [
        ["", "CPU ms/sample", "ticks ms/sample", "samples", "peak RSS MiB", "RSS MiB",
         "PSS MiB", "private MiB", "anon MiB"],
        agent_row("reflector", reflector),
        agent_row("node_exporter", node_exporter),
        ["psutil", fmt(psutil["cpu_s_per_sample"], 1e3, 3), "n/a", str(psutil.get("samples", "?")),
         fmt(psutil["peak_rss_kb"], 1 / 1024), "n/a", "n/a", "n/a", "n/a"],
    ]


def print_report(report):
    r, n, p = report["reflector"], report["node_exporter"], report["psutil"]
    cpu_key, q, m = report["cpu_method"], report["ratios"], report["machine"]
    print(f"machine: {m['cpus']} CPUs, kernel {m['kernel']}, {m['processes_start']} processes"
          f" at start / {m['processes_end']} at end")
    print(f"window: {report['duration_s']:g} s steady state, one sample/scrape every"
          f" {report['interval_ms']} ms; psutil: {p.get('samples', '?')} back-to-back samples")
    method = "schedstat ns" if cpu_key.endswith("schedstat") else f"clock ticks (1/{CLK_TCK} s)"
    print(f"CPU ms/sample below is from {method}; node_exporter's 'sample' is one scrape\n")
    rows = table_rows(r, n, p, cpu_key)
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]
    for row in rows:
        print("  ".join(cell.ljust(w) if i == 0 else cell.rjust(w)
                        for i, (cell, w) in enumerate(zip(row, widths))))
    print()
    print(f"node_exporter CPU per scrape / reflector CPU per sample = "
          f"{fmt(q['node_exporter_cpu_over_reflector'], digits=1)} (target >= 20)")
    print(f"reflector peak RSS / node_exporter peak RSS = "
          f"{fmt(q['reflector_peak_rss_over_node_exporter'], digits=3)} (target <= 0.5)")
    print(f"psutil CPU per sample / reflector CPU per sample = {fmt(q['psutil_cpu_over_reflector'], digits=1)}")
    print(f"reflector peak RSS / psutil peak RSS = {fmt(q['reflector_peak_rss_over_psutil'], digits=3)}")
    for name, res in (("reflector", r), ("node_exporter", n)):
        if res["vanished_threads"]:
            print(f"warning: {res['vanished_threads']} {name} thread(s) exited during the window;"
                  " their CPU is missing from the schedstat figure (ticks figure is complete)")


# --------------------------------------------------------------------------- main

def parse_args():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--duration", type=float, default=20.0, metavar="S",
                    help="steady-state window per agent, seconds (default 20)")
    ap.add_argument("--interval-ms", type=int, default=50, metavar="MS",
                    help="ms between reflector samples and between scrapes (default 50)")
    ap.add_argument("--reflector", type=Path, default=DEFAULT_REFLECTOR, metavar="PATH",
                    help=f"reflector binary (default {DEFAULT_REFLECTOR.relative_to(REPO)})")
    ap.add_argument("--reflector-config", type=Path, metavar="FILE",
                    help="run reflector with this config (e.g. one with top_k 0)")
    ap.add_argument("--psutil-script", type=Path, default=DEFAULT_PSUTIL_SCRIPT, metavar="PATH",
                    help="psutil baseline script (default ../shared/bench/psutil_reflector.py)")
    ap.add_argument("--samples-psutil", type=int, default=200, metavar="N",
                    help="samples the psutil baseline takes (default 200)")
    ap.add_argument("--json", type=Path, metavar="FILE", help="also write every number as JSON")
    args = ap.parse_args()
    if args.duration <= 0 or args.interval_ms <= 0 or args.samples_psutil <= 0:
        ap.error("--duration, --interval-ms and --samples-psutil must be positive")
    return args


def check_components(args):
    """Fail before measuring anything, naming every missing piece at once."""
    missing = []
    if not os.access(args.reflector, os.X_OK):
        missing.append(f"reflector binary {args.reflector} (build it, or pass --reflector PATH)")
    if not os.access(NODE_EXPORTER, os.X_OK):
        missing.append(f"{NODE_EXPORTER} (install it: scripts/install-deps --bench)")
    if not os.access(SYSTEM_PYTHON, os.X_OK):
        missing.append(f"{SYSTEM_PYTHON} (install it: scripts/install-deps --bench)")
    if not args.psutil_script.is_file():
        missing.append(f"psutil baseline {args.psutil_script} (pass --psutil-script PATH)")
    if missing:
        raise BenchError("missing component(s):\n  " + "\n  ".join(missing))


def run(args):
    check_components(args)
    processes_start = count_processes()
    # One agent at a time, so none of them pays for another's /proc walks.
    print(f"measuring reflector for {args.duration:g} s ...", file=sys.stderr)
    reflector = measure_reflector(args.reflector, args.interval_ms, args.duration, args.reflector_config)
    print(f"measuring node_exporter for {args.duration:g} s ...", file=sys.stderr)
    node_exporter = measure_node_exporter(args.interval_ms, args.duration)
    print(f"measuring psutil baseline ({args.samples_psutil} samples) ...", file=sys.stderr)
    psutil = measure_psutil(args.psutil_script, args.samples_psutil)
    cpu_key = preferred_cpu(reflector, node_exporter)
    return {
        "machine": {"cpus": os.cpu_count(), "kernel": platform.release(), "clk_tck": CLK_TCK,
                    "processes_start": processes_start, "processes_end": count_processes()},
        "duration_s": args.duration, "interval_ms": args.interval_ms,
        "reflector_path": str(args.reflector), "reflector_config": str(args.reflector_config or ""),
        "psutil_script": str(args.psutil_script),
        "cpu_method": cpu_key,
        "reflector": reflector, "node_exporter": node_exporter, "psutil": psutil,
        "ratios": ratios(reflector, node_exporter, psutil, cpu_key),
    }


def main():
    args = parse_args()
    # Turn SIGTERM into an exception so the finally blocks still stop the agents.
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))
    try:
        report = run(args)
    except BenchError as e:
        print(f"agent_cost: {e}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("agent_cost: interrupted", file=sys.stderr)
        return 130
    print_report(report)
    if args.json:
        args.json.write_text(json.dumps(report, indent=2) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
