#!/usr/bin/env bash
# Installs the system packages the build needs when they are missing:
# ICU (MessageFormat for fi/sv/en text), pkg-config (finds ICU) and tzdata.
set -euo pipefail

missing=()
pkg-config --exists icu-i18n 2>/dev/null || missing+=(libicu-dev)
command -v pkg-config >/dev/null 2>&1 || missing+=(pkg-config)
[ -e /usr/share/zoneinfo/Europe/Helsinki ] || missing+=(tzdata)

if [ ${#missing[@]} -eq 0 ]; then
    exit 0
fi

echo "setup: installing ${missing[*]}" >&2
sudo=""
if [ "$(id -u)" -ne 0 ]; then
    command -v sudo >/dev/null 2>&1 || { echo "setup: need root or sudo to install ${missing[*]}" >&2; exit 1; }
    sudo="sudo"
fi
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}" >/dev/null
