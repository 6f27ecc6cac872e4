/** `--format yaml`: the JSON result as YAML; for `show` that is a role file, keys in file order. */
import { stringify } from "yaml";

export function toYaml(data: unknown): string {
  return stringify(data, { lineWidth: 0, aliasDuplicateObjects: false });
}
