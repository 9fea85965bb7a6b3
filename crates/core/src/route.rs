//! The routes of the app: which view a path names. Pure, so that the app's router, the
//! pre-renderer (`src/prerender.rs`) and the build's search index agree on it.

use crate::locale;

/// The views of the app, from the path.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Route {
    /// `/`: negotiates the locale and redirects.
    Root,
    Home,
    /// `/:lang/news` (`None`: page 1) or `/:lang/news/page/2` (from 2): a page of the news.
    /// The number is in the path so that a static host has a file for every page.
    News(Option<u32>),
    Page(String),
    CookieSettings,
    Form(String),
    /// `/:lang/forms/:id/response`: the visitor's own response to a form they sent.
    FormResponse(String),
    /// `/:lang/forms/:id/results`: a form's published results.
    FormResults(String),
    /// `/:lang/search?q=...`: site search.
    Search,
    NotFound,
}

impl Route {
    /// The route of `path`: the first segment must be a shipped locale.
    pub fn of(path: &str) -> Route {
        let segments: Vec<&str> = path.split('/').filter(|s| !s.is_empty()).collect();
        match segments.as_slice() {
            [] => Route::Root,
            [lang, rest @ ..] if locale::find(lang).is_some() => match rest {
                [] => Route::Home,
                ["news"] => Route::News(None),
                // One address per page: page 1 is `/news`; `/page/1`, `/page/02` and
                // `/page/0` are not pages.
                ["news", "page", n] => match n.parse::<u32>() {
                    Ok(number) if number >= 2 && number.to_string() == *n => {
                        Route::News(Some(number))
                    }
                    _ => Route::NotFound,
                },
                ["pages", slug] => Route::Page(slug.to_string()),
                ["cookie-settings"] => Route::CookieSettings,
                ["search"] => Route::Search,
                ["forms", id] => Route::Form(id.to_string()),
                ["forms", id, "response"] => Route::FormResponse(id.to_string()),
                ["forms", id, "results"] => Route::FormResults(id.to_string()),
                _ => Route::NotFound,
            },
            _ => Route::NotFound,
        }
    }

    /// The parameter of a page or form route.
    pub fn param(&self) -> String {
        match self {
            Route::Page(s) | Route::Form(s) | Route::FormResponse(s) | Route::FormResults(s) => {
                s.clone()
            }
            _ => String::new(),
        }
    }

    /// The page of the news this route shows: the path's number, else an old-style
    /// `?page=` value's (`query_page`, still understood in the browser), else 1.
    pub fn news_page(&self, query_page: Option<&str>) -> u32 {
        match self {
            Route::News(Some(n)) => *n,
            _ => page_number(query_page),
        }
    }

    /// The address of page `n` of the news whose first page is `news` (`/ja/news`).
    pub fn news_href(news: &str, n: u32) -> String {
        if n <= 1 {
            news.to_string()
        } else {
            format!("{news}/page/{n}")
        }
    }

    /// The route without its parameter: which view renders it. A change of slug keeps the
    /// same view (and its state); the parameter is passed to it as a signal.
    pub fn view_kind(&self) -> Route {
        match self {
            Route::Page(_) => Route::Page(String::new()),
            Route::Form(_) => Route::Form(String::new()),
            Route::FormResponse(_) => Route::FormResponse(String::new()),
            Route::FormResults(_) => Route::FormResults(String::new()),
            Route::News(_) => Route::News(None),
            other => other.clone(),
        }
    }
}

/// The page number a `?page=` value names: 1 for none, a non-number or 0.
pub fn page_number(value: Option<&str>) -> u32 {
    value
        .and_then(|p| p.parse::<u32>().ok())
        .filter(|n| *n >= 1)
        .unwrap_or(1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn routes_of_paths() {
        assert_eq!(Route::of("/"), Route::Root);
        assert_eq!(Route::of("/ja"), Route::Home);
        assert_eq!(Route::of("/ja/"), Route::Home);
        assert_eq!(Route::of("/en/news"), Route::News(None));
        assert_eq!(Route::of("/en/news/page/2"), Route::News(Some(2)));
        for not_a_page in [
            "/en/news/page/1",
            "/en/news/page/0",
            "/en/news/page/02",
            "/en/news/page/x",
            "/en/news/page",
        ] {
            assert_eq!(Route::of(not_a_page), Route::NotFound, "{not_a_page}");
        }
        assert_eq!(Route::of("/en/news/page/3").news_page(Some("2")), 3);
        assert_eq!(Route::of("/en/news").news_page(Some("2")), 2);
        assert_eq!(Route::of("/en/news").news_page(None), 1);
        assert_eq!(Route::news_href("/ja/news", 1), "/ja/news");
        assert_eq!(Route::news_href("/ja/news", 4), "/ja/news/page/4");
        assert_eq!(
            Route::of(&Route::news_href("/ko/news", 4)),
            Route::News(Some(4))
        );
        assert_eq!(Route::of("/en/pages/fees"), Route::Page("fees".into()));
        assert_eq!(Route::of("/zh-Hant/cookie-settings"), Route::CookieSettings);
        assert_eq!(
            Route::of("/ko/forms/contact"),
            Route::Form("contact".into())
        );
        assert_eq!(
            Route::of("/ja/forms/e-government-survey/results"),
            Route::FormResults("e-government-survey".into())
        );
        assert_eq!(
            Route::of("/en/forms/contact/response"),
            Route::FormResponse("contact".into())
        );
        assert_eq!(Route::of("/en/forms/contact/other"), Route::NotFound);
        assert_ne!(
            Route::FormResults("a".into()).view_kind(),
            Route::Form("a".into()).view_kind()
        );
        assert_eq!(Route::of("/ko/search"), Route::Search);
        assert_eq!(Route::of("/ko/search/x"), Route::NotFound);
        assert_eq!(Route::of("/xx/news"), Route::NotFound);
        assert_eq!(Route::of("/en/pages"), Route::NotFound);
        assert_eq!(Route::of("/en/pages/a/b"), Route::NotFound);
        assert_eq!(Route::of("/en/pages/fees").param(), "fees");
        assert_eq!(
            Route::of("/en/pages/a").view_kind(),
            Route::of("/ja/pages/b").view_kind()
        );
        assert_ne!(Route::Home.view_kind(), Route::News(None).view_kind());
        assert_eq!(
            Route::News(Some(2)).view_kind(),
            Route::News(None).view_kind()
        );
    }

    #[test]
    fn page_numbers_of_query_values() {
        assert_eq!(page_number(None), 1);
        assert_eq!(page_number(Some("")), 1);
        assert_eq!(page_number(Some("0")), 1);
        assert_eq!(page_number(Some("-2")), 1);
        assert_eq!(page_number(Some("two")), 1);
        assert_eq!(page_number(Some("3")), 3);
        assert_eq!(page_number(Some("99999999999")), 1);
    }
}
