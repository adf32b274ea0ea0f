#!/usr/bin/env bash
# Staged build for bash users; build.ps1 offers the same stages for Windows/PowerShell users.
# Usage: ./build.sh [restore|build|test|pack|all] [Release|Debug]
set -euo pipefail

task="${1:-all}"
configuration="${2:-Release}"
root="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
solution="$root/CrmEnablement.sln"

restore() {
  dotnet restore "$solution"
}

build() {
  dotnet build "$solution" -c "$configuration" --no-restore
}

# Runs every suite and ends with one line "N passed, N failed" (the totals over every suite).
run_tests() {
  local log status passed failed
  log="$(mktemp)"
  set +e
  dotnet test "$solution" -c "$configuration" --no-build 2>&1 | tee "$log"
  status=${PIPESTATUS[0]}
  set -e
  passed=$(grep -Eo 'Passed: +[0-9]+' "$log" | awk '{ total += $2 } END { print total + 0 }')
  failed=$(grep -Eo 'Failed: +[0-9]+' "$log" | awk '{ total += $2 } END { print total + 0 }')
  rm -f "$log"
  if [ "$status" -ne 0 ] && [ "$failed" -eq 0 ]; then
    # The run failed before any test could report (a crash or a build problem): count it.
    failed=1
  fi
  echo "$passed passed, $failed failed"
  return "$status"
}

# Publishes cen, then packs Solution/ into out/solution: CrmEnablement.zip and CrmEnablement_managed.zip.
# Only a plugin build against Microsoft's SDK can be imported: set XRMSDK=Microsoft to make one (needs
# Microsoft's NuGet packages); otherwise the stand-in build is packed as *_standin.zip for tests.
pack() {
  dotnet publish "$root/tools/CrmEnablement.Cli/CrmEnablement.Cli.csproj" -c "$configuration" --no-restore -o "$root/out/cen"
  local standin=(--allow-standin)
  if [ "${XRMSDK:-StandIn}" = "Microsoft" ]; then
    dotnet build "$root/Plugins/CrmEnablement.Plugins/CrmEnablement.Plugins.csproj" -c "$configuration" -p:XrmSdk=Microsoft
    standin=()
  fi
  if [ ! -f "$root/WebResources/dist/cen_/opportunity/suggestions.html" ]; then
    (cd "$root/WebResources" && npm ci && npm run build)
  fi
  dotnet "$root/out/cen/cen.dll" pack --source "$root/Solution" --output "$root/out/solution" --configuration "$configuration" ${standin[@]+"${standin[@]}"}
}

case "${task,,}" in
  restore) restore ;;
  build) restore; build ;;
  test) restore; build; run_tests ;;
  pack) restore; build; pack ;;
  all) restore; build; run_tests; pack ;;
  *) echo "build.sh: unknown task '$task'; use restore, build, test, pack or all." >&2; exit 2 ;;
esac
