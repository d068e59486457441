import { saveConversation } from "../sharepoint/approvals/conversations";
import { ensureSiteUser } from "../sharepoint/site-users";
import type { BotDeps } from "./bot-deps";
import { emailFor } from "./bot-identity";

/** The parts of an installationUpdate or conversationUpdate the bot reads. */
export interface InstallActivity {
  type: string;
  from: { id: string; aadObjectId?: string };
  recipient?: { id: string };
  conversation: { id: string; conversationType?: string; tenantId?: string };
  serviceUrl?: string;
  membersAdded?: { id: string; aadObjectId?: string }[];
  channelData?: { tenant?: { id?: string } };
}

/**
 * When the app is installed for someone (installationUpdate "add", or the bot joining their
 * personal chat), remember where to reach them: conversation id, service URL, tenant and their
 * ids, against their site user — found by e-mail/UPN, which the connector gives for a member.
 * Channel and group installs are not where approval cards go, so they are left alone.
 */
export async function onInstall(deps: BotDeps, activity: InstallActivity): Promise<void> {
  if (activity.conversation.conversationType && activity.conversation.conversationType !== "personal") return;
  if (activity.type === "conversationUpdate" && !activity.membersAdded?.some((m) => m.id === activity.from.id || m.id === activity.recipient?.id)) return;
  const aadObjectId = activity.from.aadObjectId;
  const serviceUrl = activity.serviceUrl;
  if (!aadObjectId || !serviceUrl) {
    deps.log(`An install in conversation ${activity.conversation.id} carried no ${aadObjectId ? "service URL" : "Entra object id"}; the person cannot be sent cards until it is installed again.`);
    return;
  }
  const where = { serviceUrl, conversationId: activity.conversation.id };
  const email = await emailFor(deps.sp, { userId: activity.from.id, aadObjectId }, where, deps.connector, { local: deps.local });
  if (!email) {
    deps.log(`Teams gave no e-mail for the person who installed the app (object id ${aadObjectId}); they cannot be matched to the SharePoint site.`);
    return;
  }
  const user = await ensureSiteUser(deps.sp, email);
  const tenantId = activity.conversation.tenantId ?? activity.channelData?.tenant?.id;
  await saveConversation(deps.sp, {
    aadObjectId,
    person: { id: user.id, title: user.title, email: user.email },
    conversationId: activity.conversation.id,
    userId: activity.from.id,
    serviceUrl,
    ...(tenantId ? { tenantId } : {}),
    updatedAt: new Date().toISOString(),
  });
}
