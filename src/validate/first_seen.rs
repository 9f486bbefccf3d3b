//! **Lần xuất hiện đầu** — the index where each key of a list was first seen, for duplicate
//! checks in one pass (a hash lookup per item instead of a scan of the items before it).

use std::collections::HashMap;
use std::collections::hash_map::Entry;
use std::hash::Hash;

/// Remembers the first index of each key of a list walked in order.
///
/// Most lists are short (the bodies of a task, the positions of a person): their keys are kept
/// in order and compared one by one, which costs less than hashing them (hashing a body hashes
/// its kind, unit, names, codes and dates piece by piece). From [`SCAN_LIMIT`] keys on, they
/// move to a hash map, so a long list still takes one lookup per item.
#[derive(Debug)]
pub(crate) struct FirstSeen<K> {
    few: Vec<(K, usize)>,
    many: HashMap<K, usize>,
}

/// How many keys are compared one by one before they move to a hash map.
const SCAN_LIMIT: usize = 8;

impl<K: Hash + Eq> FirstSeen<K> {
    /// Room for `n` keys.
    pub(crate) fn with_capacity(n: usize) -> Self {
        FirstSeen {
            few: Vec::with_capacity(n.min(SCAN_LIMIT)),
            many: HashMap::new(),
        }
    }

    /// Records `key` at `index`; returns the earlier index when the key was seen before (the
    /// first one is kept, so every later repeat points at the same first item).
    pub(crate) fn repeat_of(&mut self, key: K, index: usize) -> Option<usize> {
        if self.many.is_empty() {
            if let Some(first) = self.scan(&key) {
                return Some(first);
            }
            if self.few.len() < SCAN_LIMIT {
                self.few.push((key, index));
                return None;
            }
            self.many.reserve(SCAN_LIMIT * 2);
            self.many.extend(self.few.drain(..));
        }
        match self.many.entry(key) {
            Entry::Occupied(e) => Some(*e.get()),
            Entry::Vacant(e) => {
                e.insert(index);
                None
            }
        }
    }

    /// The index where `key` was first seen, without recording anything.
    pub(crate) fn get(&self, key: &K) -> Option<usize> {
        if self.many.is_empty() {
            self.scan(key)
        } else {
            self.many.get(key).copied()
        }
    }

    fn scan(&self, key: &K) -> Option<usize> {
        self.few.iter().find(|(k, _)| k == key).map(|(_, i)| *i)
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

    #[test]
    fn long_lists_find_the_same_first_indices_in_the_map() {
        // Keys repeat with period 13: past SCAN_LIMIT keys they live in the map.
        let mut seen = FirstSeen::with_capacity(0);
        for i in 0..100 {
            let first = seen.repeat_of(i % 13, i);
            assert_eq!(first, (i >= 13).then_some(i % 13), "{i}");
        }
        assert!(seen.few.is_empty() && seen.many.len() == 13);
        assert_eq!((seen.get(&12), seen.get(&13)), (Some(12), None));
    }
}
