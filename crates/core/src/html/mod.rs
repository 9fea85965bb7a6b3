//! CMS HTML → structured blocks (target B4).
//!
//! civic-portal never inserts backend HTML into the page. HTML from a CMS (WordPress
//! `content.rendered`, Drupal `body.processed`) is parsed by an inert parser (the browser's
//! `DOMParser` in the app, where scripts never run; an HTML5 parser in native tests) into an
//! [`HtmlNode`] tree, and [`to_blocks`] walks that tree with an allowlist into the same
//! [`Block`]s the native contract uses. Anything not on the allowlist is dropped or reduced to
//! its text: scripts, styles, frames, forms, event-handler attributes and unsafe URLs cannot
//! reach the DOM, because no attribute is ever copied and every block renders as text.
//!
//! One job per file:
//!
//! | file | owns |
//! |---|---|
//! | `node.rs` | the [`HtmlNode`] tree (freed without recursion), the element classes and the limits |
//! | `allowlist.rs` | [`to_blocks`]: the allowlist walk (headings, paragraphs with links and emphasis, lists, tables, images, quotes, `<details>` accordions; containers are transparent; dangerous elements are dropped with their content) |
//! | `text.rs` | plain text: [`to_text`] of a tree (titles, captions, table cells) and [`strip_tags`] of an HTML string without a DOM (CMS titles and excerpts) |
//! | `entities.rs` | [`decode_entities`]: named and numeric character references |
//!
//! Hostile input is bounded: elements nested deeper than [`MAX_DEPTH`] are reduced to their
//! text without recursion, at most [`MAX_BLOCKS`] blocks are produced, a text has at most
//! [`MAX_RUNS`] inline runs (the rest of it plain), lists and accordions
//! never nest deeper than [`MAX_BLOCK_DEPTH`], and the output always passes
//! [`crate::content::check_page`].

mod allowlist;
mod entities;
mod node;
mod text;

pub(crate) use allowlist::is_lang_tag;
pub use allowlist::{to_blocks, to_blocks_from};
pub use entities::decode_entities;
pub use node::{HtmlNode, MAX_BLOCKS, MAX_DEPTH, MAX_RUNS};
pub use text::{strip_tags, to_text};
