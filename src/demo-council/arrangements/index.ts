import type { ArrangementSpec } from "../arrangement-spec";
import { communitySafetyArrangements } from "./community-safety";
import { corporateServicesArrangements } from "./corporate-services";
import { housingHealthLeisureArrangements } from "./housing-health-leisure";
import { placeArrangements } from "./place";
import { regenerationArrangements } from "./regeneration";

/** Every arrangement on Northbrook's register, grouped by directorate as the register is read. */
export const arrangementSpecs: readonly ArrangementSpec[] = [
  ...communitySafetyArrangements,
  ...housingHealthLeisureArrangements,
  ...placeArrangements,
  ...regenerationArrangements,
  ...corporateServicesArrangements,
];
