; Inno Setup script: a per-user installer for Windows (no administrator rights).
; Built by installer/windows/build.ps1 after installer/build.py made dist\jiu-desktop\:
;   iscc /DAppVersion=0.1.0 installer\windows\jiu-desktop.iss
; The program goes to %LOCALAPPDATA%\Programs\JIU Desktop; the coach's data stays in
; %LOCALAPPDATA%\jiu-desktop, which neither an upgrade nor uninstalling touches.

#ifndef AppVersion
  #error Pass the version: iscc /DAppVersion=x.y.z
#endif

[Setup]
AppId={{6D3C1E52-8A0B-4F3E-9B7D-2C4A1F0E9A61}
AppName=JIU Desktop
AppVersion={#AppVersion}
AppVerName=JIU Desktop {#AppVersion}
AppPublisher=JIU Desktop
PrivilegesRequired=lowest
DefaultDirName={localappdata}\Programs\JIU Desktop
DisableDirPage=yes
DefaultGroupName=JIU Desktop
DisableProgramGroupPage=yes
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir=..\..\dist
OutputBaseFilename=JIU-Desktop-{#AppVersion}-installatie
SetupIconFile=..\..\resources\icons\jiu-desktop.ico
UninstallDisplayIcon={app}\jiu-desktop.exe
UninstallDisplayName=JIU Desktop
Compression=lzma2
SolidCompression=yes
WizardStyle=modern
ShowLanguageDialog=auto

[Languages]
Name: "dutch"; MessagesFile: "compiler:Languages\Dutch.isl"
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
; The whole bundle: jiu-desktop.exe (the window), jiu-desktop-cli.exe (the commands and
; --version, in a console) and _internal\. An upgrade replaces it; [InstallDelete] first
; removes what an older version left, so no stale library lingers.
Source: "..\..\dist\jiu-desktop\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[InstallDelete]
Type: filesandordirs; Name: "{app}\_internal"

[Icons]
Name: "{autoprograms}\JIU Desktop"; Filename: "{app}\jiu-desktop.exe"
Name: "{autodesktop}\JIU Desktop"; Filename: "{app}\jiu-desktop.exe"; Tasks: desktopicon

[Run]
Filename: "{app}\jiu-desktop.exe"; Description: "{cm:LaunchProgram,JIU Desktop}"; Flags: nowait postinstall skipifsilent
