# Windows: the bundle, a check that it runs, and the per-user installer
# (dist\JIU-Desktop-<version>-installatie.exe). Run from the repository root in an
# environment with `pip install -e .[dist]` done; Inno Setup 6 provides iscc.
$ErrorActionPreference = "Stop"
python installer\build.py
if ($LASTEXITCODE -ne 0) { throw "PyInstaller failed" }
$version = (& dist\jiu-desktop\jiu-desktop-cli.exe --version).Split(" ")[1]
if ($LASTEXITCODE -ne 0 -or -not $version) { throw "jiu-desktop-cli.exe --version failed" }
$profile = Join-Path $env:RUNNER_TEMP "jiu-profile"
$env:JIU_PASSPHRASE = "proef van het pakket 2026"
& dist\jiu-desktop\jiu-desktop-cli.exe init --profile $profile --name Proef
if ($LASTEXITCODE -ne 0) { throw "init failed" }
& dist\jiu-desktop\jiu-desktop-cli.exe demo-data --profile $profile --participants 3
if ($LASTEXITCODE -ne 0) { throw "demo-data failed" }
$iscc = Join-Path ${env:ProgramFiles(x86)} "Inno Setup 6\ISCC.exe"
& $iscc "/DAppVersion=$version" installer\windows\jiu-desktop.iss
if ($LASTEXITCODE -ne 0) { throw "Inno Setup failed" }
