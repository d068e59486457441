import { describe, expect, it } from "vitest";
import { mightBeInTeams } from "../../../src/tab/app/host/teams-hints";
import { systemThemeName } from "../../../src/tab/app/theme/system-theme";
import { themeNameFromTeams } from "../../../src/tab/app/theme/theme-name";
import { matchPath } from "../../../src/tab/lib/router/match-path";
import { pathForSubEntityId, recordSubEntityId, teamsDeepLinkToRecord } from "../../../src/tab/lib/router/teams-deep-link";

describe("the tab's routes", () => {
  it("match literal paths and capture parameters", () => {
    expect(matchPath("/", "/")).toEqual({});
    expect(matchPath("/dashboard", "/dashboard/")).toEqual({});
    expect(matchPath("/partnerships/:id", "/partnerships/12")).toEqual({ id: "12" });
    expect(matchPath("/partnerships/:id", "/partnerships/12/risks")).toBeNull();
    expect(matchPath("/partnerships/:id", "/partnerships/%E0%A4%A")).toBeNull();
  });
});

describe("Teams deep links to a record", () => {
  it("carry the sub-entity partnerships/<id>, URL-encoded", () => {
    const link = teamsDeepLinkToRecord("11111111-2222-4333-8444-555555555555", "register", 42);
    expect(link).toBe(
      "https://teams.microsoft.com/l/entity/11111111-2222-4333-8444-555555555555/register?context=%7B%22subEntityId%22%3A%22partnerships%2F42%22%7D",
    );
    const context = JSON.parse(new URL(link).searchParams.get("context") ?? "{}") as { subEntityId: string };
    expect(context.subEntityId).toBe(recordSubEntityId(42));
  });

  it("open the record's page when Teams hands the sub-entity back", () => {
    expect(pathForSubEntityId("partnerships/42")).toBe("/partnerships/42");
    expect(pathForSubEntityId("partnerships/../admin")).toBeUndefined();
    expect(pathForSubEntityId(undefined)).toBeUndefined();
  });
});

describe("where the tab is running", () => {
  it("only waits for Teams when framed, in a mobile host or in a named child window", () => {
    const top = { parent: 1, self: 1 };
    expect(mightBeInTeams(top)).toBe(false);
    expect(mightBeInTeams({ parent: 1, self: 2 })).toBe(true);
    expect(mightBeInTeams({ ...top, nativeInterface: {} })).toBe(true);
  });

  it("follows Teams' theme names and the system's colour preferences", () => {
    expect(themeNameFromTeams("default")).toBe("light");
    expect(themeNameFromTeams("dark")).toBe("dark");
    expect(themeNameFromTeams("contrast")).toBe("contrast");
    expect(systemThemeName((q) => q === "(prefers-color-scheme: dark)")).toBe("dark");
    expect(systemThemeName((q) => q === "(forced-colors: active)" || q === "(prefers-color-scheme: dark)")).toBe("contrast");
    expect(systemThemeName(() => false)).toBe("light");
  });
});
