//! Renders the structured blocks of a page body (`civic_core::content::Block`).

use civic_core::content::{Block, Inline};
use leptos::prelude::*;

/// The body of a page: each block becomes its own semantic element (`h2`–`h4`, `p`, `ul`/`ol`
/// nested to any depth, a notice box). Backend text is always inserted as text, never as
/// markup; unsafe link targets (`javascript:` and the like) render as plain text.
///
/// ARIA: native semantics only; a notice is an `<aside>` labelled by its title.
/// Keyboard: links only.
///
/// ```ignore
/// view! { <Blocks blocks=page.blocks /> }
/// ```
#[component]
pub fn Blocks(blocks: Vec<Block>) -> impl IntoView {
    view! { <div class="cp-prose">{blocks.into_iter().map(block).collect_view()}</div> }
}

fn block(node: Block) -> AnyView {
    match node {
        Block::Heading { level, text } => match level {
            2 => view! { <h2>{text}</h2> }.into_any(),
            3 => view! { <h3>{text}</h3> }.into_any(),
            _ => view! { <h4>{text}</h4> }.into_any(),
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
        Block::Notice { title, content } => view! {
            <aside class="cp-notice">
                {title.map(|t| view! { <p class="cp-notice__title">{t}</p> })}
                <p>{inlines(content)}</p>
            </aside>
        }
        .into_any(),
    }
}

fn inlines(content: Vec<Inline>) -> impl IntoView {
    content.into_iter().map(inline).collect_view()
}

fn inline(run: Inline) -> AnyView {
    let href = run.safe_href().map(str::to_string);
    let text = run.text;
    let body = match (run.strong, run.em) {
        (true, true) => view! { <strong><em>{text}</em></strong> }.into_any(),
        (true, false) => view! { <strong>{text}</strong> }.into_any(),
        (false, true) => view! { <em>{text}</em> }.into_any(),
        (false, false) => text.into_any(),
    };
    match href {
        Some(href) => view! { <a href=href>{body}</a> }.into_any(),
        None => body,
    }
}
