complete --keep-order --exclusive --command careers --arguments "(COMPLETE=fish careers -- (commandline --current-process --tokenize --cut-at-cursor) (commandline --current-token))"
