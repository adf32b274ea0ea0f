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

# Runs a native command in a folder, checking its exit code.
function Invoke-NativeIn([string] $Folder, [string] $What, [scriptblock] $Command) {
    Push-Location $Folder
    try {
        Invoke-Native $What $Command
    }
    finally {
        Pop-Location
    }
}

$webResources = Join-Path $root 'WebResources'

function Invoke-Restore {
    Invoke-Native 'dotnet restore' { dotnet restore $solution }
    Invoke-NativeIn $webResources 'npm ci' { npm ci --no-audit --no-fund }
}

# The .NET solution, then the web resource bundles (type-checked and linted); the browser tests
# and the Pack stage use WebResources/dist.
function Invoke-Build {
    Invoke-Native 'dotnet build' { dotnet build $solution -c $Configuration --no-restore }
    Invoke-NativeIn $webResources 'npm run build' { npm run build }
    Invoke-NativeIn $webResources 'npm run lint' { npm run lint }
}

# Runs every suite (web resource unit tests, then every .NET suite including the browser tests) and
# ends with one line "N passed, N failed": the totals over every suite.
function Invoke-Test {
    # Tools write progress to stderr; with 'Stop', Windows PowerShell 5.1 would turn the first such
    # line into a terminating error before the exit code is read. Exit codes decide here.
    $ErrorActionPreference = 'Continue'
    Push-Location $webResources
    try {
        $web = & npm test 2>&1 | ForEach-Object { "$_" }
        $webStatus = $LASTEXITCODE
    }
    finally {
        Pop-Location
    }
    $web | Write-Host
    $dotnet = & dotnet test $solution -c $Configuration --no-build 2>&1 | ForEach-Object { "$_" }
    $dotnetStatus = $LASTEXITCODE
    $dotnet | Write-Host
    $text = ($web + $dotnet) -join "`n"
    $passed = 0
    $failed = 0
    foreach ($match in [regex]::Matches($text, 'Passed: +(\d+)')) { $passed += [int]$match.Groups[1].Value }
    foreach ($match in [regex]::Matches($text, 'Failed: +(\d+)')) { $failed += [int]$match.Groups[1].Value }
    foreach ($match in [regex]::Matches($text, 'webresources: (\d+) passed, (\d+) failed')) {
        $passed += [int]$match.Groups[1].Value
        $failed += [int]$match.Groups[2].Value
    }
    if (($webStatus -ne 0 -or $dotnetStatus -ne 0) -and $failed -eq 0) { $failed = 1 }
    Write-Host "$passed passed, $failed failed"
    if ($webStatus -ne 0) {
        throw "npm test failed with exit code $webStatus."
    }
    if ($dotnetStatus -ne 0) {
        throw "dotnet test failed with exit code $dotnetStatus."
    }
}

# Publishes cen, then packs Solution/ into out/solution: CrmEnablement.zip and CrmEnablement_managed.zip.
# Only a plugin build against Microsoft's SDK can be imported: set $env:XRMSDK = 'Microsoft' to make one
# (needs Microsoft's NuGet packages); otherwise the stand-in build is packed as *_standin.zip for tests.
# $env:CEN_PACK_VERSION stamps a four-part version. cen pack always runs first, so its checks always
# apply; with pac on the PATH and a Microsoft build, pac solution pack then writes the two zips again.
function Invoke-Pack {
    $out = Join-Path (Join-Path $root 'out') 'cen'
    $solutionFolder = Join-Path $root 'Solution'
    $zips = Join-Path (Join-Path $root 'out') 'solution'
    Invoke-Native 'dotnet publish' { dotnet publish (Join-Path $root 'tools/CrmEnablement.Cli/CrmEnablement.Cli.csproj') -c $Configuration --no-restore -o $out }
    $microsoft = $env:XRMSDK -eq 'Microsoft'
    if ($microsoft) {
        Invoke-Native 'dotnet build (XrmSdk=Microsoft)' { dotnet build (Join-Path $root 'Plugins/CrmEnablement.Plugins/CrmEnablement.Plugins.csproj') -c $Configuration -p:XrmSdk=Microsoft }
    }
    $standIn = if ($microsoft) { @() } else { @('--allow-standin') }
    $version = if ($env:CEN_PACK_VERSION) { @('--version', $env:CEN_PACK_VERSION) } else { @() }
    Invoke-Native 'cen pack' { dotnet (Join-Path $out 'cen.dll') pack --source $solutionFolder --output $zips --configuration $Configuration @standIn @version }
    if (-not (Get-Command pac -ErrorAction SilentlyContinue)) {
        return
    }
    if (-not $microsoft) {
        Write-Host 'pac is on the PATH, but the plugins were built against the stand-in SDK: keeping cen pack''s *_standin.zip. Set $env:XRMSDK = ''Microsoft'' for a package to import.'
        return
    }
    if ($env:CEN_PACK_VERSION) {
        Write-Host "pac solution pack cannot stamp a version: keeping cen pack's zips (version $env:CEN_PACK_VERSION)."
        return
    }
    # pac resolves map paths its own way and knows no $(Configuration): hand it absolute paths.
    $source = Join-Path $solutionFolder 'src'
    $map = [xml](Get-Content -Raw (Join-Path $solutionFolder 'solution-mapping.xml'))
    foreach ($entry in $map.Mapping.FileToFile) {
        $entry.to = [System.IO.Path]::GetFullPath((Join-Path $source $entry.to.Replace('$(Configuration)', $Configuration)))
    }
    $resolved = Join-Path ([System.IO.Path]::GetTempPath()) 'crmenablement-solution-mapping.xml'
    $map.Save($resolved)
    Invoke-Native 'pac solution pack' { pac solution pack --zipfile (Join-Path $zips 'CrmEnablement.zip') --folder $source --packagetype Both --map $resolved }
}

switch ($Task) {
    'Restore' { Invoke-Restore }
    'Build' { Invoke-Restore; Invoke-Build }
    'Test' { Invoke-Restore; Invoke-Build; Invoke-Test }
    'Pack' { Invoke-Restore; Invoke-Build; Invoke-Pack }
    'All' { Invoke-Restore; Invoke-Build; Invoke-Test; Invoke-Pack }
}
