//! Parsing the way articles and minutes write people's positions.

use super::{AdminUnit, OrgKind, Organisation, Position, Title};
use crate::Error;
use crate::text::{checked_input, fold};
use crate::vocabulary::Vocabulary;

const WHAT: &str = "position list";

/// **Đọc chức vụ** — parses a list of positions as articles and minutes write them, for a
/// person of `unit`: "UVTV, Trưởng Ban Dân vận Quận ủy", "Chủ tịch Ủy ban MTTQ Quận",
/// "Phó Bí thư thường trực - Trưởng khối dân vận".
///
/// Items are separated by commas, semicolons or a spaced dash. Each item is a title, then the
/// body, then optionally the unit ("Quận", "phường Bồ Đề"); a title written alone takes the body
/// it implies (UVTV, QUV → the Party committee; Trưởng khối dân vận → the Khối Dân vận); a body
/// written alone takes the title of the item before it ("Chủ tịch LĐLĐ, Hội LHPN" → two chairs).
/// Titles, bodies and units are matched with or without diacritics, in any case.
///
/// # Errors
/// An [`Error`] naming the item when it is empty, starts with no known title (and follows no
/// titled item), names no known body, or ends with words that are not the unit.
///
/// # Example
/// ```
/// use qcdc::org::{parse_positions, OrgKind, Title};
/// use qcdc::org::reference::{phuong, quan_long_bien};
///
/// let ps = parse_positions("UVTV, Trưởng Ban Dân vận Quận ủy", &quan_long_bien())?;
/// assert_eq!(ps[0].title, Title::UyVienBanThuongVu);
/// assert_eq!(ps[0].organisation.kind, OrgKind::PartyCommittee);
/// assert_eq!(ps[1].to_string(), "Trưởng Ban Dân vận Quận ủy Long Biên");
///
/// let ward = parse_positions("Phó Bí thư thường trực - Trưởng khối dân vận", &phuong("Bồ Đề"))?;
/// assert_eq!(ward[0].to_string(), "Phó Bí thư Thường trực Đảng ủy phường Bồ Đề");
///
/// assert!(parse_positions("Đại sứ Ban Ngoại giao", &quan_long_bien()).is_err());
/// # Ok::<(), qcdc::Error>(())
/// ```
pub fn parse_positions(line: &str, unit: &AdminUnit) -> Result<Vec<Position>, Error> {
    let line = checked_input(WHAT, line)?;
    let mut positions: Vec<Position> = Vec::new();
    for item in split_items(line) {
        let words: Vec<String> = fold(item)
            .split(' ')
            .filter(|w| !w.is_empty())
            .map(str::to_owned)
            .collect();
        if words.is_empty() {
            return Err(Error::malformed(
                WHAT,
                line,
                "no empty item between separators",
            ));
        }
        let previous_title = positions.last().map(|p| p.title);
        positions.push(parse_item(item, &words, unit, previous_title)?);
    }
    Ok(positions)
}

/// Splits on `,`, `;` and a dash with spaces around it (a dash inside a name stays).
fn split_items(line: &str) -> Vec<&str> {
    let mut items = Vec::new();
    for part in line.split([',', ';']) {
        let mut rest = part;
        while let Some(at) = [" - ", " – ", " — "]
            .iter()
            .filter_map(|d| rest.find(d).map(|i| (i, d.len())))
            .min()
        {
            items.push(&rest[..at.0]);
            rest = &rest[at.0 + at.1..];
        }
        items.push(rest);
    }
    items
}

/// Every spelling of every value of `T`, folded and split in words, longest first.
fn spellings<T: Vocabulary>() -> Vec<(Vec<String>, T)> {
    let mut all: Vec<(Vec<String>, T)> = T::ALL
        .iter()
        .flat_map(|&v| {
            [v.code(), v.name_vi()]
                .into_iter()
                .chain(v.aliases().iter().copied())
                .map(move |s| (fold(s).split(' ').map(str::to_owned).collect(), v))
        })
        .collect();
    all.sort_by_key(|(words, _)| std::cmp::Reverse(words.len()));
    all
}

fn parse_item(
    item: &str,
    words: &[String],
    unit: &AdminUnit,
    previous: Option<Title>,
) -> Result<Position, Error> {
    // Try every title that prefixes the item, longest first, then "no title" (inherit the
    // previous one); the first reading whose rest is a body and a unit wins.
    let mut readings: Vec<(Title, usize)> = spellings::<Title>()
        .into_iter()
        .filter(|(w, _)| words.starts_with(w))
        .map(|(w, t)| (t, w.len()))
        .collect();
    if let Some(title) = previous {
        readings.push((title, 0));
    }
    if readings.is_empty() {
        return Err(Error::unknown(
            "title",
            item.trim(),
            "a title such as \"Chủ tịch\", \"Phó Bí thư\" or \"UVTV\"",
        ));
    }
    // A reading whose title is held in its body wins over one whose is not ("Chánh Văn phòng
    // Đảng ủy" is the office's head, not a title of the committee).
    let mut last_error = None;
    let mut first_reading = None;
    for (title, used) in readings {
        match parse_body(item, &words[used..], title, unit) {
            Ok(kind) if title.fits(kind) => {
                return Ok(Position::new(title, Organisation::new(kind, unit.clone())));
            }
            Ok(kind) => {
                first_reading
                    .get_or_insert(Position::new(title, Organisation::new(kind, unit.clone())));
            }
            Err(e) => last_error = Some(e),
        }
    }
    match (first_reading, last_error) {
        (Some(position), _) => Ok(position),
        (None, Some(e)) => Err(e),
        (None, None) => Err(Error::malformed(WHAT, item.trim(), "a title and a body")),
    }
}

/// Reads the body after a title: a kind, optionally the Party committee it belongs to, then
/// optionally the unit. An empty rest takes the kind the title implies.
fn parse_body(
    item: &str,
    rest: &[String],
    title: Title,
    unit: &AdminUnit,
) -> Result<OrgKind, Error> {
    if rest.is_empty() {
        return title.implied_kind().ok_or_else(|| {
            Error::malformed(
                WHAT,
                item.trim(),
                format!("a body after the title \"{title}\""),
            )
        });
    }
    let kinds = spellings::<OrgKind>();
    // "Chánh Văn phòng Đảng ủy", "Chủ nhiệm Đảng ủy": a title that implies a body of the Party
    // committee may be followed by the committee alone.
    if let Some(implied) = title.implied_kind()
        && implied.belongs_to_party_committee()
    {
        for (pw, _) in kinds
            .iter()
            .filter(|(pw, k)| *k == OrgKind::PartyCommittee && rest.starts_with(pw))
        {
            if is_unit(&rest[pw.len()..], unit) {
                return Ok(implied);
            }
        }
    }
    for (w, kind) in kinds.iter().filter(|(w, _)| rest.starts_with(w)) {
        let mut tail = &rest[w.len()..];
        if kind.belongs_to_party_committee() {
            // "Ban Dân vận Quận ủy": the committee named after the commission is optional.
            if let Some((pw, _)) = kinds
                .iter()
                .find(|(pw, k)| *k == OrgKind::PartyCommittee && tail.starts_with(pw))
            {
                tail = &tail[pw.len()..];
            }
        }
        if is_unit(tail, unit) {
            return Ok(*kind);
        }
    }
    Err(Error::unknown(
        "body",
        item.trim(),
        format!(
            "a body such as \"Ban Dân vận\", \"Ủy ban MTTQ\" or \"LĐLĐ\", then optionally \"{}\"",
            unit.in_name()
        ),
    ))
}

/// Whether the words name `unit`: nothing, its kind ("Quận"), its name, or both.
fn is_unit(words: &[String], unit: &AdminUnit) -> bool {
    let text = words.join(" ");
    let kind = fold(unit.kind.prefix());
    let name = fold(&unit.name);
    text.is_empty() || text == kind || text == name || text == format!("{kind} {name}")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ErrorKind;
    use crate::org::reference::{phuong, quan_long_bien};
    use unicode_normalization::UnicodeNormalization;

    fn parse(line: &str) -> Vec<(Title, OrgKind)> {
        parse_positions(line, &quan_long_bien())
            .unwrap()
            .into_iter()
            .map(|p| (p.title, p.organisation.kind))
            .collect()
    }

    #[test]
    fn seed_attendee_lines() {
        use OrgKind::*;
        use Title::*;
        assert_eq!(
            parse("Phó bí thư Thường trực Quận ủy"),
            [(PhoBiThuThuongTruc, PartyCommittee)]
        );
        assert_eq!(
            parse("UVTV, Trưởng Ban Dân vận Quận ủy"),
            [(UyVienBanThuongVu, PartyCommittee), (TruongBan, BanDanVan)]
        );
        assert_eq!(
            parse("UVTV, Chủ tịch Ủy ban MTTQ Quận"),
            [(UyVienBanThuongVu, PartyCommittee), (ChuTich, Mttq)]
        );
        assert_eq!(
            parse("QUV, Phó chủ tịch UBND Quận"),
            [(CapUyVien, PartyCommittee), (PhoChuTich, Ubnd)]
        );
        assert_eq!(
            parse("Chủ tịch LĐLĐ, Hội LHPN, Hội Cựu chiến binh"),
            [(ChuTich, Ldld), (ChuTich, HoiLhpn), (ChuTich, HoiCcb)]
        );
        assert_eq!(
            parse("Phó bí thư Đoàn thanh niên Quận"),
            [(PhoBiThu, DoanTn)]
        );
        let ward = parse_positions(
            "Phó Bí thư thường trực - Trưởng khối dân vận",
            &phuong("Việt Hưng"),
        )
        .unwrap();
        assert_eq!(ward[0].organisation.name_vi(), "Đảng ủy phường Việt Hưng");
        assert_eq!(ward[1].to_string(), "Trưởng Khối Dân vận phường Việt Hưng");
    }

    #[test]
    fn titles_in_use_since_2025() {
        use OrgKind::*;
        use Title::*;
        let ward = phuong("Long Biên");
        let parse_at = |line: &str, unit: &AdminUnit| -> Vec<String> {
            parse_positions(line, unit)
                .unwrap_or_else(|e| panic!("{line:?}: {e}"))
                .iter()
                .map(|p| p.to_string())
                .collect()
        };
        // (line, the (title, kind) pairs read, the positions displayed)
        type Case<'a> = (&'a str, &'a [(Title, OrgKind)], &'a [&'a str]);
        let cases: [Case; 9] = [
            (
                "Bí thư Đảng ủy, Chủ tịch HĐND phường",
                &[(BiThu, PartyCommittee), (ChuTich, Hdnd)],
                &[
                    "Bí thư Đảng ủy phường Long Biên",
                    "Chủ tịch HĐND phường Long Biên",
                ],
            ),
            (
                "Phó Bí thư Đảng ủy",
                &[(PhoBiThu, PartyCommittee)],
                &["Phó Bí thư Đảng ủy phường Long Biên"],
            ),
            (
                "Trưởng Ban Xây dựng Đảng",
                &[(TruongBan, BanXayDungDang)],
                &["Trưởng Ban Xây dựng Đảng Đảng ủy phường Long Biên"],
            ),
            (
                "Phó Trưởng Ban Xây dựng Đảng Đảng ủy phường Long Biên",
                &[(PhoTruongBan, BanXayDungDang)],
                &["Phó Trưởng Ban Xây dựng Đảng Đảng ủy phường Long Biên"],
            ),
            (
                "Chánh Văn phòng Đảng ủy",
                &[(ChanhVanPhong, PartyOffice)],
                &["Chánh Văn phòng Đảng ủy phường Long Biên"],
            ),
            (
                "Chủ nhiệm Ủy ban Kiểm tra Đảng ủy phường",
                &[(ChuNhiem, UyBanKiemTra)],
                &["Chủ nhiệm Ủy ban Kiểm tra Đảng ủy phường Long Biên"],
            ),
            (
                "Giám đốc Trung tâm phục vụ hành chính công phường",
                &[(GiamDoc, PublicServiceCentre)],
                &["Giám đốc Trung tâm phục vụ hành chính công phường Long Biên"],
            ),
            (
                "Phó Chủ tịch Ủy ban MTTQ phường, Chủ tịch Hội LHPN phường",
                &[(PhoChuTich, Mttq), (ChuTich, HoiLhpn)],
                &[
                    "Phó Chủ tịch Ủy ban MTTQ phường Long Biên",
                    "Chủ tịch Hội LHPN phường Long Biên",
                ],
            ),
            (
                "chanh van phong dang uy phuong long bien",
                &[(ChanhVanPhong, PartyOffice)],
                &["Chánh Văn phòng Đảng ủy phường Long Biên"],
            ),
        ];
        for (line, expected, shown) in cases {
            let got: Vec<(Title, OrgKind)> = parse_positions(line, &ward)
                .unwrap_or_else(|e| panic!("{line:?}: {e}"))
                .into_iter()
                .map(|p| (p.title, p.organisation.kind))
                .collect();
            assert_eq!(got, expected, "{line:?}");
            assert_eq!(parse_at(line, &ward), shown, "{line:?}");
        }
        let province = AdminUnit::new(crate::org::UnitKind::Tinh, "Quảng Ninh");
        assert_eq!(
            parse_at("Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy", &province),
            ["Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy Quảng Ninh"]
        );
        let dac_khu = AdminUnit::new(crate::org::UnitKind::DacKhu, "Phú Quốc");
        assert_eq!(
            parse_at("Trưởng Ban tuyên giáo và dân vận Đảng ủy đặc khu", &dac_khu),
            ["Trưởng Ban Tuyên giáo và Dân vận Đảng ủy đặc khu Phú Quốc"]
        );
    }

    #[test]
    fn spellings_without_marks_and_in_nfd_parse_alike() {
        let expected = parse("UVTV, Trưởng Ban Dân vận Quận ủy");
        assert_eq!(parse("uvtv, truong ban dan van quan uy"), expected);
        assert_eq!(
            parse(&"UVTV, Trưởng Ban Dân vận Quận ủy".nfd().collect::<String>()),
            expected
        );
        assert_eq!(
            parse("UVBTV; TRƯỞNG BAN DÂN VẬN QUẬN ỦY LONG BIÊN"),
            expected
        );
    }

    #[test]
    fn bad_lines_are_typed_errors() {
        let unit = quan_long_bien();
        for (line, kind) in [
            ("", ErrorKind::Empty),
            ("Chủ tịch,", ErrorKind::Malformed),
            ("Chủ tịch", ErrorKind::Malformed),
            ("Đại sứ", ErrorKind::Unknown),
            ("Chủ tịch Hội Cờ tướng", ErrorKind::Unknown),
            ("Chủ tịch UBND phường Bồ Đề", ErrorKind::Unknown),
            ("UVTV\u{0}", ErrorKind::ControlCharacter),
            ("Chủ tịch Ủy ban МТТQ", ErrorKind::Unknown), // Cyrillic letters mixed in
        ] {
            assert_eq!(
                parse_positions(line, &unit).unwrap_err().kind(),
                kind,
                "{line:?}"
            );
        }
        assert_eq!(
            parse_positions(&"Chủ tịch ".repeat(200_000), &unit)
                .unwrap_err()
                .kind(),
            ErrorKind::TooLong
        );
    }
}
