@echo off
rem Starts Si Empleo Workbench (replaces the native Eclipse launcher, which is not available).
rem SIEMPLEO_JAVA: a java.exe of version 21 or later; otherwise JAVA_HOME, the bundled jre\ or java on PATH.
setlocal
set "HOME_DIR=%~dp0"
set "JAVA_EXE=%SIEMPLEO_JAVA%"
if "%JAVA_EXE%"=="" if exist "%HOME_DIR%jre\bin\javaw.exe" set "JAVA_EXE=%HOME_DIR%jre\bin\javaw.exe"
if "%JAVA_EXE%"=="" if not "%JAVA_HOME%"=="" set "JAVA_EXE=%JAVA_HOME%\bin\javaw.exe"
if "%JAVA_EXE%"=="" set "JAVA_EXE=javaw.exe"
if "%SIEMPLEO_NL%"=="" set "SIEMPLEO_NL=es_HN"
if "%SIEMPLEO_DATA%"=="" set "SIEMPLEO_DATA=%USERPROFILE%\.siempleo\workspace"
for %%f in ("%HOME_DIR%plugins\org.eclipse.equinox.launcher_*.jar") do set "LAUNCHER=%%f"
rem a headless application (-application: validate, report, plug-ins) is a short process: the JIT's first tier
rem only, the serial collector (as siempleo.sh); the workbench's heap never shrinks below 512 MB (as siempleo.sh:
rem in a smaller heap G1 marks all the time); SIEMPLEO_VMARGS come after and win
set "TUNING=-Xms512m"
rem a heap size of the user's own replaces the floor: a maximum below it would stop the JVM
if defined SIEMPLEO_VMARGS if /i not "%SIEMPLEO_VMARGS:Xmx=%"=="%SIEMPLEO_VMARGS%" set "TUNING="
if defined SIEMPLEO_VMARGS if /i not "%SIEMPLEO_VMARGS:Xms=%"=="%SIEMPLEO_VMARGS%" set "TUNING="
if defined SIEMPLEO_VMARGS if /i not "%SIEMPLEO_VMARGS:HeapSize=%"=="%SIEMPLEO_VMARGS%" set "TUNING="
set "MODE=workbench"
rem the workbench's JIT options (siempleo-jit.options, a java argument file beside this script, as siempleo.sh)
set "JIT="
if exist "%HOME_DIR%siempleo-jit.options" set "JIT="@%HOME_DIR%siempleo-jit.options""
for %%a in (%*) do if /i "%%~a"=="-application" (set "TUNING=-XX:TieredStopAtLevel=1 -XX:+UseSerialGC" & set "MODE=headless" & set "JIT=")
rem the JVM's class-data archive of the JDK classes the workbench (or a headless application) loads, in the user's
rem local application data: written at the first exit, remade by the JVM itself when it no longer matches the JDK or
rem the launcher (a JVM before 19 ignores the options); SIEMPLEO_AOT=off turns it off (siempleo.sh uses JDK 25's
rem ahead-of-time cache the same way)
set "CDS="
set "CDS_DIR=%LOCALAPPDATA%\siempleo\jvm"
if /i not "%SIEMPLEO_AOT%"=="off" if not "%LOCALAPPDATA%"=="" if not exist "%CDS_DIR%" mkdir "%CDS_DIR%" 2>nul
if /i not "%SIEMPLEO_AOT%"=="off" if not "%LOCALAPPDATA%"=="" if exist "%CDS_DIR%" set "CDS=-XX:+IgnoreUnrecognizedVMOptions -XX:SharedArchiveFile="%CDS_DIR%\%MODE%.jsa" -XX:+AutoCreateSharedArchive -Xlog:cds*=off"
start "" "%JAVA_EXE%" -Xmx1g %TUNING% %JIT% %CDS% -Djava.awt.headless=true -Dlog4j2.loggerContextFactory=org.apache.logging.log4j.simple.SimpleLoggerContextFactory %SIEMPLEO_VMARGS% -jar "%LAUNCHER%" -nl %SIEMPLEO_NL% -data "%SIEMPLEO_DATA%" %*
endlocal
