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

# Site search (the box in the header and the search page).
search-label = Search this site
search-button = Search
search-title = Search
search-hint = Type a word or a few words, then choose Search.
# $count is the number of results, $query what was searched for.
search-count = { $count ->
        [0] No results for “{ $query }”
        [one] 1 result for “{ $query }”
       *[other] { $count } results for “{ $query }”
    }
search-none-title = Nothing matched
search-none-spelling = Check the spelling, or try another word.
search-none-fewer = Use fewer words: every word must be found.
search-none-home = Browse from the home page
search-none-news = Read the latest news
search-none-contact = Ask us with the contact form
search-kind-news = News
search-unavailable = Search is not available at the moment. Please try again, or browse from the home page.
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
error-network-body = The city’s server did not answer. Your device is online, so the problem is probably on our side: try again in a few minutes.
error-server-title = The server had a problem
# $status is the HTTP status code, for example 503.
error-server-body = The server answered with error { $status }. Please try again in a few minutes.
error-busy-title = The city's system is busy
# $seconds is how long the server asked to wait (its Retry-After).
error-busy-body = Too many requests came from your connection in a short time. Please try again in { $seconds ->
        [one] { $seconds } second
       *[other] { $seconds } seconds
    }.
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
offline-kept-title = Available offline
offline-kept-intro = These pages are kept on this device and open without a connection:
# A newer version of the site was installed in the background; the button switches to it.
update-ready = A new version of this website is ready.
update-apply = Use the new version
# Toggle button (aria-pressed) that shows or hides the readings above kanji.
furigana-toggle = Furigana
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
# The same, for a table without a caption.
table-region-untitled = Table (scrolls sideways)

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
# A content image on another website. $alt is the image's description.
content-image-alt = Image: { $alt }
content-image-title = This photo is provided by { $provider }
content-image-body = Showing it sends data to { $recipient }: { $data }.
content-image-show-once = Show this photo once
# $host is the other website's name, for example photos.example.org.
content-image-undeclared = This image is on another website ({ $host }), so it is not shown here.
content-image-open = Open the image on { $host }

## Forms (the forms engine: steps, fields, errors, check your answers, confirmation)
# Link in the site header to the inquiry form, on every page.
nav-contact = Contact us
# The button that opens and closes the main menu on narrow screens.
nav-menu = Menu
# Marks a required question in its label, in text.
form-required = (required)
# Caption above a step's heading.
form-step = Step { $current } of { $total }
form-steps-intro = { $count ->
    [one] This form has one step. You can check your answers before you send them.
   *[other] This form has { $count } steps. You can check your answers before you send them.
}
form-start = Start now
form-resume = Continue where you left off
form-start-again = Start again
form-cleared = Your earlier answers were deleted from this device.
form-continue = Continue
form-back = Back
# $days is how long unsent answers stay on the device (the form's draft_days).
form-save-note = Your answers are saved on this device as you go, so nothing is lost if you leave or reload. They are deleted after { $days ->
        [one] { $days } day
       *[other] { $days } days
    } without a change. Nothing is sent until you choose Send.
form-save-failed = Your answers could not be saved on this device (its storage may be full or turned off). They stay on this page while it is open: send them before you close it.
# $time is an ISO 8601 date-time.
form-saved = Answers saved on this device at { DATETIME($time, timeStyle: "short") }.
form-restored-title = Your answers were restored
form-restored = We restored the answers you gave on { DATETIME($time, dateStyle: "long", timeStyle: "short") }. Continue where you left off, or choose Start again to delete them.
form-privacy-title = How we use your answers
form-error-summary-title = There is a problem
# Read before each field's error by screen readers.
form-error-prefix = Error:
form-error-required = Enter an answer to “{ $label }”.
form-error-required-choice = Choose an answer to “{ $label }”.
form-error-too-long = “{ $label }” must be { $max } characters or fewer.
form-error-invalid-email = Enter an email address in the right format, like name@example.org, for “{ $label }”.
form-error-invalid-tel = Enter a telephone number, like 03 1234 5678 or +81 3 1234 5678, for “{ $label }”.
form-error-invalid-url = Enter web addresses that start with https:// or http:// for “{ $label }”.
form-error-invalid-date = Enter a real date, with year, month and day, for “{ $label }”.
form-error-invalid-number = Enter a whole number, like 42, for “{ $label }”.
form-error-too-small = “{ $label }” must be { $min } or more.
form-error-too-large = “{ $label }” must be { $max } or less.
form-error-invalid-choice = Choose one of the listed options for “{ $label }”.
form-error-unknown-question = “{ $label }” is not part of this form any more. Check your answers and send again.
# An error code the app does not know, sent by the backend. $code is the code.
form-error-other = The answer to “{ $label }” was not accepted ({ $code }).
form-characters-left = { $count ->
    [one] You have { $count } character remaining
   *[other] You have { $count } characters remaining
}
form-characters-over = { $count ->
    [one] You have { $count } character too many
   *[other] You have { $count } characters too many
}
form-select-placeholder = Choose…
# Between the ordinary options of a checkbox list and "None of these".
form-choice-or = or
form-url-list-hint = Write one web address per line.
form-date-year = Year
form-date-month = Month
form-date-day = Day
# $date is a date in the form 2026-04-01.
form-date-shown = { DATETIME($date, dateStyle: "long") }
form-yes = Yes
form-no = No
form-check-title = Check your answers before sending
form-change = Change
form-not-answered = Not answered
form-send = Send
form-sending = Sending…
form-send-retry = Try again
form-send-failed-title = Your answers have not been sent
form-send-failed-kept = Nothing is lost: your answers are still here and on this device. When you try again, they will be sent only once.
form-send-offline = This device is not connected to the internet.
form-send-timeout = The city's system did not answer in time.
form-send-malformed = The city's system sent an answer that could not be read, so we cannot tell whether your answers arrived.
form-send-too-large = Your answers are too long to send. Shorten the longest answers.
form-send-not-found = This form is not accepting answers at the moment.
# $seconds is how long the server asked to wait (its Retry-After).
form-send-rate-limited = Too many forms were sent from your connection in a short time. Wait { $seconds ->
        [one] { $seconds } second
       *[other] { $seconds } seconds
    }, then send again.
form-done-title = Your answers have been sent
form-done-reference = Your reference number
# $form is the form's title.
form-done-next = We have received your answers to “{ $form }”. Keep the reference number: quote it if you contact us about them.
form-done-home = Go to the home page
form-done-view-response = View, print or download your response
form-done-results = See the results of this survey so far
form-start-results = See the results so far

# "Your response": what the visitor sent, after sending.
form-response-title = Your response
form-response-reference = Reference number
form-response-sent = Sent
# $time is when the server received the response.
form-response-sent-at = { DATETIME($time, dateStyle: "long", timeStyle: "short") }
form-response-time = Time to complete
# $hours and $minutes: from the first answer to sending ($minutes is 0 to 59).
form-response-time-taken = { $hours ->
        [0] { $minutes ->
            [one] { $minutes } minute
           *[other] { $minutes } minutes
        }
       *[other] { $hours ->
            [one] { $hours } hour
           *[other] { $hours } hours
        } { $minutes ->
            [0] {""}
            [one] { $minutes } minute
           *[other] { $minutes } minutes
        }
    }
form-response-time-unknown = Not recorded
form-response-print = Print this response
form-response-download = Download as a text file
form-response-keep-title = Keep a copy on this device?
form-response-keep-body = This response is shown only until you leave this page. If you keep a copy, it is stored in this browser on this device only, not sent anywhere, so you can open this page again later. You can delete it here at any time.
form-response-keep = Keep a copy on this device
form-response-kept = A copy of this response is kept in this browser on this device. Delete it when you no longer need it, especially on a shared device.
form-response-kept-now = A copy was kept on this device.
form-response-keep-failed = The copy could not be kept: this browser does not allow storage, or it is full. You can download the response instead.
form-response-delete = Delete the copy from this device
form-response-deleted = The copy was deleted from this device.
form-response-none-title = No response to show
form-response-none-body = A sent response is shown here until you leave the page, or later if you chose to keep a copy on this device. There is none for this form in this browser.
form-response-none-form = Go to the form

# A form's published results.
# $form is the form's title.
results-title = Results: { $form }
# $responses is the number of responses; $time is when they were counted.
results-lead = { $responses ->
        [one] { $responses } response
       *[other] { $responses } responses
    } so far, counted on { DATETIME($time, dateStyle: "long", timeStyle: "short") }.
# $min is the smallest number shown.
results-withheld-note = To protect respondents, a number of answers below { $min } is not shown.
results-fewer-than = fewer than { $min }
results-none-title = No responses yet
results-none-body = The results will appear here once the first responses have been received.
# $answered is how many responses answered the question.
results-answered = { $answered ->
        [one] { $answered } answer
       *[other] { $answered } answers
    }
results-question-withheld = Fewer than { $min } responses answered this question, so its figures are not shown.
results-several = Several answers could be chosen, so the shares add up to more than 100 %.
# $count is a number of answers, $share a whole percentage.
results-count-share = { $count } ({ $share } %)
results-number = { $count }
results-share = { $share } %
results-table-show = Show the figures as a table
results-table-answer = Answer
results-table-count = Answers
results-table-share = Share
results-back-to-form = Go to the survey

# The start page of a form, seen without JavaScript (it is needed to send).
form-needs-javascript-title = This form needs JavaScript
form-needs-javascript = Sending this form online needs JavaScript, which is turned off or did not load in your browser. You can contact us by phone or e-mail instead:
form-alternative-phone = Phone: { $phone }
form-alternative-email = E-mail: { $email }
