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
  (cd "$root/WebResources" && npm ci --no-audit --no-fund)
}

# The .NET solution, then the web resource bundles (type-checked and linted); the browser tests
# and `cen pack` use WebResources/dist.
build() {
  dotnet build "$solution" -c "$configuration" --no-restore
  (cd "$root/WebResources" && npm run build && npm run lint)
}

# Runs every suite (web resource unit tests, then every .NET suite including the browser tests) and
# ends with one line "N passed, N failed": the totals over every suite.
run_tests() {
  local log web_status dotnet_status passed failed
  log="$(mktemp)"
  set +e
  (cd "$root/WebResources" && npm test) 2>&1 | tee "$log"
  web_status=${PIPESTATUS[0]}
  dotnet test "$solution" -c "$configuration" --no-build 2>&1 | tee -a "$log"
  dotnet_status=${PIPESTATUS[0]}
  set -e
  # vitest prints "webresources: N passed, M failed, K skipped"; dotnet test "Passed: N" / "Failed: N".
  passed=$(grep -Eo 'Passed: +[0-9]+|webresources: [0-9]+ passed' "$log" | grep -Eo '[0-9]+' | awk '{ total += $1 } END { print total + 0 }')
  failed=$(grep -Eo 'Failed: +[0-9]+|webresources: [0-9]+ passed, [0-9]+ failed' "$log" | sed -E 's/.* ([0-9]+) failed$/\1/; s/Failed: +//' | awk '{ total += $1 } END { print total + 0 }')
  rm -f "$log"
  if { [ "$web_status" -ne 0 ] || [ "$dotnet_status" -ne 0 ]; } && [ "$failed" -eq 0 ]; then
    # A suite failed before any test could report (a crash or a build problem): count it.
    failed=1
  fi
  echo "$passed passed, $failed failed"
  [ "$web_status" -eq 0 ] && [ "$dotnet_status" -eq 0 ]
}

# Publishes cen, then packs Solution/ into out/solution: CrmEnablement.zip and CrmEnablement_managed.zip.
# Only a plugin build against Microsoft's SDK can be imported: set XRMSDK=Microsoft to make one (needs
# Microsoft's NuGet packages); otherwise the stand-in build is packed as *_standin.zip for tests.
# CEN_PACK_VERSION stamps a four-part version. cen pack builds the web resources when they are missing.
pack() {
  dotnet publish "$root/tools/CrmEnablement.Cli/CrmEnablement.Cli.csproj" -c "$configuration" --no-restore -o "$root/out/cen"
  local standin=(--allow-standin)
  if [ "${XRMSDK:-StandIn}" = "Microsoft" ]; then
    dotnet build "$root/Plugins/CrmEnablement.Plugins/CrmEnablement.Plugins.csproj" -c "$configuration" -p:XrmSdk=Microsoft
    standin=()
  fi
  local version=()
  if [ -n "${CEN_PACK_VERSION:-}" ]; then
    version=(--version "$CEN_PACK_VERSION")
  fi
  dotnet "$root/out/cen/cen.dll" pack --source "$root/Solution" --output "$root/out/solution" --configuration "$configuration" \
    ${standin[@]+"${standin[@]}"} ${version[@]+"${version[@]}"}
}

case "${task,,}" in
  restore) restore ;;
  build) restore; build ;;
  test) restore; build; run_tests ;;
  pack) restore; build; pack ;;
  all) restore; build; run_tests; pack ;;
  *) echo "build.sh: unknown task '$task'; use restore, build, test, pack or all." >&2; exit 2 ;;
esac
