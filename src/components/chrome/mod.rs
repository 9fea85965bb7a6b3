//! Site chrome: the parts around a page's content, the same on every page of the site (the
//! header with its language selector, navigation and search, the skip link, the emergency
//! banner, breadcrumbs, pagination, the footer), and the translators' overlay.

pub mod breadcrumbs;
pub mod emergency_banner;
pub mod furigana_toggle;
pub mod l10n_overlay;
pub mod language_selector;
pub mod pagination;
pub mod primary_nav;
pub mod search_box;
pub mod site_footer;
pub mod site_header;
pub mod skip_link;
