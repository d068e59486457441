import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ReviewFormError } from "../../../../src/domain/review-forms/review-form-error";
import type { Actor } from "../../../../src/sharepoint/audit-trail";
import { ConcurrencyError } from "../../../../src/sharepoint/errors/concurrency-error";
import { PermissionError } from "../../../../src/sharepoint/errors/permission-error";
import { and, eq } from "../../../../src/sharepoint/odata";
import { auditLogFor, repositoryFor } from "../../../../src/sharepoint/repositories";
import { readAssuranceSummary } from "../../../../src/sharepoint/reviews/read-assurance-summary";
import { readOverdueReviews } from "../../../../src/sharepoint/reviews/read-overdue-reviews";
import { readReviewForm } from "../../../../src/sharepoint/reviews/read-review-form";
import { completeReview, saveReviewDraft } from "../../../../src/sharepoint/reviews/save-review";
import { scheduleDueReviews } from "../../../../src/sharepoint/reviews/schedule-due-reviews";
import { people, startLocalSite, type LocalSite } from "../local-site";
import { actorOf, arrangement } from "../records-helpers";

// The calendar is drawn for a fixed day, so the test means the same thing whenever it runs.
const asOf = "2026-11-24";

describe("reviews from the council's pack, against the SharePoint stand-in", () => {
  let site: LocalSite;
  let olivia: Actor, jo: Actor, chris: Actor;
  let sharedId = 0;

  const reviewsOf = async (id: number) => repositoryFor(site.as(people.chris), "Reviews").query({ filter: eq("ArrangementId", id), orderBy: [{ field: "Id" }] });

  beforeAll(async () => {
    site = await startLocalSite();
    olivia = await actorOf(site.as(people.olivia));
    jo = await actorOf(site.as(people.jo));
    chris = await actorOf(site.as(people.chris));
    // Thirty months old: its second anniversary review has fallen due and not been done.
    ({ id: sharedId } = await repositoryFor(site.as(people.chris), "Partnerships").add(
      arrangement("Shared Legal Service", { kind: "shared-service", subtype: "full", status: "active", startDate: "2024-05-24", leadOfficer: olivia }),
      chris,
    ));
  });
  afterAll(() => site.close());

  it("schedules each review now due once, however often it runs", async () => {
    const first = await scheduleDueReviews(site.as(people.chris), { asOf, actor: chris });
    expect(first.problems).toEqual([]);
    const created = await reviewsOf(sharedId);
    expect(created.map((r) => [r.record.reviewTypeId, r.record.templateId, r.record.dueDate, r.record.status]).sort()).toEqual([
      ["governance-assurance", undefined, "2026-03-31", "due"],
      ["quarterly-budget-monitoring", undefined, "2026-08-24", "due"],
      ["shared-service-annual-review", "comprehensive", "2026-05-24", "due"],
    ]);
    const again = await scheduleDueReviews(site.as(people.olivia), { asOf, actor: olivia, arrangementId: sharedId });
    expect(again.created).toEqual([]);
    expect(await reviewsOf(sharedId)).toHaveLength(3);
    const audited = await auditLogFor(site.as(people.chris)).query({ filter: and(eq("ListTitle", "Reviews"), eq("Action", "create")) });
    expect(audited).toHaveLength(3);
  });

  it("lists the reviews past their due date, most overdue first, with the arrangement's name", async () => {
    const overdue = await readOverdueReviews(site.as(people.olivia), asOf);
    expect(overdue.map((o) => [o.arrangementName, o.row.record.reviewTypeId])).toEqual([
      ["Shared Legal Service", "governance-assurance"],
      ["Shared Legal Service", "shared-service-annual-review"],
      ["Shared Legal Service", "quarterly-budget-monitoring"],
    ]);
    // On the due date itself a review is not yet overdue.
    expect((await readOverdueReviews(site.as(people.olivia), "2026-03-31")).map((o) => o.row.record.reviewTypeId)).toEqual([]);
  });

  it("draws the form from the pack, with the template recorded for the review", async () => {
    const review = (await reviewsOf(sharedId)).find((r) => r.record.reviewTypeId === "shared-service-annual-review")!;
    const data = await readReviewForm(site.as(people.olivia), sharedId, review.id);
    expect(data.form?.templateId).toBe("comprehensive");
    expect(data.yearOfOperation).toBe(2);
    await expect(readReviewForm(site.as(people.olivia), sharedId + 100, review.id)).rejects.toThrow(/not one of arrangement/);
  });

  it("keeps a draft, refuses a stale one, and lets only the record's editors write", async () => {
    const review = (await reviewsOf(sharedId)).find((r) => r.record.reviewTypeId === "governance-assurance")!;
    const { form } = await readReviewForm(site.as(people.olivia), sharedId, review.id);
    const input = { arrangementId: sharedId, reviewId: review.id, etag: review.etag, answers: { "governance-in-place": "yes", stray: "dropped" } };
    const saved = await saveReviewDraft(site.as(people.olivia), input, form!, olivia);
    const after = await repositoryFor(site.as(people.chris), "Reviews").getById(review.id);
    expect(after.record).toMatchObject({ status: "in-progress", answers: { "governance-in-place": "yes" } });
    expect(saved.etag).toBe(after.etag);
    await expect(saveReviewDraft(site.as(people.olivia), input, form!, olivia)).rejects.toSatisfy(ConcurrencyError.is);
    await expect(saveReviewDraft(site.as(people.jo), { ...input, etag: after.etag }, form!, jo)).rejects.toSatisfy(PermissionError.is);
  });

  it("will not complete with an answer missing, and writes nothing", async () => {
    const review = (await reviewsOf(sharedId)).find((r) => r.record.reviewTypeId === "governance-assurance")!;
    const { form, pack } = await readReviewForm(site.as(people.olivia), sharedId, review.id);
    const attempt = completeReview(site.as(people.olivia), { arrangementId: sharedId, reviewId: review.id, etag: review.etag, answers: { "governance-in-place": "yes" } }, form!, pack, olivia);
    await expect(attempt).rejects.toSatisfy((e: unknown) => ReviewFormError.is(e) && e.problems.map((p) => p.field).join() === "objectives-still-met");
    expect((await repositoryFor(site.as(people.chris), "Reviews").getById(review.id)).record.status).toBe("in-progress");
  });

  it("completing the governance assurance writes the rating and its date to the arrangement, audited", async () => {
    const review = (await reviewsOf(sharedId)).find((r) => r.record.reviewTypeId === "governance-assurance")!;
    const { form, pack } = await readReviewForm(site.as(people.olivia), sharedId, review.id);
    const now = new Date("2026-11-24T10:00:00Z");
    const done = await completeReview(
      site.as(people.olivia),
      { arrangementId: sharedId, reviewId: review.id, etag: review.etag, answers: { "governance-in-place": "yes", "objectives-still-met": "partly", "objectives-still-met#comment": "One target missed" } },
      form!,
      pack,
      olivia,
      now,
    );
    expect(done.rating?.level).toBe("reasonable");
    const stored = await repositoryFor(site.as(people.chris), "Reviews").getById(review.id);
    expect(stored.record).toMatchObject({ status: "completed", rating: "reasonable", completedAt: "2026-11-24T10:00:00Z", completedBy: { id: olivia.id } });
    const entry = await repositoryFor(site.as(people.chris), "Partnerships").getById(sharedId);
    expect(entry.record).toMatchObject({ governanceRating: "reasonable", governanceRatingDate: "2026-11-24" });
    const audit = await auditLogFor(site.as(people.chris)).query({ filter: and(eq("ListTitle", "Partnerships"), eq("ItemId", sharedId), eq("Action", "update")) });
    expect(audit.at(-1)?.record.reason).toMatch(/Governance rating from the governance assurance/);
  });

  it("the assurance summary for the year puts arrangements that gave no assurance first", async () => {
    const { id: silentId } = await repositoryFor(site.as(people.chris), "Partnerships").add(
      arrangement("Silent Partnership", { status: "active", startDate: "2020-01-01", leadOfficer: olivia }),
      chris,
    );
    const summary = await readAssuranceSummary(site.as(people.chris), 2026);
    expect(summary.rows.map((r) => [r.arrangement.id, r.level ?? "none"])).toEqual([
      [silentId, "none"],
      [sharedId, "reasonable"],
    ]);
  });
});
