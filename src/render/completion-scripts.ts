/**
 * The completion scripts `careers completion bash|zsh|fish` prints. Each asks the program itself what
 * to offer (`careers completion --complete -- <words>`), so commands, options and role ids, including
 * those of --data-dir folders, are always the installed version's.
 */
const BASH = `# careers completion for bash. Install:
#   careers completion bash > ~/.local/share/bash-completion/completions/careers
# or add to ~/.bashrc:  source <(careers completion bash)
_careers() {
  local cur="\${COMP_WORDS[COMP_CWORD]}" out IFS=$'\\n'
  out=$("\${COMP_WORDS[0]}" completion --complete -- "\${COMP_WORDS[@]:0:COMP_CWORD+1}" 2>/dev/null) || return 0
  case "$out" in
    :files) compopt -o filenames 2>/dev/null; COMPREPLY=($(compgen -f -- "$cur")) ;;
    :dirs) compopt -o filenames 2>/dev/null; COMPREPLY=($(compgen -d -- "$cur")) ;;
    *) COMPREPLY=($(compgen -W "$out" -- "$cur")) ;;
  esac
}
complete -F _careers careers
`;

const ZSH = `#compdef careers
# careers completion for zsh. Install:
#   careers completion zsh > "\${fpath[1]}/_careers"   (then start a new shell)
# or add to ~/.zshrc, after compinit:  source <(careers completion zsh)
_careers() {
  local -a out
  out=("\${(@f)$(\${words[1]} completion --complete -- "\${(@)words[1,CURRENT]}" 2>/dev/null)}")
  case "\${out[1]}" in
    :files) _files ;;
    :dirs) _files -/ ;;
    *) compadd -a out ;;
  esac
}
if [[ "\${funcstack[1]}" == "_careers" ]]; then _careers "$@"; else compdef _careers careers; fi
`;

const FISH = `# careers completion for fish. Install:
#   careers completion fish > ~/.config/fish/completions/careers.fish
function __careers_complete
    set -l words (commandline -opc) (commandline -ct)
    set -l out ($words[1] completion --complete -- $words 2>/dev/null)
    switch "$out[1]"
        case :files
            __fish_complete_path (commandline -ct)
        case :dirs
            __fish_complete_directories (commandline -ct)
        case '*'
            printf '%s\\n' $out
    end
end
complete -c careers -f -a '(__careers_complete)'
`;

export const COMPLETION_SCRIPTS = { bash: BASH, zsh: ZSH, fish: FISH } as const;
