### civic-portal 画面文字列: やさしい日本語（ja-x-easy）
### 在留支援のための やさしい日本語ガイドラインに そって 書いて います。
### みじかい 文、です・ます、分かち書き（ことばの あいだに 半角スペース）。

-site-name = サンプル市

## ページの枠組み

header-site-name = { -site-name }
document-title = { $page } | { $site }
skip-link = ページの ないようへ すすむ
main-content-starts = ここから ページの ないようです

## ナビゲーション

nav-primary-label = メインメニュー
nav-home = ホーム
nav-news = おしらせ
nav-city-diplomacy = がいこくとの こうりゅう
language-selector-label = ことば

search-label = サイトの 中を さがす
search-button = さがす
search-title = サイトの 中を さがす
search-hint = しらべたい ことばを 書いて、「さがす」を おして ください。
search-count = { $count ->
        [0] 「{ $query }」が ある ページは ありません
       *[other] 「{ $query }」が ある ページ：{ $count }こ
    }
search-none-title = 見つかりませんでした
search-none-spelling = ことばが 正しいか 見て ください。ほかの ことばでも さがして ください。
search-none-fewer = ことばを へらして ください（書いた ことばが ぜんぶ ある ページを さがします）。
search-none-home = ホームから さがす
search-none-news = あたらしい おしらせを 見る
search-none-contact = フォームで しつもんする
search-kind-news = おしらせ
search-unavailable = 今は サイトの 中を さがす ことが できません。もう一度 やって ください。ホームから さがす ことも できます。
footer-policies-label = この サイトに ついて
footer-accessibility = ウェブアクセシビリティの きまり
footer-multilingual = いろいろな ことばに ついて
footer-city-diplomacy = がいこくとの こうりゅう
footer-copyright = © { -site-name }　この サイトの 文は、サイトの きまりを まもれば つかう ことが できます。

## コンテンツの状態

loading = よみこんで います…
page-updated = さいごに なおした 日：{ DATETIME($date, dateStyle: "long") }
news-title = おしらせ
news-intro = 市からの おしらせです。あたらしい おしらせが 上に あります。
news-empty = 今は おしらせが ありません。
news-count = おしらせ { $count }こ
news-published = 出した 日：{ DATETIME($date, dateStyle: "long") }

error-network-title = サーバーに つながりませんでした
error-network-body = 市の サーバーから へんじが ありませんでした。あなたの スマホや パソコンは インターネットに つながって います。すこし まってから、もう一度 やって ください。
error-server-title = サーバーで もんだいが おきました
error-server-body = サーバーから エラー { $status } が きました。すこし まってから、もう一度 やって ください。
error-busy-title = 市の システムが こんで います
error-busy-body = あなたの インターネットから、みじかい 時間に たくさんの アクセスが ありました。{ $seconds }びょう ぐらい まってから、もう一度 やって ください。
error-malformed-title = この ページを よむ ことが できませんでした
error-malformed-body = サーバーから、よむ ことが できない データが きました。すこし まってから、もう一度 やって ください。
retry = もう一度

not-found-title = ページが 見つかりません
not-found-body = アドレスが まちがって いるかもしれません。ページが ほかの ところに うつったかもしれません。
not-found-home = ホームへ

## 言語の読み込み

content-fallback-notice = この ページは まだ { $language }で よむ ことが できません。{ $shown }で 出して います。

i18n-load-failed = ことばを { $language }に かえる ことが できませんでした。もう一度 やって ください。


## コンテンツの状態（2）

error-offline-title = インターネットに つながって いません
error-offline-body = この スマホや パソコンは インターネットに つながって いません。つながったら、もう一度 やって ください。
offline-kept-title = インターネットが なくても 見る ことが できる ページ
offline-kept-intro = 次の ページは、この スマホや パソコンに ほぞんして あります。インターネットに つながって いなくても ひらく ことが できます。
update-ready = この ウェブサイトの あたらしい バージョンが あります。
update-apply = あたらしい バージョンに する
furigana-toggle = ふりがな
error-timeout-title = サーバーの へんじが おそいです
error-timeout-body = サーバーから すぐに へんじが ありませんでした。こんで いるかもしれません。もう一度 やって ください。
error-too-large-title = この ページは 大きすぎて 出す ことが できません
error-too-large-body = サーバーから、この サイトで 出す ことが できる 大きさより 大きい データが きました。すこし まってから、もう一度 やって ください。

## ページの部品

breadcrumbs-label = 今 いる ところ
content-available-in = この ことばでも よめます：
news-title-paged = おしらせ（ぜんぶで { $total }ページ、{ $page }ページ目）
pagination-label = おしらせの ページ
pagination-previous = 前の ページ
pagination-next = 次の ページ
pagination-page = { $number }ページ目
file-meta = { $format }ファイル、{ $size }
file-size-kb = { NUMBER($value, maximumFractionDigits: 0) }KB
file-size-mb = { NUMBER($value, maximumFractionDigits: 1) }MB
contact-heading = れんらくさき
contact-address = じゅうしょ
contact-phone = 電話
contact-email = メール
contact-hours = うけつけの 時間
contact-form = しつもんの フォーム
emergency-label = きんきゅうの おしらせ
emergency-updated = { DATETIME($date, dateStyle: "long", timeStyle: "short") }に あたらしく しました
table-region = { $caption }（ひょう。よこに うごかして 見る ことが できます）
table-region-untitled = ひょう（よこに うごかして 見る ことが できます）

## 翻訳チェック（開発者・翻訳者向け）

l10n-overlay-title = ほんやくの チェック
l10n-overlay-problems = { $count ->
    [0] もんだいは ありません
   *[other] もんだいが { $count }こ あります
}
l10n-overlay-pseudo = ぎじロケールで この ページを 見て、レイアウトを チェックする ことが できます。
l10n-overlay-accented = アクセントつき・40% 長い 文字
l10n-overlay-rtl = 右から 左

## 同意（クッキーバナー、設定ダイアログ、クッキー設定ページ）

consent-banner-title = { $site }の クッキーに ついて
consent-banner-body = この サイトが うごく ために ひつような ほぞんは いつも します。あなたが OKすれば、サイトが どのように つかわれて いるかを しらべます。ほかの サービスの どうがも 出します。これらは ほかの 会社に データを おくります。あなたが OKしなければ、なにも おくりません。
consent-accept-all = ぜんぶ OK
consent-reject-all = ぜんぶ ことわる
consent-choose = 自分で えらぶ
consent-banner-label = クッキーを えらぶ
consent-settings-link = クッキーの せってい
consent-dialog-title = OKする クッキーを えらんで ください
consent-dialog-intro = ひつような ほぞんは いつも つかいます。ほかの ものは、あなたが OKするまで つかいません。
consent-save = えらんだ ことを ほぞんする
consent-close = とじる
consent-required = いつも つかう
consent-gpc = あなたの ブラウザーは「データを ほかの 会社に わたさないで ください。うらないで ください」と サイトに つたえて います（グローバル・プライバシー・コントロール）。だから、この グループの クッキーは つかいません。ここで OKする ことも できます。
consent-service-name = サービス
consent-service-purpose = なんの ため
consent-service-data = おくる じょうほう
consent-service-recipient = うけとる 会社
consent-service-retention = ほぞんする きかん
consent-service-cookies = クッキーと ほぞんする データ
consent-services-caption = この グループの サービス
consent-accepted = ぜんぶの クッキーを OKしました。クッキーの せっていで いつでも かえる ことが できます。
consent-rejected = ひつようでない クッキーを ぜんぶ ことわりました。サイトは ぜんぶ つかう ことが できます。クッキーの せっていで いつでも かえる ことが できます。
consent-saved = クッキーで えらんだ ことを ほぞんしました。クッキーの せっていで いつでも かえる ことが できます。
consent-page-title = クッキーの せってい
consent-page-intro = この サイトが つかうかもしれない クッキーなどの グループを 書いて います。それぞれの サービスが あなたの データで なにを するか、だれが うけとるかも 書いて います。下で えらびなおす ことが できます。
consent-status-none = まだ えらんで いません。ひつような ほぞんだけを つかって います。
consent-status-made = { DATETIME($date, dateStyle: "long", timeStyle: "short") }に えらびました（きまりの バージョン：{ $revision }）
consent-allowed = OK
consent-not-allowed = OKしない
consent-receipt-title = あなたが えらんだ きろく
consent-receipt-body = あなたが えらんだ ことは、この スマホや パソコンだけに ほぞんして います。いっしょに ほぞんするのは、ランダムな ID、日と 時間、きまりの バージョン、ことばです。名前など、あなたの ことが わかる じょうほうは 入って いません。
consent-receipt-download = きろくを ダウンロードする（JSON）
consent-embed-title = この どうがは { $provider }の ものです
consent-embed-body = どうがを 見ると、{ $recipient }に この じょうほうが おくられます：{ $data }。
consent-embed-load-once = 今 だけ この どうがを 見る
consent-embed-always = { $provider }を いつも OKする
content-image-alt = しゃしん・え：{ $alt }
content-image-title = この しゃしんは { $provider }の ものです
content-image-body = しゃしんを 出すと、{ $recipient }に この じょうほうが おくられます：{ $data }。
content-image-show-once = 今 だけ この しゃしんを 見る
content-image-undeclared = この しゃしんは ほかの ウェブサイト（{ $host }）に あります。だから、ここには 出しません。
content-image-open = { $host }で しゃしんを 見る

## フォーム（フォーム機能：手順、入力項目、エラー、入力内容の確認、送信完了）
nav-contact = しつもん・そうだん
nav-menu = メニュー
form-required = （かならず こたえる）
form-step = ステップ { $current }（ぜんぶで { $total }）
form-steps-intro = この フォームは ぜんぶで { $count }ステップです。おくる 前に、書いた ことを 見る ことが できます。
form-start = はじめる
form-resume = 前の つづきから 書く
form-start-again = はじめから やりなおす
form-cleared = 前に 書いた ことを、この スマホや パソコンから けしました。
form-continue = 次へ
form-back = もどる
form-save-note = 書いた ことは、この スマホや パソコンに ほぞんします。ページを とじても、もう一度 よみこんでも、なくなりません。{ $days }日 なにも かえないと、けします。「おくる」を おすまで、なにも おくりません。
form-save-failed = 書いた ことを、この スマホや パソコンに ほぞんする ことが できませんでした（ほぞんする ところが いっぱいか、ほぞんが できない せっていかもしれません）。この ページを ひらいて いる あいだは、書いた ことは のこります。とじる 前に おくって ください。
form-saved = { DATETIME($time, timeStyle: "short") }に、書いた ことを この スマホや パソコンに ほぞんしました。
form-restored-title = 前に 書いた ことを もどしました
form-restored = { DATETIME($time, dateStyle: "long", timeStyle: "short") }に 書いた ことを もどしました。つづきを 書いて ください。けしたい ときは、「はじめから やりなおす」を おして ください。
form-privacy-title = 書いた ことの つかいかた
form-error-summary-title = 書いた ことに まちがいが あります
form-error-prefix = エラー：
form-error-required = 「{ $label }」を 書いて ください。
form-error-required-choice = 「{ $label }」を えらんで ください。
form-error-too-long = 「{ $label }」は { $max }文字までで 書いて ください。
form-error-invalid-email = 「{ $label }」には、name@example.org のような 正しい メールアドレスを 書いて ください。
form-error-invalid-tel = 「{ $label }」には、03-1234-5678 や +81 3 1234 5678 のような 電話ばんごうを 書いて ください。
form-error-invalid-url = 「{ $label }」には、https:// か http:// で はじまる ウェブの アドレスを 書いて ください。
form-error-invalid-date = 「{ $label }」には、本当に ある 日を 書いて ください。年・月・日を ぜんぶ 書いて ください。
form-error-invalid-number = 「{ $label }」には、42 のような 数字を 書いて ください（1.5 のような 数字は つかえません）。
form-error-too-small = 「{ $label }」には、{ $min }か、{ $min }より 大きい 数字を 書いて ください。
form-error-too-large = 「{ $label }」には、{ $max }か、{ $max }より 小さい 数字を 書いて ください。
form-error-invalid-choice = 「{ $label }」は、ここに ある ものから えらんで ください。
form-error-unknown-question = 「{ $label }」は、今 この フォームに ありません。書いた ことを 見て、もう一度 おくって ください。
form-error-other = 「{ $label }」の こたえを うけつける ことが できませんでした（{ $code }）。
form-characters-left = あと { $count }文字 書く ことが できます
form-characters-over = { $count }文字 多すぎます
form-select-placeholder = えらんで ください
form-choice-or = または
form-url-list-hint = ウェブの アドレスは、1行に 1つ 書いて ください。
form-date-year = 年
form-date-month = 月
form-date-day = 日
form-date-shown = { DATETIME($date, dateStyle: "long") }
form-yes = はい
form-no = いいえ
form-check-title = おくる 前に、書いた ことを 見て ください
form-change = なおす
form-not-answered = 書いて いません
form-send = おくる
form-sending = おくって います…
form-send-retry = もう一度
form-send-failed-title = まだ おくって いません
form-send-failed-kept = 書いた ことは なくなって いません。この ページと、この スマホや パソコンに あります。もう一度 おくっても、2回 おくる ことには なりません。
form-send-offline = この スマホや パソコンは インターネットに つながって いません。
form-send-timeout = 市の システムから すぐに へんじが ありませんでした。
form-send-malformed = 市の システムから、よむ ことが できない へんじが きました。だから、書いた ことが とどいたか わかりません。
form-send-too-large = 書いた ことが 長すぎて おくる ことが できません。長い こたえを みじかく して ください。
form-send-not-found = この フォームは 今 つかう ことが できません。
form-send-rate-limited = あなたの インターネットから、みじかい 時間に たくさんの フォームが おくられました。{ $seconds }びょう ぐらい まってから、もう一度 おくって ください。
form-done-title = おくりました
form-done-reference = うけつけ ばんごう
form-done-next = 「{ $form }」の こたえを うけとりました。この ことで しつもんする ときに、うけつけ ばんごうが ひつようです。ばんごうを メモして ください。
form-done-home = ホームへ
form-done-view-response = おくった こたえを 見る・いんさつする・ダウンロードする
form-done-results = この アンケートの 今までの けっかを 見る
form-start-results = 今までの けっかを 見る

form-response-title = おくった こたえ
form-response-reference = うけつけ ばんごう
form-response-sent = おくった 日と 時間
form-response-sent-at = { DATETIME($time, dateStyle: "long", timeStyle: "short") }
form-response-time = こたえるのに かかった 時間
form-response-time-taken = { $hours ->
        [0] { $minutes }分
       *[other] { $hours }時間{ $minutes ->
            [0] {""}
           *[other] { $minutes }分
        }
    }
form-response-time-unknown = きろくが ありません
form-response-print = この こたえを いんさつする
form-response-download = テキストファイルで ダウンロードする
form-response-keep-title = この スマホや パソコンに コピーを ほぞんしますか
form-response-keep-body = この こたえは、この ページを とじるまで 見る ことが できます。コピーを ほぞんすると、この スマホや パソコンの この ブラウザーだけに ほぞんします（どこにも おくりません）。あとで この ページを もう一度 ひらく ことが できます。コピーは ここで いつでも けす ことが できます。
form-response-keep = コピーを ほぞんする
form-response-kept = この こたえの コピーは、この スマホや パソコンの この ブラウザーに ほぞんして あります。いらなく なったら、けして ください。ほかの 人も つかう スマホや パソコンでは、とくに 気を つけて ください。
form-response-kept-now = コピーを この スマホや パソコンに ほぞんしました。
form-response-keep-failed = コピーを ほぞんする ことが できませんでした。この ブラウザーでは ほぞんが できないか、ほぞんする ところが いっぱいです。かわりに、こたえを ダウンロードする ことが できます。
form-response-delete = コピーを けす
form-response-deleted = コピーを この スマホや パソコンから けしました。
form-response-none-title = 見る ことが できる こたえが ありません
form-response-none-body = おくった こたえは、ページを とじるまで ここに 出ます。コピーを ほぞんした ときは、その あとも 出ます。この ブラウザーには、この フォームの こたえが ありません。
form-response-none-form = フォームへ

results-title = けっか：{ $form }
results-lead = 今までに { $responses }人が こたえました（{ DATETIME($time, dateStyle: "long", timeStyle: "short") }の 数）。
results-withheld-note = こたえた 人を まもる ために、{ $min }より 少ない 数は 出しません。
results-fewer-than = { $min }人より 少ない
results-none-title = まだ こたえが ありません
results-none-body = はじめの こたえが とどくと、ここに けっかが 出ます。
results-answered = こたえた 人：{ $answered }人
results-question-withheld = この しつもんに こたえた 人は { $min }人より 少ないです。だから、数字を 出しません。
results-several = いくつも えらぶ ことが できる しつもんです。だから、ぜんぶ たすと 100%より 多く なります。
results-count-share = { $count }人（{ $share }%）
results-number = { $count }人
results-share = { $share }%
results-table-show = 数字を ひょうで 見る
results-table-answer = こたえ
results-table-count = 人の 数
results-table-share = わりあい
results-back-to-form = アンケートへ

form-needs-javascript-title = この フォームには JavaScript が ひつようです
form-needs-javascript = この フォームを インターネットで おくるには、JavaScript が ひつようです。でも、あなたの ブラウザーでは JavaScript が つかえないか、よみこむ ことが できませんでした。電話や メールでも しつもんする ことが できます。
form-alternative-phone = 電話：{ $phone }
form-alternative-email = メール：{ $email }
