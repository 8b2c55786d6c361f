
set edit:completion:arg-completer[careers] = { |@words|
    var index = (count $words)
    set index = (- $index 1)

    put (env _CLAP_IFS="\n" _CLAP_COMPLETE_INDEX=(to-string $index) CAREERS_COMPLETE="elvish" careers -- $@words) | to-lines
}

