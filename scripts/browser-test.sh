#!/usr/bin/env bash
# Browser test of the coach's page: headless Chromium (Debian's chromium and chromium-driver, installed
# when missing) driven by selenium fills the form with the 2026 example scenario (saara-3-days-5-hours), submits it and checks
# the month table, the chart and a warning; the screenshot goes to out/browser/page.png.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib/serve.sh

apt_install chromium chromium-driver
pip_install selenium selenium
pip_install yaml PyYAML
mkdir -p out/browser
SERVER_LOG=out/browser/server.log start_server debug "${BROWSER_PORT:-18082}"
python3 scripts/browser_test.py "$TUKI_URL" Scenarios/examples/saara-3-days-5-hours.yaml out/browser/page.png
