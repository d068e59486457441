/**
 * The demo council, Northbrook Borough Council: fictional people, structure and a register of
 * about forty arrangements in every state, for the local stand-in, demos and tests.
 */
export { buildDemoCouncil } from "./build-demo-council";
export { demoListOrder, type DemoCouncil, type DemoListProperty } from "./demo-council";
export { demoListTitles, type DemoListTitle } from "./list-titles";
export { demoPeople, demoPersonKeys, type DemoPerson, type PersonKey } from "./people";
export {
  collectLinks,
  isItemLink,
  isPersonLink,
  resolveLinks,
  type DemoRow,
  type ItemLink,
  type LinkResolver,
  type Linked,
  type PersonLink,
} from "./links";
export { demoRecordSchemas, resolveDemoRecord, type DemoRecord } from "./record-schemas";
