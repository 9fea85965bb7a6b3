//! Helpers shared by the native integration tests.

/// Parses `html` as a `<body>` fragment into `HtmlNode`s: the pre-renderer's parser.
pub use civic_core::native_html::parse;
