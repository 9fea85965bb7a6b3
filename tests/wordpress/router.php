<?php
// PHP's built-in web server in front of the test WordPress (scripts/wordpress-site.sh): a
// file that exists is served as it is; everything else goes to WordPress's index.php, as the
// rewrite rules of a real host do (pretty permalinks, /wp-json/).
$path = parse_url($_SERVER['REQUEST_URI'], PHP_URL_PATH);
if ($path !== '/' && is_file($_SERVER['DOCUMENT_ROOT'] . $path)) {
    return false;
}
$_SERVER['SCRIPT_NAME'] = '/index.php';
require $_SERVER['DOCUMENT_ROOT'] . '/index.php';
