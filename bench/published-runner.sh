# Sourced by the benchmarks: the runner is published as the app is deployed, ReadyToRun (precompiled,
# framework-dependent, linux-x64) like infra/package.sh's Azure package, so that a one-document run does not spend its
# first half second compiling, nor a fresh runner its first minutes recompiling beside the OCR. Sets $runner_dll to the
# published Minutes.Local.dll under .local/ (not committed). A publish newer than every source file is used as it is:
# publishing again costs half a minute of both cores.
root="${root:-$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)}"
runner_dll="$root/.local/bench-runner/Minutes.Local.dll"
if [ ! -f "$runner_dll" ] || [ -n "$(find "$root/functions" "$root/Directory.Build.props" "$root/Directory.Packages.props" \
     -path '*/bin' -prune -o -path '*/obj' -prune -o -type f -newer "$runner_dll" -print -quit)" ]; then
  dotnet publish "$root/functions/Minutes.Local" -c Release -r linux-x64 --self-contained false -p:PublishReadyToRun=true \
    -o "$root/.local/bench-runner" -v q -nologo >/dev/null || { echo "could not publish the runner" >&2; return 1; }
  touch "$runner_dll"
fi
