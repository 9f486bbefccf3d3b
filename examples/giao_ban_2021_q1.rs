//! No arguments. The seed article as typed data: the briefing of 07/04/2021 where the Khối Dân
//! vận of quận Long Biên (Hà Nội) reviewed quarter I and set the tasks of quarter II of 2021.
//!
//! ```sh
//! cargo run --example giao_ban_2021_q1 > giao_ban.json
//! ```
//!
//! Put it beside the article ("Giao ban công tác dân vận quý I, triển khai nhiệm vụ trọng tâm quý
//! II/2021", published 08/04/2021): every fact it gives is a field below, in the article's order.
//! The report is validated as of the day the article was published, the summary goes to standard
//! error and the report itself, as JSON, to standard output (exit 1 if it were invalid).
//!
//! Where the article names an office but not its holder ("đồng chí Chủ tịch LĐLĐ"), the attendee
//! is recorded by office only; no name is invented. Where it leaves a lead body implicit, the
//! choice is explained next to the task.

use std::process::ExitCode;

use chrono::NaiveDate;
use qcdc::Vocabulary;
use qcdc::campaign::{Campaign, CampaignKind};
use qcdc::legal::{QUYET_DINH_217_TW, QUYET_DINH_218_TW};
use qcdc::org::reference::{long_bien_wards, quan_long_bien};
use qcdc::org::{OrgKind, Organisation, Person, parse_positions};
use qcdc::period::ReportingPeriod;
use qcdc::regime::GrassrootsType;
use qcdc::report::{
    AnnualTheme, AreaResult, Attendee, BodyResult, BriefingReport, DaySession, ElectedBody,
    Election, LocalRegulations, Meeting, Opinions, Task, TaskDeadline, WorkArea,
};
use qcdc::validate::{Validate, ValidationContext};

const USAGE: &str = "usage: giao_ban_2021_q1
No arguments: the seed briefing of 07/04/2021 as typed data, validated as of 08/04/2021; the
summary goes to standard error, the report as JSON to standard output (exit 1 if invalid).";

fn main() -> Result<ExitCode, Box<dyn std::error::Error>> {
    if std::env::args().skip(1).any(|a| a == "--help" || a == "-h") {
        println!("{USAGE}");
        return Ok(ExitCode::SUCCESS);
    }
    let report = giao_ban_2021_q1()?;
    let published = ValidationContext::new(date(2021, 4, 8));
    let findings = report.validate(&published);
    if findings.is_valid() {
        eprintln!(
            "Báo cáo hợp lệ: {} đại biểu, {} ý kiến, {} nhiệm vụ.",
            report.meeting.attendees.len() + 1,
            report.opinions.count,
            report.tasks.len()
        );
    } else {
        eprint!("{findings}");
    }
    println!("{}", serde_json::to_string_pretty(&report)?);
    Ok(if findings.is_valid() {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    })
}

fn date(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).expect("a real date")
}

/// The seed meeting, fact by fact.
fn giao_ban_2021_q1() -> Result<BriefingReport, qcdc::Error> {
    let long_bien = quan_long_bien();
    let wards = long_bien_wards();
    let body = |kind| Organisation::new(kind, long_bien.clone());
    let ward_blocs: Vec<Organisation> = wards
        .iter()
        .map(|ward| Organisation::new(OrgKind::KhoiDanVan, ward.clone()))
        .collect();
    let mttq = body(OrgKind::Mttq);
    let mass_organisations = [
        body(OrgKind::Ldld),
        body(OrgKind::HoiLhpn),
        body(OrgKind::HoiCcb),
        body(OrgKind::DoanTn),
    ];
    let front_and_mass_organisations: Vec<Organisation> = std::iter::once(mttq.clone())
        .chain(mass_organisations.iter().cloned())
        .collect();
    let bloc = body(OrgKind::KhoiDanVan);
    let ban_dan_van = body(OrgKind::BanDanVan);
    let q1 = ReportingPeriod::quarter(2021, 1)?;
    let q2 = ReportingPeriod::quarter(2021, 2)?;

    // "Chiều ngày 07/4/2021 … Đồng chí Ngô Mạnh Điềm - Phó bí thư Thường trực Quận ủy chủ trì".
    let chair = Person::new("Ngô Mạnh Điềm").with_positions(parse_positions(
        "Phó bí thư Thường trực Quận ủy",
        &long_bien,
    )?);
    let mut meeting = Meeting::new(date(2021, 4, 7), chair);
    meeting.session = Some(DaySession::Afternoon);
    for (name, positions) in [
        ("Nguyễn Quốc Long", "UVTV, Trưởng Ban Dân vận Quận ủy"),
        ("Vũ Thị Thành", "UVTV, Chủ tịch Ủy ban MTTQ Quận"),
        ("Vũ Xuân Trường", "QUV, Phó chủ tịch UBND Quận"),
    ] {
        let person = Person::new(name).with_positions(parse_positions(positions, &long_bien)?);
        meeting.attendees.push(Attendee::from(person));
    }
    // "đồng chí Chủ tịch LĐLĐ, Hội LHPN, Hội Cựu chiến binh, Phó bí thư Đoàn thanh niên Quận":
    // four people, named by office only.
    for position in parse_positions(
        "Chủ tịch LĐLĐ, Hội LHPN, Hội Cựu chiến binh, Phó bí thư Đoàn thanh niên Quận",
        &long_bien,
    )? {
        meeting.attendees.push(Attendee::by_office([position]));
    }
    // "các đồng chí Phó Bí thư thường trực - Trưởng khối dân vận các phường": one per phường.
    for ward in &wards {
        meeting.attendees.push(Attendee::by_office(parse_positions(
            "Phó Bí thư thường trực - Trưởng khối dân vận",
            ward,
        )?));
    }

    let mut report = BriefingReport::new(bloc.clone(), q1, q2, meeting);
    report.title = Some(
        "Giao ban công tác dân vận quý I, triển khai nhiệm vụ trọng tâm quý II/2021".to_owned(),
    );
    report.theme = Some(AnnualTheme::new(
        2021,
        "Năm Dân vận khéo, trọng tâm công tác giải phóng mặt bằng",
    ));

    // "Quý I năm 2021, tình hình tư tưởng nhân dân cơ bản ổn định; …"
    report.situation = vec![
        AreaResult::new(
            WorkArea::PublicOpinion,
            "Tình hình tư tưởng nhân dân cơ bản ổn định.",
        ),
        AreaResult::new(
            WorkArea::Security,
            "An ninh chính trị, trật tự an toàn xã hội được tăng cường.",
        ),
        AreaResult::new(WorkArea::Traffic, "Giao thông được đảm bảo."),
        AreaResult::new(
            WorkArea::Religion,
            "Hoạt động của các tôn giáo diễn ra bình thường, phù hợp với lễ nghi tôn giáo.",
        ),
        AreaResult::new(
            WorkArea::GrassrootsDemocracy,
            "QCDC ở cơ sở tiếp tục được triển khai thực hiện có hiệu quả, đặc biệt là 6 quy chế \
             dân chủ do Quận ban hành.",
        ),
    ];

    // The results of the Ban Dân vận, of the MTTQ and the đoàn thể, of the phường blocs.
    report.results = vec![
        BodyResult::new([ban_dan_van.clone()])
            .with_activity(
                "Kịp thời xây dựng Kế hoạch phát động phong trào thi đua Dân vận khéo năm 2021.",
            )
            .with_activity(
                "Xây dựng Kế hoạch thực hiện chủ đề năm của Quận “Năm Dân vận khéo, trọng tâm \
                 công tác giải phóng mặt bằng”.",
            )
            .with_activity(
                "Xây dựng Kế hoạch về nâng cao chất lượng mô hình dân vận khéo năm 2021 và các \
                 năm tiếp theo.",
            )
            .with_activity(
                "Phối hợp với MTTQ, các đoàn thể và khối Dân vận các phường tăng cường công tác \
                 nắm tình hình tư tưởng nhân dân, kịp thời tham mưu, đề xuất Ban Thường vụ Quận \
                 ủy có định hướng, chỉ đạo kịp thời đối với những vấn đề đột xuất phát sinh.",
            ),
        BodyResult {
            documents: vec![QUYET_DINH_217_TW.whole(), QUYET_DINH_218_TW.whole()],
            ..BodyResult::new(front_and_mass_organisations.clone())
                .with_activity(
                    "Tập trung chỉ đạo các tổ chức trong hệ thống xây dựng chương trình công tác, \
                     kế hoạch công tác năm 2021.",
                )
                .with_activity(
                    "Tiếp tục tuyên truyền quán triệt nâng cao nhận thức của cán bộ, đoàn viên, \
                     hội viên và nhân dân về ý nghĩa, tầm quan trọng và các quan điểm của Đảng về \
                     công tác dân vận trong tình hình mới.",
                )
                .with_activity(
                    "Phối hợp tổ chức nhiều hoạt động kỷ niệm 91 năm ngày thành lập Đảng cộng sản \
                     Việt Nam.",
                )
                .with_activity(
                    "Đẩy mạnh thực hiện các cuộc vận động “Toàn dân đoàn kết xây dựng đời sống văn \
                     hóa ở khu dân cư”, “Vì Biển đảo quê hương”, nhất là phong trào “Đền ơn đáp \
                     nghĩa” nhân dịp tết nguyên Đán.",
                )
                .with_activity(
                    "Tuyên truyền phòng chống dịch bệnh Covid-19; phòng chống cháy nổ; thực hiện \
                     văn minh trong tổ chức việc cưới, việc tang.",
                )
                .with_activity("Chỉ đạo tổ chức tốt ngày hội đại biểu nhân dân cấp phường.")
                .with_activity(
                    "Tiếp tục đẩy mạnh công tác tuyên truyền đến người dân nội dung các quy chế \
                     dân chủ và giám sát việc thực hiện 6 quy chế dân chủ trên các lĩnh vực; \
                     phòng chống rác thải nhựa, không đốt than tổ ong.",
                )
                .with_activity(
                    "Thực hiện các nội dung Quyết định số 217-QĐ/TW, Quyết định số 218-QĐ/TW ngày \
                     12/12/2013 của Bộ Chính trị về ban hành “Quy chế giám sát và phản biện xã hội \
                     của Mặt trận Tổ quốc Việt Nam và các đoàn thể chính trị - xã hội”, “Quy định \
                     về việc Mặt trận Tổ quốc Việt Nam, các đoàn thể chính trị - xã hội và nhân \
                     dân tham gia góp ý xây dựng Đảng, xây dựng chính quyền”.",
                )
        },
        BodyResult::new([mttq.clone()]).with_activity(
            "Trong quý I năm 2021, MTTQ Quận tập trung công tác chuẩn bị bầu cử Quốc hội khóa XV \
             và HĐND các cấp nhiệm kỳ 2021-2026, các nội dung thực hiện đảm bảo theo kế hoạch, \
             tiến độ đề ra.",
        ),
        BodyResult::new(ward_blocs.clone())
            .with_activity(
                "Chủ động rà soát, kiện toàn Ban chỉ đạo QCDC khối vận, xây dựng chương trình \
                 công tác năm 2021.",
            )
            .with_activity(
                "Chủ động nắm tình hình tư tưởng, nguyện vọng cán bộ đảng viên và nhân dân, kịp \
                 thời tham mưu giải quyết các vụ việc phát sinh, nổi cộm trên địa bàn; tập trung \
                 vào công tác GPMB, chỉnh trang đô thị, đảm bảo an ninh trật tự, giữ gìn vệ sinh \
                 môi trường.",
            )
            .with_activity(
                "Tiếp tục tuyên truyền thực hiện 6 QCDC trong các loại hình; chỉ đạo đăng ký mô \
                 hình “Dân vận khéo” ở các tổ dân phố, MTTQ và các đoàn thể trên địa bàn phường.",
            )
            .with_activity(
                "Một số mô hình “Dân vận khéo” tại các phường bước đầu đã có kết quả đáng khích lệ \
                 trong công tác giải phóng mặt bằng, bảo vệ môi trường, giữ gìn trật tự đô thị...",
            ),
    ];

    // QCDC: "6 QCDC trong các loại hình" (the six regimes),
    // "6 quy chế dân chủ do Quận ban hành", all six supervised; the campaigns and movements run
    // in quarter I (the article dates them by the quarter only) and the Dân vận khéo movement of
    // 2021 launched by the Ban Dân vận.
    report.qcdc.summary = Some(
        "QCDC ở cơ sở tiếp tục được triển khai thực hiện có hiệu quả, đặc biệt là 6 quy chế dân \
         chủ do Quận ban hành; MTTQ và các đoàn thể Quận giám sát việc thực hiện 6 quy chế dân chủ \
         trên các lĩnh vực; khối Dân vận các phường tiếp tục tuyên truyền thực hiện 6 QCDC trong \
         các loại hình."
            .to_owned(),
    );
    report.qcdc.regimes = GrassrootsType::ALL.to_vec();
    report.qcdc.local_regulations = Some(LocalRegulations::new(6, 6));
    let quarter_run = |name: &str, kind| {
        Campaign::new(name, kind, mttq.clone(), q1.first_day()).until(q1.last_day())
    };
    report.qcdc.campaigns = vec![
        Campaign {
            launched_nationally_by: Some("Ủy ban Trung ương MTTQ Việt Nam".to_owned()),
            ..quarter_run(
                "Toàn dân đoàn kết xây dựng đời sống văn hóa ở khu dân cư",
                CampaignKind::Campaign,
            )
        },
        quarter_run("Vì Biển đảo quê hương", CampaignKind::Campaign),
        quarter_run("Đền ơn đáp nghĩa", CampaignKind::Movement)
            .with_summary("Đẩy mạnh nhân dịp tết Nguyên đán."),
        Campaign::new(
            "Dân vận khéo",
            CampaignKind::Movement,
            ban_dan_van.clone(),
            date(2021, 1, 1),
        )
        .until(date(2021, 12, 31))
        .with_summary("Kế hoạch phát động phong trào thi đua Dân vận khéo năm 2021."),
    ];

    let progress = "MTTQ Quận tập trung công tác chuẩn bị bầu cử; các nội dung thực hiện đảm bảo \
                    theo kế hoạch, tiến độ đề ra.";
    report.elections = vec![
        Election {
            progress: Some(progress.to_owned()),
            ..Election::new(ElectedBody::NationalAssembly, 2021, 2026).legislature(15)
        },
        Election {
            progress: Some(progress.to_owned()),
            ..Election::new(ElectedBody::PeoplesCouncils, 2021, 2026)
        },
    ];

    // "có 8 ý kiến tham gia đóng góp …": the article summarises them together.
    report.opinions = Opinions {
        overview: Some(
            "Có 8 ý kiến tham gia đóng góp nhằm nâng cao hiệu quả hoạt động của khối Dân vận từ \
             Quận đến cơ sở. Hầu hết các ý kiến đều thống nhất với những kết quả đạt được, thông \
             tin một số tình hình tại địa phương, đơn vị và đề xuất, bổ sung các giải pháp nhằm \
             thực hiện tốt hơn trong thời gian tới, trọng tâm là việc nắm tình hình cán bộ, đảng \
             viên; tuyên truyền, vận động các hộ dân thuộc diện giải phóng mặt bằng các dự án trọng \
             điểm chấp hành bàn giao mặt bằng đúng tiến độ."
                .to_owned(),
        ),
        ..Opinions::counted(8)
    };
    report.conclusion = Some(
        "Đồng chí Ngô Mạnh Điềm - Phó bí thư Thường trực Quận ủy ghi nhận, khẳng định những kết \
         quả đạt được của khối Dân vận từ Quận đến cơ sở trong quý I năm 2021, chỉ ra các tồn tại \
         cần khắc phục trong thời gian tới để góp phần vào thành tích chung trong phát triển kinh \
         tế, văn hóa, xã hội, kết quả bầu cử Quốc hội khóa XV và HĐND các cấp nhiệm kỳ 2021-2026."
            .to_owned(),
    );

    // The seven tasks of quarter II. Tasks 5 and 6 name their bodies; the others are addressed
    // to "khối Dân vận từ Quận đến cơ sở" (task 7: "Các đơn vị từ Quận đến cơ sở"), recorded as
    // the district bloc leading with the bloc of each phường. Task 6's "các phường" is read as
    // the bloc of each phường.
    let whole_bloc = |number, text: &str| {
        Task::new(number, text, [bloc.clone()])
            .cooperating(ward_blocs.clone())
            .due(TaskDeadline::Period(q2))
    };
    report.tasks = vec![
        whole_bloc(
            1,
            "Tập trung công tác nắm bắt, dự báo tình hình nhân dân, tình hình tôn giáo trên địa \
             bàn, nhất là tình hình nhân dân trước bầu cử Quốc hội khóa XV và HĐND các cấp nhiệm \
             kỳ 2021-2026, tình hình tại một số chùa, nhà thờ để kịp thời tham mưu cấp ủy xử lý \
             các vấn đề đột xuất phát sinh.",
        ),
        whole_bloc(
            2,
            "Tham mưu, triển khai thực hiện tốt công tác bầu cử Đại biểu Quốc hội và Đại biểu HĐND \
             các cấp nhiệm kỳ 2021-2026.",
        ),
        whole_bloc(
            3,
            "Tiếp tục thực hiện công tác giám sát việc thực hiện QCDC ở cơ sở; tăng cường tuyên \
             truyền, thực hiện tốt 6 QCDC trong các loại hình.",
        ),
        whole_bloc(
            4,
            "Linh hoạt, đổi mới phương thức làm việc đối với từng đối tượng, sự việc cụ thể nhằm \
             tạo sự đồng thuận cao nhất trong cán bộ, đảng viên và nhân dân.",
        ),
        Task::new(
            5,
            "Tập thể, cá nhân đăng ký mô hình “Dân vận khéo” xây dựng phương án, lộ trình, tiến độ \
             cụ thể, đặc biệt là các mô hình trong công tác giải phóng mặt bằng; Ban Dân vận Quận \
             ủy tham mưu xây dựng Kế hoạch tổ chức sơ kết, đánh giá kết quả bước đầu thực hiện chủ \
             đề năm 2021 của Quận.",
            [ban_dan_van],
        )
        .due(TaskDeadline::Period(q2)),
        Task::new(
            6,
            "Giao MTTQ và các đoàn thể Quận phối hợp các phường vận động nhân dân giữ gìn trật tự \
             đô thị, nâng cao ý thức bảo vệ môi trường: Xóa bỏ 100% bếp than tổ ong; giảm chăn \
             nuôi gia xúc, gia cầm trong khu dân cư; xóa bỏ mái che không đúng quy định tại nhiều \
             tuyến phố…",
            front_and_mass_organisations,
        )
        .cooperating(ward_blocs.clone())
        .due(TaskDeadline::Period(q2)),
        whole_bloc(
            7,
            "Các đơn vị từ Quận đến cơ sở tăng cường công tác phối hợp, trao đổi thông tin; thực \
             hiện nghiêm túc chế độ báo cáo theo quy định.",
        ),
    ];
    Ok(report)
}
