import type { StepId } from "../../domain/evaluation/wizard-steps";

/** What each step is for, in a sentence; the pack's own rule (why it is shown or required) follows it. */
export const stepIntros: Record<StepId, string> = {
  screening: "Check that it is a partnership at all: a proposal that is not stops here and is recorded with the reason.",
  kind: "The kinds of arrangement the council's policy recognises; the questions that follow depend on it.",
  basics: "What it is, who is in it and who answers for it. This is what the register will show.",
  significance: "The questions the council's policy asks to judge how significant it is. The category, and the route it takes, follow as you answer.",
  "benefits-costs": "What it will cost the council and what it brings in, quantified where possible.",
  risks: "The risks to what it sets out to achieve, as rows of its risk register.",
  considerations: "The duties the council's policy asks every evaluation to consider.",
  governance: "How the arrangement will be run and held to account.",
  exit: "How the council would leave it, and who would start that.",
  alternatives: "Why a partnership, rather than the council or a partner acting alone, consultation or a contract.",
  review: "Everything on one page. Check it, answer anything still missing, then submit it for its statutory opinions and approval.",
};
