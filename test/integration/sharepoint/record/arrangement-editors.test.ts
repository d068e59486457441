import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { editorRefusal } from "../../../../src/sharepoint/authorise/editor-rule";
import { PermissionError } from "../../../../src/sharepoint/errors/permission-error";
import { and, eq } from "../../../../src/sharepoint/odata";
import { recordRepositoryFor } from "../../../../src/sharepoint/record/record-repository";
import { saveArrangementChanges } from "../../../../src/sharepoint/record/save-arrangement";
import { auditLogFor, repositoryFor } from "../../../../src/sharepoint/repositories";
import type { Actor } from "../../../../src/sharepoint/audit-trail";
import { people, startLocalSite, type LocalSite } from "../local-site";
import { actorOf, arrangement } from "../records-helpers";

const refused = (error: unknown) => PermissionError.is(error) && error.message === editorRefusal;

describe("who may change an arrangement's record", () => {
  let site: LocalSite;
  let olivia: Actor, jo: Actor, chris: Actor, lee: Actor;
  let id = 0;

  const purposeNow = async () => (await repositoryFor(site.as(people.chris), "Partnerships").getById(id, ["Purpose"])).record.purpose;
  const etagNow = async () => (await repositoryFor(site.as(people.chris), "Partnerships").getById(id, ["Title"])).etag;

  beforeAll(async () => {
    site = await startLocalSite();
    olivia = await actorOf(site.as(people.olivia));
    jo = await actorOf(site.as(people.jo));
    chris = await actorOf(site.as(people.chris));
    lee = await actorOf(site.as(people.leaver));
    const setUp = site.as(people.chris);
    ({ id } = await repositoryFor(setUp, "Partnerships").add(arrangement("Safer Streets Partnership", { leadOfficer: olivia, purpose: "First wording" }), chris));
    const holders = repositoryFor(setUp, "RoleHolders");
    await holders.add({ roleId: "change-manager", person: chris }, chris);
    // Lee was Change Manager until last year: a lapsed role gives no standing.
    await holders.add({ roleId: "change-manager", person: lee, activeFrom: "2020-01-01", activeTo: "2021-12-31" }, chris);
  });
  afterAll(() => site.close());

  it("lets the lead officer change their own arrangement", async () => {
    await saveArrangementChanges(site.as(people.olivia), id, { purpose: "Olivia's wording" }, await etagNow(), olivia);
    expect(await purposeNow()).toBe("Olivia's wording");
  });

  it("refuses another officer, saves nothing and writes no audit entry", async () => {
    const trail = () => auditLogFor(site.as(people.chris)).query({ filter: and(eq("ListTitle", "Partnerships"), eq("ItemId", id)) });
    const before = (await trail()).length;
    await expect(saveArrangementChanges(site.as(people.jo), id, { purpose: "Jo's wording" }, await etagNow(), jo)).rejects.toSatisfy(refused);
    expect(await purposeNow()).toBe("Olivia's wording");
    expect(await trail()).toHaveLength(before);
  });

  it("refuses a former Change Manager whose role has ended", async () => {
    await expect(saveArrangementChanges(site.as(people.leaver), id, { purpose: "Lee's wording" }, await etagNow(), lee)).rejects.toSatisfy(refused);
  });

  it("lets the Change Manager change any arrangement", async () => {
    await saveArrangementChanges(site.as(people.chris), id, { purpose: "Register owner's wording" }, await etagNow(), chris);
    expect(await purposeNow()).toBe("Register owner's wording");
  });

  it("lets the sponsoring officer change it once they are named", async () => {
    await saveArrangementChanges(site.as(people.olivia), id, { sponsoringOfficer: jo }, await etagNow(), olivia);
    await saveArrangementChanges(site.as(people.jo), id, { purpose: "Sponsor's wording" }, await etagNow(), jo);
    expect(await purposeNow()).toBe("Sponsor's wording");
    await saveArrangementChanges(site.as(people.olivia), id, { sponsoringOfficer: undefined }, await etagNow(), olivia);
  });

  it("refuses a change made in someone else's name", async () => {
    const attempt = saveArrangementChanges(site.as(people.jo), id, { purpose: "Forged" }, await etagNow(), olivia);
    await expect(attempt).rejects.toThrow(/in someone else's name/);
    expect(await purposeNow()).toBe("Sponsor's wording");
  });

  it("applies the same rule to the records kept under the arrangement", async () => {
    const risk = { title: "Funding ends", arrangementId: id, likelihood: 2, impact: 4, status: "open" as const, onCorporateRegister: false };
    await expect(recordRepositoryFor(site.as(people.jo), "Risks").add(risk, jo)).rejects.toSatisfy(refused);
    const { id: riskId, etag } = await recordRepositoryFor(site.as(people.olivia), "Risks").add(risk, olivia);
    await expect(recordRepositoryFor(site.as(people.jo), "Risks").update(riskId, { likelihood: 5 }, etag, jo)).rejects.toSatisfy(refused);
    await expect(recordRepositoryFor(site.as(people.jo), "Risks").delete(riskId, etag, jo)).rejects.toSatisfy(refused);
    expect((await repositoryFor(site.as(people.chris), "Risks").getById(riskId)).record.likelihood).toBe(2);
  });

  it("refuses to move a risk onto an arrangement the person does not look after", async () => {
    const { id: otherId } = await repositoryFor(site.as(people.chris), "Partnerships").add(arrangement("Jo's Forum", { leadOfficer: jo }), chris);
    const risks = recordRepositoryFor(site.as(people.jo), "Risks");
    const { id: riskId, etag } = await risks.add({ title: "Low turnout", arrangementId: otherId, likelihood: 3, impact: 2, status: "open", onCorporateRegister: false }, jo);
    const mine = recordRepositoryFor(site.as(people.olivia), "Risks");
    await expect(mine.update(riskId, { arrangementId: id }, etag, olivia)).rejects.toSatisfy(refused);
  });
});
