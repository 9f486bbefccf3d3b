//! **Văn bản tiếng Việt** — Vietnamese text: NFC normalisation and the folding key used to
//! match what people type against the names the crate knows.
//!
//! Vietnamese arrives in many shapes: composed (NFC) or decomposed (NFD), with the old or new
//! tone-mark placement ("hoà"/"hòa"), without diacritics ("Uy ban MTTQ"), in any case.
//! [`fold`] maps all of them to one key, so every `FromStr` of the crate accepts them alike.

use std::borrow::Cow;

use unicode_normalization::char::{decompose_canonical, is_combining_mark};
use unicode_normalization::{UnicodeNormalization, is_nfc_quick};

use crate::Error;

/// The longest input a `FromStr` of a code, name or title accepts, in characters.
///
/// Names of the domain are short; longer inputs are rejected before any work is done, so a
/// 1 MB string costs nothing but the length check.
pub const MAX_NAME_INPUT: usize = 256;

/// **Chuẩn hóa NFC** — returns `s` in Unicode Normalization Form C, borrowing when it already is.
///
/// Store and compare Vietnamese text in NFC: the same word typed on two keyboards may otherwise
/// differ byte for byte.
///
/// # Example
/// ```
/// let decomposed = "Hie\u{0302}\u{0301}n pha\u{0301}p"; // "Hiến pháp" in NFD
/// assert_eq!(qcdc::text::nfc(decomposed), "Hiến pháp");
/// ```
pub fn nfc(s: &str) -> Cow<'_, str> {
    if is_plainly_nfc(s) {
        return Cow::Borrowed(s);
    }
    match is_nfc_quick(s.chars()) {
        unicode_normalization::IsNormalized::Yes => Cow::Borrowed(s),
        _ => Cow::Owned(s.nfc().collect()),
    }
}

/// Whether `s` is made only of characters U+0000–U+02FF and U+1E00–U+1EFF (Vietnamese's
/// precomposed letters): each of them is NFC on its own and starts no composition with what
/// follows (a test checks every one), so such a text is NFC. Decided on the bytes, without the
/// per-character tables of the full quick check.
fn is_plainly_nfc(s: &str) -> bool {
    let bytes = s.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            // ASCII, continuation bytes and the leads of U+0080–U+02FF.
            0..=0xCB => i += 1,
            // U+1E00–U+1EFF: E1 B8..BB xx.
            0xE1 if matches!(bytes.get(i + 1), Some(0xB8..=0xBB)) => i += 3,
            _ => return false,
        }
    }
    true
}

/// **Khóa so khớp** — the folding key: lowercase, without diacritics, `đ` → `d`, with `_`, `-`,
/// `–`, `—` and runs of white space turned into one space, trimmed.
///
/// Two strings that a Vietnamese reader takes for the same name get the same key.
///
/// # Example
/// ```
/// use qcdc::text::fold;
///
/// assert_eq!(fold("Ủy ban  MTTQ"), "uy ban mttq");
/// assert_eq!(fold("Đoàn_TN"), "doan tn");
/// assert_eq!(fold("Liên đoàn Lao động"), fold("LIEN DOAN LAO DONG"));
/// ```
pub fn fold(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut pending_space = false;
    let mut push = |c: char| {
        // Marks are dropped, so the canonical reordering a full NFD pass does is not needed:
        // decomposing each character on its own gives the same key, much faster.
        if !c.is_ascii() && is_combining_mark(c) {
            return;
        }
        let c = match c {
            'đ' | 'Đ' => 'd',
            '_' | '-' | '–' | '—' => ' ',
            c => c,
        };
        if c.is_whitespace() {
            pending_space = !out.is_empty();
            return;
        }
        if pending_space {
            out.push(' ');
            pending_space = false;
        }
        if c.is_ascii() {
            out.push(c.to_ascii_lowercase());
        } else {
            out.extend(c.to_lowercase());
        }
    };
    for c in s.chars() {
        if c.is_ascii() {
            push(c);
        } else {
            decompose_canonical(c, &mut push);
        }
    }
    out
}

/// **Khóa định danh** — the identity key: the NFC text, lowercase, with runs of white space
/// turned into one space, trimmed. Diacritics and tone marks are kept.
///
/// Use it to decide whether two names are *the same* (duplicate checks, matching units of a
/// roll-up); use [`fold`] only to *find* what someone typed. "Lê Văn Hà", "Lê Văn Hạ" and
/// "Le Van Ha" are three people; "Xã Tân Mỹ" and "Xã Tân My" are two communes.
///
/// # Example
/// ```
/// use qcdc::text::identity_key;
///
/// assert_eq!(identity_key("  Lê  Văn HÀ "), identity_key("lê văn hà"));
/// assert_eq!(identity_key("Le\u{0302} Va\u{0306}n Ha\u{0300}"), identity_key("Lê Văn Hà")); // NFD
/// assert_ne!(identity_key("Lê Văn Hà"), identity_key("Lê Văn Hạ"));
/// assert_ne!(identity_key("Lê Văn Hà"), identity_key("Le Van Ha"));
/// ```
pub fn identity_key(s: &str) -> String {
    let mut key = String::with_capacity(s.len());
    identity_key_into(s, &mut key);
    key
}

/// [`identity_key`] written into `key` (cleared first), so that a check comparing many names
/// reuses one buffer instead of allocating a key per name.
pub(crate) fn identity_key_into(s: &str, key: &mut String) {
    key.clear();
    // Most names are ASCII and Vietnamese letters, each NFC on its own and lowercasing to
    // another such letter (see `is_plainly_nfc`): then the key is made in one pass, with
    // nothing left to normalise. Anything else takes the general way below.
    if is_plainly_nfc(s) && plain_identity_key(s, key) {
        return;
    }
    key.clear();
    let mut spaced = String::with_capacity(s.len());
    for word in s.split_whitespace() {
        if !spaced.is_empty() {
            spaced.push(' ');
        }
        spaced.push_str(word);
    }
    if spaced.is_ascii() {
        // ASCII is NFC, and stays so lowercased: no second string.
        spaced.make_ascii_lowercase();
        key.push_str(&spaced);
        return;
    }
    // Lowercasing composed text may leave a sequence that is not NFC (rare letters): normalise
    // after it, so equal keys mean equal NFC text. Each step copies only when it changes text.
    let lower = match nfc(&spaced) {
        Cow::Borrowed(nfc) => lowercase(nfc),
        Cow::Owned(nfc) => lowercase(&nfc),
    };
    match nfc(&lower) {
        Cow::Borrowed(_) => key.push_str(&lower),
        Cow::Owned(normalised) => key.push_str(&normalised),
    }
}

/// Writes the identity key of a plainly NFC text into `key` when every letter of it lowercases
/// without the Unicode tables (`false` otherwise, `key` then half written). The letters it
/// writes are plainly NFC too, so the key is NFC as it is.
fn plain_identity_key(s: &str, key: &mut String) -> bool {
    // The words of `s` joined by one space, in one pass over its characters (splitting on
    // white space first cost about as much as the lowercasing).
    let mut gap = false;
    for c in s.chars() {
        if c.is_whitespace() {
            gap = true;
            continue;
        }
        if gap && !key.is_empty() {
            key.push(' ');
        }
        gap = false;
        match vietnamese_lowercase(c) {
            Some(lower) => key.push(lower),
            None => return false,
        }
    }
    true
}

/// `s.to_lowercase()`, with Vietnamese letters lowercased without the Unicode tables: the
/// whole text goes through `str::to_lowercase` as soon as one character is not one of them.
fn lowercase(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match vietnamese_lowercase(c) {
            Some(lower) => out.push(lower),
            None => return s.to_lowercase(),
        }
    }
    out
}

/// The lowercase of an ASCII or Vietnamese letter (or of any other ASCII or Latin-1 character),
/// `None` for the rest (a test checks each against the standard library).
fn vietnamese_lowercase(c: char) -> Option<char> {
    let shifted = |by: u32| char::from_u32(u32::from(c) + by);
    match c {
        '\0'..='\u{7F}' => Some(c.to_ascii_lowercase()),
        // Latin-1 capitals (À–Þ but ×) are their small letter less 0x20.
        '\u{C0}'..='\u{DE}' if c != '×' => shifted(0x20),
        '\u{80}'..='\u{FF}' => Some(c),
        'Ă' | 'Đ' | 'Ĩ' | 'Ũ' | 'Ơ' | 'Ư' => shifted(1),
        'ă' | 'đ' | 'ĩ' | 'ũ' | 'ơ' | 'ư' => Some(c),
        // Ạ–ỹ: capital at the even code point, small at the odd one after it.
        '\u{1EA0}'..='\u{1EF9}' => char::from_u32(u32::from(c) | 1),
        _ => None,
    }
}

/// **Ký tự ẩn hoặc đảo chiều** — whether `c` is invisible or changes the direction of the text
/// around it: the bidirectional embeddings, overrides and isolates (U+202A–U+202E,
/// U+2066–U+2069), the marks U+200E, U+200F, U+061C, and the zero-width characters U+200B–U+200D,
/// U+2060, U+FEFF.
///
/// A name holding one can look like another name on screen ("Trojan Source", CVE-2021-42574):
/// validation warns about them and text renderings strip them.
///
/// # Example
/// ```
/// assert!(qcdc::text::is_hidden_or_bidi('\u{202E}'));
/// assert!(qcdc::text::is_hidden_or_bidi('\u{200B}'));
/// assert!(!qcdc::text::is_hidden_or_bidi('ạ'));
/// ```
pub fn is_hidden_or_bidi(c: char) -> bool {
    matches!(
        c,
        '\u{202A}'..='\u{202E}'
            | '\u{2066}'..='\u{2069}'
            | '\u{200B}'..='\u{200F}'
            | '\u{061C}'
            | '\u{2060}'
            | '\u{FEFF}'
    )
}

/// The first character of `s` that [`is_hidden_or_bidi`] flags. Scans bytes first: every such
/// character starts with the byte `D8`, `E2` or `EF` in UTF-8, which Vietnamese letters (`C3`,
/// `C4`, `C6`, `CC`, `E1` …) never do, so most texts are never decoded.
pub(crate) fn find_hidden_or_bidi(s: &str) -> Option<char> {
    if !s.bytes().any(|b| matches!(b, 0xD8 | 0xE2 | 0xEF)) {
        return None;
    }
    s.chars().find(|c| is_hidden_or_bidi(*c))
}

/// `true` for a character that must not reach a rendering as it is: a control character (C0,
/// DEL, C1 — escape sequences start with one) or one of [`is_hidden_or_bidi`]. The text, chart
/// and workbook renderings escape or drop exactly these.
pub(crate) fn is_unsafe_in_rendering(c: char) -> bool {
    c.is_control() || is_hidden_or_bidi(c)
}

/// **Văn bản an toàn cho màn hình** — `s` with control characters (C0, DEL, C1: escape
/// sequences among them) and the characters of [`is_hidden_or_bidi`] replaced by their
/// `\u{…}` escape, so user text printed to a terminal or a log can neither move the cursor,
/// clear the screen, nor reorder what follows it. Borrows when there is nothing to escape.
///
/// This is for text output; HTML output must still escape `<`, `>`, `&` and quotes itself.
///
/// # Example
/// ```
/// use qcdc::text::safe_display;
///
/// assert_eq!(safe_display("Xã Tân Mỹ"), "Xã Tân Mỹ");
/// assert_eq!(safe_display("a\u{1b}[2Jb"), "a\\u{1b}[2Jb");
/// assert_eq!(safe_display("x\u{202E}y"), "x\\u{202e}y");
/// ```
pub fn safe_display(s: &str) -> Cow<'_, str> {
    if !s.chars().any(is_unsafe_in_rendering) {
        return Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len() + 8);
    for c in s.chars() {
        if is_unsafe_in_rendering(c) {
            out.extend(c.escape_unicode());
        } else {
            out.push(c);
        }
    }
    Cow::Owned(out)
}

/// Checks a short input before it is matched: not blank, at most [`MAX_NAME_INPUT`] characters,
/// no control characters. Returns the trimmed input.
///
/// # Errors
/// [`ErrorKind::Empty`](crate::ErrorKind::Empty), [`ErrorKind::TooLong`](crate::ErrorKind::TooLong)
/// or [`ErrorKind::ControlCharacter`](crate::ErrorKind::ControlCharacter), naming `what`.
pub(crate) fn checked_input<'a>(what: &'static str, s: &'a str) -> Result<&'a str, Error> {
    // Byte length bounds the character count from above: cheap rejection of huge inputs.
    if s.len() > MAX_NAME_INPUT * 4 || s.chars().count() > MAX_NAME_INPUT {
        return Err(Error::too_long(what, s, MAX_NAME_INPUT));
    }
    if s.chars().any(char::is_control) {
        return Err(Error::control_character(what, s));
    }
    let trimmed = s.trim();
    if trimmed.is_empty() {
        return Err(Error::empty(what));
    }
    Ok(trimmed)
}

/// The bytes that may start a character [`has_control_character`] or [`find_hidden_or_bidi`]
/// looks for: C0 controls but line breaks and tabs, DEL, `C2` (C1 controls) and `D8`, `E2`,
/// `EF` (the hidden and bidi characters).
const FLAGGED: [bool; 256] = {
    let mut table = [false; 256];
    let mut b = 0;
    while b < 0x20 {
        table[b] = !matches!(b as u8, b'\n' | b'\r' | b'\t');
        b += 1;
    }
    table[0x7F] = true;
    table[0xC2] = true;
    table[0xD8] = true;
    table[0xE2] = true;
    table[0xEF] = true;
    table
};

/// `false` when `s` surely holds no control, hidden or bidi character: one pass over the
/// bytes, eight at a time, that leaves most texts without decoding a character.
pub(crate) fn may_hide_something(s: &str) -> bool {
    let bytes = s.as_bytes();
    let mut chunks = bytes.chunks_exact(8);
    // No early exit inside a chunk: eight lookups and one test compile to straight-line code.
    let flagged = |chunk: &[u8]| {
        chunk
            .iter()
            .fold(false, |any, &b| any | FLAGGED[usize::from(b)])
    };
    chunks.by_ref().any(flagged) || flagged(chunks.remainder())
}

/// `true` when `s` holds a control character (Unicode category Cc) other than a line break or
/// a tab. Scans bytes: C0 controls and DEL are single bytes, C1 controls (U+0080–U+009F) are
/// `C2 80`–`C2 9F` in UTF-8, so no character is decoded.
pub(crate) fn has_control_character(s: &str) -> bool {
    let bytes = s.as_bytes();
    bytes.iter().enumerate().any(|(i, &b)| match b {
        b'\n' | b'\r' | b'\t' => false,
        0..=0x1F | 0x7F => true,
        0xC2 => bytes.get(i + 1).is_some_and(|n| (0x80..=0x9F).contains(n)),
        _ => false,
    })
}

/// `true` when `s` has no visible character.
pub(crate) fn is_blank(s: &str) -> bool {
    match s.as_bytes().first() {
        // Most texts start with a visible ASCII byte: not blank, nothing decoded. (ASCII white
        // space is what `char::is_whitespace` says: space and U+0009–U+000D.)
        Some(&b) if b.is_ascii() && !matches!(b, b' ' | 0x09..=0x0D) => false,
        _ => s.chars().all(char::is_whitespace),
    }
}

/// `prefix` then `text`, broken between words so that no line is wider than `width`
/// characters; continuation lines are indented by `indent` spaces and every line ends with a
/// newline (a word longer than a line stays whole). Text renderings use it to keep within a
/// terminal's 100 columns.
pub(crate) fn wrap_words(prefix: &str, indent: usize, text: &str, width: usize) -> String {
    let mut out = String::new();
    let mut line = prefix.to_owned();
    let mut empty = prefix.trim().is_empty();
    for word in text.split(' ').filter(|w| !w.is_empty()) {
        if !empty && line.chars().count() + 1 + word.chars().count() > width {
            out.push_str(line.trim_end());
            out.push('\n');
            line = " ".repeat(indent);
            empty = true;
        }
        if !empty {
            line.push(' ');
        }
        line.push_str(word);
        empty = false;
    }
    out.push_str(line.trim_end());
    out.push('\n');
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ErrorKind;

    #[test]
    fn blank_is_what_trimming_leaves_empty() {
        // Every character as a text's first, alone and before a visible letter.
        for c in (0..=0x10FFFF_u32).filter_map(char::from_u32) {
            for text in [format!("{c}"), format!("{c}a"), format!("{c} \u{3000}")] {
                assert_eq!(is_blank(&text), text.trim().is_empty(), "{text:?}");
            }
        }
        assert!(is_blank(""));
    }

    #[test]
    fn the_byte_scan_finds_every_hidden_or_bidi_character() {
        // Every character the predicate flags, at the start, middle and end of Vietnamese text.
        let flagged = (0..=0x10FFFF_u32)
            .filter_map(char::from_u32)
            .filter(|c| is_hidden_or_bidi(*c));
        for c in flagged {
            for text in [
                format!("{c}Xã Tân Mỹ"),
                format!("Xã {c}Tân"),
                format!("Mỹ{c}"),
            ] {
                assert_eq!(find_hidden_or_bidi(&text), Some(c), "{:04X}", u32::from(c));
            }
        }
        assert_eq!(
            find_hidden_or_bidi("Ủy ban Mặt trận Tổ quốc – “Dân vận khéo” €"),
            None
        );
    }

    #[test]
    fn the_quick_look_misses_no_character_the_checks_find() {
        // Every character either check finds, alone and at each place in texts of every
        // length around the eight-byte chunks.
        let found = (0..=0x10FFFF_u32)
            .filter_map(char::from_u32)
            .filter(|c| has_control_character(&c.to_string()) || is_hidden_or_bidi(*c));
        for c in found {
            for before in 0..9 {
                let text = format!("{}{c}ạ", "a".repeat(before));
                assert!(
                    may_hide_something(&text),
                    "{:04X} after {before}",
                    u32::from(c)
                );
            }
        }
        for clean in [
            "",
            "Xã Tân Mỹ\n\tphường",
            "Ủy ban Mặt trận Tổ quốc, ngày 07/4",
        ] {
            assert!(!may_hide_something(clean), "{clean}");
        }
    }

    #[test]
    fn plainly_nfc_characters_are_nfc_and_never_combine() {
        use unicode_normalization::IsNormalized;
        use unicode_normalization::char::canonical_combining_class;
        let plain = (0..=0x02FF_u32)
            .chain(0x1E00..=0x1EFF)
            .filter_map(char::from_u32)
            .collect::<Vec<_>>();
        for &c in &plain {
            assert!(is_plainly_nfc(&c.to_string()), "{:04X}", u32::from(c));
            assert_eq!(canonical_combining_class(c), 0, "{:04X}", u32::from(c));
            assert_eq!(
                is_nfc_quick(std::iter::once(c)),
                IsNormalized::Yes,
                "{:04X}",
                u32::from(c)
            );
        }
        // Quick-check Yes with class 0 for each character: any sequence of them is NFC.
        let text: String = plain.iter().collect();
        assert_eq!(text.nfc().collect::<String>(), text);
        for outside in [
            '\u{0300}', '\u{0301}', '\u{1F71}', '\u{2126}', '\u{0958}', '\u{AC00}',
        ] {
            assert!(
                !is_plainly_nfc(&format!("a{outside}")),
                "{:04X}",
                u32::from(outside)
            );
        }
        assert!(is_plainly_nfc(
            "Ủy ban Mặt trận Tổ quốc Việt Nam phường Long Biên"
        ));
    }

    #[test]
    fn vietnamese_letters_lowercase_as_the_standard_library_does() {
        let mut handled = 0;
        for c in (0..=0x10FFFF_u32).filter_map(char::from_u32) {
            if let Some(lower) = vietnamese_lowercase(c) {
                handled += 1;
                assert_eq!(
                    lower.to_string(),
                    c.to_lowercase().to_string(),
                    "{:04X}",
                    u32::from(c)
                );
            }
        }
        // ASCII, Latin-1, the six letters of Latin Extended-A/B and the 90 tone-marked letters.
        assert_eq!(handled, 256 + 12 + 90);
        for s in [
            "ỦY BAN MẶT TRẬN TỔ QUỐC Ở ĐƯỜNG ĐÊ",
            "ΟΔΟΣ",
            "Ǆ Ā",
            "ĐẠI HỘI ÀÁÂÃÈÉ",
        ] {
            assert_eq!(lowercase(s), s.to_lowercase(), "{s}");
        }
    }

    #[test]
    fn the_one_pass_identity_key_is_the_general_one() {
        // The general way, with the standard library's tables: NFC, lowercase, NFC again.
        let general = |s: &str| -> String {
            let spaced = s.split_whitespace().collect::<Vec<_>>().join(" ");
            let lower = spaced.nfc().collect::<String>().to_lowercase();
            lower.nfc().collect()
        };
        let mut one_pass = 0;
        for c in (0..=0x02FF_u32)
            .chain(0x1E00..=0x1EFF)
            .filter_map(char::from_u32)
        {
            let text = format!("  Lê{c}  VĂN\tHÀ {c}");
            one_pass += usize::from(plain_identity_key(&text, &mut String::new()));
            assert_eq!(identity_key(&text), general(&text), "{:04X}", u32::from(c));
            // Into a buffer that held another key: the same key.
            let mut reused = String::from("khóa trước");
            identity_key_into(&text, &mut reused);
            assert_eq!(reused, general(&text), "{:04X}", u32::from(c));
        }
        // ASCII, Latin-1, the six letters of Latin Extended-A/B and the 90 tone-marked
        // letters take the one pass; the rest of those blocks the general way.
        assert_eq!(one_pass, 256 + 12 + 90);
        let mut key = String::new();
        assert!(plain_identity_key("ỦY BAN  Mặt trận", &mut key));
        assert_eq!(key, "ủy ban mặt trận");
    }

    #[test]
    fn identity_keys_of_ascii_and_vietnamese_text() {
        assert_eq!(identity_key("  Nguyen   VAN a "), "nguyen van a");
        assert_eq!(identity_key("ỦY BAN\tMTTQ"), "ủy ban mttq");
        // NFD in, NFC out, after lowercasing.
        assert_eq!(identity_key("U\u{031B}\u{0309}Y"), "ửy");
    }

    #[test]
    fn fold_removes_marks_case_and_extra_space() {
        assert_eq!(fold("  Hội   Liên hiệp Phụ nữ "), "hoi lien hiep phu nu");
        assert_eq!(fold("QUẬN ỦY"), "quan uy");
        assert_eq!(fold("hoà"), fold("hòa"));
        assert_eq!(fold("Ho\u{0300}a"), "hoa");
        assert_eq!(fold(""), "");
    }

    #[test]
    fn fold_agrees_with_a_full_nfd_pass() {
        let slow = |s: &str| -> String {
            let kept: String = s.nfd().filter(|c| !is_combining_mark(*c)).collect();
            kept.replace(['đ', 'Đ'], "d")
                .replace(['_', '-', '–', '—'], " ")
                .split_whitespace()
                .collect::<Vec<_>>()
                .join(" ")
                .to_lowercase()
        };
        for s in [
            "Ủy ban MTTQ phường Việt Hưng",
            "ĐOÀN_TN",
            "Hội Liên hiệp Phụ nữ",
            "a\u{0301}\u{0323}b",
            "  x  y ",
            "Ω ǅ ﬁ",
        ] {
            assert_eq!(fold(s), slow(s), "{s:?}");
        }
    }

    #[test]
    fn control_characters_are_found_on_bytes_as_on_chars() {
        let by_chars = |s: &str| {
            s.chars()
                .any(|c| c.is_control() && !matches!(c, '\n' | '\r' | '\t'))
        };
        for s in [
            "Nguyễn Văn A",
            "dòng 1\ndòng 2\r\n\tx",
            "a\u{0}b",
            "a\u{1b}[2J",
            "x\u{7f}",
            "x\u{80}",
            "x\u{9f}y",
            "x\u{a0}y",
            "Â ¢ ŀ",
            "\u{85}",
        ] {
            assert_eq!(has_control_character(s), by_chars(s), "{s:?}");
        }
        for c in (0..=0x10FFFF).filter_map(char::from_u32) {
            let s = format!("a{c}b");
            assert_eq!(has_control_character(&s), by_chars(&s), "{c:?}");
        }
    }

    #[test]
    fn identity_keeps_marks_and_normalises_case_and_space() {
        let key = identity_key;
        assert_eq!(key("  Lê\tVăn   HÀ "), "lê văn hà");
        assert_ne!(key("Lê Văn Hà"), key("Lê Văn Hạ"));
        assert_ne!(key("Lê Văn Hà"), key("Le Van Ha"));
        assert_ne!(key("Xã Tân Mỹ"), key("Xã Tân My"));
        let nfd: String = "Đảng ủy phường".nfd().collect();
        assert_eq!(key(&nfd), key("ĐẢNG ỦY PHƯỜNG"));
        assert_eq!(key(""), "");
    }

    #[test]
    fn safe_display_escapes_controls_and_bidi_only() {
        assert!(matches!(safe_display("Phường Việt Hưng"), Cow::Borrowed(_)));
        assert_eq!(safe_display("\u{1b}]0;x\u{7}"), "\\u{1b}]0;x\\u{7}");
        assert_eq!(safe_display("a\u{2066}b\u{feff}"), "a\\u{2066}b\\u{feff}");
        assert_eq!(safe_display("\u{9b}"), "\\u{9b}");
    }

    #[test]
    fn nfc_composes() {
        let nfd: String = "Đảng ủy phường".nfd().collect();
        assert_ne!(nfd, "Đảng ủy phường");
        assert_eq!(nfc(&nfd), "Đảng ủy phường");
        assert!(matches!(nfc("abc"), Cow::Borrowed(_)));
    }

    #[test]
    fn checked_input_rejects_bad_shapes() {
        assert_eq!(
            checked_input("x", "  ").unwrap_err().kind(),
            ErrorKind::Empty
        );
        assert_eq!(
            checked_input("x", &"a".repeat(1 << 20)).unwrap_err().kind(),
            ErrorKind::TooLong
        );
        assert_eq!(
            checked_input("x", "a\u{7}").unwrap_err().kind(),
            ErrorKind::ControlCharacter
        );
        assert_eq!(checked_input("x", " ab ").unwrap(), "ab");
    }

    #[test]
    fn wrap_words_keeps_lines_within_the_width() {
        let text = "Bộ, cơ quan ngang bộ, Ủy ban nhân dân cấp tỉnh báo cáo Chính phủ, Thủ tướng";
        let wrapped = wrap_words("Hạn gửi: ", 4, text, 40);
        assert!(
            wrapped.lines().all(|l| l.chars().count() <= 40),
            "{wrapped}"
        );
        assert!(wrapped.lines().skip(1).all(|l| l.starts_with("    ")));
        let words: Vec<&str> = wrapped.split_whitespace().collect();
        let full = format!("Hạn gửi: {text}");
        let expected: Vec<&str> = full.split_whitespace().collect();
        assert_eq!(words, expected);
        // A word longer than the line stays whole.
        assert_eq!(wrap_words("", 0, "dài_hơn_cả_dòng", 5), "dài_hơn_cả_dòng\n");
    }
}
