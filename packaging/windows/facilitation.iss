; Inno Setup script: the Windows installer of Facilitation, from the one-folder bundle.
;
;   python packaging\build.py          (builds build\bundle\dist\facilitation, then runs this)
;   iscc /DAppVersion=0.1.0 /DBundle=..\..\build\bundle\dist\facilitation packaging\windows\facilitation.iss
;
; It installs for the current user by default (no administrator needed on an association's laptop),
; or for everyone when run as administrator; adds the Start menu entry, an optional desktop icon, and
; "Open with > Facilitation" for .json files without taking .json over (meeting files are JSON, and
; so are many other files). The uninstaller removes all of it and leaves the user's meetings alone.
; Built and tried only on a forge's hosted Windows runner (.github/workflows/bundles.yml), not here.

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#ifndef Bundle
  #define Bundle "..\..\build\bundle\dist\facilitation"
#endif
#ifndef OutputDir
  #define OutputDir "..\..\build\bundle"
#endif

[Setup]
AppId={{6B0F3C52-3E7B-4C1F-9C55-7A8E2D4F1A90}
AppName=Facilitation
AppVersion={#AppVersion}
AppPublisher=The Facilitation team
AppPublisherURL=https://github.com/facilitation/facilitation
DefaultDirName={autopf}\Facilitation
DefaultGroupName=Facilitation
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog commandline
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir={#OutputDir}
OutputBaseFilename=Facilitation-{#AppVersion}-setup
SetupIconFile=..\icons\facilitation.ico
UninstallDisplayIcon={app}\facilitation.exe
Compression=lzma2
SolidCompression=yes
WizardStyle=modern
ChangesAssociations=yes

[Languages]
Name: "french"; MessagesFile: "compiler:Languages\French.isl"
Name: "english"; MessagesFile: "compiler:Default.isl"

[CustomMessages]
french.MeetingFile=Réunion Facilitation
english.MeetingFile=Facilitation meeting
french.Desktop=Créer une icône sur le Bureau
english.Desktop=Create a desktop icon

[Tasks]
Name: "desktopicon"; Description: "{cm:Desktop}"; Flags: unchecked

[Files]
Source: "{#Bundle}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\Facilitation"; Filename: "{app}\facilitation.exe"
Name: "{autodesktop}\Facilitation"; Filename: "{app}\facilitation.exe"; Tasks: desktopicon

[Registry]
; a file type of our own, offered for .json files in "Open with" (the user may make it the default)
Root: HKA; Subkey: "Software\Classes\Facilitation.Meeting"; ValueType: string; ValueName: ""; ValueData: "{cm:MeetingFile}"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\Facilitation.Meeting\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\facilitation.exe,0"
Root: HKA; Subkey: "Software\Classes\Facilitation.Meeting\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\facilitation.exe"" ""%1"""
Root: HKA; Subkey: "Software\Classes\.json\OpenWithProgids"; ValueType: string; ValueName: "Facilitation.Meeting"; ValueData: ""; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\Applications\facilitation.exe\SupportedTypes"; ValueType: string; ValueName: ".json"; ValueData: ""; Flags: uninsdeletekey

[Run]
Filename: "{app}\facilitation.exe"; Parameters: "--demo"; Description: "{cm:LaunchProgram,Facilitation}"; Flags: nowait postinstall skipifsilent
