//! The speakers of the synthetic corpus: 30 States and 4 groups, each with a
//! mission (letterhead, address, city) and two successive fictional
//! delegates (the first until a handover date). Persons are invented so that
//! no real diplomat is quoted saying generated text.

/// One speaker, parsed from `TABLE`.
pub(crate) struct Speaker {
    /// As written in running text: "Pakistan", "the European Union".
    pub name: &'static str,
    /// Upper-case name for letterheads.
    pub letterhead: &'static str,
    pub group: bool,
    pub geneva: bool,
    /// 0: "# STATE" and mission lines as in the samples; 1: one bold line; 2: a heading; 3: none.
    pub style: u8,
    pub people: [Person; 2],
    /// Day number (see `days::days_from_civil`) from which `people[1]` speaks.
    pub handover: i64,
    pub address: String,
}

pub(crate) struct Person {
    pub title: &'static str,
    pub name: &'static str,
    pub surname: &'static str,
    pub she: bool,
    pub function: &'static str,
}

impl Person {
    /// How a press release refers to the person: "Ambassador Qureshi" or the full name.
    pub(crate) fn reference(&self) -> String {
        if self.title.contains("Ambassador") {
            format!("Ambassador {}", self.surname)
        } else {
            self.name.to_owned()
        }
    }
}

/// name | LETTERHEAD | city | style ~ title;name;surname;m/f;function ~ (second person)
const TABLE: &[&str] = &[
    "Pakistan|PAKISTAN|NY|0~Ambassador;Tariq Mahmood Qureshi;Qureshi;m;Permanent Representative of Pakistan to the United Nations~Ambassador;Saima Rashid;Rashid;f;Permanent Representative of Pakistan to the United Nations",
    "Brazil|BRAZIL|NY|1~Ambassador;Henrique Duarte Lins;Lins;m;Permanent Representative of Brazil to the United Nations~Ms.;Carolina Teixeira;Teixeira;f;Head of the Division of Digital Affairs, Ministry of Foreign Affairs of Brazil",
    "Kenya|KENYA|NY|0~Ambassador;Wanjiru Kamau;Kamau;f;Permanent Representative of Kenya to the United Nations~Mr.;Otieno Mwangi;Mwangi;m;Counsellor, Permanent Mission of Kenya to the United Nations",
    "Indonesia|INDONESIA|NY|2~Ambassador;Arif Santoso;Santoso;m;Permanent Representative of Indonesia to the United Nations~Ms.;Dewi Lestari;Lestari;f;Deputy Permanent Representative of Indonesia to the United Nations",
    "Mexico|MEXICO|NY|1~Ambassador;Lucía Herrera Ortiz;Herrera;f;Permanent Representative of Mexico to the United Nations~Mr.;Andrés Salinas;Salinas;m;Legal Adviser, Permanent Mission of Mexico to the United Nations",
    "Egypt|EGYPT|NY|0~Ambassador;Karim Abdelrahman;Abdelrahman;m;Permanent Representative of Egypt to the United Nations~Ms.;Nour El-Sayed;El-Sayed;f;Counsellor, Permanent Mission of Egypt to the United Nations",
    "Australia|AUSTRALIA|NY|3~Ms.;Claire Whitfield;Whitfield;f;Ambassador for Cyber Affairs and Critical Technology of Australia~Mr.;Daniel Hargreaves;Hargreaves;m;Deputy Permanent Representative of Australia to the United Nations",
    "Canada|CANADA|NY|2~Mr.;Marc-André Tremblay;Tremblay;m;Director of International Cyber Policy, Global Affairs Canada~Ms.;Jennifer Osei;Osei;f;Counsellor, Permanent Mission of Canada to the United Nations",
    "Germany|GERMANY|NY|1~Ambassador;Katrin Vogel;Vogel;f;Commissioner for International Cyber Policy, Federal Foreign Office of Germany~Dr.;Stefan Brandt;Brandt;m;Head of the Cyber Policy Division, Federal Foreign Office of Germany",
    "France|FRANCE|NY|3~Ambassador;Henri Delacroix;Delacroix;m;Ambassador for Digital Affairs of France~Ms.;Camille Marchand;Marchand;f;Deputy Director for Strategic Affairs and Cybersecurity of France",
    "Japan|JAPAN|NY|0~Ambassador;Kenji Morita;Morita;m;Ambassador in charge of Cyber Policy of Japan~Ms.;Yui Nakamura;Nakamura;f;First Secretary, Permanent Mission of Japan to the United Nations",
    "India|INDIA|NY|0~Ambassador;Rakesh Menon;Menon;m;Permanent Representative of India to the United Nations~Ms.;Priya Raghavan;Raghavan;f;First Secretary, Permanent Mission of India to the United Nations",
    "South Africa|SOUTH AFRICA|NY|1~Ambassador;Thandiwe Nkosi;Nkosi;f;Permanent Representative of South Africa to the United Nations~Mr.;Sipho Dlamini;Dlamini;m;Counsellor, Permanent Mission of South Africa to the United Nations",
    "Singapore|SINGAPORE|NY|2~Mr.;Daniel Koh;Koh;m;Deputy Chief Executive of the Cyber Security Agency of Singapore~Ms.;Mei Chen Lim;Lim;f;Deputy Permanent Representative of Singapore to the United Nations",
    "Estonia|ESTONIA|NY|1~Ambassador;Mart Kask;Kask;m;Ambassador-at-large for Cyber Diplomacy of Estonia~Ms.;Liis Tamm;Tamm;f;Director of Cyber Diplomacy, Ministry of Foreign Affairs of Estonia",
    "Switzerland|SWITZERLAND|GE|0~Ambassador;Beatrice Keller;Keller;f;Ambassador for Digitalization of Switzerland~Mr.;Lukas Meier;Meier;m;Deputy Head of the Digitalization Division, Federal Department of Foreign Affairs of Switzerland",
    "the Netherlands|THE NETHERLANDS|NY|1~Ambassador;Pieter van Dam;van Dam;m;Ambassador-at-large for Security Policy and Cyber of the Netherlands~Ms.;Femke de Vries;de Vries;f;Senior Cyber Policy Officer, Ministry of Foreign Affairs of the Netherlands",
    "Chile|CHILE|NY|0~Ambassador;Isabel Fuentes;Fuentes;f;Permanent Representative of Chile to the United Nations~Mr.;Tomás Reyes;Reyes;m;Coordinator for Cyberspace Affairs, Ministry of Foreign Affairs of Chile",
    "Ghana|GHANA|NY|0~Ambassador;Kwame Asante;Asante;m;Permanent Representative of Ghana to the United Nations~Ms.;Abena Boateng;Boateng;f;Minister Counsellor, Permanent Mission of Ghana to the United Nations",
    "Malaysia|MALAYSIA|NY|2~Ambassador;Ahmad Faizal Rahman;Rahman;m;Permanent Representative of Malaysia to the United Nations~Ms.;Nurul Aisyah Ismail;Ismail;f;Counsellor, Permanent Mission of Malaysia to the United Nations",
    "the Philippines|THE PHILIPPINES|NY|0~Ambassador;Maria Teresa Villanueva;Villanueva;f;Permanent Representative of the Philippines to the United Nations~Mr.;Jose Mendoza;Mendoza;m;Minister, Permanent Mission of the Philippines to the United Nations",
    "Nigeria|NIGERIA|NY|1~Ambassador;Chukwuemeka Okafor;Okafor;m;Permanent Representative of Nigeria to the United Nations~Ms.;Amina Bello;Bello;f;Counsellor, Permanent Mission of Nigeria to the United Nations",
    "Colombia|COLOMBIA|NY|3~Ambassador;Camilo Restrepo;Restrepo;m;Permanent Representative of Colombia to the United Nations~Ms.;Valentina Gómez;Gómez;f;Second Secretary, Permanent Mission of Colombia to the United Nations",
    "Norway|NORWAY|GE|1~Ambassador;Ingrid Haugland;Haugland;f;Ambassador for Cyber Affairs of Norway~Mr.;Erik Lunde;Lunde;m;Senior Adviser, Norwegian Ministry of Foreign Affairs",
    "the Republic of Korea|REPUBLIC OF KOREA|NY|0~Ambassador;Lee Min-jun;Lee;m;Ambassador for International Security Affairs of the Republic of Korea~Ms.;Kim Seo-yeon;Kim;f;Counsellor, Permanent Mission of the Republic of Korea to the United Nations",
    "Viet Nam|VIET NAM|NY|2~Ambassador;Nguyen Van Long;Nguyen;m;Permanent Representative of Viet Nam to the United Nations~Ms.;Tran Thi Mai;Tran;f;Deputy Permanent Representative of Viet Nam to the United Nations",
    "Morocco|MOROCCO|GE|0~Ambassador;Youssef El Amrani;El Amrani;m;Permanent Representative of Morocco to the United Nations Office at Geneva~Ms.;Salma Benjelloun;Benjelloun;f;Counsellor, Permanent Mission of Morocco to the United Nations",
    "Fiji|FIJI|NY|3~Ambassador;Josefa Naivalu;Naivalu;m;Permanent Representative of Fiji to the United Nations~Ms.;Litia Tuilagi;Tuilagi;f;First Secretary, Permanent Mission of Fiji to the United Nations",
    "Argentina|ARGENTINA|NY|1~Ambassador;Martín Alvarez;Alvarez;m;Permanent Representative of Argentina to the United Nations~Ms.;Florencia Ruiz;Ruiz;f;Director of International Security, Ministry of Foreign Affairs of Argentina",
    "Kazakhstan|KAZAKHSTAN|NY|0~Ambassador;Askar Nurlanov;Nurlanov;m;Permanent Representative of Kazakhstan to the United Nations~Ms.;Aigerim Sadykova;Sadykova;f;Counsellor, Permanent Mission of Kazakhstan to the United Nations",
    "the European Union|DELEGATION OF THE EUROPEAN UNION|NY|0~H.E. Ms.;Sofia Lindqvist;Lindqvist;f;Head of the Delegation of the European Union to the United Nations~Mr.;Jan Novak;Novak;m;Deputy Head of the Delegation of the European Union to the United Nations",
    "the African Group|AFRICAN GROUP|NY|3~Ambassador;Amadou Diallo;Diallo;m;Permanent Representative of Senegal to the United Nations, on behalf of the African Group~Ambassador;Grace Mutasa;Mutasa;f;Permanent Representative of Zimbabwe to the United Nations, on behalf of the African Group",
    "the Non-Aligned Movement|NON-ALIGNED MOVEMENT|NY|3~Ambassador;Elnur Mammadov;Mammadov;m;Permanent Representative of Azerbaijan to the United Nations, on behalf of the Non-Aligned Movement~Ambassador;Grace Akello Nabwire;Nabwire;f;Permanent Representative of Uganda to the United Nations, on behalf of the Non-Aligned Movement",
    "the Pacific Islands Forum|PACIFIC ISLANDS FORUM|NY|3~Ambassador;Sione Fonua;Fonua;m;Permanent Representative of Tonga to the United Nations, on behalf of the Pacific Islands Forum~Ambassador;Mere Tabua;Tabua;f;Permanent Representative of Samoa to the United Nations, on behalf of the Pacific Islands Forum",
];

const NY_STREETS: &[&str] = &[
    "EAST 65th STREET",
    "SECOND AVENUE",
    "EAST 42nd STREET",
    "THIRD AVENUE",
    "UNITED NATIONS PLAZA",
    "EAST 47th STREET",
    "LEXINGTON AVENUE",
];
const GENEVA_STREETS: &[&str] = &[
    "Rue de Lausanne",
    "Chemin du Petit-Saconnex",
    "Avenue de France",
    "Rue de Varembé",
];

/// All speakers, in a fixed order. Handover dates fall between 2023 and 2025.
pub(crate) fn speakers() -> Vec<Speaker> {
    TABLE
        .iter()
        .enumerate()
        .map(|(i, row)| {
            let mut parts = row.split('~');
            let mut head = parts.next().unwrap_or_default().split('|');
            let name = head.next().unwrap_or_default();
            let letterhead = head.next().unwrap_or_default();
            let geneva = head.next() == Some("GE");
            let style = head.next().and_then(|s| s.parse().ok()).unwrap_or(3);
            let people = [person(parts.next()), person(parts.next())];
            let n = i as u64 + 1;
            let address = if geneva {
                format!(
                    "{}, {} - 1211 Geneva {} - Tel. +41 22 {} {:02} {:02}",
                    GENEVA_STREETS[i % GENEVA_STREETS.len()],
                    3 + n * 7 % 90,
                    1 + n % 20,
                    700 + n * 13 % 290,
                    n * 17 % 100,
                    n * 29 % 100
                )
            } else {
                format!(
                    "{} {} - NEW YORK, NY 100{:02} - (212) {}-{:04}",
                    2 + n * 37 % 880,
                    NY_STREETS[i % NY_STREETS.len()],
                    10 + n * 3 % 60,
                    300 + n * 53 % 690,
                    n * 7919 % 10000
                )
            };
            Speaker {
                name,
                letterhead,
                group: i >= 30,
                geneva,
                style,
                people,
                handover: super::days::days_from_civil(2023, 1, 15) + (n as i64 * 97) % 1050,
                address,
            }
        })
        .collect()
}

fn person(spec: Option<&'static str>) -> Person {
    let mut f = spec.unwrap_or_default().split(';');
    Person {
        title: f.next().unwrap_or_default(),
        name: f.next().unwrap_or_default(),
        surname: f.next().unwrap_or_default(),
        she: f.next() == Some("f"),
        function: f.next().unwrap_or_default(),
    }
}
