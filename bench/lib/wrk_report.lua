-- wrk script: after the run prints one line "BENCH_JSON {...}" with the counts and latency
-- percentiles (in microseconds) that bench/lib/wrk_rows.py reads. wrk --latency itself shows only
-- 50/75/90/99; this adds 95 and the error counts.
done = function(summary, latency, requests)
  local e = summary.errors
  local function p(q) return math.floor(latency:percentile(q)) end
  io.write(string.format(
    'BENCH_JSON {"requests":%d,"duration_us":%d,"bytes":%d,' ..
    '"p50_us":%d,"p90_us":%d,"p95_us":%d,"p99_us":%d,"mean_us":%.1f,"max_us":%d,' ..
    '"errors":{"connect":%d,"read":%d,"write":%d,"status":%d,"timeout":%d}}\n',
    summary.requests, summary.duration, summary.bytes,
    p(50), p(90), p(95), p(99), latency.mean, math.floor(latency.max),
    e.connect, e.read, e.write, e.status, e.timeout))
end
