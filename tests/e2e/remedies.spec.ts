import { expect, test, type Page } from "@playwright/test";
import { expectAccessible, newUser } from "./helpers";

/** The user's today and yesterday in their time zone (the e2e user lives in London). */
function localDays() {
  const format = new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/London" });
  const today = format.format(new Date());
  const yesterday = new Date(`${today}T00:00:00Z`);
  yesterday.setUTCDate(yesterday.getUTCDate() - 1);
  return { today, yesterday: yesterday.toISOString().slice(0, 10) };
}

async function expectStreak(page: Page, days: number) {
  await page.goto("/remedies/progress");
  await expect(page.locator('[data-stat="current-streak"]')).toHaveText(`${days} ${days === 1 ? "day" : "days"}`);
}

test("track a remedy, check in today, see the streak and the calendar, then edit yesterday", async ({
  page,
}, testInfo) => {
  await newUser(page, testInfo, "remedies");
  const { today, yesterday } = localDays();

  await page.goto("/remedies");
  await expect(page.getByRole("heading", { name: "Your remedies" })).toBeVisible();
  // Born 10 December 1815: no 3 in the Lo Shu grid, so its first remedy answers the missing 3.
  await expect(page.getByText("Missing 3 in your Lo Shu grid")).toBeVisible();
  await expectAccessible(page);
  await page.getByRole("button", { name: "Track Tend a plant, keep an idea notebook" }).click();
  await expect(page).toHaveURL(/\/remedies\/tracking\/[\w-]{20,}$/);
  await expect(page.getByRole("heading", { name: "Tend a plant, keep an idea notebook" })).toBeVisible();

  // Free plan: one remedy at a time.
  await page.goto("/remedies");
  await expect(page.getByText(/your plan allows/)).toContainText("You track 1 of the 1 remedy");
  await page.getByRole("link", { name: "Check in for Tend a plant, keep an idea notebook" }).click();

  await expect(page.getByLabel("Day", { exact: true })).toHaveValue(today);
  await page.getByRole("radio", { name: /^4/ }).check();
  await page.getByLabel("Note (optional)").fill("Watered the fern, wrote one plan.");
  await page.getByRole("button", { name: "Save check-in" }).click();
  await expect(page.getByText(/Checked in for/)).toBeVisible();
  await expect(page.locator(".check-in-history")).toContainText("Watered the fern");
  await expectAccessible(page);

  await expectStreak(page, 1);
  await expect(page.locator(`rect[data-date="${today}"]`)).toHaveAttribute("data-count", "1");
  await page.getByText("Practice calendar, last 12 weeks as text").click();
  await expect(page.locator(".chart__alt-body")).toContainText("1 done");
  await expectAccessible(page);

  await page.getByRole("link", { name: "Tend a plant, keep an idea notebook" }).click();
  await page.locator(`.check-in-days a[href*="date=${yesterday}"]`).click();
  await expect(page.getByLabel("Day", { exact: true })).toHaveValue(yesterday);
  await page.getByRole("radio", { name: /^5/ }).check();
  await page.getByRole("button", { name: "Save check-in" }).click();
  await expect(page.getByText(/Checked in for/)).toBeVisible();
  await expectStreak(page, 2);
  await expect(page.locator(`rect[data-date="${yesterday}"]`)).toHaveAttribute("data-count", "1");

  for (const { name, width, height } of [
    { name: "phone-390", width: 390, height: 844 },
    { name: "desktop-1280", width: 1280, height: 900 },
  ]) {
    await page.setViewportSize({ width, height });
    for (const path of ["/remedies/progress", "/remedies"]) {
      await page.goto(path);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow, `${path} wider than ${width}px`).toBeLessThanOrEqual(0);
      await page.screenshot({
        path: testInfo.outputPath(`remedies${path.replaceAll("/", "-")}-${name}.png`),
        fullPage: true,
      });
    }
  }
});

test("a bad check-in is refused next to its field", async ({ page }, testInfo) => {
  await newUser(page, testInfo, "remedies-bad");
  await page.goto("/remedies");
  await page.getByRole("button", { name: "Track Tend a plant, keep an idea notebook" }).click();
  await page.getByLabel("Note (optional)").evaluate((el) => el.removeAttribute("maxlength"));
  await page.getByLabel("Note (optional)").fill("x".repeat(1001));
  await page.getByRole("button", { name: "Save check-in" }).click();
  await expect(page.getByText("Keep the note under 1,000 characters.")).toBeVisible();
  // What was typed is still there to shorten.
  await expect(page.getByLabel("Note (optional)")).toHaveValue("x".repeat(1001));
  await expect(page.locator(".check-in-history")).toHaveCount(0);
  await expectAccessible(page);

  // A reminder needs at least one day; a local time and a day are saved.
  const days = page.getByRole("group", { name: "Days" });
  for (const day of ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]) await days.getByLabel(day).uncheck();
  await page.getByRole("button", { name: "Set reminder" }).click();
  await expect(page.getByText("Choose at least one day.")).toBeVisible();
  await page.getByRole("group", { name: "Days" }).getByLabel("Wed").check();
  await page.getByLabel("Time", { exact: true }).fill("07:45");
  await page.getByRole("button", { name: "Set reminder" }).click();
  await expect(page.getByText("Reminder saved.")).toBeVisible();
  await expect(page.getByLabel("Time", { exact: true })).toHaveValue("07:45");
  await expect(page.getByRole("group", { name: "Days" }).getByLabel("Wed")).toBeChecked();
  await expect(page.getByRole("group", { name: "Days" }).getByLabel("Mon")).not.toBeChecked();
});
