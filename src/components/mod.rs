//! Reusable view components, one file each. Every component documents its purpose, the ARIA
//! pattern it follows and its keyboard behaviour. Components read translations through
//! [`crate::i18n`] and never fetch or touch storage.

pub mod blocks;
pub mod content_language;
pub mod l10n_overlay;
pub mod language_selector;
pub mod load_state;
pub mod primary_nav;
pub mod site_footer;
pub mod site_header;
pub mod skip_link;
