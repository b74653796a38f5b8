//! The Points of Contact directory from the command line: `plenary
//! contacts add|list|show|edit|remove|log|import|export|stale-months`, each
//! a thin adapter over `Library`, with `--json` wherever a command reads,
//! and how the directory prints for people. An import reads CSV (Plenary's,
//! Outlook's, Google's, any with a header row) or vCard; `--preview` shows
//! its mapping step (the first rows and how the columns are read), which
//! `--map` and `--preset` change. An import that refused entries exits 3,
//! like an import of statements with a failed file.

use crate::outcome::{cut, exit_code, line, or_dash, output, refused, write_file, Failure};
use clap::{Args, Subcommand};
use plenary_core::contacts::ContactFormat;
use plenary_core::model::{
    Contact, ContactField, ContactFields, ContactFilePreview, ContactImportReport, ContactLogEntry,
    ContactLogKind, ContactOutcome, MappingSource, PocType, StateFlag, Verification,
};
use plenary_core::text::dates::parse_date;
use plenary_core::{ErrorKind, Library};
use serde::Serialize;
use std::io::IsTerminal;
use std::path::PathBuf;
use std::process::ExitCode;

/// An entry's fields as options; on `edit`, an empty value clears one.
#[derive(Args, Default)]
pub struct FieldArgs {
    /// A State of the States table (its name in any of the six languages);
    /// empty for none.
    #[arg(long)]
    state: Option<String>,
    /// diplomatic or technical.
    #[arg(long = "type")]
    poc_type: Option<String>,
    /// The name as written whole.
    #[arg(long)]
    name: Option<String>,
    #[arg(long)]
    given_name: Option<String>,
    #[arg(long)]
    family_name: Option<String>,
    #[arg(long)]
    position: Option<String>,
    #[arg(long)]
    institution: Option<String>,
    #[arg(long)]
    email: Option<String>,
    /// Other addresses, separated by ";".
    #[arg(long)]
    other_emails: Option<String>,
    /// One or more numbers separated by ";", each with its kind in
    /// parentheses: "+41 22 917 1234 (work); +41 79 555 0101 (mobile)".
    #[arg(long, allow_hyphen_values = true)]
    phone: Option<String>,
    #[arg(long)]
    languages: Option<String>,
    #[arg(long)]
    time_zone: Option<String>,
    #[arg(long, allow_hyphen_values = true)]
    notes: Option<String>,
    /// The day it last answered, e.g. 2025-06-10.
    #[arg(long)]
    last_verified: Option<String>,
}

#[derive(Subcommand)]
pub enum ContactsCommand {
    /// Add an entry (--state, --type and --name are needed).
    Add {
        #[command(flatten)]
        fields: FieldArgs,
        #[arg(long)]
        json: bool,
    },
    /// List entries by State, type and name, holding every word of --query.
    List {
        #[arg(long)]
        query: Option<String>,
        #[arg(long)]
        state: Option<String>,
        /// diplomatic or technical.
        #[arg(long = "type")]
        poc_type: Option<String>,
        /// Only the entries verified longer ago than the stale period.
        #[arg(long)]
        stale: bool,
        /// Only the entries never verified.
        #[arg(long)]
        unverified: bool,
        /// Only the entries without a State (or with one not in the table).
        #[arg(long)]
        no_state: bool,
        #[arg(long)]
        json: bool,
    },
    /// Show an entry with its log.
    Show {
        id: i64,
        #[arg(long)]
        json: bool,
    },
    /// Change an entry's fields; an empty value clears an optional one.
    Edit {
        id: i64,
        #[command(flatten)]
        fields: FieldArgs,
        #[arg(long)]
        json: bool,
    },
    /// Delete an entry with its log.
    Remove { id: i64 },
    /// Log a call, email or ping test (with --kind), or list the log.
    Log {
        id: i64,
        /// call, email or ping-test.
        #[arg(long)]
        kind: Option<String>,
        /// answered, no-answer or failed.
        #[arg(long, default_value = "answered")]
        outcome: String,
        /// The day (default: today).
        #[arg(long)]
        date: Option<String>,
        #[arg(long, allow_hyphen_values = true)]
        note: Option<String>,
        #[arg(long)]
        json: bool,
    },
    /// Import entries from an address book's file: CSV (Plenary's,
    /// Outlook's, Google's, any with a header row) or vCard (2.1 to 4.0).
    Import {
        file: PathBuf,
        /// Show the mapping step (the first rows and how each column is
        /// read) and import nothing.
        #[arg(long)]
        preview: bool,
        /// Read the columns as this program writes them: plenary, outlook
        /// or google (by default, as the header row shows).
        #[arg(long)]
        preset: Option<String>,
        /// A column read as a field, "HEADER=FIELD" (repeat it); an empty
        /// FIELD leaves the column out. Fields: state, poc_type, full_name,
        /// given_name, middle_name, family_name, position, institution,
        /// email, phone, work_phone, mobile_phone, home_phone, fax,
        /// languages, time_zone, notes, last_verified.
        #[arg(long = "map")]
        map: Vec<String>,
        /// The POC type of the entries that do not give one.
        #[arg(long = "type")]
        poc_type: Option<String>,
        #[arg(long)]
        json: bool,
    },
    /// Export the directory (or the entries given by --id) as csv or vcard.
    Export {
        #[arg(long, default_value = "csv")]
        format: String,
        #[arg(long)]
        out: PathBuf,
        #[arg(long = "id")]
        ids: Vec<i64>,
    },
    /// Show the months after which an unverified entry is stale, or set them.
    StaleMonths {
        months: Option<u32>,
        #[arg(long)]
        json: bool,
    },
}

/// An entry with its log, as `show` prints it.
#[derive(Serialize)]
struct ContactWithLog {
    #[serde(flatten)]
    contact: Contact,
    log: Vec<ContactLogEntry>,
}

fn poc_type(name: &str) -> Result<PocType, Failure> {
    PocType::parse(name).ok_or_else(|| {
        refused(
            "type",
            format!("'{name}' is not a POC type; use {}", PocType::names()),
        )
    })
}

fn day(option: &str, value: &str) -> Result<chrono::NaiveDate, Failure> {
    parse_date(value).ok_or_else(|| {
        refused(
            option,
            format!("'{value}' is not a date (write 2025-06-10 or 10 June 2025)"),
        )
    })
}

impl FieldArgs {
    /// `current` with the options given laid over it; an empty value clears.
    fn over(self, current: ContactFields) -> Result<ContactFields, Failure> {
        let over = |given: Option<String>, was: Option<String>| match given {
            Some(value) => Some(value).filter(|v| !v.trim().is_empty()),
            None => was,
        };
        Ok(ContactFields {
            state: over(self.state, current.state),
            poc_type: match self.poc_type {
                Some(name) => poc_type(&name)?,
                None => current.poc_type,
            },
            full_name: self.name.unwrap_or(current.full_name),
            given_name: over(self.given_name, current.given_name),
            family_name: over(self.family_name, current.family_name),
            position: over(self.position, current.position),
            institution: over(self.institution, current.institution),
            email: over(self.email, current.email),
            other_emails: over(self.other_emails, current.other_emails),
            phone: over(self.phone, current.phone),
            languages: over(self.languages, current.languages),
            time_zone: over(self.time_zone, current.time_zone),
            notes: over(self.notes, current.notes),
            last_verified: match self.last_verified.as_deref().map(str::trim) {
                Some("") => None,
                Some(value) => Some(day("last-verified", value)?),
                None => current.last_verified,
            },
        })
    }
}

pub fn run(library: &mut Library, command: ContactsCommand) -> Result<ExitCode, Failure> {
    match command {
        ContactsCommand::Add {
            fields,
            json: as_json,
        } => {
            let kind = fields
                .poc_type
                .as_deref()
                .ok_or_else(|| refused("type", "an entry needs its POC type".to_owned()))?;
            let blank = ContactFields {
                state: None,
                poc_type: poc_type(kind)?,
                full_name: String::new(),
                given_name: None,
                family_name: None,
                position: None,
                institution: None,
                email: None,
                other_emails: None,
                phone: None,
                languages: None,
                time_zone: None,
                notes: None,
                last_verified: None,
            };
            let contact = library.add_contact(&fields.over(blank)?)?;
            output(as_json, &contact, |c| list(std::slice::from_ref(c)))
        }
        ContactsCommand::List {
            query,
            state,
            poc_type: kind,
            stale,
            unverified,
            no_state,
            json: as_json,
        } => {
            let kind = kind.as_deref().map(poc_type).transpose()?;
            let mut contacts = library.contacts(query.as_deref(), state.as_deref(), kind)?;
            contacts.retain(|c| {
                (!stale || c.verification == Verification::Stale)
                    && (!unverified || c.verification == Verification::Never)
                    && (!no_state || c.state_flag.is_some())
            });
            output(as_json, contacts.as_slice(), list)
        }
        ContactsCommand::Show { id, json: as_json } => {
            let shown = ContactWithLog {
                contact: library.contact(id)?,
                log: library.contact_log(id)?,
            };
            output(as_json, &shown, show)
        }
        ContactsCommand::Edit {
            id,
            fields,
            json: as_json,
        } => {
            let current = library.contact(id)?.fields;
            let contact = library.edit_contact(id, &fields.over(current)?)?;
            output(as_json, &contact, |c| list(std::slice::from_ref(c)))
        }
        ContactsCommand::Remove { id } => {
            library.delete_contact(id)?;
            println!("Contact {id} deleted.");
            Ok(ExitCode::SUCCESS)
        }
        ContactsCommand::Log {
            id,
            kind,
            outcome,
            date,
            note,
            json: as_json,
        } => {
            if let Some(kind) = kind {
                let kind = ContactLogKind::parse(&kind).ok_or_else(|| {
                    refused(
                        "kind",
                        format!("'{kind}' is not one of {}", ContactLogKind::names()),
                    )
                })?;
                let outcome = ContactOutcome::parse(&outcome).ok_or_else(|| {
                    refused(
                        "outcome",
                        format!("'{outcome}' is not one of {}", ContactOutcome::names()),
                    )
                })?;
                let date = match date.as_deref() {
                    Some(value) => day("date", value)?,
                    None => chrono::Local::now().date_naive(),
                };
                library.log_contact(id, date, kind, outcome, note.as_deref())?;
            }
            let log = library.contact_log(id)?;
            output(as_json, log.as_slice(), print_log)
        }
        ContactsCommand::Import {
            file,
            preview,
            preset,
            map,
            poc_type: kind,
            json: as_json,
        } => {
            let preset = preset
                .as_deref()
                .map(|name| {
                    MappingSource::parse(name)
                        .filter(|s| {
                            matches!(
                                s,
                                MappingSource::Plenary
                                    | MappingSource::Outlook
                                    | MappingSource::Google
                            )
                        })
                        .ok_or_else(|| {
                            refused(
                                "preset",
                                format!("'{name}' is not one of plenary, outlook, google"),
                            )
                        })
                })
                .transpose()?;
            let mut shown = library.preview_contacts(&file, preset)?;
            for pair in &map {
                mapped(&mut shown, pair)?;
            }
            if let Some(kind) = kind {
                shown.mapping.poc_type = Some(poc_type(&kind)?);
            }
            if preview {
                return output(as_json, &shown, print_preview);
            }
            let show_progress = std::io::stderr().is_terminal() && !as_json;
            let report = library.import_contacts(&file, Some(&shown.mapping), |rows| {
                if show_progress && rows % 10_000 == 0 {
                    eprint!("\r{rows} rows read");
                }
            })?;
            if show_progress {
                eprint!("\r");
            }
            output(as_json, &report, imported)?;
            Ok(match report.rejected.is_empty() {
                true => ExitCode::SUCCESS,
                false => ExitCode::from(exit_code(ErrorKind::BadInput)),
            })
        }
        ContactsCommand::Export { format, out, ids } => {
            let bytes = library.export_contacts(&ids, ContactFormat::parse(&format)?)?;
            write_file(&out, &bytes)
        }
        ContactsCommand::StaleMonths {
            months,
            json: as_json,
        } => {
            if let Some(months) = months {
                library.set_contact_stale_months(months)?;
            }
            let months = library.contact_stale_months()?;
            output(as_json, &months, |m| println!("{m}"))
        }
    }
}

fn list(contacts: &[Contact]) {
    if contacts.is_empty() {
        println!("No contacts. Add one with: plenary contacts add --state STATE --type diplomatic --name NAME");
        return;
    }
    println!(
        "{:>5}  {:<20}  {:<10}  {:<28}  {:<30}  VERIFIED",
        "ID", "STATE", "TYPE", "NAME", "EMAIL"
    );
    for c in contacts {
        let f = &c.fields;
        println!(
            "{:>5}  {:<20}  {:<10}  {:<28}  {:<30}  {}",
            c.id,
            cut(&state(c), 20),
            f.poc_type.as_str(),
            cut(&f.full_name, 28),
            cut(&or_dash(&f.email), 30),
            verified(c)
        );
    }
}

fn show(shown: &ContactWithLog) {
    let c = &shown.contact;
    let f = &c.fields;
    println!("Contact {}: {}", c.id, line(&f.full_name));
    for (label, value) in [
        ("State", Some(state(c))),
        ("POC type", Some(f.poc_type.as_str().to_owned())),
        ("Given name", f.given_name.clone()),
        ("Family name", f.family_name.clone()),
        ("Position", f.position.clone()),
        ("Institution", f.institution.clone()),
        ("Email", f.email.clone()),
        ("Other emails", f.other_emails.clone()),
        ("Phone", f.phone.clone()),
        ("Languages", f.languages.clone()),
        ("Time zone", f.time_zone.clone()),
        ("Notes", f.notes.clone()),
    ] {
        println!("{label:<13}{}", or_dash(&value));
    }
    println!("{:<13}{}", "Verified", verified(c));
    print_log(&shown.log);
}

fn print_log(log: &[ContactLogEntry]) {
    if log.is_empty() {
        println!("No calls, emails or ping tests logged.");
    }
    for entry in log {
        println!(
            "{}  {:<9}  {:<9}  {}",
            entry.date,
            entry.kind.as_str(),
            entry.outcome.as_str(),
            line(entry.note.as_deref().unwrap_or(""))
        );
    }
}

/// An entry's State, or what is wrong with it.
fn state(c: &Contact) -> String {
    match (&c.fields.state, c.state_flag) {
        (None, _) => "(no State)".to_owned(),
        (Some(state), Some(StateFlag::Unknown)) => format!("{state} (not in the table)"),
        (Some(state), _) => state.clone(),
    }
}

/// When an entry was last verified: a day, stale or not, or never.
fn verified(c: &Contact) -> String {
    match (c.fields.last_verified, c.verification) {
        (Some(day), Verification::Stale) => format!("{day} (stale)"),
        (Some(day), _) => day.to_string(),
        (None, _) => "never verified".to_owned(),
    }
}

/// `HEADER=FIELD` laid over the preview's mapping.
fn mapped(preview: &mut ContactFilePreview, pair: &str) -> Result<(), Failure> {
    let (header, field) = pair
        .split_once('=')
        .ok_or_else(|| refused("map", format!("'{pair}' is not HEADER=FIELD")))?;
    let column = preview
        .headers
        .iter()
        .position(|h| h.trim().eq_ignore_ascii_case(header.trim()))
        .ok_or_else(|| {
            refused(
                "map",
                format!(
                    "the file has no column '{}'; its columns: {}",
                    header.trim(),
                    preview.headers.join(", ")
                ),
            )
        })?;
    let field = match field.trim() {
        "" => None,
        name => Some(ContactField::parse(name).ok_or_else(|| {
            refused(
                "map",
                format!("'{name}' is not one of {}", ContactField::names()),
            )
        })?),
    };
    match preview.mapping.columns.get_mut(column) {
        Some(slot) => *slot = field,
        None => {
            return Err(refused(
                "map",
                "a vCard file's properties name their fields; nothing to map".to_owned(),
            ))
        }
    }
    Ok(())
}

fn print_preview(preview: &ContactFilePreview) {
    println!(
        "{}: {} in {}, columns read as {}",
        line(&preview.file),
        preview.format.as_str(),
        preview.encoding,
        preview.mapped_by.as_str()
    );
    for (column, header) in preview.headers.iter().enumerate() {
        let field = preview
            .mapping
            .columns
            .get(column)
            .copied()
            .flatten()
            .map_or("—", ContactField::as_str);
        let first = preview
            .rows
            .first()
            .and_then(|r| r.get(column))
            .map(String::as_str)
            .unwrap_or_default();
        println!("  {:<28} {:<14} {}", cut(header, 28), field, cut(first, 40));
    }
    match (preview.has_poc_type, preview.mapping.poc_type) {
        (_, Some(kind)) => println!("Entries without a POC type: {}", kind.as_str()),
        (false, None) => println!(
            "No POC type in the file: give --type diplomatic or --type technical to import."
        ),
        (true, None) => {}
    }
}

fn imported(report: &ContactImportReport) {
    let entry = match report.format.map(|f| f.as_str()) {
        Some("vcard") => "card",
        _ => "row",
    };
    let (duplicates, rejected) = (report.duplicates.len(), report.rejected.len());
    let plural = |n: usize| if n == 1 { "" } else { "s" };
    println!(
        "{}: {} added ({} without a State), {} merged, {duplicates} duplicate{} left out, \
         {rejected} {entry}{} refused",
        line(&report.file),
        report.added,
        report.without_state,
        report.merged.len(),
        plural(duplicates),
        plural(rejected)
    );
    for (what, notes) in [
        ("duplicate", &report.duplicates),
        ("refused", &report.rejected),
    ] {
        for note in notes {
            let name = note
                .name
                .as_deref()
                .map(|n| format!(" ({})", line(n)))
                .unwrap_or_default();
            println!(
                "  {entry} {}{name} {what}: {}",
                note.row,
                line(&note.reason)
            );
        }
    }
}
