import { DomainError } from "../domain/errors";
import { CliError } from "./cli-error";
import type { Output } from "./output";
import { policyExplain } from "./commands/policy-explain";
import { policyValidate } from "./commands/policy-validate";
import { provision } from "./commands/provision";
import { seed } from "./commands/seed";
import { packageApp } from "./commands/package-app";
import { remind } from "./commands/remind";
import { exportRegister } from "./commands/export";
import { importRegister } from "./commands/import";
import { reportRegister } from "./commands/report-register";
import { exportRisks } from "./commands/export-risks";
import { reportPerformance } from "./commands/report-performance";
import { reportAssurance } from "./commands/report-assurance";

type Command = (args: string[], out: Output) => Promise<number>;

const commands: Record<string, Command> = {
  "policy validate": policyValidate,
  "policy explain": policyExplain,
  provision,
  seed,
  package: (args, out) => packageApp(args, out),
  remind,
  export: exportRegister,
  import: importRegister,
  "report register": reportRegister,
  "export risks": exportRisks,
  "report performance": reportPerformance,
  "report assurance": reportAssurance,
};

const usage = `Usage: npm run cli -- <command>

  policy validate <pack.json>                               check a council's policy pack
  policy explain --policy <name|pack.json> --facts <f.json>  what the policy says about a proposal
  provision --site <url> [--token <bearer> | SP_TOKEN] [--as <email>]
                                                            create or update the site's lists from sharepoint-lists/
  seed --site <url> [--token … | --as <email>]              load the demo council (Northbrook Borough Council)
  package [--env-file <path>]… [--out <zip>]                build the Teams app package (manifest + icons)
  remind --site <url> [--token … | --as <email>] [--dry-run] remind whoever owes a decision past the pack's limit
  export --site <url> --format csv|xlsx|html [--published] [--out <file>]
                                                            the register (internal), or the published register
  import --site <url> <file.csv|xlsx> [--map "<col>=<field>"]… [--dry-run]
                                                            bring in a spreadsheet register; nothing is written while any row has a problem
  report register --site <url> --year <yyyy> [--out <file.xlsx|.html>]
                                                            the annual register report, as the register stood at that year's review
  export risks --site <url> [--arrangement <id>] [--out <file.xlsx>]
                                                            the risk register (all arrangements, or one) as a workbook
  report performance --site <url> [--half 2026H1] [--format xlsx|html] [--out <file>]
                                                            the executive's bi-annual performance report of key partnerships
  report assurance --site <url> --year <yyyy> [--out <file.html>]
                                                            the governance-assurance summary for the Annual Governance Statement`;

/** Runs one command and returns the process exit code; every failure becomes a plain message. */
export async function runCli(argv: string[], out: Output): Promise<number> {
  // Commands are one word ("provision") or two ("policy explain").
  const twoWords = argv.slice(0, 2).join(" ");
  const name = commands[twoWords] ? twoWords : (argv[0] ?? "");
  const command = commands[name];
  if (!command) {
    out.error(argv.length ? `Unknown command "${argv.join(" ")}".\n\n${usage}` : usage);
    return 2;
  }
  try {
    return await command(argv.slice(name.split(" ").length), out);
  } catch (error) {
    if (error instanceof CliError) {
      out.error(error.message);
      return error.exitCode;
    }
    if (error instanceof DomainError) {
      out.error(error.message);
      return 1;
    }
    if (error instanceof TypeError && "code" in error && String(error.code).startsWith("ERR_PARSE_ARGS")) {
      out.error(`${error.message}\n\n${usage}`);
      return 2;
    }
    throw error;
  }
}
