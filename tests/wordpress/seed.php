<?php
// Installs the test WordPress (scripts/wordpress-site.sh) and fills it like a small city's
// site written in the block editor: a front page, topic pages with headings, lists, tables,
// a figure with an uploaded image, a YouTube embed, links to its own pages, markup an editor
// with `unfiltered_html` (every administrator of a single site) can save, a Japanese page,
// and 25 news posts (three pages of ten).
//   php tests/wordpress/seed.php SITE_DIR HOST:PORT
// Prints the ids it made as JSON on stdout's last line (tests read the content over the REST
// API, not from here).

[$_, $site, $host] = $argv;
$_SERVER['HTTP_HOST'] = $host;
$_SERVER['REQUEST_URI'] = '/';
define('WP_INSTALLING', true);
// No mail server on a test machine: the installer's "your new site" mail goes nowhere.
function wp_mail() {
    return true;
}
require $site . '/wp-load.php';
require_once ABSPATH . 'wp-admin/includes/upgrade.php';
require_once ABSPATH . 'wp-admin/includes/image.php';

$installed = wp_install('Kawabe City', 'admin', 'web-team@kawabe.example', false, '', 'admin-password-of-the-test-site', 'en_US');
wp_set_current_user($installed['user_id']);
// The installer's samples ("Hello world!", "Sample Page", the draft privacy policy) go: the
// site holds only what the tests expect.
foreach (get_posts(['post_type' => ['post', 'page'], 'post_status' => 'any', 'numberposts' => -1]) as $sample) {
    wp_delete_post($sample->ID, true);
}
// An administrator saves content unfiltered: what reaches the REST API is what the editor wrote.
kses_remove_filters();
update_option('permalink_structure', '/%postname%/');
update_option('blogdescription', 'Official website of Kawabe City');
update_option('posts_per_page', 10);
update_option('timezone_string', 'Asia/Tokyo');
flush_rewrite_rules(false);

function page(string $slug, string $title, string $content, array $extra = []): int {
    $id = wp_insert_post(array_merge([
        'post_type' => 'page',
        'post_status' => 'publish',
        'post_name' => $slug,
        'post_title' => $title,
        'post_content' => $content,
    ], $extra), true);
    if (is_wp_error($id)) {
        fwrite(STDERR, "seed: page $slug: " . $id->get_error_message() . "\n");
        exit(1);
    }
    return $id;
}

// An uploaded photo, with the sizes WordPress makes (srcset).
$uploads = wp_upload_dir();
$file = $uploads['path'] . '/harbour-at-dusk.png';
$image = imagecreatetruecolor(1200, 800);
imagefilledrectangle($image, 0, 0, 1200, 500, imagecolorallocate($image, 40, 90, 160));
imagefilledrectangle($image, 0, 500, 1200, 800, imagecolorallocate($image, 20, 50, 80));
imagepng($image, $file);
$photo = wp_insert_attachment([
    'post_mime_type' => 'image/png',
    'post_title' => 'The harbour at dusk',
    'post_status' => 'inherit',
], $file);
wp_update_attachment_metadata($photo, wp_generate_attachment_metadata($photo, $file));
update_post_meta($photo, '_wp_attachment_image_alt', 'Fishing boats in Kawabe harbour at dusk');
$photo_url = wp_get_attachment_url($photo);
$home = home_url('/');

$welcome = page('welcome', 'Welcome to Kawabe City', <<<HTML
<!-- wp:paragraph -->
<p>Kawabe is a harbour city of 86,000 people. This is the city's official website.</p>
<!-- /wp:paragraph -->
<!-- wp:heading -->
<h2 class="wp-block-heading">Popular pages</h2>
<!-- /wp:heading -->
<!-- wp:list -->
<ul><li><a href="{$home}about-the-city/">About the city</a></li><li><a href="/accessibility/">Accessibility</a></li></ul>
<!-- /wp:list -->
HTML, ['menu_order' => 0]);
update_option('show_on_front', 'page');
update_option('page_on_front', $welcome);

$about = page('about-the-city', 'About the city', <<<HTML
<!-- wp:heading -->
<h2 class="wp-block-heading" id="history">History</h2>
<!-- /wp:heading -->
<!-- wp:paragraph -->
<p>Kawabe grew around its fishing harbour. Today it is known for its <strong>morning market</strong> and the <em>Kawabe lantern festival</em>.</p>
<!-- /wp:paragraph -->
<!-- wp:image {"id":$photo,"sizeSlug":"large"} -->
<figure class="wp-block-image size-large"><img src="$photo_url" alt="Fishing boats in Kawabe harbour at dusk" class="wp-image-$photo"/><figcaption class="wp-element-caption">The harbour at dusk, seen from the breakwater.</figcaption></figure>
<!-- /wp:image -->
<!-- wp:heading {"level":3} -->
<h3 class="wp-block-heading">Population by ward</h3>
<!-- /wp:heading -->
<!-- wp:table -->
<figure class="wp-block-table"><table><thead><tr><th>Ward</th><th>Population</th></tr></thead><tbody><tr><td>Harbour</td><td>31,200</td></tr><tr><td>Hillside</td><td>54,800</td></tr></tbody></table><figcaption class="wp-element-caption">Population on 1 April 2026</figcaption></figure>
<!-- /wp:table -->
<!-- wp:table -->
<figure class="wp-block-table"><table><tbody><tr><td>Morning market</td><td>Daily 5:00–9:00</td></tr><tr><td>Lantern festival</td><td>August</td></tr></tbody></table></figure>
<!-- /wp:table -->
<!-- wp:embed {"url":"https://www.youtube.com/watch?v=kawabe2026","type":"video","providerNameSlug":"youtube"} -->
<figure class="wp-block-embed is-type-video is-provider-youtube wp-block-embed-youtube"><div class="wp-block-embed__wrapper">
https://www.youtube.com/watch?v=kawabe2026
</div><figcaption class="wp-element-caption">The lantern festival in two minutes</figcaption></figure>
<!-- /wp:embed -->
<!-- wp:html -->
<script>document.title = 'hostile script ran'; window.__hostile = true;</script>
<img src="x" onerror="window.__hostile = true" alt="">
<p onclick="window.__hostile = true">Click <a href="javascript:window.__hostile=true">here</a> for the <a href="{$home}accessibility/">accessibility statement</a>.</p>
<iframe src="https://attacker.example/"></iframe>
<style>body { display: none; }</style>
<!-- /wp:html -->
<!-- wp:list {"ordered":true} -->
<ol><li>Take the train to Kawabe station.</li><li>Walk 10 minutes to the harbour.</li></ol>
<!-- /wp:list -->
HTML, ['menu_order' => 1]);

$accessibility = page('accessibility', 'Accessibility', <<<HTML
<!-- wp:paragraph -->
<p>Kawabe City aims for WCAG 2.2 AA on this website.</p>
<!-- /wp:paragraph -->
HTML, ['menu_order' => 2, 'post_excerpt' => 'How the city makes this website usable for everyone.']);

$japanese = page('about-the-city-ja', '市の紹介', <<<HTML
<!-- wp:paragraph -->
<p>川辺市は人口8万6千人の港町です。</p>
<!-- /wp:paragraph -->
HTML, ['menu_order' => 3]);

$posts = [];
for ($n = 1; $n <= 25; $n++) {
    $day = sprintf('2026-01-%02d 09:00:00', $n);
    $posts[] = wp_insert_post([
        'post_type' => 'post',
        'post_status' => 'publish',
        'post_name' => "news-$n",
        'post_title' => "City news $n",
        'post_date' => $day,
        'post_content' => "<!-- wp:paragraph -->\n<p>Announcement number $n of Kawabe City.</p>\n<!-- /wp:paragraph -->",
        'post_excerpt' => $n % 2 ? "Summary of announcement $n." : '',
    ]);
}

echo json_encode(['front' => $welcome, 'about' => $about, 'accessibility' => $accessibility, 'japanese' => $japanese, 'photo' => $photo, 'posts' => count($posts)]), "\n";
