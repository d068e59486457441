import { parseArgs } from "node:util";
import { describeReport } from "../../bot/card-delivery";
import { recordLinkFor } from "../../bot/record-link";
import { describePlan, sendReminders } from "../../bot/send-reminders";
import { standaloneConnector } from "../../bot/standalone-connector";
import { runSweeps } from "../../bot/sweeps";
import { describeError } from "../../sharepoint/describe-error";
import { currentUser } from "../../sharepoint/site-users";
import { CliError } from "../cli-error";
import type { Output } from "../output";
import { siteConnection } from "../site-connection";

export const remindUsage = "remind --site <url> [--token <bearer> | SP_TOKEN | --as <email>] [--dry-run]";

/**
 * `remind`: a reminder card to everyone who has owed an approval stage an answer for longer than
 * the council's policy allows (`reviews.reminders.pendingStageDays`), then every sweep (src/bot/sweeps.ts),
 * so a card the tab's notify did not get out (the bot was down) goes out now. Safe to schedule: what was
 * sent is recorded, and nobody is reminded about the same stage twice within that period.
 * In a tenant the bot's BOT_ID / BOT_PASSWORD must be in the environment to post as the bot.
 */
export async function remind(args: string[], out: Output): Promise<number> {
  const { values } = parseArgs({
    args,
    options: { site: { type: "string" }, token: { type: "string" }, as: { type: "string" }, "dry-run": { type: "boolean", default: false }, "tab-url": { type: "string" } },
    strict: true,
  });
  if (!values.site) throw new CliError(`Usage: ${remindUsage}`, 2);
  const sp = siteConnection(values.site, values.token, values.as);
  const { connector, signed } = standaloneConnector(process.env);
  if (!signed && !values.as && !values["dry-run"]) {
    throw new CliError("To send reminders in a tenant, set BOT_ID and BOT_PASSWORD (the approvals bot's app) so they come from the bot; or use --dry-run to see who would be reminded.", 2);
  }
  try {
    const actor = await currentUser(sp);
    const link = recordLinkFor({ ...(process.env.TEAMS_APP_ID ? { teamsAppId: process.env.TEAMS_APP_ID } : {}), ...(values["tab-url"] ? { tabUrl: values["tab-url"] } : {}) });
    const problems: string[] = [];
    const run = await sendReminders({ sp, connector, link, log: (line) => problems.push(line) }, actor, { dryRun: values["dry-run"] });
    out.log(`Stages pending for more than ${run.pendingStageDays} days: ${run.planned.length === 0 ? "nobody to remind." : `${run.planned.length} reminder${run.planned.length === 1 ? "" : "s"} ${values["dry-run"] ? "would be sent" : "due"}:`}`);
    for (const plan of run.planned) out.log(`  ${describePlan(plan)}`);
    if (!values["dry-run"]) out.log(`Sent ${run.report.sent.length}.`);
    // Then every sweep (sweeps.ts): cards a notify from the tab should have sent but did not.
    const delivery = { sp, connector, link, log: (line: string) => problems.push(line) };
    const swept = await runSweeps(delivery, actor, "all", { dryRun: values["dry-run"] });
    for (const { sweep, result, error } of swept.results) {
      if (error) continue;
      const planned = result?.planned ?? [];
      out.log(`Not yet sent — ${sweep.describe}: ${planned.length === 0 ? "none." : `${planned.length} ${values["dry-run"] ? "would be sent" : "sent now"}:`}`);
      for (const line of planned) out.log(`  ${line}`);
    }
    const failed = swept.report.failed.length + swept.results.filter((r) => r.error).length;
    for (const line of [...describeReport(run.report), ...describeReport(swept.report), ...problems]) out.error(line);
    return run.report.failed.length > 0 || failed > 0 ? 1 : 0;
  } catch (error) {
    throw new CliError(describeError(error));
  }
}
