//! Site search without a server: an index of a locale's pages and news made at build time
//! ([`SearchIndex::build`]), and the search the app runs on it ([`SearchIndex::search`]) with
//! the matched words marked ([`marks`]).
//!
//! Japanese, Chinese and Korean put no spaces between words, so splitting on spaces finds
//! nothing there. A run of CJK characters (Han, kana, Hangul) is indexed as overlapping
//! pairs of characters (bigrams, as CJK search engines such as Lucene's CJK analyser do): the
//! query 防災訓練 becomes 防災 · 災訓 · 訓練, and a page matches when it has all of them.
//! Other text is split into words. Both sides are folded the same way first: lower case, and
//! full-width Latin letters and digits as ASCII (ＡＢＣ１２ → abc12), so a query typed with a
//! Japanese input method finds the same pages.

use std::collections::{BTreeMap, BTreeSet};

use serde::{Deserialize, Serialize};

use crate::content::{Block, Inline, Page};

/// The version of the index file; another version is refused by [`SearchIndex::decode`].
pub const INDEX_VERSION: u32 = 1;

/// Longest query the search looks at (characters): a pasted paragraph is cut.
const MAX_QUERY_CHARS: usize = 200;

/// What a result links to.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SearchDoc {
    /// The app's address of the page or news item (`/ja/pages/disaster-prevention`).
    pub href: String,
    pub title: String,
    /// The text shown under the title in the results.
    pub summary: String,
    /// `page` or `news`.
    pub kind: String,
    /// The language of the document when it is not the index's (a page the locale has no
    /// translation of, shown from its fallback chain).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lang: Option<String>,
}

/// A locale's search index, as stored in `search/<locale>.json`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SearchIndex {
    pub version: u32,
    pub locale: String,
    pub docs: Vec<SearchDoc>,
    /// Each term with the documents that contain it (indices into `docs`, ascending).
    pub terms: BTreeMap<String, Vec<u32>>,
    /// Terms found in each document's title (ranked first).
    pub title_terms: BTreeMap<String, Vec<u32>>,
}

/// A document to index: what is shown, and all its text.
pub struct Source {
    pub doc: SearchDoc,
    pub text: String,
}

/// One result.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Hit {
    pub doc: u32,
    /// How many query terms are in the title.
    pub in_title: usize,
}

/// Whether `c` is written without spaces between words (Han, Hiragana, Katakana, Hangul,
/// and their compatibility and half-width forms).
pub fn is_cjk(c: char) -> bool {
    matches!(c as u32,
        0x3040..=0x30FF     // Hiragana, Katakana
        | 0x31F0..=0x31FF   // Katakana phonetic extensions
        | 0x3400..=0x4DBF   // CJK extension A
        | 0x4E00..=0x9FFF   // CJK unified ideographs
        | 0xF900..=0xFAFF   // CJK compatibility ideographs
        | 0xFF66..=0xFF9F   // half-width Katakana
        | 0x1100..=0x11FF   // Hangul Jamo
        | 0x3130..=0x318F   // Hangul compatibility Jamo
        | 0xAC00..=0xD7AF   // Hangul syllables
        | 0x20000..=0x2FFFF // CJK extensions B and later
    ) || c == '々'
}

/// `c` folded for comparison: full-width ASCII as ASCII, then lower case for ASCII and the
/// Latin-1 letters (À → à). Unicode's full case tables are left out on purpose: they would
/// add about 17 KB to the app for scripts the portal's languages do not case.
fn fold_char(c: char) -> char {
    let c = match c as u32 {
        0xFF01..=0xFF5E => char::from_u32(c as u32 - 0xFEE0).unwrap_or(c),
        0x3000 => ' ',
        _ => c,
    };
    match c as u32 {
        0x41..=0x5A | 0xC0..=0xD6 | 0xD8..=0xDE => char::from_u32(c as u32 + 0x20).unwrap_or(c),
        _ => c,
    }
}

/// Whether `c` belongs to a word: ASCII letters and digits, and letters of other scripts
/// (anything from Latin-1 up that is not a space, punctuation or symbol block).
fn is_word_char(c: char) -> bool {
    c.is_ascii_alphanumeric()
        || (c as u32 >= 0xC0
            && c != '\u{D7}'
            && c != '\u{F7}'
            && !matches!(c as u32,
                0x2000..=0x2BFF     // punctuation, symbols, arrows, shapes
                | 0x3000..=0x303F   // CJK symbols and punctuation
                | 0xFE30..=0xFE4F   // CJK compatibility forms
                | 0xFF00..=0xFF0F | 0xFF1A..=0xFF20 | 0xFF3B..=0xFF40 | 0xFF5B..=0xFF65
                | 0xFFF0..=0xFFFF
            ))
}

/// `text` folded for comparison ([`fold_char`] on every character).
pub fn fold(text: &str) -> String {
    text.chars().map(fold_char).collect()
}

/// The terms of `text`: its words, and the bigrams of its CJK runs (a single CJK character
/// on its own is a term too).
pub fn terms(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    for (run, cjk) in runs(text) {
        let chars: Vec<char> = run.chars().collect();
        if cjk && chars.len() > 1 {
            out.extend(chars.windows(2).map(|w| w.iter().collect::<String>()));
        } else {
            out.push(run);
        }
    }
    out
}

/// The folded runs of `text`: words, and runs of CJK characters (`true`), split at spaces,
/// punctuation and wherever one kind of run meets the other.
fn runs(text: &str) -> Vec<(String, bool)> {
    let mut out: Vec<(String, bool)> = Vec::new();
    let mut current = String::new();
    let mut current_cjk = false;
    for c in text.chars().map(fold_char) {
        let cjk = is_cjk(c);
        let word = is_word_char(c);
        let boundary = !(cjk || word) || cjk != current_cjk;
        if boundary && !current.is_empty() {
            out.push((std::mem::take(&mut current), current_cjk));
        }
        if cjk || word {
            current.push(c);
            current_cjk = cjk;
        }
    }
    if !current.is_empty() {
        out.push((current, current_cjk));
    }
    out
}

/// The parts of a query that are marked in results: its words and CJK runs, folded, distinct.
fn query_parts(query: &str) -> Vec<String> {
    let query: String = query.chars().take(MAX_QUERY_CHARS).collect();
    runs(&query)
        .into_iter()
        .map(|(run, _)| run)
        .collect::<BTreeSet<String>>()
        .into_iter()
        .collect()
}

/// Byte ranges of `text` where a word or CJK run of `query` occurs (compared folded),
/// sorted and merged: what the results mark.
pub fn marks(text: &str, query: &str) -> Vec<(usize, usize)> {
    let parts = query_parts(query);
    if parts.is_empty() {
        return Vec::new();
    }
    // Folded characters with the byte range of the original character each came from.
    let mut folded: Vec<(char, usize, usize)> = Vec::new();
    for (at, c) in text.char_indices() {
        folded.push((fold_char(c), at, at + c.len_utf8()));
    }
    let mut ranges = Vec::new();
    for part in &parts {
        let needle: Vec<char> = part.chars().collect();
        if needle.is_empty() || needle.len() > folded.len() {
            continue;
        }
        for start in 0..=folded.len() - needle.len() {
            if folded[start..start + needle.len()]
                .iter()
                .zip(&needle)
                .all(|((f, _, _), n)| f == n)
            {
                ranges.push((folded[start].1, folded[start + needle.len() - 1].2));
            }
        }
    }
    ranges.sort_unstable();
    let mut merged: Vec<(usize, usize)> = Vec::new();
    for (s, e) in ranges {
        match merged.last_mut() {
            Some(last) if s <= last.1 => last.1 = last.1.max(e),
            _ => merged.push((s, e)),
        }
    }
    merged
}

impl SearchIndex {
    /// The index of `sources` in `locale`.
    pub fn build(locale: &str, sources: Vec<Source>) -> SearchIndex {
        let mut terms: BTreeMap<String, BTreeSet<u32>> = BTreeMap::new();
        let mut title_terms: BTreeMap<String, BTreeSet<u32>> = BTreeMap::new();
        let mut docs = Vec::with_capacity(sources.len());
        for (i, source) in sources.into_iter().enumerate() {
            let id = i as u32;
            for term in terms_of(&source.doc.title) {
                title_terms.entry(term.clone()).or_default().insert(id);
                terms.entry(term).or_default().insert(id);
            }
            for term in terms_of(&source.doc.summary)
                .into_iter()
                .chain(terms_of(&source.text))
            {
                terms.entry(term).or_default().insert(id);
            }
            docs.push(source.doc);
        }
        let flat = |m: BTreeMap<String, BTreeSet<u32>>| {
            m.into_iter()
                .map(|(k, v)| (k, v.into_iter().collect()))
                .collect()
        };
        SearchIndex {
            version: INDEX_VERSION,
            locale: locale.to_string(),
            docs,
            terms: flat(terms),
            title_terms: flat(title_terms),
        }
    }

    /// Reads an index file, refusing another version, another locale, or document numbers
    /// that point past the documents.
    pub fn decode(text: &str, expected_locale: &str) -> Result<SearchIndex, String> {
        let index: SearchIndex = serde_json::from_str(text).map_err(|e| e.to_string())?;
        if index.version != INDEX_VERSION {
            return Err(format!("version {} is not {INDEX_VERSION}", index.version));
        }
        if index.locale != expected_locale {
            return Err(format!(
                "locale `{}` is not `{expected_locale}`",
                index.locale
            ));
        }
        let n = index.docs.len() as u32;
        if index
            .terms
            .values()
            .chain(index.title_terms.values())
            .flatten()
            .any(|&d| d >= n)
        {
            return Err("a term points past the documents".into());
        }
        Ok(index)
    }

    /// The documents that contain every term of `query`, those with more of them in the title
    /// first, then in the index's order. An empty query finds nothing.
    pub fn search(&self, query: &str) -> Vec<Hit> {
        let query: String = query.chars().take(MAX_QUERY_CHARS).collect();
        let wanted: Vec<String> = terms_of(&query).into_iter().collect();
        if wanted.is_empty() {
            return Vec::new();
        }
        let mut found: Option<BTreeSet<u32>> = None;
        for term in &wanted {
            let docs: BTreeSet<u32> = self
                .terms
                .get(term)
                .map(|d| d.iter().copied().collect())
                .unwrap_or_default();
            found = Some(match found {
                None => docs,
                Some(so_far) => so_far.intersection(&docs).copied().collect(),
            });
        }
        let mut hits: Vec<Hit> = found
            .unwrap_or_default()
            .into_iter()
            .map(|doc| Hit {
                doc,
                in_title: wanted
                    .iter()
                    .filter(|t| self.title_terms.get(*t).is_some_and(|d| d.contains(&doc)))
                    .count(),
            })
            .collect();
        hits.sort_unstable_by(|a, b| b.in_title.cmp(&a.in_title).then(a.doc.cmp(&b.doc)));
        hits
    }
}

/// The distinct terms of `text`.
fn terms_of(text: &str) -> BTreeSet<String> {
    terms(text).into_iter().collect()
}

/// All the text of a page a visitor can read: title, summary and every block (headings,
/// runs, list items, table cells, captions and alternative text, notices, quotes, contact
/// details, accordion and tab panels, file and video titles).
pub fn page_text(page: &Page) -> String {
    let mut out = String::new();
    let mut push = |s: &str| {
        out.push_str(s);
        out.push('\n');
    };
    push(&page.title);
    if let Some(summary) = &page.summary {
        push(summary);
    }
    fn runs(content: &[Inline], push: &mut dyn FnMut(&str)) {
        let text: String = content.iter().map(|r| r.text.as_str()).collect();
        push(&text);
    }
    fn walk(blocks: &[Block], push: &mut dyn FnMut(&str)) {
        for block in blocks {
            match block {
                Block::Heading { text, .. } => push(text),
                Block::Paragraph { content } => runs(content, push),
                Block::List { items, .. } => {
                    for item in items {
                        runs(&item.content, push);
                        if let Some(child) = &item.children {
                            walk(std::slice::from_ref(child), push);
                        }
                    }
                }
                Block::Table {
                    caption,
                    head,
                    rows,
                    ..
                } => {
                    push(caption);
                    head.iter().for_each(|h| push(h));
                    rows.iter().flatten().for_each(|c| push(c));
                }
                Block::Image { alt, caption, .. } => {
                    push(alt);
                    if let Some(c) = caption {
                        push(c);
                    }
                }
                Block::Notice { title, content, .. } => {
                    if let Some(t) = title {
                        push(t);
                    }
                    runs(content, push);
                }
                Block::Quote { content, cite } => {
                    runs(content, push);
                    if let Some(c) = cite {
                        push(c);
                    }
                }
                Block::Contact(c) => {
                    push(&c.name);
                    for s in [&c.division, &c.address, &c.phone, &c.email, &c.hours]
                        .into_iter()
                        .flatten()
                    {
                        push(s);
                    }
                }
                Block::Accordion { sections } => {
                    for s in sections {
                        push(&s.title);
                        walk(&s.blocks, push);
                    }
                }
                Block::Tabs { label, tabs } => {
                    push(label);
                    for t in tabs {
                        push(&t.title);
                        walk(&t.blocks, push);
                    }
                }
                Block::Video { title, caption, .. } => {
                    push(title);
                    if let Some(c) = caption {
                        push(c);
                    }
                }
                Block::File { title, .. } => push(title),
            }
        }
    }
    walk(&page.blocks, &mut push);
    out
}

/// The index of `locale` from a tree of the native contract's files (`<dir>/<tag>/pages/*.json`
/// and `<dir>/<tag>/news/<n>.json`), as the build makes it: the locale's pages, then the pages
/// it has no translation of from its fallback chain (marked with their `lang`), then its news
/// (linked to the page they name, else to their page of the news). A file that does not
/// decode is an error naming it.
#[cfg(not(target_arch = "wasm32"))]
pub fn index_of_tree(dir: &std::path::Path, locale: &str) -> Result<SearchIndex, String> {
    use crate::content::{decode_news, decode_page};
    let info = crate::locale::find(locale).ok_or_else(|| format!("`{locale}` is not a locale"))?;
    let read = |path: &std::path::Path| {
        std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))
    };
    let mut sources = Vec::new();
    let mut seen = BTreeSet::new();
    for tag in info.chain() {
        let mut files: Vec<std::path::PathBuf> = std::fs::read_dir(dir.join(tag).join("pages"))
            .into_iter()
            .flatten()
            .flatten()
            .map(|e| e.path())
            .filter(|p| p.extension().is_some_and(|x| x == "json"))
            .collect();
        files.sort_unstable();
        for path in files {
            let page =
                decode_page(&read(&path)?, tag).map_err(|e| format!("{}: {e}", path.display()))?;
            if !seen.insert(page.slug.clone()) {
                continue;
            }
            let href = if page.slug == "home" {
                format!("/{locale}")
            } else {
                format!("/{locale}/pages/{}", page.slug)
            };
            sources.push(Source {
                text: page_text(&page),
                doc: SearchDoc {
                    href,
                    title: page.title,
                    summary: page.summary.unwrap_or_default(),
                    kind: "page".into(),
                    lang: (tag != locale).then(|| tag.to_string()),
                },
            });
        }
    }
    for n in 1u32.. {
        let path = dir.join(locale).join("news").join(format!("{n}.json"));
        if !path.exists() {
            break;
        }
        let list =
            decode_news(&read(&path)?, locale).map_err(|e| format!("{}: {e}", path.display()))?;
        let page_of_news = crate::route::Route::news_href(&format!("/{locale}/news"), n);
        for item in list.items {
            sources.push(Source {
                text: String::new(),
                doc: SearchDoc {
                    href: item.href.unwrap_or_else(|| page_of_news.clone()),
                    title: item.title,
                    summary: item.summary,
                    kind: "news".into(),
                    lang: None,
                },
            });
        }
    }
    Ok(SearchIndex::build(locale, sources))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn doc(href: &str, title: &str, summary: &str) -> SearchDoc {
        SearchDoc {
            href: href.into(),
            title: title.into(),
            summary: summary.into(),
            kind: "page".into(),
            lang: None,
        }
    }

    fn index() -> SearchIndex {
        SearchIndex::build(
            "ja",
            vec![
                Source {
                    doc: doc(
                        "/ja/pages/disaster-prevention",
                        "防災",
                        "地震や台風への備え",
                    ),
                    text: "避難所の一覧と防災訓練の日程。Evacuation drills in English.".into(),
                },
                Source {
                    doc: doc("/ja/pages/city-diplomacy", "都市外交", "海外の都市との交流"),
                    text: "姉妹都市との防災協力".into(),
                },
                Source {
                    doc: doc("/ja/news/1", "防災訓練のお知らせ", "11月に実施します"),
                    text: String::new(),
                },
            ],
        )
    }

    #[test]
    fn cjk_runs_become_bigrams_and_words_stay_words() {
        assert_eq!(terms("防災訓練"), ["防災", "災訓", "訓練"]);
        assert_eq!(terms("市"), ["市"]);
        assert_eq!(
            terms("Tokyo 防災 Drill2026"),
            ["tokyo", "防災", "drill2026"]
        );
        assert_eq!(
            terms("避難所（ひなんじょ）"),
            ["避難", "難所", "ひな", "なん", "んじ", "じょ"]
        );
        assert_eq!(terms("재난 대비"), ["재난", "대비"]);
        assert_eq!(terms("  ,.!? "), Vec::<String>::new());
        // Full-width Latin and digits from a Japanese input method fold to ASCII.
        assert_eq!(terms("ＷｉＦｉ　２０２６"), ["wifi", "2026"]);
        assert_eq!(fold("ÉCOLE"), "école");
    }

    #[test]
    fn every_term_must_match_and_titles_rank_first() {
        let index = index();
        let hrefs = |q: &str| -> Vec<String> {
            index
                .search(q)
                .iter()
                .map(|h| index.docs[h.doc as usize].href.clone())
                .collect()
        };
        // 防災 is in all three; in the title of the first and third.
        assert_eq!(
            hrefs("防災"),
            [
                "/ja/pages/disaster-prevention",
                "/ja/news/1",
                "/ja/pages/city-diplomacy"
            ]
        );
        // 防災訓練: every bigram, so not the diplomacy page (防災 only).
        assert_eq!(
            hrefs("防災訓練"),
            ["/ja/news/1", "/ja/pages/disaster-prevention"]
        );
        assert_eq!(hrefs("EVACUATION"), ["/ja/pages/disaster-prevention"]);
        assert_eq!(
            hrefs("ｅｖａｃｕａｔｉｏｎ"),
            ["/ja/pages/disaster-prevention"]
        );
        assert!(hrefs("噴火").is_empty());
        assert!(hrefs("   ").is_empty());
        assert!(hrefs("防災 噴火").is_empty(), "all terms must match");
    }

    #[test]
    fn marks_cover_the_query_in_the_original_text() {
        let text = "防災訓練のお知らせ";
        let m = marks(text, "訓練");
        assert_eq!(m.len(), 1);
        assert_eq!(&text[m[0].0..m[0].1], "訓練");
        let text = "Evacuation DRILLS and drills";
        let m = marks(text, "drills evacuation");
        let marked: Vec<&str> = m.iter().map(|&(s, e)| &text[s..e]).collect();
        assert_eq!(marked, ["Evacuation", "DRILLS", "drills"]);
        // Full-width in the text, ASCII in the query.
        let text = "ＷｉＦｉ環境";
        let m = marks(text, "wifi");
        assert_eq!(&text[m[0].0..m[0].1], "ＷｉＦｉ");
        // Overlapping parts merge.
        assert_eq!(marks("防災訓練", "防災 災訓"), vec![(0, 9)]);
        assert!(marks("anything", "").is_empty());
    }

    #[test]
    fn an_index_round_trips_and_a_broken_one_is_refused() {
        let index = index();
        let text = serde_json::to_string(&index).unwrap();
        assert_eq!(SearchIndex::decode(&text, "ja").unwrap(), index);
        assert!(SearchIndex::decode(&text, "en").is_err());
        let mut broken = index.clone();
        broken.terms.insert("x".into(), vec![99]);
        assert!(
            SearchIndex::decode(&serde_json::to_string(&broken).unwrap(), "ja")
                .unwrap_err()
                .contains("past the documents")
        );
        let mut old = index;
        old.version = 0;
        assert!(SearchIndex::decode(&serde_json::to_string(&old).unwrap(), "ja").is_err());
        assert!(SearchIndex::decode("{", "ja").is_err());
    }

    #[test]
    fn a_long_query_is_cut() {
        let index = index();
        let long = "防災 ".repeat(1000);
        assert_eq!(index.search(&long).len(), 3);
    }
}
