-- wrk script for P3 and P5 (tools/bench/run): the write path of a self-assessment, as a worker's client drives it:
-- create a SELF assessment, PUT its ratings, POST its submission, again. Run it with one connection per thread
-- (wrk -tN -cN): a thread's requests then follow each other on one connection, so each answer belongs to the request
-- before it. Settings from the environment:
--   BENCH_TOKEN      the worker's access token
--   BENCH_VERSION    the framework version to assess against
--   BENCH_RATINGS    the PUT .../ratings body
--   BENCH_DRAFTS     if set, a file prefix: the thread writes each created and rated assessment's id to
--                    <prefix>.<thread> and does not submit it (P5 submits them later, at a fixed rate)
local token = os.getenv("BENCH_TOKEN")
local version = os.getenv("BENCH_VERSION")
local ratings = os.getenv("BENCH_RATINGS")
local drafts = os.getenv("BENCH_DRAFTS")

local threads = {}
local counter = 0

function setup(thread)
  counter = counter + 1
  thread:set("number", counter)
  table.insert(threads, thread)
end

-- Globals, not locals: done() reads submitted and failed through thread:get, which sees only globals.
step, id, submitted, failed, out, headers = 1, nil, 0, 0, nil, nil

function init(args)
  step, submitted, failed = 1, 0, 0
  headers = { ["Authorization"] = "Bearer " .. token, ["Content-Type"] = "application/json" }
  if drafts then out = io.open(drafts .. "." .. number, "w") end
end

function request()
  if step == 1 then
    return wrk.format("POST", "/v1/assessments", headers,
      '{"kind":"SELF","frameworkVersionId":"' .. version .. '","scope":["2.5"]}')
  elseif step == 2 then
    return wrk.format("PUT", "/v1/assessments/" .. id .. "/ratings", headers, ratings)
  else
    return wrk.format("POST", "/v1/assessments/" .. id .. "/submission", headers)
  end
end

function response(status, hdrs, body)
  if status >= 300 then
    failed = failed + 1
    step = 1
    return
  end
  if step == 1 then
    id = body:match('"id"%s*:%s*"([^"]+)"')
    step = id and 2 or 1
  elseif step == 2 then
    if out then
      out:write(id, "\n")
      out:flush()
      step = 1
    else
      step = 3
    end
  else
    submitted = submitted + 1
    step = 1
  end
end

function done(summary, latency, requests)
  local s, f = 0, 0
  for _, t in ipairs(threads) do
    s = s + t:get("submitted")
    f = f + t:get("failed")
  end
  io.write(string.format("submitted %d failed %d seconds %.3f\n", s, f, summary.duration / 1e6))
end
