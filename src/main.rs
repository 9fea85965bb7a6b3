//! The browser entry point: starts the app ([`civic_portal::boot`] decides between
//! hydrating a pre-rendered page and rendering from scratch).

fn main() {
    #[cfg(debug_assertions)]
    console_error_panic_hook::set_once();
    civic_portal::boot::start();
}
