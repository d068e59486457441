/**
 * The cards' public surface for the bot: pure builders from view models to Adaptive Card JSON.
 * (Importing a builder's own file works as well; this list is the contract.)
 */
export * from "./card-types";
export { escapeCardText } from "./escape-card-text";
export { opinionRequestCard } from "./opinion-request-card";
export { approvalRequestCard } from "./approval-request-card";
export { informCard } from "./inform-card";
export { decidedCard } from "./decided-card";
export { reminderCard } from "./reminder-card";
export { notAssigneeCard } from "./not-assignee-card";
export { statusCard } from "./status-card";
export { cardForViewer } from "./card-for-viewer";
export { readCardAction, type CardActionSubmission, type ReadCardAction } from "./read-card-action";
export { cardByteBudget, cardBytes } from "./card-limits";
export { maxRefreshUsers } from "./card-actions";
