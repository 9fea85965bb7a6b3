//! Reusable view components, one file each, grouped by kind. Every component documents its
//! purpose, the ARIA pattern it follows and its keyboard behaviour. Components read
//! translations through [`crate::i18n`] and site settings through [`crate::site`]; they never
//! fetch or touch storage.
//!
//! | group | holds |
//! |---|---|
//! | [`controls`] | form controls: text input, textarea, radios, checkboxes, select, date, buttons, error message and summary |
//! | [`chrome`] | site chrome, the same on every page: header, navigation, language selector, search box, skip link, breadcrumbs, emergency banner, footer, pagination |
//! | [`content`] | content blocks of a page body and their states: the block renderer, tables, charts, images, video, tabs, contact card, notices, loading and failure |
//!
//! Each component's stylesheet is `style/<group>/<component>.css` (underscores as hyphens).

/// Declares the component gallery's named examples of a component (see `src/gallery`): each
/// `"name" => { view }` becomes a `gallery::Example`, in `pub fn examples()`. Compiled with
/// the `gallery` feature only, so none of it reaches the visitors' wasm; the gallery's
/// helpers (`bind`, `choices`, `data`, `field`, `LONG`) are in scope.
///
/// ```ignore
/// crate::components::examples! {
///     "default" => { view! { <Button>"Continue"</Button> } },
///     "long-text" => { view! { <Button>{LONG}</Button> } },
/// }
/// ```
macro_rules! examples {
    ($($name:literal => $body:block),+ $(,)?) => {
        #[cfg(feature = "gallery")]
        pub fn examples() -> Vec<$crate::gallery::Example> {
            #[allow(unused_imports)]
            use $crate::gallery::{bind, choices, data, field, LONG};
            vec![$($crate::gallery::Example::new($name, || $body.into_any())),+]
        }
    };
}
pub(crate) use examples;

pub mod chrome;
pub mod content;
pub mod controls;
