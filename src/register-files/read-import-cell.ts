import { lifecycleStates } from "../domain/lifecycle/states";
import type { PolicyPack } from "../domain/policy-pack/pack-schema";
import { legalForms } from "../domain/records/arrangement-parts";
import type { Arrangement } from "../domain/records/arrangement";
import type { ImportFieldId } from "./import-fields";
import { legalFormLabel, statusLabel } from "./labels";
import { readPerson, type SitePerson } from "./read-person";
import { readChoice, readDate, readMoney, readUrl, readYesNo, type Read } from "./read-values";

/** What the import checks cells against: the council's pack, directorates and site users. */
export interface ImportContext {
  pack: PolicyPack;
  directorates: readonly { id: number; name: string }[];
  people: readonly SitePerson[];
}

/** Properties one cell sets on the arrangement it becomes. */
type Patch = Partial<Arrangement>;

/** SharePoint's single-line text columns hold 255 characters at most. */
const singleLine = (text: string, set: (t: string) => Patch): Read<Patch> =>
  text.length > 255 ? { ok: false, message: `this is ${text.length} characters long; SharePoint holds at most 255 here, so shorten it.` } : { ok: true, value: set(text) };

const map = <T>(read: Read<T>, set: (value: T) => Patch): Read<Patch> => (read.ok ? { ok: true, value: set(read.value) } : read);

const ratings = [{ id: "substantial", name: "Substantial" }, { id: "reasonable", name: "Reasonable" }, { id: "limited", name: "Limited" }, { id: "weak", name: "Weak" }];

/**
 * One non-blank cell, read into the property its column is mapped to. `kind` is the row's kind
 * as already read, so a sub-type is checked against that kind's sub-types.
 */
export function readImportCell(field: ImportFieldId, text: string, context: ImportContext, kind: string | undefined): Read<Patch> {
  const { pack } = context;
  switch (field) {
    case "reference":
      return { ok: true, value: {} };
    case "name":
      return singleLine(text, (name) => ({ name }));
    case "kind": {
      // "Shared service: full shared service" is how the register's own export writes kind and sub-type.
      const [kindText = "", subtypeText] = text.split(":").map((part) => part.trim());
      const read = readChoice(kindText, pack.kinds, "kind of arrangement");
      if (!read.ok || !subtypeText) return map(read, (kind) => ({ kind }));
      const subtypes = pack.kinds.find((k) => k.id === read.value)?.subtypes ?? [];
      return map(readChoice(subtypeText, subtypes, "sub-type"), (subtype) => ({ kind: read.value, subtype }));
    }
    case "subtype": {
      const subtypes = pack.kinds.find((k) => k.id === kind)?.subtypes ?? [];
      if (kind && subtypes.length === 0) return { ok: false, message: `this kind of arrangement has no sub-types, so leave it blank (it says "${text}").` };
      return map(readChoice(text, subtypes, "sub-type"), (subtype) => ({ subtype }));
    }
    case "category":
      return map(readChoice(text, pack.categories, "category"), (category) => ({ category }));
    case "status":
      return map(readChoice(text, lifecycleStates.map((s) => ({ id: s, name: statusLabel(s) })), "status"), (status) => ({ status: status as Arrangement["status"] }));
    case "legalForm":
      return map(readChoice(text, legalForms.map((l) => ({ id: l, name: legalFormLabel(l) })), "legal form"), (l) => ({ legalForm: l as Arrangement["legalForm"] }));
    case "partners": {
      const names = text.split(/[;\n]/).map((n) => n.trim()).filter(Boolean);
      return { ok: true, value: { partners: names.map((name) => ({ name })) } };
    }
    case "purpose":
      return { ok: true, value: { purpose: text } };
    case "exitStrategy":
      return { ok: true, value: { exitStrategy: text } };
    case "directorate":
      return map(readChoice(text, context.directorates.map((d) => ({ id: String(d.id), name: d.name })), "directorate"), (id) => ({ directorateId: Number(id) }));
    case "leadOfficer":
      return map(readPerson(text, context.people), (leadOfficer) => ({ leadOfficer }));
    case "leadMember":
      return map(readPerson(text, context.people), (leadMember) => ({ leadMember }));
    case "startDate":
      return map(readDate(text), (startDate) => ({ startDate }));
    case "plannedEndDate":
      return map(readDate(text), (plannedEndDate) => ({ plannedEndDate }));
    case "nextReviewDue":
      return map(readDate(text), (nextReviewDue) => ({ nextReviewDue }));
    case "governanceRatingDate":
      return map(readDate(text), (governanceRatingDate) => ({ governanceRatingDate }));
    case "councilContribution":
      return map(readMoney(text), (councilContribution) => ({ councilContribution }));
    case "totalBudget":
      return map(readMoney(text), (totalBudget) => ({ totalBudget }));
    case "governanceDocumentUrl":
      return map(readUrl(text), (governanceDocumentUrl) => ({ governanceDocumentUrl }));
    case "governanceRating":
      return map(readChoice(text, ratings, "governance rating"), (r) => ({ governanceRating: r as Arrangement["governanceRating"] }));
    case "statutory":
      return map(readYesNo(text), (statutory) => ({ statutory }));
    case "confidential":
      return map(readYesNo(text), (confidential) => ({ confidential }));
    case "areaOfWork":
      return singleLine(text, (areaOfWork) => ({ areaOfWork }));
    case "leadPartner":
      return singleLine(text, (leadPartner) => ({ leadPartner }));
    case "accountableBody":
      return singleLine(text, (accountableBody) => ({ accountableBody }));
  }
}
