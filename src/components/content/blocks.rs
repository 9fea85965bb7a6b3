//! Renders the structured blocks of a page body (`civic_core::content::Block`).

use civic_core::content::{Block, Inline, NoticeVariant};
use leptos::prelude::*;

use super::contact_card::ContactCard;
use super::content_image::ContentImage;
use super::data_table::DataTable;
use super::tabs::{Tab, Tabs};
use super::video_embed::VideoEmbed;
use crate::i18n::{msg, use_i18n};

/// The body of a page: each block becomes its own semantic element: `h2`–`h4`, `p`, `ul`/`ol`
/// nested to any depth, a captioned table in a scrollable region, a figure, a blockquote, a
/// contact card, disclosure sections, tabs and document links with their format and size.
/// Backend text is always inserted as text, never as markup; unsafe link targets (like
/// `javascript:`) render as plain text, and `lang` on a run marks its language.
///
/// ARIA: native semantics. Accordion sections are `<details>`/`<summary>` disclosures; a
/// notice is an `<aside>` labelled by its title; tabs follow the WAI-ARIA tabs pattern (see
/// [`Tabs`]). Keyboard: links; `Enter`/`Space` on a section's summary opens or closes it;
/// tables scroll with the arrow keys once focused; the arrow keys, `Home` and `End` move
/// between tabs.
///
/// ```ignore
/// view! { <Blocks blocks=page.blocks /> }
/// ```
///
/// Examples: `examples()` at the end of this file, shown in the component gallery at
/// `/__gallery/#content-blocks` (`scripts/build-gallery.sh`).
#[component]
pub fn Blocks(blocks: Vec<Block>) -> impl IntoView {
    view! { <div class="cp-prose">{blocks.into_iter().map(block).collect_view()}</div> }
}

fn block(node: Block) -> AnyView {
    match node {
        Block::Heading { level, text, id } => match level {
            2 => view! { <h2 id=id>{text}</h2> }.into_any(),
            3 => view! { <h3 id=id>{text}</h3> }.into_any(),
            _ => view! { <h4 id=id>{text}</h4> }.into_any(),
        },
        Block::Paragraph { content } => view! { <p>{inlines(content)}</p> }.into_any(),
        Block::List { ordered, items } => {
            let items = items
                .into_iter()
                .map(|item| {
                    let children = item.children.map(|c| block(*c));
                    view! { <li>{inlines(item.content)}{children}</li> }
                })
                .collect_view();
            if ordered {
                view! { <ol>{items}</ol> }.into_any()
            } else {
                view! { <ul>{items}</ul> }.into_any()
            }
        }
        Block::Table {
            caption,
            head,
            rows,
            row_headers,
        } => view! { <DataTable caption=caption head=head rows=rows row_headers=row_headers /> }
            .into_any(),
        Block::Image {
            src,
            alt,
            caption,
            width,
            height,
        } => view! { <ContentImage src=src alt=alt caption=caption width=width height=height /> }
            .into_any(),
        Block::Notice {
            variant,
            title,
            content,
        } => {
            let class = match variant {
                NoticeVariant::Info => "cp-notice",
                NoticeVariant::Warning => "cp-notice cp-notice--warning",
            };
            view! {
                <aside class=class>
                    {title.map(|t| view! { <p class="cp-notice__title">{t}</p> })}
                    <p>{inlines(content)}</p>
                </aside>
            }
            .into_any()
        }
        Block::Quote { content, cite } => view! {
            <figure class="cp-quote">
                <blockquote><p>{inlines(content)}</p></blockquote>
                {cite.map(|c| view! { <figcaption>"— "{c}</figcaption> })}
            </figure>
        }
        .into_any(),
        Block::Contact(contact) => view! { <ContactCard contact=contact heading_level=2 /> }.into_any(),
        Block::Accordion { sections } => view! {
            <div class="cp-accordion">
                {sections
                    .into_iter()
                    .map(|s| {
                        view! {
                            <details class="cp-accordion__section">
                                <summary class="cp-accordion__summary">{s.title}</summary>
                                <div class="cp-accordion__body">{s.blocks.into_iter().map(block).collect_view()}</div>
                            </details>
                        }
                    })
                    .collect_view()}
            </div>
        }
        .into_any(),
        Block::Tabs { label, tabs } => {
            let tabs = tabs
                .into_iter()
                .map(|t| Tab {
                    title: t.title,
                    panel: t.blocks.into_iter().map(block).collect_view().into_any(),
                })
                .collect();
            view! { <Tabs label=label tabs=tabs /> }.into_any()
        }
        Block::Video {
            service,
            id,
            title,
            caption,
        } => view! { <VideoEmbed service=service id=id title=title caption=caption /> }.into_any(),
        Block::File {
            href,
            title,
            format,
            size_bytes,
        } => view! { <FileLink href=href title=title format=format size_bytes=size_bytes /> }.into_any(),
    }
}

/// A link to a document with its format and size, so the visitor knows what they will get
/// before following it ("Annual report (PDF, 1.2 MB)"). Unsafe targets render as text.
#[component]
fn FileLink(href: String, title: String, format: String, size_bytes: u64) -> impl IntoView {
    let i18n = use_i18n();
    let meta = move || {
        let (id, value) = if size_bytes >= 1_000_000 {
            (msg::FILE_SIZE_MB, size_bytes as f64 / 1_000_000.0)
        } else {
            (msg::FILE_SIZE_KB, (size_bytes as f64 / 1_000.0).max(1.0))
        };
        let size = i18n.t_args(id, &[("value", value.into())]);
        i18n.t_args(
            msg::FILE_META,
            &[("format", format.clone().into()), ("size", size.into())],
        )
    };
    let safe = civic_core::content::is_safe_href(&href);
    view! {
        <p class="cp-file">
            {if safe {
                view! { <a class="cp-file__link" href=href>{title}</a> }.into_any()
            } else {
                title.into_any()
            }}
            " "<span class="cp-file__meta">"("{meta}")"</span>
        </p>
    }
}

/// Inline runs as HTML: emphasis, links (safe targets only), `lang`, and furigana as
/// `<ruby>` with `<rp>` parentheses for browsers and readers without ruby support (the
/// emergency banner renders its runs here too). Neighbouring runs with the same link are one
/// `<a>`: a phrase split into annotated words stays one link.
pub(crate) fn inlines(content: Vec<Inline>) -> impl IntoView {
    let mut groups: Vec<(Option<String>, Vec<Inline>)> = Vec::new();
    for run in content {
        let href = run.safe_href().map(str::to_string);
        match groups.last_mut() {
            Some((last, runs)) if href.is_some() && *last == href => runs.push(run),
            _ => groups.push((href, vec![run])),
        }
    }
    groups
        .into_iter()
        .map(|(href, runs)| {
            let body = runs.into_iter().map(formatted).collect_view();
            match href {
                Some(href) => view! { <a href=href>{body}</a> }.into_any(),
                None => body.into_any(),
            }
        })
        .collect_view()
}

/// One run without its link.
fn formatted(run: Inline) -> AnyView {
    let lang = run.lang.clone();
    let text = match run.ruby.filter(|r| !r.is_empty()) {
        Some(reading) => view! {
            <ruby>{run.text}<rp>"("</rp><rt>{reading}</rt><rp>")"</rp></ruby>
        }
        .into_any(),
        None => run.text.into_any(),
    };
    match (run.strong, run.em, lang) {
        (true, true, lang) => view! { <strong lang=lang><em>{text}</em></strong> }.into_any(),
        (true, false, lang) => view! { <strong lang=lang>{text}</strong> }.into_any(),
        (false, true, lang) => view! { <em lang=lang>{text}</em> }.into_any(),
        (false, false, Some(lang)) => view! { <span lang=lang>{text}</span> }.into_any(),
        (false, false, None) => text,
    }
}

crate::components::examples! {
    "default" => {
        let blocks: Vec<Block> = data(
            r#"[
            {"type": "heading", "level": 2, "text": "Collection days", "id": "collection-days"},
            {"type": "paragraph", "content": [{"text": "Put your bags out by 8:00 on the day. "}, {"text": "See the calendar", "href": "/en/pages/calendar"}, {"text": " for holidays."}]},
            {"type": "list", "ordered": false, "items": [{"content": [{"text": "Burnable: Monday and Thursday"}]}, {"content": [{"text": "Plastics: Wednesday"}]}]},
            {"type": "notice", "variant": "warning", "title": "Typhoon", "content": [{"text": "No collection while a storm warning is in force."}]},
            {"type": "quote", "content": [{"text": "Sorting is easier than it looks."}], "cite": "A resident of Harbour ward"},
            {"type": "accordion", "sections": [{"title": "Large items", "blocks": [{"type": "paragraph", "content": [{"text": "Book a collection by telephone."}]}]}]},
            {"type": "file", "href": "/content/en/files/shelters.csv", "title": "Collection calendar", "format": "CSV", "size_bytes": 2048}
        ]"#,
        );
        view! { <div class="cp-prose"><Blocks blocks=blocks /></div> }
    },
    "long-text" => {
        let text = serde_json::json!([
            {"type": "heading", "level": 2, "text": LONG},
            {"type": "paragraph", "content": [{"text": LONG}, {"text": LONG, "href": "/en/pages/grants"}]},
            {"type": "list", "ordered": true, "items": [{"content": [{"text": LONG}]}]}
        ]);
        let blocks: Vec<Block> = data(&text.to_string());
        view! { <div class="cp-prose"><Blocks blocks=blocks /></div> }
    },
    "empty" => {
        view! { <div class="cp-prose"><Blocks blocks=Vec::new() /></div> }
    },
}
