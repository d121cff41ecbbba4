#!/usr/bin/env bash
# Installs what the browser tests need from Debian: Chromium and CJK fonts,
# nginx with openssl to serve the built site with deploy/nginx/site.conf, and
# rsync for the deploy scripts.
# Does nothing when they are already there. Needs root (or sudo).
set -euo pipefail
need=()
command -v chromium >/dev/null 2>&1 || need+=(chromium)
# (grep reads all of fc-list's output: with -q it would stop early, and pipefail would count fc-list's SIGPIPE as "missing")
fc-list 2>/dev/null | grep -i "Noto Sans CJK" >/dev/null || need+=(fonts-noto-cjk)
[ -x /usr/sbin/nginx ] || command -v nginx >/dev/null 2>&1 || need+=(nginx)
command -v openssl >/dev/null 2>&1 || need+=(openssl)
command -v rsync >/dev/null 2>&1 || need+=(rsync)
[ ${#need[@]} -eq 0 ] && exit 0
echo "Installing ${need[*]} from Debian…"
SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
# nginx is only run by the tests, on their own ports: keep its package from
# starting the system service (which could fail on a machine where port 80 is
# taken, failing the install). policy-rc.d is Debian's switch for that.
if [ ! -e /usr/sbin/policy-rc.d ]; then
  printf '#!/bin/sh\nexit 101\n' | $SUDO tee /usr/sbin/policy-rc.d >/dev/null
  $SUDO chmod +x /usr/sbin/policy-rc.d
  trap '$SUDO rm -f /usr/sbin/policy-rc.d' EXIT
fi
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${need[@]}" fontconfig
