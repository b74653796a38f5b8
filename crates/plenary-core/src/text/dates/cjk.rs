//! Dates written with 年, 月 and 日: "2021年12月13日", in full-width digits
//! too ("２０２１年３月８日"), and a year counted in a Japanese era or the
//! Minguo calendar, read as its year of the common era: "令和3年3月8日" is
//! 2021, "令和元年" the era's first year, "中華民國110年" 2021. A year of
//! fewer than four digits with no era is no year.

use chrono::NaiveDate;

/// Eras that number years from their first, each with the common-era year
/// before its first: Japan's Reiwa, Heisei and Showa, and the Minguo
/// calendar (in Traditional and Simplified characters).
const ERAS: &[(&str, i32)] = &[
    ("令和", 2018),
    ("平成", 1988),
    ("昭和", 1925),
    ("民國", 1911),
    ("民国", 1911),
];

/// "2021年12月13日", "令和3年3月8日", "令和元年5月7日" (the era's first
/// year), "中華民國110年3月8日"; full-width digits too. The first "年" is
/// read.
pub(super) fn find_cjk_date(text: &str) -> Option<NaiveDate> {
    let year_at = text.find('年')?;
    let before = &text[..year_at];
    let digits: String = before
        .chars()
        .rev()
        .map(halfwidth_digit)
        .take_while(char::is_ascii_digit)
        .collect::<Vec<char>>()
        .into_iter()
        .rev()
        .collect();
    let numbered = before
        .char_indices()
        .rev()
        .nth(digits.chars().count().saturating_sub(1))
        .map_or(before.len(), |(at, _)| at);
    let (year, era_at): (i32, usize) = match digits.is_empty() {
        false => (digits.parse().ok()?, numbered),
        true => (1, before.strip_suffix('元')?.len()),
    };
    let era = ERAS
        .iter()
        .find(|(name, _)| before[..era_at].trim_end().ends_with(name));
    let year = match era {
        Some((_, before_first)) => before_first + year,
        None if digits.len() == 4 => year,
        None => return None,
    };
    let rest = &text[year_at + '年'.len_utf8()..];
    let (month, rest) = rest.split_once('月')?;
    let (day, _) = rest.split_once('日')?;
    NaiveDate::from_ymd_opt(year, cjk_number(month)?, cjk_number(day)?)
}

/// A month or day number written in ASCII or full-width digits.
fn cjk_number(text: &str) -> Option<u32> {
    text.trim()
        .chars()
        .map(halfwidth_digit)
        .collect::<String>()
        .parse()
        .ok()
}

/// "３" as "3"; any other character as it is.
fn halfwidth_digit(c: char) -> char {
    match c {
        '０'..='９' => char::from_u32(c as u32 - '０' as u32 + '0' as u32).unwrap_or(c),
        _ => c,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> Option<NaiveDate> {
        NaiveDate::from_ymd_opt(y, m, day)
    }

    #[test]
    fn era_years_and_full_width_digits() {
        assert_eq!(find_cjk_date("令和3年3月8日"), d(2021, 3, 8));
        assert_eq!(find_cjk_date("令和元年5月7日"), d(2019, 5, 7));
        assert_eq!(find_cjk_date("平成30年12月5日"), d(2018, 12, 5));
        assert_eq!(find_cjk_date("昭和60年1月2日"), d(1985, 1, 2));
        assert_eq!(find_cjk_date("中華民國110年3月8日"), d(2021, 3, 8));
        assert_eq!(find_cjk_date("２０２１年３月８日"), d(2021, 3, 8));
        assert_eq!(find_cjk_date("3年3月8日"), None, "no era, no year");
        assert_eq!(find_cjk_date("110年3月8日"), None);
    }
}
