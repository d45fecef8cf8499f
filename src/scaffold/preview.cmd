@echo off
rem Double-click this file to preview your site in your web browser.
rem Keep this window open while you work: the page updates each time you save.
rem To stop the preview, close this window.
cd /d "%~dp0"
wedid serve --open
pause
