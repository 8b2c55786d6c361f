
use builtin;
use str;

set edit:completion:arg-completer[careers] = {|@words|
    fn spaces {|n|
        builtin:repeat $n ' ' | str:join ''
    }
    fn cand {|text desc|
        edit:complex-candidate $text &display=$text' '(spaces (- 14 (wcswidth $text)))$desc
    }
    var command = 'careers'
    for word $words[1..-1] {
        if (str:has-prefix $word '-') {
            break
        }
        set command = $command';'$word
    }
    var completions = [
        &'careers'= {
            cand -f 'Output format: table, json, csv or markdown'
            cand --format 'Output format: table, json, csv or markdown'
            cand --data-dir 'Also read every *.toml file in DIR (after the user data directory and CAREERS_DATA_DIR)'
            cand --color 'When to use colour: auto (only on a terminal, without NO_COLOR, and with TERM other than dumb), always or never'
            cand --no-pager 'Print long output straight to the terminal instead of through the pager (CAREERS_PAGER, PAGER or less -FRX)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand compare 'Put two or more roles side by side: pay per level from each source, growth and skills'
            cand salary 'Every pay figure, one row each, then a summary per role and level across sources'
            cand skills 'The skills each source names for a role, most widely named first'
            cand growth 'Job growth projections, with the occupation each one actually measures'
            cand path 'Career stages for a role, with the years each source gives them'
            cand certs 'Certifications, with the sources that name each one'
            cand education 'Education programs and routes, with cost, duration and number of courses'
            cand areas 'List the areas (nation, states, metro areas) with official wage statistics'
            cand sources 'List the sources with how many figures of each kind they hold'
            cand roles 'List the roles and occupations, their aliases and which sources cover them'
            cand completions 'Print the completion script for a shell; each example below says where it goes'
            cand man 'Print the man page (roff), e.g. to install it where `man careers` finds it'
            cand check 'Validate data files (default: everything that would be loaded) and summarise them'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'careers;compare'= {
            cand -l 'Only these levels: entry, mid, senior, lead, all (repeatable)'
            cand --level 'Only these levels: entry, mid, senior, lead, all (repeatable)'
            cand -s 'Only these sources (repeatable)'
            cand --source 'Only these sources (repeatable)'
            cand --part 'With --format csv, the part of the comparison to print (CSV holds one table): salary, official, growth or skills'
            cand -f 'Output format: table, json, csv or markdown'
            cand --format 'Output format: table, json, csv or markdown'
            cand --data-dir 'Also read every *.toml file in DIR (after the user data directory and CAREERS_DATA_DIR)'
            cand --color 'When to use colour: auto (only on a terminal, without NO_COLOR, and with TERM other than dumb), always or never'
            cand --no-pager 'Print long output straight to the terminal instead of through the pager (CAREERS_PAGER, PAGER or less -FRX)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'careers;salary'= {
            cand -l 'Only these levels: entry, mid, senior, lead, all (repeatable)'
            cand --level 'Only these levels: entry, mid, senior, lead, all (repeatable)'
            cand -s 'Only these sources (repeatable)'
            cand --source 'Only these sources (repeatable)'
            cand --area 'A state or metro area: its official statistics, and the articles'' figures for places matching NAME'
            cand -f 'Output format: table, json, csv or markdown'
            cand --format 'Output format: table, json, csv or markdown'
            cand --data-dir 'Also read every *.toml file in DIR (after the user data directory and CAREERS_DATA_DIR)'
            cand --color 'When to use colour: auto (only on a terminal, without NO_COLOR, and with TERM other than dumb), always or never'
            cand --chart 'Draw every figure as a bar on one shared dollar axis'
            cand --no-pager 'Print long output straight to the terminal instead of through the pager (CAREERS_PAGER, PAGER or less -FRX)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'careers;skills'= {
            cand --top 'Show only the N most widely named skills'
            cand -s 'Only these sources (repeatable)'
            cand --source 'Only these sources (repeatable)'
            cand -f 'Output format: table, json, csv or markdown'
            cand --format 'Output format: table, json, csv or markdown'
            cand --data-dir 'Also read every *.toml file in DIR (after the user data directory and CAREERS_DATA_DIR)'
            cand --color 'When to use colour: auto (only on a terminal, without NO_COLOR, and with TERM other than dumb), always or never'
            cand --no-pager 'Print long output straight to the terminal instead of through the pager (CAREERS_PAGER, PAGER or less -FRX)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'careers;growth'= {
            cand -s 'Only these sources (repeatable)'
            cand --source 'Only these sources (repeatable)'
            cand -f 'Output format: table, json, csv or markdown'
            cand --format 'Output format: table, json, csv or markdown'
            cand --data-dir 'Also read every *.toml file in DIR (after the user data directory and CAREERS_DATA_DIR)'
            cand --color 'When to use colour: auto (only on a terminal, without NO_COLOR, and with TERM other than dumb), always or never'
            cand --no-pager 'Print long output straight to the terminal instead of through the pager (CAREERS_PAGER, PAGER or less -FRX)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'careers;path'= {
            cand -s 'Only these sources (repeatable)'
            cand --source 'Only these sources (repeatable)'
            cand -f 'Output format: table, json, csv or markdown'
            cand --format 'Output format: table, json, csv or markdown'
            cand --data-dir 'Also read every *.toml file in DIR (after the user data directory and CAREERS_DATA_DIR)'
            cand --color 'When to use colour: auto (only on a terminal, without NO_COLOR, and with TERM other than dumb), always or never'
            cand --no-pager 'Print long output straight to the terminal instead of through the pager (CAREERS_PAGER, PAGER or less -FRX)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'careers;certs'= {
            cand -s 'Only these sources (repeatable)'
            cand --source 'Only these sources (repeatable)'
            cand -f 'Output format: table, json, csv or markdown'
            cand --format 'Output format: table, json, csv or markdown'
            cand --data-dir 'Also read every *.toml file in DIR (after the user data directory and CAREERS_DATA_DIR)'
            cand --color 'When to use colour: auto (only on a terminal, without NO_COLOR, and with TERM other than dumb), always or never'
            cand --no-pager 'Print long output straight to the terminal instead of through the pager (CAREERS_PAGER, PAGER or less -FRX)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'careers;education'= {
            cand -s 'Only these sources (repeatable)'
            cand --source 'Only these sources (repeatable)'
            cand -f 'Output format: table, json, csv or markdown'
            cand --format 'Output format: table, json, csv or markdown'
            cand --data-dir 'Also read every *.toml file in DIR (after the user data directory and CAREERS_DATA_DIR)'
            cand --color 'When to use colour: auto (only on a terminal, without NO_COLOR, and with TERM other than dumb), always or never'
            cand --no-pager 'Print long output straight to the terminal instead of through the pager (CAREERS_PAGER, PAGER or less -FRX)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'careers;areas'= {
            cand -f 'Output format: table, json, csv or markdown'
            cand --format 'Output format: table, json, csv or markdown'
            cand --data-dir 'Also read every *.toml file in DIR (after the user data directory and CAREERS_DATA_DIR)'
            cand --color 'When to use colour: auto (only on a terminal, without NO_COLOR, and with TERM other than dumb), always or never'
            cand --no-pager 'Print long output straight to the terminal instead of through the pager (CAREERS_PAGER, PAGER or less -FRX)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'careers;sources'= {
            cand -f 'Output format: table, json, csv or markdown'
            cand --format 'Output format: table, json, csv or markdown'
            cand --data-dir 'Also read every *.toml file in DIR (after the user data directory and CAREERS_DATA_DIR)'
            cand --color 'When to use colour: auto (only on a terminal, without NO_COLOR, and with TERM other than dumb), always or never'
            cand --no-pager 'Print long output straight to the terminal instead of through the pager (CAREERS_PAGER, PAGER or less -FRX)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'careers;roles'= {
            cand -f 'Output format: table, json, csv or markdown'
            cand --format 'Output format: table, json, csv or markdown'
            cand --data-dir 'Also read every *.toml file in DIR (after the user data directory and CAREERS_DATA_DIR)'
            cand --color 'When to use colour: auto (only on a terminal, without NO_COLOR, and with TERM other than dumb), always or never'
            cand --no-pager 'Print long output straight to the terminal instead of through the pager (CAREERS_PAGER, PAGER or less -FRX)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'careers;completions'= {
            cand -f 'Output format: table, json, csv or markdown'
            cand --format 'Output format: table, json, csv or markdown'
            cand --data-dir 'Also read every *.toml file in DIR (after the user data directory and CAREERS_DATA_DIR)'
            cand --color 'When to use colour: auto (only on a terminal, without NO_COLOR, and with TERM other than dumb), always or never'
            cand --no-pager 'Print long output straight to the terminal instead of through the pager (CAREERS_PAGER, PAGER or less -FRX)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'careers;man'= {
            cand -f 'Output format: table, json, csv or markdown'
            cand --format 'Output format: table, json, csv or markdown'
            cand --data-dir 'Also read every *.toml file in DIR (after the user data directory and CAREERS_DATA_DIR)'
            cand --color 'When to use colour: auto (only on a terminal, without NO_COLOR, and with TERM other than dumb), always or never'
            cand --no-pager 'Print long output straight to the terminal instead of through the pager (CAREERS_PAGER, PAGER or less -FRX)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'careers;check'= {
            cand -f 'Output format: table, json, csv or markdown'
            cand --format 'Output format: table, json, csv or markdown'
            cand --data-dir 'Also read every *.toml file in DIR (after the user data directory and CAREERS_DATA_DIR)'
            cand --color 'When to use colour: auto (only on a terminal, without NO_COLOR, and with TERM other than dumb), always or never'
            cand --no-pager 'Print long output straight to the terminal instead of through the pager (CAREERS_PAGER, PAGER or less -FRX)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'careers;help'= {
            cand compare 'Put two or more roles side by side: pay per level from each source, growth and skills'
            cand salary 'Every pay figure, one row each, then a summary per role and level across sources'
            cand skills 'The skills each source names for a role, most widely named first'
            cand growth 'Job growth projections, with the occupation each one actually measures'
            cand path 'Career stages for a role, with the years each source gives them'
            cand certs 'Certifications, with the sources that name each one'
            cand education 'Education programs and routes, with cost, duration and number of courses'
            cand areas 'List the areas (nation, states, metro areas) with official wage statistics'
            cand sources 'List the sources with how many figures of each kind they hold'
            cand roles 'List the roles and occupations, their aliases and which sources cover them'
            cand completions 'Print the completion script for a shell; each example below says where it goes'
            cand man 'Print the man page (roff), e.g. to install it where `man careers` finds it'
            cand check 'Validate data files (default: everything that would be loaded) and summarise them'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'careers;help;compare'= {
        }
        &'careers;help;salary'= {
        }
        &'careers;help;skills'= {
        }
        &'careers;help;growth'= {
        }
        &'careers;help;path'= {
        }
        &'careers;help;certs'= {
        }
        &'careers;help;education'= {
        }
        &'careers;help;areas'= {
        }
        &'careers;help;sources'= {
        }
        &'careers;help;roles'= {
        }
        &'careers;help;completions'= {
        }
        &'careers;help;man'= {
        }
        &'careers;help;check'= {
        }
        &'careers;help;help'= {
        }
    ]
    $completions[$command]
}
