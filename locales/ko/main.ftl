### civic-portal 화면 문자열: 한국어

-site-name = 샘플시

## 페이지 틀

header-site-name = { -site-name }
document-title = { $page } | { $site }
skip-link = 본문 바로가기
main-content-starts = 본문 시작

## 내비게이션

nav-primary-label = 주 메뉴
nav-home = 홈
nav-news = 새소식
nav-city-diplomacy = 도시 외교
language-selector-label = 언어

search-label = 사이트 내 검색
search-button = 검색
search-title = 사이트 내 검색
search-hint = 찾으려는 낱말을 입력한 뒤 ‘검색’을 선택해 주십시오.
search-count = { $count ->
        [0] ‘{ $query }’에 대한 검색 결과가 없습니다
       *[other] ‘{ $query }’ 검색 결과 { $count }건
    }
search-none-title = 찾지 못했습니다
search-none-spelling = 철자를 확인하거나 다른 낱말로 검색해 주십시오.
search-none-fewer = 낱말 수를 줄여 주십시오. 입력한 모든 낱말이 들어 있는 페이지를 찾습니다.
search-none-home = 홈페이지에서 찾아보기
search-none-news = 최신 소식 보기
search-none-contact = 문의 양식으로 질문하기
search-kind-news = 소식
search-unavailable = 지금은 사이트 내 검색을 이용할 수 없습니다. 다시 시도하시거나 홈페이지에서 찾아 주십시오.
footer-policies-label = 이 웹사이트에 대하여
footer-accessibility = 웹 접근성 방침
footer-multilingual = 다국어 지원
footer-city-diplomacy = 도시 외교
footer-copyright = © { -site-name }. 이 사이트의 글은 이용 약관에 따라 다시 사용할 수 있습니다.

## 콘텐츠 상태

loading = 불러오는 중…
page-updated = 최종 수정일: { DATETIME($date, dateStyle: "long") }
news-title = 새소식
news-intro = 시에서 알려 드리는 소식을 최신순으로 싣습니다.
news-empty = 현재 새소식이 없습니다.
news-count = 소식 { $count }건
news-published = 게시일: { DATETIME($date, dateStyle: "long") }

error-network-title = 서버에 연결할 수 없습니다
error-network-body = 시의 서버가 응답하지 않았습니다. 기기는 온라인 상태이므로 서버 쪽 문제로 보입니다. 잠시 후 다시 시도해 주십시오.
error-server-title = 서버에 문제가 발생했습니다
error-server-body = 서버가 오류 { $status }을(를) 보냈습니다. 몇 분 뒤 다시 시도해 주십시오.
error-busy-title = 시 시스템이 혼잡합니다
error-busy-body = 사용 중인 연결에서 짧은 시간에 너무 많은 요청이 있었습니다. { $seconds }초 후에 다시 시도해 주십시오.
error-malformed-title = 이 콘텐츠를 읽을 수 없습니다
error-malformed-body = 서버가 이 사이트에서 읽을 수 없는 형식의 내용을 보냈습니다. 잠시 뒤 다시 시도해 주십시오.
retry = 다시 시도

not-found-title = 페이지를 찾을 수 없습니다
not-found-body = 주소가 잘못 입력되었거나 페이지가 옮겨졌을 수 있습니다.
not-found-home = 홈페이지로 가기

## 언어 불러오기

content-fallback-notice = 이 페이지는 아직 { $language }로 제공되지 않습니다. { $shown }(으)로 표시합니다.
i18n-load-failed = 화면 언어를 { $language }(으)로 바꾸지 못했습니다. 다시 시도해 주십시오.


## 콘텐츠 상태 (2)

error-offline-title = 오프라인 상태입니다
error-offline-body = 이 기기가 인터넷에 연결되어 있지 않습니다. 연결된 뒤 다시 시도해 주십시오.
offline-kept-title = 오프라인으로 볼 수 있는 페이지
offline-kept-intro = 다음 페이지는 이 기기에 저장되어 있어 연결 없이도 열 수 있습니다.
update-ready = 이 웹사이트의 새 버전이 준비되었습니다.
update-apply = 새 버전 사용
furigana-toggle = 후리가나
error-timeout-title = 서버 응답이 늦어지고 있습니다
error-timeout-body = 서버가 제시간에 응답하지 않았습니다. 혼잡할 수 있으니 다시 시도해 주십시오.
error-too-large-title = 이 콘텐츠는 너무 커서 표시할 수 없습니다
error-too-large-body = 서버가 이 사이트에서 표시할 수 있는 양보다 많은 데이터를 보냈습니다. 잠시 뒤 다시 시도해 주십시오.

## 페이지 구성 요소

breadcrumbs-label = 현재 위치
content-available-in = 제공 언어:
news-title-paged = 새소식 ({ $total }쪽 중 { $page }쪽)
pagination-label = 새소식 쪽 번호
pagination-previous = 이전 쪽
pagination-next = 다음 쪽
pagination-page = { $number } 쪽
file-meta = { $format }, { $size }
file-size-kb = { NUMBER($value, maximumFractionDigits: 0) }KB
file-size-mb = { NUMBER($value, maximumFractionDigits: 1) }MB
contact-heading = 문의처
contact-address = 주소
contact-phone = 전화
contact-email = 이메일
contact-hours = 운영 시간
contact-form = 문의 양식 이용하기
emergency-label = 긴급 정보
emergency-updated = { DATETIME($date, dateStyle: "long", timeStyle: "short") } 갱신
table-region = { $caption } (표, 가로로 스크롤할 수 있음)
table-region-untitled = 표 (가로로 스크롤할 수 있음)

## 번역 점검 (개발자와 번역자 전용)

l10n-overlay-title = 번역 점검
l10n-overlay-problems = { $count ->
    [0] 문제 없음
   *[other] 문제 { $count }건
}
l10n-overlay-pseudo = 의사 로캘로 이 페이지를 보고 레이아웃을 확인할 수 있습니다.
l10n-overlay-accented = 악센트를 붙여 40% 길게 만든 문자열
l10n-overlay-rtl = 오른쪽에서 왼쪽

## 동의 (쿠키 배너, 설정 대화 상자, 쿠키 설정 페이지)

consent-banner-title = { $site }의 쿠키 안내
consent-banner-body = 이 사이트가 작동하는 데 꼭 필요한 저장은 항상 사용합니다. 동의해 주시면 사이트 이용 현황을 측정하고 다른 서비스의 동영상도 보여 드립니다. 이 기능들은 다른 회사에 데이터를 보냅니다. 동의하지 않으면 아무것도 보내지 않습니다.
consent-accept-all = 모두 허용
consent-reject-all = 모두 거부
consent-choose = 직접 선택
consent-banner-label = 쿠키 선택
consent-settings-link = 쿠키 설정
consent-dialog-title = 허용할 쿠키를 선택해 주십시오
consent-dialog-intro = 꼭 필요한 저장은 항상 켜져 있습니다. 그 밖의 항목은 직접 켜기 전까지 꺼져 있습니다.
consent-save = 선택 저장
consent-close = 닫기
consent-required = 항상 사용
consent-gpc = 사용 중인 브라우저가 사이트에 데이터를 공유하거나 판매하지 말라고 요청하고 있습니다(글로벌 프라이버시 컨트롤). 이 요청에 해당하는 항목은 꺼 두었습니다. 여기에서 다시 켤 수 있습니다.
consent-service-name = 서비스
consent-service-purpose = 목적
consent-service-data = 보내는 데이터
consent-service-recipient = 받는 곳
consent-service-retention = 보관 기간
consent-service-cookies = 쿠키와 저장 데이터
consent-services-caption = 이 항목의 서비스
consent-accepted = 모든 쿠키를 허용했습니다. 쿠키 설정에서 언제든지 바꿀 수 있습니다.
consent-rejected = 선택 쿠키를 모두 거부했습니다. 사이트의 모든 기능을 그대로 이용할 수 있습니다. 쿠키 설정에서 언제든지 바꿀 수 있습니다.
consent-saved = 쿠키 선택을 저장했습니다. 쿠키 설정에서 언제든지 바꿀 수 있습니다.
consent-page-title = 쿠키 설정
consent-page-intro = 이 사이트가 사용할 수 있는 쿠키와 비슷한 저장 방식의 모든 항목, 각 서비스가 데이터를 어떻게 사용하는지, 누가 받는지를 보여 줍니다. 아래에서 선택을 바꿀 수 있습니다.
consent-status-none = 아직 선택하지 않았습니다. 꼭 필요한 저장만 사용하고 있습니다.
consent-status-made = { DATETIME($date, dateStyle: "long", timeStyle: "short") }에 한 선택(방침 버전: { $revision })
consent-allowed = 허용
consent-not-allowed = 허용 안 함
consent-receipt-title = 동의 기록
consent-receipt-body = 선택 내용은 이 기기에만 임의의 식별자, 시각, 방침 버전, 언어와 함께 저장됩니다. 개인정보는 포함되지 않습니다.
consent-receipt-download = 기록 내려받기 (JSON)
consent-embed-title = 이 동영상은 { $provider }에서 제공합니다
consent-embed-body = 재생하면 { $recipient }에 다음 데이터가 전송됩니다: { $data }.
consent-embed-load-once = 이 동영상만 이번에 불러오기
consent-embed-always = { $provider } 항상 허용
content-image-alt = 이미지: { $alt }
content-image-title = 이 사진은 { $provider }에서 제공합니다
content-image-body = 표시하면 { $recipient }에 다음 데이터가 전송됩니다: { $data }.
content-image-show-once = 이 사진만 이번에 표시하기
content-image-undeclared = 이 이미지는 다른 웹사이트({ $host })에 있으므로 여기에 표시하지 않습니다.
content-image-open = { $host }에서 이미지 열기

## 양식 (양식 기능: 단계, 입력 항목, 오류, 답변 확인, 제출 완료)
nav-contact = 문의하기
nav-menu = 메뉴
form-required = (필수)
form-step = { $total }단계 중 { $current }단계
form-steps-intro = 이 양식은 { $count }단계로 되어 있습니다. 제출하기 전에 답변을 확인할 수 있습니다.
form-start = 작성 시작하기
form-resume = 이어서 작성하기
form-start-again = 처음부터 다시 작성하기
form-cleared = 이전에 입력한 답변을 이 기기에서 삭제했습니다.
form-continue = 계속
form-back = 이전
form-save-note = 답변은 입력하는 대로 이 기기에 저장되므로 페이지를 떠나거나 새로 고쳐도 사라지지 않습니다. 변경 없이 { $days }일이 지나면 삭제됩니다. ‘제출’을 선택하기 전에는 아무것도 전송되지 않습니다.
form-save-failed = 답변을 이 기기에 저장하지 못했습니다(저장 공간이 가득 찼거나 꺼져 있을 수 있습니다). 이 페이지를 열어 두는 동안에는 답변이 남아 있으니 닫기 전에 제출해 주십시오.
form-saved = { DATETIME($time, timeStyle: "short") }에 답변을 이 기기에 저장했습니다.
form-restored-title = 답변을 복원했습니다
form-restored = { DATETIME($time, dateStyle: "long", timeStyle: "short") }에 입력한 답변을 복원했습니다. 이어서 작성하거나, ‘처음부터 다시 작성하기’를 선택해 답변을 삭제할 수 있습니다.
form-privacy-title = 답변의 이용 안내
form-error-summary-title = 입력 내용에 문제가 있습니다
form-error-prefix = 오류:
form-error-required = ‘{ $label }’을(를) 입력해 주십시오.
form-error-required-choice = ‘{ $label }’을(를) 선택해 주십시오.
form-error-too-long = ‘{ $label }’은(는) { $max }자 이내로 입력해 주십시오.
form-error-invalid-email = ‘{ $label }’에 name@example.org와 같은 올바른 형식의 이메일 주소를 입력해 주십시오.
form-error-invalid-tel = ‘{ $label }’에 03 1234 5678 또는 +81 3 1234 5678과 같은 전화번호를 입력해 주십시오.
form-error-invalid-url = ‘{ $label }’에 https:// 또는 http://로 시작하는 웹 주소를 입력해 주십시오.
form-error-invalid-date = ‘{ $label }’에 연, 월, 일을 모두 갖춘 올바른 날짜를 입력해 주십시오.
form-error-invalid-number = ‘{ $label }’에 42와 같은 정수를 입력해 주십시오.
form-error-too-small = ‘{ $label }’은(는) { $min } 이상이어야 합니다.
form-error-too-large = ‘{ $label }’은(는) { $max } 이하여야 합니다.
form-error-invalid-choice = ‘{ $label }’은(는) 목록에 있는 선택지 중에서 골라 주십시오.
form-error-unknown-question = ‘{ $label }’은(는) 더 이상 이 양식의 항목이 아닙니다. 답변을 확인한 뒤 다시 제출해 주십시오.
form-error-other = ‘{ $label }’의 답변이 접수되지 않았습니다({ $code }).
form-characters-left = { $count }자 더 입력할 수 있습니다
form-characters-over = { $count }자 초과했습니다
form-select-placeholder = 선택해 주십시오
form-choice-or = 또는
form-url-list-hint = 웹 주소는 한 줄에 하나씩 입력해 주십시오.
form-date-year = 년
form-date-month = 월
form-date-day = 일
form-date-shown = { DATETIME($date, dateStyle: "long") }
form-yes = 예
form-no = 아니요
form-check-title = 제출하기 전에 답변을 확인해 주십시오
form-change = 수정
form-not-answered = 입력하지 않음
form-send = 제출
form-sending = 제출 중…
form-send-retry = 다시 시도
form-send-failed-title = 답변이 제출되지 않았습니다
form-send-failed-kept = 답변은 사라지지 않았습니다. 이 화면과 이 기기에 그대로 남아 있습니다. 다시 시도해도 한 번만 제출됩니다.
form-send-offline = 이 기기가 인터넷에 연결되어 있지 않습니다.
form-send-timeout = 시 시스템이 제시간에 응답하지 않았습니다.
form-send-malformed = 시 시스템이 읽을 수 없는 응답을 보내 답변이 도착했는지 확인할 수 없습니다.
form-send-too-large = 답변이 너무 길어 제출할 수 없습니다. 가장 긴 답변을 줄여 주십시오.
form-send-not-found = 현재 이 양식은 접수를 받지 않습니다.
form-send-rate-limited = 사용 중인 연결에서 짧은 시간에 너무 많은 양식이 제출되었습니다. { $seconds }초 기다린 후 다시 제출해 주십시오.
form-done-title = 답변이 제출되었습니다
form-done-reference = 접수 번호
form-done-next = ‘{ $form }’에 대한 답변을 접수했습니다. 이 건으로 문의하실 때 필요하니 접수 번호를 보관해 주십시오.
form-done-home = 홈페이지로 가기
form-done-view-response = 제출한 답변 보기·인쇄·내려받기
form-done-results = 이 설문조사의 현재까지 결과 보기
form-start-results = 현재까지 결과 보기

form-response-title = 제출한 답변
form-response-reference = 접수 번호
form-response-sent = 제출 일시
form-response-sent-at = { DATETIME($time, dateStyle: "long", timeStyle: "short") }
form-response-time = 작성 소요 시간
form-response-time-taken = { $hours ->
        [0] { $minutes }분
       *[other] { $hours }시간{ $minutes ->
            [0] {""}
           *[other] {" "}{ $minutes }분
        }
    }
form-response-time-unknown = 기록되지 않음
form-response-print = 이 답변 인쇄하기
form-response-download = 텍스트 파일로 내려받기
form-response-keep-title = 이 기기에 사본을 보관하시겠습니까?
form-response-keep-body = 이 답변은 이 페이지를 떠나기 전까지만 표시됩니다. 사본을 보관하면 나중에 이 페이지를 다시 열어 볼 수 있습니다. 사본은 이 기기의 이 브라우저에만 저장되며 어디로도 전송되지 않습니다. 사본은 여기에서 언제든지 삭제할 수 있습니다.
form-response-keep = 이 기기에 사본 보관하기
form-response-kept = 이 답변의 사본이 이 기기의 이 브라우저에 보관되어 있습니다. 더 이상 필요하지 않으면 삭제해 주십시오. 여러 사람이 함께 쓰는 기기에서는 특히 잊지 말고 삭제해 주십시오.
form-response-kept-now = 이 기기에 사본을 보관했습니다.
form-response-keep-failed = 사본을 보관하지 못했습니다. 이 브라우저에서 저장이 허용되지 않거나 저장 공간이 가득 찼습니다. 대신 답변을 내려받을 수 있습니다.
form-response-delete = 이 기기에서 사본 삭제하기
form-response-deleted = 이 기기에서 사본을 삭제했습니다.
form-response-none-title = 표시할 답변이 없습니다
form-response-none-body = 제출한 답변은 이 페이지를 떠나기 전까지 여기에 표시되며, 이 기기에 사본을 보관한 경우에는 그 후에도 표시됩니다. 이 브라우저에는 이 양식에 대한 답변이 없습니다.
form-response-none-form = 양식으로 가기

results-title = 집계 결과: { $form }
results-lead = 지금까지 접수된 답변은 { $responses }건입니다({ DATETIME($time, dateStyle: "long", timeStyle: "short") } 기준).
results-withheld-note = 응답자를 보호하기 위해 { $min }건 미만의 수치는 표시하지 않습니다.
results-fewer-than = { $min }건 미만
results-none-title = 아직 답변이 없습니다
results-none-body = 첫 답변이 접수되면 여기에 집계 결과가 표시됩니다.
results-answered = 답변 { $answered }건
results-question-withheld = 이 질문에 대한 답변이 { $min }건 미만이므로 수치를 표시하지 않습니다.
results-several = 여러 개를 선택할 수 있는 질문이므로 비율의 합계가 100%를 넘을 수 있습니다.
results-count-share = { $count }건({ $share }%)
results-number = { $count }건
results-share = { $share }%
results-table-show = 수치를 표로 보기
results-table-answer = 답변
results-table-count = 답변 수
results-table-share = 비율
results-back-to-form = 설문조사로 가기

form-needs-javascript-title = 이 양식에는 JavaScript가 필요합니다
form-needs-javascript = 이 양식을 온라인으로 보내려면 JavaScript가 필요한데, 사용 중인 브라우저에서 꺼져 있거나 불러오지 못했습니다. 전화나 이메일로도 문의하실 수 있습니다.
form-alternative-phone = 전화: { $phone }
form-alternative-email = 이메일: { $email }
