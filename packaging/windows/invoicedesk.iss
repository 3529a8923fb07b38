; Inno Setup 6 script for the Windows installer: a per-user install (no administrator rights)
; of the PyInstaller folder, with a Start-menu entry and an uninstaller.
;
;   pyinstaller --noconfirm --workpath packaging\build\pyinstaller --distpath packaging\build\dist packaging\invoicedesk.spec
;   iscc /DAppVersion=%VERSION% packaging\windows\invoicedesk.iss   (VERSION: python -c "import invoicedesk; print(invoicedesk.__version__)")
;   -> packaging\dist\invoicedesk-<version>-setup.exe
;
; Built by .github/workflows/installers.yml (windows-latest); it cannot be built on the Linux CI.
; The folder it packs comes from the same spec as the .deb: same data, same excludes. It holds
; invoicedesk.exe (windowed, the app) and invoicedesk-cli.exe (console twin for the command
; line: sync, export, --smoke-test). Paths below are relative to this file.
; Uninstalling leaves the user's data (config, cache, logs under %APPDATA%/%LOCALAPPDATA%) and
; the secrets in Windows Credential Manager alone, as an upgrade must.

#define AppName "invoicedesk"
; The version has one source, invoicedesk/__init__.py: the build passes it (see above), so
; there is no default here to fall out of step.
#ifndef AppVersion
  #error Pass the version: iscc /DAppVersion=<invoicedesk.__version__> invoicedesk.iss
#endif
#ifndef SourceDir
  #define SourceDir "..\build\dist\invoicedesk"
#endif

[Setup]
; never change AppId: it identifies the installed app for upgrades and uninstall
AppId={{7F583B5F-5F3E-494F-B3C2-7FEC8BE5B9E2}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=invoicedesk
VersionInfoVersion={#AppVersion}
; per user: no UAC prompt, installs under the user's own programs folder
PrivilegesRequired=lowest
DefaultDirName={localappdata}\Programs\invoicedesk
DisableDirPage=auto
DisableProgramGroupPage=yes
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
OutputDir=..\dist
OutputBaseFilename=invoicedesk-{#AppVersion}-setup
SetupIconFile=..\..\resources\icons\invoicedesk.ico
UninstallDisplayIcon={app}\invoicedesk.exe
UninstallDisplayName={#AppName}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
; close a running invoicedesk before replacing its files
CloseApplications=yes

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"
Name: "norwegian"; MessagesFile: "compiler:Languages\Norwegian.isl"
Name: "danish"; MessagesFile: "compiler:Languages\Danish.isl"
Name: "dutch"; MessagesFile: "compiler:Languages\Dutch.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[InstallDelete]
; an upgrade replaces the bundled libraries as a whole: no stale DLL from an older version stays
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "{#SourceDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
; {autoprograms} is the user's Start menu for a per-user install
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\invoicedesk.exe"; WorkingDir: "{app}"; Comment: "Every invoice in one table"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\invoicedesk.exe"; WorkingDir: "{app}"; Tasks: desktopicon

[Run]
Filename: "{app}\invoicedesk.exe"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent
