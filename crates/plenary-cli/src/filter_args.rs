//! The filter options that listing, search, reuse and drafting commands
//! share (`--speaker`, `--kind`, `--language`, `--forum`, `--topic`,
//! `--from`, `--to`), and the core `Filter` they make.

use crate::outcome::Failure;
use clap::Args;
use plenary_core::model::Filter;
use plenary_core::ErrorKind;

#[derive(Args, Default)]
pub struct FilterArgs {
    #[arg(long)]
    speaker: Option<String>,
    #[arg(long)]
    kind: Option<String>,
    #[arg(long)]
    language: Option<String>,
    #[arg(long)]
    forum: Option<String>,
    #[arg(long)]
    topic: Option<String>,
    /// Earliest date, e.g. 2021-12-13 or "13 December 2021".
    #[arg(long)]
    from: Option<String>,
    /// Latest date.
    #[arg(long)]
    to: Option<String>,
}

impl FilterArgs {
    pub fn to_filter(&self) -> Result<Filter, Failure> {
        let date = |name: &str, value: &Option<String>| -> Result<_, Failure> {
            value
                .as_deref()
                .map(|v| {
                    plenary_core::text::dates::parse_date(v).ok_or_else(|| {
                        Failure::new(
                            ErrorKind::InvalidField,
                            format!("--{name}: '{v}' is not a date (write 2021-12-13 or 13 December 2021)"),
                        )
                    })
                })
                .transpose()
        };
        Ok(Filter {
            speaker: self.speaker.clone(),
            kind: self.kind.clone(),
            language: self.language.clone(),
            forum: self.forum.clone(),
            topic: self.topic.clone(),
            from: date("from", &self.from)?,
            to: date("to", &self.to)?,
        })
    }
}
