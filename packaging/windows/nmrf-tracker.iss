; Per-user Windows installer of NMRF Tracker (Inno Setup 6): no administrator rights.
; Built by .github/workflows/release.yml after packaging/build.py has frozen the program:
;   iscc /DVersion=0.1.0 packaging\windows\nmrf-tracker.iss
; Installs into %LOCALAPPDATA%\Programs\NMRF Tracker, a Start-menu entry, the .nmrf file
; type (for this user), and an uninstaller. Installing a newer version over an older one
; replaces the program in place; the user's databases, keys, settings and backups live in
; %LOCALAPPDATA%\nmrf-tracker (platformdirs) and are never touched, not even on uninstall.

#define AppName "NMRF Tracker"
#ifndef Version
  #define Version "0.0.0"
#endif

[Setup]
; The same AppId for every version: that is what makes a new installer an upgrade.
AppId={{6C1F3E2A-8B7D-4C5E-9A41-2F0D7B3E9C11}
AppName={#AppName}
AppVersion={#Version}
AppVerName={#AppName} {#Version}
AppPublisher=NMRF Tracker
PrivilegesRequired=lowest
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
ChangesAssociations=yes
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir=..\..\dist
OutputBaseFilename=NMRF-Tracker-{#Version}-windows-x64-setup
SetupIconFile=..\..\resources\icons\nmrf-tracker.ico
UninstallDisplayIcon={app}\nmrf-tracker-window.exe
UninstallDisplayName={#AppName}
Compression=lzma2
SolidCompression=yes
WizardStyle=modern
CloseApplications=yes

[Languages]
; Inno Setup ships these four of the six UN languages; Arabic and Chinese setups speak English.
Name: "en"; MessagesFile: "compiler:Default.isl"
Name: "fr"; MessagesFile: "compiler:Languages\French.isl"
Name: "es"; MessagesFile: "compiler:Languages\Spanish.isl"
Name: "ru"; MessagesFile: "compiler:Languages\Russian.isl"

[InstallDelete]
; An upgrade leaves no library of the previous version behind.
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "..\..\dist\nmrf-tracker\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\{#AppName}"; Filename: "{app}\nmrf-tracker-window.exe"
Name: "{group}\{cm:UninstallProgram,{#AppName}}"; Filename: "{uninstallexe}"

[Registry]
; HKA is the current user's hive when installing without administrator rights.
Root: HKA; Subkey: "Software\Classes\.nmrf"; ValueType: string; ValueName: ""; ValueData: "NMRFTracker.ExchangeFile"; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\NMRFTracker.ExchangeFile"; ValueType: string; ValueName: ""; ValueData: "NMRF Tracker exchange file"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\NMRFTracker.ExchangeFile\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\nmrf-tracker-window.exe,0"
Root: HKA; Subkey: "Software\Classes\NMRFTracker.ExchangeFile\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\nmrf-tracker-window.exe"" --open ""%1"""

[Run]
Filename: "{app}\nmrf-tracker-window.exe"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent
