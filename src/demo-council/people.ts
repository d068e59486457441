/**
 * The people of Northbrook Borough Council. All are invented; the names are ordinary British
 * names chosen so that none is a public figure. Keys, not names, are what records refer to, so a
 * reshuffle in the story changes one line here.
 */
export const demoPersonKeys = [
  "leader",
  "ph-community-safety",
  "ph-finance",
  "ph-housing",
  "ph-regeneration",
  "ph-leisure",
  "cllr-scrutiny",
  "cllr-audit",
  "cllr-ward",
  "chief-executive",
  "ceo-office",
  "dir-place",
  "dir-communities",
  "dir-corporate",
  "monitoring-officer",
  "deputy-monitoring-officer",
  "democratic-services",
  "change-manager",
  "audit-manager",
  "data-protection-officer",
  "hos-community-safety",
  "hos-environment",
  "hos-housing",
  "hos-planning",
  "hos-economy",
  "hos-leisure",
  "hos-revenues",
  "hos-ict",
  "emergency-planning-manager",
  "licensing-manager",
  "wellbeing-manager",
] as const;

export type PersonKey = (typeof demoPersonKeys)[number];

/** A person as the local stand-in's user directory lists them. */
export interface DemoPerson {
  key: PersonKey;
  /** The site user id the stand-in gives them; a real tenant assigns its own, so seeders map by key. */
  id: number;
  /** Display name. */
  title: string;
  email: string;
  /** SharePoint's claims login for the e-mail. */
  login: string;
  jobTitle: string;
  department: string;
}

const person = (key: PersonKey, first: string, last: string, jobTitle: string, department: string, prefix = "") => ({
  key,
  title: `${prefix}${first} ${last}`,
  email: `${first.toLowerCase()}.${last.toLowerCase()}@northbrook.example`,
  jobTitle,
  department,
});

const members = "Members";
const ceo = "Chief Executive's Office";
const place = "Place";
const communities = "Communities";
const corporate = "Corporate Services";

const directory = [
  person("leader", "Margaret", "Holloway", "Leader of the Council", members, "Cllr "),
  person("ph-community-safety", "David", "Okafor", "Portfolio Holder for Community Safety & Environment", members, "Cllr "),
  person("ph-finance", "Susan", "Pritchard", "Deputy Leader and Portfolio Holder for Finance & Corporate Services", members, "Cllr "),
  person("ph-housing", "Rajesh", "Mistry", "Portfolio Holder for Housing & Health", members, "Cllr "),
  person("ph-regeneration", "Helen", "Ashworth", "Portfolio Holder for Regeneration & Economy", members, "Cllr "),
  person("ph-leisure", "Thomas", "Bramley", "Portfolio Holder for Leisure & Culture", members, "Cllr "),
  person("cllr-scrutiny", "Peter", "Langley", "Chair of the Overview and Scrutiny Committee", members, "Cllr "),
  person("cllr-audit", "Janet", "Morrow", "Chair of the Audit Committee", members, "Cllr "),
  person("cllr-ward", "Amir", "Hussain", "Ward Councillor, Riverside", members, "Cllr "),
  person("chief-executive", "Catherine", "Lowther", "Chief Executive", ceo),
  person("ceo-office", "Rachel", "Nunn", "Executive Support Manager (records Management Team)", ceo),
  person("dir-place", "Andrew", "Fairbairn", "Director of Place", place),
  person("dir-communities", "Nadia", "Rahman", "Director of Communities", communities),
  person("dir-corporate", "Jonathan", "Whitlock", "Director of Corporate Services (Section 151 Officer)", corporate),
  person("monitoring-officer", "Rebecca", "Thornton", "Head of Legal and Democratic Services (Monitoring Officer)", corporate),
  person("deputy-monitoring-officer", "Imran", "Qureshi", "Principal Solicitor (Deputy Monitoring Officer)", corporate),
  person("democratic-services", "Gareth", "Llewellyn", "Democratic Services Manager", corporate),
  person("change-manager", "Laura", "Pennington", "Corporate Change Manager", ceo),
  person("audit-manager", "Paul", "Reddy", "Audit Manager, Shared Internal Audit Service", corporate),
  person("data-protection-officer", "Alison", "Beck", "Information Governance Manager (Data Protection Officer)", corporate),
  person("hos-community-safety", "Sarah", "Whitfield", "Head of Community Safety and Enforcement", communities),
  person("hos-environment", "Michael", "Dunmore", "Head of Environment and Waste", place),
  person("hos-housing", "Priya", "Chandra", "Head of Housing Services", communities),
  person("hos-planning", "Eleanor", "Vaughan", "Head of Planning and Building Control", place),
  person("hos-economy", "Oliver", "Grant", "Head of Economic Development and Regeneration", place),
  person("hos-leisure", "Joanne", "Fletcher", "Head of Leisure and Culture", communities),
  person("hos-revenues", "Kevin", "Marsh", "Head of Revenues and Benefits", corporate),
  person("hos-ict", "Daniel", "Osei", "Head of ICT and Digital", corporate),
  person("emergency-planning-manager", "Hannah", "Brooks", "Emergency Planning and Resilience Manager", communities),
  person("licensing-manager", "Martin", "Hughes", "Licensing Manager", communities),
  person("wellbeing-manager", "Zoe", "Kendrick", "Community Health and Wellbeing Manager", communities),
];

/** The directory, with stable ids in key order so the same demo always has the same users. */
export const demoPeople: readonly DemoPerson[] = directory.map((p, index) => ({
  ...p,
  id: index + 1,
  login: `i:0#.f|membership|${p.email}`,
}));

export function demoPerson(key: PersonKey): DemoPerson {
  const found = demoPeople.find((p) => p.key === key);
  // The keys are a closed union, so this only fails if the directory above loses a line.
  if (!found) throw new Error(`the demo directory has no person "${key}"`);
  return found;
}
