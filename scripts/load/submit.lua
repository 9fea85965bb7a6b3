-- wrk script of scripts/load-report.mjs: POSTs contact-form submissions to the reference
-- backend. Each thread sends LOAD_REQUESTS of them (a bounded load, not a duration) and stops
-- when all have been answered. Meanwhile its idle connections are parked on a request the
-- backend's test switch holds for a minute and never stores (`delay=60000` with an empty
-- body), so the numbers count exactly the submissions and every one sent was answered.
--   LOAD_MODE=unique  every request has a key of its own (thread id + counter)
--   LOAD_MODE=storm   every request repeats one key with the same answers (a double-click
--                     storm, or a retrying proxy)
-- Per thread it counts answers by status and times its first request and last answer (wrk's
-- own duration is the -d time, not when the last answer came); done() prints one JSON line.
local ffi = require("ffi")
ffi.cdef [[
  typedef struct { long tv_sec; long tv_nsec; } civic_timespec;
  int clock_gettime(int clock, civic_timespec *tp);
]]
local ts = ffi.new("civic_timespec")
local function now_us()
  ffi.C.clock_gettime(1, ts) -- CLOCK_MONOTONIC: one clock for all threads
  return tonumber(ts.tv_sec) * 1000000 + tonumber(ts.tv_nsec) / 1000
end
local mode = os.getenv("LOAD_MODE") or "unique"
local limit = tonumber(os.getenv("LOAD_REQUESTS") or "500")
local threads = {}
local next_id = 0

function setup(thread)
  thread:set("id", next_id)
  next_id = next_id + 1
  table.insert(threads, thread)
end

-- Globals, so that done() can read them from each thread.
counter = 0
statuses = {}
created_keys = 0
answered = 0
sent = 0
first_us = nil
last_us = 0

-- wrk calls request() once on thread 0 right after init() to check the script, and never
-- sends that request: it must not count.
local checking = false

function init(args)
  checking = (id == 0)
  wrk.method = "POST"
  wrk.headers["Content-Type"] = "application/json"
  wrk.headers["Sec-Fetch-Site"] = "same-origin"
end

local function body(key)
  return '{"form_id":"contact","locale":"en","idempotency_key":"' .. key .. '",' ..
    '"answers":{"name":"Load Test","email":"load@example.org","resident":"no",' ..
    '"topic":"waste","body":"When is the next collection in my street?"}}'
end

local parked = {
  ["Content-Type"] = "application/json",
  ["Sec-Fetch-Site"] = "same-origin",
  ["X-Civic-Test"] = "delay=60000",
}

function request()
  if checking then
    checking = false
    return wrk.format(nil, nil, parked, "{}")
  end
  if sent >= limit then
    return wrk.format(nil, nil, parked, "{}")
  end
  sent = sent + 1
  first_us = first_us or now_us()
  counter = counter + 1
  local key
  if mode == "storm" then
    key = "storm-key-0001"
  else
    key = string.format("load-%d-%08d", id, counter)
  end
  return wrk.format(nil, nil, nil, body(key))
end

function response(status, headers, body)
  last_us = now_us()
  statuses[status] = (statuses[status] or 0) + 1
  if status == 201 then
    created_keys = created_keys + 1
  end
  answered = answered + 1
  if answered >= sent and sent >= limit then
    -- The driver interrupts wrk once every thread has said so (wrk would wait for -d).
    io.write("THREAD-DONE\n")
    io.flush()
    wrk.thread:stop()
  end
end

function done(summary, latency, requests)
  local total = {}
  local created = 0
  local answers = 0
  local requested = 0
  local from, to = nil, 0
  for _, thread in ipairs(threads) do
    answers = answers + thread:get("answered")
    requested = requested + thread:get("sent")
    local f = thread:get("first_us")
    if f and (not from or f < from) then from = f end
    to = math.max(to, thread:get("last_us"))
    local s = thread:get("statuses")
    for code, n in pairs(s) do
      total[tostring(code)] = (total[tostring(code)] or 0) + n
    end
    created = created + thread:get("created_keys")
  end
  local parts = {}
  for code, n in pairs(total) do
    table.insert(parts, string.format('"%s":%d', code, n))
  end
  io.write(string.format(
    'LOAD-RESULT {"requests":%d,"sent":%d,"answered":%d,"span_us":%d,"socket_errors":%d,"p50_us":%d,"p99_us":%d,"max_us":%d,"created":%d,"statuses":{%s}}\n',
    summary.requests, requested, answers, to - (from or to),
    summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout,
    latency:percentile(50), latency:percentile(99), latency.max, created, table.concat(parts, ",")))
end
