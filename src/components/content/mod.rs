//! Content blocks: what a page body is made of ([`blocks::Blocks`] renders the contract's
//! blocks with the components here), the notices about a page, and the loading and failure
//! states of content from the backend.

pub mod bar_chart;
pub mod blocks;
pub mod contact_card;
pub mod content_image;
pub mod content_language;
pub mod data_table;
pub mod load_state;
pub mod notification_banner;
pub mod tabs;
pub mod video_embed;
