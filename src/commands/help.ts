import { Command } from "commander";
import { usageError } from "../errors.js";
import { didYouMean } from "../text/suggest.js";

/** `careers help [command]`: the command's --help; a mistyped name gets a suggestion and exit 2. */
export function helpCommand(program: Command): Command {
  return new Command("help")
    .description("show the help of a command, as `careers <command> --help` does")
    .argument("[command]", "the command")
    .addHelpText("after", "\nExamples:\n  $ careers help compare\n  $ careers help completion")
    .action((name: string | undefined) => {
      if (name === undefined) return void program.outputHelp();
      const found = program.commands.find((c) => c.name() === name || c.aliases().includes(name));
      const names = program.commands.map((c) => c.name());
      if (!found) throw usageError(`unknown command "${name}"`, `${didYouMean(name, names)} Commands: ${names.join(", ")}.`.trim());
      found.outputHelp();
    });
}
