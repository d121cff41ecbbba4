#!/usr/bin/env bash
# Switches the live site to an uploaded release, on the server:
#
#   bash deploy/release.sh releases/20261124T160500Z-1a2b3c4d
#
# Run from anywhere; works in SITE_ROOT (default /srv/liaocheng-clusters),
# the layout described in deploy/nginx/site.conf. In order:
#   1. takes the release lock (.release.lock; waits up to LOCK_WAIT seconds,
#      default 120), so two releases never run at once;
#   2. refuses a release that is missing, holds a symbolic link, or does not
#      match the manifest the build wrote (.site-manifest: every file with
#      its SHA-256, nothing more, nothing less; the pages, assets and search
#      index among them): the live site is untouched;
#   3. installs the release's redirects (releases/<name>.redirects.conf, if
#      upload.sh sent one) as redirects.conf, keeping the old one;
#   4. points `current` at it in one rename (ln -sfn + mv -T), so readers
#      never see a half-copied site;
#   5. checks nginx's configuration; if it is refused, puts back both the
#      previous `current` and the previous redirects.conf, and fails;
#   6. reloads nginx;
#   7. removes old releases, keeping the newest KEEP (default 10) and always
#      the live and the previous one, so a rollback is one command:
#        bash deploy/release.sh releases/<previous>
# NGINX (default "sudo nginx") is the command used for -t and -s reload.
set -euo pipefail
export LC_ALL=C

release="${1:?usage: release.sh releases/<name>}"
root="${SITE_ROOT:-/srv/liaocheng-clusters}"
keep="${KEEP:-10}"
read -r -a nginx <<< "${NGINX:-sudo nginx}"
cd "$root"

case "$release" in
  releases/*/ | releases/*) name="$(basename "$release")" ;;
  *) echo "release.sh: $release: give a directory under releases/" >&2; exit 2 ;;
esac
if ! [[ "$name" =~ ^[A-Za-z0-9][A-Za-z0-9._-]*$ ]]; then
  echo "release.sh: $release: a release name is letters, digits, '.', '_' and '-'" >&2
  exit 2
fi
release="releases/$name"

exec 9>> .release.lock
if ! flock -w "${LOCK_WAIT:-120}" 9; then
  echo "release.sh: another release is still running (lock $root/.release.lock); the live site is unchanged" >&2
  exit 1
fi

refuse() {
  echo "release.sh: $release: $1; the live site is unchanged" >&2
  exit 1
}
[ -d "$release" ] && [ ! -L "$release" ] || refuse "no such release directory"
for page in index.html 404.html; do
  [ -f "$release/$page" ] || refuse "$page is missing: the upload is incomplete"
done
manifest="$release/.site-manifest"
[ -f "$manifest" ] || refuse ".site-manifest is missing: upload a site built by npm run build"
if [ -n "$(find "$release" -type l -print -quit)" ]; then
  refuse "it holds a symbolic link ($(find "$release" -type l -print -quit))"
fi
# Every listed file, with its hash; then the same list of files, so nothing is missing or extra.
if ! (cd "$release" && sha256sum --quiet --strict -c .site-manifest >&2); then
  refuse "files differ from .site-manifest: the upload is incomplete or changed"
fi
listed="$(cut -c67- "$manifest" | sort)"
present="$(cd "$release" && find . -type f ! -path ./.site-manifest -printf '%P\n' | sort)"
if [ "$listed" != "$present" ]; then
  extra="$(comm -13 <(printf '%s\n' "$listed") <(printf '%s\n' "$present") | head -3 | tr '\n' ' ')"
  refuse "it holds files the manifest does not list: ${extra}"
fi
for part in _astro clusters policies pagefind; do
  grep -q "^[0-9a-f]\{64\}  $part/" "$manifest" || refuse "the manifest lists nothing under $part/: not a complete site"
done

previous="$(readlink current 2>/dev/null || true)"
switch() {
  ln -sfn "$1" "current.new.$$"
  mv -Tf "current.new.$$" current
}

# The release's redirects replace the live ones only together with it.
new_redirects="releases/$name.redirects.conf"
had_redirects=no
if [ -f "$new_redirects" ]; then
  if [ -f redirects.conf ]; then
    cp -p redirects.conf redirects.conf.previous
    had_redirects=yes
  fi
  cp "$new_redirects" "redirects.conf.new.$$"
  mv -f "redirects.conf.new.$$" redirects.conf
fi
restore_redirects() {
  [ -f "$new_redirects" ] || return 0
  if [ "$had_redirects" = yes ]; then mv -f redirects.conf.previous redirects.conf; else rm -f redirects.conf; fi
}

switch "$release"
if ! "${nginx[@]}" -t; then
  restore_redirects
  if [ -n "$previous" ]; then
    switch "$previous"
    echo "release.sh: nginx refused its configuration; current points at $previous again, with its redirects.conf" >&2
  else
    echo "release.sh: nginx refused its configuration; redirects.conf is as it was" >&2
  fi
  exit 1
fi
"${nginx[@]}" -s reload
rm -f redirects.conf.previous
echo "live: $release (previous: ${previous:-none})"

# Release names start with a UTC timestamp, so name order is age order.
mapfile -t releases < <(find releases -mindepth 1 -maxdepth 1 -type d -printf '%f\n' | sort -r)
for i in "${!releases[@]}"; do
  dir="releases/${releases[$i]}"
  if [ "$i" -ge "$keep" ] && [ "$dir" != "$release" ] && [ "$dir" != "$previous" ]; then
    rm -rf -- "$dir" "$dir.redirects.conf"
    echo "removed old release $dir"
  fi
done
