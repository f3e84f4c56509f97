@echo off
rem Trade Kit's command line from a source checkout, after "mvn -B package -DskipTests".
rem Short commands start faster with the client compiler alone and the serial collector (docs/decisions/0022).
set "JAR=%~dp0..\target\tradekit.jar"
if not exist "%JAR%" (
  echo tradekit: %JAR% is missing; build it first: mvn -B package -DskipTests 1>&2
  exit /b 2
)
set "QUICK=-XX:TieredStopAtLevel=1 -XX:+UseSerialGC"
if "%~1"=="" set "QUICK="
echo %* | findstr /r /c:"\<hub\>" >nul && set "QUICK="
java %QUICK% %TRADEKIT_JAVA_OPTS% -jar "%JAR%" %*
