//! What completion offers for an argument: the built-in ids and the area
//! names. The command definition (`cli`) refers here and nothing here refers
//! to it, so the dependency runs one way: `shell` builds on `cli`, `cli` on
//! this.

/// Accepts any name (resolution happens against the loaded data, user files
/// included) but tells completion the built-in ids, so `careers compare
/// b<Tab>` completes to `backend`. Only ids are offered: aliases would turn
/// most completions into a choice between spellings.
#[derive(Debug, Clone, Copy)]
pub enum Names {
    /// Roles, then the occupations official statistics measure.
    RoleOrOccupation,
    /// Roles only, for commands that compare or describe roles.
    Role,
    Level,
    Source,
}

impl clap::builder::TypedValueParser for Names {
    type Value = String;

    fn parse_ref(
        &self,
        cmd: &clap::Command,
        _arg: Option<&clap::Arg>,
        value: &std::ffi::OsStr,
    ) -> Result<String, clap::Error> {
        value
            .to_str()
            .map(str::to_owned)
            .ok_or_else(|| clap::Error::new(clap::error::ErrorKind::InvalidUtf8).with_cmd(cmd))
    }

    fn possible_values(&self) -> Option<Box<dyn Iterator<Item = clap::builder::PossibleValue> + '_>> {
        use crate::data::model::RoleKind;
        let data = crate::load::built_in(&[]);
        // Each id with its name, which zsh and fish show beside it.
        let named: Vec<(String, String)> = match self {
            Names::RoleOrOccupation => data.roles.into_iter().map(|r| (r.id, r.name)).collect(),
            Names::Role => {
                data.roles.into_iter().filter(|r| r.kind == RoleKind::Role).map(|r| (r.id, r.name)).collect()
            }
            Names::Level => data.levels.into_iter().map(|l| (l.id, format!("{} ({})", l.name, l.years))).collect(),
            Names::Source => data.sources.into_iter().map(|s| (s.id, s.publisher)).collect(),
        };
        Some(Box::new(named.into_iter().map(|(id, name)| clap::builder::PossibleValue::new(id).help(name))))
    }
}

/// The areas whose name starts with what has been typed, word by word as
/// `--area` reads it (any case, "saint" for "St."), with type and code as
/// the description.
pub fn area_candidates(typed: &std::ffi::OsStr) -> Vec<clap_complete::CompletionCandidate> {
    let typed = typed.to_string_lossy();
    crate::load::official_areas()
        .areas
        .into_iter()
        .filter(|a| crate::query::places::completes(a, &typed))
        .map(|a| {
            let help = format!("{}, code {}", a.kind.label(), a.code);
            clap_complete::CompletionCandidate::new(a.name).help(Some(help.into()))
        })
        .collect()
}
