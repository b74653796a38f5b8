//! The calendar of sessions from the command line: `plenary sessions
//! list|show|add|edit|remove|merge|export`, each a thin adapter over `Library`,
//! with `--json` wherever a command reads. `show` prints a session's page:
//! its agenda, drafts, commitments due, talking points and statements;
//! `export` writes the sessions and the commitments' due dates as an
//! iCalendar file. The calendar and that page are printed for people at
//! the end of the file.

use crate::outcome::{cut, line, output, refused, write_file, Failure};
use clap::{Args, Subcommand};
use plenary_core::model::{AgendaItem, Session, SessionFile};
use plenary_core::text::dates::parse_date;
use plenary_core::Library;
use std::process::ExitCode;

/// A session's fields as options; on `edit`, an empty --place clears it
/// and --agenda items given replace the whole agenda.
#[derive(Args, Default)]
pub struct SessionArgs {
    #[arg(long)]
    forum: Option<String>,
    #[arg(long)]
    name: Option<String>,
    /// The first day, e.g. 2026-07-20.
    #[arg(long)]
    from: Option<String>,
    /// The last day.
    #[arg(long)]
    to: Option<String>,
    #[arg(long)]
    place: Option<String>,
    /// An agenda item as "NUMBER: TITLE" (repeat the option, in order).
    #[arg(long = "agenda")]
    agenda: Vec<String>,
}

#[derive(Subcommand)]
pub enum SessionsCommand {
    /// The calendar, by start date.
    List {
        #[arg(long)]
        json: bool,
    },
    /// A session's page: agenda, drafts, commitments due, talking points
    /// and statements.
    Show {
        key: String,
        #[arg(long)]
        json: bool,
    },
    /// Add a session (--forum, --name, --from and --to are needed).
    Add {
        /// A key of lowercase letters, digits and hyphens, e.g. gm-2027-plenary-2.
        key: String,
        #[command(flatten)]
        fields: SessionArgs,
        #[arg(long)]
        json: bool,
    },
    /// Change a session's fields or agenda.
    Edit {
        key: String,
        #[command(flatten)]
        fields: SessionArgs,
        #[arg(long)]
        json: bool,
    },
    /// Delete a session with its agenda.
    Remove { key: String },
    /// Merge a session, or a value on no list (see `plenary topics
    /// unlisted`), into a session of the calendar: what held the first
    /// holds the second, and the first leaves the calendar.
    Merge { from: String, into: String },
    /// Write the sessions and the commitments' due dates as a calendar
    /// file, for Outlook, Thunderbird or any calendar that imports it;
    /// importing a later export again updates the events.
    Export {
        /// ics (iCalendar, RFC 5545).
        #[arg(long, default_value = "ics")]
        format: String,
        #[arg(long)]
        out: std::path::PathBuf,
    },
}

fn day(option: &str, value: &str) -> Result<chrono::NaiveDate, Failure> {
    parse_date(value).ok_or_else(|| {
        refused(
            option,
            format!("'{value}' is not a date (write 2026-07-20 or 20 July 2026)"),
        )
    })
}

fn agenda_item(value: &str) -> AgendaItem {
    match value.split_once(':') {
        Some((number, title)) if !number.trim().is_empty() && number.trim().len() <= 8 => {
            AgendaItem {
                number: number.trim().to_owned(),
                title: title.trim().to_owned(),
            }
        }
        _ => AgendaItem {
            number: String::new(),
            title: value.trim().to_owned(),
        },
    }
}

impl SessionArgs {
    /// `current` with the options given laid over it.
    fn over(self, current: Session) -> Result<Session, Failure> {
        Ok(Session {
            key: current.key,
            forum: self.forum.unwrap_or(current.forum),
            name: self.name.unwrap_or(current.name),
            starts_on: match self.from {
                Some(value) => day("from", &value)?,
                None => current.starts_on,
            },
            ends_on: match self.to {
                Some(value) => day("to", &value)?,
                None => current.ends_on,
            },
            place: match self.place {
                Some(value) => Some(value).filter(|v| !v.trim().is_empty()),
                None => current.place,
            },
            agenda: match self.agenda.is_empty() {
                true => current.agenda,
                false => self.agenda.iter().map(|a| agenda_item(a)).collect(),
            },
        })
    }
}

pub fn run(library: &mut Library, command: SessionsCommand) -> Result<ExitCode, Failure> {
    match command {
        SessionsCommand::List { json: as_json } => {
            let sessions = library.sessions()?;
            output(as_json, sessions.as_slice(), list)
        }
        SessionsCommand::Show { key, json: as_json } => {
            let file = library.session_file(&key)?;
            output(as_json, &file, page)
        }
        SessionsCommand::Add {
            key,
            fields,
            json: as_json,
        } => {
            let wanted = key.trim().to_lowercase();
            if library.sessions()?.iter().any(|s| s.key == wanted) {
                return Err(refused(
                    "key",
                    format!("there is already a session '{key}'; change it with `plenary sessions edit`"),
                ));
            }
            let needed = |value: &Option<String>, option: &str| match value {
                Some(_) => Ok(()),
                None => Err(refused(option, "a new session needs one".to_owned())),
            };
            needed(&fields.from, "from")?;
            needed(&fields.to, "to")?;
            let blank = Session {
                key,
                forum: String::new(),
                name: String::new(),
                starts_on: chrono::NaiveDate::MIN,
                ends_on: chrono::NaiveDate::MIN,
                place: None,
                agenda: Vec::new(),
            };
            let session = library.save_session(&fields.over(blank)?)?;
            output(as_json, &session, |s| list(std::slice::from_ref(s)))
        }
        SessionsCommand::Edit {
            key,
            fields,
            json: as_json,
        } => {
            let current = library.session_file(&key)?.session;
            let session = library.save_session(&fields.over(current)?)?;
            output(as_json, &session, |s| list(std::slice::from_ref(s)))
        }
        SessionsCommand::Remove { key } => {
            library.delete_session(&key)?;
            println!("Session {key} deleted.");
            Ok(ExitCode::SUCCESS)
        }
        SessionsCommand::Merge { from, into } => {
            let changed = library.merge_session(&from, &into)?;
            println!("{from} merged into {into}: {changed} drafts, points or commitments changed.");
            Ok(ExitCode::SUCCESS)
        }
        SessionsCommand::Export { format, out } => {
            if !format.trim().eq_ignore_ascii_case("ics") {
                return Err(refused(
                    "format",
                    format!("'{format}' is not a calendar format; use ics"),
                ));
            }
            write_file(&out, &library.export_calendar()?)
        }
    }
}

fn list(sessions: &[Session]) {
    if sessions.is_empty() {
        println!("No sessions. Add one with: plenary sessions add --key KEY --forum FORUM --name NAME --from DAY --to DAY");
        return;
    }
    println!(
        "{:<22}  {:<10}  {:<10}  {:<16}  NAME",
        "KEY", "FROM", "TO", "FORUM"
    );
    for s in sessions {
        println!(
            "{:<22}  {:<10}  {:<10}  {:<16}  {}",
            line(&s.key),
            s.starts_on,
            s.ends_on,
            cut(&s.forum, 16),
            line(&s.name)
        );
    }
}

fn page(file: &SessionFile) {
    let s = &file.session;
    println!("{}: {}", line(&s.forum), line(&s.name));
    println!(
        "{} to {}{}  ({})",
        s.starts_on,
        s.ends_on,
        s.place
            .as_deref()
            .map(|p| format!(", {}", line(p)))
            .unwrap_or_default(),
        line(&s.key)
    );
    println!("\nAgenda:");
    for item in &s.agenda {
        println!("  {:<6} {}", line(&item.number), line(&item.title));
    }
    println!("\nDrafts:");
    for d in &file.drafts {
        println!(
            "  {:>5}  {:<9}  {}",
            d.id,
            d.status.as_str(),
            line(&d.title)
        );
    }
    println!("\nCommitments due:");
    for c in &file.commitments_due {
        let due = c.due_on.map(|d| d.to_string()).unwrap_or("—".into());
        println!("  {:>5}  {:<10}  {}", c.id, due, cut(&c.text, 90));
    }
    println!("\nTalking points:");
    for p in &file.talking_points {
        println!("  {:>5}  {}", p.id, line(&p.title));
    }
    println!("\nStatements:");
    for d in &file.statements {
        println!(
            "  {:>5}  {}  {}",
            d.id,
            d.metadata.date.map(|d| d.to_string()).unwrap_or_default(),
            line(d.metadata.title.as_deref().unwrap_or("untitled"))
        );
    }
}
