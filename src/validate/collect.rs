//! The error-collecting decoder: a serde `Deserializer` that reads the document's bytes with a
//! pull [`Reader`] (no tree is built), records each problem at its JSON Pointer and goes on with
//! the rest of the document.
//!
//! serde hands a value to a type once, and a type that refuses it gives nothing back to carry on
//! with. So the decoder checks what it can *before* the type sees a value — JSON types against
//! what the type asks for (the reader tells the next value's type from its first byte), numbers
//! against the range of the integer asked for, member names against the fields of the struct,
//! repeated keys, enum codes against the variants, and the texts of [`leaf`](super::leaf)
//! types — reports what is wrong, skips the value and gives the type a stand-in (the plainest
//! value of what it asked for). One walk then finds all of those problems.
//!
//! Two kinds of problems only show once a type has refused: a required member that is missing
//! (serde says so when the object ends) and a refusal by a type the decoder cannot check ahead.
//! For those the walk stops and learns: a missing member is learned *per struct type* (from
//! then on the decoder fills it in wherever it is missing, in this document and the next), a
//! refused value is marked by its byte offset in the document (a small map, not a copy). The
//! walk is then run again over the same bytes, at most [`MAX_PASSES`] times; with the crate's
//! types, a document needs one walk once each struct type's required members are known.
//!
//! The reader checks the syntax as it walks ([`Syntax`] says what it found): only when it met
//! something serde_json refuses, or did not read to the end, does the caller ask serde_json to
//! check the syntax (so `invalid_json` keeps serde_json's words). A walk that stops at the cap
//! of problems reads the rest of the document for its syntax alone, from the last array element
//! it handed out, so the cap does not cost serde_json's pass over the whole document. On bytes that are not JSON the
//! decoder gives up after the walk that found it and never panics.

use std::borrow::Cow;
use std::collections::{HashMap, HashSet};
use std::fmt;
use std::hash::{BuildHasherDefault, Hasher};
use std::rc::Rc;
use std::sync::{Mutex, OnceLock};

use serde::de::{
    self, DeserializeSeed, Deserializer, EnumAccess, IntoDeserializer, MapAccess, SeqAccess,
    Unexpected, VariantAccess, Visitor,
};

use super::leaf::{self, Leaf};
use super::reader::{Kind, Reader};
use crate::validate::{Code, MAX_REPORTED_PROBLEMS, Pointer, ValidationReport, Violation};

/// The most walks one decoding makes (see the module docs).
pub(crate) const MAX_PASSES: usize = 16;

/// How many characters of an offending value a finding shows.
pub(super) const SHOWN_CHARS: usize = 80;

/// What one decoding gives: the problems, and the value when the walk could carry on past all
/// of them (with stand-ins where values were wrong).
#[derive(Debug)]
pub(crate) struct Collected<T> {
    /// The value, with stand-ins where members were wrong; `None` when decoding had to stop.
    pub(crate) value: Option<T>,
    /// The decoding problems.
    pub(crate) report: ValidationReport,
    /// JSON Pointers of the values replaced by stand-ins: findings there are not real.
    pub(crate) patched: Vec<String>,
    /// How many walks the decoding took (the tests keep it at one where it should be).
    #[cfg_attr(not(test), allow(dead_code))]
    pub(crate) passes: usize,
    /// What the last walk found of the document's syntax.
    pub(crate) syntax: Syntax,
}

/// What a walk found of the document's syntax.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Syntax {
    /// The walk read the whole document, all of it JSON as serde_json reads it.
    Read,
    /// The walk stopped before the end (a refusal it could not place, or too many problems
    /// where the rest could not be read for its syntax).
    Partly,
    /// The reader met bytes serde_json refuses.
    Refused,
}

/// Decodes the JSON document `bytes` into `T`, collecting every problem (see the module docs).
/// `checked`: serde_json has accepted the bytes, so a walk that meets a refused byte goes on.
pub(crate) fn collect<T: de::DeserializeOwned>(bytes: &[u8], checked: bool) -> Collected<T> {
    let mut marks = Marks::default();
    let mut passes = 0;
    loop {
        passes += 1;
        let mut state = State::new(bytes, std::mem::take(&mut marks));
        let origin = state.reader.value_start();
        let result = T::deserialize(Collector::document(
            origin,
            Path::Root,
            &mut state,
            Standin::No,
        ))
        .map_err(|e| Collector::document(origin, Path::Root, &mut state, Standin::No).settle(e));
        let fix = state.fix.take();
        let syntax = if !state.reader.is_sure() {
            Syntax::Refused
        } else if result.is_ok() && state.reader.at_end() {
            Syntax::Read
        } else if state.stopped && state.resume.is_some_and(|mut rest| rest.read_to_end()) {
            // Stopped at the cap: the rest was read for its syntax from the last element
            // handed out (not the whole document again by serde_json).
            Syntax::Read
        } else {
            Syntax::Partly
        };
        let done = |value: Option<T>, state: State<'_>| Collected {
            value,
            report: state.report,
            patched: state.patched,
            passes,
            syntax,
        };
        if syntax == Syntax::Refused && !checked {
            // Not JSON: serde_json's check says where; no more walks.
            return done(None, state);
        }
        match result {
            Ok(value) => return done(Some(value), state),
            Err(error) if state.stopped => {
                drop(error);
                return done(None, state);
            }
            Err(error) => {
                let Some(fix) = fix.filter(|_| passes < MAX_PASSES) else {
                    if state.report.is_valid() {
                        // A refusal the walk could not place: report it at the root.
                        state.report.error(
                            Violation::new(&Pointer::root(), Code::InvalidValue)
                                .param("value", "")
                                .param("detail", error.message),
                        );
                    }
                    return done(None, state);
                };
                marks = std::mem::take(&mut state.marks);
                if !apply(fix, &mut marks) {
                    return done(None, state);
                }
            }
        }
    }
}

/// Applies what a walk learned; `false` when nothing more can be done.
fn apply(fix: Fix, marks: &mut Marks) -> bool {
    match fix {
        Fix::Stop => false,
        Fix::Require { ty, field } => {
            learn(ty, field, None);
            true
        }
        Fix::NextCandidate { ty, field, hint } => {
            learn(ty, field, Some(hint));
            true
        }
        Fix::Stub {
            at,
            member,
            violation,
        } => match marks.get(&at) {
            None => {
                marks.insert(
                    at,
                    Mark {
                        violation,
                        removed: false,
                    },
                );
                true
            }
            // A stand-in that failed in turn: take the member out.
            Some(mark) if !mark.removed => remove(marks, at, member, violation),
            Some(_) => false,
        },
        Fix::Remove {
            at,
            member,
            violation,
        } => remove(marks, at, member, violation),
    }
}

/// Marks the object member whose value starts at `at` as taken out.
fn remove(marks: &mut Marks, at: usize, member: bool, violation: Violation) -> bool {
    if !member || marks.get(&at).is_some_and(|m| m.removed) {
        return false;
    }
    marks.insert(
        at,
        Mark {
            violation,
            removed: true,
        },
    );
    true
}

// ---------------------------------------------------------------------------------------------
// What is learned about struct types, across documents.

/// A struct type as serde names it: its name and its field list.
type TypeKey = (&'static str, usize, usize);

fn type_key(name: &'static str, fields: &'static [&'static str]) -> TypeKey {
    (name, fields.as_ptr() as usize, fields.len())
}

/// A required member the decoder fills in when it is missing, and with what.
#[derive(Debug, Clone, Copy, PartialEq)]
struct Filler {
    field: &'static str,
    candidate: Candidate,
}

/// What a missing required member is filled in with.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Candidate {
    /// The plainest value of what the type asks for.
    Plain,
    /// One of [`PROBES`].
    Probe(usize),
    /// A text the type named as valid in its refusal ("a code such as …").
    Hint(&'static str),
    /// Nothing found: the member cannot be filled in.
    None,
}

/// Texts tried in turn for a member whose plainest value was refused.
const PROBES: [&str; 3] = ["?", "2000-01-01", "2021"];

fn learned() -> &'static Mutex<HashMap<TypeKey, Vec<Filler>>> {
    static LEARNED: OnceLock<Mutex<HashMap<TypeKey, Vec<Filler>>>> = OnceLock::new();
    LEARNED.get_or_init(Default::default)
}

fn fillers(ty: TypeKey) -> Vec<Filler> {
    learned()
        .lock()
        .map(|m| m.get(&ty).cloned().unwrap_or_default())
        .unwrap_or_default()
}

/// Records that `field` is required in `ty` (`failed: None`), or that its stand-in failed with
/// the refusal `failed` (try the next one).
fn learn(ty: TypeKey, field: &'static str, failed: Option<Option<String>>) {
    let Ok(mut map) = learned().lock() else {
        return;
    };
    let list = map.entry(ty).or_default();
    match (list.iter_mut().find(|f| f.field == field), failed) {
        (None, _) => list.push(Filler {
            field,
            candidate: Candidate::Plain,
        }),
        (Some(_), None) => {}
        (Some(filler), Some(refusal)) => {
            let hint = refusal.as_deref().and_then(hint_in).and_then(intern);
            filler.candidate = match (filler.candidate, hint) {
                (Candidate::Hint(_) | Candidate::None, _) => Candidate::None,
                (_, Some(hint)) => Candidate::Hint(hint),
                (Candidate::Plain, None) => Candidate::Probe(0),
                (Candidate::Probe(i), None) if i + 1 < PROBES.len() => Candidate::Probe(i + 1),
                (Candidate::Probe(_), None) => Candidate::None,
            };
        }
    }
}

/// The valid code a vocabulary names in its refusal (`… a code such as "mttq" …`). The last
/// mention is the crate's own words (the refused text comes before them); only short ASCII
/// codes are taken.
fn hint_in(message: &str) -> Option<&str> {
    const MARK: &str = "a code such as \"";
    let start = message.rfind(MARK)? + MARK.len();
    let code = message[start..].split('"').next()?;
    (!code.is_empty()
        && code.len() <= 64
        && code
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_'))
    .then_some(code)
}

/// Keeps a hint for the life of the program (hints are the crate's own codes: a few dozen).
fn intern(hint: &str) -> Option<&'static str> {
    static HINTS: OnceLock<Mutex<HashSet<&'static str>>> = OnceLock::new();
    let mut set = HINTS.get_or_init(Default::default).lock().ok()?;
    if let Some(kept) = set.get(hint) {
        return Some(kept);
    }
    if set.len() >= 1024 {
        return None;
    }
    let kept: &'static str = Box::leak(hint.to_owned().into_boxed_str());
    set.insert(kept);
    Some(kept)
}

// ---------------------------------------------------------------------------------------------
// One walk.

/// What a failed walk learned.
#[derive(Debug)]
enum Fix {
    /// A struct type requires `field`.
    Require { ty: TypeKey, field: &'static str },
    /// The stand-in for `field` of `ty` was refused (with this message).
    NextCandidate {
        ty: TypeKey,
        field: &'static str,
        hint: Option<String>,
    },
    /// The value starting at byte `at` was refused: report `violation` there and use a
    /// stand-in (`member`: the value is an object member's, so it can be taken out).
    Stub {
        at: usize,
        member: bool,
        violation: Violation,
    },
    /// Take the member whose value starts at byte `at` out, reporting `violation`.
    Remove {
        at: usize,
        member: bool,
        violation: Violation,
    },
    /// Nothing more can be done.
    Stop,
}

/// What the walks learned about values of the document, by the byte offset where each starts
/// (at most one mark a walk, so the quick hash of addresses serves: no key is chosen often).
type Marks = HashMap<usize, Mark, BuildHasherDefault<AddressHasher>>;

/// A refused value: its problem is reported again on every walk, and a stand-in takes its
/// place (`removed`: the whole member is left out instead).
#[derive(Debug)]
struct Mark {
    violation: Violation,
    removed: bool,
}

/// The state of one walk.
struct State<'a> {
    /// Where the walk is in the document.
    reader: Reader<'a>,
    marks: Marks,
    report: ValidationReport,
    patched: Vec<String>,
    fix: Option<Fix>,
    stopped: bool,
    /// What each visitor type reads, asked once per walk; keyed by where its type name is
    /// (hashing the address, not the long name: one lookup per text value).
    leaves: ByAddress<Leaf>,
    /// The learned required members of each struct type, read once per walk (nothing is
    /// learned during a walk); keyed by where its field list is.
    fillers: ByAddress<Rc<[Filler]>>,
    /// Whether any struct type has learned required members (most processes never learn one:
    /// then no object's end looks them up).
    learned_any: bool,
    /// The reader at the start of the last array element handed out: when the walk stops at
    /// the cap of problems, the rest of the document is read from there for its syntax alone.
    resume: Option<Reader<'a>>,
}

/// A map keyed by where something static is (address and length).
type ByAddress<V> = HashMap<(usize, usize), V, BuildHasherDefault<AddressHasher>>;

/// Hashes the addresses that key the per-walk caches: one multiply per word (SipHash guards
/// against chosen keys, which addresses of the program's own statics are not).
#[derive(Debug, Default, Clone, Copy)]
struct AddressHasher(u64);

impl Hasher for AddressHasher {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.write_u64(u64::from(b));
        }
    }

    fn write_u64(&mut self, n: u64) {
        self.0 = (self.0.rotate_left(5) ^ n).wrapping_mul(0x517c_c1b7_2722_0a95);
    }

    fn write_usize(&mut self, n: usize) {
        self.write_u64(n as u64);
    }
}

impl<'a> State<'a> {
    /// The learned required members of the struct type `name` with `fields`.
    fn fillers(&mut self, name: &'static str, fields: &'static [&'static str]) -> Rc<[Filler]> {
        self.fillers
            .entry((fields.as_ptr() as usize, fields.len()))
            .or_insert_with(|| fillers(type_key(name, fields)).into())
            .clone()
    }

    fn new(bytes: &'a [u8], marks: Marks) -> Self {
        State {
            reader: Reader::new(bytes),
            marks,
            report: ValidationReport::default(),
            patched: Vec::new(),
            fix: None,
            stopped: false,
            leaves: ByAddress::default(),
            fillers: ByAddress::default(),
            learned_any: learned().lock().is_ok_and(|m| !m.is_empty()),
            resume: None,
        }
    }

    /// What an earlier walk learned about the value at `at` (most walks learned nothing: no
    /// hashing then, for every value read).
    fn mark(&self, at: usize) -> Option<&Mark> {
        if self.marks.is_empty() {
            None
        } else {
            self.marks.get(&at)
        }
    }

    /// Records a problem; `false` once the cap is reached (the walk then stops).
    fn record(&mut self, violation: Violation) -> bool {
        if self.stopped {
            return false;
        }
        self.patched.push(violation.path.clone());
        self.report.error(violation);
        if self.report.errors().len() >= MAX_REPORTED_PROBLEMS {
            self.report.error(
                Violation::new(&Pointer::root(), Code::TooManyProblems)
                    .param("max", MAX_REPORTED_PROBLEMS),
            );
            self.stopped = true;
            return false;
        }
        true
    }
}

/// Where the walk is: steps on the stack, made a JSON Pointer only for a finding.
#[derive(Debug, Clone, Copy)]
enum Path<'p> {
    Root,
    Key(&'p Path<'p>, &'p str),
    Index(&'p Path<'p>, usize),
}

impl Path<'_> {
    fn pointer(&self) -> Pointer {
        match self {
            Path::Root => Pointer::root(),
            Path::Key(parent, key) => parent.pointer().key(key),
            Path::Index(parent, i) => parent.pointer().index(*i),
        }
    }
}

/// Whether the walk is inside a stand-in (whose problems are the decoder's own).
#[derive(Debug, Clone, Copy)]
enum Standin {
    /// The document's own value.
    No,
    /// A stand-in for a refused value.
    Substitute,
    /// A stand-in for the missing required member `field` of `ty`.
    Filler { ty: TypeKey, field: &'static str },
}

/// What a type asked the deserializer for.
#[derive(Debug, Clone, Copy)]
enum Hint {
    Any,
    IgnoredAny,
    Bool,
    Unsigned(u64),
    Signed(i64, i64),
    Float,
    Str,
    Bytes,
    Option,
    Unit,
    NewtypeStruct,
    Seq,
    Map,
    Struct(&'static str, &'static [&'static str]),
    Enum(&'static [&'static str]),
}

/// The error of a walk: what serde's error methods were told, kept apart by kind.
#[derive(Debug)]
pub(crate) struct DeError {
    code: Code,
    field: Option<String>,
    message: String,
    /// Already recorded (or the walk stopped): the callers above pass it on.
    recorded: bool,
}

impl DeError {
    fn new(code: Code, field: Option<String>, message: String) -> Self {
        DeError {
            code,
            field,
            message,
            recorded: false,
        }
    }

    fn recorded() -> Self {
        DeError {
            recorded: true,
            ..DeError::new(Code::InvalidValue, None, String::new())
        }
    }
}

impl fmt::Display for DeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for DeError {}

impl de::Error for DeError {
    fn custom<T: fmt::Display>(msg: T) -> Self {
        let message = msg.to_string();
        let (code, field) = super::decode::classify(&message);
        DeError::new(code, field, message)
    }

    fn invalid_type(unexp: Unexpected<'_>, exp: &dyn de::Expected) -> Self {
        let code = if unexp == Unexpected::Unit {
            Code::Required
        } else {
            Code::WrongType
        };
        DeError::new(code, None, format!("invalid type: {unexp}, expected {exp}"))
    }

    fn invalid_value(unexp: Unexpected<'_>, exp: &dyn de::Expected) -> Self {
        DeError::new(
            Code::InvalidValue,
            None,
            format!("invalid value: {unexp}, expected {exp}"),
        )
    }

    fn invalid_length(len: usize, exp: &dyn de::Expected) -> Self {
        DeError::new(
            Code::WrongType,
            None,
            format!("invalid length {len}, expected {exp}"),
        )
    }

    fn unknown_variant(variant: &str, expected: &'static [&'static str]) -> Self {
        DeError::new(
            Code::UnknownCode,
            None,
            format!(
                "unknown variant `{variant}`, {}",
                one_of(expected, "variants")
            ),
        )
    }

    fn unknown_field(field: &str, expected: &'static [&'static str]) -> Self {
        DeError::new(
            Code::UnknownField,
            Some(field.to_owned()),
            format!("unknown field `{field}`, {}", one_of(expected, "fields")),
        )
    }

    fn missing_field(field: &'static str) -> Self {
        DeError::new(
            Code::Required,
            Some(field.to_owned()),
            format!("missing field `{field}`"),
        )
    }

    fn duplicate_field(field: &'static str) -> Self {
        DeError::new(
            Code::DuplicateKey,
            Some(field.to_owned()),
            format!("duplicate field `{field}`"),
        )
    }
}

/// serde's words for a list of names ("expected one of `a`, `b`").
fn one_of(names: &[&str], what: &str) -> String {
    match names {
        [] => format!("there are no {what}"),
        [a] => format!("expected `{a}`"),
        [a, b] => format!("expected `{a}` or `{b}`"),
        _ => {
            let listed: Vec<String> = names.iter().map(|n| format!("`{n}`")).collect();
            format!("expected one of {}", listed.join(", "))
        }
    }
}

/// Where a value the decoder hands a type comes from.
#[derive(Debug, Clone, Copy)]
enum Source {
    /// The document, at the reader's position.
    Document,
    /// The plainest value of whatever the type asks for (a stand-in).
    Filler,
    /// A text stand-in.
    Text(&'static str),
}

/// The offset given to stand-ins that replace no value of the document.
const NOWHERE: usize = usize::MAX;

/// The deserializer of one value.
struct Collector<'a, 'p, 's> {
    source: Source,
    /// Where the document's value starts (for a stand-in: the value it replaces).
    origin: usize,
    path: Path<'p>,
    state: &'s mut State<'a>,
    standin: Standin,
}

/// A JSON value as a finding names it, read ahead (strings cut to what a finding shows).
enum Shown {
    Unit,
    Bool(bool),
    Number(serde_json::Number),
    Str(String),
    Seq,
    Map,
}

impl Shown {
    fn unexpected(&self) -> Unexpected<'_> {
        match self {
            Shown::Unit => Unexpected::Unit,
            Shown::Bool(b) => Unexpected::Bool(*b),
            Shown::Number(n) => match (n.as_u64(), n.as_i64(), n.as_f64()) {
                (Some(u), _, _) => Unexpected::Unsigned(u),
                (_, Some(i), _) => Unexpected::Signed(i),
                (_, _, f) => Unexpected::Float(f.unwrap_or(0.0)),
            },
            Shown::Str(s) => Unexpected::Str(s),
            Shown::Seq => Unexpected::Seq,
            Shown::Map => Unexpected::Map,
        }
    }
}

impl<'a, 'p, 's> Collector<'a, 'p, 's> {
    /// The document's value starting at `origin` (where the reader is).
    fn document(origin: usize, path: Path<'p>, state: &'s mut State<'a>, standin: Standin) -> Self {
        Collector {
            source: Source::Document,
            origin,
            path,
            state,
            standin,
        }
    }

    /// The same value, for a type that wraps it (an option, a newtype).
    fn same(&mut self) -> Collector<'a, 'p, '_> {
        Collector {
            source: self.source,
            origin: self.origin,
            path: self.path,
            state: &mut *self.state,
            standin: self.standin,
        }
    }

    /// Records a problem of the document (not of a stand-in) at `path`.
    fn report(&mut self, violation: Violation) -> Result<(), DeError> {
        if !matches!(self.standin, Standin::No) {
            return Ok(());
        }
        if self.state.record(violation) {
            Ok(())
        } else {
            Err(DeError::recorded())
        }
    }

    /// The value here as a finding shows it (compact JSON, cut).
    fn preview(&self) -> String {
        match self.source {
            Source::Document => {
                let marks = &self.state.marks;
                self.state
                    .reader
                    .at(self.origin)
                    .preview(SHOWN_CHARS, &|at| marks.contains_key(&at))
            }
            Source::Filler => "null".to_owned(),
            Source::Text(s) => shorten(s),
        }
    }

    /// The value here as serde names its kind.
    fn shown(&self) -> Shown {
        let mut look = match self.source {
            Source::Document if !self.state.marks.contains_key(&self.origin) => {
                self.state.reader.at(self.origin)
            }
            Source::Document | Source::Filler => return Shown::Unit,
            Source::Text(s) => return Shown::Str(shorten(s)),
        };
        match look.peek() {
            None | Some(Kind::Null) => Shown::Unit,
            Some(Kind::Bool) => Shown::Bool(look.literal()),
            Some(Kind::Number) => look.number().map_or(Shown::Unit, Shown::Number),
            Some(Kind::Str) => Shown::Str(shorten(&look.string().unwrap_or_default())),
            Some(Kind::Array) => Shown::Seq,
            Some(Kind::Object) => Shown::Map,
        }
    }

    /// Whether the value here is an object member's (so it can be taken out).
    fn is_member(&self) -> bool {
        matches!(self.path, Path::Key(..))
    }

    /// The finding for a refusal `error` of the value here.
    fn violation(&self, error: &DeError) -> Violation {
        let here = self.path.pointer();
        let at = match (&error.field, error.code) {
            (Some(field), Code::Required | Code::UnknownField | Code::DuplicateKey) => {
                here.key(field)
            }
            _ => here,
        };
        let violation = Violation::new(&at, error.code);
        match error.code {
            Code::UnknownField | Code::DuplicateKey => {
                violation.param("field", error.field.clone().unwrap_or_default())
            }
            Code::WrongType => violation
                .param("expected", super::decode::expected_type(&error.message))
                .param("detail", error.message.clone()),
            Code::InvalidValue | Code::UnknownCode | Code::InvalidDate => violation
                .param("value", self.preview())
                .param("detail", error.message.clone()),
            _ => violation,
        }
    }

    /// Deserializes the value here as `hint` asks; a refusal is recorded and turned into what
    /// the next walk does.
    fn value<'de, V: Visitor<'de>>(mut self, hint: Hint, visitor: V) -> Result<V::Value, DeError> {
        if self.state.stopped {
            return Err(DeError::recorded());
        }
        match self.dispatch(hint, visitor) {
            Ok(value) => Ok(value),
            Err(error) => Err(self.fail(error, hint)),
        }
    }

    /// Places a refusal raised by a type after this deserializer returned (a type that reads
    /// the value through a buffer, such as a tagged enum, refuses only then) at this value.
    fn settle(mut self, error: DeError) -> DeError {
        self.fail(error, Hint::Any)
    }

    fn fail(&mut self, mut error: DeError, hint: Hint) -> DeError {
        if error.recorded {
            return error;
        }
        error.recorded = true;
        if self.state.fix.is_some() {
            return error;
        }
        let unknown_member = match (&error.field, error.code, self.source, self.standin) {
            (Some(field), Code::UnknownField, Source::Document, Standin::No) => self
                .state
                .reader
                .at(self.origin)
                .member_value(field)
                .filter(|_| !self.state.marks.contains_key(&self.origin)),
            _ => None,
        };
        let fix = match (&error.field, error.code, hint, unknown_member) {
            (Some(field), Code::Required, Hint::Struct(name, fields), _) => {
                let ty = type_key(name, fields);
                let known = fillers(ty).iter().any(|f| f.field == field.as_str());
                match fields.iter().find(|f| **f == field.as_str()) {
                    Some(field) if !known => {
                        let v = self.violation(&error);
                        if self.report(v).is_err() {
                            return error;
                        }
                        Fix::Require { ty, field }
                    }
                    _ => Fix::Stop,
                }
            }
            (_, Code::UnknownField, _, Some(at)) => {
                let v = self.violation(&error);
                if self.report(v.clone()).is_err() {
                    return error;
                }
                Fix::Remove {
                    at,
                    member: true,
                    violation: v,
                }
            }
            _ => match self.standin {
                Standin::Filler { ty, field } => Fix::NextCandidate {
                    ty,
                    field,
                    hint: Some(error.message.clone()),
                },
                Standin::Substitute => {
                    // The stand-in for a refused value was refused too: take the member out,
                    // with the finding already made here.
                    let here = self.path.pointer();
                    match self
                        .state
                        .report
                        .errors()
                        .iter()
                        .rev()
                        .find(|v| v.path == here.as_str())
                    {
                        Some(v) => Fix::Remove {
                            at: self.origin,
                            member: self.is_member(),
                            violation: v.clone(),
                        },
                        None => Fix::Stop,
                    }
                }
                Standin::No => {
                    let v = self.violation(&error);
                    if self.report(v.clone()).is_err() {
                        return error;
                    }
                    Fix::Stub {
                        at: self.origin,
                        member: self.is_member(),
                        violation: v,
                    }
                }
            },
        };
        self.state.fix = Some(fix);
        error
    }

    /// What the visitor `V` reads, asked once per walk.
    fn leaf<'de, V: Visitor<'de>>(&mut self, visitor: &V) -> Leaf {
        *self
            .state
            .leaves
            .entry({
                let name = std::any::type_name::<V>();
                (name.as_ptr() as usize, name.len())
            })
            .or_insert_with(|| leaf::for_expecting(&Expecting(visitor).to_string()))
    }

    /// Hands the visitor `source` (a stand-in) in place of the value here (after its problem
    /// was recorded and the value read past).
    fn stand_in<'de, V: Visitor<'de>>(
        &mut self,
        source: Source,
        hint: Hint,
        visitor: V,
    ) -> Result<V::Value, DeError> {
        let standin = match self.standin {
            Standin::No => Standin::Substitute,
            other => other,
        };
        Collector {
            source,
            origin: self.origin,
            path: self.path,
            state: &mut *self.state,
            standin,
        }
        .value(hint, visitor)
    }

    /// A value of the wrong JSON type: `null` is a missing value, anything else a wrong type.
    /// The value is read past and the plainest value of `hint` handed on.
    fn mismatch<'de, V: Visitor<'de>>(
        &mut self,
        hint: Hint,
        visitor: V,
    ) -> Result<V::Value, DeError> {
        if matches!(self.standin, Standin::No) {
            let shown = self.shown();
            let violation = if matches!(shown, Shown::Unit) {
                Violation::new(&self.path.pointer(), Code::Required)
            } else {
                let error = <DeError as de::Error>::invalid_type(shown.unexpected(), &visitor);
                self.violation(&error)
            };
            self.report(violation)?;
        }
        if let Source::Document = self.source {
            self.state.reader = self.state.reader.at(self.origin);
            self.state.reader.skip_value();
        }
        self.fill(hint, visitor)
    }

    /// Hands the visitor the plainest value of what it asked for.
    fn fill<'de, V: Visitor<'de>>(&mut self, hint: Hint, visitor: V) -> Result<V::Value, DeError> {
        let standin = match self.standin {
            Standin::No => Standin::Substitute,
            other => other,
        };
        let mut filler = Collector {
            source: Source::Filler,
            origin: self.origin,
            path: self.path,
            state: &mut *self.state,
            standin,
        };
        match hint {
            Hint::Any | Hint::IgnoredAny | Hint::Unit => visitor.visit_unit(),
            Hint::Bool => visitor.visit_bool(false),
            Hint::Unsigned(_) => visitor.visit_u64(0),
            Hint::Signed(..) => visitor.visit_i64(0),
            Hint::Float => visitor.visit_f64(0.0),
            Hint::Str | Hint::Bytes => match filler.leaf(&visitor) {
                Leaf::Date => visitor.visit_str("2000-01-01"),
                Leaf::Checked { stand_in, .. } => visitor.visit_str(stand_in),
                Leaf::Unchecked => visitor.visit_str(""),
            },
            Hint::Option => visitor.visit_none(),
            Hint::NewtypeStruct => visitor.visit_newtype_struct(filler),
            Hint::Seq => visitor.visit_seq(Items::empty(filler.path, filler.state, standin)),
            Hint::Map => {
                visitor.visit_map(Members::empty(None, filler.path, filler.state, standin))
            }
            Hint::Struct(name, fields) => visitor.visit_map(Members::empty(
                Some((name, fields)),
                filler.path,
                filler.state,
                standin,
            )),
            Hint::Enum(variants) => match variants.first() {
                Some(&first) => visitor.visit_enum(Variant {
                    name: first,
                    value: Some((Source::Filler, filler.origin)),
                    path: filler.path,
                    state: &mut *filler.state,
                    standin,
                }),
                None => Err(de::Error::custom("an enum without variants")),
            },
        }
    }

    fn dispatch<'de, V: Visitor<'de>>(
        &mut self,
        hint: Hint,
        visitor: V,
    ) -> Result<V::Value, DeError> {
        match self.source {
            Source::Document => {}
            Source::Filler => return self.fill(hint, visitor),
            Source::Text(s) => return self.dispatch_text(s, hint, visitor),
        }
        if let Some(mark) = self.state.mark(self.origin) {
            let violation = mark.violation.clone();
            self.report(violation)?;
            self.state.reader.skip_value();
            return self.stand_in(Source::Filler, hint, visitor);
        }
        let Some(kind) = self.state.reader.peek() else {
            return Err(de::Error::custom("the document ends before a value"));
        };
        match (hint, kind) {
            (Hint::IgnoredAny, _) => {
                self.state.reader.skip_value();
                visitor.visit_unit()
            }
            (Hint::Option, Kind::Null) => {
                self.state.reader.literal();
                visitor.visit_none()
            }
            (Hint::Option, _) => visitor.visit_some(self.same()),
            (Hint::NewtypeStruct, _) => visitor.visit_newtype_struct(self.same()),
            (Hint::Any | Hint::Unit, Kind::Null) => {
                self.state.reader.literal();
                visitor.visit_unit()
            }
            (Hint::Any | Hint::Bool, Kind::Bool) => {
                let b = self.state.reader.literal();
                visitor.visit_bool(b)
            }
            (Hint::Any | Hint::Float, Kind::Number) => number(&self.read_number()?, visitor),
            (Hint::Unsigned(max), Kind::Number) => {
                let n = self.read_number()?;
                match (n.as_u64(), n.as_i64()) {
                    (Some(u), _) if u <= max => visitor.visit_u64(u),
                    (Some(u), _) => self.out_of_range(Unexpected::Unsigned(u), hint, visitor),
                    (None, Some(i)) => self.out_of_range(Unexpected::Signed(i), hint, visitor),
                    (None, None) => self.mismatch(hint, visitor),
                }
            }
            (Hint::Signed(min, max), Kind::Number) => {
                let n = self.read_number()?;
                match (n.as_i64(), n.as_u64()) {
                    (Some(i), _) if (min..=max).contains(&i) => visitor.visit_i64(i),
                    (Some(i), _) => self.out_of_range(Unexpected::Signed(i), hint, visitor),
                    (None, Some(u)) => self.out_of_range(Unexpected::Unsigned(u), hint, visitor),
                    (None, None) => self.mismatch(hint, visitor),
                }
            }
            (Hint::Any, Kind::Str) => visitor.visit_str(&self.read_string()?),
            (Hint::Str | Hint::Bytes, Kind::Str) => {
                let s = self.read_string()?;
                self.text(&s, hint, visitor)
            }
            (Hint::Any | Hint::Seq, Kind::Array) => {
                self.state.reader.open();
                let mut items = Items::document(self.path, &mut *self.state, self.standin);
                let value = visitor.visit_seq(&mut items)?;
                items.finish();
                Ok(value)
            }
            (Hint::Any | Hint::Map, Kind::Object) => self.members(None, visitor),
            (Hint::Struct(name, fields), Kind::Object) => {
                self.members(Some((name, fields)), visitor)
            }
            (Hint::Enum(variants), Kind::Str) => {
                let code = self.read_string()?;
                self.variant(&code, None, variants, visitor)
            }
            (Hint::Enum(variants), Kind::Object) if self.state.reader.has_one_member() => {
                let mut end = self.state.reader;
                end.skip_value();
                self.state.reader.open();
                let code = self
                    .state
                    .reader
                    .next_key(&mut true)
                    .ok_or_else(|| de::Error::custom("an object without its member"))?;
                let at = self.state.reader.value_start();
                let value = self.variant(&code, Some(at), variants, visitor)?;
                // Past the closing brace, whatever the variant read.
                self.state.reader = end;
                Ok(value)
            }
            _ => self.mismatch(hint, visitor),
        }
    }

    /// A text stand-in, handed on as the document's own text would be.
    fn dispatch_text<'de, V: Visitor<'de>>(
        &mut self,
        s: &'static str,
        hint: Hint,
        visitor: V,
    ) -> Result<V::Value, DeError> {
        match hint {
            Hint::IgnoredAny => visitor.visit_unit(),
            Hint::Option => visitor.visit_some(self.same()),
            Hint::NewtypeStruct => visitor.visit_newtype_struct(self.same()),
            Hint::Any => visitor.visit_str(s),
            Hint::Str | Hint::Bytes => self.text(s, hint, visitor),
            Hint::Enum(variants) => self.variant(s, None, variants, visitor),
            _ => self.mismatch(hint, visitor),
        }
    }

    fn read_number(&mut self) -> Result<serde_json::Number, DeError> {
        self.state
            .reader
            .number()
            .ok_or_else(|| de::Error::custom("a number serde_json does not read"))
    }

    fn read_string(&mut self) -> Result<Cow<'a, str>, DeError> {
        self.state
            .reader
            .string()
            .ok_or_else(|| de::Error::custom("a string serde_json does not read"))
    }

    /// The members of the object here, for a struct (`ty`) or a map.
    fn members<'de, V: Visitor<'de>>(
        &mut self,
        ty: Option<(&'static str, &'static [&'static str])>,
        visitor: V,
    ) -> Result<V::Value, DeError> {
        self.state.reader.open();
        let mut members = Members::document(ty, self.path, &mut *self.state, self.standin);
        let value = visitor.visit_map(&mut members)?;
        members.finish();
        Ok(value)
    }

    fn out_of_range<'de, V: Visitor<'de>>(
        &mut self,
        unexp: Unexpected<'_>,
        hint: Hint,
        visitor: V,
    ) -> Result<V::Value, DeError> {
        let error = <DeError as de::Error>::invalid_value(unexp, &visitor);
        let violation = self.violation(&error);
        self.report(violation)?;
        self.fill(hint, visitor)
    }

    fn text<'de, V: Visitor<'de>>(
        &mut self,
        s: &str,
        hint: Hint,
        visitor: V,
    ) -> Result<V::Value, DeError> {
        let (refusal, code, stand_in) = match self.leaf(&visitor) {
            Leaf::Unchecked => return visitor.visit_str(s),
            Leaf::Date => match leaf::check_date(s) {
                None => return visitor.visit_str(s),
                Some(detail) => (detail, Code::InvalidDate, "2000-01-01"),
            },
            Leaf::Checked { check, stand_in } => match check(s) {
                Ok(()) => return visitor.visit_str(s),
                Err(message) => {
                    let (code, _) = super::decode::classify(&message);
                    (message, code, stand_in)
                }
            },
        };
        let violation = self.violation(&DeError::new(code, None, refusal));
        self.report(violation)?;
        self.stand_in(Source::Text(stand_in), hint, visitor)
    }

    /// An enum value with the code `code` and, in the object form, its content at byte `value`.
    fn variant<'de, V: Visitor<'de>>(
        &mut self,
        code: &str,
        value: Option<usize>,
        variants: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, DeError> {
        if let Some(&name) = variants.iter().find(|v| **v == code) {
            return visitor.visit_enum(Variant {
                name,
                value: value.map(|at| (Source::Document, at)),
                path: self.path,
                state: &mut *self.state,
                standin: self.standin,
            });
        }
        let error = <DeError as de::Error>::unknown_variant(code, variants);
        let violation = self.violation(&error).param("value", shorten(code));
        self.report(violation)?;
        self.fill(Hint::Enum(variants), visitor)
    }
}

fn shorten(s: &str) -> String {
    s.chars().take(SHOWN_CHARS).collect()
}

fn number<'de, V: Visitor<'de>>(n: &serde_json::Number, visitor: V) -> Result<V::Value, DeError> {
    if let Some(u) = n.as_u64() {
        visitor.visit_u64(u)
    } else if let Some(i) = n.as_i64() {
        visitor.visit_i64(i)
    } else {
        visitor.visit_f64(n.as_f64().unwrap_or(0.0))
    }
}

struct Expecting<'v, V>(&'v V);

impl<'de, V: Visitor<'de>> fmt::Display for Expecting<'_, V> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.0.expecting(f)
    }
}

macro_rules! forward {
    ($($method:ident => $hint:expr;)*) => {
        $(
            fn $method<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, DeError> {
                self.value($hint, visitor)
            }
        )*
    };
}

impl<'de> Deserializer<'de> for Collector<'_, '_, '_> {
    type Error = DeError;

    forward! {
        deserialize_any => Hint::Any;
        deserialize_ignored_any => Hint::IgnoredAny;
        deserialize_bool => Hint::Bool;
        deserialize_u8 => Hint::Unsigned(u8::MAX.into());
        deserialize_u16 => Hint::Unsigned(u16::MAX.into());
        deserialize_u32 => Hint::Unsigned(u32::MAX.into());
        deserialize_u64 => Hint::Unsigned(u64::MAX);
        deserialize_u128 => Hint::Unsigned(u64::MAX);
        deserialize_i8 => Hint::Signed(i8::MIN.into(), i8::MAX.into());
        deserialize_i16 => Hint::Signed(i16::MIN.into(), i16::MAX.into());
        deserialize_i32 => Hint::Signed(i32::MIN.into(), i32::MAX.into());
        deserialize_i64 => Hint::Signed(i64::MIN, i64::MAX);
        deserialize_i128 => Hint::Signed(i64::MIN, i64::MAX);
        deserialize_f32 => Hint::Float;
        deserialize_f64 => Hint::Float;
        deserialize_char => Hint::Str;
        deserialize_str => Hint::Str;
        deserialize_string => Hint::Str;
        deserialize_identifier => Hint::Str;
        deserialize_bytes => Hint::Bytes;
        deserialize_byte_buf => Hint::Bytes;
        deserialize_option => Hint::Option;
        deserialize_unit => Hint::Unit;
        deserialize_seq => Hint::Seq;
        deserialize_map => Hint::Map;
    }

    fn deserialize_unit_struct<V: Visitor<'de>>(
        self,
        _: &'static str,
        visitor: V,
    ) -> Result<V::Value, DeError> {
        self.value(Hint::Unit, visitor)
    }

    fn deserialize_newtype_struct<V: Visitor<'de>>(
        self,
        _: &'static str,
        visitor: V,
    ) -> Result<V::Value, DeError> {
        self.value(Hint::NewtypeStruct, visitor)
    }

    fn deserialize_tuple<V: Visitor<'de>>(self, _: usize, visitor: V) -> Result<V::Value, DeError> {
        self.value(Hint::Seq, visitor)
    }

    fn deserialize_tuple_struct<V: Visitor<'de>>(
        self,
        _: &'static str,
        _: usize,
        visitor: V,
    ) -> Result<V::Value, DeError> {
        self.value(Hint::Seq, visitor)
    }

    fn deserialize_struct<V: Visitor<'de>>(
        self,
        name: &'static str,
        fields: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, DeError> {
        self.value(Hint::Struct(name, fields), visitor)
    }

    fn deserialize_enum<V: Visitor<'de>>(
        self,
        _: &'static str,
        variants: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, DeError> {
        self.value(Hint::Enum(variants), visitor)
    }
}

/// The elements of an array (none for a stand-in).
struct Items<'a, 'p, 's> {
    /// Still reading the document's array (`false` past its end, and for a stand-in).
    reading: bool,
    first: bool,
    index: usize,
    path: Path<'p>,
    state: &'s mut State<'a>,
    standin: Standin,
}

impl<'a, 'p, 's> Items<'a, 'p, 's> {
    /// The array the reader has just stepped into.
    fn document(path: Path<'p>, state: &'s mut State<'a>, standin: Standin) -> Self {
        Items {
            reading: true,
            first: true,
            index: 0,
            path,
            state,
            standin,
        }
    }

    fn empty(path: Path<'p>, state: &'s mut State<'a>, standin: Standin) -> Self {
        Items {
            reading: false,
            ..Items::document(path, state, standin)
        }
    }

    /// Reads past the elements the type did not ask for, and the closing bracket.
    fn finish(&mut self) {
        while self.reading && self.state.reader.next_element(&mut self.first) {
            self.state.reader.skip_value();
        }
        self.reading = false;
    }
}

impl<'de> SeqAccess<'de> for Items<'_, '_, '_> {
    type Error = DeError;

    fn next_element_seed<S: DeserializeSeed<'de>>(
        &mut self,
        seed: S,
    ) -> Result<Option<S::Value>, DeError> {
        if !self.reading || !self.state.reader.next_element(&mut self.first) {
            self.reading = false;
            return Ok(None);
        }
        let at = self.state.reader.value_start();
        self.state.resume = Some(self.state.reader);
        let path = Path::Index(&self.path, self.index);
        self.index += 1;
        let value = seed
            .deserialize(Collector::document(
                at,
                path,
                &mut *self.state,
                self.standin,
            ))
            .map_err(|e| Collector::document(at, path, &mut *self.state, self.standin).settle(e))?;
        read_past(&mut self.state.reader, at);
        Ok(Some(value))
    }
}

/// Where `key` is in a struct's `fields`: lengths and first bytes are compared before whole
/// names (one member name per object member read, against every field before it).
fn field_index(fields: &[&str], key: &str) -> Option<usize> {
    let first = key.as_bytes().first();
    fields
        .iter()
        .position(|f| f.len() == key.len() && f.as_bytes().first() == first && *f == key)
}

/// Reads past the value at `at` if the type that was handed it did not read it.
fn read_past(reader: &mut Reader<'_>, at: usize) {
    if reader.value_start() == at {
        reader.skip_value();
    }
}

/// The members of an object: for a struct, checked against its fields, with its learned
/// required members filled in where missing.
struct Members<'a, 'p, 's> {
    /// Still reading the document's object (`false` past its end, and for a stand-in).
    reading: bool,
    first: bool,
    ty: Option<(&'static str, &'static [&'static str])>,
    /// Which fields were seen (struct), or which keys (map).
    seen_fields: SeenFields,
    /// Made at the first key of a map (a struct never needs it).
    seen_keys: Option<HashSet<Cow<'a, str>>>,
    /// The struct's learned required members, and how many were handed out.
    fillers: Option<(Rc<[Filler]>, usize)>,
    pending: Option<Pending<'a>>,
    path: Path<'p>,
    state: &'s mut State<'a>,
    standin: Standin,
}

/// Which fields of a struct were seen: a bit per field (a list past 64 fields), so reading an
/// object allocates nothing for it.
enum SeenFields {
    Bits(u64),
    List(Vec<bool>),
}

impl SeenFields {
    fn new(fields: usize) -> Self {
        if fields <= 64 {
            SeenFields::Bits(0)
        } else {
            SeenFields::List(vec![false; fields])
        }
    }

    /// Marks field `i` seen; `true` the first time.
    fn insert(&mut self, i: usize) -> bool {
        match self {
            SeenFields::Bits(bits) => {
                let first = *bits & (1 << i) == 0;
                *bits |= 1 << i;
                first
            }
            SeenFields::List(list) => list.get_mut(i).is_some_and(|s| !std::mem::replace(s, true)),
        }
    }

    fn contains(&self, i: usize) -> bool {
        match self {
            SeenFields::Bits(bits) => bits & (1 << i) != 0,
            SeenFields::List(list) => list.get(i).copied().unwrap_or(false),
        }
    }
}

/// The member whose key was handed out, whose value comes next.
enum Pending<'a> {
    /// A member of the document, its value at this byte offset.
    Member(Cow<'a, str>, usize),
    /// A required member filled in.
    Filler(&'static str, Candidate),
}

impl<'a, 'p, 's> Members<'a, 'p, 's> {
    /// The object the reader has just stepped into.
    fn document(
        ty: Option<(&'static str, &'static [&'static str])>,
        path: Path<'p>,
        state: &'s mut State<'a>,
        standin: Standin,
    ) -> Self {
        Members {
            reading: true,
            first: true,
            seen_fields: SeenFields::new(ty.map_or(0, |(_, f)| f.len())),
            ty,
            seen_keys: None,
            fillers: None,
            pending: None,
            path,
            state,
            standin,
        }
    }

    fn empty(
        ty: Option<(&'static str, &'static [&'static str])>,
        path: Path<'p>,
        state: &'s mut State<'a>,
        standin: Standin,
    ) -> Self {
        Members {
            reading: false,
            ..Members::document(ty, path, state, standin)
        }
    }

    fn report(&mut self, violation: Violation) -> Result<(), DeError> {
        if !matches!(self.standin, Standin::No) {
            return Ok(());
        }
        if self.state.record(violation) {
            Ok(())
        } else {
            Err(DeError::recorded())
        }
    }

    /// Reads past a member whose key was handed out but whose value was not asked for.
    fn skip_pending(&mut self) {
        if let Some(Pending::Member(_, at)) = self.pending.take() {
            read_past(&mut self.state.reader, at);
        }
    }

    /// Reads past the members the type did not ask for, and the closing brace.
    fn finish(&mut self) {
        self.skip_pending();
        while self.reading && self.state.reader.next_key(&mut self.first).is_some() {
            self.state.reader.skip_value();
        }
        self.reading = false;
    }

    /// The next member of the document the type is handed: members sent as `null` or `""`,
    /// unknown and repeated ones (reported) are read past.
    fn next_member(&mut self) -> Result<Option<(Cow<'a, str>, usize)>, DeError> {
        while self.reading {
            let Some(key) = self.state.reader.next_key(&mut self.first) else {
                self.reading = false;
                break;
            };
            let at = self.state.reader.value_start();
            if let Some(mark) = self.state.mark(at).filter(|m| m.removed) {
                let violation = mark.violation.clone();
                self.state.reader.skip_value();
                self.report(violation)?;
                continue;
            }
            if self.state.reader.is_absent() {
                self.state.reader.skip_value();
                continue;
            }
            let member = || Path::Key(&self.path, &key).pointer();
            let first = match self.ty {
                Some((_, fields)) => match field_index(fields, &key) {
                    None => {
                        let v = Violation::new(&member(), Code::UnknownField)
                            .param("field", key.as_ref());
                        self.state.reader.skip_value();
                        self.report(v)?;
                        continue;
                    }
                    Some(i) => self.seen_fields.insert(i),
                },
                None => self
                    .seen_keys
                    .get_or_insert_with(HashSet::new)
                    .insert(key.clone()),
            };
            if !first {
                let v = Violation::new(&member(), Code::DuplicateKey).param("field", key.as_ref());
                self.state.reader.skip_value();
                self.report(v)?;
                continue;
            }
            return Ok(Some((key, at)));
        }
        Ok(None)
    }
}

impl<'de> MapAccess<'de> for Members<'_, '_, '_> {
    type Error = DeError;

    fn next_key_seed<K: DeserializeSeed<'de>>(
        &mut self,
        seed: K,
    ) -> Result<Option<K::Value>, DeError> {
        self.skip_pending();
        if let Some((key, at)) = self.next_member()? {
            let handed = seed.deserialize(key.as_ref().into_deserializer());
            self.pending = Some(Pending::Member(key, at));
            return handed.map(Some);
        }
        let Some((name, fields)) = self.ty.filter(|_| self.state.learned_any) else {
            return Ok(None);
        };
        let state = &mut *self.state;
        let (fillers, handed) = self
            .fillers
            .get_or_insert_with(|| (state.fillers(name, fields), 0));
        while let Some(&filler) = fillers.get(*handed) {
            *handed += 1;
            let seen = fields
                .iter()
                .position(|f| *f == filler.field)
                .is_none_or(|i| self.seen_fields.contains(i));
            if seen || filler.candidate == Candidate::None {
                continue;
            }
            let at = Path::Key(&self.path, filler.field).pointer();
            if matches!(self.standin, Standin::No)
                && !self.state.record(Violation::new(&at, Code::Required))
            {
                return Err(DeError::recorded());
            }
            self.pending = Some(Pending::Filler(filler.field, filler.candidate));
            return seed.deserialize(filler.field.into_deserializer()).map(Some);
        }
        Ok(None)
    }

    fn next_value_seed<S: DeserializeSeed<'de>>(&mut self, seed: S) -> Result<S::Value, DeError> {
        match self.pending.take() {
            Some(Pending::Member(key, at)) => {
                let path = Path::Key(&self.path, &key);
                let value = seed
                    .deserialize(Collector::document(
                        at,
                        path,
                        &mut *self.state,
                        self.standin,
                    ))
                    .map_err(|e| {
                        Collector::document(at, path, &mut *self.state, self.standin).settle(e)
                    })?;
                read_past(&mut self.state.reader, at);
                Ok(value)
            }
            Some(Pending::Filler(field, candidate)) => {
                let source = match candidate {
                    Candidate::Hint(hint) => Source::Text(hint),
                    Candidate::Probe(i) => Source::Text(PROBES[i]),
                    Candidate::Plain | Candidate::None => Source::Filler,
                };
                let ty = self.ty.map_or(("", 0, 0), |(n, f)| type_key(n, f));
                seed.deserialize(Collector {
                    source,
                    origin: NOWHERE,
                    path: Path::Key(&self.path, field),
                    state: &mut *self.state,
                    standin: Standin::Filler { ty, field },
                })
            }
            None => Err(de::Error::custom("a value asked for before its key")),
        }
    }
}

/// An enum value: its variant's code and, for the object form, where its content is.
struct Variant<'a, 'p, 's> {
    name: &'static str,
    value: Option<(Source, usize)>,
    path: Path<'p>,
    state: &'s mut State<'a>,
    standin: Standin,
}

impl<'de, 'a, 'p, 's> EnumAccess<'de> for Variant<'a, 'p, 's> {
    type Error = DeError;
    type Variant = Self;

    fn variant_seed<S: DeserializeSeed<'de>>(self, seed: S) -> Result<(S::Value, Self), DeError> {
        let code = seed.deserialize(self.name.into_deserializer())?;
        Ok((code, self))
    }
}

impl<'de> VariantAccess<'de> for Variant<'_, '_, '_> {
    type Error = DeError;

    fn unit_variant(self) -> Result<(), DeError> {
        match self.value {
            None | Some((Source::Filler, _)) => Ok(()),
            Some((Source::Document, at)) => {
                let mut look = self.state.reader.at(at);
                if look.peek() == Some(Kind::Null) && !self.state.marks.contains_key(&at) {
                    look.literal();
                    self.state.reader = look;
                    return Ok(());
                }
                let shown = Collector::document(at, self.path, self.state, self.standin).shown();
                Err(de::Error::invalid_type(shown.unexpected(), &"unit variant"))
            }
            Some((Source::Text(s), _)) => {
                Err(de::Error::invalid_type(Unexpected::Str(s), &"unit variant"))
            }
        }
    }

    fn newtype_variant_seed<S: DeserializeSeed<'de>>(self, seed: S) -> Result<S::Value, DeError> {
        let Some((source, origin)) = self.value else {
            return Err(de::Error::invalid_type(
                Unexpected::UnitVariant,
                &"newtype variant",
            ));
        };
        seed.deserialize(Collector {
            source,
            origin,
            path: Path::Key(&self.path, self.name),
            state: &mut *self.state,
            standin: self.standin,
        })
    }

    fn tuple_variant<V: Visitor<'de>>(self, _: usize, visitor: V) -> Result<V::Value, DeError> {
        let Some((source, origin)) = self.value else {
            return Err(de::Error::invalid_type(
                Unexpected::UnitVariant,
                &"tuple variant",
            ));
        };
        Collector {
            source,
            origin,
            path: Path::Key(&self.path, self.name),
            state: &mut *self.state,
            standin: self.standin,
        }
        .value(Hint::Seq, visitor)
    }

    fn struct_variant<V: Visitor<'de>>(
        self,
        fields: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, DeError> {
        let Some((source, origin)) = self.value else {
            return Err(de::Error::invalid_type(
                Unexpected::UnitVariant,
                &"struct variant",
            ));
        };
        // The variant's name keys what is learned of its fields (a `&'static` name is needed:
        // the field list's address tells variants apart).
        Collector {
            source,
            origin,
            path: Path::Key(&self.path, self.name),
            state: &mut *self.state,
            standin: self.standin,
        }
        .value(Hint::Struct("variant", fields), visitor)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn passes<T: de::DeserializeOwned>(json: &str) -> (usize, Vec<(String, Code)>) {
        let collected = collect::<T>(json.as_bytes(), false);
        assert_eq!(collected.syntax, Syntax::Read);
        let found = collected
            .report
            .errors()
            .iter()
            .map(|v| (v.path.clone(), v.code))
            .collect();
        (collected.passes, found)
    }
    #[test]
    fn problems_the_decoder_checks_ahead_take_one_walk() {
        // Wrong types, unknown and repeated members, bad codes and dates, out-of-range numbers.
        let json = r#"{"name":"Lê Văn A","name":"B","positions":[{"title":"pho_chu_tich_x","organisation":[]}],"typo":1}"#;
        // The first walk may learn the required members of the organisation that stands in for
        // `[]`; once known, one walk.
        let (_, first) = passes::<crate::org::Person>(json);
        let (n, found) = passes::<crate::org::Person>(json);
        assert_eq!((n, &found), (1, &first));
        assert_eq!(
            found,
            [
                ("/name".to_owned(), Code::DuplicateKey),
                ("/positions/0/title".to_owned(), Code::UnknownCode),
                ("/positions/0/organisation".to_owned(), Code::WrongType),
                ("/typo".to_owned(), Code::UnknownField),
            ]
        );
    }

    #[test]
    fn a_walk_stopped_at_the_cap_reads_the_rest_for_its_syntax() {
        let items = vec![r#""x""#; 2 * MAX_REPORTED_PROBLEMS];
        let json = format!("[{}]", items.join(", "));
        let collected = collect::<Vec<u32>>(json.as_bytes(), false);
        assert_eq!(collected.syntax, Syntax::Read);
        assert_eq!(
            collected.report.errors().len(),
            MAX_REPORTED_PROBLEMS + 1,
            "capped"
        );
        // A syntax error after the cap is still noticed (serde_json then says where).
        for broken in [
            format!("[{},]", items.join(",")),
            format!("[{}] x", items.join(",")),
            format!("[{}", items.join(",")),
            format!("{{\"a\": [{}}}", items.join(",")),
        ] {
            let collected = collect::<Vec<u32>>(broken.as_bytes(), false);
            assert_ne!(collected.syntax, Syntax::Read, "{broken}");
        }
    }

    #[test]
    fn missing_members_are_learned_per_type() {
        // The first time a struct type misses a member, a second walk; after that, one.
        #[derive(Debug, serde::Deserialize)]
        #[serde(deny_unknown_fields)]
        #[allow(dead_code)]
        struct Pair {
            first: String,
            second: crate::org::OrgKind,
        }
        let json = r#"[{}, {"first": "x"}, {"second": "mttq"}, {}]"#;
        let (n, found) = passes::<Vec<Pair>>(json);
        assert!(n <= 4, "{n}");
        let expected = [
            ("/0/first", Code::Required),
            ("/0/second", Code::Required),
            ("/1/second", Code::Required),
            ("/2/first", Code::Required),
            ("/3/first", Code::Required),
            ("/3/second", Code::Required),
        ];
        assert_eq!(found, expected.map(|(p, c)| (p.to_owned(), c)));
        let (again, found_again) = passes::<Vec<Pair>>(json);
        assert_eq!((again, found_again), (1, found));
    }
}
