#!/usr/bin/env bash
# Precision and recall of follow-up linking over the labelled set in tests/samples/followups (issue 15).
# Usage: bench/follow-ups.sh [--verbose] [--threshold X] [--sweep]
set -euo pipefail
cd "$(dirname "$0")/.."
dotnet run --project bench/FollowUps/FollowUps.csproj -c Release -- tests/samples/followups "$@"
