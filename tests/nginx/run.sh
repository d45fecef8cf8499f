#!/usr/bin/env bash
# The nginx sub-path test: serves the example site with the server block that
# docs/deploy/nginx.conf tells people to use, under /involvement/ on loopback,
# checks redirects, the 404 page, content types, compression and cache headers
# with curl, then runs the browser test (tests/browser/check.mjs) against it.
#
# Usage: bash tests/nginx/run.sh          (from anywhere; CI runs it from .ci/run)
# Needs: nginx (installed from Debian if missing), curl, node, java, chromium.
# Touches no system nginx configuration: nginx runs in the foreground as a child
# of this script, with its own prefix, pid file and logs in a temporary folder.
set -euo pipefail
cd "$(dirname "$0")/../.."

if ! command -v nginx >/dev/null; then
  echo "nginx is missing: installing it from Debian"
  apt-get update
  DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends nginx
fi
nginx -v

# A free port on loopback, chosen by the kernel.
port=$(node -e "const s=require('net').createServer().listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})")
base="/involvement/"
origin="http://127.0.0.1:${port}"

site="$PWD/target/nginx-site"
cargo build --release --quiet
target/release/wedid build --output "$site" --base-url "${origin}${base}"

# nginx's own files: config, pid, logs and temp folders, all in one place.
prefix=$(mktemp -d)
# nginx started as root runs its workers as "nobody", who must read the logs folder.
chmod 755 "$prefix"
nginx_pid=""
cleanup() {
  if [ -n "$nginx_pid" ]; then
    kill "$nginx_pid" 2>/dev/null || true
    wait "$nginx_pid" 2>/dev/null || true
  fi
  rm -rf "$prefix"
}
trap cleanup EXIT

# The documented server block, with the address and folder of this test.
template=docs/deploy/nginx.conf
for needle in "listen 80;" "server_name www.example.nhs.uk;" "alias /var/www/involvement/;"; do
  grep -qF "$needle" "$template" || { echo "FAIL: $template no longer contains '$needle'"; exit 1; }
done
sed -e "s|listen 80;|listen 127.0.0.1:${port};|" \
    -e "s|server_name www.example.nhs.uk;|server_name 127.0.0.1;|" \
    -e "s|/var/www/involvement/|${site}/|" \
    "$template" >"$prefix/server.conf"
cp /etc/nginx/mime.types "$prefix/mime.types"
cat >"$prefix/nginx.conf" <<EOF
daemon off;
worker_processes 1;
pid ${prefix}/nginx.pid;
error_log ${prefix}/error.log warn;
events { worker_connections 64; }
http {
    access_log ${prefix}/access.log;
    client_body_temp_path ${prefix}/client_body;
    proxy_temp_path ${prefix}/proxy;
    fastcgi_temp_path ${prefix}/fastcgi;
    uwsgi_temp_path ${prefix}/uwsgi;
    scgi_temp_path ${prefix}/scgi;
    include server.conf;
}
EOF

nginx -t -q -p "$prefix" -e "$prefix/error.log" -c "$prefix/nginx.conf"
nginx -p "$prefix" -e "$prefix/error.log" -c "$prefix/nginx.conf" &
nginx_pid=$!
for _ in $(seq 50); do
  curl -s -o /dev/null "${origin}/" && break
  sleep 0.1
done

failures=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }

# expect PATH HEADER VALUE: a response header (case-insensitive name) has exactly VALUE.
# "status" checks the status code instead.
expect() {
  local path=$1 name=$2 want=$3 got
  local headers
  headers=$(curl -s -o /dev/null -D - -H 'Accept-Encoding: gzip' "${origin}${path}" | tr -d '\r')
  if [ "$name" = status ]; then
    got=$(head -n1 <<<"$headers" | cut -d' ' -f2)
  else
    got=$(grep -i "^${name}: " <<<"$headers" | head -n1 | cut -d' ' -f2-)
  fi
  if [ "$got" = "$want" ]; then
    echo "ok   ${path}  ${name}: ${got}"
  else
    fail "${path}  ${name}: got '${got}', want '${want}'"
  fi
}

expect /involvement/ status 200
expect /involvement/ Content-Type "text/html; charset=utf-8"
expect /involvement/ Cache-Control "no-cache"
expect /involvement status 301
expect /involvement Location /involvement/
expect /involvement/stories status 301
expect /involvement/stories Location /involvement/stories/
expect /involvement/stories/ status 200
expect /involvement/no-such-page/ status 404
expect /involvement/no-such-page/ Content-Type "text/html; charset=utf-8"
expect /involvement/assets/style.css Content-Type "text/css; charset=utf-8"
expect /involvement/assets/style.css Content-Encoding gzip
expect /involvement/assets/style.css Cache-Control "public, max-age=86400"
expect /involvement/assets/search.js Content-Type "application/javascript; charset=utf-8"
expect /involvement/assets/favicon.svg Content-Type "image/svg+xml; charset=utf-8"
expect /involvement/data/you-said-we-did.csv Content-Type "text/csv; charset=utf-8"
expect /involvement/data/you-said-we-did.json Content-Type "application/json; charset=utf-8"
expect /involvement/feed.xml Content-Type "application/atom+xml; charset=utf-8"
expect /involvement/sitemap.xml Content-Type "text/xml; charset=utf-8"
expect /involvement/robots.txt Content-Type "text/plain; charset=utf-8"

# The missing page is the site's own 404 page, byte for byte.
if curl -s "${origin}/involvement/no-such-page/" | cmp -s - "$site/404.html"; then
  echo "ok   /involvement/no-such-page/  body is the site's 404.html"
else
  fail "/involvement/no-such-page/ does not return the site's 404.html"
fi
# The Welsh version (the example is bilingual) has its own 404 page and feed.
expect /involvement/cy/ status 200
expect /involvement/cy/stories status 301
expect /involvement/cy/no-such-page/ status 404
expect /involvement/cy/feed.xml Content-Type "application/atom+xml; charset=utf-8"
if curl -s "${origin}/involvement/cy/no-such-page/" | cmp -s - "$site/cy/404.html"; then
  echo "ok   /involvement/cy/no-such-page/  body is the Welsh 404.html"
else
  fail "/involvement/cy/no-such-page/ does not return the site's cy/404.html"
fi
# Nothing outside the sub-path is served from the site folder.
expect /index.html status 404

if [ "$failures" -gt 0 ]; then
  echo "nginx error log:"
  cat "$prefix/error.log"
  echo "$failures curl checks failed"
  exit 1
fi

[ -d tests/browser/node_modules ] || (cd tests/browser && npm ci --no-audit --no-fund --ignore-scripts)
node tests/browser/check.mjs "$site" --url "${origin}${base}"
