//! **Lần xuất hiện đầu** — the index where each key of a list was first seen, for duplicate
//! checks in one pass (a hash lookup per item instead of a scan of the items before it).

use std::collections::HashMap;
use std::collections::hash_map::{Entry, RandomState};
use std::hash::{BuildHasher, BuildHasherDefault, Hash, Hasher};

/// Remembers the first index of each key of a list walked in order.
///
/// Most lists are short (the bodies of a task, the positions of a person): their keys are kept
/// in order and compared one by one, which costs less than hashing them (hashing a body hashes
/// its kind, unit, names, codes and dates piece by piece). From [`SCAN_LIMIT`] keys on, they
/// move to a hash map, so a long list still takes one lookup per item. The map is sized once,
/// for the whole list: grown by doubling, it would hash every key again at each growth, and
/// hashing a borrowed key (a body) reads it again, at random places of a list larger than the
/// caches (issue 14: `lead_bodies` at 64k).
#[derive(Debug)]
pub(crate) struct FirstSeen<K> {
    few: Vec<(K, usize)>,
    many: HashMap<K, usize>,
    /// The length of the list: the room the map takes when the keys move to it.
    len: usize,
}

/// How many keys are compared one by one before they move to a hash map.
const SCAN_LIMIT: usize = 8;

impl<K: Hash + Eq> FirstSeen<K> {
    /// Room for `n` keys (the length of the list).
    pub(crate) fn with_capacity(n: usize) -> Self {
        FirstSeen {
            few: Vec::with_capacity(n.min(SCAN_LIMIT)),
            many: HashMap::new(),
            len: n,
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
            self.many.reserve(self.len.max(SCAN_LIMIT * 2));
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

/// Remembers the first index of each key of a long list by the key's hash alone: no key is
/// kept, so a key that has to be made (a name's [identity key](crate::text::identity_key)) is
/// made, hashed and dropped, and a list of 64,000 names keeps one `u64` and one index per name
/// instead of 64,000 strings (a hash map whose memory grows with the list is what made such
/// checks cost more per element as lists grew, issue 14).
///
/// A hash match is confirmed by the caller (`same(first)`: is the key at `first` this key?),
/// so equal hashes of different keys never make a duplicate. The hashes are keyed per process
/// ([`RandomState`]), so input cannot be crafted to collide; a collision that happens anyway is
/// kept in a short side list.
#[derive(Debug)]
pub(crate) struct FirstSeenByHash {
    keys: RandomState,
    first: HashMap<u64, usize, BuildHasherDefault<AlreadyHashed>>,
    /// Keys whose hash equals an earlier, different key's (expected empty).
    collided: Vec<(u64, usize)>,
}

impl FirstSeenByHash {
    /// Room for `n` keys, reserved once.
    pub(crate) fn with_capacity(n: usize) -> Self {
        FirstSeenByHash {
            keys: RandomState::new(),
            first: HashMap::with_capacity_and_hasher(n, BuildHasherDefault::default()),
            collided: Vec::new(),
        }
    }

    /// The hash of `key` that [`repeat_of`](Self::repeat_of) and [`get`](Self::get) take.
    pub(crate) fn hash<K: Hash + ?Sized>(&self, key: &K) -> u64 {
        self.keys.hash_one(key)
    }

    /// Records the key of hash `hash` at `index`; returns the earlier index when the key was
    /// seen before (the first is kept). `same(first)` says whether the key at an earlier index
    /// `first` with the same hash is this key.
    pub(crate) fn repeat_of(
        &mut self,
        hash: u64,
        index: usize,
        same: impl FnMut(usize) -> bool,
    ) -> Option<usize> {
        self.slot(hash, index, same).map(|at| *at)
    }

    /// Records the key of hash `hash` at `index` as its latest; returns the index where it
    /// was seen last before (`same` as for [`repeat_of`](Self::repeat_of)).
    pub(crate) fn previous_of(
        &mut self,
        hash: u64,
        index: usize,
        same: impl FnMut(usize) -> bool,
    ) -> Option<usize> {
        self.slot(hash, index, same)
            .map(|at| std::mem::replace(at, index))
    }

    /// The slot holding the earlier index of the key of hash `hash`, or `None` after recording
    /// `index` as its first (in the map, or beside it when another key has that hash).
    fn slot(
        &mut self,
        hash: u64,
        index: usize,
        mut same: impl FnMut(usize) -> bool,
    ) -> Option<&mut usize> {
        match self.first.entry(hash) {
            Entry::Vacant(e) => {
                e.insert(index);
                None
            }
            Entry::Occupied(e) if same(*e.get()) => Some(e.into_mut()),
            Entry::Occupied(_) => {
                match self
                    .collided
                    .iter()
                    .position(|&(h, at)| h == hash && same(at))
                {
                    Some(k) => Some(&mut self.collided[k].1),
                    None => {
                        self.collided.push((hash, index));
                        None
                    }
                }
            }
        }
    }

    /// The index where the key of hash `hash` was first seen (`same` as for
    /// [`repeat_of`](Self::repeat_of)), without recording anything.
    pub(crate) fn get(&self, hash: u64, mut same: impl FnMut(usize) -> bool) -> Option<usize> {
        let at = *self.first.get(&hash)?;
        if same(at) {
            return Some(at);
        }
        self.collided
            .iter()
            .find(|&&(h, at)| h == hash && same(at))
            .map(|&(_, at)| at)
    }
}

/// The hasher of a map whose keys are hashes already (of a [`RandomState`]): it passes the
/// `u64` through instead of hashing it a second time.
#[derive(Debug, Default)]
struct AlreadyHashed(u64);

impl Hasher for AlreadyHashed {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        // Only `u64` keys are hashed here; any other input still hashes deterministically.
        for &b in bytes {
            self.0 = self.0.rotate_left(8) ^ u64::from(b);
        }
    }

    fn write_u64(&mut self, n: u64) {
        self.0 = n;
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

    #[test]
    fn the_map_is_sized_once_for_the_whole_list() {
        let n = 10_000;
        let mut seen = FirstSeen::with_capacity(n);
        seen.repeat_of(0, 0);
        let mut room = 0;
        for i in 1..n {
            seen.repeat_of(i, i);
            if i == SCAN_LIMIT {
                room = seen.many.capacity();
            }
        }
        // Room for every key when the keys moved to the map, and no growth after.
        assert!(room >= n, "{room}");
        assert_eq!(seen.many.capacity(), room);
    }

    #[test]
    fn hashed_repeats_point_at_the_first_index_and_are_confirmed() {
        let keys = ["a", "b", "a", "a", "c", "b"];
        let mut seen = FirstSeenByHash::with_capacity(keys.len());
        let found: Vec<_> = keys
            .iter()
            .enumerate()
            .map(|(i, k)| seen.repeat_of(seen.hash(k), i, |at| keys[at] == *k))
            .collect();
        assert_eq!(found, [None, None, Some(0), Some(0), None, Some(1)]);
        assert_eq!(seen.get(seen.hash("c"), |at| keys[at] == "c"), Some(4));
        assert_eq!(seen.get(seen.hash("z"), |at| keys[at] == "z"), None);
    }

    #[test]
    fn equal_hashes_of_different_keys_are_not_duplicates() {
        // Every key given the same hash: only the confirmation tells them apart.
        let keys = ["x", "y", "x", "z", "y", "y"];
        let mut seen = FirstSeenByHash::with_capacity(0);
        let found: Vec<_> = keys
            .iter()
            .enumerate()
            .map(|(i, k)| seen.repeat_of(7, i, |at| keys[at] == *k))
            .collect();
        assert_eq!(found, [None, None, Some(0), None, Some(1), Some(1)]);
        assert_eq!(seen.collided.len(), 2);
        assert_eq!(seen.get(7, |at| keys[at] == "z"), Some(3));
        assert_eq!(seen.get(7, |at| keys[at] == "w"), None);
    }

    #[test]
    fn previous_points_at_the_latest_earlier_index() {
        // Under one hash too: the confirmation finds each key's own latest index.
        let keys = ["x", "y", "x", "x", "y"];
        for one_hash in [false, true] {
            let mut seen = FirstSeenByHash::with_capacity(keys.len());
            let found: Vec<_> = keys
                .iter()
                .enumerate()
                .map(|(i, k)| {
                    let hash = if one_hash { 7 } else { seen.hash(k) };
                    seen.previous_of(hash, i, |at| keys[at] == *k)
                })
                .collect();
            assert_eq!(found, [None, None, Some(0), Some(2), Some(1)], "{one_hash}");
        }
    }
}
