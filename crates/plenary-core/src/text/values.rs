//! Values a person typed into a field: surrounding space is not part of a
//! value, and a field left blank holds none.

/// A value trimmed, `None` when nothing is left.
pub fn given(value: Option<&str>) -> Option<&str> {
    value.map(str::trim).filter(|v| !v.is_empty())
}

/// A value trimmed and owned, `None` when nothing is left.
pub fn given_owned(value: Option<&str>) -> Option<String> {
    given(value).map(str::to_owned)
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
}
