//! The drafter's settings from the command line: `plenary settings [KEY
//! [VALUE]]` shows every setting, one of them, or sets one (a thin adapter
//! over `Library` and the core's settings keys), with `--json`.

use crate::outcome::{json, line, output, Failure};
use clap::Args;
use plenary_core::drafts::settings::{self, KEYS};
use plenary_core::model::Settings;
use plenary_core::Library;
use std::process::ExitCode;

#[derive(Args)]
pub struct SettingsArgs {
    key: Option<String>,
    value: Option<String>,
    #[arg(long)]
    json: bool,
}

/// Every setting, one, or one changed.
pub fn run(library: &mut Library, args: SettingsArgs) -> Result<ExitCode, Failure> {
    let SettingsArgs {
        key,
        value,
        json: as_json,
    } = args;
    let mut current = library.settings()?;
    if let (Some(key), Some(value)) = (&key, &value) {
        settings::set(&mut current, key, value)?;
        current = library.save_settings(&current)?;
    }
    match key {
        None => output(as_json, &current, print),
        Some(key) => {
            let shown = settings::value(&current, &key)?;
            match as_json {
                true => json(&shown),
                false => {
                    println!("{}", line(&shown));
                    Ok(ExitCode::SUCCESS)
                }
            }
        }
    }
}

fn print(current: &Settings) {
    for key in KEYS {
        let value = settings::value(current, key).unwrap_or_default();
        let shown = if value.is_empty() {
            "—".into()
        } else {
            line(&value)
        };
        println!("{key:<17} {shown}");
    }
}
