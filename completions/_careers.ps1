
using namespace System.Management.Automation
using namespace System.Management.Automation.Language

Register-ArgumentCompleter -Native -CommandName 'careers' -ScriptBlock {
    param($wordToComplete, $commandAst, $cursorPosition)

    $commandElements = $commandAst.CommandElements
    $command = @(
        'careers'
        for ($i = 1; $i -lt $commandElements.Count; $i++) {
            $element = $commandElements[$i]
            if ($element -isnot [StringConstantExpressionAst] -or
                $element.StringConstantType -ne [StringConstantType]::BareWord -or
                $element.Value.StartsWith('-') -or
                $element.Value -eq $wordToComplete) {
                break
        }
        $element.Value
    }) -join ';'

    $completions = @(switch ($command) {
        'careers' {
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'Output format: table, json, csv or markdown')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table, json, csv or markdown')
            [CompletionResult]::new('--data-dir', '--data-dir', [CompletionResultType]::ParameterName, 'Also read every *.toml file in DIR (after the user data directory and CAREERS_DATA_DIR)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour: auto (only on a terminal, without NO_COLOR, and with TERM other than dumb), always or never')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Print long output straight to the terminal instead of through the pager (CAREERS_PAGER, PAGER or less -FRX)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('compare', 'compare', [CompletionResultType]::ParameterValue, 'Put two or more roles side by side: pay per level from each source, growth and skills')
            [CompletionResult]::new('salary', 'salary', [CompletionResultType]::ParameterValue, 'Every pay figure, one row each, then a summary per role and level across sources')
            [CompletionResult]::new('skills', 'skills', [CompletionResultType]::ParameterValue, 'The skills each source names for a role, most widely named first')
            [CompletionResult]::new('growth', 'growth', [CompletionResultType]::ParameterValue, 'Job growth projections, with the occupation each one actually measures')
            [CompletionResult]::new('path', 'path', [CompletionResultType]::ParameterValue, 'Career stages for a role, with the years each source gives them')
            [CompletionResult]::new('certs', 'certs', [CompletionResultType]::ParameterValue, 'Certifications, with the sources that name each one')
            [CompletionResult]::new('education', 'education', [CompletionResultType]::ParameterValue, 'Education programs and routes, with cost, duration and number of courses')
            [CompletionResult]::new('areas', 'areas', [CompletionResultType]::ParameterValue, 'List the areas (nation, states, metro areas) with official wage statistics')
            [CompletionResult]::new('sources', 'sources', [CompletionResultType]::ParameterValue, 'List the sources with how many figures of each kind they hold')
            [CompletionResult]::new('roles', 'roles', [CompletionResultType]::ParameterValue, 'List the roles and occupations, their aliases and which sources cover them')
            [CompletionResult]::new('completions', 'completions', [CompletionResultType]::ParameterValue, 'Print the completion script for a shell; each example below says where it goes')
            [CompletionResult]::new('man', 'man', [CompletionResultType]::ParameterValue, 'Print the man page (roff), e.g. to install it where `man careers` finds it')
            [CompletionResult]::new('check', 'check', [CompletionResultType]::ParameterValue, 'Validate data files (default: everything that would be loaded) and summarise them')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'careers;compare' {
            [CompletionResult]::new('-l', '-l', [CompletionResultType]::ParameterName, 'Only these levels: entry, mid, senior, lead, all (repeatable)')
            [CompletionResult]::new('--level', '--level', [CompletionResultType]::ParameterName, 'Only these levels: entry, mid, senior, lead, all (repeatable)')
            [CompletionResult]::new('-s', '-s', [CompletionResultType]::ParameterName, 'Only these sources (repeatable)')
            [CompletionResult]::new('--source', '--source', [CompletionResultType]::ParameterName, 'Only these sources (repeatable)')
            [CompletionResult]::new('--part', '--part', [CompletionResultType]::ParameterName, 'With --format csv, the part of the comparison to print (CSV holds one table): salary, official, growth or skills')
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'Output format: table, json, csv or markdown')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table, json, csv or markdown')
            [CompletionResult]::new('--data-dir', '--data-dir', [CompletionResultType]::ParameterName, 'Also read every *.toml file in DIR (after the user data directory and CAREERS_DATA_DIR)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour: auto (only on a terminal, without NO_COLOR, and with TERM other than dumb), always or never')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Print long output straight to the terminal instead of through the pager (CAREERS_PAGER, PAGER or less -FRX)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'careers;salary' {
            [CompletionResult]::new('-l', '-l', [CompletionResultType]::ParameterName, 'Only these levels: entry, mid, senior, lead, all (repeatable)')
            [CompletionResult]::new('--level', '--level', [CompletionResultType]::ParameterName, 'Only these levels: entry, mid, senior, lead, all (repeatable)')
            [CompletionResult]::new('-s', '-s', [CompletionResultType]::ParameterName, 'Only these sources (repeatable)')
            [CompletionResult]::new('--source', '--source', [CompletionResultType]::ParameterName, 'Only these sources (repeatable)')
            [CompletionResult]::new('--area', '--area', [CompletionResultType]::ParameterName, 'A state or metro area: its official statistics, and the articles'' figures for places matching NAME')
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'Output format: table, json, csv or markdown')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table, json, csv or markdown')
            [CompletionResult]::new('--data-dir', '--data-dir', [CompletionResultType]::ParameterName, 'Also read every *.toml file in DIR (after the user data directory and CAREERS_DATA_DIR)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour: auto (only on a terminal, without NO_COLOR, and with TERM other than dumb), always or never')
            [CompletionResult]::new('--chart', '--chart', [CompletionResultType]::ParameterName, 'Draw every figure as a bar on one shared dollar axis')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Print long output straight to the terminal instead of through the pager (CAREERS_PAGER, PAGER or less -FRX)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'careers;skills' {
            [CompletionResult]::new('--top', '--top', [CompletionResultType]::ParameterName, 'Show only the N most widely named skills')
            [CompletionResult]::new('-s', '-s', [CompletionResultType]::ParameterName, 'Only these sources (repeatable)')
            [CompletionResult]::new('--source', '--source', [CompletionResultType]::ParameterName, 'Only these sources (repeatable)')
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'Output format: table, json, csv or markdown')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table, json, csv or markdown')
            [CompletionResult]::new('--data-dir', '--data-dir', [CompletionResultType]::ParameterName, 'Also read every *.toml file in DIR (after the user data directory and CAREERS_DATA_DIR)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour: auto (only on a terminal, without NO_COLOR, and with TERM other than dumb), always or never')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Print long output straight to the terminal instead of through the pager (CAREERS_PAGER, PAGER or less -FRX)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'careers;growth' {
            [CompletionResult]::new('-s', '-s', [CompletionResultType]::ParameterName, 'Only these sources (repeatable)')
            [CompletionResult]::new('--source', '--source', [CompletionResultType]::ParameterName, 'Only these sources (repeatable)')
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'Output format: table, json, csv or markdown')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table, json, csv or markdown')
            [CompletionResult]::new('--data-dir', '--data-dir', [CompletionResultType]::ParameterName, 'Also read every *.toml file in DIR (after the user data directory and CAREERS_DATA_DIR)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour: auto (only on a terminal, without NO_COLOR, and with TERM other than dumb), always or never')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Print long output straight to the terminal instead of through the pager (CAREERS_PAGER, PAGER or less -FRX)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'careers;path' {
            [CompletionResult]::new('-s', '-s', [CompletionResultType]::ParameterName, 'Only these sources (repeatable)')
            [CompletionResult]::new('--source', '--source', [CompletionResultType]::ParameterName, 'Only these sources (repeatable)')
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'Output format: table, json, csv or markdown')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table, json, csv or markdown')
            [CompletionResult]::new('--data-dir', '--data-dir', [CompletionResultType]::ParameterName, 'Also read every *.toml file in DIR (after the user data directory and CAREERS_DATA_DIR)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour: auto (only on a terminal, without NO_COLOR, and with TERM other than dumb), always or never')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Print long output straight to the terminal instead of through the pager (CAREERS_PAGER, PAGER or less -FRX)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'careers;certs' {
            [CompletionResult]::new('-s', '-s', [CompletionResultType]::ParameterName, 'Only these sources (repeatable)')
            [CompletionResult]::new('--source', '--source', [CompletionResultType]::ParameterName, 'Only these sources (repeatable)')
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'Output format: table, json, csv or markdown')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table, json, csv or markdown')
            [CompletionResult]::new('--data-dir', '--data-dir', [CompletionResultType]::ParameterName, 'Also read every *.toml file in DIR (after the user data directory and CAREERS_DATA_DIR)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour: auto (only on a terminal, without NO_COLOR, and with TERM other than dumb), always or never')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Print long output straight to the terminal instead of through the pager (CAREERS_PAGER, PAGER or less -FRX)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'careers;education' {
            [CompletionResult]::new('-s', '-s', [CompletionResultType]::ParameterName, 'Only these sources (repeatable)')
            [CompletionResult]::new('--source', '--source', [CompletionResultType]::ParameterName, 'Only these sources (repeatable)')
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'Output format: table, json, csv or markdown')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table, json, csv or markdown')
            [CompletionResult]::new('--data-dir', '--data-dir', [CompletionResultType]::ParameterName, 'Also read every *.toml file in DIR (after the user data directory and CAREERS_DATA_DIR)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour: auto (only on a terminal, without NO_COLOR, and with TERM other than dumb), always or never')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Print long output straight to the terminal instead of through the pager (CAREERS_PAGER, PAGER or less -FRX)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'careers;areas' {
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'Output format: table, json, csv or markdown')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table, json, csv or markdown')
            [CompletionResult]::new('--data-dir', '--data-dir', [CompletionResultType]::ParameterName, 'Also read every *.toml file in DIR (after the user data directory and CAREERS_DATA_DIR)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour: auto (only on a terminal, without NO_COLOR, and with TERM other than dumb), always or never')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Print long output straight to the terminal instead of through the pager (CAREERS_PAGER, PAGER or less -FRX)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'careers;sources' {
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'Output format: table, json, csv or markdown')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table, json, csv or markdown')
            [CompletionResult]::new('--data-dir', '--data-dir', [CompletionResultType]::ParameterName, 'Also read every *.toml file in DIR (after the user data directory and CAREERS_DATA_DIR)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour: auto (only on a terminal, without NO_COLOR, and with TERM other than dumb), always or never')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Print long output straight to the terminal instead of through the pager (CAREERS_PAGER, PAGER or less -FRX)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'careers;roles' {
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'Output format: table, json, csv or markdown')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table, json, csv or markdown')
            [CompletionResult]::new('--data-dir', '--data-dir', [CompletionResultType]::ParameterName, 'Also read every *.toml file in DIR (after the user data directory and CAREERS_DATA_DIR)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour: auto (only on a terminal, without NO_COLOR, and with TERM other than dumb), always or never')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Print long output straight to the terminal instead of through the pager (CAREERS_PAGER, PAGER or less -FRX)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'careers;completions' {
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'Output format: table, json, csv or markdown')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table, json, csv or markdown')
            [CompletionResult]::new('--data-dir', '--data-dir', [CompletionResultType]::ParameterName, 'Also read every *.toml file in DIR (after the user data directory and CAREERS_DATA_DIR)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour: auto (only on a terminal, without NO_COLOR, and with TERM other than dumb), always or never')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Print long output straight to the terminal instead of through the pager (CAREERS_PAGER, PAGER or less -FRX)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'careers;man' {
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'Output format: table, json, csv or markdown')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table, json, csv or markdown')
            [CompletionResult]::new('--data-dir', '--data-dir', [CompletionResultType]::ParameterName, 'Also read every *.toml file in DIR (after the user data directory and CAREERS_DATA_DIR)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour: auto (only on a terminal, without NO_COLOR, and with TERM other than dumb), always or never')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Print long output straight to the terminal instead of through the pager (CAREERS_PAGER, PAGER or less -FRX)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'careers;check' {
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'Output format: table, json, csv or markdown')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table, json, csv or markdown')
            [CompletionResult]::new('--data-dir', '--data-dir', [CompletionResultType]::ParameterName, 'Also read every *.toml file in DIR (after the user data directory and CAREERS_DATA_DIR)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour: auto (only on a terminal, without NO_COLOR, and with TERM other than dumb), always or never')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Print long output straight to the terminal instead of through the pager (CAREERS_PAGER, PAGER or less -FRX)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'careers;help' {
            [CompletionResult]::new('compare', 'compare', [CompletionResultType]::ParameterValue, 'Put two or more roles side by side: pay per level from each source, growth and skills')
            [CompletionResult]::new('salary', 'salary', [CompletionResultType]::ParameterValue, 'Every pay figure, one row each, then a summary per role and level across sources')
            [CompletionResult]::new('skills', 'skills', [CompletionResultType]::ParameterValue, 'The skills each source names for a role, most widely named first')
            [CompletionResult]::new('growth', 'growth', [CompletionResultType]::ParameterValue, 'Job growth projections, with the occupation each one actually measures')
            [CompletionResult]::new('path', 'path', [CompletionResultType]::ParameterValue, 'Career stages for a role, with the years each source gives them')
            [CompletionResult]::new('certs', 'certs', [CompletionResultType]::ParameterValue, 'Certifications, with the sources that name each one')
            [CompletionResult]::new('education', 'education', [CompletionResultType]::ParameterValue, 'Education programs and routes, with cost, duration and number of courses')
            [CompletionResult]::new('areas', 'areas', [CompletionResultType]::ParameterValue, 'List the areas (nation, states, metro areas) with official wage statistics')
            [CompletionResult]::new('sources', 'sources', [CompletionResultType]::ParameterValue, 'List the sources with how many figures of each kind they hold')
            [CompletionResult]::new('roles', 'roles', [CompletionResultType]::ParameterValue, 'List the roles and occupations, their aliases and which sources cover them')
            [CompletionResult]::new('completions', 'completions', [CompletionResultType]::ParameterValue, 'Print the completion script for a shell; each example below says where it goes')
            [CompletionResult]::new('man', 'man', [CompletionResultType]::ParameterValue, 'Print the man page (roff), e.g. to install it where `man careers` finds it')
            [CompletionResult]::new('check', 'check', [CompletionResultType]::ParameterValue, 'Validate data files (default: everything that would be loaded) and summarise them')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'careers;help;compare' {
            break
        }
        'careers;help;salary' {
            break
        }
        'careers;help;skills' {
            break
        }
        'careers;help;growth' {
            break
        }
        'careers;help;path' {
            break
        }
        'careers;help;certs' {
            break
        }
        'careers;help;education' {
            break
        }
        'careers;help;areas' {
            break
        }
        'careers;help;sources' {
            break
        }
        'careers;help;roles' {
            break
        }
        'careers;help;completions' {
            break
        }
        'careers;help;man' {
            break
        }
        'careers;help;check' {
            break
        }
        'careers;help;help' {
            break
        }
    })

    $completions.Where{ $_.CompletionText -like "$wordToComplete*" } |
        Sort-Object -Property ListItemText
}
