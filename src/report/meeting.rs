//! The meeting itself: date, session, place, chair and attendees.

use std::fmt;

use chrono::NaiveDate;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::org::{MAX_PERSON_NAME, OrgSettings, Person, Position};
use crate::text::identity_key;
use crate::validate::{Code, FirstSeen, Pointer, ValidationReport, Violation};
use crate::vocabulary::vocabulary;

/// The longest place of a meeting, in characters.
pub const MAX_PLACE: usize = 300;

vocabulary! {
    /// **Buổi** — the part of the day a meeting was held ("Chiều ngày 07/4/2021").
    ///
    /// # Example
    /// ```
    /// use qcdc::report::DaySession;
    ///
    /// assert_eq!("chiều".parse::<DaySession>()?, DaySession::Afternoon);
    /// assert_eq!(DaySession::Afternoon.to_string(), "Buổi chiều");
    /// assert!("nửa đêm".parse::<DaySession>().is_err());
    /// # Ok::<(), qcdc::Error>(())
    /// ```
    #[non_exhaustive]
    pub enum DaySession ("day session", "Buổi") {
        /// **Buổi sáng** — morning.
        Morning = "morning", "Buổi sáng", ["sáng"];
        /// **Buổi chiều** — afternoon.
        Afternoon = "afternoon", "Buổi chiều", ["chiều"];
        /// **Buổi tối** — evening.
        Evening = "evening", "Buổi tối", ["tối"];
        /// **Cả ngày** — the whole day.
        AllDay = "all_day", "Cả ngày";
    }
}

/// **Đại biểu dự họp** — someone who attended: a name when the source gives one, and the
/// positions held.
///
/// Articles often name an attendee by office only ("đồng chí Chủ tịch LĐLĐ", "các đồng chí Phó
/// Bí thư thường trực - Trưởng khối dân vận các phường"). Such an attendee is recorded with
/// positions and no name, never with an invented name; an attendee needs a name or at least
/// one position.
///
/// # Example
/// ```
/// use qcdc::org::{parse_positions, Person};
/// use qcdc::org::reference::quan_long_bien;
/// use qcdc::report::Attendee;
///
/// let long_bien = quan_long_bien();
/// let named = Attendee::from(Person::new("Vũ Thị Thành")
///     .with_positions(parse_positions("UVTV, Chủ tịch Ủy ban MTTQ Quận", &long_bien)?));
/// let by_office = Attendee::by_office(parse_positions("Chủ tịch LĐLĐ", &long_bien)?);
/// assert_eq!(by_office.to_string(), "Chủ tịch Liên đoàn Lao động quận Long Biên");
/// assert_eq!(named.name.as_deref(), Some("Vũ Thị Thành"));
/// # Ok::<(), qcdc::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(title = "Đại biểu dự họp")]
pub struct Attendee {
    /// **Họ và tên** — the name, when the source gives it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(title = "Họ và tên", length(min = 1, max = 100))]
    pub name: Option<String>,
    /// **Chức vụ** — the positions held, the most important first.
    #[serde(default)]
    #[schemars(title = "Chức vụ")]
    pub positions: Vec<Position>,
}

impl Attendee {
    /// An attendee known only by the positions held (the source gives no name).
    ///
    /// # Example
    /// ```
    /// use qcdc::org::parse_positions;
    /// use qcdc::org::reference::quan_long_bien;
    /// use qcdc::report::Attendee;
    ///
    /// let a = Attendee::by_office(parse_positions("Chủ tịch Hội CCB quận", &quan_long_bien())?);
    /// assert_eq!(a.name, None);
    /// assert_eq!(a.to_string(), "Chủ tịch Hội Cựu chiến binh quận Long Biên");
    /// # Ok::<(), qcdc::Error>(())
    /// ```
    pub fn by_office(positions: impl IntoIterator<Item = Position>) -> Self {
        Attendee {
            name: None,
            positions: positions.into_iter().collect(),
        }
    }

    /// What tells two attendees apart: the name (its [`identity_key`]: tone marks count, so
    /// "Lê Văn Hà" and "Lê Văn Hạ" are two people), or the positions of a nameless one.
    fn identity(&self) -> Identity<'_> {
        match &self.name {
            Some(name) if !crate::text::is_blank(name) => Identity::Name(identity_key(name)),
            _ => Identity::Offices(&self.positions),
        }
    }

    /// Records the problems of the attendee at `path` under the default [`OrgSettings`].
    ///
    /// # Example
    /// ```
    /// use chrono::NaiveDate;
    /// use qcdc::report::Attendee;
    /// use qcdc::validate::{Code, Pointer, ValidationReport};
    ///
    /// // Neither a name nor a position: nobody can tell who attended.
    /// let mut report = ValidationReport::new();
    /// Attendee::by_office([]).check(NaiveDate::from_ymd_opt(2021, 4, 7), &Pointer::root().key("attendees").index(3), &mut report);
    /// assert_eq!(report.error_codes(), [Code::TooFew]);
    /// assert_eq!(report.errors()[0].path, "/attendees/3/positions");
    /// ```
    pub fn check(&self, on: Option<NaiveDate>, path: &Pointer, report: &mut ValidationReport) {
        self.check_with(on, OrgSettings::standard(), path, report);
    }

    /// Records the problems of the attendee at `path`: a blank or long name, no name and no
    /// position, and those of each position on `on` under `settings`.
    ///
    /// # Example
    /// ```
    /// use chrono::NaiveDate;
    /// use qcdc::org::reference::quan_long_bien;
    /// use qcdc::org::{OrgSettings, parse_positions};
    /// use qcdc::report::Attendee;
    /// use qcdc::validate::{Pointer, ValidationReport};
    ///
    /// let d = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap();
    /// let head = Attendee::by_office(parse_positions("Trưởng Ban Dân vận Quận ủy", &quan_long_bien())?);
    /// let later = OrgSettings::default().with_ban_dan_van_merger(quan_long_bien(), d(2025, 4, 1));
    /// let mut report = ValidationReport::new();
    /// head.check_with(Some(d(2025, 3, 15)), &later, &Pointer::root(), &mut report);
    /// assert!(report.is_valid()); // the district's Ban Dân vận still existed under these settings
    /// head.check_with(Some(d(2025, 3, 15)), OrgSettings::standard(), &Pointer::root(), &mut report);
    /// assert!(!report.is_valid()); // merged on 01/03/2025 by default
    /// # Ok::<(), qcdc::Error>(())
    /// ```
    pub fn check_with(
        &self,
        on: Option<NaiveDate>,
        settings: &OrgSettings,
        path: &Pointer,
        report: &mut ValidationReport,
    ) {
        if let Some(name) = &self.name {
            report.check_text(&path.key("name"), name, MAX_PERSON_NAME);
        }
        if self.name.is_none() && self.positions.is_empty() {
            report.error(
                Violation::new(&path.key("positions"), Code::TooFew)
                    .param("min", 1)
                    .param("actual", 0),
            );
        }
        for (i, position) in self.positions.iter().enumerate() {
            position.check_with(on, settings, &path.key("positions").index(i), report);
        }
    }
}

#[derive(PartialEq, Eq, Hash)]
enum Identity<'a> {
    Name(String),
    Offices(&'a [Position]),
}

impl From<Person> for Attendee {
    fn from(person: Person) -> Self {
        Attendee {
            name: Some(person.name),
            positions: person.positions,
        }
    }
}

impl fmt::Display for Attendee {
    /// "Name - position, position", or the positions alone for an attendee known by office.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut sep = match &self.name {
            Some(name) => {
                f.write_str(name.trim())?;
                " - "
            }
            None => "",
        };
        for p in &self.positions {
            write!(f, "{sep}{p}")?;
            sep = ", ";
        }
        Ok(())
    }
}

/// **Hội nghị** — the meeting: when and where it was held, who chaired it and who attended.
///
/// # Example
/// ```
/// use chrono::NaiveDate;
/// use qcdc::org::Person;
/// use qcdc::report::Meeting;
///
/// let meeting = Meeting::new(NaiveDate::from_ymd_opt(2021, 4, 7).unwrap(), Person::new("Ngô Mạnh Điềm"));
/// assert_eq!(meeting.chair.name, "Ngô Mạnh Điềm");
/// assert!(meeting.attendees.is_empty() && meeting.place.is_none());
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(title = "Hội nghị")]
pub struct Meeting {
    /// **Ngày họp** — the day of the meeting.
    #[schemars(title = "Ngày họp")]
    #[serde(deserialize_with = "crate::validate::date::wire::date")]
    pub date: NaiveDate,
    /// **Buổi** — morning, afternoon…, when known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(title = "Buổi")]
    pub session: Option<DaySession>,
    /// **Địa điểm** — where it was held, when known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(title = "Địa điểm", length(max = 300))]
    pub place: Option<String>,
    /// **Chủ trì** — who chaired it (a named person with positions).
    #[schemars(title = "Người chủ trì")]
    pub chair: Person,
    /// **Thành phần dự họp** — the attendees other than the chair.
    #[serde(default)]
    #[schemars(title = "Thành phần dự họp")]
    pub attendees: Vec<Attendee>,
}

impl Meeting {
    /// A meeting on `date` chaired by `chair`, with no attendee listed yet.
    ///
    /// # Example
    /// ```
    /// use chrono::NaiveDate;
    /// use qcdc::org::Person;
    /// use qcdc::report::Meeting;
    ///
    /// let meeting = Meeting::new(NaiveDate::from_ymd_opt(2021, 4, 7).unwrap(), Person::new("Ngô Mạnh Điềm"));
    /// assert_eq!(meeting.date.to_string(), "2021-04-07");
    /// assert_eq!(meeting.session, None);
    /// ```
    pub fn new(date: NaiveDate, chair: Person) -> Self {
        Meeting {
            date,
            session: None,
            place: None,
            chair,
            attendees: Vec::new(),
        }
    }

    /// Records the problems of the meeting that need nothing else of the report, at `path`:
    /// the place, the chair and the attendees (their positions checked on the meeting day), and
    /// attendees listed twice or repeating the chair.
    pub(crate) fn check(
        &self,
        settings: &OrgSettings,
        path: &Pointer,
        report: &mut ValidationReport,
    ) {
        if let Some(place) = &self.place {
            report.check_text(&path.key("place"), place, MAX_PLACE);
        }
        let chair_path = path.key("chair");
        self.chair
            .check_with(Some(self.date), settings, &chair_path, report);
        let chair = Attendee::from(self.chair.clone());
        let chair_identity = chair.identity();
        let attendees_path = path.key("attendees");
        // One hash lookup per attendee: a list of 32,000 stays linear.
        let mut seen = FirstSeen::with_capacity(self.attendees.len());
        for (i, attendee) in self.attendees.iter().enumerate() {
            let at = attendees_path.index(i);
            attendee.check_with(Some(self.date), settings, &at, report);
            let identity = attendee.identity();
            let first = if identity == chair_identity {
                Some(chair_path.clone())
            } else {
                seen.repeat_of(identity, i).map(|j| attendees_path.index(j))
            };
            if let Some(first) = first {
                let field = if attendee.name.is_some() {
                    "name"
                } else {
                    "positions"
                };
                report.error(
                    Violation::new(&at.key(field), Code::Duplicate)
                        .param("value", attendee.to_string())
                        .param("first", first.as_str()),
                );
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::org::reference::{long_bien_wards, quan_long_bien};
    use crate::org::{OrgKind, Organisation, Title, parse_positions};

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    fn chair() -> Person {
        Person::new("Ngô Mạnh Điềm").with_positions(
            parse_positions("Phó bí thư Thường trực Quận ủy", &quan_long_bien()).unwrap(),
        )
    }

    #[test]
    fn sessions_are_well_formed() {
        crate::vocabulary::assert_well_formed::<DaySession>();
    }

    #[test]
    fn attendees_by_office_in_different_wards_are_distinct() {
        let mut meeting = Meeting::new(d(2021, 4, 7), chair());
        for ward in long_bien_wards() {
            meeting.attendees.push(Attendee::by_office(
                parse_positions("Phó Bí thư thường trực - Trưởng khối dân vận", &ward).unwrap(),
            ));
        }
        let mut report = ValidationReport::new();
        meeting.check(OrgSettings::standard(), &Pointer::root(), &mut report);
        assert!(report.is_valid(), "{report}");
    }

    #[test]
    fn repeated_attendees_and_the_chair_listed_again_are_duplicates() {
        let mut meeting = Meeting::new(d(2021, 4, 7), chair());
        let ldld = Attendee::by_office([Position::new(
            Title::ChuTich,
            Organisation::new(OrgKind::Ldld, quan_long_bien()),
        )]);
        meeting.attendees = vec![
            ldld.clone(),
            Attendee::from(Person::new("NGÔ  MẠNH ĐIỀM ")),
            ldld,
            Attendee::by_office([]),
            // Without its tone marks the name is another person's: folding finds, it does not
            // identify.
            Attendee::from(Person::new("Ngo Manh Diem")),
        ];
        let mut report = ValidationReport::new();
        meeting.check(OrgSettings::standard(), &Pointer::root(), &mut report);
        let found: Vec<_> = report
            .errors()
            .iter()
            .map(|v| (v.path.as_str(), v.code))
            .collect();
        assert_eq!(
            found,
            [
                ("/attendees/1/name", Code::Duplicate),
                ("/attendees/2/positions", Code::Duplicate),
                ("/attendees/3/positions", Code::TooFew),
            ]
        );
        assert_eq!(
            report.errors()[0].message_vi(),
            "Trùng với mục ở vị trí /chair: \"NGÔ  MẠNH ĐIỀM\"."
        );
        assert_eq!(report.errors()[1].params["first"], "/attendees/0");
    }
}
