//! Hostile and random input never makes a decoder, adapter, sanitiser, validator or the
//! Fluent loader panic, and what the HTML allowlist produces always passes the contract.

use std::collections::BTreeMap;

use civic_core::adapter;
use civic_core::config::{decode_config, AdapterKind, BackendConfig};
use civic_core::consent::{ConsentRecord, ConsentState};
use civic_core::content::{
    check_page, decode_news, decode_page, decode_site, Answer, FormDefinition, Page,
};
use civic_core::forms::{check_answers, check_definition};
use civic_core::html::{to_blocks, to_text, HtmlNode};
use civic_core::l10n::{Localizer, Source};
use proptest::prelude::*;
use serde_json::Value;

/// Random JSON documents that look a little like the contract (its field names and block
/// types appear often), so that decoding goes deep before it fails.
fn json() -> impl Strategy<Value = Value> {
    let keys = prop::sample::select(vec![
        "slug",
        "locale",
        "title",
        "blocks",
        "type",
        "level",
        "text",
        "content",
        "items",
        "children",
        "href",
        "rows",
        "head",
        "caption",
        "sections",
        "tabs",
        "label",
        "page",
        "total_pages",
        "date",
        "id",
        "name",
        "navigation",
        "consent",
        "backend",
        "adapter",
        "x",
    ]);
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<i64>().prop_map(Value::from),
        prop::sample::select(vec![
            "en",
            "ja",
            "heading",
            "paragraph",
            "list",
            "table",
            "video",
            "accordion",
            "tabs",
            "javascript:alert(1)",
            "/en/news",
            "2026-02-30",
            "",
            "home",
            "<script>",
        ])
        .prop_map(Value::from),
        ".{0,12}".prop_map(Value::from),
    ];
    leaf.prop_recursive(5, 64, 6, move |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..6).prop_map(Value::Array),
            prop::collection::vec((keys.clone(), inner), 0..6).prop_map(|kv| Value::Object(
                kv.into_iter().map(|(k, v)| (k.to_string(), v)).collect()
            )),
        ]
    })
}

fn html_tree() -> impl Strategy<Value = HtmlNode> {
    let tags = prop::sample::select(vec![
        "p",
        "h1",
        "h3",
        "h6",
        "ul",
        "ol",
        "li",
        "table",
        "thead",
        "tbody",
        "tr",
        "th",
        "td",
        "caption",
        "a",
        "em",
        "strong",
        "img",
        "figure",
        "figcaption",
        "blockquote",
        "details",
        "summary",
        "script",
        "style",
        "iframe",
        "div",
        "span",
        "br",
        "svg",
        "form",
        "input",
    ]);
    let attrs = prop::collection::vec(
        (
            prop::sample::select(vec![
                "href", "src", "alt", "onerror", "style", "id", "lang", "width",
            ]),
            prop::sample::select(vec![
                "javascript:alert(1)",
                "/en/news",
                "https://city.example/a.png",
                "x",
                "data:text/html,x",
                "EN",
                "640",
                "",
            ]),
        ),
        0..3,
    );
    let leaf = ".{0,20}".prop_map(HtmlNode::Text);
    leaf.prop_recursive(8, 128, 6, move |inner| {
        (
            tags.clone(),
            attrs.clone(),
            prop::collection::vec(inner, 0..6),
        )
            .prop_map(|(tag, attrs, children)| HtmlNode::Element {
                tag: tag.to_string(),
                attrs: attrs
                    .into_iter()
                    .map(|(k, v)| (k.to_string(), v.to_string()))
                    .collect(),
                children,
            })
    })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    #[test]
    fn decoders_never_panic_on_any_text(text in ".{0,200}") {
        let _ = decode_page(&text, "en");
        let _ = decode_news(&text, "en");
        let _ = decode_site(&text, "en");
        let _ = decode_config(&text);
    }

    #[test]
    fn decoders_never_panic_on_contract_like_json(doc in json()) {
        let text = doc.to_string();
        let _ = decode_page(&text, "en");
        let _ = decode_news(&text, "en");
        let _ = decode_site(&text, "ja");
        let _ = decode_config(&text);
        let _ = serde_json::from_str::<FormDefinition>(&text).map(|f| check_definition(&f));
    }

    #[test]
    fn adapters_never_panic(doc in json(), text in ".{0,80}") {
        for kind in [AdapterKind::Native, AdapterKind::Wordpress, AdapterKind::Drupal] {
            let config = BackendConfig { adapter: kind, ..BackendConfig::default() };
            for body in [doc.to_string(), text.clone(), format!("[{doc}]"), format!("{{\"data\":[{doc}]}}")] {
                let _ = adapter::decode_page(&config, &body, "en", "home");
                let _ = adapter::decode_news(&config, &body, &[("X-WP-TotalPages", "x")], "en", 1);
            }
        }
    }

    #[test]
    fn the_allowlist_output_always_passes_the_contract(nodes in prop::collection::vec(html_tree(), 0..5)) {
        let blocks = to_blocks(&nodes);
        let _ = to_text(&nodes);
        let page = Page {
            slug: "p".into(),
            locale: "en".into(),
            title: "T".into(),
            kicker: None,
            summary: None,
            updated: None,
            breadcrumbs: Vec::new(),
            alternates: BTreeMap::new(),
            blocks,
        };
        prop_assert!(check_page(&page, "en").is_ok(), "{:?}", check_page(&page, "en"));
        // Text may say anything ("javascript:" in an alt text is just text); every link
        // target and image source must be safe.
        let json = serde_json::to_value(&page).unwrap();
        let mut unsafe_urls = Vec::new();
        urls(&json, &mut unsafe_urls);
        prop_assert!(unsafe_urls.is_empty(), "{:?}", unsafe_urls);
    }

    #[test]
    fn stored_consent_is_never_trusted_blindly(text in ".{0,120}", doc in json(), now in any::<u64>(), gpc in any::<bool>()) {
        let config = decode_config(include_str!("../../../public/config.json")).unwrap().consent.unwrap();
        for stored in [text, doc.to_string()] {
            let state = ConsentState::resolve(Some(&stored), &config, now, gpc);
            if let Ok(record) = ConsentRecord::parse(Some(&stored), &config, now) {
                prop_assert!(record.allows("necessary"));
            }
            let _ = state.needs_prompt(&config);
            let _ = state.consent_mode(&config);
        }
    }

    #[test]
    fn form_validation_never_panics(answers in prop::collection::btree_map(
        prop::sample::select(vec!["has_strategy", "strategy_url", "channels", "email", "x"]).prop_map(String::from),
        prop_oneof![".{0,30}".prop_map(Answer::Text), prop::collection::vec(".{0,8}", 0..4).prop_map(Answer::Many)],
        0..6,
    )) {
        let form: FormDefinition = serde_json::from_str(FORM).unwrap();
        check_definition(&form).unwrap();
        let _ = check_answers(&form, &answers);
    }

    #[test]
    fn fluent_loading_never_panics(text in "[-a-z={}$ \\n.*\\[\\]#]{0,200}", id in "[a-z-]{0,12}") {
        let (l10n, _) = Localizer::new(
            &[("ja", vec![Source { locale: "ja".into(), name: "main.ftl".into(), text: text.clone() }]),
              ("en", vec![Source { locale: "en".into(), name: "main.ftl".into(), text }])],
            &|_| {},
        );
        let _ = l10n.format(&id, None);
    }
}

/// Collects every `href`/`src` value of a serialised page that is not safe.
fn urls(v: &Value, out: &mut Vec<String>) {
    match v {
        Value::Object(map) => {
            for (k, v) in map {
                if let Value::String(s) = v {
                    let unsafe_href = k == "href" && !civic_core::content::is_safe_href(s);
                    let unsafe_src = k == "src" && !civic_core::content::is_safe_src(s);
                    if unsafe_href || unsafe_src {
                        out.push(format!("{k}={s}"));
                    }
                }
                urls(v, out);
            }
        }
        Value::Array(items) => items.iter().for_each(|i| urls(i, out)),
        _ => {}
    }
}

const FORM: &str = r#"{
  "id": "survey", "locale": "en", "title": "Survey",
  "sections": [{ "id": "s1", "title": "Strategy", "questions": [
    { "id": "has_strategy", "kind": "yes_no", "label": "Strategy?", "required": true },
    { "id": "strategy_url", "kind": "url", "label": "Where?", "required": true,
      "show_if": { "question": "has_strategy", "any_of": ["yes"] } },
    { "id": "channels", "kind": "checkboxes", "label": "Channels",
      "options": [{ "value": "web", "label": "Web" }, { "value": "none", "label": "None", "exclusive": true }] },
    { "id": "email", "kind": "email", "label": "Email", "max_length": 50 }
  ]}]
}"#;
