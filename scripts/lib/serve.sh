# Shared by the scripts that need a running `tuki serve`: installing Debian packages when missing,
# starting the server on a loopback port and stopping it (SIGTERM, so it shuts down gracefully).
# Source it; it sets TUKI_URL and stops the server on exit.

apt_install() {
    local missing=()
    for package in "$@"; do dpkg -s "$package" >/dev/null 2>&1 || missing+=("$package"); done
    [ ${#missing[@]} -eq 0 ] && return 0
    echo "installing ${missing[*]}" >&2
    local sudo=""
    [ "$(id -u)" -ne 0 ] && sudo="sudo"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}" >/dev/null
}

pip_install() {
    python3 -c "import $1" 2>/dev/null || python3 -m pip install -q "$2"
}

# start_server CONFIGURATION PORT [tuki serve options…]: builds, starts, waits for /v1/health.
start_server() {
    local configuration=$1 port=$2
    shift 2
    swift build -c "$configuration" --product tuki >&2
    local binary
    binary="$(swift build -c "$configuration" --show-bin-path)/tuki"
    "$binary" serve --host 127.0.0.1 --port "$port" "$@" >"${SERVER_LOG:-/dev/null}" 2>&1 &
    SERVER_PID=$!
    trap stop_server EXIT
    TUKI_URL="http://127.0.0.1:$port"
    for _ in $(seq 1 100); do
        curl -sf "$TUKI_URL/v1/health" >/dev/null 2>&1 && return 0
        kill -0 "$SERVER_PID" 2>/dev/null || { echo "tuki serve exited" >&2; return 1; }
        sleep 0.1
    done
    echo "tuki serve did not answer on $TUKI_URL" >&2
    return 1
}

stop_server() {
    [ -n "${SERVER_PID:-}" ] || return 0
    kill -TERM "$SERVER_PID" 2>/dev/null && wait "$SERVER_PID" 2>/dev/null
    SERVER_PID=""
}
