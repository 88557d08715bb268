function __tumen_should_offer_completions_for_flags_or_options -a expected_commands
    set -l non_repeating_flags_or_options $argv[2..]
    set -l non_repeating_flags_or_options_absent 0
    set -l positional_index 0
    set -l commands
    __tumen_parse_tokens
    test "$commands" = "$expected_commands"; and return $non_repeating_flags_or_options_absent
end

function __tumen_should_offer_completions_for_positional -a expected_commands positional_index_comparison expected_positional_index
    set -l non_repeating_flags_or_options
    set -l non_repeating_flags_or_options_absent 0
    set -l positional_index 0
    set -l commands
    __tumen_parse_tokens
    test "$commands" = "$expected_commands" -a \( "$positional_index" "$positional_index_comparison" "$expected_positional_index" \)
end

function __tumen_parse_tokens -S
    set -l unparsed_tokens (__tumen_tokens -pc)
    switch $unparsed_tokens[1]
    case 'tumen'
        __tumen_parse_subcommand 0 'version' 'h/help'
        switch $unparsed_tokens[1]
        case 'explore'
            __tumen_parse_subcommand 0 'data=' 'input-format=' 'no-note' 'ascii' 'unicode' 'theme=' 'screen-reader' 'version' 'h/help'
        case 'validate'
            __tumen_parse_subcommand 1 'data=' 'input-format=' 'version' 'h/help'
        case 'export'
            __tumen_parse_subcommand 1 'format=' 'data=' 'input-format=' 'lesson=' 'with-notes' 'version' 'h/help'
        case 'import'
            __tumen_parse_subcommand 1 'o/output=' 'input-format=' 'force' 'version' 'h/help'
        case 'present'
            __tumen_parse_subcommand 0 'data=' 'input-format=' 'ascii' 'unicode' 'theme=' 'lesson=' 'tour=' 'check-fit=' 'session=' 'version' 'h/help'
        case 'notes'
            __tumen_parse_subcommand 0 'session=' 'lesson=' 'data=' 'ascii' 'unicode' 'theme=' 'once' 'size=' 'screen-reader' 'version' 'h/help'
        case 'serve'
            __tumen_parse_subcommand 0 'data=' 'input-format=' 'lesson=' 'session=' 'port=' 'listen=' 'password=' 'max-clients=' 'idle-minutes=' 'version' 'h/help'
        case 'render'
            __tumen_parse_subcommand 0 'data=' 'input-format=' 'size=' 'keys=' 'keys-file=' 'format=' 'every' 'with-note' 'present' 'lesson=' 'follow' 'ascii' 'unicode' 'theme=' 'version' 'h/help'
        case 'version'
            __tumen_parse_subcommand 0 'data=' 'input-format=' 'version' 'h/help'
        case 'help'
            __tumen_parse_subcommand -r 1 'version'
        end
    end
end

function __tumen_tokens
    if test (string split -m 1 -f 1 -- . "$FISH_VERSION") -gt 3
        commandline --tokens-raw $argv
    else
        commandline -o $argv
    end
end

function __tumen_parse_subcommand -S -a positional_count
    argparse -s r -- $argv
    set -l option_specs $argv[2..]
    set -l is_repeating_positional $_flag_r
    set -el _flag_r
    set -a commands $unparsed_tokens[1]
    set positional_index 0
    while true
        set -e unparsed_tokens[1]
        argparse -sn "$commands" $option_specs -- $unparsed_tokens 2> /dev/null
        set unparsed_tokens $argv
        set positional_index (math $positional_index + 1)
        for non_repeating_flag_or_option in $non_repeating_flags_or_options
            if set -ql "_flag_$(string replace -a - _ -- $non_repeating_flag_or_option)"
                set non_repeating_flags_or_options_absent 1
                break
            end
        end
        test (count $unparsed_tokens) -eq 0 -o \( -z "$is_repeating_positional" -a "$positional_index" -gt "$positional_count" \) && break
    end
end

function __tumen_complete_directories
    set -l token (commandline -t)
    string match -- '*/' $token
    set -l subdirs $token*/
    printf %s\n $subdirs
end

function __tumen_custom_completion
    set -x SAP_SHELL fish
    set -x SAP_SHELL_VERSION $FISH_VERSION
    set -l tokens (__tumen_tokens -p)
    if test -z "$(__tumen_tokens -t)"
        set -l index (count (__tumen_tokens -pc))
        set tokens $tokens[..$index] \'\' $tokens[(math $index + 1)..]
    end
    command $tokens[1] $argv $tokens
end

complete -c 'tumen' -f
complete -c 'tumen' -n '__tumen_should_offer_completions_for_flags_or_options "tumen" version' -l 'version' -d 'Show the version.'
complete -c 'tumen' -n '__tumen_should_offer_completions_for_flags_or_options "tumen" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'tumen' -n '__tumen_should_offer_completions_for_positional "tumen" -eq 1' -fa 'explore' -d 'Open the explorer full screen (the default: `tumen` alone does this).'
complete -c 'tumen' -n '__tumen_should_offer_completions_for_positional "tumen" -eq 1' -fa 'validate' -d 'Check a dataset file and list every problem in it.'
complete -c 'tumen' -n '__tumen_should_offer_completions_for_positional "tumen" -eq 1' -fa 'export' -d 'Write a dataset to standard output as canonical JSON, a CSV of events, a Markdown handout, GeoJSON, TimelineJS or StoryMapJS.'
complete -c 'tumen' -n '__tumen_should_offer_completions_for_positional "tumen" -eq 1' -fa 'import' -d 'Convert a TimelineJS JSON or spreadsheet CSV file, or a StoryMapJS story, to a Tumen dataset.'
complete -c 'tumen' -n '__tumen_should_offer_completions_for_positional "tumen" -eq 1' -fa 'present' -d 'Present a lesson one step per screen: big headline, date, summary, the route map, progress and a clock.'
complete -c 'tumen' -n '__tumen_should_offer_completions_for_positional "tumen" -eq 1' -fa 'notes' -d 'Show the presenter\'s notes, question, next step and clock in a second terminal.'
complete -c 'tumen' -n '__tumen_should_offer_completions_for_positional "tumen" -eq 1' -fa 'serve' -d 'Let a class follow the presentation, or explore on their own, with nothing but ssh.'
complete -c 'tumen' -n '__tumen_should_offer_completions_for_positional "tumen" -eq 1' -fa 'render' -d 'Apply a key script and print the screen the explorer would show.'
complete -c 'tumen' -n '__tumen_should_offer_completions_for_positional "tumen" -eq 1' -fa 'version' -d 'Print the version and the dataset\'s title and dates.'
complete -c 'tumen' -n '__tumen_should_offer_completions_for_positional "tumen" -eq 1' -fa 'help' -d 'Show subcommand help information.'
complete -c 'tumen' -n '__tumen_should_offer_completions_for_flags_or_options "tumen explore" data' -l 'data' -d 'Dataset file to open (default: the bundled data/tumen.json).' -rfka ''
complete -c 'tumen' -n '__tumen_should_offer_completions_for_flags_or_options "tumen explore" input-format' -l 'input-format' -d 'Read the file as this format instead of detecting it: tumen, timelinejs, timelinejs-csv, storymap.' -rfka ''
complete -c 'tumen' -n '__tumen_should_offer_completions_for_flags_or_options "tumen explore" no-note' -l 'no-note' -d 'Skip the content note shown on start.'
complete -c 'tumen' -n '__tumen_should_offer_completions_for_flags_or_options "tumen explore" ascii' -l 'ascii' -d 'Draw with plain ASCII only (no box drawing or symbols).'
complete -c 'tumen' -n '__tumen_should_offer_completions_for_flags_or_options "tumen explore" unicode' -l 'unicode' -d 'Draw with Unicode box drawing and symbols even if the locale is not UTF-8.'
complete -c 'tumen' -n '__tumen_should_offer_completions_for_flags_or_options "tumen explore" theme' -l 'theme' -d 'Colour theme: dark, mono, light, high-contrast, terminal.' -rfka ''
complete -c 'tumen' -n '__tumen_should_offer_completions_for_flags_or_options "tumen explore" screen-reader' -l 'screen-reader' -d 'Say what each key changes as plain lines, for a screen reader or braille display (also TUMEN_SCREEN_READER=1).'
complete -c 'tumen' -n '__tumen_should_offer_completions_for_flags_or_options "tumen explore" version' -l 'version' -d 'Show the version.'
complete -c 'tumen' -n '__tumen_should_offer_completions_for_flags_or_options "tumen explore" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'tumen' -n '__tumen_should_offer_completions_for_flags_or_options "tumen validate" data' -l 'data' -d 'Dataset file to open (default: the bundled data/tumen.json).' -rfka ''
complete -c 'tumen' -n '__tumen_should_offer_completions_for_flags_or_options "tumen validate" input-format' -l 'input-format' -d 'Read the file as this format instead of detecting it: tumen, timelinejs, timelinejs-csv, storymap.' -rfka ''
complete -c 'tumen' -n '__tumen_should_offer_completions_for_flags_or_options "tumen validate" version' -l 'version' -d 'Show the version.'
complete -c 'tumen' -n '__tumen_should_offer_completions_for_flags_or_options "tumen validate" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'tumen' -n '__tumen_should_offer_completions_for_flags_or_options "tumen export" format' -l 'format' -d 'Output format.' -rfka ''
complete -c 'tumen' -n '__tumen_should_offer_completions_for_flags_or_options "tumen export" data' -l 'data' -d 'Dataset file to export (default: the bundled data/tumen.json).' -rfka ''
complete -c 'tumen' -n '__tumen_should_offer_completions_for_flags_or_options "tumen export" input-format' -l 'input-format' -d 'Read the dataset as this format instead of detecting it: tumen, timelinejs, timelinejs-csv, storymap.' -rfka ''
complete -c 'tumen' -n '__tumen_should_offer_completions_for_flags_or_options "tumen export" lesson' -l 'lesson' -d 'With --format markdown or html: a handout of this lesson, step by step.' -rfka ''
complete -c 'tumen' -n '__tumen_should_offer_completions_for_flags_or_options "tumen export" with-notes' -l 'with-notes' -d 'With --lesson: include the teacher\'s private notes.'
complete -c 'tumen' -n '__tumen_should_offer_completions_for_flags_or_options "tumen export" version' -l 'version' -d 'Show the version.'
complete -c 'tumen' -n '__tumen_should_offer_completions_for_flags_or_options "tumen export" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'tumen' -n '__tumen_should_offer_completions_for_flags_or_options "tumen import" o output' -s 'o' -l 'output' -d 'Where to write the Tumen dataset (- for standard output).' -rfka ''
complete -c 'tumen' -n '__tumen_should_offer_completions_for_flags_or_options "tumen import" input-format' -l 'input-format' -d 'Read the file as this format instead of detecting it: tumen, timelinejs, timelinejs-csv, storymap.' -rfka ''
complete -c 'tumen' -n '__tumen_should_offer_completions_for_flags_or_options "tumen import" force' -l 'force' -d 'Overwrite the output file if it exists.'
complete -c 'tumen' -n '__tumen_should_offer_completions_for_flags_or_options "tumen import" version' -l 'version' -d 'Show the version.'
complete -c 'tumen' -n '__tumen_should_offer_completions_for_flags_or_options "tumen import" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'tumen' -n '__tumen_should_offer_completions_for_flags_or_options "tumen present" data' -l 'data' -d 'Dataset file to open (default: the bundled data/tumen.json).' -rfka ''
complete -c 'tumen' -n '__tumen_should_offer_completions_for_flags_or_options "tumen present" input-format' -l 'input-format' -d 'Read the file as this format instead of detecting it: tumen, timelinejs, timelinejs-csv, storymap.' -rfka ''
complete -c 'tumen' -n '__tumen_should_offer_completions_for_flags_or_options "tumen present" ascii' -l 'ascii' -d 'Draw with plain ASCII only (no box drawing or symbols).'
complete -c 'tumen' -n '__tumen_should_offer_completions_for_flags_or_options "tumen present" unicode' -l 'unicode' -d 'Draw with Unicode box drawing and symbols even if the locale is not UTF-8.'
complete -c 'tumen' -n '__tumen_should_offer_completions_for_flags_or_options "tumen present" theme' -l 'theme' -d 'Colour theme: dark, mono, light, high-contrast, terminal.' -rfka ''
complete -c 'tumen' -n '__tumen_should_offer_completions_for_flags_or_options "tumen present" lesson' -l 'lesson' -d 'The lesson to present, by id (default: all events by date).' -rfka ''
complete -c 'tumen' -n '__tumen_should_offer_completions_for_flags_or_options "tumen present" tour' -l 'tour' -d 'Advance by itself every SECONDS (a kiosk); any key pauses, a resumes.' -rfka ''
complete -c 'tumen' -n '__tumen_should_offer_completions_for_flags_or_options "tumen present" check-fit' -l 'check-fit' -d 'List the steps whose content does not fit a screen of this size, e.g. 100x30, and exit.' -rfka ''
complete -c 'tumen' -n '__tumen_should_offer_completions_for_flags_or_options "tumen present" session' -l 'session' -d 'Name for the notes window to follow (default: the dataset file and lesson).' -rfka ''
complete -c 'tumen' -n '__tumen_should_offer_completions_for_flags_or_options "tumen present" version' -l 'version' -d 'Show the version.'
complete -c 'tumen' -n '__tumen_should_offer_completions_for_flags_or_options "tumen present" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'tumen' -n '__tumen_should_offer_completions_for_flags_or_options "tumen notes" session' -l 'session' -d 'The presenter\'s --session name.' -rfka ''
complete -c 'tumen' -n '__tumen_should_offer_completions_for_flags_or_options "tumen notes" lesson' -l 'lesson' -d 'The lesson being presented (to find its session).' -rfka ''
complete -c 'tumen' -n '__tumen_should_offer_completions_for_flags_or_options "tumen notes" data' -l 'data' -d 'The dataset being presented (to find its session).' -rfka ''
complete -c 'tumen' -n '__tumen_should_offer_completions_for_flags_or_options "tumen notes" ascii' -l 'ascii' -d 'Draw with plain ASCII only (no box drawing or symbols).'
complete -c 'tumen' -n '__tumen_should_offer_completions_for_flags_or_options "tumen notes" unicode' -l 'unicode' -d 'Draw with Unicode box drawing and symbols even if the locale is not UTF-8.'
complete -c 'tumen' -n '__tumen_should_offer_completions_for_flags_or_options "tumen notes" theme' -l 'theme' -d 'Colour theme: dark, mono, light, high-contrast, terminal.' -rfka ''
complete -c 'tumen' -n '__tumen_should_offer_completions_for_flags_or_options "tumen notes" once' -l 'once' -d 'Print the notes screen once as plain text and exit (no terminal needed).'
complete -c 'tumen' -n '__tumen_should_offer_completions_for_flags_or_options "tumen notes" size' -l 'size' -d 'With --once: the screen size (default 80x24).' -rfka ''
complete -c 'tumen' -n '__tumen_should_offer_completions_for_flags_or_options "tumen notes" screen-reader' -l 'screen-reader' -d 'Say each step as plain lines as the presenter moves (also TUMEN_SCREEN_READER=1); no terminal needed.'
complete -c 'tumen' -n '__tumen_should_offer_completions_for_flags_or_options "tumen notes" version' -l 'version' -d 'Show the version.'
complete -c 'tumen' -n '__tumen_should_offer_completions_for_flags_or_options "tumen notes" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'tumen' -n '__tumen_should_offer_completions_for_flags_or_options "tumen serve" data' -l 'data' -d 'Dataset file to open (default: the bundled data/tumen.json).' -rfka ''
complete -c 'tumen' -n '__tumen_should_offer_completions_for_flags_or_options "tumen serve" input-format' -l 'input-format' -d 'Read the file as this format instead of detecting it: tumen, timelinejs, timelinejs-csv, storymap.' -rfka ''
complete -c 'tumen' -n '__tumen_should_offer_completions_for_flags_or_options "tumen serve" lesson' -l 'lesson' -d 'The lesson students follow, by id (default: all events by date).' -rfka ''
complete -c 'tumen' -n '__tumen_should_offer_completions_for_flags_or_options "tumen serve" session' -l 'session' -d 'The presenter\'s --session name (default: the dataset file and lesson, as tumen present names it).' -rfka ''
complete -c 'tumen' -n '__tumen_should_offer_completions_for_flags_or_options "tumen serve" port' -l 'port' -d 'TCP port to listen on (0: any free port).' -rfka ''
complete -c 'tumen' -n '__tumen_should_offer_completions_for_flags_or_options "tumen serve" listen' -l 'listen' -d 'Address to listen on: 127.0.0.1 (this machine only), or 0.0.0.0 for every network.' -rfka ''
complete -c 'tumen' -n '__tumen_should_offer_completions_for_flags_or_options "tumen serve" password' -l 'password' -d 'A password every student must type (visible to other users of this machine in its process list).' -rfka ''
complete -c 'tumen' -n '__tumen_should_offer_completions_for_flags_or_options "tumen serve" max-clients' -l 'max-clients' -d 'Students at once; more are told the class is full.' -rfka ''
complete -c 'tumen' -n '__tumen_should_offer_completions_for_flags_or_options "tumen serve" idle-minutes' -l 'idle-minutes' -d 'Close a connection after this many minutes with no key (and, while following, no step change).' -rfka ''
complete -c 'tumen' -n '__tumen_should_offer_completions_for_flags_or_options "tumen serve" version' -l 'version' -d 'Show the version.'
complete -c 'tumen' -n '__tumen_should_offer_completions_for_flags_or_options "tumen serve" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'tumen' -n '__tumen_should_offer_completions_for_flags_or_options "tumen render" data' -l 'data' -d 'Dataset file (default: the bundled data/tumen.json).' -rfka ''
complete -c 'tumen' -n '__tumen_should_offer_completions_for_flags_or_options "tumen render" input-format' -l 'input-format' -d 'Read the dataset as this format instead of detecting it: tumen, timelinejs, timelinejs-csv, storymap.' -rfka ''
complete -c 'tumen' -n '__tumen_should_offer_completions_for_flags_or_options "tumen render" size' -l 'size' -d 'Screen size in cells, WIDTHxHEIGHT (1 to 1000 each).' -rfka ''
complete -c 'tumen' -n '__tumen_should_offer_completions_for_flags_or_options "tumen render" keys' -l 'keys' -d 'Keys to press, in key notation, e.g. \'jj<Enter>\' or \'-+\'. A bare space only separates keys; <Space> presses the space bar.' -rfka ''
complete -c 'tumen' -n '__tumen_should_offer_completions_for_flags_or_options "tumen render" keys-file' -l 'keys-file' -d 'A file of keys in key notation (# comments allowed); - for standard input.' -rfka ''
complete -c 'tumen' -n '__tumen_should_offer_completions_for_flags_or_options "tumen render" format' -l 'format' -d 'Output: text, ansi (text with colour escapes) or svg (a picture).' -rfka 'text ansi svg'
complete -c 'tumen' -n '__tumen_should_offer_completions_for_flags_or_options "tumen render" every' -l 'every' -d 'Print the screen after every step, each after a line naming the step.'
complete -c 'tumen' -n '__tumen_should_offer_completions_for_flags_or_options "tumen render" with-note' -l 'with-note' -d 'Start on the content note, as a first run does, instead of past it.'
complete -c 'tumen' -n '__tumen_should_offer_completions_for_flags_or_options "tumen render" present' -l 'present' -d 'Render presenter mode (`tumen present`) instead of the explorer; its clock stays at 00:00.'
complete -c 'tumen' -n '__tumen_should_offer_completions_for_flags_or_options "tumen render" lesson' -l 'lesson' -d 'With --present: the lesson to present, by id (default: all events by date).' -rfka ''
complete -c 'tumen' -n '__tumen_should_offer_completions_for_flags_or_options "tumen render" follow' -l 'follow' -d 'With --present: show what a student following over SSH (`tumen serve`) sees of the step the keys reach.'
complete -c 'tumen' -n '__tumen_should_offer_completions_for_flags_or_options "tumen render" ascii' -l 'ascii' -d 'Draw with plain ASCII only (no box drawing or symbols).'
complete -c 'tumen' -n '__tumen_should_offer_completions_for_flags_or_options "tumen render" unicode' -l 'unicode' -d 'Draw with Unicode box drawing and symbols even if the locale is not UTF-8.'
complete -c 'tumen' -n '__tumen_should_offer_completions_for_flags_or_options "tumen render" theme' -l 'theme' -d 'Colour theme: dark, mono, light, high-contrast, terminal.' -rfka ''
complete -c 'tumen' -n '__tumen_should_offer_completions_for_flags_or_options "tumen render" version' -l 'version' -d 'Show the version.'
complete -c 'tumen' -n '__tumen_should_offer_completions_for_flags_or_options "tumen render" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'tumen' -n '__tumen_should_offer_completions_for_flags_or_options "tumen version" data' -l 'data' -d 'Dataset file to open (default: the bundled data/tumen.json).' -rfka ''
complete -c 'tumen' -n '__tumen_should_offer_completions_for_flags_or_options "tumen version" input-format' -l 'input-format' -d 'Read the file as this format instead of detecting it: tumen, timelinejs, timelinejs-csv, storymap.' -rfka ''
complete -c 'tumen' -n '__tumen_should_offer_completions_for_flags_or_options "tumen version" version' -l 'version' -d 'Show the version.'
complete -c 'tumen' -n '__tumen_should_offer_completions_for_flags_or_options "tumen version" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'tumen' -n '__tumen_should_offer_completions_for_flags_or_options "tumen help" version' -l 'version' -d 'Show the version.'
