import { coreFacts } from "../../domain/facts/fact-vocabulary";
import type { PolicyPack } from "../../domain/policy-pack/pack-schema";
import { problemAt, type PackProblem, type PathSegment } from "./problem";

interface IdList {
  path: PathSegment[];
  items: readonly { id: string }[];
  what: string;
}

/** Ids are how everything in a pack refers to everything else, so each list's ids must be unique. */
export function checkDuplicateIds(pack: PolicyPack): PackProblem[] {
  return [...idLists(pack).flatMap(duplicatesIn), ...factsShadowingCore(pack)];
}

function idLists(pack: PolicyPack): IdList[] {
  const lists: IdList[] = [
    { path: ["roles"], items: pack.roles, what: "role" },
    { path: ["kinds"], items: pack.kinds, what: "kind" },
    { path: ["facts"], items: pack.facts, what: "fact" },
    { path: ["screening", "exclusions"], items: pack.screening.exclusions, what: "screening exclusion" },
    { path: ["categories"], items: pack.categories, what: "category" },
    { path: ["categorisation"], items: pack.categorisation, what: "categorisation" },
    { path: ["sections"], items: pack.sections, what: "section" },
    { path: ["sectionRules"], items: pack.sectionRules, what: "section rule" },
    { path: ["routes"], items: pack.routes, what: "route" },
    { path: ["evaluationParticipants"], items: pack.evaluationParticipants, what: "participant rule" },
    { path: ["checklists"], items: pack.checklists, what: "checklist" },
    { path: ["reviews", "cycles"], items: pack.reviews.cycles, what: "review cycle" },
    { path: ["exit", "reasons"], items: pack.exit.reasons, what: "exit reason" },
  ];
  pack.kinds.forEach((k, i) => lists.push({ path: ["kinds", i, "subtypes"], items: k.subtypes ?? [], what: `sub-type of "${k.id}"` }));
  pack.categorisation.forEach((c, i) => {
    lists.push({ path: ["categorisation", i, "rules"], items: c.rules, what: "category rule" });
    if (c.scorecard) lists.push({ path: ["categorisation", i, "scorecard", "criteria"], items: c.scorecard.criteria, what: "scorecard criterion" });
  });
  pack.checklists.forEach((c, i) => lists.push({ path: ["checklists", i, "items"], items: c.items, what: `item of checklist "${c.id}"` }));
  pack.reviews.cycles.forEach((c, i) => {
    lists.push({ path: ["reviews", "cycles", i, "templates"], items: c.templates, what: "review template" });
    lists.push({ path: ["reviews", "cycles", i, "questions"], items: c.questions, what: "review question" });
    lists.push({ path: ["reviews", "cycles", i, "outcomes"], items: c.outcomes, what: "review outcome" });
    c.templates.forEach((t, j) => lists.push({ path: ["reviews", "cycles", i, "templates", j, "questions"], items: t.questions, what: "template question" }));
  });
  return lists;
}

function duplicatesIn(list: IdList): PackProblem[] {
  return list.items.flatMap((item, i) => {
    const first = list.items.findIndex((other) => other.id === item.id);
    return first < i
      ? [problemAt([...list.path, i, "id"], `the ${list.what} id "${item.id}" is used twice (first at index ${first}); ids must be unique, so rename one`)]
      : [];
  });
}

// A pack fact with a core fact's id would make rules ambiguous about which definition they test.
function factsShadowingCore(pack: PolicyPack): PackProblem[] {
  const core = coreFacts.map((f) => f.id);
  return pack.facts.flatMap((fact, i) =>
    core.includes(fact.id) ? [problemAt(["facts", i, "id"], `the fact "${fact.id}" is already a core fact; remove it from "facts" or give it another id`)] : [],
  );
}
