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

/// The member `key` of the object at `parent`, its pointer not yet built. The parent may be a
/// built [`Pointer`] or a place whose own pointer is not built yet (a [`Member`], an [`Item`]):
/// a record's checks then build nothing on the path of a valid record.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Member<'a, P: ?Sized = Pointer> {
    parent: &'a P,
    key: &'a str,
}

impl<'a, P: At + ?Sized> Member<'a, P> {
    /// The member `key` of the object at `parent`.
    pub(crate) fn new(parent: &'a P, key: &'a str) -> Self {
        Member { parent, key }
    }
}

impl<P: At + ?Sized> At for Member<'_, P> {
    fn pointer(&self) -> Cow<'_, Pointer> {
        Cow::Owned(self.parent.pointer().key(self.key))
    }
}

/// The element `index` of the array at `parent`, its pointer not yet built.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Item<'a, P: ?Sized = Pointer> {
    parent: &'a P,
    index: usize,
}

impl<'a, P: At + ?Sized> Item<'a, P> {
    /// The element `index` of the array at `parent`.
    pub(crate) fn new(parent: &'a P, index: usize) -> Self {
        Item { parent, index }
    }
}

impl<P: At + ?Sized> At for Item<'_, P> {
    fn pointer(&self) -> Cow<'_, Pointer> {
        Cow::Owned(self.parent.pointer().index(self.index))
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

    #[test]
    fn nested_places_build_the_pointer_of_their_steps() {
        let root = Pointer::root();
        let list = Member::new(&root, "decisions");
        let item = Item::new(&list, 12);
        let unit = Member::new(&item, "unit");
        assert_eq!(unit.pointer().as_str(), "/decisions/12/unit");
        assert_eq!(
            Member::new(&unit, "a/b").pointer().as_str(),
            "/decisions/12/unit/a~1b"
        );
        assert_eq!(Item::new(&root, 0).pointer().as_str(), "/0");
    }
}
