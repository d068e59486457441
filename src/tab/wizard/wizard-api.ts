/*
 * The SharePoint calls the wizard makes, all from src/sharepoint/evaluations (WIZARD-CORE's),
 * gathered in one place so the wizard's files import them from one module of its own.
 */
export { readEvaluation, readEvaluationDraft } from "../../sharepoint/evaluations/read-evaluation";
export { saveEvaluationDraft } from "../../sharepoint/evaluations/save-evaluation-draft";
export { startEvaluation } from "../../sharepoint/evaluations/start-evaluation";
export { screenOutProposal } from "../../sharepoint/evaluations/screen-out-proposal";
export { submitEvaluation } from "../../sharepoint/evaluations/submit-evaluation";
export { listMyDrafts, type MyDraft } from "../../sharepoint/evaluations/list-my-drafts";
