-- Prints one tab-separated line for bench/rush.sh: REPORT, requests/s, p50, p90, p99 (ms), errors (non-2xx,
-- connection errors, timeouts).
done = function(summary, latency, requests)
  local errors = summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout
      + summary.errors.status
  io.write(string.format("REPORT\t%.1f\t%.1f\t%.1f\t%.1f\t%d\n", summary.requests / (summary.duration / 1e6),
      latency:percentile(50) / 1000, latency:percentile(90) / 1000, latency:percentile(99) / 1000, errors))
end
