import type { SiteUser } from "./model";

/** A person the local tenant knows. Becomes a site user with a stable id on first start. */
export interface LocalUserInput {
  email: string;
  title: string;
  loginName?: string;
  isSiteAdmin?: boolean;
  jobTitle?: string;
  department?: string;
}

/** Used when no `users` are configured, so a bare start still has someone to act as. */
export const defaultLocalUsers: LocalUserInput[] = [
  { email: "change.manager@council.example", title: "Chris Change-Manager", isSiteAdmin: true, jobTitle: "Change Manager" },
  { email: "olivia.officer@council.example", title: "Olivia Officer", jobTitle: "Lead Officer" },
  { email: "dan.director@council.example", title: "Dan Director", jobTitle: "Director" },
];

export function toSiteUser(input: LocalUserInput): Omit<SiteUser, "Id"> {
  const email = input.email.trim();
  return {
    Title: input.title,
    Email: email,
    LoginName: input.loginName ?? `i:0#.f|membership|${email.toLowerCase()}`,
    UserPrincipalName: email.toLowerCase(),
    IsSiteAdmin: input.isSiteAdmin ?? false,
    JobTitle: input.jobTitle,
    Department: input.department,
  };
}

/** The acting user's name from `X-Local-User` or the `local-user` cookie (the local person switcher). */
export function requestedUser(headers: Record<string, string | string[] | undefined>): string | undefined {
  const header = headers["x-local-user"];
  if (typeof header === "string" && header.trim() !== "") return header.trim();
  const cookie = headers.cookie;
  if (typeof cookie !== "string") return undefined;
  for (const pair of cookie.split(";")) {
    const eq = pair.indexOf("=");
    if (eq > 0 && pair.slice(0, eq).trim() === "local-user") {
      const value = decodeURIComponent(pair.slice(eq + 1).trim());
      return value === "" ? undefined : value;
    }
  }
  return undefined;
}
