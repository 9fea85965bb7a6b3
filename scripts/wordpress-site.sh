#!/usr/bin/env bash
# A stock WordPress on loopback for the browser tests: Debian's wordpress 6.1 (no plugins, no
# theme needed for its REST API) with a MariaDB of its own (a data directory and a socket in
# target/wordpress/, no TCP port) behind PHP's built-in web server on 127.0.0.1:$WP_PORT,
# installed and seeded by tests/wordpress/seed.php like a city's site: pages, posts over
# several news pages, block-editor HTML with images, figures, tables, an embed, hostile
# markup, a Japanese page.
#   scripts/wordpress-site.sh serve   # fresh install + seed, then serve until stopped
# Playwright starts it (playwright.config.ts) and stops it at the end; stopping it (SIGTERM,
# SIGINT) stops the database too. Exit 3: the packages are missing (scripts/bootstrap.sh test
# installs them).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
port="${WP_PORT:-4180}"
dir="$root/target/wordpress"
site="$dir/site"
sock="$dir/mysqld.sock"

for tool in php mariadb-install-db mariadbd mariadb; do
  if ! command -v "$tool" >/dev/null; then
    echo "wordpress-site: $tool is missing: run scripts/bootstrap.sh test" >&2
    exit 3
  fi
done
if [ ! -f /usr/share/wordpress/wp-load.php ]; then
  echo "wordpress-site: Debian's wordpress package is missing: run scripts/bootstrap.sh test" >&2
  exit 3
fi

pids=()
stop() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  wait 2>/dev/null || true
}
trap stop EXIT
trap 'exit 0' TERM INT

# A fresh site every run: the same content for every test run.
rm -rf "$dir"
mkdir -p "$dir"
cp -a /usr/share/wordpress "$site"
mkdir -p "$site/wp-content/uploads"
cat > "$site/wp-config.php" <<PHP
<?php
// Written by scripts/wordpress-site.sh: the test site's own configuration (Debian's
// wp-config.php reads /etc/wordpress, which the tests leave alone).
define('DB_NAME', 'wordpress');
define('DB_USER', 'wordpress');
define('DB_PASSWORD', 'wordpress');
define('DB_HOST', 'localhost:$sock');
define('DB_CHARSET', 'utf8mb4');
define('DB_COLLATE', '');
define('WP_HOME', 'http://127.0.0.1:$port');
define('WP_SITEURL', 'http://127.0.0.1:$port');
define('WP_CONTENT_DIR', '$site/wp-content');
define('WP_CONTENT_URL', 'http://127.0.0.1:$port/wp-content');
define('AUTOMATIC_UPDATER_DISABLED', true);
define('WP_HTTP_BLOCK_EXTERNAL', true);
define('DISABLE_WP_CRON', true);
foreach (['AUTH_KEY', 'SECURE_AUTH_KEY', 'LOGGED_IN_KEY', 'NONCE_KEY', 'AUTH_SALT', 'SECURE_AUTH_SALT', 'LOGGED_IN_SALT', 'NONCE_SALT'] as \$k) define(\$k, 'civic-portal-test-' . \$k);
\$table_prefix = 'wp_';
if (!defined('ABSPATH')) define('ABSPATH', __DIR__ . '/');
require_once ABSPATH . 'wp-settings.php';
PHP

mariadb-install-db --no-defaults --user="$(id -un)" --datadir="$dir/db" \
  --auth-root-authentication-method=socket --skip-test-db >"$dir/install-db.log" 2>&1 \
  || { cat "$dir/install-db.log" >&2; exit 1; }
mariadbd --no-defaults --user="$(id -un)" --datadir="$dir/db" --socket="$sock" --skip-networking \
  --pid-file="$dir/mysqld.pid" --log-error="$dir/mysqld.err" &
pids+=("$!")
for _ in $(seq 100); do
  [ -S "$sock" ] && mariadb --no-defaults -S "$sock" -u root -e 'SELECT 1' >/dev/null 2>&1 && break
  sleep 0.1
done
mariadb --no-defaults -S "$sock" -u root -e "CREATE DATABASE wordpress CHARACTER SET utf8mb4;
  CREATE USER 'wordpress'@'localhost' IDENTIFIED BY 'wordpress';
  GRANT ALL ON wordpress.* TO 'wordpress'@'localhost';" \
  || { cat "$dir/mysqld.err" >&2; exit 1; }

php tests/wordpress/seed.php "$site" "127.0.0.1:$port"
php -S "127.0.0.1:$port" -t "$site" tests/wordpress/router.php >"$dir/php.log" 2>&1 &
pids+=("$!")
echo "wordpress-site: WordPress $(php -r "include '$site/wp-includes/version.php'; echo \$wp_version;") at http://127.0.0.1:$port/ (REST API /wp-json/)"
wait "${pids[@]}"
