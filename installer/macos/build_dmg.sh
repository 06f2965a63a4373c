#!/usr/bin/env bash
# macOS: the app bundle (dist/JIU Desktop.app), a check that it runs, and the disk image
# dist/JIU-Desktop-<version>.dmg with the app beside a link to /Applications. Run from the
# repository root after `pip install -e '.[dist]'`. The app is signed ad hoc only (see
# docs/installeren.md for what a coach does the first time).
set -euo pipefail
python installer/build.py
app="dist/JIU Desktop.app"
version=$("$app/Contents/MacOS/jiu-desktop" --version | cut -d' ' -f2)
profile=$(mktemp -d)/profile
JIU_PASSPHRASE="proef van het pakket 2026" "$app/Contents/MacOS/jiu-desktop" init --profile "$profile" --name Proef
JIU_PASSPHRASE="proef van het pakket 2026" "$app/Contents/MacOS/jiu-desktop" demo-data --profile "$profile" --participants 3
codesign --force --deep --sign - "$app"
staging=$(mktemp -d)
cp -R "$app" "$staging/"
ln -s /Applications "$staging/Applications"
hdiutil create -volname "JIU Desktop" -srcfolder "$staging" -ov -format UDZO "dist/JIU-Desktop-$version.dmg"
