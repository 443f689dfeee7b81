#!/usr/bin/env bash
# Load benchmark: wrk (Debian) posts the 2026 example scenario (saara-3-days-5-hours) to /v1/simulate on loopback for a fixed
# time against a release build, then prints requests/second, p50 and p99 latency and failed requests.
# Usage: scripts/load-test.sh [SECONDS] [CONNECTIONS] [QUERY] (default 30 s, 16 connections, no query, e.g. "?trace=false";
# client and server share the cores).
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib/serve.sh

duration=${1:-30}
connections=${2:-16}
query=${3:-}
apt_install wrk
pip_install yaml PyYAML
mkdir -p out/load
python3 - <<'PY' > out/load/scenario.json
import json, yaml
print(json.dumps(yaml.safe_load(open("Scenarios/examples/saara-3-days-5-hours.yaml", encoding="utf-8")), default=str))
PY
cat > out/load/post.lua <<'LUA'
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
local file = io.open("out/load/scenario.json", "r")
wrk.body = file:read("*a")
file:close()
done = function(summary, latency, requests)
    local failed = summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout + summary.errors.status
    io.write(string.format("load: %.0f requests/s, p50 %.2f ms, p99 %.2f ms, %d requests, %d failed\n",
        summary.requests / (summary.duration / 1e6), latency:percentile(50) / 1000, latency:percentile(99) / 1000,
        summary.requests, failed))
end
LUA
SERVER_LOG=/dev/null start_server release "${LOAD_PORT:-18083}"
curl -sf -X POST --data-binary @out/load/scenario.json "$TUKI_URL/v1/simulate$query" >/dev/null
wrk -t 2 -c "$connections" -d "${duration}s" --latency -s out/load/post.lua "$TUKI_URL/v1/simulate$query" | tee out/load/wrk.txt
