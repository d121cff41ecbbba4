#!/usr/bin/env bash
# Uploads a built site as a new release and makes it live (the deploy job of
# .github/workflows/site.yml runs this; it also works by hand):
#
#   npm run build && npm run -s redirects:nginx > redirects.conf
#   SSH="ssh -i key" bash deploy/upload.sh deploy@server.example.gov.cn
#
# From the repository directory: copies dist/ into releases/<name>/ on the
# server (a fresh directory: the live site is not touched while it copies),
# then redirects.conf and deploy/ (nginx includes and release.sh), then runs
# deploy/release.sh there, which checks the upload, switches `current` and
# reloads nginx. Settings:
#   SSH        the ssh command (default: ssh)
#   SITE_ROOT  the site's directory on the server (default /srv/liaocheng-clusters)
#   RELEASE    the release name (default: UTC time and the commit, e.g. 20261124T160500Z-1a2b3c4d)
set -euo pipefail

target="${1:?usage: upload.sh user@host}"
ssh_cmd="${SSH:-ssh}"
root="${SITE_ROOT:-/srv/liaocheng-clusters}"
commit="${GITHUB_SHA:-$(git rev-parse HEAD 2>/dev/null || echo local)}"
release="releases/${RELEASE:-$(date -u +%Y%m%dT%H%M%SZ)-${commit:0:8}}"

for need in dist/index.html redirects.conf deploy/release.sh; do
  [ -e "$need" ] || { echo "upload.sh: $need is missing: build the site and write redirects.conf first" >&2; exit 1; }
done

# rsync creates the last directory only: make releases/ on a server's first upload.
# shellcheck disable=SC2086 # SSH may carry options
$ssh_cmd "$target" "mkdir -p '$root/releases'"
rsync -a --delete -e "$ssh_cmd" dist/ "$target:$root/$release/"
rsync -a -e "$ssh_cmd" redirects.conf deploy "$target:$root/"
# shellcheck disable=SC2086 # SSH may carry options
$ssh_cmd "$target" "SITE_ROOT='$root' bash '$root/deploy/release.sh' '$release'"
