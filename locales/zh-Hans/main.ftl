### civic-portal 界面文字：简体中文

-site-name = 示例市

## 页面框架

header-site-name = { -site-name }
document-title = { $page } | { $site }
skip-link = 跳到主要内容
main-content-starts = 主要内容从这里开始

## 导航

nav-primary-label = 主菜单
nav-home = 首页
nav-news = 新闻
nav-city-diplomacy = 城市外交
language-selector-label = 语言

search-label = 站内搜索
search-button = 搜索
search-title = 站内搜索
search-hint = 请输入要查找的词语，然后选择“搜索”。
search-count = { $count ->
        [0] 没有与“{ $query }”相符的结果
       *[other] “{ $query }”的搜索结果：{ $count } 条
    }
search-none-title = 未找到相关内容
search-none-spelling = 请检查输入的词语，或换一个词试试。
search-none-fewer = 请减少词语数量：搜索会查找包含所有词语的页面。
search-none-home = 从首页浏览
search-none-news = 查看最新消息
search-none-contact = 通过咨询表单提问
search-kind-news = 消息
search-unavailable = 站内搜索暂时无法使用。请重试，或从首页浏览。
footer-policies-label = 关于本网站
footer-accessibility = 无障碍方针
footer-multilingual = 多语言服务
footer-city-diplomacy = 城市外交
footer-copyright = © { -site-name }　本网站文字可按网站使用条款转载。

## 内容状态

loading = 正在加载…
page-updated = 最后更新：{ DATETIME($date, dateStyle: "long") }
news-title = 新闻公告
news-intro = 市政府发布的公告，按时间由新到旧排列。
news-empty = 目前没有公告。
news-count = 共 { $count } 条公告
news-published = 发布日期：{ DATETIME($date, dateStyle: "long") }

error-network-title = 无法连接服务器
error-network-body = 市政府的服务器没有响应。您的设备已联网，问题可能出在服务器一方。请稍后重试。
error-server-title = 服务器出现问题
error-server-body = 服务器返回错误 { $status }。请过几分钟再试。
error-busy-title = 市政系统繁忙
error-busy-body = 您的网络连接在短时间内发出的请求过多。请在 { $seconds } 秒后重试。
error-malformed-title = 无法读取此内容
error-malformed-body = 服务器发送的内容格式无法识别。请稍后再试。
retry = 重试

not-found-title = 找不到该页面
not-found-body = 网址可能输入有误，或页面已经移动。
not-found-home = 返回首页

## 语言加载

content-fallback-notice = 此页面暂无{ $language }版本，现以{ $shown }显示。
i18n-load-failed = 无法将界面切换为{ $language }。请重试。


## 内容状态（2）

error-offline-title = 您已离线
error-offline-body = 此设备未连接互联网。恢复连接后请重试。
offline-kept-title = 可离线查看的页面
offline-kept-intro = 以下页面已保存在此设备上，没有网络也能打开：
update-ready = 本网站的新版本已准备就绪。
update-apply = 使用新版本
furigana-toggle = 注音假名
error-timeout-title = 服务器响应时间过长
error-timeout-body = 服务器未能及时响应，可能正忙。请重试。
error-too-large-title = 此内容过大，无法显示
error-too-large-body = 服务器发送的数据超出本网站可显示的范围。请稍后再试。

## 页面组成部分

breadcrumbs-label = 当前位置
content-available-in = 可用语言：
news-title-paged = 新闻公告（第 { $page } 页，共 { $total } 页）
pagination-label = 新闻公告页码
pagination-previous = 上一页
pagination-next = 下一页
pagination-page = 第 { $number } 页
file-meta = { $format }，{ $size }
file-size-kb = { NUMBER($value, maximumFractionDigits: 0) } KB
file-size-mb = { NUMBER($value, maximumFractionDigits: 1) } MB
contact-heading = 联系方式
contact-address = 地址
contact-phone = 电话
contact-email = 电子邮件
contact-hours = 办公时间
contact-form = 使用咨询表单
emergency-label = 紧急信息
emergency-updated = 更新时间：{ DATETIME($date, dateStyle: "long", timeStyle: "short") }
table-region = { $caption }（表格，可横向滚动）
table-region-untitled = 表格（可横向滚动）

## 翻译检查（仅供开发人员和译者使用）

l10n-overlay-title = 翻译检查
l10n-overlay-problems = { $count ->
    [0] 未发现问题
   *[other] { $count } 个问题
}
l10n-overlay-pseudo = 用伪区域设置查看此页面，以检查版面：
l10n-overlay-accented = 带重音、加长 40% 的文字
l10n-overlay-rtl = 从右到左

## 同意（Cookie 横幅、偏好设置对话框、Cookie 设置页面）

consent-banner-title = { $site }的 Cookie
consent-banner-body = 我们使用必要的存储来保证本网站正常运行。经您许可，我们还希望统计网站的使用情况，并显示来自其他服务的视频。这些功能会向其他公司发送数据。未经您许可，不会发送任何数据。
consent-accept-all = 全部接受
consent-reject-all = 全部拒绝
consent-choose = 自行选择
consent-banner-label = Cookie 选项
consent-settings-link = Cookie 设置
consent-dialog-title = 请选择允许的 Cookie
consent-dialog-intro = 必要的存储始终开启。其他类别在您开启之前均为关闭状态。
consent-save = 保存我的选择
consent-close = 关闭
consent-required = 始终开启
consent-gpc = 您的浏览器要求网站不要共享或出售您的数据（全球隐私控制）。该要求涵盖的类别已关闭。您仍可在此处开启。
consent-service-name = 服务
consent-service-purpose = 目的
consent-service-data = 发送的数据
consent-service-recipient = 接收方
consent-service-retention = 保存期限
consent-service-cookies = Cookie 和存储
consent-services-caption = 此类别中的服务
consent-accepted = 您已接受所有 Cookie。您可以随时在 Cookie 设置中更改。
consent-rejected = 您已拒绝所有可选 Cookie。网站的所有功能仍可使用。您可以随时在 Cookie 设置中更改。
consent-saved = 您的 Cookie 选择已保存。您可以随时在 Cookie 设置中更改。
consent-page-title = Cookie 设置
consent-page-intro = 本页列出本网站可能使用的所有 Cookie 及类似存储的类别、各项服务如何使用您的数据以及数据的接收方。您可以在下方更改选择。
consent-status-none = 您尚未作出选择。目前仅使用必要的存储。
consent-status-made = 您于 { DATETIME($date, dateStyle: "long", timeStyle: "short") } 作出的选择（政策版本：{ $revision }）。
consent-allowed = 允许
consent-not-allowed = 不允许
consent-receipt-title = 您的同意记录
consent-receipt-body = 您的选择仅保存在此设备上，并附有随机标识符、时间、政策版本和语言，不包含任何个人数据。
consent-receipt-download = 下载记录（JSON）
consent-embed-title = 此视频由 { $provider } 提供
consent-embed-body = 播放时会向 { $recipient } 发送以下数据：{ $data }。
consent-embed-load-once = 仅本次加载此视频
consent-embed-always = 始终允许 { $provider }
content-image-alt = 图片：{ $alt }
content-image-title = 此照片由 { $provider } 提供
content-image-body = 显示时会向 { $recipient } 发送以下数据：{ $data }。
content-image-show-once = 仅本次显示此照片
content-image-undeclared = 此图片位于其他网站（{ $host }），因此不在此处显示。
content-image-open = 在 { $host } 上打开图片

## 表单（表单功能：步骤、填写项、错误、核对填写内容、提交完成）
nav-contact = 联系我们
nav-menu = 菜单
form-required = （必填）
form-step = 第 { $current } 步，共 { $total } 步
form-steps-intro = 此表单共 { $count } 步。提交前，您可以核对填写的内容。
form-start = 开始填写
form-resume = 从上次中断处继续
form-start-again = 重新开始
form-cleared = 您之前填写的内容已从此设备中删除。
form-continue = 继续
form-back = 返回
form-save-note = 您填写的内容会随时保存在此设备上，即使离开或刷新页面也不会丢失。如 { $days } 天内没有更改，将被删除。在您选择“提交”之前，不会发送任何内容。
form-save-failed = 无法将您填写的内容保存在此设备上（存储空间可能已满或已关闭）。在此页面打开期间，内容会保留；请在关闭前提交。
form-saved = 已于 { DATETIME($time, timeStyle: "short") } 将填写内容保存在此设备上。
form-restored-title = 已恢复您填写的内容
form-restored = 已恢复您于 { DATETIME($time, dateStyle: "long", timeStyle: "short") } 填写的内容。您可以从上次中断处继续，或选择“重新开始”将其删除。
form-privacy-title = 我们如何使用您填写的内容
form-error-summary-title = 填写内容有误
form-error-prefix = 错误：
form-error-required = 请填写“{ $label }”。
form-error-required-choice = 请选择“{ $label }”。
form-error-too-long = “{ $label }”不得超过 { $max } 个字符。
form-error-invalid-email = 请在“{ $label }”中按正确格式填写电子邮件地址，例如 name@example.org。
form-error-invalid-tel = 请在“{ $label }”中填写电话号码，例如 03 1234 5678 或 +81 3 1234 5678。
form-error-invalid-url = 请在“{ $label }”中填写以 https:// 或 http:// 开头的网址。
form-error-invalid-date = 请在“{ $label }”中填写包含年、月、日的有效日期。
form-error-invalid-number = 请在“{ $label }”中填写整数，例如 42。
form-error-too-small = “{ $label }”不得小于 { $min }。
form-error-too-large = “{ $label }”不得大于 { $max }。
form-error-invalid-choice = 请从列出的选项中为“{ $label }”选择一项。
form-error-unknown-question = “{ $label }”已不属于此表单。请核对填写的内容后重新提交。
form-error-other = “{ $label }”的回答未被接受（{ $code }）。
form-characters-left = 还可以输入 { $count } 个字符
form-characters-over = 已超出 { $count } 个字符
form-select-placeholder = 请选择…
form-choice-or = 或
form-url-list-hint = 每行填写一个网址。
form-date-year = 年
form-date-month = 月
form-date-day = 日
form-date-shown = { DATETIME($date, dateStyle: "long") }
form-yes = 是
form-no = 否
form-check-title = 提交前请核对填写的内容
form-change = 修改
form-not-answered = 未填写
form-send = 提交
form-sending = 正在提交…
form-send-retry = 重试
form-send-failed-title = 您填写的内容尚未提交
form-send-failed-kept = 内容没有丢失：您填写的内容仍在此页面上，也保存在此设备中。重试时，内容只会提交一次。
form-send-offline = 此设备未连接互联网。
form-send-timeout = 市政府系统未能及时响应。
form-send-malformed = 市政府系统返回的响应无法读取，因此无法确认您填写的内容是否已送达。
form-send-too-large = 您填写的内容过长，无法提交。请缩短最长的几项回答。
form-send-not-found = 此表单目前暂停受理。
form-send-rate-limited = 您的网络连接在短时间内提交的表单过多。请等待 { $seconds } 秒后再提交。
form-done-title = 您填写的内容已提交
form-done-reference = 您的受理编号
form-done-next = 我们已收到您填写的“{ $form }”。请妥善保存受理编号；如就此事与我们联系，请提供该编号。
form-done-home = 返回首页
form-done-view-response = 查看、打印或下载您提交的内容
form-done-results = 查看此问卷目前的统计结果
form-start-results = 查看目前的统计结果

form-response-title = 您提交的内容
form-response-reference = 受理编号
form-response-sent = 提交时间
form-response-sent-at = { DATETIME($time, dateStyle: "long", timeStyle: "short") }
form-response-time = 填写用时
form-response-time-taken = { $hours ->
        [0] { $minutes } 分钟
       *[other] { $hours } 小时{ $minutes ->
            [0] {""}
           *[other] {" "}{ $minutes } 分钟
        }
    }
form-response-time-unknown = 未记录
form-response-print = 打印提交的内容
form-response-download = 下载为文本文件
form-response-keep-title = 要在此设备上保存副本吗？
form-response-keep-body = 您提交的内容仅在您离开此页面之前显示。如果保存副本，以后您可以再次打开此页面查看。副本只保存在此设备的这个浏览器中，不会发送到任何地方。您可以随时在此处删除副本。
form-response-keep = 在此设备上保存副本
form-response-kept = 您提交内容的副本已保存在此设备的这个浏览器中。不再需要时请将其删除；使用共用设备时尤其要注意。
form-response-kept-now = 已在此设备上保存副本。
form-response-keep-failed = 无法保存副本：此浏览器不允许存储数据，或存储空间已满。您可以改为下载提交的内容。
form-response-delete = 从此设备中删除副本
form-response-deleted = 副本已从此设备中删除。
form-response-none-title = 没有可显示的提交内容
form-response-none-body = 提交的内容会在此处显示，直到您离开页面；如果您选择了在此设备上保存副本，之后也会显示。此浏览器中没有此表单的提交内容。
form-response-none-form = 前往表单

results-title = 统计结果：{ $form }
results-lead = 截至 { DATETIME($time, dateStyle: "long", timeStyle: "short") }，共收到 { $responses } 份回答。
results-withheld-note = 为保护回答者的隐私，少于 { $min } 的回答数不予显示。
results-fewer-than = 少于 { $min }
results-none-title = 暂无回答
results-none-body = 收到第一批回答后，统计结果将显示在此处。
results-answered = { $answered } 份回答
results-question-withheld = 回答此问题的少于 { $min } 份，因此不显示相关数字。
results-several = 此题为多选题，因此各项占比之和可能超过 100%。
results-count-share = { $count }（{ $share }%）
results-number = { $count }
results-share = { $share }%
results-table-show = 以表格形式显示数据
results-table-answer = 选项
results-table-count = 回答数
results-table-share = 占比
results-back-to-form = 前往问卷

form-needs-javascript-title = 此表单需要 JavaScript
form-needs-javascript = 在线提交此表单需要 JavaScript，但您的浏览器已将其关闭或未能加载。您也可以通过电话或电子邮件与我们联系：
form-alternative-phone = 电话：{ $phone }
form-alternative-email = 电子邮件：{ $email }
