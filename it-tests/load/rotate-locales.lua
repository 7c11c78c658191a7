-- wrk script: GET /api/items/9 (JSON only, so Accept: application/json) rotating Accept-Language over StatusKit's 12 locales and counts every answer that is not a 404.
local locales = {"en", "zh-CN", "zh-TW", "ja", "ko", "de", "fr", "es", "pt-BR", "ru", "it", "ar"}
local threads = {}
local counter = 0

function setup(thread)
  thread:set("id", #threads)
  table.insert(threads, thread)
end

function init(args)
  unexpected = 0
  statuses = {}
end

function request()
  counter = counter + 1
  local lang = locales[(counter % #locales) + 1]
  return wrk.format("GET", nil, {["Accept-Language"] = lang, ["Accept"] = "application/json"})
end

function response(status, headers, body)
  if status ~= 404 then
    unexpected = unexpected + 1
    statuses[status] = (statuses[status] or 0) + 1
  end
end

function done(summary, latency, requests)
  local total = 0
  for _, thread in ipairs(threads) do
    total = total + thread:get("unexpected")
    local s = thread:get("statuses")
    for code, n in pairs(s) do
      io.write(string.format("unexpected status %s: %d\n", tostring(code), n))
    end
  end
  io.write(string.format("requests: %d\n", summary.requests))
  io.write(string.format("requests/s: %.0f\n", summary.requests / (summary.duration / 1e6)))
  io.write(string.format("p50 ms: %.2f\n", latency:percentile(50) / 1000))
  io.write(string.format("p99 ms: %.2f\n", latency:percentile(99) / 1000))
  io.write(string.format("socket errors: connect %d, read %d, write %d, timeout %d\n",
    summary.errors.connect, summary.errors.read, summary.errors.write, summary.errors.timeout))
  io.write(string.format("non-404 answers: %d\n", total))
end
