//! Completion scripts and the man page: the committed scripts are current,
//! and real shells complete what a user types.

use crate::{Env, stdout};
use std::path::Path;
use std::process::Command;

const ROOT: &str = env!("CARGO_MANIFEST_DIR");

const SCRIPTS: &[(&str, &str)] = &[
    ("bash", "careers.bash"),
    ("zsh", "_careers"),
    ("fish", "careers.fish"),
    ("powershell", "_careers.ps1"),
    ("elvish", "careers.elv"),
];

#[test]
fn committed_completion_scripts_are_current() {
    for (shell, file) in SCRIPTS {
        let committed = std::fs::read_to_string(Path::new(ROOT).join("completions").join(file))
            .unwrap_or_else(|e| panic!("completions/{file}: {e}"));
        assert!(
            stdout(&["completions", shell]) == committed,
            "completions/{file} is stale: run scripts/update-completions.sh"
        );
    }
}

/// The shell, or `None` when it is not installed and this is not CI; under CI
/// every shell must be there, so these tests cannot pass by being skipped.
pub fn shell(name: &str) -> Option<Command> {
    let found = Command::new(name).arg("-c").arg("exit 0").status().is_ok_and(|s| s.success());
    if !found {
        assert!(std::env::var_os("CI").is_none(), "{name} is needed for completion tests under CI");
        eprintln!("skipping: {name} is not installed (apt-get install {name})");
        return None;
    }
    // The completion scripts ask `careers` itself, found on PATH.
    let bin = assert_cmd::cargo::cargo_bin("careers");
    let path = format!("{}:{}", bin.parent().unwrap().display(), std::env::var("PATH").unwrap_or_default());
    let home = tempfile::tempdir().unwrap().keep();
    let mut cmd = Command::new(name);
    cmd.current_dir(ROOT).env("PATH", path).env("HOME", &home).env("XDG_DATA_HOME", home.join("share"));
    cmd.env_remove("CAREERS_DATA_DIR");
    Some(cmd)
}

fn run(mut cmd: Command) -> String {
    let out = cmd.output().expect("shell runs");
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8(out.stdout).expect("UTF-8")
}

/// What bash's completion function offers for the last word of `line`.
fn bash_offers(line: &str) -> Option<Vec<String>> {
    let mut bash = shell("bash")?;
    let script = format!(
        r#"source completions/careers.bash
read -ra COMP_WORDS <<< "{line}"
[[ "{line}" == *" " ]] && COMP_WORDS+=("")
COMP_CWORD=$(( ${{#COMP_WORDS[@]}} - 1 ))
COMP_LINE="{line}"; COMP_POINT=${{#COMP_LINE}}
_careers_complete_careers careers "${{COMP_WORDS[COMP_CWORD]}}" "${{COMP_WORDS[COMP_CWORD-1]}}"
printf '%s\n' "${{COMPREPLY[@]}}""#
    );
    bash.arg("-c").arg(script);
    Some(run(bash).lines().map(str::to_string).collect())
}

#[test]
fn bash_completes_roles_levels_sources_and_areas() {
    let Some(roles) = bash_offers("careers compare b") else { return };
    assert_eq!(roles, ["backend"]);
    let Some(levels) = bash_offers("careers salary --level ") else { return };
    assert!(levels.contains(&"senior".to_string()), "{levels:?}");
    let Some(commands) = bash_offers("careers sa") else { return };
    assert_eq!(commands, ["salary"]);
    for command in
        ["compare backend frontend", "salary", "skills backend", "growth", "path backend", "certs", "education"]
    {
        let Some(sources) = bash_offers(&format!("careers {command} --source no")) else { return };
        assert_eq!(sources, ["noble-desktop"], "careers {command}");
    }
    // Spaces escaped, so the name stays one word when inserted.
    let Some(areas) = bash_offers("careers salary --area San") else { return };
    assert!(areas.contains(&"San\\ Jose-Sunnyvale-Santa\\ Clara,\\ CA".to_string()), "{areas:?}");
}

/// What fish offers for `line`, one `value<TAB>description` a line.
fn fish_offers(line: &str) -> Option<String> {
    let mut fish = shell("fish")?;
    fish.arg("-c").arg(format!("source completions/careers.fish; complete -C '{line}'"));
    Some(run(fish))
}

#[test]
fn fish_lists_roles_with_their_names_and_sources_and_areas() {
    let Some(offered) = fish_offers("careers compare ") else { return };
    for role in ["backend\tBack-end developer", "frontend", "fullstack", "security", "devops"] {
        assert!(offered.lines().any(|l| l.starts_with(role)), "{role} missing: {offered}");
    }
    assert!(!offered.contains("all-occupations"), "compare offers roles, not occupations: {offered}");
    let Some(sources) = fish_offers("careers salary --source ") else { return };
    assert!(sources.lines().any(|l| l.starts_with("forage\tForage")), "{sources}");
    let Some(areas) = fish_offers("careers salary --area San") else { return };
    assert!(areas.lines().any(|l| l.starts_with("San Jose-Sunnyvale-Santa Clara, CA\t")), "{areas}");
}

#[test]
fn zsh_completes_roles_levels_sources_and_areas_through_a_real_terminal() {
    for (typed, completed) in [
        ("careers compare b", "careers compare backend"),
        ("careers salary --level sen", "careers salary --level senior"),
        ("careers salary --source noble", "careers salary --source noble-desktop"),
        ("careers salary --area San\\ Jose", "careers salary --area San\\ Jose-Sunnyvale-Santa\\ Clara,\\ CA"),
    ] {
        let Some(mut zsh) = shell("zsh") else { return };
        zsh.args(["tests/shell/zsh-complete.zsh", "completions", typed]);
        assert_eq!(run(zsh).trim_end(), completed);
    }
}

#[test]
fn man_page_describes_every_command() {
    let page = stdout(&["man"]);
    assert!(
        page.starts_with(".ie \\n(.g .ds Aq") || page.contains(".TH careers 1"),
        "{}",
        &page[..200.min(page.len())]
    );
    for command in ["compare", "salary", "skills", "growth", "path", "certs", "education", "sources", "roles", "check"]
    {
        assert!(page.contains(command), "{command} missing from the man page");
    }
}

#[test]
fn every_help_ends_with_examples() {
    for command in [
        "compare",
        "switch",
        "offer",
        "salary",
        "skills",
        "growth",
        "path",
        "certs",
        "education",
        "sources",
        "roles",
        "check",
        "completions",
        "man",
    ] {
        let help = stdout(&[command, "--help"]);
        let examples = help.rsplit_once("Examples:\n").unwrap_or_else(|| panic!("{command} --help has no examples")).1;
        let lines =
            examples.lines().filter(|l| l.trim_start().starts_with("careers ") || l.contains("careers ")).count();
        assert!((2..=3).contains(&lines), "{command}: {lines} examples\n{help}");
    }
    assert!(stdout(&["--help"]).contains("Examples:\n  careers compare backend frontend"));
}

#[test]
fn each_command_help_opens_with_its_own_description() {
    // The list in `careers --help` pairs each command with its description;
    // the command's own help must open with the same one, not a neighbour's
    // or a flattened option group's.
    let top = stdout(&["--help"]);
    let list = top.split_once("Commands:\n").expect("a command list").1.split_once("\n\n").unwrap().0;
    let mut seen = 0;
    for line in list.lines() {
        let Some((command, description)) = line.trim_start().split_once("  ") else { continue };
        if command == "help" {
            continue;
        }
        let own = stdout(&[command, "--help"]);
        assert_eq!(own.lines().next(), Some(description.trim()), "careers {command} --help");
        seen += 1;
    }
    assert!(seen >= 12, "only {seen} commands listed:\n{top}");
}

#[test]
fn colour_follows_the_flag_and_no_color() {
    let plain = Env::new().cmd().args(["sources", "--color", "never"]).output().unwrap().stdout;
    assert!(!plain.contains(&0x1b));
    let coloured = Env::new().cmd().args(["sources", "--color", "always"]).output().unwrap().stdout;
    assert!(coloured.contains(&0x1b), "--color always styles headers");
    let auto = Env::new().cmd().args(["sources"]).env("NO_COLOR", "1").output().unwrap().stdout;
    assert!(!auto.contains(&0x1b));
}

#[test]
fn the_man_page_is_one_page_with_exit_status_environment_and_files() {
    let page = stdout(&["man"]);
    for section in [".SH COMMANDS", ".SH EXIT STATUS", ".SH ENVIRONMENT", ".SH FILES"] {
        assert!(page.contains(section), "{section} missing");
    }
    for variable in ["NO_COLOR", "CAREERS_DATA_DIR", "XDG_DATA_HOME", "COLUMNS", "PAGER", "CAREERS_PAGER"] {
        assert!(page.contains(variable), "{variable} missing from ENVIRONMENT");
    }
    assert!(!page.contains("careers\\-compare(1)") && !page.contains("(1)\n"), "refers to pages that do not exist");
    assert!(page.contains(".SS careers compare") && page.contains("\\-\\-part"), "each command with its options");
}

#[test]
fn version_names_the_datas_vintage() {
    let version = stdout(&["--version"]);
    assert!(version.contains("May 2025 estimates") && version.contains("Last reviewed May 2026"), "{version}");
}
