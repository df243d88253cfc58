; Inno Setup script for the Windows installer of ua-desktop (Inno Setup 6.1 or newer).
;
; packaging/build.sh runs it after PyInstaller and passes the program's identity, read from
; ua_desktop/__init__.py, so nothing is written down twice:
;
;   iscc -DAppVersion=0.1.0 -DAppId=org.uadesktop.UADesktop -DAppDisplayName="UA Desktop"
;        -DExeName=ua-desktop -DBundleDir=packaging\dist\ua-desktop -DIconFile=packaging\build\icons\ua-desktop.ico
;        -DOutputDir=packaging\dist packaging\windows\ua-desktop.iss
;
; The installer asks whether to install for the current user only (no administrator rights, into
; %LOCALAPPDATA%\Programs) or for everyone (Program Files). It adds a Start menu entry, an optional
; desktop shortcut and an uninstaller (Settings > Apps). The user's data folders are never touched by
; the uninstaller: the roster and settings stay unless the user deletes them.

#ifndef AppVersion
  #error Pass the version: iscc -DAppVersion=X.Y.Z (packaging/build.sh does)
#endif
#ifndef AppId
  #error Pass the application id: iscc -DAppId=... (packaging/build.sh does)
#endif
#ifndef AppDisplayName
  #error Pass the display name: iscc -DAppDisplayName=... (packaging/build.sh does)
#endif
#ifndef ExeName
  #error Pass the program name: iscc -DExeName=ua-desktop (packaging/build.sh does)
#endif
#ifndef BundleDir
  #error Pass the PyInstaller output folder: iscc -DBundleDir=...\dist\ua-desktop
#endif
#ifndef IconFile
  #error Pass the icon: iscc -DIconFile=...\ua-desktop.ico (packaging/make_icons.py writes it)
#endif
#ifndef OutputDir
  #define OutputDir "."
#endif

[Setup]
; Windows identifies the installation by AppId; it must never change between versions, and the
; reverse-DNS application id is stable by design.
AppId={#AppId}
AppName={#AppDisplayName}
AppVersion={#AppVersion}
AppVerName={#AppDisplayName} {#AppVersion}
AppPublisher=ua-desktop contributors
AppComments=Offline letter-writing desk for Urgent Action groups
VersionInfoVersion={#AppVersion}
DefaultDirName={autopf}\{#AppDisplayName}
DefaultGroupName={#AppDisplayName}
DisableProgramGroupPage=yes
; Per-user install by default, with the choice of an all-users install in a dialog.
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
; PySide6 6.12 and Python 3.12 run on 64-bit Windows 10 and later only.
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
SetupIconFile={#IconFile}
UninstallDisplayIcon={app}\{#ExeName}.exe
UninstallDisplayName={#AppDisplayName}
OutputDir={#OutputDir}
OutputBaseFilename={#ExeName}-{#AppVersion}-setup
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
CloseApplications=yes

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"
Name: "german"; MessagesFile: "compiler:Languages\German.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
; The whole PyInstaller folder: <ExeName>.exe (the window), <ExeName>-cli.exe (the commands) and _internal.
Source: "{#BundleDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppDisplayName}"; Filename: "{app}\{#ExeName}.exe"
Name: "{autodesktop}\{#AppDisplayName}"; Filename: "{app}\{#ExeName}.exe"; Tasks: desktopicon

[Run]
Filename: "{app}\{#ExeName}.exe"; Description: "{cm:LaunchProgram,{#AppDisplayName}}"; Flags: nowait postinstall skipifsilent
