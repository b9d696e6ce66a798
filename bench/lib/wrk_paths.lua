-- wrk script: requests a list of paths in turn, counts every non-2xx response, and after the run
-- prints the line "BENCH_JSON {...}" that bench/lib/wrk_rows.py reads (as wrk_report.lua does).
--
--   wrk -t2 -c8 -d10s -s bench/lib/wrk_paths.lua -H 'Cookie: SESSION=…' http://host:port -- PATHS_FILE
--
-- PATHS_FILE: one path a line, already URL-encoded (e.g. /api/v1/entities?q=%E8%B6%85%E5%B8%82&size=20).
-- Each thread walks the whole list in order, starting at its own offset, and wraps around; the URL
-- given on the command line only names the host and port. Headers given with -H are sent with
-- every request.
--
-- wrk itself counts only status >= 400 as errors ("status"); a redirect (302 to the sign-in page
-- when the session is lost) would pass unnoticed. The response() hook counts every status outside
-- 200-299; the report adds those that wrk did not count as "non2xx_other".

local threads = {}
local thread_count = 0

setup = function(thread)
  thread:set("index", thread_count)
  thread_count = thread_count + 1
  table.insert(threads, thread)
end

local paths = {}
local next_path = 1
non2xx = 0
first_bad_status = 0

init = function(args)
  local file = args[1]
  if not file then
    error("wrk_paths.lua: pass the paths file after --")
  end
  for line in io.lines(file) do
    if line ~= "" then
      table.insert(paths, line)
    end
  end
  if #paths == 0 then
    error("wrk_paths.lua: no paths in " .. file)
  end
  -- "index" was set by setup() (thread:set) before init: the threads start at different places.
  next_path = 1 + ((tonumber(index) or 0) * 7919) % #paths
end

request = function()
  local path = paths[next_path]
  next_path = next_path + 1
  if next_path > #paths then
    next_path = 1
  end
  return wrk.format("GET", path)
end

response = function(status, headers, body)
  if status < 200 or status > 299 then
    non2xx = non2xx + 1
    if first_bad_status == 0 then
      first_bad_status = status
    end
  end
end

done = function(summary, latency, requests)
  local e = summary.errors
  local bad, first = 0, 0
  for _, thread in ipairs(threads) do
    bad = bad + (tonumber(thread:get("non2xx")) or 0)
    local f = tonumber(thread:get("first_bad_status")) or 0
    if first == 0 then
      first = f
    end
  end
  local other = bad - e.status
  if other < 0 then
    other = 0
  end
  local function p(q) return math.floor(latency:percentile(q)) end
  io.write(string.format(
    'BENCH_JSON {"requests":%d,"duration_us":%d,"bytes":%d,' ..
    '"p50_us":%d,"p90_us":%d,"p95_us":%d,"p99_us":%d,"mean_us":%.1f,"max_us":%d,' ..
    '"first_bad_status":%d,' ..
    '"errors":{"connect":%d,"read":%d,"write":%d,"status":%d,"timeout":%d,"non2xx_other":%d}}\n',
    summary.requests, summary.duration, summary.bytes,
    p(50), p(90), p(95), p(99), latency.mean, math.floor(latency.max),
    first,
    e.connect, e.read, e.write, e.status, e.timeout, other))
end
