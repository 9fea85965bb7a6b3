//! The component gallery: every component's named examples on one page, like GOV.UK
//! Frontend's `examples.mjs` and its review app. It is a build target of its own (feature
//! `gallery`, `src/bin/gallery.rs`, built by `scripts/build-gallery.sh` into
//! `target/gallery/` and served under `/__gallery/`); nothing of it is in the visitors' wasm
//! or in `dist/`.
//!
//! The examples live next to their component, in its `examples()` (compiled with the
//! feature only): the default, and the cases that break components — very long text, an
//! error, nothing to show. The gallery adds one more to every component: its default in the
//! right-to-left pseudo-locale (`ar-XB`, inside `dir="rtl"`), which mirrors the layout and
//! turns the interface strings around.
//!
//! `/__gallery/` shows them all for people; `/__gallery/?example=<group>/<component>/<name>`
//! shows one alone (its ids are then unique on the page), which is how
//! `tests/e2e/gallery.spec.ts` runs axe on each.

use civic_core::content::Choice;
use civic_core::locale::{self, Pseudo};
use leptos::context::Provider;
use leptos::prelude::*;

use crate::a11y::{RouteAnnouncer, MAIN_ID};
use crate::components::controls::field::Field;
use crate::components::{chrome, content, controls};
use crate::i18n::{self, I18n};
use crate::{backend, consent, furigana, router, site};

/// One named example of a component.
pub struct Example {
    /// Lower-case words joined by `-`: `default`, `long-text`, `error`, `empty`, ...
    pub name: &'static str,
    pub view: fn() -> AnyView,
}

impl Example {
    pub const fn new(name: &'static str, view: fn() -> AnyView) -> Self {
        Example { name, view }
    }
}

/// Text that breaks layouts, for the `long-text` examples: a long sentence with a
/// 50-letter word and an address without spaces.
pub const LONG: &str = "Applications for the Lindenfeld Riverside Community Centre renewal grant \
    (Gemeinschaftszentrumserneuerungsförderungsprogramm) close at the end of the month; the \
    guidance is at https://www.city.example/en/pages/community-centre-renewal-grant-2026-guidance-notes";

/// A value and the callback that sets it, for the `value`/`on_change` of an example control.
pub fn bind(initial: impl Into<String>) -> (RwSignal<String>, Callback<String>) {
    let value = RwSignal::new(initial.into());
    (value, Callback::new(move |v| value.set(v)))
}

/// The [`Field`] of an example control: `error` shown when given.
pub fn field(id: &str, label: &str, hint: Option<&str>, error: Option<&str>) -> Field {
    let error = error.map(str::to_string);
    Field {
        id: id.to_string(),
        label: label.to_string(),
        hint: hint.map(str::to_string),
        required: true,
        error: Signal::derive(move || error.clone()),
    }
}

/// Options of radios, checkboxes and selects, valued `a`, `b`, ... in order.
pub fn choices(labels: &[&str]) -> Vec<Choice> {
    labels
        .iter()
        .zip('a'..)
        .map(|(label, value)| Choice {
            value: value.to_string(),
            label: label.to_string(),
            hint: None,
            exclusive: false,
        })
        .collect()
}

/// Contract data written as JSON (blocks, contacts): as a backend sends it.
pub fn data<T: serde::de::DeserializeOwned>(json: &str) -> T {
    civic_core::content::decode(json).expect("gallery example data is valid")
}

/// The name of the example the gallery adds to every component (its default, right to left).
const RTL: &str = "rtl";

/// A component of the gallery: its group (`src/components/<group>`), its file name and its
/// examples.
struct Entry {
    group: &'static str,
    name: &'static str,
    examples: fn() -> Vec<Example>,
}

/// The entries of `group`: one per component file named, its examples from its
/// `examples()`.
macro_rules! entries {
    ($($group:ident: [$($name:ident),+ $(,)?]),+ $(,)?) => {
        &[$($(Entry {
            group: stringify!($group),
            name: stringify!($name),
            examples: $group::$name::examples,
        }),+),+]
    };
}

/// Every component, by group, in the order of `src/components/<group>/mod.rs`.
const ENTRIES: &[Entry] = entries! {
    controls: [
        button, checkboxes, date_input, error_message, error_summary, fieldset, radios, select,
        text_input, textarea,
    ],
    chrome: [
        breadcrumbs, emergency_banner, furigana_toggle, l10n_overlay, language_selector,
        pagination, primary_nav, search_box, site_footer, site_header, skip_link,
    ],
    content: [
        bar_chart, blocks, contact_card, content_image, content_language, data_table, load_state,
        notification_banner, tabs, video_embed,
    ],
};

/// Mounts the gallery on `<body>` (from `src/bin/gallery.rs`).
pub fn start() {
    leptos::mount::mount_to_body(Gallery);
}

/// The page: the app's providers (so that components find the context they find in the
/// app), then every example, or the one asked for.
#[component]
fn Gallery() -> impl IntoView {
    let location = router::provide_router();
    let i18n = i18n::provide_i18n(locale::find(locale::REFERENCE).expect("reference locale"));
    backend::provide_backend();
    site::provide_site();
    consent::provide_consent();
    furigana::provide_furigana();
    let only =
        router::param_of(&location.search.get_untracked(), "example").filter(|e| !e.is_empty());
    // The translators' overlay shows here as it does on a page with `?l10n-debug`.
    location.search.update(|s| {
        s.push_str(if s.is_empty() {
            "?l10n-debug"
        } else {
            "&l10n-debug"
        })
    });
    let body = move || {
        let only = only.clone();
        match only {
            Some(id) => view! { <Single id=id /> }.into_any(),
            None => view! { <All /> }.into_any(),
        }
    };
    view! {
        <RouteAnnouncer />
        <main id=MAIN_ID class="cp-main cp-container cp-gallery" tabindex="-1">
            <Show when=move || i18n.ready()>{body.clone()}</Show>
        </main>
    }
}

/// Every component with all its examples, and a table of contents.
#[component]
fn All() -> impl IntoView {
    let toc = ENTRIES
        .iter()
        .map(|e| {
            let href = format!("#{}-{}", e.group, e.name);
            view! { <li><a href=href>{format!("{} / {}", e.group, e.name)}</a></li> }
        })
        .collect_view();
    let sections = ENTRIES
        .iter()
        .map(|e| {
            let id = format!("{}-{}", e.group, e.name);
            let examples = (e.examples)()
                .into_iter()
                .map(|x| view! { <Shown group=e.group component=e.name name=x.name view=x.view /> })
                .collect_view();
            let rtl = (e.examples)()
                .into_iter()
                .next()
                .map(|x| view! { <Shown group=e.group component=e.name name=RTL view=x.view /> });
            let labelled_by = id.clone();
            view! {
                <section class="cp-gallery__component" aria-labelledby=labelled_by>
                    <h2 id=id>{format!("{} / {}", e.group, e.name)}</h2>
                    {examples}
                    {rtl}
                </section>
            }
        })
        .collect_view();
    view! {
        <h1 id="gallery-heading">"Component gallery"</h1>
        <p>"Every component of src/components with its named examples; each also passes axe on its own (?example=group/component/name)."</p>
        <nav aria-label="Components"><ul>{toc}</ul></nav>
        {sections}
    }
}

/// One example alone, or a message naming the examples when `id` names none.
#[component]
fn Single(id: String) -> impl IntoView {
    let mut parts = id.splitn(3, '/');
    let (group, component, name) = (parts.next(), parts.next(), parts.next());
    let found = ENTRIES
        .iter()
        .find(|e| Some(e.group) == group && Some(e.name) == component)
        .and_then(|e| {
            let examples = (e.examples)();
            let example = if name == Some(RTL) {
                examples.into_iter().next().map(|x| (RTL, x.view))
            } else {
                examples
                    .into_iter()
                    .find(|x| Some(x.name) == name)
                    .map(|x| (x.name, x.view))
            };
            example.map(|(name, view)| (e, name, view))
        });
    match found {
        Some((e, name, view)) => view! {
            <h1 id="gallery-heading">{format!("{} / {} / {name}", e.group, e.name)}</h1>
            <Shown group=e.group component=e.name name=name view=view />
        }
        .into_any(),
        None => view! {
            <h1 id="gallery-heading">"No such example"</h1>
            <p data-testid="gallery-missing">{format!("`{id}` names no example of the gallery.")}</p>
        }
        .into_any(),
    }
}

/// One example in its frame, labelled with its name; `rtl` is shown right to left in the
/// bidi pseudo-locale.
#[component]
fn Shown(
    group: &'static str,
    component: &'static str,
    name: &'static str,
    view: fn() -> AnyView,
) -> impl IntoView {
    let id = format!("{group}/{component}/{name}");
    let heading = format!("example-{group}-{component}-{name}");
    let body = if name == RTL {
        view! { <RightToLeft view=view /> }.into_any()
    } else {
        view()
    };
    let labelled_by = heading.clone();
    view! {
        <section class="cp-gallery__example" data-example=id aria-labelledby=labelled_by>
            <h3 id=heading class="cp-gallery__name">{name}</h3>
            <div class="cp-gallery__frame">{body}</div>
        </section>
    }
}

/// `view` in the right-to-left pseudo-locale: its own i18n state for the subtree, and
/// `dir="rtl"` with the pseudo-locale's `lang`.
#[component]
fn RightToLeft(view: fn() -> AnyView) -> impl IntoView {
    let pseudo = locale::SHIPPED
        .iter()
        .find(|l| l.pseudo == Some(Pseudo::Bidi))
        .expect("the bidi pseudo-locale is shipped");
    let rtl = I18n::new(pseudo);
    view! {
        <Provider value=rtl>
            <div dir="rtl" lang=pseudo.tag>
                <Show when=move || rtl.ready()>{view}</Show>
            </div>
        </Provider>
    }
}
