//! Metadata read from texts of the kinds the first real corpus did not
//! hold, one test per kind, each on a text written for this test: a
//! dateline that opens the running text ("27 July 2022, New York –"), an
//! upper-case dateline ("ON AUG 11, 2022"), a title that ends with its date
//! ("Opening Statement on 13 December 2021"), a joint statement delivered
//! by one State "on behalf of … and my own country", a text in Traditional
//! Chinese, and a date in a Japanese era or the Minguo calendar. A date
//! outside 1945 to two years from today is never filled in.

use chrono::Datelike;
use plenary_core::import::{prepare_bytes, Format};
use plenary_core::model::{Language, Metadata};

fn read(text: &str) -> Metadata {
    prepare_bytes("unseen.txt", Format::Text, text.as_bytes())
        .expect("the text reads")
        .metadata
}

fn date(m: &Metadata) -> Option<String> {
    m.date.map(|d| d.to_string())
}

const BODY: &str = "We thank the Chair for his tireless efforts and for the papers circulated before this session. The framework of responsible State behaviour remains the basis of our common work, and capacity-building must be at the heart of the next steps of this Group.";

#[test]
fn a_dateline_that_opens_the_running_text() {
    let m = read(&format!(
        "Statement by Canada at the Open-ended Working Group on ICTs\n\n\
         27 July 2022, New York – Canada welcomes the adoption of the annual progress report by consensus and thanks the Chair and his team for their tireless efforts over the past week.\n\n{BODY}\n"
    ));
    assert_eq!(date(&m).as_deref(), Some("2022-07-27"));
    assert_eq!(m.speaker.as_deref(), Some("Canada"));

    let release = read(&format!(
        "Mission highlights cyber capacity-building\n\n\
         14 March 2023, Geneva – Ambassador Ana Ruiz, Permanent Representative of Chile, told the Working Group that capacity-building must be demand-driven and gender-sensitive.\n\n{BODY}\n"
    ));
    assert_eq!(date(&release).as_deref(), Some("2023-03-14"));

    // A date the running text only mentions is not the text's own.
    let mention = read(&format!(
        "Statement by Canada at the Open-ended Working Group on ICTs\n\n\
         Canada recalls that on 27 July 2022 this Group adopted its annual progress report by consensus, and that the report set out the next steps for all of us.\n\n{BODY}\n"
    ));
    assert_eq!(date(&mention), None);
}

#[test]
fn an_upper_case_dateline() {
    let m = read(&format!(
        "STATEMENT BY THE DELEGATION OF THE REPUBLIC OF KOREA\nAT THE FOURTH SUBSTANTIVE SESSION OF THE OPEN-ENDED WORKING GROUP\nON AUG 11, 2022\n\nMr. Chair,\n\n{BODY}\n"
    ));
    assert_eq!(date(&m).as_deref(), Some("2022-08-11"));
    assert_eq!(m.speaker.as_deref(), Some("Republic of Korea"));

    let one_line = read(&format!(
        "REMARKS BY AMBASSADOR JOHN SMITH OF AUSTRALIA ON AUG 11, 2022\n\nMr. Chair,\n\n{BODY}\n"
    ));
    assert_eq!(date(&one_line).as_deref(), Some("2022-08-11"));
    assert_eq!(one_line.speaker.as_deref(), Some("Australia"));
}

#[test]
fn a_title_that_ends_with_its_date() {
    let m = read(&format!(
        "Opening Statement on 13 December 2021\n\nDelegation of Mexico\n\nMr. Chair,\n\n{BODY}\n"
    ));
    assert_eq!(date(&m).as_deref(), Some("2021-12-13"));
    assert_eq!(m.speaker.as_deref(), Some("Mexico"));
    assert_eq!(
        m.title.as_deref(),
        Some("Opening Statement on 13 December 2021")
    );

    // "on" a date that the title speaks of, with more after it, stays unread.
    let about = read(&format!(
        "Statement on the resolution adopted on 13 December 2021 by the General Assembly\n\nMr. Chair,\n\n{BODY}\n"
    ));
    assert_eq!(date(&about), None);
}

#[test]
fn a_joint_statement_is_spoken_by_the_country_delivering_it() {
    let en = read(&format!(
        "Joint Statement on Ransomware\n\nMr. Chair,\n\n\
         I have the honour to deliver this statement on behalf of Australia, Japan, New Zealand, the United Kingdom and my own country, Canada.\n\n{BODY}\n"
    ));
    assert_eq!(en.speaker.as_deref(), Some("Canada"));

    let es = read("Declaración conjunta sobre creación de capacidades\n\nSeñor Presidente:\n\nTengo el honor de hacer uso de la palabra en nombre de Argentina, Brasil, Colombia y de mi propio país, Chile.\n\nLa creación de capacidades debe responder a las necesidades de los Estados y respetar su soberanía, y apoyamos un mecanismo inclusivo.\n");
    assert_eq!(es.speaker.as_deref(), Some("Chile"));

    let fr = read("Déclaration conjointe sur les mesures de confiance\n\nMonsieur le Président,\n\nJ'ai l'honneur de prendre la parole au nom de la Belgique, du Luxembourg, des Pays-Bas et de mon propre pays, la France.\n\nNous soutenons le répertoire des points de contact et les mesures de confiance adoptées par le Groupe de travail.\n");
    assert_eq!(fr.speaker.as_deref(), Some("France"));

    // When the delivering country is not named, no one of the list is.
    let unnamed = read(&format!(
        "Joint Statement on Ransomware\n\nMr. Chair,\n\n\
         I have the honour to deliver this statement on behalf of Australia, Japan, New Zealand and my own country.\n\n{BODY}\n"
    ));
    assert_eq!(unnamed.speaker, None);
}

#[test]
fn traditional_chinese() {
    let m = read("中華人民共和國常駐聯合國代表團\n\n中國代表團團長在聯合國信息安全開放式工作組會議上的發言\n\n2021年12月13日\n\n主席先生：\n\n中方認為，各國應共同維護網絡空間的和平與安全，支持聯合國在這一進程中發揮主導作用，推動形成普遍接受的國際規則。\n");
    assert_eq!(m.speaker.as_deref(), Some("China"));
    assert_eq!(date(&m).as_deref(), Some("2021-12-13"));
    assert_eq!(m.language, Some(Language::Zh));
    assert_eq!(
        m.title.as_deref(),
        Some("中國代表團團長在聯合國信息安全開放式工作組會議上的發言"),
        "the title stays as written"
    );

    let russia = read("俄羅斯聯邦代表在安理會的發言\n\n2022年5月9日\n\n主席先生：\n\n俄方支持在聯合國框架下制定具有法律約束力的國際文書，並呼籲各國共同應對網絡威脅。\n");
    assert_eq!(russia.speaker.as_deref(), Some("Russian Federation"));
}

#[test]
fn era_years_are_read_as_their_common_era_year() {
    let reiwa = read("日本国政府代表団の発言\n\n令和3年3月8日\n\n議長、\n\n日本は、国連におけるサイバー空間の安全保障に関する議論に積極的に貢献してまいります。能力構築支援を重視します。\n");
    assert_eq!(date(&reiwa).as_deref(), Some("2021-03-08"));

    let first_year = read("日本国政府代表団の発言\n\n令和元年5月7日\n\n議長、\n\n日本は、国連におけるサイバー空間の安全保障に関する議論に積極的に貢献してまいります。能力構築支援を重視します。\n");
    assert_eq!(date(&first_year).as_deref(), Some("2019-05-07"));

    let heisei = read("日本国政府代表団の発言\n\n平成30年12月5日\n\n議長、\n\n日本は、国連におけるサイバー空間の安全保障に関する議論に積極的に貢献してまいります。能力構築支援を重視します。\n");
    assert_eq!(date(&heisei).as_deref(), Some("2018-12-05"));

    let minguo = read("代表團在開放式工作組的發言\n\n中華民國110年3月8日\n\n主席先生：\n\n我們支持各國在網絡空間加強合作，推動能力建設，並遵守負責任國家行為規範。\n");
    assert_eq!(date(&minguo).as_deref(), Some("2021-03-08"));

    // A year with no era is no year of the common era.
    let bare = read("代表團在開放式工作組的發言\n\n3年3月8日\n\n主席先生：\n\n我們支持各國在網絡空間加強合作，推動能力建設，並遵守負責任國家行為規範。\n");
    assert_eq!(date(&bare), None);
}

#[test]
fn a_date_outside_1945_to_two_years_from_today_is_never_filled_in() {
    let too_early = read(&format!(
        "Statement by Canada\n\n1 January 1900, New York\n\nMr. Chair,\n\n{BODY}\n"
    ));
    assert_eq!(date(&too_early), None);
    let too_late = read(&format!(
        "Statement by Canada\n\n3 March 2999, New York\n\nMr. Chair,\n\n{BODY}\n"
    ));
    assert_eq!(date(&too_late), None);
    let next_year = chrono::Utc::now().date_naive().year() + 1;
    let soon = read(&format!(
        "Statement by Canada\n\n3 March {next_year}, New York\n\nMr. Chair,\n\n{BODY}\n"
    ));
    assert_eq!(date(&soon), Some(format!("{next_year}-03-03")));
    let first = read(&format!(
        "Statement by Canada\n\n24 October 1945, San Francisco\n\nMr. Chair,\n\n{BODY}\n"
    ));
    assert_eq!(date(&first).as_deref(), Some("1945-10-24"));
}
