#!/usr/bin/env bash
# Switches the live site to an uploaded release, on the server:
#
#   bash deploy/release.sh releases/20261124T160500Z-1a2b3c4d
#
# Run from anywhere; works in SITE_ROOT (default /srv/liaocheng-clusters),
# the layout described in deploy/nginx/site.conf. In order:
#   1. refuses a release that is missing or incomplete (no index.html or
#      404.html): the live site is untouched;
#   2. points `current` at it in one rename (ln -sfn + mv -T), so readers
#      never see a half-copied site;
#   3. checks nginx's configuration (the redirects may have changed); if it
#      is refused, points `current` back at the previous release and fails;
#   4. reloads nginx;
#   5. removes old releases, keeping the newest KEEP (default 10) and always
#      the live and the previous one, so a rollback is one command:
#        bash deploy/release.sh releases/<previous>
# NGINX (default "sudo nginx") is the command used for -t and -s reload.
set -euo pipefail

release="${1:?usage: release.sh releases/<name>}"
root="${SITE_ROOT:-/srv/liaocheng-clusters}"
keep="${KEEP:-10}"
read -r -a nginx <<< "${NGINX:-sudo nginx}"
cd "$root"

case "$release" in
  releases/*/ | releases/*) release="releases/$(basename "$release")" ;;
  *) echo "release.sh: $release: give a directory under releases/" >&2; exit 2 ;;
esac
for page in index.html 404.html; do
  if [ ! -f "$release/$page" ]; then
    echo "release.sh: $release/$page is missing: the upload is incomplete; the live site is unchanged" >&2
    exit 1
  fi
done

previous="$(readlink current 2>/dev/null || true)"
switch() {
  ln -sfn "$1" current.new
  mv -Tf current.new current
}
switch "$release"
if ! "${nginx[@]}" -t; then
  if [ -n "$previous" ]; then
    switch "$previous"
    echo "release.sh: nginx refused its configuration; current points at $previous again" >&2
  else
    echo "release.sh: nginx refused its configuration" >&2
  fi
  exit 1
fi
"${nginx[@]}" -s reload
echo "live: $release (previous: ${previous:-none})"

# Release names start with a UTC timestamp, so name order is age order.
mapfile -t releases < <(find releases -mindepth 1 -maxdepth 1 -type d -printf '%f\n' | sort -r)
for i in "${!releases[@]}"; do
  dir="releases/${releases[$i]}"
  if [ "$i" -ge "$keep" ] && [ "$dir" != "$release" ] && [ "$dir" != "$previous" ]; then
    rm -rf -- "$dir"
    echo "removed old release $dir"
  fi
done
