; Inno Setup 6 (6.3 or newer) script for JDIH Desktop: a per-user installer that needs no
; administrator.
;
; It wraps the one-folder PyInstaller bundle (dist\jdih-desktop\, built from build_installer.spec)
; into dist\jdih-desktop-<version>-windows-x64-setup.exe. Build steps: README.md, "Windows".
;
;   iscc /DAppVersion=0.1.0 installer\windows\jdih-desktop.iss
;   iscc /DAppVersion=0.1.0 /DWorker32Dir=..\..\dist\worker32\jdih-scanner-worker32 installer\windows\jdih-desktop.iss
;
; Worker32Dir (optional) is the 32-bit scanner worker built with a 32-bit Python for 32-bit-only
; TWAIN drivers (JDIH_WORKER_ONLY=1, see build_installer.spec): jdih-scanner-worker32.exe and its
; _internal32\ folder go beside the app's own files, where the app finds them by itself.
;
; Where things go (PrivilegesRequired=lowest: no UAC prompt, nothing for other users):
;   program   %LOCALAPPDATA%\Programs\JDIH Desktop      (removed by the uninstaller)
;   data      %LOCALAPPDATA%\jdih-desktop               (database, files, config, logs: the app
;                                                        creates it; the uninstaller never touches it)
; Paths in this script are relative to this file (installer\windows\).

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#ifndef BundleDir
  #define BundleDir "..\..\dist\jdih-desktop"
#endif
#define AppName "JDIH Desktop"
#define AppExe "jdih-desktop.exe"

[Setup]
; Never change AppId: it is how an update finds the installed copy.
AppId={{EF91F37C-22E6-4A27-B3C5-31215D515E83}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=JDIH Desktop team
AppComments=Penerbitan salinan Surat Keputusan di situs JDIH
PrivilegesRequired=lowest
DefaultDirName={localappdata}\Programs\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
DisableDirPage=auto
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
OutputDir=..\..\dist
OutputBaseFilename=jdih-desktop-{#AppVersion}-windows-x64-setup
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName}
; Close a running JDIH Desktop before replacing its files (Restart Manager).
CloseApplications=yes
RestartApplications=no

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"
; Inno Setup ships no Indonesian messages; to add them, put the unofficial Indonesian.isl
; (jrsoftware.org/files/istrans/) into the compiler's Languages folder and uncomment:
; Name: "indonesian"; MessagesFile: "compiler:Languages\Indonesian.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[InstallDelete]
; An update replaces the whole program folder's libraries, so no stale DLL of an older version
; is loaded. Only program files live there; the user's data is elsewhere.
Type: filesandordirs; Name: "{app}\_internal"
Type: filesandordirs; Name: "{app}\_internal32"

[Files]
Source: "{#BundleDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs
#ifdef Worker32Dir
Source: "{#Worker32Dir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs
#endif

[Icons]
Name: "{group}\{#AppName}"; Filename: "{app}\{#AppExe}"; WorkingDir: "{app}"; Comment: "Penerbitan salinan SK di JDIH"
Name: "{group}\{#AppName} (baris perintah)"; Filename: "{cmd}"; Parameters: "/k cd /d ""{app}"" && jdih.exe --help"; WorkingDir: "{app}"; Comment: "jdih, the command line"
Name: "{group}\{cm:UninstallProgram,{#AppName}}"; Filename: "{uninstallexe}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; WorkingDir: "{app}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

; No [UninstallDelete]: the uninstaller removes exactly the files it installed under {app}.
; %LOCALAPPDATA%\jdih-desktop (database, scanned files, configuration, logs) stays, so a
; reinstall or an update finds everything again. Delete that folder by hand to erase the data.
