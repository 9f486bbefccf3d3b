//! The lifecycle of a registration: registered → implementing → reviewed → recognised (or not
//! recognised), withdrawn at any time before the review ends it.

use chrono::NaiveDate;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::ModelRegistration;
use crate::legal::{
    LegalReference, NGHI_QUYET_203_2025, QUY_DINH_298_TW, TWO_LEVEL_GOVERNMENT_FROM,
};
use crate::org::Organisation;
use crate::vocabulary::vocabulary;

vocabulary! {
    /// **Trạng thái** — the stage of a registered model.
    ///
    /// The legal moves ([`Stage::can_move_to`]):
    ///
    /// | from | to |
    /// |---|---|
    /// | registered | implementing, withdrawn |
    /// | implementing | reviewed, withdrawn |
    /// | reviewed | recognised, not recognised, implementing (the next phase of a multi-year model) |
    /// | recognised | implementing (the next phase, aiming at a higher level) |
    /// | not recognised, withdrawn | — (final) |
    ///
    /// # Example
    /// ```
    /// use qcdc::dan_van_kheo::Stage;
    ///
    /// assert!(Stage::Registered.can_move_to(Stage::Implementing));
    /// assert!(!Stage::Registered.can_move_to(Stage::Recognised));
    /// assert_eq!("da cong nhan".parse::<Stage>()?, Stage::Recognised);
    /// # Ok::<(), qcdc::Error>(())
    /// ```
    #[non_exhaustive]
    pub enum Stage ("stage", "Trạng thái") {
        /// **Đã đăng ký** — registered, not started.
        Registered = "registered", "Đã đăng ký";
        /// **Đang thực hiện** — being carried out.
        Implementing = "implementing", "Đang thực hiện", ["đang triển khai"];
        /// **Đã đánh giá** — results reviewed (sơ kết, tổng kết), awaiting the decision.
        Reviewed = "reviewed", "Đã đánh giá, sơ kết", ["đã đánh giá", "đã sơ kết", "đã tổng kết"];
        /// **Được công nhận** — recognised, at a level, with a reward.
        Recognised = "recognised", "Được công nhận", ["đã công nhận", "công nhận"];
        /// **Không được công nhận** — reviewed and not recognised.
        NotRecognised = "not_recognised", "Không được công nhận", ["không công nhận"];
        /// **Rút đăng ký** — withdrawn by the registrant.
        Withdrawn = "withdrawn", "Rút đăng ký", ["đã rút"];
    }
}

impl Stage {
    /// Whether a model at this stage may move to `next` (see the table above).
    ///
    /// # Example
    /// ```
    /// use qcdc::dan_van_kheo::Stage;
    ///
    /// assert!(Stage::Registered.can_move_to(Stage::Implementing));
    /// assert!(!Stage::Registered.can_move_to(Stage::Recognised)); // reviewed first
    /// ```
    pub fn can_move_to(self, next: Stage) -> bool {
        use Stage::*;
        matches!(
            (self, next),
            (Registered, Implementing | Withdrawn)
                | (Implementing, Reviewed | Withdrawn)
                | (Reviewed, Recognised | NotRecognised | Implementing)
                | (Recognised, Implementing)
        )
    }

    /// Whether no move leaves this stage.
    ///
    /// # Example
    /// ```
    /// use qcdc::dan_van_kheo::Stage;
    ///
    /// assert!(Stage::Withdrawn.is_final());
    /// assert!(!Stage::Recognised.is_final()); // a recognised model may go on
    /// ```
    pub fn is_final(self) -> bool {
        matches!(self, Stage::NotRecognised | Stage::Withdrawn)
    }
}

vocabulary! {
    /// **Cấp công nhận** — the level that recognises a model: xã (the Đảng ủy of the xã,
    /// phường or đặc khu, on the advice of the Ban Thường trực Ủy ban MTTQ — Công văn
    /// 249/MTTQ-BTT), tỉnh, trung ương; until 30/06/2025 also huyện, and "cơ sở", the label of
    /// the commune or unit level then.
    ///
    /// From 01/07/2025 the commune's Đảng ủy stands above the grassroots Party organisations
    /// (Quy định 298-QĐ/TW), so its level is "cấp xã", not "cấp cơ sở": [`Grassroots`]
    /// (`co_so`) is accepted for dates before 01/07/2025 only, [`Commune`] (`xa`) for any date.
    /// Whether the central level still recognises models after the 2025 merger is [to verify]:
    /// see [`RegistrationRules::central_recognition`](crate::dan_van_kheo::RegistrationRules).
    ///
    /// [`Grassroots`]: RecognitionLevel::Grassroots
    /// [`Commune`]: RecognitionLevel::Commune
    ///
    /// # Example
    /// ```
    /// use chrono::NaiveDate;
    /// use qcdc::dan_van_kheo::RecognitionLevel;
    ///
    /// let d = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap();
    /// assert!(RecognitionLevel::District.exists_on(d(2025, 6, 30)));
    /// assert!(!RecognitionLevel::District.exists_on(d(2025, 7, 1)));
    /// assert_eq!("cap quan".parse::<RecognitionLevel>()?, RecognitionLevel::District);
    /// assert_eq!("cấp xã".parse::<RecognitionLevel>()?, RecognitionLevel::Commune);
    /// assert!(RecognitionLevel::Grassroots.exists_on(d(2021, 12, 28)));
    /// assert!(!RecognitionLevel::Grassroots.exists_on(d(2026, 12, 28)));
    /// # Ok::<(), qcdc::Error>(())
    /// ```
    #[non_exhaustive]
    pub enum RecognitionLevel ("recognition level", "Cấp công nhận") {
        /// **Cấp xã** — the xã, phường or đặc khu (the Đảng ủy on the Front's advice from
        /// 01/07/2025).
        Commune = "xa", "Cấp xã", ["xã", "cấp phường", "cấp đặc khu"];
        /// **Cấp cơ sở** — the commune, ward or unit, as labelled until 30/06/2025.
        Grassroots = "co_so", "Cấp cơ sở", ["cơ sở"];
        /// **Cấp huyện** — the district (until 30/06/2025).
        District = "huyen", "Cấp huyện", ["cấp quận", "huyện", "quận"];
        /// **Cấp tỉnh** — the province or centrally-governed city.
        Province = "tinh", "Cấp tỉnh", ["tỉnh", "cấp thành phố"];
        /// **Cấp Trung ương** — the central level.
        Central = "trung_uong", "Cấp Trung ương", ["trung ương", "TW"];
    }
}

impl RecognitionLevel {
    /// Whether recognition at this level can be given on `date`: the district level ends on
    /// 30/06/2025 (Nghị quyết 203/2025/QH15), and so does the "cơ sở" label (Quy định
    /// 298-QĐ/TW).
    ///
    /// # Example
    /// ```
    /// use chrono::NaiveDate;
    /// use qcdc::dan_van_kheo::RecognitionLevel;
    ///
    /// assert!(RecognitionLevel::Commune.exists_on(NaiveDate::from_ymd_opt(2026, 11, 28).unwrap()));
    /// assert!(!RecognitionLevel::District.exists_on(NaiveDate::from_ymd_opt(2026, 11, 28).unwrap()));
    /// ```
    pub fn exists_on(self, date: NaiveDate) -> bool {
        self.absent_on(date).is_none()
    }

    /// The rule that rules this level out on `date`, if any.
    ///
    /// # Example
    /// ```
    /// use chrono::NaiveDate;
    /// use qcdc::dan_van_kheo::RecognitionLevel;
    ///
    /// let after = NaiveDate::from_ymd_opt(2025, 7, 1).unwrap();
    /// assert_eq!(RecognitionLevel::District.absent_on(after).unwrap().to_string(), "Nghị quyết số 203/2025/QH15");
    /// assert_eq!(RecognitionLevel::Province.absent_on(after), None);
    /// ```
    pub fn absent_on(self, date: NaiveDate) -> Option<LegalReference> {
        if date < TWO_LEVEL_GOVERNMENT_FROM {
            return None;
        }
        match self {
            RecognitionLevel::District => Some(NGHI_QUYET_203_2025.whole()),
            RecognitionLevel::Grassroots => Some(QUY_DINH_298_TW.whole()),
            _ => None,
        }
    }
}

/// **Kết quả công nhận** — the level that recognised the model and the reward given.
///
/// # Example
/// ```
/// use chrono::NaiveDate;
/// use qcdc::dan_van_kheo::{RecognitionLevel, StatusChange};
///
/// let step = StatusChange::recognised(NaiveDate::from_ymd_opt(2026, 12, 20).unwrap(), RecognitionLevel::Commune, "Giấy khen");
/// let recognition = step.recognition.unwrap();
/// assert_eq!((recognition.level, recognition.reward.as_str()), (RecognitionLevel::Commune, "Giấy khen"));
/// ```
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(title = "Kết quả công nhận")]
pub struct Recognition {
    /// **Cấp công nhận** — xã, tỉnh, trung ương; until 30/06/2025 also cơ sở and huyện.
    #[schemars(title = "Cấp công nhận")]
    pub level: RecognitionLevel,
    /// **Hình thức khen thưởng** — "Giấy khen của Ban Thường vụ Quận ủy".
    #[schemars(title = "Hình thức khen thưởng", length(min = 1, max = 300))]
    pub reward: String,
    /// **Số quyết định** — the number of the recognition decision.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(title = "Số quyết định công nhận", length(max = 64))]
    pub decision: Option<String>,
    /// **Cơ quan công nhận** — the body that recognised the model: at "cấp xã" from 01/07/2025
    /// the Đảng ủy of the xã, phường or đặc khu, on the advice of the Ban Thường trực Ủy ban
    /// MTTQ (Công văn 249/MTTQ-BTT; [`RegistrationRules::commune_recognisers`]).
    ///
    /// [`RegistrationRules::commune_recognisers`]: crate::dan_van_kheo::RegistrationRules::commune_recognisers
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(title = "Cơ quan công nhận")]
    pub recognised_by: Option<Organisation>,
}

/// **Bước chuyển trạng thái** — one dated step of the lifecycle.
///
/// # Example
/// ```
/// use chrono::NaiveDate;
/// use qcdc::dan_van_kheo::examples::ward_2026;
/// use qcdc::dan_van_kheo::{Stage, StatusChange};
///
/// let mut model = ward_2026(); // registered on 20/10/2026
/// model.advance(StatusChange::new(Stage::Implementing, NaiveDate::from_ymd_opt(2026, 11, 1).unwrap()))?;
/// assert_eq!(model.history.len(), 1);
/// assert_eq!(model.stage(), Stage::Implementing);
/// # Ok::<(), qcdc::dan_van_kheo::TransitionError>(())
/// ```
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(title = "Bước chuyển trạng thái")]
pub struct StatusChange {
    /// **Trạng thái mới** — the stage reached.
    #[schemars(title = "Trạng thái")]
    pub stage: Stage,
    /// **Ngày** — the day it was reached.
    #[schemars(title = "Ngày")]
    #[serde(deserialize_with = "crate::validate::date::wire::date")]
    pub on: NaiveDate,
    /// **Kết quả công nhận** — required when the stage is [`Stage::Recognised`], absent
    /// otherwise.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(title = "Kết quả công nhận")]
    pub recognition: Option<Recognition>,
    /// **Ghi chú** — a note.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(title = "Ghi chú", length(max = 1000))]
    pub note: Option<String>,
}

impl StatusChange {
    /// A move to `stage` on `on`.
    ///
    /// # Example
    /// ```
    /// use chrono::NaiveDate;
    /// use qcdc::dan_van_kheo::{Stage, StatusChange};
    ///
    /// let step = StatusChange::new(Stage::Implementing, NaiveDate::from_ymd_opt(2026, 11, 1).unwrap());
    /// assert_eq!(step.stage, Stage::Implementing);
    /// assert!(step.recognition.is_none() && step.note.is_none());
    /// ```
    pub fn new(stage: Stage, on: NaiveDate) -> Self {
        StatusChange {
            stage,
            on,
            recognition: None,
            note: None,
        }
    }

    /// Recognition on `on` at `level` with `reward`.
    ///
    /// # Example
    /// ```
    /// use chrono::NaiveDate;
    /// use qcdc::dan_van_kheo::{RecognitionLevel, Stage, StatusChange};
    ///
    /// let step = StatusChange::recognised(NaiveDate::from_ymd_opt(2026, 12, 20).unwrap(), RecognitionLevel::Commune, "Giấy khen");
    /// assert_eq!(step.stage, Stage::Recognised);
    /// assert_eq!(step.recognition.unwrap().reward, "Giấy khen");
    /// ```
    pub fn recognised(on: NaiveDate, level: RecognitionLevel, reward: impl Into<String>) -> Self {
        StatusChange {
            recognition: Some(Recognition {
                level,
                reward: reward.into(),
                decision: None,
                recognised_by: None,
            }),
            ..StatusChange::new(Stage::Recognised, on)
        }
    }

    /// The same step with the body that gave the recognition (no effect on a step without
    /// one).
    ///
    /// # Example
    /// ```
    /// use chrono::NaiveDate;
    /// use qcdc::dan_van_kheo::{RecognitionLevel, StatusChange};
    /// use qcdc::org::{OrgKind, Organisation};
    /// use qcdc::org::reference::phuong;
    ///
    /// let on = NaiveDate::from_ymd_opt(2027, 5, 19).unwrap();
    /// let step = StatusChange::recognised(on, RecognitionLevel::Commune, "Giấy khen")
    ///     .by(Organisation::new(OrgKind::PartyCommittee, phuong("Long Biên")));
    /// let by = step.recognition.unwrap().recognised_by.unwrap();
    /// assert_eq!(by.name_vi(), "Đảng ủy phường Long Biên");
    /// ```
    pub fn by(mut self, body: Organisation) -> Self {
        if let Some(recognition) = &mut self.recognition {
            recognition.recognised_by = Some(body);
        }
        self
    }
}

/// **Lỗi chuyển trạng thái** — why a step cannot follow the lifecycle so far.
///
/// A `thiserror` enum rather than [`crate::Error`]: `crate::Error` is the opaque error of
/// parsing text into values, with categories of malformed input; a refused step is a state
/// machine's answer whose parts (the stages, the dates) callers match on and show, so each
/// case is a public variant with its data. Validation of a decoded document reports the same
/// problems as [`Violation`](crate::validate::Violation)s at their paths.
///
/// # Example
/// ```
/// use chrono::NaiveDate;
/// use qcdc::dan_van_kheo::examples::ward_2026;
/// use qcdc::dan_van_kheo::{Stage, StatusChange, TransitionError};
///
/// let mut model = ward_2026();
/// let err = model.advance(StatusChange::new(Stage::Recognised, NaiveDate::from_ymd_opt(2026, 11, 1).unwrap())).unwrap_err();
/// assert_eq!(err, TransitionError::Illegal { from: Stage::Registered, to: Stage::Recognised });
/// assert_eq!(err.to_string(), "cannot move a model from stage \"registered\" to \"recognised\"");
/// ```
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum TransitionError {
    /// The step may not follow the current stage.
    #[error("cannot move a model from stage \"{from}\" to \"{to}\"", from = .from.code(), to = .to.code())]
    Illegal {
        /// The current stage.
        from: Stage,
        /// The stage asked for.
        to: Stage,
    },
    /// The step is dated before the step (or the registration) before it.
    #[error("the step is dated {date}, before the previous step of {previous}")]
    BeforePrevious {
        /// The date of the step.
        date: NaiveDate,
        /// The date of the previous step (or of the registration).
        previous: NaiveDate,
    },
    /// A recognition without its level and reward.
    #[error("a recognition needs its level and reward")]
    MissingRecognition,
    /// Recognition details on a step that is not a recognition.
    #[error("recognition details given for stage \"{stage}\"", stage = .stage.code())]
    UnexpectedRecognition {
        /// The stage of the step.
        stage: Stage,
    },
    /// A recognition level that does not exist on the date (the district level from
    /// 01/07/2025).
    #[error("no recognition at level \"{level}\" on {date}", level = .level.code())]
    LevelNotOnDate {
        /// The level.
        level: RecognitionLevel,
        /// The date of the recognition.
        date: NaiveDate,
    },
    /// A review before any progress report: the review rests on reported progress.
    #[error("a review needs at least one progress report")]
    NoProgressReport,
}

use crate::vocabulary::Vocabulary as _;

/// Every reason `change` cannot follow a lifecycle at `from` since `since`, in the order of the
/// step's fields (stage, date, recognition).
pub(super) fn step_problems(
    from: Stage,
    since: NaiveDate,
    change: &StatusChange,
    has_progress: bool,
) -> Vec<TransitionError> {
    let mut problems = Vec::new();
    if !from.can_move_to(change.stage) {
        problems.push(TransitionError::Illegal {
            from,
            to: change.stage,
        });
    }
    if change.stage == Stage::Reviewed && !has_progress {
        problems.push(TransitionError::NoProgressReport);
    }
    if change.on < since {
        problems.push(TransitionError::BeforePrevious {
            date: change.on,
            previous: since,
        });
    }
    match (&change.recognition, change.stage) {
        (None, Stage::Recognised) => problems.push(TransitionError::MissingRecognition),
        (Some(_), stage) if stage != Stage::Recognised => {
            problems.push(TransitionError::UnexpectedRecognition { stage })
        }
        (Some(r), _) if !r.level.exists_on(change.on) => {
            problems.push(TransitionError::LevelNotOnDate {
                level: r.level,
                date: change.on,
            })
        }
        _ => {}
    }
    problems
}

impl ModelRegistration {
    /// **Trạng thái hiện tại** — the stage reached by the last step of the
    /// [`history`](Self::history), [`Stage::Registered`] when there is none.
    ///
    /// # Example
    /// ```
    /// use qcdc::dan_van_kheo::Stage;
    /// use qcdc::dan_van_kheo::examples::ward_2026;
    ///
    /// assert_eq!(ward_2026().stage(), Stage::Registered); // no step yet
    /// ```
    pub fn stage(&self) -> Stage {
        self.history
            .last()
            .map_or(Stage::Registered, |change| change.stage)
    }

    /// The day the current stage was reached (the registration date when there is no step).
    ///
    /// # Example
    /// ```
    /// use chrono::NaiveDate;
    /// use qcdc::dan_van_kheo::examples::ward_2026;
    /// use qcdc::dan_van_kheo::{Stage, StatusChange};
    ///
    /// let mut model = ward_2026();
    /// assert_eq!(model.stage_since().to_string(), "2026-10-20"); // the registration day
    /// model.advance(StatusChange::new(Stage::Implementing, NaiveDate::from_ymd_opt(2026, 11, 1).unwrap()))?;
    /// assert_eq!(model.stage_since().to_string(), "2026-11-01");
    /// # Ok::<(), qcdc::dan_van_kheo::TransitionError>(())
    /// ```
    pub fn stage_since(&self) -> NaiveDate {
        self.history
            .last()
            .map_or(self.registered_on, |change| change.on)
    }

    /// **Chuyển trạng thái** — appends `change` to the history if it may follow the current
    /// stage.
    ///
    /// # Errors
    /// The first [`TransitionError`] found: an illegal move, a date before the previous step, a
    /// recognition without its details (or details without a recognition), a district-level
    /// recognition from 01/07/2025, a review before any progress report. The history is left
    /// unchanged.
    ///
    /// # Example
    /// ```
    /// use chrono::NaiveDate;
    /// use qcdc::dan_van_kheo::{examples, Stage, StatusChange, TransitionError};
    ///
    /// let d = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap();
    /// let mut r = examples::long_bien_2021();
    /// r.history.clear();
    /// r.advance(StatusChange::new(Stage::Implementing, d(2021, 4, 1)))?;
    /// assert_eq!(r.stage(), Stage::Implementing);
    ///
    /// let err = r.advance(StatusChange::new(Stage::Registered, d(2021, 5, 1))).unwrap_err();
    /// assert_eq!(err, TransitionError::Illegal { from: Stage::Implementing, to: Stage::Registered });
    /// assert_eq!(err.to_string(), "cannot move a model from stage \"implementing\" to \"registered\"");
    /// # Ok::<(), TransitionError>(())
    /// ```
    pub fn advance(&mut self, change: StatusChange) -> Result<(), TransitionError> {
        let problems = step_problems(
            self.stage(),
            self.stage_since(),
            &change,
            !self.progress.is_empty(),
        );
        match problems.into_iter().next() {
            Some(problem) => Err(problem),
            None => {
                self.history.push(change);
                Ok(())
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    #[test]
    fn vocabularies_are_well_formed() {
        crate::vocabulary::assert_well_formed::<Stage>();
        crate::vocabulary::assert_well_formed::<RecognitionLevel>();
    }

    #[test]
    fn final_stages_allow_no_move() {
        use strum::IntoEnumIterator;
        for from in Stage::iter() {
            let moves = Stage::iter().filter(|to| from.can_move_to(*to)).count();
            assert_eq!(from.is_final(), moves == 0, "{from:?}");
        }
    }

    #[test]
    fn district_recognition_is_refused_from_july_2025() {
        let change = StatusChange::recognised(d(2025, 7, 1), RecognitionLevel::District, "x");
        let problems = step_problems(Stage::Reviewed, d(2025, 1, 1), &change, true);
        assert_eq!(
            problems,
            [TransitionError::LevelNotOnDate {
                level: RecognitionLevel::District,
                date: d(2025, 7, 1)
            }]
        );
        let earlier = StatusChange::recognised(d(2025, 6, 30), RecognitionLevel::District, "x");
        assert!(step_problems(Stage::Reviewed, d(2025, 1, 1), &earlier, true).is_empty());
    }

    #[test]
    fn every_problem_of_a_step_is_found() {
        let mut change = StatusChange::new(Stage::Reviewed, d(2021, 1, 1));
        change.recognition = Some(Recognition {
            level: RecognitionLevel::Grassroots,
            reward: "x".into(),
            decision: None,
            recognised_by: None,
        });
        let problems = step_problems(Stage::Registered, d(2021, 3, 1), &change, false);
        assert_eq!(
            problems,
            [
                TransitionError::Illegal {
                    from: Stage::Registered,
                    to: Stage::Reviewed
                },
                TransitionError::NoProgressReport,
                TransitionError::BeforePrevious {
                    date: d(2021, 1, 1),
                    previous: d(2021, 3, 1)
                },
                TransitionError::UnexpectedRecognition {
                    stage: Stage::Reviewed
                },
            ]
        );
    }
}
