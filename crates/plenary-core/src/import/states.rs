//! The speakers a statement can be delivered for: the 193 UN Member States,
//! the two observer States, and the groups that speak at the OEWG. Used to
//! recognise the speaker in "Permanent Representative of Pakistan" or in a
//! letterhead. Names are the short forms in common use.

pub const STATES: &[&str] = &[
    "Afghanistan", "Albania", "Algeria", "Andorra", "Angola", "Antigua and Barbuda", "Argentina",
    "Armenia", "Australia", "Austria", "Azerbaijan", "Bahamas", "Bahrain", "Bangladesh", "Barbados",
    "Belarus", "Belgium", "Belize", "Benin", "Bhutan", "Bolivia", "Bosnia and Herzegovina",
    "Botswana", "Brazil", "Brunei Darussalam", "Bulgaria", "Burkina Faso", "Burundi", "Cabo Verde",
    "Cambodia", "Cameroon", "Canada", "Central African Republic", "Chad", "Chile", "China",
    "Colombia", "Comoros", "Congo", "Costa Rica", "Côte d'Ivoire", "Croatia", "Cuba", "Cyprus",
    "Czechia", "Democratic People's Republic of Korea", "Democratic Republic of the Congo",
    "Denmark", "Djibouti", "Dominica", "Dominican Republic", "Ecuador", "Egypt", "El Salvador",
    "Equatorial Guinea", "Eritrea", "Estonia", "Eswatini", "Ethiopia", "Fiji", "Finland", "France",
    "Gabon", "Gambia", "Georgia", "Germany", "Ghana", "Greece", "Grenada", "Guatemala", "Guinea",
    "Guinea-Bissau", "Guyana", "Haiti", "Honduras", "Hungary", "Iceland", "India", "Indonesia",
    "Iran", "Iraq", "Ireland", "Israel", "Italy", "Jamaica", "Japan", "Jordan", "Kazakhstan",
    "Kenya", "Kiribati", "Kuwait", "Kyrgyzstan", "Lao People's Democratic Republic", "Latvia",
    "Lebanon", "Lesotho", "Liberia", "Libya", "Liechtenstein", "Lithuania", "Luxembourg",
    "Madagascar", "Malawi", "Malaysia", "Maldives", "Mali", "Malta", "Marshall Islands",
    "Mauritania", "Mauritius", "Mexico", "Micronesia", "Monaco", "Mongolia", "Montenegro",
    "Morocco", "Mozambique", "Myanmar", "Namibia", "Nauru", "Nepal", "Netherlands", "New Zealand",
    "Nicaragua", "Niger", "Nigeria", "North Macedonia", "Norway", "Oman", "Pakistan", "Palau",
    "Panama", "Papua New Guinea", "Paraguay", "Peru", "Philippines", "Poland", "Portugal", "Qatar",
    "Republic of Korea", "Republic of Moldova", "Romania", "Russian Federation", "Rwanda",
    "Saint Kitts and Nevis", "Saint Lucia", "Saint Vincent and the Grenadines", "Samoa",
    "San Marino", "Sao Tome and Principe", "Saudi Arabia", "Senegal", "Serbia", "Seychelles",
    "Sierra Leone", "Singapore", "Slovakia", "Slovenia", "Solomon Islands", "Somalia",
    "South Africa", "South Sudan", "Spain", "Sri Lanka", "Sudan", "Suriname", "Sweden",
    "Switzerland", "Syrian Arab Republic", "Tajikistan", "Thailand", "Timor-Leste", "Togo", "Tonga",
    "Trinidad and Tobago", "Tunisia", "Türkiye", "Turkmenistan", "Tuvalu", "Uganda", "Ukraine",
    "United Arab Emirates", "United Kingdom", "United Republic of Tanzania", "United States",
    "Uruguay", "Uzbekistan", "Vanuatu", "Venezuela", "Viet Nam", "Yemen", "Zambia", "Zimbabwe",
    "Holy See", "State of Palestine",
];

/// Other names by which a State is written, and the name Plenary files it under.
pub const ALIASES: &[(&str, &str)] = &[
    ("Russia", "Russian Federation"),
    ("United States of America", "United States"),
    ("United Kingdom of Great Britain and Northern Ireland", "United Kingdom"),
    ("Turkey", "Türkiye"),
    ("Vietnam", "Viet Nam"),
    ("Czech Republic", "Czechia"),
    ("Islamic Republic of Iran", "Iran"),
    ("Iran (Islamic Republic of)", "Iran"),
    ("Bolivarian Republic of Venezuela", "Venezuela"),
    ("People's Republic of China", "China"),
    ("Palestine", "State of Palestine"),
    ("the Netherlands", "Netherlands"),
];

/// Groups that deliver joint statements.
pub const GROUPS: &[&str] = &[
    "European Union", "Group of 77 and China", "Non-Aligned Movement", "African Group",
    "Arab Group", "ASEAN", "Association of Southeast Asian Nations", "CARICOM",
    "Caribbean Community", "Pacific Islands Forum", "Nordic countries", "Nordic-Baltic countries",
    "Like-minded Group", "Organisation of Islamic Cooperation",
];

/// The canonical speaker name that `text` starts with: the longest State,
/// alias or group name that matches there.
pub fn speaker_at(text: &str) -> Option<&'static str> {
    let text = text.strip_prefix("the ").unwrap_or(text);
    let candidates = STATES
        .iter()
        .chain(GROUPS)
        .map(|s| (*s, *s))
        .chain(ALIASES.iter().copied());
    candidates
        .filter(|(written, _)| {
            text.len() >= written.len()
                && text.is_char_boundary(written.len())
                && text[..written.len()].eq_ignore_ascii_case(written)
                && !text[written.len()..].starts_with(|c: char| c.is_alphanumeric())
        })
        .max_by_key(|(written, _)| written.len())
        .map(|(_, canonical)| canonical)
}
