//! The WordPress and Drupal adapters on fixtures written from the public API documentation
//! (`tests/fixtures/wordpress/`, `tests/fixtures/drupal/`): exact request URLs, exact decoded
//! pages and news, `Ok(None)` for empty answers, JSON paths in errors, pagination, and the
//! fixture bodies converted to blocks the way the app does it.

use std::collections::BTreeMap;

use civic_core::adapter::{self, drupal, wordpress, PageSource};
use civic_core::config::{AdapterKind, BackendConfig};
use civic_core::content::{
    check_page, AccordionSection, Block, DecodeError, Inline, ListItem, NewsItem, NewsList, Page,
};
use civic_core::html::to_blocks;
use serde_json::{json, Value};

mod support;

use support::{heading, item, link, para, parse, strong, t};

const WP_BASE: &str = "https://cms.example.org/wp-json";
const DRUPAL_BASE: &str = "https://cms.example.org";

const WP_PAGE: &str = include_str!("fixtures/wordpress/page-accessibility.json");
const WP_POSTS: &str = include_str!("fixtures/wordpress/posts-page-1.json");
const WP_EMPTY: &str = include_str!("fixtures/wordpress/empty.json");
const DRUPAL_PAGE: &str = include_str!("fixtures/drupal/page-accessibility.json");
const DRUPAL_ARTICLES: &str = include_str!("fixtures/drupal/articles-page-1.json");
const DRUPAL_EMPTY: &str = include_str!("fixtures/drupal/empty.json");

fn config(adapter: AdapterKind, base: &str) -> BackendConfig {
    BackendConfig {
        adapter,
        base_url: base.into(),
        news_per_page: 3,
        ..BackendConfig::default()
    }
}

/// A fixture as a JSON value, changed by `edit`, as text again.
fn edited(fixture: &str, edit: impl FnOnce(&mut Value)) -> String {
    let mut value: Value = serde_json::from_str(fixture).expect("fixture is JSON");
    edit(&mut value);
    value.to_string()
}

fn wp_page(text: &str) -> Result<Option<PageSource>, DecodeError> {
    wordpress::decode_page(text, "en", "accessibility")
}

fn drupal_page(text: &str) -> Result<Option<PageSource>, DecodeError> {
    drupal::decode_page(text, "en", "accessibility")
}

fn expect_error<T: std::fmt::Debug>(result: Result<T, DecodeError>, path: &str, message: &str) {
    match result {
        Err(err) => {
            assert_eq!(err.path, path, "{err}");
            assert!(err.message.contains(message), "{err}");
        }
        Ok(value) => panic!("expected an error at {path}, got {value:?}"),
    }
}

fn audit_table(rows: usize) -> Block {
    let all = [
        ["1.1.1 Non-text content", "A", "Meets"],
        ["1.4.3 Contrast (minimum)", "AA", "Partly meets"],
        ["2.4.7 Focus visible", "AA", "Meets"],
    ];
    Block::Table {
        caption: "Results of the 2026 audit".into(),
        head: vec!["Criterion".into(), "Level".into(), "Status".into()],
        rows: all
            .iter()
            .take(rows)
            .map(|r| r.iter().map(|c| c.to_string()).collect())
            .collect(),
        row_headers: false,
    }
}

const INTRO: &str = "Sample City wants everyone to be able to use this website, including people who use a screen reader, a keyboard only, or screen magnification.";
const QUOTE: &str = "A city website is a public building: everyone must be able to get in.";

// ---------------------------------------------------------------- URLs

#[test]
fn wordpress_urls_are_exact() {
    assert_eq!(
        wordpress::page_url(WP_BASE, "en", "accessibility"),
        "https://cms.example.org/wp-json/wp/v2/pages?slug=accessibility&lang=en&_fields=id,slug,lang,title,excerpt,content,modified,translations"
    );
    assert_eq!(
        wordpress::news_url(WP_BASE, "ja", 2, 10),
        "https://cms.example.org/wp-json/wp/v2/posts?lang=ja&page=2&per_page=10&_fields=id,slug,date,title,excerpt,link,lang"
    );
    let wp = config(AdapterKind::Wordpress, WP_BASE);
    assert_eq!(
        adapter::page_url(&wp, "en", "accessibility"),
        wordpress::page_url(WP_BASE, "en", "accessibility")
    );
    assert_eq!(
        adapter::news_url(&wp, "en", 4),
        "https://cms.example.org/wp-json/wp/v2/posts?lang=en&page=4&per_page=3&_fields=id,slug,date,title,excerpt,link,lang"
    );
}

#[test]
fn drupal_urls_are_exact() {
    assert_eq!(
        drupal::page_url(DRUPAL_BASE, "en", "accessibility"),
        "https://cms.example.org/en/jsonapi/node/page?filter[path.alias]=/accessibility&filter[status]=1"
    );
    assert_eq!(
        drupal::news_url(DRUPAL_BASE, "ja", 1, 10),
        "https://cms.example.org/ja/jsonapi/node/article?sort=-created&filter[status]=1&page[limit]=10&page[offset]=0"
    );
    assert_eq!(
        drupal::news_url(DRUPAL_BASE, "en", 3, 10),
        "https://cms.example.org/en/jsonapi/node/article?sort=-created&filter[status]=1&page[limit]=10&page[offset]=20"
    );
    // Page 0 is a caller's bug, but must not underflow.
    assert!(drupal::news_url(DRUPAL_BASE, "en", 0, 10).ends_with("page[offset]=0"));
    assert!(
        drupal::news_url(DRUPAL_BASE, "en", u32::MAX, 100).ends_with("page[offset]=429496729400")
    );
    let dr = config(AdapterKind::Drupal, DRUPAL_BASE);
    assert_eq!(
        adapter::news_url(&dr, "en", 2),
        "https://cms.example.org/en/jsonapi/node/article?sort=-created&filter[status]=1&page[limit]=3&page[offset]=3"
    );
}

#[test]
fn odd_slugs_and_locales_are_percent_encoded() {
    let odd = "a b&lang=x#y/../z?q=1";
    let encoded = "a%20b%26lang%3Dx%23y%2F..%2Fz%3Fq%3D1";
    assert_eq!(
        wordpress::page_url(WP_BASE, "en", odd),
        format!("{WP_BASE}/wp/v2/pages?slug={encoded}&lang=en&_fields=id,slug,lang,title,excerpt,content,modified,translations")
    );
    assert_eq!(
        drupal::page_url(DRUPAL_BASE, "en", odd),
        format!(
            "{DRUPAL_BASE}/en/jsonapi/node/page?filter[path.alias]=/{encoded}&filter[status]=1"
        )
    );
    assert_eq!(
        wordpress::page_url(WP_BASE, "zh-Hant", "お知らせ"),
        format!("{WP_BASE}/wp/v2/pages?slug=%E3%81%8A%E7%9F%A5%E3%82%89%E3%81%9B&lang=zh-Hant&_fields=id,slug,lang,title,excerpt,content,modified,translations")
    );
    assert!(wordpress::news_url(WP_BASE, "en&per_page=100", 1, 10)
        .contains("?lang=en%26per_page%3D100&page=1&per_page=10&"));
    assert!(drupal::page_url(DRUPAL_BASE, "../admin", "x")
        .starts_with(&format!("{DRUPAL_BASE}/..%2Fadmin/jsonapi/")));
    assert!(wordpress::page_url(WP_BASE, "en", "100%_~.x").contains("slug=100%25_~.x&"));
}

// ---------------------------------------------------------------- WordPress pages

#[test]
fn wordpress_page_fixture_decodes() {
    let source = wp_page(WP_PAGE).unwrap().expect("a page");
    let expected = Page {
        slug: "accessibility".into(),
        locale: "en".into(),
        title: "Accessibility & usability – our statement".into(),
        kicker: None,
        summary: Some(
            "How Sample City makes this website usable for everyone, and how to tell us about problems."
                .into(),
        ),
        updated: Some("2026-03-04".into()),
        breadcrumbs: vec![],
        alternates: BTreeMap::from([
            ("en".to_string(), "accessibility".to_string()),
            ("ja".to_string(), "accessibility".to_string()),
        ]),
        blocks: vec![],
    };
    assert_eq!(source.page, expected);
    let body = source.body_html.expect("body html");
    assert!(body.contains("<figure class=\"wp-block-table\">"), "{body}");
    // Through the dispatch of adapter/mod.rs, too.
    let wp = config(AdapterKind::Wordpress, WP_BASE);
    let dispatched = adapter::decode_page(&wp, WP_PAGE, "en", "accessibility").unwrap();
    assert_eq!(dispatched.map(|s| s.page), Some(expected));
}

#[test]
fn wordpress_page_body_converts_to_the_expected_blocks() {
    let source = wp_page(WP_PAGE).unwrap().expect("a page");
    let blocks = to_blocks(&parse(source.body_html.as_deref().unwrap_or("")));
    let up = "https://cms.example.org/wp-content/uploads";
    let expected = vec![
        para(INTRO),
        heading(2, "Scope of this statement", Some("scope")),
        Block::Paragraph {
            content: vec![
                t("This statement covers "),
                strong("www.sample-city.example"),
                t(" and the "),
                link("online services", "/en/pages/online-services"),
                t(" run by the city. It does "),
                Inline {
                    em: true,
                    ..t("not")
                },
                t(" cover maps provided by third parties."),
            ],
        },
        Block::Image {
            src: format!("{up}/2026/02/city-hall-ramp-1024x576.jpg"),
            alt: "The step-free entrance ramp of City Hall".into(),
            caption: Some("The step-free entrance of City Hall, opened in 2025.".into()),
            width: Some(1024),
            height: Some(576),
        },
        heading(3, "What we check", None),
        Block::List {
            ordered: false,
            items: vec![
                item("Every page can be used with a keyboard alone"),
                ListItem {
                    content: vec![t("Colour contrast of text and controls")],
                    children: Some(Box::new(Block::List {
                        ordered: false,
                        items: vec![
                            item("Normal text: at least 4.5:1"),
                            item("Large text: at least 3:1"),
                        ],
                    })),
                },
                item("Text alternatives for images"),
            ],
        },
        audit_table(3),
        heading(3, "Known problems", None),
        Block::List {
            ordered: true,
            items: vec![
                item("Some older PDF documents are not tagged."),
                item("The event calendar cannot yet be used with a screen reader."),
            ],
        },
        Block::Accordion {
            sections: vec![
                AccordionSection {
                    title: "How do I report a problem?".into(),
                    blocks: vec![Block::Paragraph {
                        content: vec![
                            t("Write to "),
                            link("web@sample-city.example", "mailto:web@sample-city.example"),
                            t(" or call "),
                            link("03-0000-0000", "tel:+81-3-0000-0000"),
                            t(". We answer within 10 working days."),
                        ],
                    }],
                },
                AccordionSection {
                    title: "Can I get a document in another format?".into(),
                    blocks: vec![para(
                        "Yes. Ask for large print, Braille or an audio recording.",
                    )],
                },
            ],
        },
        Block::Quote {
            content: vec![t(QUOTE)],
            cite: Some("Mayor of Sample City".into()),
        },
        // The YouTube <iframe> is dropped; its caption remains.
        para("Video: using the City website with a screen reader"),
        Block::Paragraph {
            content: vec![
                Inline {
                    lang: Some("ja".into()),
                    ..t("ようこそ")
                },
                t(" means “welcome”. Read the full "),
                link(
                    "audit report (PDF)",
                    &format!("{up}/2026/03/accessibility-audit-2026.pdf"),
                ),
                t("."),
            ],
        },
    ];
    assert_eq!(blocks, expected);
    let mut page = source.page;
    page.blocks = blocks;
    check_page(&page, "en").expect("converted page passes the contract");
}

#[test]
fn wordpress_empty_answer_and_protected_pages_are_none() {
    assert_eq!(wp_page(WP_EMPTY).unwrap(), None);
    assert_eq!(wp_page(" [ ] ").unwrap(), None);
    let protected = edited(WP_PAGE, |v| v[0]["content"]["protected"] = json!(true));
    assert_eq!(wp_page(&protected).unwrap(), None);
    let wp = config(AdapterKind::Wordpress, WP_BASE);
    assert_eq!(
        adapter::decode_page(&wp, WP_EMPTY, "en", "accessibility").unwrap(),
        None
    );
}

#[test]
fn wordpress_optional_fields_may_be_missing() {
    let minimal = r#"[{"slug":"accessibility","title":{"rendered":"A &amp; B"},"content":{"rendered":"  "}}]"#;
    let source = wp_page(minimal).unwrap().expect("a page");
    assert_eq!(source.page.title, "A & B");
    assert_eq!(source.page.locale, "en");
    assert_eq!(source.page.summary, None);
    assert_eq!(source.page.updated, None);
    assert!(source.page.alternates.is_empty());
    assert_eq!(source.body_html, None);
    // PHP encodes an empty map as []; odd keys and non-ids are skipped; a bad date is omitted.
    let odd = edited(WP_PAGE, |v| {
        v[0]["translations"] = json!([]);
        v[0]["modified"] = json!("last Tuesday");
        v[0]["excerpt"]["rendered"] = json!("<p> </p>");
    });
    let page = wp_page(&odd).unwrap().expect("a page").page;
    assert!(page.alternates.is_empty());
    assert_eq!((page.updated, page.summary), (None, None));
    let keys = edited(WP_PAGE, |v| {
        v[0]["translations"] = json!({"fr": 7, "../x": 8, "de": 0, "it": null, "EN": 42});
    });
    let page = wp_page(&keys).unwrap().expect("a page").page;
    assert_eq!(page.alternates.keys().collect::<Vec<_>>(), vec!["EN", "fr"]);
    // Polylang language codes differing only in case are the requested locale.
    let upper = edited(WP_PAGE, |v| v[0]["lang"] = json!("EN"));
    assert_eq!(wp_page(&upper).unwrap().expect("a page").page.locale, "en");
}

#[test]
fn wordpress_prefers_the_match_in_the_requested_language() {
    let two = edited(WP_PAGE, |v| {
        let mut ja = v[0].clone();
        ja["lang"] = json!("ja");
        ja["title"]["rendered"] = json!("アクセシビリティ");
        let en = v[0].clone();
        *v = json!([ja, en]);
    });
    let page = wordpress::decode_page(&two, "ja", "accessibility")
        .unwrap()
        .expect("a page")
        .page;
    assert_eq!(
        (page.locale.as_str(), page.title.as_str()),
        ("ja", "アクセシビリティ")
    );
    let page = wp_page(&two).unwrap().expect("a page").page;
    assert_eq!(page.locale, "en");
}

#[test]
fn wordpress_page_errors_name_the_json_path() {
    expect_error(wp_page("<html>Error</html>"), ".", "expected value");
    expect_error(wp_page("[{\"slug\":"), "[0].slug", "EOF");
    expect_error(
        wp_page(r#"{"code":"rest_no_route","message":"No route","data":{"status":404}}"#),
        ".",
        "expected a sequence",
    );
    let number_title = edited(WP_PAGE, |v| v[0]["title"]["rendered"] = json!(7));
    expect_error(wp_page(&number_title), "[0].title.rendered", "invalid type");
    let no_content = edited(WP_PAGE, |v| {
        v[0].as_object_mut().map(|o| o.remove("content"));
    });
    expect_error(wp_page(&no_content), "[0]", "missing field `content`");
    let bad_lang = edited(WP_PAGE, |v| v[0]["lang"] = json!(["en"]));
    expect_error(wp_page(&bad_lang), "[0].lang", "invalid type");
    let empty_title = edited(WP_PAGE, |v| v[0]["title"]["rendered"] = json!("<b> </b>"));
    expect_error(
        wp_page(&empty_title),
        "[0].title.rendered",
        "must not be empty",
    );
    expect_error(
        wordpress::decode_page(WP_PAGE, "ja", "accessibility"),
        "[0].lang",
        "expected `ja`, found `en`",
    );
    expect_error(
        wordpress::decode_page(WP_PAGE, "en", "contact"),
        "[0].slug",
        "expected `contact`",
    );
    let bad_slug = edited(WP_PAGE, |v| v[0]["slug"] = json!("%e3%81%82"));
    expect_error(wp_page(&bad_slug), "[0].slug", "not a valid slug");
}

// ---------------------------------------------------------------- WordPress news

fn wp_news_items() -> Vec<NewsItem> {
    vec![
        NewsItem {
            id: "311".into(),
            title: "Road works on Station Street – March to May".into(),
            date: "2026-03-02".into(),
            summary: "From 10 March, one lane of Station Street will be closed between 9:00 and 16:00 on weekdays. Buses keep running …".into(),
            href: Some("/en/pages/station-street-road-works".into()),
            category: None,
        },
        NewsItem {
            id: "305".into(),
            title: "One card for the library & the pool: the “Sample Card”".into(),
            date: "2026-02-20".into(),
            summary: "Residents can now use a single card at the central library and the city pool. Continue reading".into(),
            href: Some("/en/pages/library-pool-card".into()),
            category: None,
        },
        NewsItem {
            id: "298".into(),
            title: "Evacuation drill on 1 March".into(),
            date: "2026-02-11".into(),
            summary: "The city-wide evacuation drill starts at 10:00. Sirens will sound for one minute.".into(),
            // A percent-encoded Japanese slug is not a portal slug: no link.
            href: None,
            category: None,
        },
    ]
}

#[test]
fn wordpress_news_fixture_decodes_with_header_pagination() {
    let headers = [("X-WP-Total", "23"), ("X-WP-TotalPages", "8")];
    let list = wordpress::decode_news(WP_POSTS, &headers, "en", 1, 3).unwrap();
    assert_eq!(
        list,
        NewsList {
            locale: "en".into(),
            page: 1,
            total_pages: 8,
            total_items: Some(23),
            items: wp_news_items(),
        }
    );
    // HTTP/2 lower-cases header names.
    let lower = [("x-wp-total", " 23 "), ("x-wp-totalpages", "8")];
    let list = wordpress::decode_news(WP_POSTS, &lower, "en", 8, 3).unwrap();
    assert_eq!(
        (list.page, list.total_pages, list.total_items),
        (8, 8, Some(23))
    );
    // Through the dispatch (news_per_page = 3 in this config).
    let wp = config(AdapterKind::Wordpress, WP_BASE);
    let list = adapter::decode_news(&wp, WP_POSTS, &headers, "en", 2).unwrap();
    assert_eq!((list.page, list.total_pages), (2, 8));
}

#[test]
fn wordpress_news_without_headers_guesses_from_a_full_page() {
    // 3 posts with 3 a page: there may be a next page.
    let list = wordpress::decode_news(WP_POSTS, &(), "en", 1, 3).unwrap();
    assert_eq!((list.total_pages, list.total_items), (2, None));
    // 3 posts with 10 a page: this is the last page.
    let list = wordpress::decode_news(WP_POSTS, &(), "en", 2, 10).unwrap();
    assert_eq!((list.page, list.total_pages), (2, 2));
    // Unparsable headers are ignored.
    let garbage = [("X-WP-Total", "many"), ("X-WP-TotalPages", "-1")];
    let list = wordpress::decode_news(WP_POSTS, &garbage, "en", 1, 10).unwrap();
    assert_eq!((list.total_pages, list.total_items), (1, None));
    // No posts at all: WordPress says 0 pages; the contract has at least 1.
    let none = [("X-WP-Total", "0"), ("X-WP-TotalPages", "0")];
    let list = wordpress::decode_news(WP_EMPTY, &none, "en", 1, 10).unwrap();
    assert_eq!(
        (list.total_pages, list.total_items, list.items.len()),
        (1, Some(0), 0)
    );
}

#[test]
fn a_wordpress_news_page_past_the_last_is_missing_not_a_server_problem() {
    let wp = config(AdapterKind::Wordpress, WP_BASE);
    // WordPress: 400 rest_post_invalid_page_number for page 9 of 3.
    assert!(adapter::news_page_missing(&wp, 400, 9));
    assert!(!adapter::news_page_missing(&wp, 400, 1));
    assert!(!adapter::news_page_missing(&wp, 500, 9));
    for kind in [AdapterKind::Native, AdapterKind::Drupal] {
        assert!(!adapter::news_page_missing(&config(kind, WP_BASE), 400, 9));
    }
}

#[test]
fn wordpress_news_errors_name_the_json_path() {
    let headers = [("X-WP-TotalPages", "2")];
    expect_error(
        wordpress::decode_news(WP_POSTS, &headers, "en", 3, 3),
        "page",
        "page 3 of 2",
    );
    let bad_date = edited(WP_POSTS, |v| v[1]["date"] = json!("20 Feb 2026"));
    expect_error(
        wordpress::decode_news(&bad_date, &(), "en", 1, 3),
        "[1].date",
        "YYYY-MM-DD",
    );
    let number_date = edited(WP_POSTS, |v| v[2]["date"] = json!(20260211));
    expect_error(
        wordpress::decode_news(&number_date, &(), "en", 1, 3),
        "[2].date",
        "invalid type",
    );
    let string_id = edited(WP_POSTS, |v| v[0]["id"] = json!("311"));
    expect_error(
        wordpress::decode_news(&string_id, &(), "en", 1, 3),
        "[0].id",
        "invalid type",
    );
    expect_error(
        wordpress::decode_news("{}", &(), "en", 1, 3),
        ".",
        "expected a sequence",
    );
    expect_error(wordpress::decode_news("", &(), "en", 1, 3), ".", "EOF");
}

// ---------------------------------------------------------------- Drupal pages

#[test]
fn drupal_page_fixture_decodes() {
    let source = drupal_page(DRUPAL_PAGE).unwrap().expect("a page");
    let expected = Page {
        slug: "accessibility".into(),
        locale: "en".into(),
        title: "Accessibility & usability statement".into(),
        kicker: None,
        summary: Some("How Sample City makes this website usable for everyone.".into()),
        updated: Some("2026-03-04".into()),
        breadcrumbs: vec![],
        alternates: BTreeMap::new(),
        blocks: vec![],
    };
    assert_eq!(source.page, expected);
    let body = source.body_html.expect("body html");
    assert!(body.starts_with("<p>Sample City wants"), "{body}");
    // body.value (unfiltered source) is never used.
    assert!(!body.contains("UNFILTERED-SOURCE-MARKER") && !body.contains("drupal-media"));
    let dr = config(AdapterKind::Drupal, DRUPAL_BASE);
    let dispatched = adapter::decode_page(&dr, DRUPAL_PAGE, "en", "accessibility").unwrap();
    assert_eq!(dispatched.map(|s| s.page), Some(expected));
}

#[test]
fn drupal_page_body_converts_to_the_expected_blocks() {
    let source = drupal_page(DRUPAL_PAGE).unwrap().expect("a page");
    let blocks = to_blocks(&parse(source.body_html.as_deref().unwrap_or("")));
    let expected = vec![
        para(INTRO),
        heading(2, "Scope of this statement", Some("scope")),
        Block::Paragraph {
            content: vec![
                t("This statement covers "),
                strong("www.sample-city.example"),
                t(" and the "),
                link("online services", "/en/pages/online-services"),
                t(" run by the city."),
            ],
        },
        Block::Image {
            src: "/sites/default/files/inline-images/city-hall-ramp.jpg".into(),
            alt: "The step-free entrance ramp of City Hall".into(),
            caption: None,
            width: Some(800),
            height: Some(450),
        },
        heading(3, "What we check", None),
        Block::List {
            ordered: false,
            items: vec![
                item("Every page can be used with a keyboard alone"),
                item("Colour contrast of text and controls"),
                item("Text alternatives for images"),
            ],
        },
        audit_table(2),
        Block::Quote {
            content: vec![t(QUOTE)],
            cite: None,
        },
        Block::Paragraph {
            content: vec![
                t("Questions? Write to "),
                link("web@sample-city.example", "mailto:web@sample-city.example"),
                t("."),
            ],
        },
    ];
    assert_eq!(blocks, expected);
    let mut page = source.page;
    page.blocks = blocks;
    check_page(&page, "en").expect("converted page passes the contract");
}

#[test]
fn drupal_empty_answer_is_none() {
    assert_eq!(drupal_page(DRUPAL_EMPTY).unwrap(), None);
    let dr = config(AdapterKind::Drupal, DRUPAL_BASE);
    assert_eq!(
        adapter::decode_page(&dr, DRUPAL_EMPTY, "en", "accessibility").unwrap(),
        None
    );
}

#[test]
fn drupal_page_fallbacks() {
    // No alias: the requested slug; neutral language: the requested locale; no processed body:
    // no body at all, even though `value` has HTML.
    let doc = edited(DRUPAL_PAGE, |v| {
        let a = &mut v["data"][0]["attributes"];
        a["path"]["alias"] = Value::Null;
        a["langcode"] = json!("und");
        a["body"]["processed"] = Value::Null;
        a["body"]["summary"] = json!("");
        a["changed"] = json!("yesterday");
    });
    let source = drupal_page(&doc).unwrap().expect("a page");
    assert_eq!(source.page.slug, "accessibility");
    assert_eq!(source.page.locale, "en");
    assert_eq!(source.page.summary, None);
    assert_eq!(source.page.updated, None);
    assert_eq!(source.body_html, None);
    let no_body = edited(DRUPAL_PAGE, |v| {
        v["data"][0]["attributes"]["body"] = Value::Null
    });
    assert_eq!(
        drupal_page(&no_body).unwrap().expect("a page").body_html,
        None
    );
}

#[test]
fn drupal_page_errors_name_the_json_path() {
    expect_error(drupal_page("not json"), ".", "expected");
    let object_data = edited(DRUPAL_PAGE, |v| v["data"] = json!({}));
    expect_error(drupal_page(&object_data), "data", "expected a sequence");
    let number_title = edited(DRUPAL_PAGE, |v| {
        v["data"][0]["attributes"]["title"] = json!(1)
    });
    expect_error(
        drupal_page(&number_title),
        "data[0].attributes.title",
        "invalid type",
    );
    let no_attributes = edited(DRUPAL_PAGE, |v| {
        v["data"][0].as_object_mut().map(|o| o.remove("attributes"));
    });
    expect_error(
        drupal_page(&no_attributes),
        "data[0]",
        "missing field `attributes`",
    );
    let bad_body = edited(DRUPAL_PAGE, |v| {
        v["data"][0]["attributes"]["body"]["processed"] = json!(true)
    });
    expect_error(
        drupal_page(&bad_body),
        "data[0].attributes.body.processed",
        "invalid type",
    );
    expect_error(
        drupal::decode_page(DRUPAL_PAGE, "ja", "accessibility"),
        "data[0].attributes.langcode",
        "expected `ja`, found `en`",
    );
    expect_error(
        drupal::decode_page(DRUPAL_PAGE, "en", "contact"),
        "data[0].attributes.path.alias",
        "expected `/contact`",
    );
    let nested_alias = edited(DRUPAL_PAGE, |v| {
        v["data"][0]["attributes"]["path"]["alias"] = json!("/about/accessibility")
    });
    expect_error(
        drupal_page(&nested_alias),
        "data[0].attributes.path.alias",
        "not a valid slug",
    );
    let blank_title = edited(DRUPAL_PAGE, |v| {
        v["data"][0]["attributes"]["title"] = json!("  ")
    });
    expect_error(
        drupal_page(&blank_title),
        "data[0].attributes.title",
        "must not be empty",
    );
}

// ---------------------------------------------------------------- Drupal news

#[test]
fn drupal_news_fixture_decodes_with_meta_count() {
    let list = drupal::decode_news(DRUPAL_ARTICLES, "en", 1, 3).unwrap();
    let long = "The city-wide evacuation drill starts at 10:00 on Sunday 1 March. Sirens will sound for one minute, and the emergency radio will broadcast instructions in English and Japanese. Please walk to your…";
    assert_eq!(
        list,
        NewsList {
            locale: "en".into(),
            page: 1,
            total_pages: 3,
            total_items: Some(7),
            items: vec![
                NewsItem {
                    id: "d1c4a7e2-0b3f-4c5d-9e8a-1f2b3c4d5e61".into(),
                    title: "Road works on Station Street – March to May".into(),
                    date: "2026-03-02".into(),
                    summary: "One lane of Station Street will be closed on weekdays from 10 March."
                        .into(),
                    href: Some("/en/pages/station-street-road-works".into()),
                    category: None,
                },
                NewsItem {
                    id: "e2d5b8f3-1c4a-4d6e-8f9b-2a3c4d5e6f72".into(),
                    title: "Evacuation drill on 1 March".into(),
                    date: "2026-02-11".into(),
                    // No summary: the body's text, cut at a word boundary.
                    summary: long.into(),
                    href: Some("/en/pages/evacuation-drill-2026".into()),
                    category: None,
                },
                NewsItem {
                    id: "f3e6c9a4-2d5b-4e7f-9a0c-3b4d5e6f7a83".into(),
                    title: "Sample City & its sister city sign a youth exchange".into(),
                    date: "2026-02-03".into(),
                    summary: "Twelve students will visit our sister city this summer.".into(),
                    // A two-segment alias is not a portal slug: no link.
                    href: None,
                    category: None,
                },
            ],
        }
    );
    assert!(long.chars().count() <= drupal::SUMMARY_CHARS + 1);
    let dr = config(AdapterKind::Drupal, DRUPAL_BASE);
    let dispatched = adapter::decode_news(&dr, DRUPAL_ARTICLES, &(), "en", 1).unwrap();
    assert_eq!(dispatched, list);
}

#[test]
fn drupal_news_pagination_without_meta_count_follows_links_next() {
    let no_count = edited(DRUPAL_ARTICLES, |v| {
        v.as_object_mut().map(|o| o.remove("meta"));
    });
    let list = drupal::decode_news(&no_count, "en", 2, 3).unwrap();
    assert_eq!(
        (list.page, list.total_pages, list.total_items),
        (2, 3, None)
    );
    let last = edited(&no_count, |v| {
        v["links"].as_object_mut().map(|o| o.remove("next"));
    });
    let list = drupal::decode_news(&last, "en", 2, 3).unwrap();
    assert_eq!((list.page, list.total_pages), (2, 2));
    let null_next = edited(&no_count, |v| v["links"]["next"] = Value::Null);
    assert_eq!(
        drupal::decode_news(&null_next, "en", 1, 3)
            .unwrap()
            .total_pages,
        1
    );
    // A count sent as a string (some JSON:API Extras versions) still counts.
    let string_count = edited(DRUPAL_ARTICLES, |v| v["meta"]["count"] = json!("10"));
    let list = drupal::decode_news(&string_count, "en", 1, 3).unwrap();
    assert_eq!((list.total_pages, list.total_items), (4, Some(10)));
    let empty = drupal::decode_news(DRUPAL_EMPTY, "en", 1, 10).unwrap();
    assert_eq!(
        (empty.total_pages, empty.total_items, empty.items.len()),
        (1, Some(0), 0)
    );
}

#[test]
fn drupal_news_errors_name_the_json_path() {
    expect_error(
        drupal::decode_news(DRUPAL_ARTICLES, "en", 4, 3),
        "page",
        "page 4 of 3",
    );
    let bad_created = edited(DRUPAL_ARTICLES, |v| {
        v["data"][1]["attributes"]["created"] = json!("soon")
    });
    expect_error(
        drupal::decode_news(&bad_created, "en", 1, 3),
        "data[1].attributes.created",
        "YYYY-MM-DD",
    );
    let missing = edited(DRUPAL_ARTICLES, |v| {
        v["data"][2]["attributes"]
            .as_object_mut()
            .map(|o| o.remove("created"));
    });
    expect_error(
        drupal::decode_news(&missing, "en", 1, 3),
        "data[2].attributes.created",
        "YYYY-MM-DD",
    );
    let number_id = edited(DRUPAL_ARTICLES, |v| v["data"][0]["id"] = json!(58));
    expect_error(
        drupal::decode_news(&number_id, "en", 1, 3),
        "data[0].id",
        "invalid type",
    );
    expect_error(
        drupal::decode_news("[]", "en", 1, 3),
        ".",
        "expected struct",
    );
}

#[test]
fn drupal_summaries_are_cut_at_word_boundaries() {
    assert_eq!(drupal::truncate("short text"), "short text");
    let words = "word ".repeat(100);
    let cut = drupal::truncate(&words);
    assert!(cut.ends_with("word…"), "{cut}");
    assert!(cut.chars().count() <= drupal::SUMMARY_CHARS + 1);
    // No spaces (Japanese): cut at the limit.
    let ja = "あ".repeat(300);
    assert_eq!(drupal::truncate(&ja), format!("{}…", "あ".repeat(200)));
    let exact = "x".repeat(drupal::SUMMARY_CHARS);
    assert_eq!(drupal::truncate(&exact), exact);
}

#[test]
fn fixtures_are_complete_json_documents() {
    for (name, text) in [
        ("wordpress/page-accessibility.json", WP_PAGE),
        ("wordpress/posts-page-1.json", WP_POSTS),
        ("wordpress/empty.json", WP_EMPTY),
        ("drupal/page-accessibility.json", DRUPAL_PAGE),
        ("drupal/articles-page-1.json", DRUPAL_ARTICLES),
        ("drupal/empty.json", DRUPAL_EMPTY),
    ] {
        let value: Value = serde_json::from_str(text).unwrap_or_else(|e| panic!("{name}: {e}"));
        if name.starts_with("drupal/") {
            assert_eq!(value["jsonapi"]["version"], "1.0", "{name}");
            assert!(value["links"]["self"]["href"].is_string(), "{name}");
            assert!(value["data"].is_array(), "{name}");
        } else {
            assert!(value.is_array(), "{name}");
        }
    }
}
