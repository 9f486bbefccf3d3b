//! The error-collecting decoder: a serde `Deserializer` over the parsed [`Node`] tree that
//! records each problem at its JSON Pointer and goes on with the rest of the document.
//!
//! serde hands a value to a type once, and a type that refuses it gives nothing back to carry on
//! with. So the decoder checks what it can *before* the type sees a value — JSON types against
//! what the type asks for, numbers against the range of the integer asked for, member names
//! against the fields of the struct, repeated keys, enum codes against the variants, and the
//! texts of [`leaf`](super::leaf) types — reports what is wrong and gives the type a stand-in
//! (the plainest value of what it asked for). One walk then finds all of those problems.
//!
//! Two kinds of problems only show once a type has refused: a required member that is missing
//! (serde says so when the object ends) and a refusal by a type the decoder cannot check ahead.
//! For those the walk stops and learns: a missing member is learned *per struct type* (from
//! then on the decoder fills it in wherever it is missing, in this document and the next), a
//! refused value is marked in the tree. The walk is then run again, at most [`MAX_PASSES`]
//! times; with the crate's types, a document needs one walk once each struct type's required
//! members are known.

use std::borrow::Cow;
use std::collections::{HashMap, HashSet};
use std::fmt;
use std::sync::{Mutex, OnceLock};

use serde::de::{
    self, DeserializeSeed, Deserializer, EnumAccess, IntoDeserializer, MapAccess, SeqAccess,
    Unexpected, VariantAccess, Visitor,
};

use super::leaf::{self, Leaf};
use super::tree::{Node, Step};
use crate::validate::{Code, MAX_REPORTED_PROBLEMS, Pointer, ValidationReport, Violation};

/// The most walks one decoding makes (see the module docs).
pub(crate) const MAX_PASSES: usize = 16;

/// How many characters of an offending value a finding shows.
const SHOWN_CHARS: usize = 80;

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
}

/// Decodes `tree` into `T`, collecting every problem (see the module docs).
pub(crate) fn collect<T: de::DeserializeOwned>(tree: &mut Node<'_>) -> Collected<T> {
    let mut passes = 0;
    loop {
        passes += 1;
        let mut state = State::default();
        let result = T::deserialize(Collector {
            node: tree,
            path: Path::Root,
            state: &mut state,
            standin: Standin::No,
        })
        .map_err(|e| {
            Collector {
                node: tree,
                path: Path::Root,
                state: &mut state,
                standin: Standin::No,
            }
            .settle(e)
        });
        let fix = state.fix.take();
        let done = |value: Option<T>, state: State| Collected {
            value,
            report: state.report,
            patched: state.patched,
            passes,
        };
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
                if !apply(fix, tree) {
                    return done(None, state);
                }
            }
        }
    }
}

/// Applies what a walk learned; `false` when nothing more can be done.
fn apply(fix: Fix, tree: &mut Node<'_>) -> bool {
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
        Fix::Stub { steps, violation } => match tree.at_mut(&steps) {
            Some(
                node @ (Node::Bool(_)
                | Node::Number(_)
                | Node::Str(_)
                | Node::Array(_)
                | Node::Object(_)
                | Node::Null),
            ) => {
                *node = Node::Stub(Box::new(violation));
                true
            }
            // A stand-in that failed in turn: take the member out.
            Some(Node::Stub(_)) => remove(tree, &steps, violation),
            _ => false,
        },
        Fix::Remove { steps, violation } => remove(tree, &steps, violation),
    }
}

fn remove(tree: &mut Node<'_>, steps: &[Step], violation: Violation) -> bool {
    let Some((Step::Key(key), parent)) = steps.split_last() else {
        return false;
    };
    let Some(Node::Object(members)) = tree.at_mut(parent) else {
        return false;
    };
    match members.iter_mut().find(|(k, _)| k == key) {
        Some((_, value)) if !matches!(value, Node::Removed(_)) => {
            *value = Node::Removed(Box::new(violation));
            true
        }
        _ => false,
    }
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
    /// The value at `steps` was refused: report `violation` there and use a stand-in.
    Stub {
        steps: Vec<Step>,
        violation: Violation,
    },
    /// Take the member at `steps` out, reporting `violation`.
    Remove {
        steps: Vec<Step>,
        violation: Violation,
    },
    /// Nothing more can be done.
    Stop,
}

/// The state of one walk.
#[derive(Default)]
struct State {
    report: ValidationReport,
    patched: Vec<String>,
    fix: Option<Fix>,
    stopped: bool,
    /// What each visitor type reads, asked once per walk; keyed by where its type name is
    /// (hashing the address, not the long name: one lookup per text value).
    leaves: HashMap<(usize, usize), Leaf>,
}

impl State {
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

    fn steps(&self) -> Vec<Step> {
        let mut steps = match self {
            Path::Root => return Vec::new(),
            Path::Key(parent, _) | Path::Index(parent, _) => parent.steps(),
        };
        steps.push(match self {
            Path::Key(_, key) => Step::Key((*key).to_owned()),
            Path::Index(_, i) => Step::Index(*i),
            Path::Root => unreachable!("handled above"),
        });
        steps
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

/// The plainest value of every kind: what a stand-in is made of.
static FILLER: Node<'static> = Node::Null;

/// The deserializer of one value of the tree.
struct Collector<'t, 'a, 'p, 's> {
    node: &'t Node<'a>,
    path: Path<'p>,
    state: &'s mut State,
    standin: Standin,
}

impl<'a> Collector<'_, 'a, '_, '_> {
    fn child<'t, 'p>(
        &'p mut self,
        node: &'t Node<'a>,
        path: Path<'p>,
    ) -> Collector<'t, 'a, 'p, 'p> {
        Collector {
            node,
            path,
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
                .param("value", self.node.preview(SHOWN_CHARS))
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
        let fix = match (&error.field, error.code, hint, self.node) {
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
            (Some(field), Code::UnknownField, _, Node::Object(members))
                if matches!(self.standin, Standin::No)
                    && members.iter().any(|(k, _)| k == field) =>
            {
                let v = self.violation(&error);
                let mut steps = self.path.steps();
                steps.push(Step::Key(field.clone()));
                if self.report(v.clone()).is_err() {
                    return error;
                }
                Fix::Remove {
                    steps,
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
                            steps: self.path.steps(),
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
                        steps: self.path.steps(),
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

    /// Hands the visitor `stand_in` in place of the value here (after its problem was recorded).
    fn stand_in<'de, V: Visitor<'de>>(
        &mut self,
        stand_in: &Node<'_>,
        hint: Hint,
        visitor: V,
    ) -> Result<V::Value, DeError> {
        let standin = match self.standin {
            Standin::No => Standin::Substitute,
            other => other,
        };
        Collector {
            node: stand_in,
            path: self.path,
            state: &mut *self.state,
            standin,
        }
        .value(hint, visitor)
    }

    /// A value of the wrong JSON type: `null` is a missing value, anything else a wrong type.
    fn mismatch<'de, V: Visitor<'de>>(
        &mut self,
        hint: Hint,
        visitor: V,
    ) -> Result<V::Value, DeError> {
        if matches!(self.standin, Standin::No) {
            let violation = if matches!(self.node, Node::Null) {
                Violation::new(&self.path.pointer(), Code::Required)
            } else {
                let error = <DeError as de::Error>::invalid_type(unexpected(self.node), &visitor);
                self.violation(&error)
            };
            self.report(violation)?;
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
            node: &FILLER,
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
            Hint::Seq => visitor.visit_seq(Items {
                items: [].iter().enumerate(),
                path: filler.path,
                state: &mut *filler.state,
                standin,
            }),
            Hint::Map => visitor.visit_map(Members::new(
                &[],
                None,
                filler.path,
                &mut *filler.state,
                standin,
            )),
            Hint::Struct(name, fields) => visitor.visit_map(Members::new(
                &[],
                Some((name, fields)),
                filler.path,
                &mut *filler.state,
                standin,
            )),
            Hint::Enum(variants) => match variants.first() {
                Some(first) => visitor.visit_enum(Variant {
                    name: first,
                    value: Some(&FILLER),
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
        let node = self.node;
        if let Node::Stub(violation) | Node::Removed(violation) = node {
            self.report((**violation).clone())?;
            return self.stand_in(&FILLER, hint, visitor);
        }
        if !matches!(self.standin, Standin::No) && std::ptr::eq(node, &FILLER) {
            return self.fill(hint, visitor);
        }
        match (hint, node) {
            (Hint::IgnoredAny, _) => visitor.visit_unit(),
            (Hint::Option, Node::Null) => visitor.visit_none(),
            (Hint::Option, _) => visitor.visit_some(self.child(node, self.path)),
            (Hint::NewtypeStruct, _) => visitor.visit_newtype_struct(self.child(node, self.path)),
            (Hint::Any | Hint::Unit, Node::Null) => visitor.visit_unit(),
            (Hint::Any | Hint::Bool, Node::Bool(b)) => visitor.visit_bool(*b),
            (Hint::Any | Hint::Float, Node::Number(n)) => number(n, visitor),
            (Hint::Unsigned(max), Node::Number(n)) => match (n.as_u64(), n.as_i64()) {
                (Some(u), _) if u <= max => visitor.visit_u64(u),
                (Some(u), _) => self.out_of_range(Unexpected::Unsigned(u), hint, visitor),
                (None, Some(i)) => self.out_of_range(Unexpected::Signed(i), hint, visitor),
                (None, None) => self.mismatch(hint, visitor),
            },
            (Hint::Signed(min, max), Node::Number(n)) => match (n.as_i64(), n.as_u64()) {
                (Some(i), _) if (min..=max).contains(&i) => visitor.visit_i64(i),
                (Some(i), _) => self.out_of_range(Unexpected::Signed(i), hint, visitor),
                (None, Some(u)) => self.out_of_range(Unexpected::Unsigned(u), hint, visitor),
                (None, None) => self.mismatch(hint, visitor),
            },
            (Hint::Any, Node::Str(s)) => visitor.visit_str(s),
            (Hint::Str | Hint::Bytes, Node::Str(s)) => self.text(s, hint, visitor),
            (Hint::Any | Hint::Seq, Node::Array(items)) => visitor.visit_seq(Items {
                items: items.iter().enumerate(),
                path: self.path,
                state: &mut *self.state,
                standin: self.standin,
            }),
            (Hint::Any | Hint::Map, Node::Object(members)) => visitor.visit_map(Members::new(
                members,
                None,
                self.path,
                &mut *self.state,
                self.standin,
            )),
            (Hint::Struct(name, fields), Node::Object(members)) => visitor.visit_map(Members::new(
                members,
                Some((name, fields)),
                self.path,
                &mut *self.state,
                self.standin,
            )),
            (Hint::Enum(variants), Node::Str(code)) => self.variant(code, None, variants, visitor),
            (Hint::Enum(variants), Node::Object(members)) if members.len() == 1 => {
                let (code, value) = &members[0];
                self.variant(code, Some(value), variants, visitor)
            }
            _ => self.mismatch(hint, visitor),
        }
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
        self.stand_in(&Node::Str(Cow::Borrowed(stand_in)), hint, visitor)
    }

    fn variant<'de, V: Visitor<'de>>(
        &mut self,
        code: &str,
        value: Option<&Node<'a>>,
        variants: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, DeError> {
        if let Some(name) = variants.iter().find(|v| **v == code) {
            return visitor.visit_enum(Variant {
                name,
                value,
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

/// serde's name for the kind of a JSON value (strings cut to what a finding shows).
fn unexpected<'n>(node: &'n Node<'_>) -> Unexpected<'n> {
    match node {
        Node::Null | Node::Stub(_) | Node::Removed(_) => Unexpected::Unit,
        Node::Bool(b) => Unexpected::Bool(*b),
        Node::Number(n) => match (n.as_u64(), n.as_i64(), n.as_f64()) {
            (Some(u), _, _) => Unexpected::Unsigned(u),
            (_, Some(i), _) => Unexpected::Signed(i),
            (_, _, f) => Unexpected::Float(f.unwrap_or(0.0)),
        },
        Node::Str(s) => {
            let end = s
                .char_indices()
                .nth(SHOWN_CHARS)
                .map_or(s.len(), |(i, _)| i);
            Unexpected::Str(&s[..end])
        }
        Node::Array(_) => Unexpected::Seq,
        Node::Object(_) => Unexpected::Map,
    }
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

impl<'de> Deserializer<'de> for Collector<'_, '_, '_, '_> {
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

/// The elements of an array.
struct Items<'t, 'a, 'p, 's> {
    items: std::iter::Enumerate<std::slice::Iter<'t, Node<'a>>>,
    path: Path<'p>,
    state: &'s mut State,
    standin: Standin,
}

impl<'de> SeqAccess<'de> for Items<'_, '_, '_, '_> {
    type Error = DeError;

    fn next_element_seed<S: DeserializeSeed<'de>>(
        &mut self,
        seed: S,
    ) -> Result<Option<S::Value>, DeError> {
        let Some((i, node)) = self.items.next() else {
            return Ok(None);
        };
        let path = Path::Index(&self.path, i);
        seed.deserialize(Collector {
            node,
            path,
            state: &mut *self.state,
            standin: self.standin,
        })
        .map(Some)
        .map_err(|e| {
            Collector {
                node,
                path,
                state: &mut *self.state,
                standin: self.standin,
            }
            .settle(e)
        })
    }

    fn size_hint(&self) -> Option<usize> {
        Some(self.items.len())
    }
}

/// The members of an object: for a struct, checked against its fields, with its learned
/// required members filled in where missing.
struct Members<'t, 'a, 'p, 's> {
    members: std::slice::Iter<'t, (Cow<'a, str>, Node<'a>)>,
    ty: Option<(&'static str, &'static [&'static str])>,
    /// Which fields were seen (struct), or which keys (map).
    seen_fields: Vec<bool>,
    seen_keys: HashSet<&'t str>,
    fillers: Option<std::vec::IntoIter<Filler>>,
    pending: Option<Pending<'t, 'a>>,
    path: Path<'p>,
    state: &'s mut State,
    standin: Standin,
}

enum Pending<'t, 'a> {
    Member(&'t str, &'t Node<'a>),
    Filler(&'static str, Candidate),
}

impl<'t, 'a, 'p, 's> Members<'t, 'a, 'p, 's> {
    fn new(
        members: &'t [(Cow<'a, str>, Node<'a>)],
        ty: Option<(&'static str, &'static [&'static str])>,
        path: Path<'p>,
        state: &'s mut State,
        standin: Standin,
    ) -> Self {
        Members {
            members: members.iter(),
            seen_fields: vec![false; ty.map_or(0, |(_, f)| f.len())],
            ty,
            seen_keys: HashSet::new(),
            fillers: None,
            pending: None,
            path,
            state,
            standin,
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
}

impl<'de> MapAccess<'de> for Members<'_, '_, '_, '_> {
    type Error = DeError;

    fn next_key_seed<K: DeserializeSeed<'de>>(
        &mut self,
        seed: K,
    ) -> Result<Option<K::Value>, DeError> {
        while let Some((key, value)) = self.members.next() {
            if let Node::Removed(violation) = value {
                let violation = (**violation).clone();
                self.report(violation)?;
                continue;
            }
            if value.is_absent() {
                continue;
            }
            let member = || Path::Key(&self.path, key).pointer();
            let first = match self.ty {
                Some((_, fields)) => match fields.iter().position(|f| *f == key.as_ref()) {
                    None => {
                        let v = Violation::new(&member(), Code::UnknownField)
                            .param("field", key.as_ref());
                        self.report(v)?;
                        continue;
                    }
                    Some(i) => !std::mem::replace(&mut self.seen_fields[i], true),
                },
                None => self.seen_keys.insert(key),
            };
            if !first {
                let v = Violation::new(&member(), Code::DuplicateKey).param("field", key.as_ref());
                self.report(v)?;
                continue;
            }
            self.pending = Some(Pending::Member(key, value));
            return seed.deserialize(key.as_ref().into_deserializer()).map(Some);
        }
        let Some((name, fields)) = self.ty else {
            return Ok(None);
        };
        let fillers = self
            .fillers
            .get_or_insert_with(|| fillers(type_key(name, fields)).into_iter());
        for filler in fillers.by_ref() {
            let seen = fields
                .iter()
                .position(|f| *f == filler.field)
                .is_none_or(|i| self.seen_fields[i]);
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
            Some(Pending::Member(key, node)) => {
                let path = Path::Key(&self.path, key);
                seed.deserialize(Collector {
                    node,
                    path,
                    state: &mut *self.state,
                    standin: self.standin,
                })
                .map_err(|e| {
                    Collector {
                        node,
                        path,
                        state: &mut *self.state,
                        standin: self.standin,
                    }
                    .settle(e)
                })
            }
            Some(Pending::Filler(field, candidate)) => {
                let text;
                let node = match candidate {
                    Candidate::Hint(hint) => {
                        text = Node::Str(Cow::Borrowed(hint));
                        &text
                    }
                    Candidate::Probe(i) => {
                        text = Node::Str(Cow::Borrowed(PROBES[i]));
                        &text
                    }
                    Candidate::Plain | Candidate::None => &FILLER,
                };
                let ty = self.ty.map_or(("", 0, 0), |(n, f)| type_key(n, f));
                seed.deserialize(Collector {
                    node,
                    path: Path::Key(&self.path, field),
                    state: &mut *self.state,
                    standin: Standin::Filler { ty, field },
                })
            }
            None => Err(de::Error::custom("a value asked for before its key")),
        }
    }
}

/// An enum value: its variant's code and, for the object form, its content.
struct Variant<'t, 'a, 'p, 's> {
    name: &'t str,
    value: Option<&'t Node<'a>>,
    path: Path<'p>,
    state: &'s mut State,
    standin: Standin,
}

impl<'de, 't, 'a, 'p, 's> EnumAccess<'de> for Variant<'t, 'a, 'p, 's> {
    type Error = DeError;
    type Variant = Self;

    fn variant_seed<S: DeserializeSeed<'de>>(self, seed: S) -> Result<(S::Value, Self), DeError> {
        let code = seed.deserialize(self.name.into_deserializer())?;
        Ok((code, self))
    }
}

impl<'de> VariantAccess<'de> for Variant<'_, '_, '_, '_> {
    type Error = DeError;

    fn unit_variant(self) -> Result<(), DeError> {
        match self.value {
            None | Some(Node::Null) => Ok(()),
            Some(node) if std::ptr::eq(node, &FILLER) => Ok(()),
            Some(node) => Err(de::Error::invalid_type(unexpected(node), &"unit variant")),
        }
    }

    fn newtype_variant_seed<S: DeserializeSeed<'de>>(self, seed: S) -> Result<S::Value, DeError> {
        let Some(node) = self.value else {
            return Err(de::Error::invalid_type(
                Unexpected::UnitVariant,
                &"newtype variant",
            ));
        };
        seed.deserialize(Collector {
            node,
            path: Path::Key(&self.path, self.name),
            state: &mut *self.state,
            standin: self.standin,
        })
    }

    fn tuple_variant<V: Visitor<'de>>(self, _: usize, visitor: V) -> Result<V::Value, DeError> {
        let Some(node) = self.value else {
            return Err(de::Error::invalid_type(
                Unexpected::UnitVariant,
                &"tuple variant",
            ));
        };
        Collector {
            node,
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
        let Some(node) = self.value else {
            return Err(de::Error::invalid_type(
                Unexpected::UnitVariant,
                &"struct variant",
            ));
        };
        // The variant's name keys what is learned of its fields (a `&'static` name is needed:
        // the field list's address tells variants apart).
        Collector {
            node,
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
    use crate::validate::tree;

    fn passes<T: de::DeserializeOwned>(json: &str) -> (usize, Vec<(String, Code)>) {
        let mut tree = tree::parse(json.as_bytes()).unwrap();
        let collected = collect::<T>(&mut tree);
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
