import { describe, expect, it } from "vitest";
import { getBuiltInPack } from "../../../../src/policy/built-in-packs";
import { filterRegister } from "../../../../src/tab/register/filter-register";
import { packGroupsOf } from "../../../../src/tab/register/pack-groups";
import { defaultQuery, type RegisterQuery, type ViewId } from "../../../../src/tab/register/register-query";
import { savedViews } from "../../../../src/tab/register/saved-views";
import { me, row, today } from "./register-fixtures";

const pack = getBuiltInPack("gravesham")!;
const views = savedViews(packGroupsOf(pack));
const context = { userId: me, today };
const names = (view: ViewId, query: Partial<RegisterQuery> = {}, rows = register) =>
  filterRegister(rows, { ...defaultQuery, ...query }, views.find((v) => v.id === view), context).map((r) => r.name);

const register = [
  row(1, "County Waste Partnership", { category: "significant", leadOfficer: { id: me }, nextReviewDue: "2026-06-20", directorate: { id: 3, title: "Place" }, partners: ["Kent County Council"], purpose: "Joint waste collection" }),
  row(2, "Flood Response Group", { category: "ad-hoc", nextReviewDue: "2026-05-01", sponsoringOfficer: { id: me } }),
  row(3, "Shared Legal Service", { kind: "shared-service", subtype: "full", nextReviewDue: "2026-07-15", directorate: { id: 4, title: "Resources" } }),
  row(4, "Elections Resilience", { kind: "shared-service", subtype: "ad-hoc-resilience", status: "ended", nextReviewDue: "2026-01-01" }),
  row(5, "Arts Forum", { category: "other", status: "proposed", problems: ["Partners is not valid JSON"], portfolio: { id: 9, title: "Culture" } }),
];

describe("the register's saved views", () => {
  it("All shows every arrangement, ended ones included", () => {
    expect(names("all")).toHaveLength(5);
  });

  it("My arrangements shows those I lead or sponsor", () => {
    expect(names("mine")).toEqual(["County Waste Partnership", "Flood Response Group"]);
  });

  it("Due for review shows live arrangements whose review is overdue or falls due within 30 days", () => {
    // 20 June is 19 days away, 1 May is overdue; 15 July is 44 days away; an ended arrangement owes nothing.
    expect(names("due")).toEqual(["County Waste Partnership", "Flood Response Group"]);
  });

  it("Significant shows the pack's highest-ranked category", () => {
    expect(views.find((v) => v.id === "top-category")?.label).toBe("Significant");
    expect(names("top-category")).toEqual(["County Waste Partnership"]);
  });

  it("Ad hoc shows ad hoc partnerships and ad hoc resilience shared services", () => {
    expect(names("ad-hoc")).toEqual(["Flood Response Group", "Elections Resilience"]);
  });

  it("Shared services shows every kind of shared service", () => {
    expect(names("shared")).toEqual(["Shared Legal Service", "Elections Resilience"]);
  });
});

describe("filters and search", () => {
  it("narrows by several values of one filter (either) and several filters (both)", () => {
    expect(names("all", { statuses: ["active", "proposed"] })).toHaveLength(4);
    expect(names("all", { statuses: ["active", "proposed"], kinds: ["shared-service"] })).toEqual(["Shared Legal Service"]);
  });

  it("narrows by directorate and portfolio", () => {
    expect(names("all", { directorates: ["3"] })).toEqual(["County Waste Partnership"]);
    expect(names("all", { portfolios: ["9"] })).toEqual(["Arts Forum"]);
  });

  it("finds overdue reviews, or those due within 30 days", () => {
    expect(names("all", { review: ["overdue"] })).toEqual(["Flood Response Group"]);
    expect(names("all", { review: ["due-soon"] })).toEqual(["County Waste Partnership"]);
  });

  it("shows only rows with data problems when asked", () => {
    expect(names("all", { problems: true })).toEqual(["Arts Forum"]);
  });

  it("searches names, partners and purpose, every word anywhere, ignoring case", () => {
    expect(names("all", { text: "kent" })).toEqual(["County Waste Partnership"]);
    expect(names("all", { text: "COLLECTION joint" })).toEqual(["County Waste Partnership"]);
    expect(names("all", { text: "legal flood" })).toEqual([]);
  });

  it("combines a view with filters and search", () => {
    expect(names("shared", { text: "legal" })).toEqual(["Shared Legal Service"]);
  });
});

describe("views follow the council's own framework", () => {
  it("a scorecard council's top view is its highest threshold's category", () => {
    const dartford = getBuiltInPack("dartford")!;
    const groups = packGroupsOf(dartford);
    expect(groups.topCategory?.name).toBe("Major");
    // dartford has no ad hoc category and no shared services, so those views are not offered.
    expect(savedViews(groups).map((v) => v.id)).toEqual(["all", "mine", "due", "top-category"]);
  });

  it("a council with no categories gets no category view", () => {
    expect(savedViews(packGroupsOf(getBuiltInPack("protocol-j")!)).map((v) => v.id)).toEqual(["all", "mine", "due"]);
  });
});
