-- Prints one tab-separated line for bench/rush.sh: REPORT, requests/s, p50, p90, p99 (ms), errors (non-2xx,
-- connection errors, timeouts); then, when an answer was not 2xx, the first such status and body of each thread
-- (FIRST-ERROR lines), so that an error row says what the errors were.
local threads = {}

setup = function(thread)
  table.insert(threads, thread)
end

first_error = ""

response = function(status, headers, body)
  if (status < 200 or status > 299) and first_error == "" then
    first_error = status .. " " .. string.sub(body or "", 1, 300):gsub("[\r\n\t]", " ")
  end
end

done = function(summary, latency, requests)
  local errors = summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout
      + summary.errors.status
  io.write(string.format("REPORT\t%.1f\t%.1f\t%.1f\t%.1f\t%d\n", summary.requests / (summary.duration / 1e6),
      latency:percentile(50) / 1000, latency:percentile(90) / 1000, latency:percentile(99) / 1000, errors))
  for _, thread in ipairs(threads) do
    local e = thread:get("first_error")
    if e ~= nil and e ~= "" then
      io.write("FIRST-ERROR\t" .. e .. "\n")
    end
  end
end
