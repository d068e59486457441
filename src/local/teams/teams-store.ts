import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { readSnapshot, writeSnapshot } from "../snapshot";
import type { Activity, StoredActivity, StoredConversation } from "./activity-types";

interface TeamsState {
  conversations: StoredConversation[];
  /** The last activity id handed out; ids only grow, as Teams' message ids do. */
  lastActivityId: number;
}

/**
 * The local Teams connector's conversations and messages, in memory and on disk. Every change is
 * written whole through the stand-in's atomic snapshot (temp file, fsync, rename) before the
 * caller answers, so a kill never leaves half a conversation. It is small: one conversation per
 * person, a few cards each.
 */
export class TeamsStore {
  private constructor(
    private readonly path: string,
    private state: TeamsState,
    private seq: number,
  ) {}

  static open(dir: string): TeamsStore {
    mkdirSync(dir, { recursive: true });
    const path = join(dir, "conversations.json");
    const snapshot = readSnapshot<TeamsState>(path);
    return new TeamsStore(path, snapshot?.state ?? { conversations: [], lastActivityId: 0 }, snapshot?.seq ?? 0);
  }

  conversation(id: string): StoredConversation | undefined {
    return this.state.conversations.find((c) => c.id === id);
  }

  conversationOf(email: string): StoredConversation | undefined {
    const wanted = email.trim().toLowerCase();
    return this.state.conversations.find((c) => c.email === wanted);
  }

  /** The person's 1:1 conversation, created on first use (Teams creates it when the app is installed). */
  ensureConversation(id: string, email: string): StoredConversation {
    const found = this.conversation(id);
    if (found) return found;
    const created: StoredConversation = { id, email: email.trim().toLowerCase(), activities: [] };
    this.state.conversations.push(created);
    this.save();
    return created;
  }

  /** Stores a sent activity under a new id and answers that id. */
  append(conversationId: string, activity: Activity, now: Date = new Date()): StoredActivity {
    const conversation = this.required(conversationId);
    // Teams' message ids are millisecond timestamps; keep them unique when two arrive at once.
    const id = Math.max(now.getTime(), this.state.lastActivityId + 1);
    this.state.lastActivityId = id;
    const stored: StoredActivity = { ...activity, id: String(id), timestamp: now.toISOString(), conversation: { ...activity.conversation, id: conversationId } };
    conversation.activities.push(stored);
    this.save();
    return stored;
  }

  /** Replaces an activity's content in place, keeping its id and first timestamp; undefined when there is none. */
  replace(conversationId: string, activityId: string, activity: Activity, now: Date = new Date()): StoredActivity | undefined {
    const conversation = this.required(conversationId);
    const index = conversation.activities.findIndex((a) => a.id === activityId);
    const old = conversation.activities[index];
    if (!old) return undefined;
    const updated: StoredActivity = { ...activity, id: old.id, timestamp: old.timestamp, lastUpdated: now.toISOString(), conversation: old.conversation };
    conversation.activities[index] = updated;
    this.save();
    return updated;
  }

  /** Deletes an activity; false when there was none. */
  remove(conversationId: string, activityId: string): boolean {
    const conversation = this.required(conversationId);
    const before = conversation.activities.length;
    conversation.activities = conversation.activities.filter((a) => a.id !== activityId);
    if (conversation.activities.length === before) return false;
    this.save();
    return true;
  }

  private required(conversationId: string): StoredConversation {
    const conversation = this.conversation(conversationId);
    if (!conversation) throw new ConversationNotFound(conversationId);
    return conversation;
  }

  private save(): void {
    this.seq += 1;
    writeSnapshot(this.path, { format: 1, seq: this.seq, state: this.state });
  }
}

/** Answered as Bot Framework's 404 `ConversationNotFound`. */
export class ConversationNotFound extends Error {
  constructor(readonly conversationId: string) {
    super(`Conversation not found: ${conversationId}`);
    this.name = "ConversationNotFound";
  }
}
