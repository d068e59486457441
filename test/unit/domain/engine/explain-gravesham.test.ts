import { describe, expect, it } from "vitest";
import { explainWith, routeOf, stage } from "../../../support/explain-with";

const opinions = stage("opinion", "deputy-monitoring-officer", "section-151-officer");

describe("gravesham: partnerships by significance (framework 1.11, 2.14)", () => {
  const cases = [
    {
      name: "council resource of £65,000 makes a significant partnership that goes to Management Team before the portfolio holder and Leader",
      facts: { kind: "partnership", councilResource: 65000 },
      category: "significant",
      route: [opinions, stage("meeting", "management-team"), stage("approval", "portfolio-holder", "leader")],
    },
    {
      name: "council resource of £10,000 is an other partnership approved by the director, Leader and portfolio holder with no Management Team report",
      facts: { kind: "partnership", councilResource: 10000 },
      category: "other",
      route: [opinions, stage("approval", "director", "leader", "portfolio-holder")],
    },
    {
      name: "a partnership fundamental to a Corporate Plan objective is significant whatever it costs",
      facts: { kind: "partnership", councilResource: 0, fundamentalToCorporateObjective: true },
      category: "significant",
      route: [opinions, stage("meeting", "management-team"), stage("approval", "portfolio-holder", "leader")],
    },
    {
      name: "a partnership delivering a statutory requirement is significant",
      facts: { kind: "partnership", councilResource: 5000, statutory: true },
      category: "significant",
      route: [opinions, stage("meeting", "management-team"), stage("approval", "portfolio-holder", "leader")],
    },
    {
      name: "exactly £50,000 is significant (the threshold is £50,000 or greater)",
      facts: { kind: "partnership", councilResource: 50000 },
      category: "significant",
      route: [opinions, stage("meeting", "management-team"), stage("approval", "portfolio-holder", "leader")],
    },
    {
      name: "an urgent need within one month from an external cause is ad hoc: the director approves and the lead member is kept informed",
      facts: { kind: "partnership", urgentWithinOneMonth: true, externalCause: true, councilResource: 20000 },
      category: "ad-hoc",
      route: [stage("approval", "director"), stage("inform", "lead-member")],
    },
    {
      name: "urgency the council itself caused is not ad hoc",
      facts: { kind: "partnership", urgentWithinOneMonth: true, externalCause: false, councilResource: 20000 },
      category: "other",
      route: [opinions, stage("approval", "director", "leader", "portfolio-holder")],
    },
  ];
  it.each(cases)("$name", ({ facts, category, route }) => {
    const e = explainWith("gravesham", facts);
    expect(e.screening.result).toBe("in");
    expect(e.category?.id).toBe(category);
    expect(routeOf(e)).toEqual(route);
  });

  it("explains significance in an officer's words, citing 1.11b", () => {
    const e = explainWith("gravesham", { kind: "partnership", councilResource: 65000 });
    const reason = e.reasons.find((r) => r.topic === "category")!;
    expect(`${reason.text} — ${reason.cite}`).toBe("Significant: council resource £65,000 is at least £50,000 — framework 1.11b");
  });

  it("an ad hoc partnership needs only the safeguarding and data protection sections", () => {
    const e = explainWith("gravesham", { kind: "partnership", urgentWithinOneMonth: true, externalCause: true });
    expect(e.sections.required.map((s) => s.id).sort()).toEqual(["data-protection", "safeguarding"]);
  });

  it("a significant partnership requires a risk assessment and an exit strategy before approval", () => {
    const e = explainWith("gravesham", { kind: "partnership", councilResource: 65000 });
    expect(e.requirements.exitStrategy.required).toBe(true);
    expect(e.requirements.riskAssessment.required).toBe(true);
    expect(e.sections.required.map((s) => s.id)).toEqual(expect.arrayContaining(["risk-assessment", "exit-strategy", "safeguarding", "data-protection", "equalities", "climate"]));
  });

  it("member involvement brings the director into the evaluation (2.7)", () => {
    const without = explainWith("gravesham", { kind: "partnership", councilResource: 10000 });
    const withMembers = explainWith("gravesham", { kind: "partnership", councilResource: 10000, memberInvolvement: true });
    expect(without.participants.map((p) => p.role)).not.toContain("director");
    expect(withMembers.participants.map((p) => p.role)).toContain("director");
    expect(withMembers.reasons.some((r) => r.topic === "participants" && r.cite.includes("2.7"))).toBe(true);
  });

  it("every outcome carries the framework section that produced it", () => {
    const e = explainWith("gravesham", { kind: "partnership", councilResource: 65000 });
    for (const r of e.reasons) expect(r.cite, r.text).toMatch(/\d/);
    for (const s of e.route) expect(s.cite).toMatch(/\d/);
  });
});

describe("gravesham: shared services (framework 1.16, 3.9, 3.10)", () => {
  it.each([
    { subtype: "full", route: [opinions, stage("approval", "director", "leader", "portfolio-holder"), stage("meeting", "cabinet")] },
    { subtype: "joint-officer", route: [opinions, stage("approval", "leader", "portfolio-holder")] },
    { subtype: "joint-management", route: [opinions, stage("approval", "leader", "portfolio-holder")] },
    { subtype: "ad-hoc-resilience", route: [stage("inform", "leader", "portfolio-holder")] },
  ])("a $subtype shared service follows its route", ({ subtype, route }) => {
    const e = explainWith("gravesham", { kind: "shared-service", subtype });
    expect(routeOf(e)).toEqual(route);
  });

  it("ad hoc resilience needs no approval at all", () => {
    const e = explainWith("gravesham", { kind: "shared-service", subtype: "ad-hoc-resilience" });
    expect(e.route.some((s) => s.type === "approval")).toBe(false);
  });

  it("a full shared service needs a business case (3.7)", () => {
    const e = explainWith("gravesham", { kind: "shared-service", subtype: "full" });
    expect(e.sections.required.map((s) => s.id)).toContain("business-case");
  });
});

describe("gravesham: county and regional working groups (framework 2.15–2.16)", () => {
  it("a working group has no approval route and needs terms of reference, decision-making, safeguarding and GDPR", () => {
    const e = explainWith("gravesham", { kind: "working-group" });
    expect(e.route).toEqual([]);
    expect(e.sections.required.map((s) => s.id).sort()).toEqual(["data-protection", "decision-making", "safeguarding", "terms-of-reference"]);
  });
});

describe("gravesham: the review calendar in the explanation (framework 6.6, 6.11)", () => {
  const assurance = (asOf: string, startDate = "2025-06-01") =>
    explainWith("gravesham", { kind: "partnership", councilResource: 65000, startDate, asOf }).reviews.find((r) => r.reviewId === "governance-assurance");

  it("inside February and March the governance assurance is due", () => {
    expect(assurance("2027-02-10")).toMatchObject({ status: "due", dueDate: "2027-03-31" });
  });

  it("after March with no assurance given it is overdue", () => {
    expect(assurance("2027-04-02")).toMatchObject({ status: "overdue", periodKey: "2027" });
  });

  it("in December it looks ahead across the year boundary to next year's window", () => {
    const entry = assurance("2026-12-15", "2026-06-01");
    expect(entry).toMatchObject({ status: "upcoming", periodKey: "2027", dueDate: "2027-03-31" });
  });

  it("a full shared service's annual review uses the comprehensive template in its first years", () => {
    const e = explainWith("gravesham", { kind: "shared-service", subtype: "full", startDate: "2025-04-01", asOf: "2026-03-15" });
    expect(e.reviews.find((r) => r.reviewId === "shared-service-annual-review")).toMatchObject({ templateId: "comprehensive" });
  });
});
