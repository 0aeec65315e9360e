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
rem only, the serial collector (as siempleo.sh); SIEMPLEO_VMARGS come after and win
set "JIT="
for %%a in (%*) do if /i "%%~a"=="-application" set "JIT=-XX:TieredStopAtLevel=1 -XX:+UseSerialGC"
start "" "%JAVA_EXE%" -Xmx1g %JIT% -Djava.awt.headless=true -Dlog4j2.loggerContextFactory=org.apache.logging.log4j.simple.SimpleLoggerContextFactory %SIEMPLEO_VMARGS% -jar "%LAUNCHER%" -nl %SIEMPLEO_NL% -data "%SIEMPLEO_DATA%" %*
endlocal
