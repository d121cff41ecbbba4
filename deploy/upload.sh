#!/usr/bin/env bash
# Uploads a built site as a new release and makes it live (the deploy job of
# .github/workflows/site.yml runs this; it also works by hand):
#
#   npm run build && npm run -s redirects:nginx > redirects.conf
#   SSH="ssh -i key" bash deploy/upload.sh deploy@server.example.gov.cn
#
# From the repository directory: copies dist/ into releases/<name>/ on the
# server (a fresh directory: the live site is not touched while it copies),
# redirects.conf beside it as releases/<name>.redirects.conf, and deploy/
# (nginx includes and release.sh); then runs deploy/release.sh there, which
# checks the upload against its manifest, installs the redirects, switches
# `current` and reloads nginx, or puts everything back. Settings:
#   SSH        the ssh command (default: ssh)
#   SITE_ROOT  the site's directory on the server (default /srv/liaocheng-clusters)
#   RELEASE    the release name (default: UTC time and the commit, e.g. 20261124T160500Z-1a2b3c4d)
#
# Nothing is pasted into a remote command line unchecked: the host, the root
# and the release name must match plain patterns, and are shell-quoted
# (printf %q) where the remote shell reads them; rsync gets its remote paths
# with --protect-args, so the remote shell never parses them.
set -euo pipefail

target="${1:?usage: upload.sh user@host}"
ssh_cmd="${SSH:-ssh}"
root="${SITE_ROOT:-/srv/liaocheng-clusters}"
commit="${GITHUB_SHA:-$(git rev-parse HEAD 2>/dev/null || echo local)}"
name="${RELEASE:-$(date -u +%Y%m%dT%H%M%SZ)-${commit:0:8}}"

bad() { echo "upload.sh: $1" >&2; exit 2; }
[[ "$target" =~ ^[A-Za-z0-9._-]+@?[A-Za-z0-9.:_-]*$ && "$target" != -* ]] || bad "$target: give user@host (letters, digits, . _ - :)"
[[ "$root" =~ ^/[A-Za-z0-9._/-]+$ && "$root" != *..* ]] || bad "SITE_ROOT $root: an absolute path of letters, digits, . _ - and /"
[[ "$name" =~ ^[A-Za-z0-9][A-Za-z0-9._-]*$ ]] || bad "RELEASE $name: letters, digits, . _ and - only"
release="releases/$name"

for need in dist/index.html dist/.site-manifest redirects.conf deploy/release.sh; do
  [ -e "$need" ] || { echo "upload.sh: $need is missing: build the site and write redirects.conf first" >&2; exit 1; }
done

q() { printf '%q' "$1"; }
# rsync creates the last directory only: make releases/ on a server's first upload.
# shellcheck disable=SC2086 # SSH may carry options
$ssh_cmd "$target" "mkdir -p -- $(q "$root/releases")"
rsync -a -s --delete -e "$ssh_cmd" dist/ "$target:$root/$release/"
rsync -a -s -e "$ssh_cmd" redirects.conf "$target:$root/$release.redirects.conf"
rsync -a -s -e "$ssh_cmd" deploy "$target:$root/"
# shellcheck disable=SC2086 # SSH may carry options
$ssh_cmd "$target" "SITE_ROOT=$(q "$root") bash $(q "$root/deploy/release.sh") $(q "$release")"
