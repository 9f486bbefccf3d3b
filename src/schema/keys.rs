//! Keyword look-ups in one schema node by a scan of its keys.
//!
//! A node has a handful of keys, and the passes ask each node for some thirty keywords, most
//! of them absent. serde_json's map (an `IndexMap` with the default feature `preserve_order`)
//! hashes the asked key with SipHash on every look-up: that hashing was a quarter of the
//! cost of making the catalogue's schemas. Comparing a few keys (lengths first) costs less.

use serde_json::{Map, Value};

/// The value of `key` in `map`.
pub(super) fn get<'a>(map: &'a Map<String, Value>, key: &str) -> Option<&'a Value> {
    map.iter().find_map(|(k, v)| (k == key).then_some(v))
}

/// The value of `key` in `map`, to change.
pub(super) fn get_mut<'a>(map: &'a mut Map<String, Value>, key: &str) -> Option<&'a mut Value> {
    map.iter_mut().find_map(|(k, v)| (k == key).then_some(v))
}

/// Whether `map` has `key`.
pub(super) fn has(map: &Map<String, Value>, key: &str) -> bool {
    map.keys().any(|k| k == key)
}

/// Removes `key` from `map` as [`Map::remove`] does (the last entry takes its place), hashing
/// only when the key is there.
pub(super) fn remove(map: &mut Map<String, Value>, key: &str) -> Option<Value> {
    if has(map, key) { map.remove(key) } else { None }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn look_ups_agree_with_the_maps_own() {
        let Value::Object(mut map) = json!({"type": "object", "title": "T", "oneOf": [1], "a": 2})
        else {
            unreachable!()
        };
        for key in ["type", "title", "oneOf", "a", "anyOf", "", "typ"] {
            assert_eq!(get(&map, key), map.get(key), "{key}");
            assert_eq!(has(&map, key), map.contains_key(key), "{key}");
        }
        *get_mut(&mut map, "a").unwrap() = json!(3);
        assert_eq!(map["a"], 3);
        let mut theirs = map.clone();
        assert_eq!(remove(&mut map, "type"), theirs.remove("type"));
        assert_eq!(remove(&mut map, "absent"), None);
        // The same order afterwards, key for key.
        assert!(map.keys().eq(theirs.keys()));
    }
}
