//! The pre-renderer (native only): every route of the configured content in every listed
//! locale, rendered to HTML by the app's own components, written into a built `dist/` as
//! `<path>/index.html`. Each page is Trunk's `index.html` with the page's `lang`/`dir`,
//! title, description, canonical and `hreflang` links, the rendered `<body>` and the
//! responses it was rendered from (see [`crate::boot`]).
//!
//! Routes are found the way a visitor finds them: from each locale's home page, news,
//! cookie settings, following every same-site link the rendered pages contain. A page that
//! cannot be rendered (not found, a backend error) is reported and left to the single-page
//! fallback, which renders it in the browser.

use std::cell::RefCell;
use std::collections::{BTreeSet, VecDeque};

use civic_core::locale;
use civic_core::route::Route;
use leptos::prelude::*;

use crate::boot::{PageData, DATA_ID};
use crate::{backend::fetch, head, router};

thread_local! {
    static ORIGIN: RefCell<String> = const { RefCell::new(String::new()) };
}

/// The deployed site's origin (`https://city.example`), for canonical and `hreflang` URLs.
pub fn origin() -> String {
    ORIGIN.with(|o| o.borrow().clone())
}

/// One page, rendered.
pub struct Page {
    pub path: String,
    /// The whole HTML document.
    pub html: String,
    /// Same-site routes the page links to.
    pub links: Vec<String>,
}

/// What became of one route.
pub enum Outcome {
    Rendered(Page),
    /// Not written: why (the error state the page rendered, say).
    Failed {
        path: String,
        reason: String,
    },
}

/// Renders with `source` answering the app's requests, on `origin`, into `template`
/// (Trunk's `index.html`).
pub struct Renderer {
    template: String,
}

impl Renderer {
    pub fn new(template: String, origin: &str, source: fetch::NativeSource) -> Renderer {
        ORIGIN.with(|o| *o.borrow_mut() = origin.trim_end_matches('/').to_string());
        fetch::native::set_source(source);
        Renderer { template }
    }

    /// Renders `path`; `hydrate: false` for pages the app renders afresh in the browser.
    pub fn render(&self, path: &str, hydrate: bool) -> Outcome {
        fetch::native::start_page();
        head::start_page();
        crate::components::content::tabs::reset_ids();
        router::render_at(path, "");
        let owner = Owner::new();
        let (body, rendered) = owner.with(|| {
            let body = view! { <crate::app::App /> }.to_html();
            (body, head::rendered())
        });
        drop(owner);
        // The interface locale is the path's (the root renders in the reference locale).
        let info = locale::split_path(path)
            .0
            .or_else(|| locale::find(locale::REFERENCE))
            .expect("the reference locale ships");
        let (lang, dir) = (info.tag, info.dir.as_str());
        let problems = fetch::native::problems();
        if let Some(state) = failure_state(&body) {
            if hydrate {
                let mut reason = format!("the page shows the `{state}` state");
                if !problems.is_empty() {
                    reason.push_str(&format!(" ({})", problems.join("; ")));
                }
                return Outcome::Failed {
                    path: path.to_string(),
                    reason,
                };
            }
        }
        let data = PageData {
            path: path.to_string(),
            search: String::new(),
            hydrate,
            // Files every page shares (the configuration, interface strings) are fetched once
            // and cached by the browser; the page embeds only its own data.
            responses: fetch::native::used()
                .into_iter()
                .filter(|r| !is_shared_file(&r.url))
                .collect(),
        };
        let links = links_in(&body);
        let html = self.document(path, &body, &rendered, lang, dir, &data);
        Outcome::Rendered(Page {
            path: path.to_string(),
            html,
            links,
        })
    }

    fn document(
        &self,
        path: &str,
        body: &str,
        rendered: &head::Rendered,
        lang: &str,
        dir: &str,
        data: &PageData,
    ) -> String {
        let mut html = without_app_preloads(&self.template);
        replace_between(
            &mut html,
            "<html",
            ">",
            &format!(" lang=\"{lang}\" dir=\"{dir}\""),
        );
        if !rendered.title.is_empty() {
            replace_between(&mut html, "<title>", "</title>", &escape(&rendered.title));
        }
        if let Some(description) = &rendered.description {
            replace_between(
                &mut html,
                "<meta name=\"description\" content=\"",
                "\"",
                &escape(description),
            );
        }
        let mut extra = format!(
            "<link rel=\"canonical\" href=\"{}\">",
            escape(&format!("{}{path}", origin()))
        );
        for (hreflang, href) in &rendered.alternates {
            extra.push_str(&format!(
                "<link rel=\"alternate\" hreflang=\"{}\" href=\"{}\" data-cp-alternate>",
                escape(hreflang),
                escape(href)
            ));
        }
        let json = serde_json::to_string(data).unwrap_or_default();
        extra.push_str(&format!(
            "<script type=\"application/json\" id=\"{DATA_ID}\">{}</script>",
            script_safe(&json)
        ));
        if let Some(at) = html.find("</head>") {
            html.insert_str(at, &extra);
        }
        replace_between(&mut html, "<body>", "</body>", body);
        html
    }
}

/// The routes to start from in every listed locale: home, news, cookie settings; every
/// other route is found through links.
pub fn entry_routes() -> Vec<String> {
    locale::listed()
        .flat_map(|l| {
            ["/", "/news", "/cookie-settings"]
                .into_iter()
                .map(move |rest| locale::localized_path(l.tag, rest))
        })
        .collect()
}

/// Renders every route reachable from [`entry_routes`] and `extra` (routes no page links to,
/// such as forms), each once, in order found.
pub fn crawl(renderer: &Renderer, extra: Vec<String>, mut visit: impl FnMut(Outcome)) {
    let mut seen: BTreeSet<String> = BTreeSet::new();
    let mut queue: VecDeque<String> = VecDeque::new();
    for route in entry_routes().into_iter().chain(extra) {
        if seen.insert(route.clone()) {
            queue.push_back(route);
        }
    }
    while let Some(path) = queue.pop_front() {
        let outcome = renderer.render(&path, true);
        if let Outcome::Rendered(page) = &outcome {
            for link in &page.links {
                if seen.insert(link.clone()) {
                    queue.push_back(link.clone());
                }
            }
        }
        visit(outcome);
    }
}

/// Whether `url` is a file every page uses (not embedded in pages).
pub fn is_shared_file(url: &str) -> bool {
    url == crate::backend::CONFIG_URL || url.starts_with("/locales/")
}

/// The error state a rendered body shows, if any (`data-state` of the failure view's tag).
fn failure_state(body: &str) -> Option<String> {
    let at = body.find("class=\"cp-failure\"")?;
    let start = body[..at].rfind('<')?;
    let end = at + body[at..].find('>')?;
    let tag = &body[start..end];
    let state = tag.split("data-state=\"").nth(1)?.split('"').next()?;
    Some(state.to_string())
}

/// Same-site page routes in `href`s of `body` (no files, queries or fragments).
fn links_in(body: &str) -> Vec<String> {
    let mut out = Vec::new();
    for part in body.split("href=\"").skip(1) {
        let Some(href) = part.split('"').next() else {
            continue;
        };
        let href = href.replace("&amp;", "&");
        let path = href.split(['?', '#']).next().unwrap_or("");
        if !path.starts_with('/') || path.starts_with("//") {
            continue;
        }
        if path
            .rsplit('/')
            .next()
            .is_some_and(|last| last.contains('.'))
        {
            continue;
        }
        let route = Route::of(path);
        let listed = locale::split_path(path).0.is_some_and(|l| l.is_listed());
        if !listed || matches!(route, Route::NotFound | Route::Root) {
            continue; // pseudo-locales are a translators' tool, not pages to publish
        }
        if matches!(route, Route::FormResponse(_) | Route::FormResults(_)) {
            // The visitor's own response and live results: rendered in the browser only
            // (spa.html), never frozen at build time.
            continue;
        }
        let path = path.trim_end_matches('/').to_string();
        if !out.contains(&path) {
            out.push(path);
        }
    }
    out
}

/// The template without the preloads of the app's JS glue and wasm: a pre-rendered page
/// paints before the app is fetched (the loader waits for its first frame, see
/// scripts/trunk-csp-hook.mjs), so the preloads would only compete with the content's
/// first paint. `spa.html`, which shows nothing without the app, keeps them.
fn without_app_preloads(template: &str) -> String {
    let mut html = String::with_capacity(template.len());
    let mut rest = template;
    while let Some(at) = rest.find("<link ") {
        let end = rest[at..].find('>').map_or(rest.len(), |e| at + e + 1);
        let tag = &rest[at..end];
        html.push_str(&rest[..at]);
        let preload = tag.contains("rel=\"modulepreload\"")
            || (tag.contains("rel=\"preload\"") && tag.contains("application/wasm"));
        if !preload {
            html.push_str(tag);
        }
        rest = &rest[end..];
    }
    html.push_str(rest);
    html
}

/// Replaces what lies between the first `start` and the next `end` after it.
fn replace_between(html: &mut String, start: &str, end: &str, with: &str) {
    let Some(a) = html.find(start).map(|i| i + start.len()) else {
        return;
    };
    let Some(b) = html[a..].find(end).map(|i| a + i) else {
        return;
    };
    html.replace_range(a..b, with);
}

fn escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

/// JSON that cannot end its `<script>` element early or open a comment: every `<` (only ever
/// inside a JSON string) written as `\u003c`.
fn script_safe(json: &str) -> String {
    json.replace('<', "\\u003c")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn links_are_page_routes_only() {
        let body = r#"<a href="/en/pages/a">a</a><a href="/en/pages/a#x">x</a>
            <a href="https://other.example/">o</a><a href="/content/files/x.csv">f</a>
            <a href="/en/news?page=2">n</a><a href="/">r</a><a href="//cdn.example/x">c</a>
            <a href="/en/forms/s/results">s</a><a href="/ja/forms/s/response">y</a>"#;
        assert_eq!(links_in(body), vec!["/en/pages/a", "/en/news"]);
    }

    #[test]
    fn pages_leave_out_the_app_preloads_only() {
        let template = "<head><link rel=\"stylesheet\" href=\"/s.css\"><link rel=\"modulepreload\" href=\"/a.js\"><link rel=\"preload\" href=\"/a_bg.wasm\" as=\"fetch\" type=\"application/wasm\"><link rel=\"icon\" href=\"/f.svg\"></head>";
        assert_eq!(
            without_app_preloads(template),
            "<head><link rel=\"stylesheet\" href=\"/s.css\"><link rel=\"icon\" href=\"/f.svg\"></head>"
        );
    }

    #[test]
    fn data_cannot_close_its_script() {
        let out = script_safe(r#"{"t":"</script><!-- x"}"#);
        assert!(!out.contains('<'));
        let back: serde_json::Value = serde_json::from_str(&out).unwrap();
        assert_eq!(back["t"], "</script><!-- x");
    }

    #[test]
    fn failure_states_are_found() {
        let body =
            r#"<main><div class="cp-failure" data-state="not-found"><h1>x</h1></div></main>"#;
        assert_eq!(failure_state(body).as_deref(), Some("not-found"));
        assert_eq!(failure_state("<main><h1>ok</h1></main>"), None);
    }
}
