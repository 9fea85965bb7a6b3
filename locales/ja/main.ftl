### civic-portal 画面文字列: 日本語

-site-name = サンプル市

## ページの枠組み

header-site-name = { -site-name }
document-title = { $page } | { $site }
skip-link = 本文へ移動
main-content-starts = ここから本文です

## ナビゲーション

nav-primary-label = メインメニュー
nav-home = ホーム
nav-news = お知らせ
nav-city-diplomacy = 都市外交
language-selector-label = 言語

search-label = サイト内検索
search-button = 検索
search-title = サイト内検索
search-hint = 調べたい言葉を入力して「検索」を選んでください。
search-count = { $count ->
        [0] 「{ $query }」に一致するページはありません
       *[other] 「{ $query }」の検索結果：{ $count }件
    }
search-none-title = 見つかりませんでした
search-none-spelling = 言葉の表記を確かめるか、別の言葉でお試しください。
search-none-fewer = 言葉を減らしてお試しください（入力したすべての言葉を含むページを探します）。
search-none-home = トップページから探す
search-none-news = 最新のお知らせを見る
search-none-contact = お問い合わせフォームで質問する
search-kind-news = お知らせ
search-unavailable = 現在、サイト内検索を利用できません。もう一度お試しいただくか、トップページからお探しください。
footer-policies-label = このサイトについて
footer-accessibility = ウェブアクセシビリティ方針
footer-multilingual = 多言語対応について
footer-city-diplomacy = 都市外交
footer-copyright = © { -site-name }　掲載文章はサイトの利用条件に従って利用できます。

## コンテンツの状態

loading = 読み込み中…
page-updated = 最終更新日：{ DATETIME($date, dateStyle: "long") }
news-title = お知らせ
news-intro = 市からのお知らせを新しい順に掲載しています。
news-empty = 現在、お知らせはありません。
news-count = お知らせ { $count } 件
news-published = 掲載日：{ DATETIME($date, dateStyle: "long") }

error-network-title = サーバーに接続できませんでした
error-network-body = 市のサーバーから応答がありませんでした。お使いの端末はオンラインのため、サーバー側の問題と思われます。しばらくしてから、もう一度お試しください。
error-server-title = サーバーで問題が発生しました
error-server-body = サーバーからエラー { $status } が返されました。しばらくしてからもう一度お試しください。
error-busy-title = 市のシステムが混み合っています
error-busy-body = お使いの接続から短い時間に多くのアクセスがありました。{ $seconds }秒ほどたってから、もう一度お試しください。
error-malformed-title = このコンテンツを読み込めませんでした
error-malformed-body = サーバーから読み取れない形式のデータが送られてきました。時間をおいてもう一度お試しください。
retry = 再試行

not-found-title = ページが見つかりません
not-found-body = アドレスが間違っているか、ページが移動した可能性があります。
not-found-home = トップページへ

## 言語の読み込み

content-fallback-notice = このページは{ $language }ではまだ提供していません。{ $shown }で表示しています。

i18n-load-failed = 表示言語を{ $language }に切り替えられませんでした。もう一度お試しください。


## コンテンツの状態（2）

error-offline-title = オフラインです
error-offline-body = この端末はインターネットに接続されていません。接続が戻ったら、もう一度お試しください。
offline-kept-title = オフラインで見られるページ
offline-kept-intro = 次のページはこの端末に保存されていて、通信がなくても開けます。
update-ready = このウェブサイトの新しい版を利用できます。
update-apply = 新しい版に切り替える
furigana-toggle = ふりがな
error-timeout-title = サーバーの応答に時間がかかっています
error-timeout-body = 時間内にサーバーから応答がありませんでした。混み合っている可能性があります。もう一度お試しください。
error-too-large-title = このコンテンツは大きすぎて表示できません
error-too-large-body = サーバーから、このサイトで表示できる量を超えるデータが送られてきました。時間をおいてもう一度お試しください。

## ページの部品

breadcrumbs-label = 現在位置
content-available-in = 掲載している言語：
news-title-paged = お知らせ（{ $total }ページ中{ $page }ページ目）
pagination-label = お知らせのページ
pagination-previous = 前のページ
pagination-next = 次のページ
pagination-page = { $number }ページ目
file-meta = { $format }形式、{ $size }
file-size-kb = { NUMBER($value, maximumFractionDigits: 0) }KB
file-size-mb = { NUMBER($value, maximumFractionDigits: 1) }MB
contact-heading = お問い合わせ先
contact-address = 所在地
contact-phone = 電話
contact-email = メール
contact-hours = 受付時間
contact-form = お問い合わせフォーム
emergency-label = 緊急情報
emergency-updated = { DATETIME($date, dateStyle: "long", timeStyle: "short") }更新
table-region = { $caption }（表。横にスクロールできます）
table-region-untitled = 表（横にスクロールできます）

## 翻訳チェック（開発者・翻訳者向け）

l10n-overlay-title = 翻訳チェック
l10n-overlay-problems = { $count ->
    [0] 問題はありません
   *[other] 問題 { $count } 件
}
l10n-overlay-pseudo = 疑似ロケールでこのページを表示して、レイアウトを確認できます。
l10n-overlay-accented = アクセント付き・40%長い文字列
l10n-overlay-rtl = 右から左

## 同意（クッキーバナー、設定ダイアログ、クッキー設定ページ）

consent-banner-title = { $site }のクッキーについて
consent-banner-body = このサイトを動作させるために必要な保存は常に行います。あなたの許可があれば、サイトの利用状況の測定と、外部サービスの動画の表示も行います。これらは他の会社にデータを送信します。許可がない限り、何も送信しません。
consent-accept-all = すべて許可する
consent-reject-all = すべて拒否する
consent-choose = 選んで設定する
consent-banner-label = クッキーの選択
consent-settings-link = クッキーの設定
consent-dialog-title = 許可するクッキーを選んでください
consent-dialog-intro = 必要不可欠な保存は常に有効です。それ以外は、あなたが有効にするまで無効です。
consent-save = 選択を保存する
consent-close = 閉じる
consent-required = 常に有効
consent-gpc = お使いのブラウザーは、データの共有や販売をしないようサイトに求めています（グローバル・プライバシー・コントロール）。この求めの対象となる分類は無効にしています。ここで有効にすることもできます。
consent-service-name = サービス
consent-service-purpose = 目的
consent-service-data = 送信する情報
consent-service-recipient = 送信先
consent-service-retention = 保存期間
consent-service-cookies = クッキーと保存データ
consent-services-caption = この分類のサービス
consent-accepted = すべてのクッキーを許可しました。クッキーの設定でいつでも変更できます。
consent-rejected = 任意のクッキーをすべて拒否しました。サイトはすべてご利用いただけます。クッキーの設定でいつでも変更できます。
consent-saved = クッキーの選択を保存しました。クッキーの設定でいつでも変更できます。
consent-page-title = クッキーの設定
consent-page-intro = このサイトが使う可能性のあるクッキーと類似の保存の分類、各サービスがあなたのデータで何をするか、誰が受け取るかを掲載しています。選択は下で変更できます。
consent-status-none = まだ選択していません。必要不可欠な保存だけを使っています。
consent-status-made = { DATETIME($date, dateStyle: "long", timeStyle: "short") }の選択（方針の版：{ $revision }）
consent-allowed = 許可
consent-not-allowed = 不許可
consent-receipt-title = 同意の記録
consent-receipt-body = あなたの選択は、この端末にだけ、ランダムな識別子、日時、方針の版、言語とともに保存しています。個人情報は含みません。
consent-receipt-download = 記録をダウンロードする（JSON）
consent-embed-title = この動画は{ $provider }が提供しています
consent-embed-body = 再生すると、{ $recipient }に次の情報が送信されます：{ $data }。
consent-embed-load-once = この動画を今回だけ読み込む
consent-embed-always = { $provider }を常に許可する
content-image-alt = 画像：{ $alt }
content-image-title = この写真は{ $provider }が提供しています
content-image-body = 表示すると、{ $recipient }に次の情報が送信されます：{ $data }。
content-image-show-once = この写真を今回だけ表示する
content-image-undeclared = この画像は別のウェブサイト（{ $host }）にあるため、ここには表示しません。
content-image-open = { $host }で画像を開く

## フォーム（フォーム機能：手順、入力項目、エラー、入力内容の確認、送信完了）
nav-contact = お問い合わせ
nav-menu = メニュー
form-required = （必須）
form-step = 全{ $total }ステップ中{ $current }ステップ目
form-steps-intro = このフォームは全{ $count }ステップです。送信する前に入力内容を確認できます。
form-start = 入力を始める
form-resume = 前回の続きから入力する
form-start-again = 最初からやり直す
form-cleared = 以前の入力内容をこの端末から削除しました。
form-continue = 次へ進む
form-back = 戻る
form-save-note = 入力内容はこの端末に随時保存されるため、ページを離れたり再読み込みしたりしても失われません。変更がないまま{ $days }日たつと削除されます。「送信する」を選ぶまで、何も送信されません。
form-save-failed = 入力内容をこの端末に保存できませんでした（保存領域がいっぱいか、無効になっている可能性があります）。このページを開いている間は入力内容が残ります。閉じる前に送信してください。
form-saved = { DATETIME($time, timeStyle: "short") }に入力内容をこの端末に保存しました。
form-restored-title = 入力内容を復元しました
form-restored = { DATETIME($time, dateStyle: "long", timeStyle: "short") }に入力された内容を復元しました。続きから入力するか、「最初からやり直す」を選んで削除してください。
form-privacy-title = 入力内容の取り扱いについて
form-error-summary-title = 入力内容に誤りがあります
form-error-prefix = エラー：
form-error-required = 「{ $label }」を入力してください。
form-error-required-choice = 「{ $label }」を選択してください。
form-error-too-long = 「{ $label }」は{ $max }文字以内で入力してください。
form-error-invalid-email = 「{ $label }」には、name@example.org のような正しい形式のメールアドレスを入力してください。
form-error-invalid-tel = 「{ $label }」には、03-1234-5678 や +81 3 1234 5678 のような電話番号を入力してください。
form-error-invalid-url = 「{ $label }」には、https:// または http:// で始まるウェブアドレスを入力してください。
form-error-invalid-date = 「{ $label }」には、実在する日付を年・月・日すべて入力してください。
form-error-invalid-number = 「{ $label }」には、42 のような整数を入力してください。
form-error-too-small = 「{ $label }」には{ $min }以上の数を入力してください。
form-error-too-large = 「{ $label }」には{ $max }以下の数を入力してください。
form-error-invalid-choice = 「{ $label }」は、表示されている選択肢から選んでください。
form-error-unknown-question = 「{ $label }」は、現在このフォームの項目ではありません。入力内容を確認して、もう一度送信してください。
form-error-other = 「{ $label }」の回答を受け付けられませんでした（{ $code }）。
form-characters-left = あと{ $count }文字入力できます
form-characters-over = { $count }文字超過しています
form-select-placeholder = 選択してください
form-choice-or = または
form-url-list-hint = ウェブアドレスは1行に1つずつ入力してください。
form-date-year = 年
form-date-month = 月
form-date-day = 日
form-date-shown = { DATETIME($date, dateStyle: "long") }
form-yes = はい
form-no = いいえ
form-check-title = 送信する前に入力内容を確認してください
form-change = 変更する
form-not-answered = 未入力
form-send = 送信する
form-sending = 送信中…
form-send-retry = 再試行
form-send-failed-title = 入力内容は送信されていません
form-send-failed-kept = 入力内容は失われていません。この画面とこの端末に残っています。再試行しても、二重に送信されることはありません。
form-send-offline = この端末はインターネットに接続されていません。
form-send-timeout = 時間内に市のシステムから応答がありませんでした。
form-send-malformed = 市のシステムから読み取れない応答が返されたため、入力内容が届いたかどうか確認できません。
form-send-too-large = 入力内容が長すぎるため送信できません。長い回答を短くしてください。
form-send-not-found = このフォームは現在受け付けを行っていません。
form-send-rate-limited = お使いの接続から短い時間に多くのフォームが送信されました。{ $seconds }秒ほど待ってから、もう一度送信してください。
form-done-title = 送信が完了しました
form-done-reference = 受付番号
form-done-next = 「{ $form }」の入力内容を受け付けました。この件についてお問い合わせいただく際に必要ですので、受付番号を控えておいてください。
form-done-home = トップページへ
form-done-view-response = 送信した回答を表示・印刷・ダウンロードする
form-done-results = この調査のこれまでの集計結果を見る
form-start-results = これまでの集計結果を見る

form-response-title = 送信した回答
form-response-reference = 受付番号
form-response-sent = 送信日時
form-response-sent-at = { DATETIME($time, dateStyle: "long", timeStyle: "short") }
form-response-time = 回答にかかった時間
form-response-time-taken = { $hours ->
        [0] { $minutes }分
       *[other] { $hours }時間{ $minutes ->
            [0] {""}
           *[other] { $minutes }分
        }
    }
form-response-time-unknown = 記録なし
form-response-print = この回答を印刷する
form-response-download = テキストファイルでダウンロードする
form-response-keep-title = この端末に控えを保存しますか
form-response-keep-body = この回答は、このページを離れるまでしか表示されません。控えを保存すると、この端末のこのブラウザにだけ保存され（どこにも送信されません）、後でこのページをもう一度開けます。控えはここでいつでも削除できます。
form-response-keep = この端末に控えを保存する
form-response-kept = この回答の控えは、この端末のこのブラウザに保存されています。不要になったら削除してください。共用の端末では特にご注意ください。
form-response-kept-now = 控えをこの端末に保存しました。
form-response-keep-failed = 控えを保存できませんでした。このブラウザでは保存が許可されていないか、容量がいっぱいです。代わりに回答をダウンロードできます。
form-response-delete = この端末から控えを削除する
form-response-deleted = 控えをこの端末から削除しました。
form-response-none-title = 表示できる回答がありません
form-response-none-body = 送信した回答は、ページを離れるまで、または控えをこの端末に保存した場合はその後もここに表示されます。このブラウザには、このフォームの回答はありません。
form-response-none-form = フォームへ

results-title = 集計結果：{ $form }
results-lead = これまでの回答数は{ $responses }件です（{ DATETIME($time, dateStyle: "long", timeStyle: "short") }時点）。
results-withheld-note = 回答者を保護するため、{ $min }件未満の数は表示しません。
results-fewer-than = { $min }件未満
results-none-title = まだ回答がありません
results-none-body = 最初の回答が届くと、ここに集計結果が表示されます。
results-answered = 回答{ $answered }件
results-question-withheld = この質問に回答したのは{ $min }件未満のため、数値を表示しません。
results-several = 複数回答のため、割合の合計は100%を超えます。
results-count-share = { $count }件（{ $share }%）
results-number = { $count }件
results-share = { $share }%
results-table-show = 数値を表で見る
results-table-answer = 回答
results-table-count = 件数
results-table-share = 割合
results-back-to-form = 調査票へ

form-needs-javascript-title = このフォームには JavaScript が必要です
form-needs-javascript = このフォームをオンラインで送信するには JavaScript が必要ですが、お使いのブラウザーでは無効になっているか、読み込まれませんでした。電話またはメールでもお問い合わせいただけます。
form-alternative-phone = 電話：{ $phone }
form-alternative-email = メール：{ $email }
