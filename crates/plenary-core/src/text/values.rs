//! Values a person typed into a field: surrounding space is not part of a
//! value, and a field left blank holds none. A value of a list (a topic, a
//! session's name, a State) is matched whatever its case, hyphens and
//! punctuation ("Confidence building measures" is "Confidence-building
//! measures"), and one not on its list is answered with the closest names.

/// A value trimmed, `None` when nothing is left.
pub fn given(value: Option<&str>) -> Option<&str> {
    value.map(str::trim).filter(|v| !v.is_empty())
}

/// A value trimmed and owned, `None` when nothing is left.
pub fn given_owned(value: Option<&str>) -> Option<String> {
    given(value).map(str::to_owned)
}

/// A value as a list matches it: lower case, each run of punctuation,
/// hyphens or spaces one space.
pub fn list_form(value: &str) -> String {
    value
        .to_lowercase()
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}

/// Of `names`, the (at most three) closest to `wanted`, closest first:
/// those of a similar spelling, or that begin with it.
pub fn closest<'a>(wanted: &str, names: impl IntoIterator<Item = &'a str>) -> Vec<&'a str> {
    let wanted = list_form(wanted);
    let mut scored: Vec<(f64, &str)> = names
        .into_iter()
        .map(|name| {
            let form = list_form(name);
            let begins = !wanted.is_empty() && form.starts_with(&wanted);
            let score = strsim::jaro_winkler(&wanted, &form).max(if begins { 0.9 } else { 0.0 });
            (score, name)
        })
        .filter(|(score, _)| *score >= 0.8)
        .collect();
    scored.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(b.1)));
    scored.dedup_by(|a, b| a.1 == b.1);
    scored.into_iter().take(3).map(|(_, name)| name).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn blank_is_none_and_space_is_trimmed() {
        assert_eq!(given(Some("  ")), None);
        assert_eq!(given(None), None);
        assert_eq!(given(Some(" Chile ")), Some("Chile"));
        assert_eq!(given_owned(Some(" Chile ")), Some("Chile".to_owned()));
    }

    #[test]
    fn a_list_value_matches_whatever_its_case_and_hyphens() {
        assert_eq!(
            list_form("Confidence building  measures"),
            list_form("Confidence-building measures")
        );
        assert_eq!(
            closest("Kuba", ["Cuba", "Chile", "Russian Federation", "Aruba"]),
            ["Cuba"]
        );
        assert!(closest("Acme", ["Cuba", "Chile"]).is_empty());
    }
}
