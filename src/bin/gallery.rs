//! `gallery`: the component gallery in the browser (see `civic_portal::gallery`). Built by
//! `scripts/build-gallery.sh`, never part of `dist/`.

fn main() {
    console_error_panic_hook::set_once();
    civic_portal::gallery::start();
}
