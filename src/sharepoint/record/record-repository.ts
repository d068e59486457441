import type { SPFI } from "@pnp/sp";
import type { ListRepository } from "../list-repository";
import type { RecordOf } from "../lists/record-schemas";
import { arrangementEditors, type ArrangementRecordList } from "../authorise/arrangement-editors";
import { repositoryFor } from "../repositories";

/**
 * The repository for a list of an arrangement's record (the entry itself, its risks, measures,
 * budget, people, reviews, exits) with the editors' rule built in: every write the tab makes to a
 * record goes through here, so the rule cannot be left out by a screen that forgets to ask.
 */
export function recordRepositoryFor<L extends ArrangementRecordList>(sp: SPFI, title: L): ListRepository<RecordOf<L>> {
  return repositoryFor(sp, title, { authorise: arrangementEditors(sp) });
}
