//! **Đường dẫn dựng khi cần** — a place to report at whose JSON Pointer is built only when a
//! finding is recorded there.
//!
//! Validation visits every member of every record, but reports at few of them: building each
//! member's [`Pointer`] up front (a 64-byte copy and a write per member) cost about a tenth of
//! checking a clean commune report. A [`Member`] keeps the parent pointer and the key instead.

use std::borrow::Cow;

use super::Pointer;

/// A place in the document a check can report at: a built [`Pointer`], or a [`Member`] whose
/// pointer is built on demand.
pub(crate) trait At {
    /// The pointer of the place (built now for a [`Member`]).
    fn pointer(&self) -> Cow<'_, Pointer>;
}

impl At for Pointer {
    fn pointer(&self) -> Cow<'_, Pointer> {
        Cow::Borrowed(self)
    }
}

/// The member `key` of the object at `parent`, its pointer not yet built.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Member<'a> {
    parent: &'a Pointer,
    key: &'a str,
}

impl<'a> Member<'a> {
    /// The member `key` of the object at `parent`.
    pub(crate) fn new(parent: &'a Pointer, key: &'a str) -> Self {
        Member { parent, key }
    }
}

impl At for Member<'_> {
    fn pointer(&self) -> Cow<'_, Pointer> {
        Cow::Owned(self.parent.key(self.key))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_member_builds_the_pointer_key_would() {
        let parent = Pointer::root().key("disclosures").index(3);
        for key in ["summary", "a/b~c", "posted_until"] {
            assert_eq!(
                *Member::new(&parent, key).pointer(),
                parent.key(key),
                "{key}"
            );
        }
        assert_eq!(parent.pointer().as_str(), "/disclosures/3");
    }
}
