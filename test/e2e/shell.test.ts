import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchChromium, screenshot, seriousAxeViolations } from "./support/browser";
import { startStack, type Stack } from "./support/start-stack";

let stack: Stack;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  stack = await startStack();
  browser = await launchChromium();
  page = await browser.newPage({ viewport: { width: 1280, height: 860 } });
  page.on("pageerror", (error) => console.error("[browser]", error));
  page.on("console", (m) => { if (m.type() === "error") console.error("[browser console]", m.text()); });
});

afterAll(async () => {
  await browser?.close();
  await stack?.close();
});

const heading = () => page.getByRole("heading", { level: 1 });

async function chooseFrom(label: string, option: string | RegExp): Promise<void> {
  await page.getByLabel(label).click();
  await page.getByRole("option", { name: option }).click();
}

describe("the tab shell, in local mode against the stand-in", () => {
  it("opens on the register: product, council, navigation and the arrangements", async () => {
    await page.goto(`${stack.origin}/`);
    await expect.poll(() => page.getByRole("row").count(), { timeout: 20_000 }).toBeGreaterThan(40);
    expect(await page.getByRole("banner").innerText()).toContain("Northbrook Borough Council");
    const nav = page.getByRole("navigation", { name: "Partnership Register" });
    expect(await nav.getByRole("link").allInnerTexts()).toEqual(["Register", "Published register", "Dashboard", "My work", "Admin"]);
    expect(await nav.getByRole("link", { name: "Register", exact: true }).getAttribute("aria-current")).toBe("page");
    expect(await page.getByRole("row", { name: /Wessex County Waste Partnership/ }).innerText()).toMatch(/Partnership\s+Significant\s+Active/);
    expect(await page.title()).toBe("Register – Partnership Register");
    await screenshot(page, "shell-register-light");
    expect(await seriousAxeViolations(page)).toEqual([]);
  });

  it("offers a skip link first and reaches the dashboard by keyboard alone", async () => {
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe("Skip to main content");
    for (let i = 0; i < 12; i++) {
      if ((await page.evaluate(() => document.activeElement?.textContent)) === "Dashboard") break;
      await page.keyboard.press("Tab");
    }
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe("Dashboard");
    await screenshot(page, "shell-keyboard-focus");
    await page.keyboard.press("Enter");
    await page.waitForURL(`${stack.origin}/dashboard`);
    await expect.poll(() => page.getByRole("list", { name: "Arrangements by status" }).count(), { timeout: 20_000 }).toBe(1);
    expect(await heading().innerText()).toBe("Dashboard");
    expect(await page.title()).toBe("Dashboard – Partnership Register");
    expect(await page.getByRole("listitem").filter({ hasText: "Active" }).first().innerText()).toMatch(/\d+/);
    await screenshot(page, "shell-dashboard");
    expect(await seriousAxeViolations(page)).toEqual([]);
  });

  it("opens a record straight from its address", async () => {
    const id = stack.arrangements.get("county-waste-partnership");
    expect(id).toBeDefined();
    await page.goto(`${stack.origin}/partnerships/${id}`);
    await expect.poll(() => heading().innerText(), { timeout: 20_000 }).toBe("Wessex County Waste Partnership");
    expect(await page.getByRole("main").innerText()).toContain("Active");
    await expect.poll(() => page.title()).toBe("Wessex County Waste Partnership – Partnership Register");
    await screenshot(page, "shell-record");
    expect(await seriousAxeViolations(page)).toEqual([]);
  });

  it("says plainly when a record does not exist", async () => {
    await page.goto(`${stack.origin}/partnerships/99999`);
    await expect.poll(() => page.getByRole("alert").count(), { timeout: 20_000 }).toBeGreaterThan(0);
    const text = await page.getByRole("alert").first().innerText();
    expect(text).toContain("This arrangement could not be loaded");
    expect(text).not.toMatch(/at \w+ \(|\.tsx?:\d+/);
    await screenshot(page, "shell-record-missing");
  });

  it("switches person and shows their own work", async () => {
    await page.goto(`${stack.origin}/my-work`);
    await expect.poll(() => heading().innerText(), { timeout: 20_000 }).toBe("My work");
    await chooseFrom("Acting as", /Michael Dunmore/);
    await expect.poll(() => page.getByRole("main").innerText(), { timeout: 20_000 }).toContain("Wessex County Waste Partnership");
    expect(await page.getByRole("main").innerText()).toContain("Michael Dunmore's records to confirm, evaluations in draft, and the arrangements they lead.");
    const cookies = await page.context().cookies();
    expect(cookies.find((c) => c.name === "local-user")?.value).toBe(encodeURIComponent("michael.dunmore@northbrook.example"));
    await screenshot(page, "shell-my-work");
    // The choice survives a reload: the stand-in and the tab both read the cookie.
    await page.reload();
    await expect.poll(() => page.getByRole("main").innerText(), { timeout: 20_000 }).toContain("Michael Dunmore's records to confirm, evaluations in draft, and the arrangements they lead.");
  });

  it("lists role holders on the admin page", async () => {
    await page.getByRole("link", { name: "Admin" }).click();
    await expect.poll(() => page.getByRole("row").count(), { timeout: 20_000 }).toBeGreaterThan(10);
    expect(await page.getByRole("row", { name: /Monitoring officer/ }).first().innerText()).toContain("Rebecca Thornton");
    await screenshot(page, "shell-admin");
  });

  it("switches to the dark theme and stays accessible", async () => {
    await page.goto(`${stack.origin}/`);
    await expect.poll(() => page.getByRole("row").count(), { timeout: 20_000 }).toBeGreaterThan(40);
    await chooseFrom("Theme", "Dark");
    await expect.poll(() => page.evaluate(() => document.documentElement.dataset.theme)).toBe("dark");
    await screenshot(page, "shell-register-dark");
    expect(await seriousAxeViolations(page)).toEqual([]);
    await chooseFrom("Theme", "High contrast");
    await expect.poll(() => page.evaluate(() => document.documentElement.dataset.theme)).toBe("contrast");
    await screenshot(page, "shell-register-contrast");
    expect(await seriousAxeViolations(page)).toEqual([]);
    await chooseFrom("Theme", "Follow system");
  });
});
