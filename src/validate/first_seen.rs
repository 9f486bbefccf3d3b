//! **Lần xuất hiện đầu** — the index where each key of a list was first seen, for duplicate
//! checks in one pass (a hash lookup per item instead of a scan of the items before it).

use std::collections::HashMap;
use std::collections::hash_map::Entry;
use std::hash::Hash;

/// Remembers the first index of each key of a list walked in order.
#[derive(Debug)]
pub(crate) struct FirstSeen<K> {
    first: HashMap<K, usize>,
}

impl<K: Hash + Eq> FirstSeen<K> {
    /// Room for `n` keys.
    pub(crate) fn with_capacity(n: usize) -> Self {
        FirstSeen {
            first: HashMap::with_capacity(n),
        }
    }

    /// Records `key` at `index`; returns the earlier index when the key was seen before (the
    /// first one is kept, so every later repeat points at the same first item).
    pub(crate) fn repeat_of(&mut self, key: K, index: usize) -> Option<usize> {
        match self.first.entry(key) {
            Entry::Occupied(e) => Some(*e.get()),
            Entry::Vacant(e) => {
                e.insert(index);
                None
            }
        }
    }

    /// The index where `key` was first seen, without recording anything.
    pub(crate) fn get(&self, key: &K) -> Option<usize> {
        self.first.get(key).copied()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn repeats_point_at_the_first_index() {
        let mut seen = FirstSeen::with_capacity(4);
        let found: Vec<_> = ["a", "b", "a", "a", "c", "b"]
            .iter()
            .enumerate()
            .map(|(i, k)| seen.repeat_of(*k, i))
            .collect();
        assert_eq!(found, [None, None, Some(0), Some(0), None, Some(1)]);
        assert_eq!(seen.get(&"c"), Some(4));
        assert_eq!(seen.get(&"z"), None);
    }
}
