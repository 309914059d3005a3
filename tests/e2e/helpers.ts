import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page, type TestInfo } from "@playwright/test";

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
          .map((file) => JSON.parse(readFileSync(path.join(dir, file), "utf8")) as { to: string[]; subject: string; text: string });
        link = mails.find((m) => m.to.includes(to) && subject.test(m.subject))?.text.match(/https?:\/\/\S+/)?.[0];
        return link;
      },
      { message: `mail to ${to} matching ${subject}`, timeout: 10_000 },
    )
    .toBeTruthy();
  return link!;
}

/**
 * axe needs script in the page, which the no-JS project forbids; there the same HTML (scripts
 * removed, as the user saw it) is re-served at the same URL in a scripted page, with the real CSS.
 */
async function axeTarget(page: Page): Promise<{ target: Page; done: () => Promise<void> }> {
  if (test.info().project.use.javaScriptEnabled !== false) {
    return { target: page, done: async () => {} };
  }
  const html = (await page.content()).replace(/<script\b[\s\S]*?<\/script>/gi, "");
  const context = await page.context().browser()!.newContext({ javaScriptEnabled: true });
  const target = await context.newPage();
  const url = page.url();
  await target.route(url, (route) => route.fulfill({ body: html, contentType: "text/html; charset=utf-8" }));
  await target.goto(url);
  return { target, done: () => context.close() };
}

export async function expectAccessible(page: Page) {
  const { target, done } = await axeTarget(page);
  const results = await new AxeBuilder({ page: target }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  await done();
  const serious = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  expect(serious.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`)).toEqual([]);
}

export async function signUp(page: Page, account: { name: string; email: string; password?: string }) {
  await page.goto("/signup");
  await page.getByLabel("Your name").fill(account.name);
  await page.getByLabel("Email").fill(account.email);
  await page.getByLabel("Password").fill(account.password ?? PASSWORD);
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page).toHaveURL(/\/onboarding$/);
}

export async function completeOnboarding(page: Page, profile = { birthName: "Ada Lovelace Byron", birthDate: "1815-12-10", timezone: "Europe/London" }) {
  await page.getByLabel("Full birth name").fill(profile.birthName);
  await page.getByLabel("Birth date").fill(profile.birthDate);
  await page.getByLabel("Time zone").selectOption(profile.timezone);
  await page.getByRole("button", { name: "Show my numbers" }).click();
  await expect(page).toHaveURL(/\/dashboard$/);
}

export async function logIn(page: Page, email: string, password = PASSWORD) {
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

/** A signed-up, onboarded user on the dashboard. */
export async function newUser(page: Page, testInfo: TestInfo, prefix = "user") {
  const email = uniqueEmail(prefix, testInfo);
  await signUp(page, { name: "Ada", email });
  await completeOnboarding(page);
  return email;
}
