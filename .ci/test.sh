#!/usr/bin/env bash
# test.sh runs newsner's whole test suite on a fresh machine: it installs what
# the tests need (kcat), fetches and starts a real Kafka 4 broker on
# 127.0.0.1 (.ci/kafka.sh), runs `go test ./...` with the integration tests
# pointed at it, and stops the broker again.
#
# It is quiet unless something fails: the installers' output (apt, Maven)
# is kept and shown only when they fail; `go test` prints a line a package.
#
# Ports (127.0.0.1): the broker takes KAFKA_PORT (9092), KAFKA_CONTROLLER_PORT
# (9093), KAFKA_SASL_PORT (9094) and KAFKA_SSL_PORT (9095); set them to move
# it (KAFKA_PORT=19092 KAFKA_CONTROLLER_PORT=19093 KAFKA_SASL_PORT=19094
# KAFKA_SSL_PORT=19095 bash .ci/test.sh). Tests that restart brokers of their
# own take free ports.
#
# Environment:
#   NEWSNER_SHARED      the shared materials (default ../shared beside the repo)
#   NEWSNER_TEST_ARGS   extra `go test` arguments (default: none)
set -euo pipefail
cd "$(dirname "$0")/.."

# quietly runs a command with its output kept aside, shown only if it fails.
quietly() {
  local log rc=0
  log=$(mktemp)
  "$@" >"$log" 2>&1 || rc=$?
  if [ "$rc" != 0 ]; then
    echo "test.sh: failed ($rc): $*" >&2
    cat "$log" >&2
  fi
  rm -f "$log"
  return "$rc"
}

if ! command -v kcat >/dev/null 2>&1; then
  echo "test.sh: installing kcat" >&2
  if [ "$(id -u)" = 0 ]; then SUDO=; else SUDO=sudo; fi
  quietly $SUDO apt-get update -qq
  # noninteractive: no debconf dialogue (nor its complaints on a machine
  # without a terminal).
  quietly $SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends kcat
fi

# A fresh cluster for this run; not exported, so brokers that tests restart
# keep their data.
KAFKA_SSL_PORT=${KAFKA_SSL_PORT:-9095}
KAFKA_FRESH=1 KAFKA_SSL_PORT=$KAFKA_SSL_PORT bash .ci/kafka.sh start
trap 'bash .ci/kafka.sh stop >/dev/null 2>&1 || true' EXIT
export NEWSNER_KAFKA=127.0.0.1:${KAFKA_PORT:-9092}
export NEWSNER_TEST_KAFKA_SASL_ADDR=127.0.0.1:${KAFKA_SASL_PORT:-9094}
export NEWSNER_TEST_KAFKA_TLS_ADDR=127.0.0.1:$KAFKA_SSL_PORT
export NEWSNER_TEST_KAFKA_TLS_DIR=${KAFKA_DIR:-/tmp/newsner-kafka-${KAFKA_PORT:-9092}}/tls
export NEWSNER_KAFKA_SCRIPT="$PWD/.ci/kafka.sh"
export NEWSNER_SHARED="${NEWSNER_SHARED:-$(cd .. && pwd)/shared}"

# -p 1: one package at a time, so the packages' Kafka tests (some restart brokers
# of their own) do not compete for the two cores and time out.
# shellcheck disable=SC2086
go test -count=1 -p 1 -timeout 30m ${NEWSNER_TEST_ARGS:-} ./...
