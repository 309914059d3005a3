import { readdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import AxeBuilder from "@axe-core/playwright";
import { expect, type Browser, type Page, type TestInfo } from "@playwright/test";

export const PASSWORD = "violet-harbour-42";

export function uniqueEmail(prefix: string, testInfo: TestInfo): string {
  const tag = `${testInfo.project.name}-${testInfo.workerIndex}-${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
  return `${prefix}-${tag}@example.com`.toLowerCase();
}

export const usesJs = (testInfo: TestInfo) => testInfo.project.name === "js";

/** The first link in the newest mail to `to` whose subject matches, as captured by the SMTP server. */
export async function mailLink(to: string, subject: RegExp): Promise<string> {
  const dir = process.env.E2E_MAIL_DIR!;
  let link: string | undefined;
  await expect
    .poll(
      () => {
        const mails = readdirSync(dir)
          .sort()
          .reverse()
          .map(
            (file) =>
              JSON.parse(readFileSync(path.join(dir, file), "utf8")) as { to: string[]; subject: string; text: string },
          );
        link = mails.find((m) => m.to.includes(to) && subject.test(m.subject))?.text.match(/https?:\/\/\S+/)?.[0];
        return link;
      },
      { message: `mail to ${to} matching ${subject}`, timeout: 10_000 },
    )
    .toBeTruthy();
  return link!;
}

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");
const auditPages = new WeakMap<Browser, Promise<Page>>();

/**
 * One scripted page per browser (so per worker) with axe-core loaded once: parsing axe's 550 KB for
 * every page audited cost more than the audits. It sits at the app's origin, so the real stylesheet
 * applies to what is written into it.
 */
function auditPageFor(browser: Browser): Promise<Page> {
  let audit = auditPages.get(browser);
  if (!audit) {
    audit = (async () => {
      const context = await browser.newContext({ javaScriptEnabled: true, serviceWorkers: "block" });
      const page = await context.newPage();
      const url = new URL("/__axe-audit__", process.env.E2E_BASE_URL).href;
      await page.route(url, (route) =>
        route.fulfill({ body: "<!doctype html><title>audit</title>", contentType: "text/html" }),
      );
      await page.goto(url);
      await page.addScriptTag({ content: AXE_SOURCE });
      return page;
    })();
    auditPages.set(browser, audit);
  }
  return audit;
}

/**
 * Audits the page as the user has it now: its DOM (hydrated with JS on, the server's markup with JS
 * off), scripts removed, is written into the audit page, whose window keeps axe across
 * `document.open()`. That also lets the no-JS project be audited, as axe cannot run without script.
 */
export async function expectAccessible(page: Page) {
  const html = (await page.content()).replace(/<script\b[\s\S]*?<\/script>|<link[^>]+rel="modulepreload"[^>]*>/gi, "");
  const audit = await auditPageFor(page.context().browser()!);
  await audit.evaluate(async (markup) => {
    document.open();
    document.write(markup);
    document.close();
    const sheets = [...document.querySelectorAll<HTMLLinkElement>('link[rel="stylesheet"]')];
    await Promise.all(
      sheets.map((link) => link.sheet ?? new Promise((done) => link.addEventListener("load", done, { once: true }))),
    );
    // Contrast is only meaningful with the app's own CSS applied.
    if (!sheets.length || sheets.some((link) => !link.sheet?.cssRules.length))
      throw new Error("the page's stylesheet did not load");
  }, html);
  const results = await new AxeBuilder({ page: audit, axeSource: "/* loaded once by auditPageFor */" })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"])
    // Legacy mode runs axe in the page itself; the default partial mode copies every result into a
    // second page and is three times slower. Only violations are read, so only they are collected.
    .setLegacyMode(true)
    .options({ resultTypes: ["violations"] })
    .analyze();
  const serious = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  expect(
    serious.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`),
    page.url(),
  ).toEqual([]);
}

/** Signs up through the page (which answers "check your inbox" and starts no session), then logs in. */
export async function signUp(page: Page, account: { name: string; email: string; password?: string }) {
  await page.goto("/signup");
  await page.getByLabel("Your name").fill(account.name);
  await page.getByLabel("Email").fill(account.email);
  await page.getByLabel("Password").fill(account.password ?? PASSWORD);
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByRole("heading", { name: "Check your inbox" })).toBeVisible();
  await logIn(page, account.email, account.password);
  await expect(page).toHaveURL(/\/onboarding$/);
}

const ADA = { birthName: "Ada Lovelace Byron", birthDate: "1815-12-10", timezone: "Europe/London" };

export async function completeOnboarding(page: Page, profile = ADA) {
  await page.getByLabel("Full birth name").fill(profile.birthName);
  await page.getByLabel("Birth date").fill(profile.birthDate);
  await page.getByLabel("Time zone").selectOption(profile.timezone);
  await page.getByRole("button", { name: "Show my numbers" }).click();
  await expect(page).toHaveURL(/\/dashboard$/);
}

export async function logIn(page: Page, email: string, password: string = PASSWORD) {
  await page.goto("/login");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Log in" }).click();
}

export async function logOut(page: Page) {
  await page.locator(".account-menu summary").click();
  await page.getByRole("button", { name: "Log out" }).click();
  await expect(page).toHaveURL(/\/$/);
}

/** Posts a form the way the browser would (same origin), expecting the redirect a successful submission answers with. */
export async function postForm(page: Page, path: string, form: Record<string, string>): Promise<string> {
  const response = await page.request.post(path, {
    form,
    headers: { Origin: process.env.E2E_BASE_URL! },
    maxRedirects: 0,
  });
  expect(response.status(), `POST ${path}: ${response.status() === 302 ? "" : await response.text()}`).toBe(302);
  return response.headers().location;
}

/**
 * A signed-up, onboarded account, made through the app's own sign-up and onboarding endpoints but
 * without rendering those pages (auth.spec walks them in the browser). The page stays where it was.
 */
export async function newUser(page: Page, testInfo: TestInfo, prefix = "user") {
  const email = uniqueEmail(prefix, testInfo);
  const signup = await page.request.post("/signup", {
    form: { name: "Ada", email, password: PASSWORD },
    headers: { Origin: process.env.E2E_BASE_URL! },
  });
  expect(signup.status(), "POST /signup").toBe(200);
  expect(await postForm(page, "/login", { email, password: PASSWORD })).toBe("/onboarding");
  expect(await postForm(page, "/onboarding", ADA)).toBe("/dashboard");
  return email;
}

/** Adds a person through the people form's endpoint; returns the person's page path. */
export async function addPersonDirectly(
  page: Page,
  person = { name: "Sam", birthName: "Samuel Peter Jones", birthDate: "1990-05-17", relation: "partner" },
) {
  const location = await postForm(page, "/people/new", person);
  expect(location).toMatch(/^\/people\/[\w-]{20,}$/);
  return location;
}
