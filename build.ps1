# Staged build for Windows/PowerShell users; build.sh offers the same stages for bash.
# Usage: ./build.ps1 [-Task Restore|Build|Test|Pack|All] [-Configuration Release|Debug]
param(
    [ValidateSet('Restore', 'Build', 'Test', 'Pack', 'All')]
    [string] $Task = 'All',
    [string] $Configuration = 'Release'
)

$ErrorActionPreference = 'Stop'
Set-StrictMode -Version Latest

$root = $PSScriptRoot
$solution = Join-Path $root 'CrmEnablement.sln'

function Invoke-Native([string] $What, [scriptblock] $Command) {
    & $Command
    if ($LASTEXITCODE -ne 0) {
        throw "$What failed with exit code $LASTEXITCODE."
    }
}

function Invoke-Restore {
    Invoke-Native 'dotnet restore' { dotnet restore $solution }
}

function Invoke-Build {
    Invoke-Native 'dotnet build' { dotnet build $solution -c $Configuration --no-restore }
}

# Runs every suite and ends with one line "N passed, N failed" (the totals over every suite).
function Invoke-Test {
    $output = & dotnet test $solution -c $Configuration --no-build 2>&1 | ForEach-Object { "$_" }
    $status = $LASTEXITCODE
    $output | Write-Host
    $passed = 0
    $failed = 0
    foreach ($match in [regex]::Matches(($output -join "`n"), 'Passed: +(\d+)')) { $passed += [int]$match.Groups[1].Value }
    foreach ($match in [regex]::Matches(($output -join "`n"), 'Failed: +(\d+)')) { $failed += [int]$match.Groups[1].Value }
    if ($status -ne 0 -and $failed -eq 0) { $failed = 1 }
    Write-Host "$passed passed, $failed failed"
    if ($status -ne 0) {
        throw "dotnet test failed with exit code $status."
    }
}

function Invoke-Pack {
    $out = Join-Path (Join-Path $root 'out') 'cen'
    Invoke-Native 'dotnet publish' { dotnet publish (Join-Path $root 'tools/CrmEnablement.Cli/CrmEnablement.Cli.csproj') -c $Configuration --no-restore -o $out }
}

switch ($Task) {
    'Restore' { Invoke-Restore }
    'Build' { Invoke-Restore; Invoke-Build }
    'Test' { Invoke-Restore; Invoke-Build; Invoke-Test }
    'Pack' { Invoke-Restore; Invoke-Build; Invoke-Pack }
    'All' { Invoke-Restore; Invoke-Build; Invoke-Test; Invoke-Pack }
}
