//! **Đường dẫn JSON** — the JSON Pointer validation walks with.
//!
//! Validation makes a pointer for every member and item it visits (`path.key("tasks")`,
//! `.index(i)`) and turns one into text only when it records a finding. Pointers are short
//! (`/tasks/12/cooperating_bodies/3`), so they are kept inline, without allocating: walking a
//! valid document costs no allocation for its paths. A pointer too long for the inline buffer
//! moves to the heap.

use std::cmp::Ordering;
use std::fmt;
use std::hash::{Hash, Hasher};

/// How many bytes a pointer keeps inline (the pointer then takes 64 bytes).
const INLINE: usize = 62;

/// **Đường dẫn JSON** — a JSON Pointer (RFC 6901) to a value inside a document, built step by
/// step while validation walks the document.
///
/// # Example
/// ```
/// use qcdc::validate::Pointer;
///
/// let p = Pointer::root().key("milestones").index(2).key("target/value");
/// assert_eq!(p.as_str(), "/milestones/2/target~1value");
/// ```
#[derive(Clone)]
pub struct Pointer(Repr);

#[derive(Clone)]
enum Repr {
    /// The text in `bytes[..len]` (UTF-8: it is only ever made of whole `str` pieces).
    Inline { len: u8, bytes: [u8; INLINE] },
    /// A pointer longer than [`INLINE`] bytes.
    Heap(String),
}

impl Pointer {
    /// The whole document (`""`).
    ///
    /// # Example
    /// ```
    /// use qcdc::validate::Pointer;
    ///
    /// assert_eq!(Pointer::root().as_str(), "");
    /// ```
    pub fn root() -> Self {
        Pointer(Repr::Inline {
            len: 0,
            bytes: [0; INLINE],
        })
    }

    /// The member `key` of the object at this pointer (escaped as RFC 6901 says).
    ///
    /// # Example
    /// ```
    /// use qcdc::validate::Pointer;
    ///
    /// assert_eq!(Pointer::root().key("meeting").key("chair").as_str(), "/meeting/chair");
    /// assert_eq!(Pointer::root().key("a/b~c").as_str(), "/a~1b~0c"); // RFC 6901 escapes
    /// ```
    pub fn key(&self, key: &str) -> Self {
        // A byte scan: `~` and `/` are ASCII, so they never occur inside a multi-byte letter.
        if key.bytes().any(|b| matches!(b, b'~' | b'/')) {
            let escaped = key.replace('~', "~0").replace('/', "~1");
            self.child(&escaped)
        } else {
            self.child(key)
        }
    }

    /// The element `index` of the array at this pointer.
    ///
    /// # Example
    /// ```
    /// use qcdc::validate::Pointer;
    ///
    /// assert_eq!(Pointer::root().key("tasks").index(12).as_str(), "/tasks/12");
    /// ```
    pub fn index(&self, index: usize) -> Self {
        // The digits of `index`, written without allocating (at most 20 for a u64).
        let mut digits = [0u8; 20];
        let mut start = digits.len();
        let mut n = index;
        loop {
            start -= 1;
            digits[start] = b'0' + (n % 10) as u8;
            n /= 10;
            if n == 0 {
                break;
            }
        }
        let text = std::str::from_utf8(&digits[start..]).unwrap_or("0");
        self.child(text)
    }

    /// This pointer with one more reference token, already escaped.
    fn child(&self, token: &str) -> Self {
        // The parent's bytes as they are: checking them as UTF-8 again at every step would cost
        // more than copying them.
        let parent = self.as_bytes();
        let len = parent.len() + 1 + token.len();
        if len <= INLINE
            && let Repr::Inline { bytes: inline, .. } = &self.0
        {
            // The whole buffer is copied (a fixed size, no call), the bytes past `len` unread.
            let mut bytes = *inline;
            bytes[parent.len()] = b'/';
            bytes[parent.len() + 1..len].copy_from_slice(token.as_bytes());
            // `len` fits a u8: it is at most INLINE.
            Pointer(Repr::Inline {
                len: len as u8,
                bytes,
            })
        } else {
            let mut s = String::with_capacity(len);
            s.push_str(self.as_str());
            s.push('/');
            s.push_str(token);
            Pointer(Repr::Heap(s))
        }
    }

    fn as_bytes(&self) -> &[u8] {
        match &self.0 {
            Repr::Inline { len, bytes } => &bytes[..usize::from(*len)],
            Repr::Heap(s) => s.as_bytes(),
        }
    }

    /// The pointer as text.
    ///
    /// # Example
    /// ```
    /// use qcdc::validate::Pointer;
    ///
    /// let p = Pointer::root().key("roadmap").index(1).key("end");
    /// assert_eq!(p.as_str(), "/roadmap/1/end");
    /// ```
    pub fn as_str(&self) -> &str {
        match &self.0 {
            // Whole `str` pieces only: always UTF-8 (the fallback is never taken).
            Repr::Inline { len, bytes } => {
                std::str::from_utf8(&bytes[..usize::from(*len)]).unwrap_or_default()
            }
            Repr::Heap(s) => s,
        }
    }

    /// The unescaped reference tokens of the pointer.
    ///
    /// # Example
    /// ```
    /// use qcdc::validate::Pointer;
    ///
    /// let tokens: Vec<String> = Pointer::tokens("/milestones/2/target~1value").collect();
    /// assert_eq!(tokens, ["milestones", "2", "target/value"]);
    /// ```
    pub fn tokens(path: &str) -> impl Iterator<Item = String> + '_ {
        path.split('/')
            .skip(1)
            .map(|t| t.replace("~1", "/").replace("~0", "~"))
    }
}

impl Default for Pointer {
    fn default() -> Self {
        Pointer::root()
    }
}

impl fmt::Debug for Pointer {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_tuple("Pointer").field(&self.as_str()).finish()
    }
}

impl fmt::Display for Pointer {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl PartialEq for Pointer {
    fn eq(&self, other: &Self) -> bool {
        self.as_str() == other.as_str()
    }
}

impl Eq for Pointer {}

impl Hash for Pointer {
    fn hash<H: Hasher>(&self, state: &mut H) {
        self.as_str().hash(state);
    }
}

impl PartialOrd for Pointer {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for Pointer {
    fn cmp(&self, other: &Self) -> Ordering {
        self.as_str().cmp(other.as_str())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn inline_and_heap_pointers_read_the_same() {
        let short = Pointer::root().key("tasks").index(12).key("a/b~c");
        assert_eq!(short.as_str(), "/tasks/12/a~1b~0c");
        assert!(matches!(short.0, Repr::Inline { .. }));
        // Past the inline buffer, and back to the same text and comparisons.
        let mut long = Pointer::root();
        let mut text = String::new();
        for i in 0..40 {
            long = long.key("tạp").index(i * 1_000_003);
            text.push_str(&format!("/tạp/{}", i * 1_000_003));
        }
        assert!(matches!(long.0, Repr::Heap(_)));
        assert_eq!(long.as_str(), text);
        assert_eq!(Pointer::root().index(0).as_str(), "/0");
        assert_eq!(
            Pointer::root().index(usize::MAX).as_str(),
            format!("/{}", usize::MAX)
        );
        assert_eq!(Pointer::default(), Pointer::root());
        assert!(Pointer::root().key("a") < Pointer::root().key("b"));
        assert_eq!(format!("{short:?}"), "Pointer(\"/tasks/12/a~1b~0c\")");
    }
}
