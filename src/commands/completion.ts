import { Command, Option } from "commander";
import { SHELLS } from "../app/complete.js";
import { lazyAction } from "../app/output.js";

export const completionCommand = (): Command =>
  new Command("completion")
    .description("print a shell completion script: commands, options, role ids (yours from --data-dir too) and imported occupations")
    .argument("[shell]", `the shell: ${SHELLS.join(", ")}`)
    .addOption(new Option("--complete", "(for the scripts) print the candidates for the words after --").hideHelp())
    .allowExcessArguments()
    .addHelpText(
      "after",
      `
Examples:
  $ careers completion bash > ~/.local/share/bash-completion/completions/careers
  $ echo 'source <(careers completion bash)' >> ~/.bashrc
  $ careers completion zsh > "\${fpath[1]}/_careers"
  $ careers completion fish > ~/.config/fish/completions/careers.fish`,
    )
    .action(lazyAction(() => import("./completion-run.js")));
