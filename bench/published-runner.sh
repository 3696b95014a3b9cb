# Sourced by the benchmarks that start the runner once per document: it is published as it would be deployed,
# ReadyToRun (precompiled, framework-dependent, linux-x64) like infra/package.sh's Azure package, so a run does not
# spend its first half second compiling. Sets $app to the published Minutes.Local.dll under .local/ (not committed).
root="${root:-$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)}"
app="$root/.local/bench-runner/Minutes.Local.dll"
dotnet publish "$root/functions/Minutes.Local" -c Release -r linux-x64 --self-contained false -p:PublishReadyToRun=true \
  -o "$root/.local/bench-runner" -v q -nologo >/dev/null || { echo "could not publish the runner" >&2; exit 1; }
