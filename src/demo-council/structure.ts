import type { CorporateObjective, Directorate, Portfolio } from "../domain/records/reference-data";
import type { DemoRow } from "./links";

/** Northbrook's Cabinet portfolios, directorates and Corporate Plan 2024–28 objectives. */
export const portfolioKeys = ["community-safety-environment", "finance-corporate", "housing-health", "regeneration-economy", "leisure-culture"] as const;
export type PortfolioKey = (typeof portfolioKeys)[number];

export const directorateKeys = ["place", "communities", "corporate-services"] as const;
export type DirectorateKey = (typeof directorateKeys)[number];

export const objectiveKeys = ["safe-clean-green", "homes-health", "thriving-economy", "active-communities", "well-run-council", "net-zero", "old-customer-first"] as const;
export type ObjectiveKey = (typeof objectiveKeys)[number];

export const portfolios: DemoRow<Portfolio>[] = [
  { key: "community-safety-environment", record: { name: "Community Safety & Environment", description: "Community safety, CCTV, licensing, waste and recycling, street scene, parks and the natural environment.", active: true } },
  { key: "finance-corporate", record: { name: "Finance & Corporate Services", description: "Budget and treasury, revenues and benefits, ICT, legal, audit, procurement and human resources.", active: true } },
  { key: "housing-health", record: { name: "Housing & Health", description: "Housing options and homelessness, private sector housing, disabled facilities grants and public health.", active: true } },
  { key: "regeneration-economy", record: { name: "Regeneration & Economy", description: "Town centre, regeneration sites, business support, planning policy and building control.", active: true } },
  { key: "leisure-culture", record: { name: "Leisure & Culture", description: "Leisure centres, sports development, arts, heritage and events.", active: true } },
];

export const directorates: DemoRow<Directorate>[] = [
  { key: "place", record: { name: "Place", description: "Environment and waste, planning and building control, economic development and regeneration.", active: true } },
  { key: "communities", record: { name: "Communities", description: "Community safety and enforcement, licensing, housing, emergency planning, health and wellbeing, leisure and culture.", active: true } },
  { key: "corporate-services", record: { name: "Corporate Services", description: "Finance, revenues and benefits, ICT, legal and democratic services, audit and information governance.", active: true } },
];

export const objectives: DemoRow<CorporateObjective>[] = [
  { key: "safe-clean-green", record: { title: "A safe, clean and green borough", code: "CP1", description: "Residents feel safe; streets and open spaces are clean and well kept.", active: true } },
  { key: "homes-health", record: { title: "Decent homes and healthier lives", code: "CP2", description: "Prevent homelessness, improve housing conditions and narrow health inequalities.", active: true } },
  { key: "thriving-economy", record: { title: "A thriving economy and a vibrant town centre", code: "CP3", description: "Support local business, bring forward regeneration sites and keep Northbrook town centre busy.", active: true } },
  { key: "active-communities", record: { title: "Active, connected communities", code: "CP4", description: "More people taking part in sport, culture and community life.", active: true } },
  { key: "well-run-council", record: { title: "A well-run, financially sustainable council", code: "CP5", description: "Balanced budget, resilient services and value for money through working with others.", active: true } },
  { key: "net-zero", record: { title: "Net zero council operations by 2035", code: "CP6", description: "Cut the council's own emissions and help the borough adapt to a changing climate.", active: true } },
  // Kept inactive rather than deleted: older arrangements were approved against it.
  { key: "old-customer-first", record: { title: "Customer First (Corporate Plan 2019–23)", code: "CP19-4", description: "Superseded by the 2024–28 Corporate Plan.", active: false } },
];
