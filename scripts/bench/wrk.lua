-- For scripts/bench/wrk.ts: prints one JSON line of wrk's own figures when the run is done.
-- With WRK_UNIQUE=<name> set, each request adds <name>=<a new number> to the URL: a URL no cache
-- has seen, so an app must render each one.
local unique = os.getenv("WRK_UNIQUE")
if unique then
  local n = 0
  request = function()
    n = n + 1
    local sep = wrk.path:find("?", 1, true) and "&" or "?"
    return wrk.format(nil, wrk.path .. sep .. unique .. "=" .. n)
  end
end

done = function(summary, latency, requests)
  local e = summary.errors
  io.write(string.format(
    '{"requests":%d,"durationUs":%d,"bytes":%d,"connect":%d,"read":%d,"write":%d,' ..
    '"non2xx":%d,"timeouts":%d,"p50Us":%d,"p99Us":%d,"maxUs":%d}\n',
    summary.requests, summary.duration, summary.bytes, e.connect, e.read, e.write, e.status,
    e.timeout, latency:percentile(50), latency:percentile(99), latency.max))
end
