#!/bin/sh
# Double-click this file in Finder to preview your site in your web browser.
# Keep the Terminal window open while you work: the page updates each time you save.
# To stop the preview, close the Terminal window.
cd "$(dirname "$0")" || exit 1
exec wedid serve --open
