import type { Activity, ChannelAccount } from "./activity-types";
import { type LocalTeamsPerson, findMember, personalConversationId, userAccount } from "./teams-people";
import { ConversationNotFound, type TeamsStore } from "./teams-store";

export interface ConnectorContext {
  store: TeamsStore;
  people: readonly LocalTeamsPerson[];
  tenantId: string;
  bot: ChannelAccount;
  /** `<origin>/_connector`, as this request reached us: what activities carry as serviceUrl. */
  serviceUrl: string;
}

export interface ConnectorRequest {
  method: string;
  /** The path below `/_connector`, e.g. `/v3/conversations/a:1/activities`. */
  path: string;
  query: URLSearchParams;
  body: unknown;
}

export interface ConnectorResponse {
  status: number;
  body?: unknown;
}

/** Bot Framework's error shape: `{ error: { code, message } }`. */
const fail = (status: number, code: string, message: string): ConnectorResponse => ({ status, body: { error: { code, message } } });

/**
 * The Bot Framework connector REST subset a Teams bot uses (create a 1:1 conversation, send,
 * reply, update, delete, members), plus the local read the activity pane polls.
 */
export function routeConnector(ctx: ConnectorContext, req: ConnectorRequest): ConnectorResponse {
  const parts = req.path.split("/").filter((p) => p !== "").map(decodeURIComponent);
  try {
    if (parts[0] === "local" && parts[1] === "inbox" && req.method === "GET") return inbox(ctx, req.query.get("person") ?? "");
    if (parts[0] !== "v3" || parts[1] !== "conversations") return fail(404, "NotFound", `No connector route for ${req.method} ${req.path}`);
    const [, , conversationId, collection, activityId, sub] = parts;
    if (conversationId === undefined) return req.method === "POST" ? createConversation(ctx, req.body) : notAllowed(req);
    if (collection === "members" && req.method === "GET") return members(ctx, conversationId, activityId);
    if (collection !== "activities" || sub !== undefined) return fail(404, "NotFound", `No connector route for ${req.method} ${req.path}`);
    if (activityId === undefined) return req.method === "POST" ? send(ctx, conversationId, asActivity(req.body)) : notAllowed(req);
    if (req.method === "POST") return send(ctx, conversationId, { ...asActivity(req.body), replyToId: activityId });
    if (req.method === "PUT") return update(ctx, conversationId, activityId, asActivity(req.body));
    if (req.method === "DELETE") return ctx.store.remove(conversationId, activityId) ? { status: 200, body: {} } : fail(404, "ActivityNotFound", `No activity ${activityId}`);
    return notAllowed(req);
  } catch (error) {
    if (error instanceof ConversationNotFound) return fail(404, "ConversationNotFound", error.message);
    if (error instanceof BadRequest) return fail(400, "BadSyntax", error.message);
    throw error;
  }
}

function createConversation(ctx: ConnectorContext, body: unknown): ConnectorResponse {
  const params = (body ?? {}) as { members?: Partial<ChannelAccount>[]; isGroup?: boolean; activity?: Activity };
  if (params.isGroup) return fail(400, "BadArgument", "The local connector creates 1:1 conversations only.");
  const member = params.members?.[0];
  if (!member || params.members?.length !== 1) return fail(400, "BadArgument", "Exactly one member is needed for a 1:1 conversation.");
  const person = findMember(ctx.people, member);
  // Teams answers 403 when the app is not installed for (or does not know) the user.
  if (!person) return fail(403, "Forbidden", `No local person has the id ${member.id ?? member.aadObjectId ?? "(none)"}`);
  const conversation = ctx.store.ensureConversation(personalConversationId(person), person.email);
  const first = params.activity ? ctx.store.append(conversation.id, stamp(ctx, params.activity)) : undefined;
  return { status: 201, body: { id: conversation.id, serviceUrl: ctx.serviceUrl, ...(first ? { activityId: first.id } : {}) } };
}

function send(ctx: ConnectorContext, conversationId: string, activity: Activity): ConnectorResponse {
  const stored = ctx.store.append(conversationId, stamp(ctx, activity));
  return { status: 201, body: { id: stored.id } };
}

function update(ctx: ConnectorContext, conversationId: string, activityId: string, activity: Activity): ConnectorResponse {
  const stored = ctx.store.replace(conversationId, activityId, stamp(ctx, activity));
  return stored ? { status: 200, body: { id: stored.id } } : fail(404, "ActivityNotFound", `No activity ${activityId} in ${conversationId}`);
}

function members(ctx: ConnectorContext, conversationId: string, memberId: string | undefined): ConnectorResponse {
  const conversation = ctx.store.conversation(conversationId);
  if (!conversation) throw new ConversationNotFound(conversationId);
  const person = ctx.people.find((p) => p.email.toLowerCase() === conversation.email);
  if (!person) return { status: 200, body: [] };
  // Teams' TeamsChannelAccount: the user's ids plus the directory fields bots look up.
  const account = { ...userAccount(person), email: person.email, userPrincipalName: person.email, tenantId: ctx.tenantId, userRole: "user" };
  if (memberId === undefined) return { status: 200, body: [account] };
  return findMember([person], { id: memberId, aadObjectId: memberId }) ? { status: 200, body: account } : fail(404, "MemberNotFound", `No member ${memberId}`);
}

/** The pane's read: the person's conversation, who they are in it, and its activities newest first. */
function inbox(ctx: ConnectorContext, email: string): ConnectorResponse {
  const person = ctx.people.find((p) => p.email.toLowerCase() === email.trim().toLowerCase());
  if (!person) return fail(404, "MemberNotFound", `No local person has the e-mail ${email || "(none)"}`);
  const conversation = ctx.store.conversationOf(person.email);
  const activities = conversation ? [...conversation.activities].reverse() : [];
  return {
    status: 200,
    body: {
      person: userAccount(person),
      bot: ctx.bot,
      conversation: { id: conversation?.id ?? personalConversationId(person), conversationType: "personal", tenantId: ctx.tenantId },
      installed: conversation !== undefined,
      serviceUrl: ctx.serviceUrl,
      tenantId: ctx.tenantId,
      activities,
    },
  };
}

/** What Teams fills in on a bot's outgoing activity whatever the bot sent. */
function stamp(ctx: ConnectorContext, activity: Activity): Activity {
  return { ...activity, from: activity.from ?? ctx.bot, channelId: "msteams", serviceUrl: ctx.serviceUrl };
}

function asActivity(body: unknown): Activity {
  if (!body || typeof body !== "object" || Array.isArray(body)) throw new BadRequest("The body must be an activity (a JSON object).");
  const activity = body as Activity;
  if (typeof activity.type !== "string") throw new BadRequest("The activity has no type.");
  return activity;
}

function notAllowed(req: ConnectorRequest): ConnectorResponse {
  return fail(405, "MethodNotAllowed", `${req.method} is not supported on ${req.path}`);
}

class BadRequest extends Error {}
