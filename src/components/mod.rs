//! Reusable view components, one file each. Every component documents its purpose, the ARIA
//! pattern it follows and its keyboard behaviour. Components read translations through
//! [`crate::i18n`] and site settings through [`crate::site`]; they never fetch or touch storage.

pub mod bar_chart;
pub mod blocks;
pub mod breadcrumbs;
pub mod button;
pub mod checkboxes;
pub mod contact_card;
pub mod content_image;
pub mod content_language;
pub mod data_table;
pub mod date_input;
pub mod emergency_banner;
pub mod error_message;
pub mod error_summary;
pub mod field;
pub mod fieldset;
pub mod furigana_toggle;
pub mod l10n_overlay;
pub mod language_selector;
pub mod load_state;
pub mod notification_banner;
pub mod pagination;
pub mod primary_nav;
pub mod radios;
pub mod search_box;
pub mod select;
pub mod site_footer;
pub mod site_header;
pub mod skip_link;
pub mod tabs;
pub mod text_input;
pub mod textarea;
pub mod video_embed;
