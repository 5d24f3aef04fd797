#!/usr/bin/env bash
# Debian packages the pipeline needs; safe to run again.
set -euo pipefail
need=()
command -v tesseract >/dev/null || need+=(tesseract-ocr)
[ -e /usr/share/tesseract-ocr/5/tessdata/vie.traineddata ] || need+=(tesseract-ocr-vie)
command -v chromium >/dev/null || need+=(chromium)  # the HTML report's browser tests
[ -e /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf ] || need+=(fonts-dejavu-core)
[ -e /usr/share/fonts/truetype/liberation2/LiberationSerif-Regular.ttf ] || need+=(fonts-liberation2)  # Times-metric serif with Vietnamese, for the scan fixtures
[ -e /usr/share/tesseract-ocr/5/tessdata/osd.traineddata ] || need+=(tesseract-ocr-osd)  # page orientation
command -v soffice >/dev/null || need+=(libreoffice-writer-nogui)  # .doc/.rtf -> .docx
if [ ${#need[@]} -gt 0 ]; then
  SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO=sudo
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${need[@]}"
fi
