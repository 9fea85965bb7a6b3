### civic-portal interface strings: English (reference locale).
### Every message here exists in every other locale; the checker reports gaps.

## Brand names are terms: translators may transliterate them but keep one spelling.

-site-name = Sample City

## Page frame

header-site-name = { -site-name }
# The title of the browser tab. $page is the title of the page being shown, $site the
# site's name from the site settings.
document-title = { $page } | { $site }
skip-link = Skip to main content
main-content-starts = Main content starts here

## Navigation

nav-primary-label = Main menu
nav-home = Home
nav-news = News
nav-city-diplomacy = City diplomacy
language-selector-label = Language
footer-policies-label = About this website
footer-accessibility = Accessibility policy
footer-multilingual = Multilingual support
footer-city-diplomacy = City diplomacy
footer-copyright = © { -site-name }. Text on this site may be reused under the site's terms.

## Content states

loading = Loading…
# $date is a date in the form 2026-04-01; DATETIME writes it the local way.
page-updated = Last updated: { DATETIME($date, dateStyle: "long") }
news-title = News
news-intro = Announcements from the city, newest first.
news-empty = There is no news at the moment.
# $count is the number of announcements on the page.
news-count = { $count ->
    [one] One announcement
   *[other] { $count } announcements
}
# $date is the publication date in the form 2026-04-01.
news-published = Published { DATETIME($date, dateStyle: "long") }

error-network-title = We could not reach the server
error-network-body = Check your internet connection, then try again.
error-server-title = The server had a problem
# $status is the HTTP status code, for example 503.
error-server-body = The server answered with error { $status }. Please try again in a few minutes.
error-malformed-title = This content could not be read
error-malformed-body = The server sent content in a form this site could not read. Please try again later.
retry = Try again

not-found-title = Page not found
not-found-body = The address may be mistyped, or the page may have moved.
not-found-home = Go to the home page

## Language loading

# Shown above content that does not exist in the interface language.
# $language is the interface language, $shown the language of the content below; both are
# language names written in their own language ("한국어", "English").
content-fallback-notice = This page is not yet available in { $language }. It is shown in { $shown }.

# $language is the name of the language the visitor chose, in that language.
i18n-load-failed = The interface could not be switched to { $language }. Please try again.


## Content states (2)

error-offline-title = You are offline
error-offline-body = This device is not connected to the internet. The page will load when you are back online and try again.
error-timeout-title = The server is taking too long
error-timeout-body = The server did not answer in time. It may be busy; please try again.
error-too-large-title = This content is too large to show
error-too-large-body = The server sent more data than this site can display. Please try again later.

## Page parts

breadcrumbs-label = You are here
content-available-in = Available in:
# The news list, when it has several pages. $page and $total are numbers.
news-title-paged = News, page { $page } of { $total }
pagination-label = News pages
pagination-previous = Previous page
pagination-next = Next page
# The accessible name of a link to a numbered page of results.
pagination-page = Page { $number }
# A document link's details. $format is a short name like "PDF"; $size is already formatted.
file-meta = { $format }, { $size }
# $value is a number of kilobytes or megabytes.
file-size-kb = { NUMBER($value, maximumFractionDigits: 0) } KB
file-size-mb = { NUMBER($value, maximumFractionDigits: 1) } MB
contact-heading = Contact
contact-address = Address
contact-phone = Telephone
contact-email = Email
contact-hours = Opening hours
contact-form = Use the contact form
emergency-label = Emergency information
# $date is the date and time of the last update, in ISO 8601.
emergency-updated = Updated { DATETIME($date, dateStyle: "long", timeStyle: "short") }
# The label of a table that scrolls sideways on narrow screens. $caption is the table's caption.
table-region = { $caption } (table, scrolls sideways)

## Translation check overlay (shown to developers and translators only)

l10n-overlay-title = Translation check
# $count is the number of problems found.
l10n-overlay-problems = { $count ->
    [0] no problems found
    [one] one problem
   *[other] { $count } problems
}
l10n-overlay-pseudo = See this page in a pseudo-locale, to test the layout:
l10n-overlay-accented = Accented, 40% longer text
l10n-overlay-rtl = Right-to-left

## Consent (cookie banner, preferences dialog, cookie settings page)

# The banner's heading. $site is the site's name.
consent-banner-title = Cookies on { $site }
consent-banner-body = We use strictly necessary storage to make this site work. With your permission we would also like to measure how the site is used and show videos from other services. These send data to other companies. Nothing is sent unless you allow it.
consent-accept-all = Accept all
consent-reject-all = Reject all
consent-choose = Choose
consent-banner-label = Cookie choices
consent-settings-link = Cookie settings
consent-dialog-title = Choose which cookies to allow
consent-dialog-intro = Strictly necessary storage is always on. Everything else is off until you switch it on.
consent-save = Save my choices
consent-close = Close
consent-required = Always on
# Shown when the browser sends Global Privacy Control.
consent-gpc = Your browser asks sites not to share or sell your data (Global Privacy Control). Categories covered by that request are off. You can still switch them on here.
consent-service-name = Service
consent-service-purpose = Purpose
consent-service-data = Data sent
consent-service-recipient = Recipient
consent-service-retention = Kept for
consent-service-cookies = Cookies and storage
consent-services-caption = Services in this category
consent-accepted = You accepted all cookies. You can change your choice at any time in the cookie settings.
consent-rejected = You rejected all optional cookies. The whole site still works. You can change your choice at any time in the cookie settings.
consent-saved = Your cookie choices were saved. You can change them at any time in the cookie settings.
consent-page-title = Cookie settings
consent-page-intro = This page lists every category of cookies and similar storage this site can use, what each service does with your data and who receives it. Change your choices below.
consent-status-none = You have not made a choice yet. Only strictly necessary storage is used.
# $date is the date and time of the choice, in ISO 8601; $revision the policy revision.
consent-status-made = Your choice of { DATETIME($date, dateStyle: "long", timeStyle: "short") } under policy revision { $revision }.
consent-allowed = Allowed
consent-not-allowed = Not allowed
consent-receipt-title = Your consent record
consent-receipt-body = Your choice is stored on this device only, with a random identifier, the time, the policy revision and the language. It contains no personal data.
consent-receipt-download = Download the record (JSON)
# Placeholder of a video that needs consent. $provider is the service name ("YouTube").
consent-embed-title = This video is provided by { $provider }
# $recipient is the company receiving the data, $data what is sent (from the consent settings).
consent-embed-body = Playing it sends data to { $recipient }: { $data }.
consent-embed-load-once = Load this video once
consent-embed-always = Always allow { $provider }
