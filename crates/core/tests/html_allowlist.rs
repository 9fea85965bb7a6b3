//! CMS HTML → blocks (`civic_core::html::to_blocks`): exact blocks for representative
//! WordPress/Drupal markup, and a hostile-input suite proving that nothing executable, no
//! attribute and no unsafe URL survives, that depth and size are bounded, and that the output
//! always passes the contract's page checks.
//!
//! HTML is parsed with `scraper` (html5ever, the same HTML5 algorithm as the browser's
//! `DOMParser`) and converted into `HtmlNode` by [`parse`], iteratively so that the 10,000-deep
//! inputs exercise `to_blocks`, not this converter.

use civic_core::content::{
    check_page, is_safe_href, is_safe_src, AccordionSection, Block, Inline, ListItem, Page,
    MAX_BLOCK_DEPTH,
};
use civic_core::html::{to_blocks, to_blocks_from, to_text, HtmlNode, MAX_BLOCKS, MAX_RUNS};
mod support;

use support::{em, heading, item, link, p, para, parse, strong, t};

fn blocks(html: &str) -> Vec<Block> {
    to_blocks(&parse(html))
}

/// Every href and src in `blocks`, recursively.
fn urls(blocks: &[Block], hrefs: &mut Vec<String>, srcs: &mut Vec<String>) {
    fn inlines(content: &[Inline], hrefs: &mut Vec<String>) {
        hrefs.extend(content.iter().filter_map(|i| i.href.clone()));
    }
    for block in blocks {
        match block {
            Block::Paragraph { content }
            | Block::Quote { content, .. }
            | Block::Notice { content, .. } => inlines(content, hrefs),
            Block::List { items, .. } => {
                for item in items {
                    inlines(&item.content, hrefs);
                    if let Some(child) = &item.children {
                        urls(std::slice::from_ref(child), hrefs, srcs);
                    }
                }
            }
            Block::Image { src, .. } => srcs.push(src.clone()),
            Block::File { href, .. } => hrefs.push(href.clone()),
            // Never produced from CMS HTML (iframes are dropped).
            Block::Video { .. } => panic!("the allowlist must not produce a video block"),
            Block::Tabs { .. } => panic!("the allowlist must not produce a tabs block"),
            Block::Accordion { sections } => {
                for section in sections {
                    urls(&section.blocks, hrefs, srcs);
                }
            }
            Block::Heading { .. } | Block::Table { .. } | Block::Contact(_) => {}
        }
    }
}

/// The safety properties every conversion must have; returns the blocks' JSON.
fn assert_safe(html_name: &str, blocks: &[Block]) -> String {
    let json = serde_json::to_string(blocks).expect("blocks serialize");
    let lower = json.to_ascii_lowercase();
    for needle in [
        "javascript:",
        "<script",
        "onerror",
        "onload",
        "vbscript:",
        "data:text",
    ] {
        assert!(!lower.contains(needle), "{html_name}: `{needle}` in {json}");
    }
    let (mut hrefs, mut srcs) = (Vec::new(), Vec::new());
    urls(blocks, &mut hrefs, &mut srcs);
    for href in &hrefs {
        assert!(is_safe_href(href), "{html_name}: unsafe href {href:?}");
    }
    for src in &srcs {
        assert!(is_safe_src(src), "{html_name}: unsafe src {src:?}");
    }
    let page = Page {
        slug: "p".into(),
        locale: "en".into(),
        title: "T".into(),
        kicker: None,
        summary: None,
        updated: None,
        breadcrumbs: Vec::new(),
        alternates: Default::default(),
        blocks: blocks.to_vec(),
    };
    if let Err(err) = check_page(&page, "en") {
        panic!("{html_name}: output fails the contract: {err}");
    }
    json
}

// ---------------------------------------------------------------- representative markup

#[test]
fn headings_map_to_levels_two_to_four_and_keep_valid_ids() {
    let got = blocks(
        r#"<h1>Title</h1><h2 id="scope" class="wp-block-heading">Scope</h2><h3 id="Not valid!">Three</h3>
           <h4>Four <em>em</em></h4><h5>Five</h5><h6 onclick="x()">Six</h6><h2> </h2>"#,
    );
    assert_eq!(
        got,
        vec![
            heading(2, "Title", None),
            heading(2, "Scope", Some("scope")),
            heading(3, "Three", None),
            heading(4, "Four em", None),
            heading(4, "Five", None),
            heading(4, "Six", None),
        ]
    );
}

#[test]
fn paragraph_runs_merge_and_whitespace_collapses() {
    let got = blocks(
        "<p>\n  Hello <strong>big</strong> <em>world</em>, see <a href=\"/en/pages/x\" target=\"_blank\">the <b>page</b></a>.<br>Next   \n line </p>",
    );
    assert_eq!(
        got,
        vec![p(vec![
            t("Hello "),
            strong("big"),
            t(" "),
            em("world"),
            t(", see "),
            link("the ", "/en/pages/x"),
            Inline {
                strong: true,
                ..link("page", "/en/pages/x")
            },
            t(". Next line"),
        ])]
    );
}

#[test]
fn inline_elements_reduce_to_text_and_identical_runs_merge() {
    let got = blocks(
        "<p><i>a</i><cite>b</cite><em>c</em> <code>x()</code> <span class=\"y\">and</span> <small>s</small><abbr title=\"t\">ABBR</abbr><mark>m</mark><sub>2</sub><sup>3</sup><time datetime=\"2026-01-01\">1 Jan</time><u>u</u><s>s</s><b>b</b><strong>s</strong></p>",
    );
    assert_eq!(
        got,
        vec![p(vec![
            em("abc"),
            t(" x() and sABBRm231 Janus"),
            strong("bs")
        ])]
    );
}

#[test]
fn lang_attributes_on_inline_elements_are_kept_when_they_look_like_language_tags() {
    let got = blocks(
        r#"<p lang="fr"><span lang="ja">ようこそ</span> means welcome, <em lang="zh-Hant-TW">歡迎</em> too; <span lang="x y<z">bad</span> <span lang="-en">bad2</span></p>"#,
    );
    let lang = |text: &str, lang: &str, em: bool| Inline {
        lang: Some(lang.into()),
        em,
        ..t(text)
    };
    assert_eq!(
        got,
        vec![p(vec![
            lang("ようこそ", "ja", false),
            t(" means welcome, "),
            lang("歡迎", "zh-Hant-TW", true),
            t(" too; bad bad2"),
        ])]
    );
    let long = format!(r#"<p><span lang="{}">x</span></p>"#, "a".repeat(36));
    assert_eq!(blocks(&long), vec![para("x")]);
}

#[test]
fn lists_nest_through_list_items() {
    let got = blocks(
        r#"<ul class="wp-block-list">
             <li>One</li>
             <li><p>Two <strong>bold</strong></p>
               <ol><li>Two.a</li><li>Two.b</li></ol>
             </li>
             <li>   </li>
           </ul>
           <ol><li>First</li></ol>
           <ul><li></li><li><img src="/deco.png" alt=""></li></ul>
           <ul><li><a href="https://social.example/@samplecity"><img src="/icons/m.svg" alt="Sample City on Mastodon"></a></li></ul>"#,
    );
    assert_eq!(
        got,
        vec![
            Block::List {
                ordered: false,
                items: vec![
                    item("One"),
                    ListItem {
                        content: vec![t("Two "), strong("bold")],
                        children: Some(Box::new(Block::List {
                            ordered: true,
                            items: vec![item("Two.a"), item("Two.b")],
                        })),
                    },
                ],
            },
            Block::List {
                ordered: true,
                items: vec![item("First")],
            },
            Block::List {
                ordered: false,
                items: vec![ListItem {
                    content: vec![link(
                        "Sample City on Mastodon",
                        "https://social.example/@samplecity"
                    )],
                    children: None,
                }],
            },
        ]
    );
}

#[test]
fn tables_become_rectangular_with_header_and_caption() {
    let got = blocks(
        r#"<figure class="wp-block-table"><table class="has-fixed-layout">
             <thead><tr><th>Service</th><th>Fee</th><th>Notes</th></tr></thead>
             <tbody>
               <tr><th scope="row">Copy of residence record</th><td>300 yen</td><td>Per copy</td></tr>
               <tr><th>Seal certificate</th><td>300 yen</td></tr>
               <tr><th>Tax certificate</th><td>400 yen</td><td>a</td><td>extra</td></tr>
             </tbody>
           </table><figcaption class="wp-element-caption">Certificate fees</figcaption></figure>"#,
    );
    assert_eq!(
        got,
        vec![Block::Table {
            caption: "Certificate fees".into(),
            head: vec!["Service".into(), "Fee".into(), "Notes".into()],
            rows: vec![
                vec![
                    "Copy of residence record".into(),
                    "300 yen".into(),
                    "Per copy".into()
                ],
                vec!["Seal certificate".into(), "300 yen".into(), String::new()],
                vec!["Tax certificate".into(), "400 yen".into(), "a".into()],
            ],
            row_headers: true,
        }]
    );
}

#[test]
fn tables_without_thead_or_caption_fall_back() {
    // A first row of <th> is the header; without a caption the table has none (never one
    // made of its cells).
    let got = blocks("<table><tr><th>Day</th><th>Hours</th></tr><tr><td>Mon</td><td>8:30–17:15</td></tr></table>");
    assert_eq!(
        got,
        vec![Block::Table {
            caption: String::new(),
            head: vec!["Day".into(), "Hours".into()],
            rows: vec![vec!["Mon".into(), "8:30–17:15".into()]],
            row_headers: false,
        }]
    );
    // No header at all: the rows are all data, without column headers; an explicit
    // <caption> is kept; colspan pads.
    let got = blocks(
        "<table><caption> Opening hours </caption><tr><td colspan=\"2\">Weekdays</td></tr><tr><td>Mon</td><td>9</td></tr></table>",
    );
    assert_eq!(
        got,
        vec![Block::Table {
            caption: "Opening hours".into(),
            head: vec![],
            rows: vec![
                vec!["Weekdays".into(), String::new()],
                vec!["Mon".into(), "9".into()]
            ],
            row_headers: false,
        }]
    );
    // Empty header cells are kept; an empty table is dropped.
    let got = blocks("<table><thead><tr><th></th></tr></thead><tbody><tr><td>x</td></tr></tbody></table><table></table><table><tr><td> </td></tr></table>");
    assert_eq!(
        got,
        vec![Block::Table {
            caption: String::new(),
            head: vec![String::new()],
            rows: vec![vec!["x".into()]],
            row_headers: false,
        }]
    );
}

#[test]
fn images_need_a_safe_src_and_keep_alt_size_and_figure_caption() {
    let got = blocks(
        r#"<figure class="wp-block-image"><img src="https://cms.example.org/wp-content/uploads/bridge.jpg" alt="The  river bridge" width="640" height="480px" srcset="a 1x" class="wp-image-1"><figcaption>The bridge in spring</figcaption></figure>
           <p>Logo: <img src="/img/logo.png"> done</p>
           <img src="http://insecure.example/a.png" alt="insecure">
           <img src="data:image/png;base64,AAAA" alt="data">
           <img alt="no source">"#,
    );
    assert_eq!(
        got,
        vec![
            Block::Image {
                src: "https://cms.example.org/wp-content/uploads/bridge.jpg".into(),
                alt: "The river bridge".into(),
                caption: Some("The bridge in spring".into()),
                width: Some(640),
                height: None,
            },
            para("Logo:"),
            Block::Image {
                src: "/img/logo.png".into(),
                alt: String::new(),
                caption: None,
                width: None,
                height: None,
            },
            para("done"),
        ]
    );
}

#[test]
fn the_cms_own_images_are_kept_whatever_their_scheme_and_root_relative_ones_are_its() {
    let cms = Some("http://cms.test:8080");
    let srcs = |html: &str| -> Vec<String> {
        to_blocks_from(&parse(html), cms)
            .into_iter()
            .filter_map(|b| match b {
                Block::Image { src, .. } => Some(src),
                _ => None,
            })
            .collect()
    };
    assert_eq!(
        srcs(
            r#"<img src="http://cms.test:8080/up/a.png" alt="A"><img src="/up/b.png" alt="B"><img src="https://cdn.example/c.png" alt="C">"#
        ),
        [
            "http://cms.test:8080/up/a.png",
            "http://cms.test:8080/up/b.png",
            "https://cdn.example/c.png"
        ]
    );
    // Another host over http, a look-alike host, a protocol-relative or unsafe source: dropped.
    for html in [
        r#"<img src="http://other.test/a.png" alt="A">"#,
        r#"<img src="http://cms.test:8080.evil/a.png" alt="A">"#,
        r#"<img src="http://cms.test:80801/a.png" alt="A">"#,
        r#"<img src="//evil.example/a.png" alt="A">"#,
        r#"<img src="javascript:alert(1)" alt="A">"#,
        r#"<img src="http://cms.test:8080/a b.png" alt="A">"#,
    ] {
        assert_eq!(srcs(html), Vec::<String>::new(), "{html}");
    }
    // Without the CMS's origin (the native contract, a CMS on the app's own site): as before.
    assert_eq!(
        blocks(r#"<img src="http://cms.test:8080/up/a.png" alt="A">"#),
        vec![]
    );
}

#[test]
fn a_figure_caption_without_image_becomes_a_paragraph() {
    let got = blocks(
        r#"<figure class="wp-block-embed"><div class="wp-block-embed__wrapper"><iframe src="https://www.youtube.com/embed/x"></iframe></div><figcaption>Video: the festival</figcaption></figure>"#,
    );
    assert_eq!(got, vec![para("Video: the festival")]);
}

#[test]
fn blockquotes_become_quotes_with_cite() {
    let got = blocks(
        r#"<blockquote class="wp-block-quote"><p>We will <em>keep</em> the city safe.</p><p>Together.</p><cite>Mayor</cite></blockquote>
           <blockquote><p>Anonymous words</p></blockquote>
           <blockquote><p>Via footer</p><footer>— Council</footer></blockquote>"#,
    );
    assert_eq!(
        got,
        vec![
            Block::Quote {
                content: vec![t("We will "), em("keep"), t(" the city safe. Together.")],
                cite: Some("Mayor".into()),
            },
            Block::Quote {
                content: vec![t("Anonymous words")],
                cite: None,
            },
            Block::Quote {
                content: vec![t("Via footer")],
                cite: Some("— Council".into()),
            },
        ]
    );
}

#[test]
fn adjacent_details_become_one_accordion() {
    let got = blocks(
        r#"<details class="wp-block-details"><summary>How do I apply?</summary><p>Online or at the counter.</p></details>
           <details open><summary>What does it cost?</summary><ul><li>Nothing</li></ul></details>
           <h2>Other</h2>
           <details><summary>Alone</summary><p>Text</p></details>
           <details><p>No summary: shown as is</p></details>
           <details><summary>Title only</summary></details>"#,
    );
    assert_eq!(
        got,
        vec![
            Block::Accordion {
                sections: vec![
                    AccordionSection {
                        title: "How do I apply?".into(),
                        blocks: vec![para("Online or at the counter.")],
                    },
                    AccordionSection {
                        title: "What does it cost?".into(),
                        blocks: vec![Block::List {
                            ordered: false,
                            items: vec![item("Nothing")],
                        }],
                    },
                ],
            },
            heading(2, "Other", None),
            Block::Accordion {
                sections: vec![AccordionSection {
                    title: "Alone".into(),
                    blocks: vec![para("Text")],
                }],
            },
            para("No summary: shown as is"),
            p(vec![strong("Title only")]),
        ]
    );
}

#[test]
fn document_links_stay_inline_links() {
    let got = blocks(
        r#"<p><a href="/files/budget-2026.pdf">Budget 2026</a></p><div class="wp-block-file"><a href="https://cms.example.org/wp-content/uploads/fees.xlsx">Fees</a></div>"#,
    );
    assert_eq!(
        got,
        vec![
            p(vec![link("Budget 2026", "/files/budget-2026.pdf")]),
            p(vec![link(
                "Fees",
                "https://cms.example.org/wp-content/uploads/fees.xlsx"
            )]),
        ]
    );
}

#[test]
fn containers_are_transparent_and_loose_text_becomes_paragraphs() {
    let got = blocks(
        r#"Loose <b>text</b>
           <div class="wp-block-group"><section><article><header>Header text</header>
             <main><aside><center><font color="red">Old markup</font></center></aside></main>
             <footer>Footer text</footer></article></section></div>
           <hr>after rule
           <p></p><p>&nbsp;</p><p> <br> </p><ul> </ul>"#,
    );
    assert_eq!(
        got,
        vec![
            p(vec![t("Loose "), strong("text")]),
            para("Header text"),
            para("Old markup"),
            para("Footer text"),
            para("after rule"),
        ]
    );
}

#[test]
fn unknown_link_targets_render_as_text() {
    let got = blocks(
        r##"<p><a href="#scope">Anchor</a> <a href="mailto:a@sample-city.example">Mail</a> <a>No href</a> <a href="relative/path">Relative</a> <a href="//evil.example">Proto</a></p>"##,
    );
    assert_eq!(
        got,
        vec![p(vec![
            link("Anchor", "#scope"),
            t(" "),
            link("Mail", "mailto:a@sample-city.example"),
            t(" No href Relative Proto"),
        ])]
    );
}

fn ruby(text: &str, reading: &str) -> Inline {
    Inline {
        ruby: Some(reading.into()),
        ..t(text)
    }
}

#[test]
fn ruby_annotations_become_annotated_runs() {
    let got = blocks("<p><ruby>防災<rp>(</rp><rt>ぼうさい</rt><rp>)</rp></ruby>訓練</p>");
    assert_eq!(got, vec![p(vec![ruby("防災", "ぼうさい"), t("訓練")])]);
    // One base-reading pair per `<rt>`, each its own run even next to each other; spaces
    // collapse; the `lang` and emphasis around the ruby carry over.
    let got = blocks(
        "<p>a <ruby lang=\"ja\">漢<rt>かん</rt> 字 <rt> じ </rt></ruby> <strong><ruby>市<rt>し</rt></ruby></strong></p>",
    );
    let lang = |run: Inline| Inline {
        lang: Some("ja".into()),
        ..run
    };
    assert_eq!(
        got,
        vec![p(vec![
            t("a "),
            lang(ruby("漢", "かん")),
            lang(ruby("字", "じ")),
            t(" "),
            Inline {
                strong: true,
                ..ruby("市", "し")
            },
        ])]
    );
    // A base without a reading is plain text; a stray `<rt>` reads in parentheses; hostile
    // markup inside keeps only its text.
    assert_eq!(blocks("<p><ruby>東京</ruby></p>"), vec![para("東京")]);
    assert_eq!(
        blocks("<p>東京<rt>とうきょう</rt></p>"),
        vec![para("東京(とうきょう)")]
    );
    assert_eq!(
        blocks("<p><ruby><img src=x onerror=alert(1)>漢<script>x</script><rt><b>かん</b></rt></ruby></p>"),
        vec![p(vec![ruby("漢", "かん")])]
    );
}

#[test]
fn to_text_of_parsed_html() {
    assert_eq!(
        to_text(&parse(
            "<p>A&amp;B</p><script>x</script><ul><li>one</li><li>two</li></ul>"
        )),
        "A&B one two"
    );
}

// ---------------------------------------------------------------- hostile input

/// Hostile fragments with the blocks each must produce.
fn hostile_cases() -> Vec<(&'static str, String, Vec<Block>)> {
    let cases: Vec<(&str, &str, Vec<Block>)> = vec![
        ("script", "<p>a</p><script>alert('x')</script><p>b</p>", vec![para("a"), para("b")]),
        ("script in p", "<p>a<script>document.write('<p>x</p>')</script>b</p>", vec![para("ab")]),
        ("style", "<style>body{background:url(javascript:alert(1))}</style><p>ok</p>", vec![para("ok")]),
        ("iframe", "<iframe src=\"javascript:alert(1)\">fallback</iframe><p>ok</p>", vec![para("ok")]),
        ("iframe srcdoc", "<iframe srcdoc=\"&lt;script&gt;alert(1)&lt;/script&gt;\"></iframe>", vec![]),
        ("img onerror", "<img src=x onerror=alert(1)>", vec![]),
        (
            "safe img with handlers",
            "<img src=\"/a.png\" alt=\"A\" onerror=\"alert(1)\" onload=\"alert(2)\" style=\"x\">",
            vec![Block::Image { src: "/a.png".into(), alt: "A".into(), caption: None, width: None, height: None }],
        ),
        ("img javascript src", "<img src=\"javascript:alert(1)\" alt=\"x\">", vec![]),
        ("link javascript", "<a href=\"javascript:alert(1)\">click</a>", vec![para("click")]),
        ("link mixed case", "<a href=\" JaVaScRiPt:alert(1)\">click</a>", vec![para("click")]),
        ("link data", "<a href=\"data:text/html,<script>alert(1)</script>\">click</a>", vec![para("click")]),
        ("link vbscript", "<a href=\"vbscript:msgbox(1)\">click</a>", vec![para("click")]),
        ("link entity colon", "<a href=\"javascript&colon;alert(1)\">click</a>", vec![para("click")]),
        ("link numeric entities", "<a href=\"&#106;&#97;vascript:alert(1)\">click</a>", vec![para("click")]),
        ("link tab", "<a href=\"java&#x09;script:alert(1)\">click</a>", vec![para("click")]),
        ("link newline", "<a href=\"java\nscript:alert(1)\">click</a>", vec![para("click")]),
        ("link handlers", "<a href=\"/ok\" onclick=\"alert(1)\" onmouseover=\"alert(2)\">ok</a>", vec![p(vec![link("ok", "/ok")])]),
        ("svg", "<svg onload=alert(1)><script>alert(2)</script><text>svg text</text></svg><p>ok</p>", vec![para("ok")]),
        ("svg a", "<svg><a href=\"javascript:alert(1)\"><text>x</text></a></svg>", vec![]),
        ("math", "<math><mi xlink:href=\"javascript:alert(1)\">x</mi></math>", vec![]),
        ("form", "<form action=\"https://evil.example\"><input name=q value=\"v\"><button formaction=\"javascript:alert(1)\">Go</button><select><option>o</option></select><textarea>t</textarea></form><p>ok</p>", vec![para("ok")]),
        ("object", "<object data=\"javascript:alert(1)\"><param name=x value=y>fallback</object>", vec![]),
        ("embed", "<embed src=\"javascript:alert(1)\">", vec![]),
        ("base", "<base href=\"https://evil.example/\"><p><a href=\"/x\">x</a></p>", vec![p(vec![link("x", "/x")])]),
        ("meta refresh", "<meta http-equiv=\"refresh\" content=\"0;url=javascript:alert(1)\"><p>ok</p>", vec![para("ok")]),
        ("link import", "<link rel=\"import\" href=\"https://evil.example/x.html\"><p>ok</p>", vec![para("ok")]),
        // Parsed with scripting on (as DOMParser does): the <img> escapes the <noscript> but has
        // no safe src; only the stray `">` text remains.
        ("noscript mxss", "<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\"></noscript>", vec![para("\">")]),
        ("template", "<template><script>alert(1)</script><p>hidden</p></template><p>ok</p>", vec![para("ok")]),
        ("media", "<video src=\"/v.mp4\" onloadstart=\"alert(1)\"><track src=\"/t.vtt\">no video</video><audio src=\"/a.mp3\">no audio</audio><canvas>c</canvas>", vec![]),
        ("dialog", "<dialog open><p>modal</p></dialog><p>ok</p>", vec![para("ok")]),
        ("frameset", "<frameset onload=alert(1)><frame src=\"javascript:alert(1)\"></frameset><p>ok</p>", vec![para("ok")]),
        ("applet", "<applet code=\"x\">applet</applet><p>ok</p>", vec![para("ok")]),
        ("heading handlers", "<h2 id=\"x\" onclick=\"alert(1)\" style=\"color:red\">Safe</h2>", vec![heading(2, "Safe", Some("x"))]),
        ("details ontoggle", "<details open ontoggle=alert(1)><summary>S</summary><p>x</p></details>", vec![Block::Accordion { sections: vec![AccordionSection { title: "S".into(), blocks: vec![para("x")] }] }]),
        ("table handlers", "<table onmouseover=alert(1)><tr><th background=\"javascript:alert(1)\">H</th></tr></table>", vec![Block::Table { caption: String::new(), head: vec!["H".into()], rows: vec![], row_headers: false }]),
        ("escaped markup stays text", "<p>&lt;b&gt;bold?&lt;/b&gt;</p>", vec![para("<b>bold?</b>")]),
    ];
    cases
        .into_iter()
        .map(|(name, html, want)| (name, html.to_string(), want))
        .collect()
}

#[test]
fn hostile_fragments_produce_exactly_the_safe_blocks() {
    for (name, html, want) in hostile_cases() {
        let got = blocks(&html);
        assert_safe(name, &got);
        assert_eq!(got, want, "{name}: {html}");
    }
}

#[test]
fn no_attribute_other_than_the_allowlisted_ones_is_copied() {
    let got = blocks(
        r#"<p class="c" style="s" data-x="DATAX"><a href="/ok" title="TITLEX" rel="REL" target="_top" download>ok</a></p><img src="/i.png" alt="ALT" title="TITLEX" srcset="SRCSETX" loading="lazy" class="CLASSX">"#,
    );
    let json = assert_safe("attributes", &got);
    for leaked in [
        "TITLEX", "DATAX", "REL", "_top", "SRCSETX", "CLASSX", "lazy", "class", "style",
    ] {
        assert!(!json.contains(leaked), "{leaked} leaked into {json}");
    }
    assert!(json.contains("\"alt\":\"ALT\""), "{json}");
}

#[test]
fn ten_thousand_nested_divs_neither_overflow_nor_grow() {
    let html = format!("{}deep{}", "<div>".repeat(10_000), "</div>".repeat(10_000));
    let got = blocks(&html);
    assert_safe("nested divs", &got);
    assert_eq!(got, vec![para("deep")]);
}

#[test]
fn deeply_nested_lists_accordions_and_quotes_stay_within_the_contract() {
    let lists = format!(
        "{}x{}",
        "<ul><li>x".repeat(2_000),
        "</li></ul>".repeat(2_000)
    );
    let got = blocks(&lists);
    assert_safe("nested lists", &got);
    // The list keeps its structure down to MAX_BLOCK_DEPTH, then the rest is text.
    let mut depth = 0;
    let mut block = got.first().expect("a list");
    while let Block::List { items, .. } = block {
        match items.first().and_then(|i| i.children.as_deref()) {
            Some(child) => {
                depth += 1;
                block = child;
            }
            None => break,
        }
    }
    assert_eq!(depth, MAX_BLOCK_DEPTH);

    let details = format!(
        "{}x{}",
        "<details><summary>s</summary>".repeat(1_000),
        "</details>".repeat(1_000)
    );
    assert_safe("nested details", &blocks(&details));
    let quotes = format!(
        "{}q{}",
        "<blockquote>".repeat(2_000),
        "</blockquote>".repeat(2_000)
    );
    assert_eq!(
        blocks(&quotes),
        vec![Block::Quote {
            content: vec![t("q")],
            cite: None
        }]
    );
    let spans = format!(
        "{}s{}",
        "<em><span>".repeat(2_000),
        "</span></em>".repeat(2_000)
    );
    assert_eq!(blocks(&spans), vec![p(vec![em("s")])]);
    let tables = format!(
        "{}cell{}",
        "<table><tr><td>".repeat(500),
        "</td></tr></table>".repeat(500)
    );
    assert_safe("nested tables", &blocks(&tables));
}

#[test]
fn a_hand_built_tree_100_000_levels_deep_is_walked_without_recursion() {
    // Independent of any parser's own limits: the tree the app's DOM walker could build.
    let mut node = HtmlNode::Text("bottom".into());
    for i in 0..100_000 {
        // Outermost to innermost: section, div, ul, li, details, blockquote, em, span, ...
        let tag = [
            "span",
            "em",
            "blockquote",
            "details",
            "li",
            "ul",
            "div",
            "section",
        ][i % 8];
        node = HtmlNode::Element {
            tag: tag.into(),
            attrs: vec![("onclick".into(), "alert(1)".into())],
            children: vec![node],
        };
    }
    let got = to_blocks(std::slice::from_ref(&node));
    let json = assert_safe("hand-built deep tree", &got);
    assert!(json.contains("bottom"), "{json}");
    assert!(json.len() < 10_000, "{} bytes", json.len());
    assert_eq!(to_text(std::slice::from_ref(&node)), "bottom");
}

#[test]
fn a_hundred_thousand_characters_of_text_stay_one_paragraph() {
    let text = "a".repeat(100_000);
    let got = blocks(&format!("<p>{text}</p>"));
    assert_safe("long text", &got);
    assert_eq!(got, vec![para(&text)]);
}

#[test]
fn a_paragraph_of_ten_thousand_runs_is_capped_and_keeps_its_text() {
    let n = 5_000;
    let html = format!(
        "<p>{}</p>",
        "<b>x</b><a href=\"/en/pages/a\">y</a>".repeat(n)
    );
    let got = blocks(&html);
    let [Block::Paragraph { content }] = got.as_slice() else {
        panic!("one paragraph expected, got {} blocks", got.len());
    };
    assert_eq!(content.len(), MAX_RUNS);
    // Every word is still there; past the cap, as plain text without links.
    let text: String = content.iter().map(|r| r.text.as_str()).collect();
    assert_eq!(text, "xy".repeat(n));
    let last = content.last().unwrap();
    assert!(!last.strong && last.href.is_none(), "{last:?}");
    assert!(content[..MAX_RUNS - 1]
        .iter()
        .all(|r| r.strong != r.href.is_some()));
}

#[test]
fn output_is_capped_at_max_blocks() {
    let html = "<p>x</p>".repeat(MAX_BLOCKS + 2_000);
    let got = blocks(&html);
    assert_eq!(got.len(), MAX_BLOCKS);
    let nested = "<details><summary>s</summary><p>a</p><p>b</p></details>".repeat(MAX_BLOCKS);
    let got = blocks(&nested);
    fn count(blocks: &[Block]) -> usize {
        blocks
            .iter()
            .map(|b| match b {
                Block::Accordion { sections } => {
                    1 + sections.iter().map(|s| count(&s.blocks)).sum::<usize>()
                }
                _ => 1,
            })
            .sum()
    }
    assert!(count(&got) <= MAX_BLOCKS, "{} blocks", count(&got));
    assert!(count(&got) > MAX_BLOCKS / 2);
}

#[test]
fn hand_built_trees_with_upper_case_tags_are_filtered_too() {
    // The app's DOM walker might pass `tagName` (upper case) rather than `localName`.
    let el = |tag: &str, attrs: Vec<(&str, &str)>, children: Vec<HtmlNode>| HtmlNode::Element {
        tag: tag.into(),
        attrs: attrs
            .into_iter()
            .map(|(k, v)| (k.into(), v.into()))
            .collect(),
        children,
    };
    let nodes = vec![
        el("SCRIPT", vec![], vec![HtmlNode::Text("alert(1)".into())]),
        el(
            "P",
            vec![],
            vec![el(
                "A",
                vec![("HREF", "JAVASCRIPT:alert(1)"), ("ONCLICK", "x")],
                vec![HtmlNode::Text("x".into())],
            )],
        ),
        el("H2", vec![("ID", "ok")], vec![HtmlNode::Text("H".into())]),
    ];
    let got = to_blocks(&nodes);
    assert_safe("upper case", &got);
    assert_eq!(got, vec![para("x"), heading(2, "H", Some("ok"))]);
}
