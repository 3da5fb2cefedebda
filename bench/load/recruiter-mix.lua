-- wrk script: a recruiter mix plus careers applications, in a signed-in session (as the UI sends them).
-- Reads bench/load/ids.lua (written by bench/load.sh): cookie, csrf, candidate ids, application ids,
-- requisition ids, a careers job slug. Per 100 requests: 35 searches, 20 boards, 20 profile reads,
-- 10 application reads, 10 moves, 5 careers applications (multipart, a new person each).
local ids = dofile(os.getenv("LOAD_IDS") or "bench/load/ids.lua")
local searches = { "five9", "salesforce+spanish", "genesys", "property+casualty+license", "retention",
  "customer+service", "avaya", "ezlynx", "bilingual", "quota" }
local threads = {}
local counter = 0

function setup(thread)
  counter = counter + 1
  thread:set("tid", counter)
  table.insert(threads, thread)
end

function init(args)
  n = 0
  tid = tid or 1
  -- each thread moves its own applications (no two threads race on one), cycling through three stages;
  -- a thread's connections take its applications in turn, so one is rarely moved twice at once
  mine = {}
  for i, app in ipairs(ids.applications) do
    if i % 4 == (tid - 1) % 4 then table.insert(mine, { id = app.id, at = app.at }) end
  end
  if #mine == 0 then mine = { { id = ids.applications[1].id, at = ids.applications[1].at } } end
  stages = { "PHONE_INTERVIEW", "MOCK_SALES_CALL", "SCREEN" }
  session = { ["Cookie"] = "FLOORREADY_SESSION=" .. ids.cookie, ["Accept"] = "application/json" }
end

local function pick(list) return list[math.random(#list)] end

local function careers()
  local boundary = "----wrkboundary" .. tid .. "x" .. n
  local email = "load-" .. tid .. "-" .. n .. "-" .. math.random(1e9) .. "@example.com"
  local function part(name, value)
    return "--" .. boundary .. "\r\nContent-Disposition: form-data; name=\"" .. name .. "\"\r\n\r\n" .. value .. "\r\n"
  end
  local resume = "Load Tester " .. n .. "\n" .. email .. "\nTulsa, OK\n\nExperience\n" ..
    "Customer Service Representative, Acme Contact, 01/2020 - Present\nInbound calls, Five9.\n"
  local body = part("name", "Load Tester " .. n) .. part("email", email) .. part("consent", "true") ..
    part("answers", ids.answers) ..
    "--" .. boundary .. "\r\nContent-Disposition: form-data; name=\"resume\"; filename=\"resume.txt\"\r\n" ..
    "Content-Type: text/plain\r\n\r\n" .. resume .. "\r\n--" .. boundary .. "--\r\n"
  return wrk.format("POST", "/api/v1/careers/jobs/" .. ids.slug .. "/applications",
    { ["Content-Type"] = "multipart/form-data; boundary=" .. boundary }, body)
end

function request()
  n = n + 1
  local r = n % 100
  if r < 35 then
    return wrk.format("GET", "/api/v1/candidates?q=" .. pick(searches) .. "&page=" .. (n % 3), session)
  elseif r < 55 then
    return wrk.format("GET", "/api/v1/pipelines/" .. pick(ids.requisitions), session)
  elseif r < 75 then
    return wrk.format("GET", "/api/v1/candidates/" .. pick(ids.candidates), session)
  elseif r < 85 then
    return wrk.format("GET", "/api/v1/applications/" .. pick(ids.applications).id, session)
  elseif r < 95 then
    moved = (moved or 0) + 1
    local app = mine[(moved % #mine) + 1]
    local to = stages[app.at]
    app.at = app.at % 3 + 1
    local headers = { ["Cookie"] = session["Cookie"], ["X-CSRF-Token"] = ids.csrf,
      ["Content-Type"] = "application/json", ["Accept"] = "application/json" }
    return wrk.format("POST", "/api/v1/applications/" .. app.id .. "/moves", headers,
      '{"to":"' .. to .. '"}')
  else
    return careers()
  end
end

statuses = {}
function response(status, headers, body)
  statuses[status] = (statuses[status] or 0) + 1
  if status >= 400 and not refusal then refusal = body end
end

function done(summary, latency, requests)
  local errors = summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout
  local bad, all = 0, {}
  for _, thread in ipairs(threads) do
    local s = thread:get("statuses")
    for code, count in pairs(s) do
      if code >= 400 then bad = bad + count end
      all[code] = (all[code] or 0) + count
    end
  end
  for _, thread in ipairs(threads) do
    local r = thread:get("refusal")
    if r then io.stderr:write("first refusal seen: " .. r .. "\n") break end
  end
  local codes = {}
  for code, count in pairs(all) do table.insert(codes, code .. ":" .. count) end
  table.sort(codes)
  io.write(string.format("RESULT requests=%d seconds=%.1f rps=%.1f p50=%.1f p95=%.1f p99=%.1f errors=%d http_errors=%d statuses=%s\n",
    summary.requests, summary.duration / 1e6, summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000,
    errors, bad, table.concat(codes, ",")))
end
