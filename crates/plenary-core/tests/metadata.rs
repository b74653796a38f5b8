//! Metadata read from headers and datelines as real statements write them,
//! in the six UN languages: each fixture is a short text written for this
//! test after a convention (a letterhead, a dateline, "on behalf of", a
//! demonym, a news headline), and its metadata is asserted exactly.

use plenary_core::import::{prepare_bytes, Format};
use plenary_core::model::{Field, Kind, Language, Metadata};

struct Read {
    metadata: Metadata,
    inferred: Vec<Field>,
}

fn read(text: &str) -> Read {
    let doc = prepare_bytes("fixture.txt", Format::Text, text.as_bytes()).expect("the text reads");
    Read {
        metadata: doc.metadata,
        inferred: doc.inferred_fields,
    }
}

fn date(m: &Metadata) -> Option<String> {
    m.date.map(|d| d.to_string())
}

const BODY_EN: &str = "We thank the Chair for the work of this group and for the papers that were circulated to the members. We believe that the framework of responsible behaviour is the basis of our common work and that capacity building must be at the heart of the next steps.";

#[test]
fn a_statement_with_a_dateline_and_a_delegation_adjective() {
    let r = read(&format!(
        "Statement by Mr. Ivan Petrov, the representative of the Russian delegation, at the Open-ended Working Group 2021-2025\n\n25 May 2023, New York –\n\nMr. Chair,\n\n{BODY_EN}\n"
    ));
    let m = &r.metadata;
    assert_eq!(m.speaker.as_deref(), Some("Russian Federation"));
    assert_eq!(date(m).as_deref(), Some("2023-05-25"));
    assert_eq!(m.kind, Some(Kind::Statement));
    assert_eq!(m.forum.as_deref(), Some("OEWG 2021-2025"));
    assert_eq!(m.language, Some(Language::En));
    assert!(r.inferred.is_empty(), "all read from the header");
}

#[test]
fn on_behalf_of_a_group_wins_over_the_delivering_state() {
    let r = read(&format!(
        "STATEMENT ON BEHALF OF THE MEMBER STATES OF THE AFRICAN GROUP DELIVERED BY THE PERMANENT REPRESENTATIVE OF GHANA\n\nMay 11, 2024\n\n{BODY_EN}\n"
    ));
    assert_eq!(r.metadata.speaker.as_deref(), Some("African Group"));
    assert_eq!(date(&r.metadata).as_deref(), Some("2024-05-11"));
    let eu = read(
        "Intervention au nom de l'Union européenne et de ses États membres\n\nNew York, le 13 décembre 2021\n\nMonsieur le Président,\n\nNous remercions la présidence pour les documents et nous soutenons les efforts des États pour la paix et la sécurité dans le cyberespace.\n",
    );
    assert_eq!(eu.metadata.speaker.as_deref(), Some("European Union"));
    assert_eq!(date(&eu.metadata).as_deref(), Some("2021-12-13"));
    assert_eq!(eu.metadata.language, Some(Language::Fr));
}

#[test]
fn offices_are_not_states() {
    let r = read(&format!(
        "Remarks by the President of the General Assembly at the High-level Meeting\n\nDelivered by the Permanent Representative of Singapore\n\n{BODY_EN}\n"
    ));
    assert_eq!(r.metadata.speaker, None);
}

#[test]
fn a_session_range_is_not_the_date_and_a_numeric_date_is_read_when_sure() {
    let r = read(&format!(
        "NATIONAL STATEMENT BY THE PERMANENT REPRESENTATIVE OF CHILE AT THE OPEN-ENDED WORKING GROUP, 9 TO 13 SEPTEMBER 2019\n\n10 Sep 2019\n\n{BODY_EN}\n"
    ));
    assert_eq!(r.metadata.speaker.as_deref(), Some("Chile"));
    assert_eq!(date(&r.metadata).as_deref(), Some("2019-09-10"));
    assert_eq!(r.metadata.forum.as_deref(), Some("OEWG 2019-2021"));
    assert_eq!(
        r.inferred,
        vec![Field::Forum],
        "the OEWG's years come from the date"
    );
    let ambiguous = read(&format!(
        "Statement of Peru\n\nLima, 07/11/2019 - 00:41\n\n{BODY_EN}\n"
    ));
    assert_eq!(ambiguous.metadata.date, None);
}

#[test]
fn spanish_russian_and_chinese_headers() {
    let es = read("Intervención de la delegación de Cuba en la Primera Comisión\n\nNueva York, 13 de diciembre de 2021.\n\nSeñor Presidente:\n\nLa delegación apoya los esfuerzos para la paz y la seguridad de los Estados en el uso de las tecnologías y reitera su posición sobre las normas.\n");
    assert_eq!(es.metadata.speaker.as_deref(), Some("Cuba"));
    assert_eq!(date(&es.metadata).as_deref(), Some("2021-12-13"));
    assert_eq!(es.metadata.forum.as_deref(), Some("First Committee"));
    assert_eq!(es.metadata.place.as_deref(), Some("Nueva York"));
    assert_eq!(es.metadata.language, Some(Language::Es));

    let ru = read("Постоянное представительство Республики Беларусь при ООН\n\nВыступление представителя белорусской делегации на заседании Совета Безопасности\n\n13 декабря 2021 года\n\nГ-н Председатель,\n\nМы поддерживаем усилия по укреплению доверия между государствами в сфере использования информационно-коммуникационных технологий.\n");
    assert_eq!(ru.metadata.speaker.as_deref(), Some("Belarus"));
    assert_eq!(date(&ru.metadata).as_deref(), Some("2021-12-13"));
    assert_eq!(ru.metadata.kind, Some(Kind::Statement));
    assert_eq!(ru.metadata.forum.as_deref(), Some("Security Council"));
    assert_eq!(ru.metadata.language, Some(Language::Ru));

    let zh = read("首页 > 发言 > 裁军\n\n中国代表团团长在联大一委关于信息安全问题的发言\n\n2021年12月13日\n\n主席先生,\n\n中方认为,各国应共同维护网络空间的和平与安全,支持联合国在这一进程中发挥主导作用,推动形成普遍接受的国际规则。\n");
    assert_eq!(zh.metadata.speaker.as_deref(), Some("China"));
    assert_eq!(date(&zh.metadata).as_deref(), Some("2021-12-13"));
    assert_eq!(zh.metadata.forum.as_deref(), Some("First Committee"));
    assert_eq!(
        zh.metadata.title.as_deref(),
        Some("中国代表团团长在联大一委关于信息安全问题的发言")
    );
}

#[test]
fn arabic_headlines_and_both_month_styles() {
    let gulf = read("أكدت دولة الكويت التزامها بدعم التعاون الدولي في مجال الأمن السيبراني خلال اجتماع الفريق العامل في الأمم المتحدة\n\nنيويورك، 13 ديسمبر 2021\n\nوقالت إن التعاون الدولي ضروري لمواجهة التهديدات المتزايدة في الفضاء السيبراني وحماية البنية التحتية الحيوية.\n");
    assert_eq!(gulf.metadata.speaker.as_deref(), Some("Kuwait"));
    assert_eq!(gulf.metadata.kind, Some(Kind::PressRelease));
    assert_eq!(date(&gulf.metadata).as_deref(), Some("2021-12-13"));
    assert_eq!(gulf.metadata.language, Some(Language::Ar));
    let levant = read("كلمة الوفد اللبناني أمام اللجنة الأولى\n\nبيروت، 13 كانون الأول 2021\n\nالسيد الرئيس،\n\nإن لبنان يؤكد على أهمية التعاون الدولي لمواجهة التهديدات في الفضاء السيبراني وحماية البنية التحتية.\n");
    assert_eq!(levant.metadata.speaker.as_deref(), Some("Lebanon"));
    assert_eq!(date(&levant.metadata).as_deref(), Some("2021-12-13"));
    assert_eq!(levant.metadata.kind, Some(Kind::Statement));
}

#[test]
fn titles_skip_navigation_and_places_need_a_separator() {
    let r = read(&format!(
        "An official website of the United States government\n\nSkip to main content\n\nRemarks at the Arria-formula Meeting on Cyber Stability and Capacity Building\n\nDATE 2024-11-08\n\n{BODY_EN}\n"
    ));
    assert_eq!(
        r.metadata.title.as_deref(),
        Some("Remarks at the Arria-formula Meeting on Cyber Stability and Capacity Building")
    );
    assert_eq!(date(&r.metadata).as_deref(), Some("2024-11-08"));
    assert_eq!(r.metadata.place, None);
    assert_eq!(r.metadata.forum.as_deref(), Some("Security Council"));
}

#[test]
fn a_speaker_read_from_the_opening_is_inferred() {
    let r = read("Statement at the Arria-formula meeting on cyber-attacks against critical infrastructure\n\nCheck against delivery\n\nI would like to start by thanking Estonia, Kenya and the organisers for this meeting, which comes at the right time for all of us.\n\nNorway believes this is an important topic for the Council, and Norway supports the implementation of the agreed norms of responsible State behaviour.\n");
    assert_eq!(r.metadata.speaker.as_deref(), Some("Norway"));
    assert_eq!(r.inferred, vec![Field::Speaker]);
    let working_paper = read("Written feedback by Switzerland to the pre-draft report of the Working Group\n\nBern, 9 April 2020\n\nDear Mr. Chair,\n\nWe thank you for consulting us on the pre-draft and for the work of your team in the past weeks.\n");
    assert_eq!(working_paper.metadata.kind, Some(Kind::WorkingPaper));
    assert_eq!(
        working_paper.metadata.speaker.as_deref(),
        Some("Switzerland")
    );
    assert_eq!(working_paper.metadata.place.as_deref(), Some("Bern"));
}
