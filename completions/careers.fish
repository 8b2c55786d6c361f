# Print an optspec for argparse to handle cmd's options that are independent of any subcommand.
function __fish_careers_global_optspecs
    string join \n f/format= data-dir= no-pager color= h/help V/version
end

function __fish_careers_needs_command
    # Figure out if the current invocation already has a command.
    set -l cmd (commandline -opc)
    set -e cmd[1]
    argparse -s (__fish_careers_global_optspecs) -- $cmd 2>/dev/null
    or return
    if set -q argv[1]
        # Also print the command, so this can be used to figure out what it is.
        echo $argv[1]
        return 1
    end
    return 0
end

function __fish_careers_using_subcommand
    set -l cmd (__fish_careers_needs_command)
    test -z "$cmd"
    and return 1
    contains -- $cmd[1] $argv
end

complete -c careers -n "__fish_careers_needs_command" -s f -l format -d 'Output format: table, json, csv or markdown' -r -f -a "table\t''
json\t''
csv\t''
markdown\t''"
complete -c careers -n "__fish_careers_needs_command" -l data-dir -d 'Also read every *.toml file in DIR (after the user data directory and CAREERS_DATA_DIR)' -r -F
complete -c careers -n "__fish_careers_needs_command" -l color -d 'When to use colour: auto (only on a terminal, without NO_COLOR, and with TERM other than dumb), always or never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c careers -n "__fish_careers_needs_command" -l no-pager -d 'Print long output straight to the terminal instead of through the pager (CAREERS_PAGER, PAGER or less -FRX)'
complete -c careers -n "__fish_careers_needs_command" -s h -l help -d 'Print help'
complete -c careers -n "__fish_careers_needs_command" -s V -l version -d 'Print version'
complete -c careers -n "__fish_careers_needs_command" -f -a "compare" -d 'Put two or more roles side by side: pay per level from each source, growth and skills'
complete -c careers -n "__fish_careers_needs_command" -f -a "salary" -d 'Every pay figure, one row each, then a summary per role and level across sources'
complete -c careers -n "__fish_careers_needs_command" -f -a "skills" -d 'The skills each source names for a role, most widely named first'
complete -c careers -n "__fish_careers_needs_command" -f -a "growth" -d 'Job growth projections, with the occupation each one actually measures'
complete -c careers -n "__fish_careers_needs_command" -f -a "path" -d 'Career stages for a role, with the years each source gives them'
complete -c careers -n "__fish_careers_needs_command" -f -a "certs" -d 'Certifications, with the sources that name each one'
complete -c careers -n "__fish_careers_needs_command" -f -a "education" -d 'Education programs and routes, with cost, duration and number of courses'
complete -c careers -n "__fish_careers_needs_command" -f -a "areas" -d 'List the areas (nation, states, metro areas) with official wage statistics'
complete -c careers -n "__fish_careers_needs_command" -f -a "sources" -d 'List the sources with how many figures of each kind they hold'
complete -c careers -n "__fish_careers_needs_command" -f -a "roles" -d 'List the roles and occupations, their aliases and which sources cover them'
complete -c careers -n "__fish_careers_needs_command" -f -a "completions" -d 'Print the completion script for a shell; each example below says where it goes'
complete -c careers -n "__fish_careers_needs_command" -f -a "man" -d 'Print the man page (roff), e.g. to install it where `man careers` finds it'
complete -c careers -n "__fish_careers_needs_command" -f -a "check" -d 'Validate data files (default: everything that would be loaded) and summarise them'
complete -c careers -n "__fish_careers_needs_command" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c careers -n "__fish_careers_using_subcommand compare" -s l -l level -d 'Only these levels: entry, mid, senior, lead, all (repeatable)' -r -f -a "entry\t''
mid\t''
senior\t''
lead\t''
all\t''"
complete -c careers -n "__fish_careers_using_subcommand compare" -s s -l source -d 'Only these sources (repeatable)' -r
complete -c careers -n "__fish_careers_using_subcommand compare" -l part -d 'With --format csv, the part of the comparison to print (CSV holds one table): salary, official, growth or skills' -r -f -a "salary\t''
official\t''
growth\t''
skills\t''"
complete -c careers -n "__fish_careers_using_subcommand compare" -s f -l format -d 'Output format: table, json, csv or markdown' -r -f -a "table\t''
json\t''
csv\t''
markdown\t''"
complete -c careers -n "__fish_careers_using_subcommand compare" -l data-dir -d 'Also read every *.toml file in DIR (after the user data directory and CAREERS_DATA_DIR)' -r -F
complete -c careers -n "__fish_careers_using_subcommand compare" -l color -d 'When to use colour: auto (only on a terminal, without NO_COLOR, and with TERM other than dumb), always or never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c careers -n "__fish_careers_using_subcommand compare" -l no-pager -d 'Print long output straight to the terminal instead of through the pager (CAREERS_PAGER, PAGER or less -FRX)'
complete -c careers -n "__fish_careers_using_subcommand compare" -s h -l help -d 'Print help'
complete -c careers -n "__fish_careers_using_subcommand salary" -s l -l level -d 'Only these levels: entry, mid, senior, lead, all (repeatable)' -r -f -a "entry\t''
mid\t''
senior\t''
lead\t''
all\t''"
complete -c careers -n "__fish_careers_using_subcommand salary" -s s -l source -d 'Only these sources (repeatable)' -r
complete -c careers -n "__fish_careers_using_subcommand salary" -l area -d 'A state or metro area: its official statistics, and the articles\' figures for places matching NAME' -r
complete -c careers -n "__fish_careers_using_subcommand salary" -s f -l format -d 'Output format: table, json, csv or markdown' -r -f -a "table\t''
json\t''
csv\t''
markdown\t''"
complete -c careers -n "__fish_careers_using_subcommand salary" -l data-dir -d 'Also read every *.toml file in DIR (after the user data directory and CAREERS_DATA_DIR)' -r -F
complete -c careers -n "__fish_careers_using_subcommand salary" -l color -d 'When to use colour: auto (only on a terminal, without NO_COLOR, and with TERM other than dumb), always or never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c careers -n "__fish_careers_using_subcommand salary" -l chart -d 'Draw every figure as a bar on one shared dollar axis'
complete -c careers -n "__fish_careers_using_subcommand salary" -l no-pager -d 'Print long output straight to the terminal instead of through the pager (CAREERS_PAGER, PAGER or less -FRX)'
complete -c careers -n "__fish_careers_using_subcommand salary" -s h -l help -d 'Print help'
complete -c careers -n "__fish_careers_using_subcommand skills" -l top -d 'Show only the N most widely named skills' -r
complete -c careers -n "__fish_careers_using_subcommand skills" -s s -l source -d 'Only these sources (repeatable)' -r -f -a "cbt-nuggets\t''
forage\t''
noble-desktop\t''
research-com\t''
wgu\t''
bls-oews-2025\t''"
complete -c careers -n "__fish_careers_using_subcommand skills" -s f -l format -d 'Output format: table, json, csv or markdown' -r -f -a "table\t''
json\t''
csv\t''
markdown\t''"
complete -c careers -n "__fish_careers_using_subcommand skills" -l data-dir -d 'Also read every *.toml file in DIR (after the user data directory and CAREERS_DATA_DIR)' -r -F
complete -c careers -n "__fish_careers_using_subcommand skills" -l color -d 'When to use colour: auto (only on a terminal, without NO_COLOR, and with TERM other than dumb), always or never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c careers -n "__fish_careers_using_subcommand skills" -l no-pager -d 'Print long output straight to the terminal instead of through the pager (CAREERS_PAGER, PAGER or less -FRX)'
complete -c careers -n "__fish_careers_using_subcommand skills" -s h -l help -d 'Print help'
complete -c careers -n "__fish_careers_using_subcommand growth" -s s -l source -d 'Only these sources (repeatable)' -r -f -a "cbt-nuggets\t''
forage\t''
noble-desktop\t''
research-com\t''
wgu\t''
bls-oews-2025\t''"
complete -c careers -n "__fish_careers_using_subcommand growth" -s f -l format -d 'Output format: table, json, csv or markdown' -r -f -a "table\t''
json\t''
csv\t''
markdown\t''"
complete -c careers -n "__fish_careers_using_subcommand growth" -l data-dir -d 'Also read every *.toml file in DIR (after the user data directory and CAREERS_DATA_DIR)' -r -F
complete -c careers -n "__fish_careers_using_subcommand growth" -l color -d 'When to use colour: auto (only on a terminal, without NO_COLOR, and with TERM other than dumb), always or never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c careers -n "__fish_careers_using_subcommand growth" -l no-pager -d 'Print long output straight to the terminal instead of through the pager (CAREERS_PAGER, PAGER or less -FRX)'
complete -c careers -n "__fish_careers_using_subcommand growth" -s h -l help -d 'Print help'
complete -c careers -n "__fish_careers_using_subcommand path" -s s -l source -d 'Only these sources (repeatable)' -r -f -a "cbt-nuggets\t''
forage\t''
noble-desktop\t''
research-com\t''
wgu\t''
bls-oews-2025\t''"
complete -c careers -n "__fish_careers_using_subcommand path" -s f -l format -d 'Output format: table, json, csv or markdown' -r -f -a "table\t''
json\t''
csv\t''
markdown\t''"
complete -c careers -n "__fish_careers_using_subcommand path" -l data-dir -d 'Also read every *.toml file in DIR (after the user data directory and CAREERS_DATA_DIR)' -r -F
complete -c careers -n "__fish_careers_using_subcommand path" -l color -d 'When to use colour: auto (only on a terminal, without NO_COLOR, and with TERM other than dumb), always or never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c careers -n "__fish_careers_using_subcommand path" -l no-pager -d 'Print long output straight to the terminal instead of through the pager (CAREERS_PAGER, PAGER or less -FRX)'
complete -c careers -n "__fish_careers_using_subcommand path" -s h -l help -d 'Print help'
complete -c careers -n "__fish_careers_using_subcommand certs" -s s -l source -d 'Only these sources (repeatable)' -r -f -a "cbt-nuggets\t''
forage\t''
noble-desktop\t''
research-com\t''
wgu\t''
bls-oews-2025\t''"
complete -c careers -n "__fish_careers_using_subcommand certs" -s f -l format -d 'Output format: table, json, csv or markdown' -r -f -a "table\t''
json\t''
csv\t''
markdown\t''"
complete -c careers -n "__fish_careers_using_subcommand certs" -l data-dir -d 'Also read every *.toml file in DIR (after the user data directory and CAREERS_DATA_DIR)' -r -F
complete -c careers -n "__fish_careers_using_subcommand certs" -l color -d 'When to use colour: auto (only on a terminal, without NO_COLOR, and with TERM other than dumb), always or never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c careers -n "__fish_careers_using_subcommand certs" -l no-pager -d 'Print long output straight to the terminal instead of through the pager (CAREERS_PAGER, PAGER or less -FRX)'
complete -c careers -n "__fish_careers_using_subcommand certs" -s h -l help -d 'Print help'
complete -c careers -n "__fish_careers_using_subcommand education" -s s -l source -d 'Only these sources (repeatable)' -r -f -a "cbt-nuggets\t''
forage\t''
noble-desktop\t''
research-com\t''
wgu\t''
bls-oews-2025\t''"
complete -c careers -n "__fish_careers_using_subcommand education" -s f -l format -d 'Output format: table, json, csv or markdown' -r -f -a "table\t''
json\t''
csv\t''
markdown\t''"
complete -c careers -n "__fish_careers_using_subcommand education" -l data-dir -d 'Also read every *.toml file in DIR (after the user data directory and CAREERS_DATA_DIR)' -r -F
complete -c careers -n "__fish_careers_using_subcommand education" -l color -d 'When to use colour: auto (only on a terminal, without NO_COLOR, and with TERM other than dumb), always or never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c careers -n "__fish_careers_using_subcommand education" -l no-pager -d 'Print long output straight to the terminal instead of through the pager (CAREERS_PAGER, PAGER or less -FRX)'
complete -c careers -n "__fish_careers_using_subcommand education" -s h -l help -d 'Print help'
complete -c careers -n "__fish_careers_using_subcommand areas" -s f -l format -d 'Output format: table, json, csv or markdown' -r -f -a "table\t''
json\t''
csv\t''
markdown\t''"
complete -c careers -n "__fish_careers_using_subcommand areas" -l data-dir -d 'Also read every *.toml file in DIR (after the user data directory and CAREERS_DATA_DIR)' -r -F
complete -c careers -n "__fish_careers_using_subcommand areas" -l color -d 'When to use colour: auto (only on a terminal, without NO_COLOR, and with TERM other than dumb), always or never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c careers -n "__fish_careers_using_subcommand areas" -l no-pager -d 'Print long output straight to the terminal instead of through the pager (CAREERS_PAGER, PAGER or less -FRX)'
complete -c careers -n "__fish_careers_using_subcommand areas" -s h -l help -d 'Print help'
complete -c careers -n "__fish_careers_using_subcommand sources" -s f -l format -d 'Output format: table, json, csv or markdown' -r -f -a "table\t''
json\t''
csv\t''
markdown\t''"
complete -c careers -n "__fish_careers_using_subcommand sources" -l data-dir -d 'Also read every *.toml file in DIR (after the user data directory and CAREERS_DATA_DIR)' -r -F
complete -c careers -n "__fish_careers_using_subcommand sources" -l color -d 'When to use colour: auto (only on a terminal, without NO_COLOR, and with TERM other than dumb), always or never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c careers -n "__fish_careers_using_subcommand sources" -l no-pager -d 'Print long output straight to the terminal instead of through the pager (CAREERS_PAGER, PAGER or less -FRX)'
complete -c careers -n "__fish_careers_using_subcommand sources" -s h -l help -d 'Print help'
complete -c careers -n "__fish_careers_using_subcommand roles" -s f -l format -d 'Output format: table, json, csv or markdown' -r -f -a "table\t''
json\t''
csv\t''
markdown\t''"
complete -c careers -n "__fish_careers_using_subcommand roles" -l data-dir -d 'Also read every *.toml file in DIR (after the user data directory and CAREERS_DATA_DIR)' -r -F
complete -c careers -n "__fish_careers_using_subcommand roles" -l color -d 'When to use colour: auto (only on a terminal, without NO_COLOR, and with TERM other than dumb), always or never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c careers -n "__fish_careers_using_subcommand roles" -l no-pager -d 'Print long output straight to the terminal instead of through the pager (CAREERS_PAGER, PAGER or less -FRX)'
complete -c careers -n "__fish_careers_using_subcommand roles" -s h -l help -d 'Print help'
complete -c careers -n "__fish_careers_using_subcommand completions" -s f -l format -d 'Output format: table, json, csv or markdown' -r -f -a "table\t''
json\t''
csv\t''
markdown\t''"
complete -c careers -n "__fish_careers_using_subcommand completions" -l data-dir -d 'Also read every *.toml file in DIR (after the user data directory and CAREERS_DATA_DIR)' -r -F
complete -c careers -n "__fish_careers_using_subcommand completions" -l color -d 'When to use colour: auto (only on a terminal, without NO_COLOR, and with TERM other than dumb), always or never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c careers -n "__fish_careers_using_subcommand completions" -l no-pager -d 'Print long output straight to the terminal instead of through the pager (CAREERS_PAGER, PAGER or less -FRX)'
complete -c careers -n "__fish_careers_using_subcommand completions" -s h -l help -d 'Print help'
complete -c careers -n "__fish_careers_using_subcommand man" -s f -l format -d 'Output format: table, json, csv or markdown' -r -f -a "table\t''
json\t''
csv\t''
markdown\t''"
complete -c careers -n "__fish_careers_using_subcommand man" -l data-dir -d 'Also read every *.toml file in DIR (after the user data directory and CAREERS_DATA_DIR)' -r -F
complete -c careers -n "__fish_careers_using_subcommand man" -l color -d 'When to use colour: auto (only on a terminal, without NO_COLOR, and with TERM other than dumb), always or never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c careers -n "__fish_careers_using_subcommand man" -l no-pager -d 'Print long output straight to the terminal instead of through the pager (CAREERS_PAGER, PAGER or less -FRX)'
complete -c careers -n "__fish_careers_using_subcommand man" -s h -l help -d 'Print help'
complete -c careers -n "__fish_careers_using_subcommand check" -s f -l format -d 'Output format: table, json, csv or markdown' -r -f -a "table\t''
json\t''
csv\t''
markdown\t''"
complete -c careers -n "__fish_careers_using_subcommand check" -l data-dir -d 'Also read every *.toml file in DIR (after the user data directory and CAREERS_DATA_DIR)' -r -F
complete -c careers -n "__fish_careers_using_subcommand check" -l color -d 'When to use colour: auto (only on a terminal, without NO_COLOR, and with TERM other than dumb), always or never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c careers -n "__fish_careers_using_subcommand check" -l no-pager -d 'Print long output straight to the terminal instead of through the pager (CAREERS_PAGER, PAGER or less -FRX)'
complete -c careers -n "__fish_careers_using_subcommand check" -s h -l help -d 'Print help'
complete -c careers -n "__fish_careers_using_subcommand help; and not __fish_seen_subcommand_from compare salary skills growth path certs education areas sources roles completions man check help" -f -a "compare" -d 'Put two or more roles side by side: pay per level from each source, growth and skills'
complete -c careers -n "__fish_careers_using_subcommand help; and not __fish_seen_subcommand_from compare salary skills growth path certs education areas sources roles completions man check help" -f -a "salary" -d 'Every pay figure, one row each, then a summary per role and level across sources'
complete -c careers -n "__fish_careers_using_subcommand help; and not __fish_seen_subcommand_from compare salary skills growth path certs education areas sources roles completions man check help" -f -a "skills" -d 'The skills each source names for a role, most widely named first'
complete -c careers -n "__fish_careers_using_subcommand help; and not __fish_seen_subcommand_from compare salary skills growth path certs education areas sources roles completions man check help" -f -a "growth" -d 'Job growth projections, with the occupation each one actually measures'
complete -c careers -n "__fish_careers_using_subcommand help; and not __fish_seen_subcommand_from compare salary skills growth path certs education areas sources roles completions man check help" -f -a "path" -d 'Career stages for a role, with the years each source gives them'
complete -c careers -n "__fish_careers_using_subcommand help; and not __fish_seen_subcommand_from compare salary skills growth path certs education areas sources roles completions man check help" -f -a "certs" -d 'Certifications, with the sources that name each one'
complete -c careers -n "__fish_careers_using_subcommand help; and not __fish_seen_subcommand_from compare salary skills growth path certs education areas sources roles completions man check help" -f -a "education" -d 'Education programs and routes, with cost, duration and number of courses'
complete -c careers -n "__fish_careers_using_subcommand help; and not __fish_seen_subcommand_from compare salary skills growth path certs education areas sources roles completions man check help" -f -a "areas" -d 'List the areas (nation, states, metro areas) with official wage statistics'
complete -c careers -n "__fish_careers_using_subcommand help; and not __fish_seen_subcommand_from compare salary skills growth path certs education areas sources roles completions man check help" -f -a "sources" -d 'List the sources with how many figures of each kind they hold'
complete -c careers -n "__fish_careers_using_subcommand help; and not __fish_seen_subcommand_from compare salary skills growth path certs education areas sources roles completions man check help" -f -a "roles" -d 'List the roles and occupations, their aliases and which sources cover them'
complete -c careers -n "__fish_careers_using_subcommand help; and not __fish_seen_subcommand_from compare salary skills growth path certs education areas sources roles completions man check help" -f -a "completions" -d 'Print the completion script for a shell; each example below says where it goes'
complete -c careers -n "__fish_careers_using_subcommand help; and not __fish_seen_subcommand_from compare salary skills growth path certs education areas sources roles completions man check help" -f -a "man" -d 'Print the man page (roff), e.g. to install it where `man careers` finds it'
complete -c careers -n "__fish_careers_using_subcommand help; and not __fish_seen_subcommand_from compare salary skills growth path certs education areas sources roles completions man check help" -f -a "check" -d 'Validate data files (default: everything that would be loaded) and summarise them'
complete -c careers -n "__fish_careers_using_subcommand help; and not __fish_seen_subcommand_from compare salary skills growth path certs education areas sources roles completions man check help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c careers -n "__fish_careers_using_subcommand compare" -f -a "backend frontend fullstack security devops software-developers web-developers all-occupations web-digital-interface-designers information-security-analysts network-systems-administrators software-qa-testers"
complete -c careers -n "__fish_careers_using_subcommand salary" -f -a "backend frontend fullstack security devops software-developers web-developers all-occupations web-digital-interface-designers information-security-analysts network-systems-administrators software-qa-testers"
complete -c careers -n "__fish_careers_using_subcommand skills" -f -a "backend frontend fullstack security devops software-developers web-developers all-occupations web-digital-interface-designers information-security-analysts network-systems-administrators software-qa-testers"
complete -c careers -n "__fish_careers_using_subcommand growth" -f -a "backend frontend fullstack security devops software-developers web-developers all-occupations web-digital-interface-designers information-security-analysts network-systems-administrators software-qa-testers"
complete -c careers -n "__fish_careers_using_subcommand path" -f -a "backend frontend fullstack security devops software-developers web-developers all-occupations web-digital-interface-designers information-security-analysts network-systems-administrators software-qa-testers"
complete -c careers -n "__fish_careers_using_subcommand certs" -f -a "backend frontend fullstack security devops software-developers web-developers all-occupations web-digital-interface-designers information-security-analysts network-systems-administrators software-qa-testers"
complete -c careers -n "__fish_careers_using_subcommand completions" -f -a "bash elvish fish powershell zsh"
