; Inno Setup script for the Windows installer. Build the onedir app first
; (packaging/build.py), then: iscc /DAppVersion=0.1.0 packaging\bamtrachnhiem.iss
#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif

[Setup]
; The AppId never changes: Windows uses it to upgrade instead of installing twice.
AppId={{6E0B7C52-3B1A-4C9E-9E62-2F7A5B1D3A11}
AppName=Ba Trách Nhiệm
AppVersion={#AppVersion}
AppPublisher=Đoàn TNCS Hồ Chí Minh
DefaultDirName={autopf}\BaTrachNhiem
DefaultGroupName=Ba Trách Nhiệm
OutputBaseFilename=BaTrachNhiem-{#AppVersion}-setup
Compression=lzma2
SolidCompression=yes
PrivilegesRequired=lowest
WizardStyle=modern

[Languages]
Name: "vietnamese"; MessagesFile: "compiler:Languages\Vietnamese.isl"
Name: "english"; MessagesFile: "compiler:Default.isl"

[Files]
Source: "..\dist\bamtrachnhiem-{#AppVersion}\*"; DestDir: "{app}"; Flags: recursesubdirs ignoreversion

[Icons]
Name: "{group}\Ba Trách Nhiệm"; Filename: "{app}\bamtrachnhiem.exe"
Name: "{autodesktop}\Ba Trách Nhiệm"; Filename: "{app}\bamtrachnhiem.exe"; Tasks: desktopicon

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"

[Run]
Filename: "{app}\bamtrachnhiem.exe"; Description: "{cm:LaunchProgram,Ba Trách Nhiệm}"; Flags: nowait postinstall skipifsilent
