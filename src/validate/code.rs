//! **Mã lỗi** — the stable codes of validation findings and the message templates behind them.
//!
//! A finding is `(code, params)`; its messages in Vietnamese and English are generated from the
//! templates below, where `{name}` is replaced by the parameter `name`. A code is added with one
//! line of the table: its wire name, the parameters its templates use, and the two templates.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// Declares [`Code`] and its message table.
macro_rules! codes {
    ($(
        $(#[$meta:meta])*
        $variant:ident [$($param:literal),*] => $vi:literal, $en:literal;
    )+) => {
        /// **Mã lỗi** — the stable, machine-readable code of a validation finding.
        ///
        /// Serialised as snake_case (`too_long`, `body_not_existing`). New codes may be added in
        /// minor versions, so match with a wildcard arm.
        ///
        /// # Example
        /// ```
        /// use qcdc::validate::Code;
        ///
        /// assert_eq!(Code::TooLong.as_str(), "too_long");
        /// assert_eq!(Code::TooLong.params(), &["max", "actual"]);
        /// ```
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize,
                 JsonSchema, strum::EnumIter, strum::EnumCount, strum::IntoStaticStr)]
        #[serde(rename_all = "snake_case")]
        #[strum(serialize_all = "snake_case")]
        #[non_exhaustive]
        pub enum Code {
            $( $(#[$meta])* $variant, )+
        }

        impl ::std::str::FromStr for Code {
            type Err = crate::Error;

            /// Reads a wire name (`"too_long"`), exactly as serialised.
            ///
            /// # Errors
            /// An [`ErrorKind::Unknown`](crate::ErrorKind::Unknown) error for any other text.
            ///
            /// # Example
            /// ```
            /// use qcdc::{ErrorKind, validate::Code};
            ///
            /// assert_eq!("too_long".parse::<Code>()?, Code::TooLong);
            /// assert_eq!("Too long".parse::<Code>().unwrap_err().kind(), ErrorKind::Unknown);
            /// # Ok::<(), qcdc::Error>(())
            /// ```
            fn from_str(s: &str) -> Result<Self, crate::Error> {
                <Code as strum::IntoEnumIterator>::iter()
                    .find(|code| code.as_str() == s)
                    .ok_or_else(|| crate::Error::unknown(
                        "validation code",
                        s,
                        "a wire code such as \"required\" or \"too_long\"",
                    ))
            }
        }

        impl Code {
            /// The wire name (`"too_long"`).
            ///
            /// # Example
            /// ```
            /// use qcdc::validate::Code;
            ///
            /// assert_eq!(Code::DateInFuture.as_str(), "date_in_future");
            /// ```
            pub fn as_str(self) -> &'static str {
                self.into()
            }

            /// The parameters this code's messages use.
            ///
            /// # Example
            /// ```
            /// use qcdc::validate::Code;
            ///
            /// assert_eq!(Code::DateOrder.params(), ["start", "end"]);
            /// assert!(Code::Blank.params().is_empty());
            /// ```
            pub fn params(self) -> &'static [&'static str] {
                match self { $(Code::$variant => &[$($param),*],)+ }
            }

            /// The message template in `lang`, with `{param}` placeholders.
            ///
            /// # Example
            /// ```
            /// use qcdc::validate::{Code, Lang};
            ///
            /// assert_eq!(Code::Blank.template(Lang::Vi), "Không được để trống.");
            /// assert_eq!(Code::TooLong.template(Lang::En), "At most {max} characters (got {actual}).");
            /// ```
            pub fn template(self, lang: super::Lang) -> &'static str {
                match (self, lang) {
                    $(
                        (Code::$variant, super::Lang::Vi) => $vi,
                        (Code::$variant, super::Lang::En) => $en,
                    )+
                }
            }
        }
    };
}

codes! {
    /// A required value is missing (or was sent as `null` or `""`).
    Required [] => "Trường này là bắt buộc.", "This field is required.";
    /// A text is empty or only white space.
    Blank [] => "Không được để trống.", "Must not be blank.";
    /// A text is longer than allowed.
    TooLong ["max", "actual"] => "Tối đa {max} ký tự (hiện có {actual}).", "At most {max} characters (got {actual}).";
    /// A text contains control characters.
    ControlCharacter [] => "Có ký tự điều khiển không hợp lệ.", "Contains control characters.";
    /// A text holds an invisible or text-direction character (a bidi override, a zero-width
    /// space…): it may show on screen as another text. A warning.
    HiddenCharacter ["character"] => "Có ký tự ẩn hoặc ký tự đổi chiều văn bản ({character}): văn bản có thể hiển thị khác với nội dung thật.", "Contains an invisible or text-direction character ({character}): the text may display as something else.";
    /// A list has fewer items than required.
    TooFew ["min", "actual"] => "Cần ít nhất {min} mục (hiện có {actual}).", "At least {min} items are needed (got {actual}).";
    /// A list has more items than allowed.
    TooMany ["max", "actual"] => "Tối đa {max} mục (hiện có {actual}).", "At most {max} items (got {actual}).";
    /// A number is outside its range.
    OutOfRange ["min", "max", "actual"] => "Giá trị {actual} nằm ngoài khoảng {min}–{max}.", "Value {actual} is outside {min}–{max}.";
    /// A number must be greater than zero.
    NotPositive ["actual"] => "Giá trị phải lớn hơn 0 (hiện là {actual}).", "Must be greater than 0 (got {actual}).";
    /// A value repeats one given earlier in the same list.
    Duplicate ["value", "first"] => "Trùng với mục ở vị trí {first}: \"{value}\".", "Duplicates the item at {first}: \"{value}\".";
    /// A start date is after its end date.
    DateOrder ["start", "end"] => "Ngày bắt đầu {start} sau ngày kết thúc {end}.", "Start date {start} is after end date {end}.";
    /// A date lies after the date of validation.
    DateInFuture ["date", "as_of"] => "Ngày {date} ở tương lai (sau ngày {as_of}).", "Date {date} is in the future (after {as_of}).";
    /// A date lies outside the range it must fall in.
    DateOutside ["date", "start", "end"] => "Ngày {date} nằm ngoài khoảng {start} – {end}.", "Date {date} is outside {start} – {end}.";
    /// An administrative unit did not exist on the date concerned.
    UnitNotExisting ["unit", "date"] => "Đơn vị hành chính {unit} không tồn tại vào ngày {date}.", "The administrative unit {unit} did not exist on {date}.";
    /// No unit of the registry, former or in force, has the code.
    UnknownUnitCode ["code"] => "Không có đơn vị hành chính nào mang mã {code}.", "No administrative unit has the code {code}.";
    /// The code is not in the list of units that applies on the date (the list in force from
    /// 01/07/2025, or the former one).
    UnitCodeNotOnDate ["code", "date"] => "Mã {code} không có trong danh mục đơn vị hành chính áp dụng vào ngày {date}.", "The code {code} is not in the list of administrative units that applies on {date}.";
    /// The code is another unit's: its kind, name or province differ.
    UnitCodeMismatch ["code", "registered", "unit"] => "Mã {code} là của {registered}, không phải của {unit}.", "The code {code} is {registered}'s, not {unit}'s.";
    /// A body did not exist on the date concerned (e.g. a district body from 01/07/2025).
    BodyNotExisting ["body", "date"] => "Cơ quan, tổ chức {body} không tồn tại vào ngày {date}.", "The body {body} did not exist on {date}.";
    /// A kind of body does not exist at the level of the unit given.
    KindNotAtLevel ["kind", "level"] => "{kind} không được tổ chức ở {level}.", "{kind} is not organised at {level}.";
    /// A title is not held in that kind of body.
    TitleNotForBody ["title", "body"] => "Chức danh {title} không có trong {body}.", "The title {title} does not exist in {body}.";
    /// The document is not valid JSON.
    /// (`reason` is one of `bom`, `utf16`, `unexpected_end`, `too_deep`, `trailing_comma`,
    /// `trailing_characters`, `control_character`, `invalid_escape`, `invalid_number`,
    /// `expected_colon`, `expected_comma`, `key_not_string`, `expected_value`, `syntax`; the
    /// `detail` param keeps serde_json's English words for programs.)
    InvalidJson ["line", "column", "reason"] => "Dữ liệu không phải JSON hợp lệ (dòng {line}, cột {column}): {reason}.", "Not valid JSON (line {line}, column {column}): {reason}.";
    /// A value has the wrong JSON type.
    WrongType ["expected"] => "Sai kiểu dữ liệu: cần {expected}.", "Wrong type: {expected} expected.";
    /// A value is not one of those allowed.
    InvalidValue ["value"] => "Giá trị {value} không hợp lệ.", "Invalid value {value}.";
    /// A code that is not in the closed list of the field (an unknown organisation kind…).
    UnknownCode ["value"] => "\"{value}\" không có trong danh mục cho phép.", "\"{value}\" is not one of the allowed values.";
    /// A date that is not a real calendar date in `YYYY-MM-DD` form.
    InvalidDate ["value"] => "{value} không phải là ngày hợp lệ (dạng YYYY-MM-DD).", "{value} is not a valid date (YYYY-MM-DD).";
    /// A field that the document kind does not have.
    UnknownField ["field"] => "Trường \"{field}\" không thuộc mẫu này.", "Unknown field \"{field}\".";
    /// The document is larger than the crate accepts.
    DocumentTooLarge ["max_bytes", "actual"] => "Tài liệu quá lớn: {actual} byte, tối đa {max_bytes} byte.", "Document too large: {actual} bytes, at most {max_bytes}.";
    /// A member given more than once in the same object.
    DuplicateKey ["field"] => "Trường \"{field}\" được ghi nhiều lần; mỗi trường chỉ ghi một lần.", "The member \"{field}\" is given more than once.";
    /// More findings than a report lists: the last entry says how many were left out.
    FindingsLeftOut ["max", "left_out"] => "Quá nhiều kết quả kiểm tra: chỉ liệt kê {max} mục đầu, còn {left_out} mục không liệt kê.", "Too many findings: only the first {max} are listed, {left_out} more are left out.";
    /// More problems were found than are reported; the rest were not listed.
    TooManyProblems ["max"] => "Có quá nhiều lỗi; chỉ liệt kê {max} lỗi đầu tiên.", "Too many problems; only the first {max} are listed.";
    // --- dan_van_kheo ---
    /// A phase of a roadmap starts before the phase listed before it has ended.
    PhaseOverlap ["phase", "end"] => "Giai đoạn này bắt đầu trước khi giai đoạn \"{phase}\" kết thúc ({end}).", "This phase starts before the phase \"{phase}\" ends ({end}).";
    /// A phase of a roadmap has no milestone.
    PhaseWithoutMilestone ["phase"] => "Giai đoạn \"{phase}\" chưa có mốc tiến độ nào.", "The phase \"{phase}\" has no milestone.";
    /// The body a model registers with is at a lower level than the registrant.
    BodyBelowRegistrant ["body", "level"] => "{body} ở cấp thấp hơn đơn vị đăng ký ({level}).", "{body} is at a lower level than the registrant ({level}).";
    /// A recognition level that no longer (or not yet) exists on the date.
    RecognitionLevelNotOnDate ["level", "date"] => "Không có công nhận {level} vào ngày {date}.", "There is no recognition at {level} on {date}.";
    /// The roadmap runs past the year under review.
    RoadmapBeyondYear ["end", "year"] => "Lộ trình kéo dài đến {end}, quá năm {year}; kết quả sẽ được đánh giá qua nhiều năm.", "The roadmap runs to {end}, past {year}; results will be reviewed over several years.";
    /// A lifecycle step that may not follow the one before it.
    IllegalTransition ["from", "to"] => "Không thể chuyển từ \"{from}\" sang \"{to}\".", "Cannot move from \"{from}\" to \"{to}\".";
    /// Recognition details given for a step that is not a recognition.
    RecognitionNotExpected ["stage"] => "Chỉ ghi kết quả công nhận khi mô hình được công nhận (đang là \"{stage}\").", "Recognition is recorded only when the model is recognised (this step is \"{stage}\").";
    /// A review recorded before any progress report.
    ReviewWithoutProgress [] => "Chưa có báo cáo tiến độ nào trước khi đánh giá.", "No progress report precedes the review.";
    /// No partner has the lead role.
    NoLeadPartner [] => "Cần ít nhất một lực lượng chủ trì.", "At least one partner must lead.";
    /// A progress entry names a milestone the registration does not have.
    UnknownMilestone ["name"] => "Không có mốc tiến độ \"{name}\" trong bản đăng ký.", "The registration has no milestone \"{name}\".";
    /// A milestone marked done whose value reached is below its target.
    StatusInconsistent ["status", "reached", "target"] => "Trạng thái \"{status}\" nhưng mới đạt {reached}/{target}.", "Status \"{status}\" but only {reached} of {target} reached.";
    /// A number that must not be negative is.
    Negative ["actual"] => "Giá trị không được âm (hiện là {actual}).", "Must not be negative (got {actual}).";
    /// Parts add up to more than their total.
    PartsExceedTotal ["parts", "total"] => "Tổng các phần ({parts}) lớn hơn tổng số ({total}).", "The parts ({parts}) add up to more than the total ({total}).";
    /// A telephone number that is not one.
    PhoneFormat [] => "Số điện thoại chỉ gồm chữ số (có thể có +, dấu cách, dấu chấm, gạch nối), 9–12 chữ số.", "A telephone number has 9–12 digits (with optional +, spaces, dots, hyphens).";
    /// An e-mail address without the shape name@domain.
    EmailFormat [] => "Địa chỉ thư điện tử phải có dạng ten@mien.", "An e-mail address has the shape name@domain.";
    // --- reporting periods ---
    /// A report was sent after its deadline (a warning).
    SubmittedLate ["period", "date", "deadline"] => "Báo cáo {period} gửi ngày {date}, quá hạn ngày {deadline}.", "The report for {period} was sent on {date}, after its deadline {deadline}.";
    /// A report was sent on or before the end of its data cut-off window: its data cannot be complete (a warning).
    SubmittedBeforeCutoffEnd ["period", "date", "cutoff_end"] => "Báo cáo {period} gửi ngày {date}, chưa hết thời gian chốt số liệu (đến ngày {cutoff_end}).", "The report for {period} was sent on {date}, before its data cut-off ends ({cutoff_end}).";
    /// A deadline leaves no working day after the data cut-off ends.
    NoWorkingDayBeforeDeadline ["period", "cutoff_end", "deadline"] => "Thời hạn gửi báo cáo {period} ({deadline}) không để lại ít nhất 01 ngày làm việc sau khi chốt số liệu ({cutoff_end}).", "The deadline of the report for {period} ({deadline}) leaves no working day after the data cut-off ends ({cutoff_end}).";
    // --- rules (regimes, disclosure, decisions, oversight boards, workplaces) ---
    /// A regulation's issuer is not a district or commune body.
    IssuerNotLocal ["body"] => "{body} không phải cơ quan cấp huyện hoặc cấp xã.", "{body} is not a district or commune body.";
    /// The crate has no rule for the date: the rules of the time were not checked (warning).
    RulesNotModelled ["date", "from"] => "Ngày {date} trước ngày {from}: chưa kiểm tra theo quy định lúc đó.", "Date {date} is before {from}: the rules of that time were not checked.";
    /// A form the law requires for this content is not among the forms used.
    FormMissing ["form"] => "Thiếu hình thức bắt buộc: {form}.", "A required form is missing: {form}.";
    /// A form is not allowed for this content.
    FormNotAllowed ["form", "item"] => "Hình thức \"{form}\" không được dùng cho nội dung \"{item}\".", "The form \"{form}\" may not be used for \"{item}\".";
    /// Posted for fewer consecutive days than required.
    PostingTooShort ["min_days", "actual"] => "Phải niêm yết ít nhất {min_days} ngày liên tục (hiện là {actual} ngày).", "Must stay posted at least {min_days} consecutive days (got {actual}).";
    /// A content that must stay posted permanently was taken down.
    PostingNotPermanent ["item"] => "Nội dung \"{item}\" phải được niêm yết thường xuyên.", "\"{item}\" must stay posted permanently.";
    /// Broadcast on the loudspeakers for fewer consecutive days than required.
    BroadcastTooShort ["min_days", "actual"] => "Phải phát trên hệ thống loa ít nhất {min_days} ngày liên tục (hiện là {actual} ngày).", "Must be broadcast at least {min_days} consecutive days (got {actual}).";
    /// Done after the deadline the law sets (a breach).
    TooLate ["deadline", "date"] => "Thực hiện ngày {date}, sau thời hạn {deadline}.", "Done on {date}, after the deadline {deadline}.";
    /// Cluster meetings are allowed only from a number of households.
    ClustersNotAllowed ["households", "min"] => "Chỉ họp theo cụm khi có từ {min} hộ (hiện có {households} hộ).", "Cluster meetings need at least {min} households (got {households}).";
    /// The recorded result differs from the one the counts give under the rule in force.
    ResultMismatch ["declared", "computed", "required"] => "Kết quả ghi \"{declared}\" nhưng theo số phiếu là \"{computed}\" (cần {required}).", "Recorded \"{declared}\" but the counts give \"{computed}\" ({required} needed).";
    /// A board has fewer members than the law requires.
    BoardTooSmall ["min", "actual"] => "Ban cần ít nhất {min} thành viên (hiện có {actual}).", "The board needs at least {min} members (got {actual}).";
    /// A board has more members than the law allows.
    BoardTooLarge ["max", "actual"] => "Ban có tối đa {max} thành viên (hiện có {actual}).", "The board has at most {max} members (got {actual}).";
    /// More members with a role than the law allows.
    RoleTooMany ["role", "max", "actual"] => "Tối đa {max} {role} (hiện có {actual}).", "At most {max} {role} (got {actual}).";
    /// No board may be set up in a unit this small.
    BoardNotAllowed ["staff", "max"] => "Đơn vị có {staff} người (không quá {max}) thì không thành lập Ban.", "A unit of {staff} people (at most {max}) sets up no board.";
    /// A term ends on another day than the law gives.
    TermMismatch ["expected", "actual"] => "Nhiệm kỳ phải kết thúc ngày {expected} (hiện là {actual}).", "The term must end on {expected} (got {actual}).";
    /// A yearly event was not held in the year.
    YearlyEventMissing ["event", "year"] => "Không tổ chức {event} cho năm {year}.", "No {event} was held for {year}.";
    /// Fewer present than the quorum.
    QuorumNotMet ["present", "required"] => "Chỉ có {present} người dự, cần ít nhất {required}.", "Only {present} present, at least {required} needed.";
    /// A household ballot was used in a case the law does not give (Nghị định 59/2023 Điều 4 k1).
    BallotNotAllowed ["reason", "item"] => "Không được phát phiếu theo trường hợp \"{reason}\" cho nội dung \"{item}\".", "A ballot for the reason \"{reason}\" may not be used for \"{item}\".";
    /// Too few household representatives chose the online vote before it was used.
    OnlineNotChosen ["chosen", "total", "required"] => "Chỉ {chosen}/{total} đại diện hộ lựa chọn biểu quyết trực tuyến, cần ít nhất {required}.", "Only {chosen} of {total} household representatives chose the online vote, at least {required} needed.";
    /// A required group of members is missing from a board.
    MemberSourceMissing ["source"] => "Ban thiếu thành phần bắt buộc: {source}.", "The board lacks a required member: {source}.";
    /// More thôn/TDP voted than the commune has.
    VotesExceedUnits ["votes", "units"] => "Có {votes} thôn, tổ dân phố biểu quyết, nhiều hơn số thôn, tổ dân phố của xã ({units}).", "{votes} thôn/TDP voted, more than the commune has ({units}).";
    /// A content the record's kind does not cover (a commune-wide decision of content 3–6).
    ItemNotAllowed ["item", "allowed"] => "Nội dung \"{item}\" không thuộc trường hợp này (chỉ {allowed}).", "\"{item}\" is not covered here (only {allowed}).";
    /// A commune-wide decision counts a thôn/TDP's vote on another content.
    ItemMismatch ["expected", "actual"] => "Nội dung phải là \"{expected}\" (hiện là \"{actual}\").", "The content must be \"{expected}\" (got \"{actual}\").";
    /// A day of the working year's end that is not in the record's year.
    WorkingYearEndOutside ["date", "year"] => "Ngày kết thúc năm công tác {date} không thuộc năm {year}.", "The end of the working year {date} is not in {year}.";
    /// Delegates may attend only from a number of staff.
    DelegatesNotAllowed ["staff", "min"] => "Chỉ tổ chức hội nghị đại biểu khi có từ {min} người (hiện có {staff}).", "A delegates' conference needs at least {min} staff (got {staff}).";
    // --- briefing report ---
    /// A body of the wrong kind where one kind is required (a briefing's bloc must be a Khối Dân vận).
    WrongBodyKind ["expected", "actual"] => "Cần {expected}, không phải {actual}.", "{expected} expected, not {actual}.";
    /// The period planned is not the one right after the period reviewed.
    PeriodNotNext ["expected", "actual"] => "Kỳ kế hoạch phải là kỳ liền sau kỳ đánh giá: {expected}, không phải {actual}.", "The planned period must be the one after the reviewed period: {expected}, not {actual}.";
    /// The chair holds no position in the Party committee, the Khối Dân vận or the Front of the unit.
    ChairNotEligible ["unit"] => "Người chủ trì phải giữ chức vụ trong cấp ủy, Khối Dân vận hoặc Mặt trận Tổ quốc {unit}.", "The chair must hold a position in the Party committee, the Khối Dân vận or the Fatherland Front of {unit}.";
    /// A number breaks the sequence 1, 2, 3… of a numbered list.
    NumberOutOfSequence ["expected", "actual"] => "Số thứ tự phải là {expected} (hiện là {actual}).", "The number must be {expected} (got {actual}).";
    /// A year that is not the year of the reporting period.
    YearMismatch ["expected", "actual"] => "Năm {actual} không khớp với năm của kỳ báo cáo ({expected}).", "Year {actual} does not match the year of the reporting period ({expected}).";
    // --- commune report ---
    /// The unit of a commune report is not a commune-level unit.
    UnitNotCommune ["unit"] => "{unit} không phải là đơn vị hành chính cấp xã.", "{unit} is not a commune-level unit.";
    /// A commune report's period is neither a quarter nor a year.
    PeriodKindNotAllowed ["period"] => "Kỳ {period} không phù hợp: báo cáo này lập theo quý hoặc theo năm.", "The period {period} is not accepted: this report is made per quarter or per year.";
    /// A yearly section is given in a report of a period that does not end the year.
    SectionNotInPeriod ["period"] => "Phần này chỉ báo cáo hằng năm (quý IV hoặc báo cáo năm), không báo cáo trong kỳ {period}.", "This section is yearly (fourth quarter or yearly report) and does not belong in the report of {period}.";
    /// A date range lies wholly outside the period of the report.
    RangeOutsidePeriod ["start", "end", "period_start", "period_end"] => "Khoảng {start} – {end} không thuộc kỳ báo cáo {period_start} – {period_end}.", "The range {start} – {end} does not overlap the period {period_start} – {period_end}.";
    /// A figure of the period exceeds the same figure since the start of the year.
    PeriodExceedsYearToDate ["period", "year_to_date"] => "Số trong kỳ ({period}) lớn hơn số lũy kế từ đầu năm ({year_to_date}).", "The period figure ({period}) exceeds the year-to-date figure ({year_to_date}).";
    /// More complaints resolved than there were to resolve.
    ResolvedExceedsReceived ["resolved", "received"] => "Số đơn đã giải quyết ({resolved}) lớn hơn số đơn phải giải quyết ({received}).", "Complaints resolved ({resolved}) exceed those to resolve ({received}).";
    /// Unresolved complaints do not equal backlog + received − resolved.
    UnresolvedMismatch ["unresolved", "expected"] => "Số đơn chưa giải quyết ({unresolved}) phải bằng tồn đầu năm + tiếp nhận − đã giải quyết ({expected}).", "Unresolved complaints ({unresolved}) must equal backlog + received − resolved ({expected}).";
    /// Without a backlog, the unresolved complaints imply one; worth a check.
    UnresolvedImpliesBacklog ["unresolved", "backlog"] => "Chưa ghi số tồn đầu năm: số đơn chưa giải quyết ({unresolved}) cho thấy có {backlog} đơn tồn từ trước; đề nghị ghi số tồn đầu năm.", "No backlog given: the unresolved complaints ({unresolved}) imply {backlog} carried over from before; please give the backlog.";
    /// Thôn/TDP meeting in some way outnumber the thôn/TDP.
    MeetingsExceedUnits ["meetings", "units"] => "Tổng số thôn, tổ dân phố họp (2)+(3)+(4) = {meetings} lớn hơn số thôn, tổ dân phố (1) = {units}.", "Thôn/TDP meeting (2)+(3)+(4) = {meetings} exceed the thôn/TDP (1) = {units}.";
    /// Cases recommended for handling exceed the violations found.
    CasesExceedViolations ["cases", "violations"] => "Số vụ việc kiến nghị xử lý ({cases}) lớn hơn số vụ việc phát hiện vi phạm ({violations}).", "Cases recommended ({cases}) exceed the violations found ({violations}).";
    /// A total value is below the sum of its listed parts.
    ValueBelowParts ["total", "parts"] => "Tổng giá trị ({total} đồng) nhỏ hơn ngân sách nhà nước + tiền Nhân dân đóng góp ({parts} đồng).", "The total value ({total} đồng) is below state budget + people's cash ({parts} đồng).";
    /// A declared duration is longer than the dates given.
    DurationShorterThanDeclared ["days", "declared"] => "Thời gian từ ngày bắt đầu đến ngày kết thúc là {days} ngày, ít hơn thời hạn đã khai ({declared} ngày).", "The dates cover {days} days, fewer than the declared duration ({declared} days).";
    /// A sum of figures is beyond what the crate can count (u64).
    TotalOverflow ["figure"] => "Tổng của chỉ tiêu {figure} vượt quá giới hạn tính toán; kiểm tra lại số liệu.", "The total of {figure} is beyond the countable range; check the figures.";
    /// A unit filed more than one report for the same period.
    DuplicateReport ["unit", "period", "first"] => "{unit} đã có báo cáo kỳ {period} ({first}); báo cáo này không được tổng hợp.", "{unit} already reported for {period} ({first}); this report is left out.";
    /// A report comes from a unit not in the list being rolled up.
    UnitNotInList ["unit", "area"] => "{unit} không thuộc danh sách đơn vị của {area}.", "{unit} is not in the unit list of {area}.";
    /// A report's period is not inside the period being rolled up.
    PeriodNotInRollup ["period", "rollup_period"] => "Kỳ {period} không thuộc kỳ tổng hợp {rollup_period}.", "The period {period} is not within the roll-up period {rollup_period}.";
    /// The area of a roll-up is neither a district nor a province.
    AreaNotDistrictOrProvince ["unit"] => "{unit} không phải là đơn vị cấp huyện hoặc cấp tỉnh để tổng hợp.", "{unit} is neither a district nor a province to roll up.";
    /// A year-to-date figure is below the previous report's plus this period's.
    YearToDateBelowPrevious ["year_to_date", "previous", "period"] => "Số lũy kế từ đầu năm ({year_to_date}) nhỏ hơn số lũy kế của kỳ trước ({previous}) cộng số trong kỳ ({period}).", "The year-to-date figure ({year_to_date}) is below the previous report's ({previous}) plus this period's ({period}).";
}
