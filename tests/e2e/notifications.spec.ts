import { expect, test, type Page } from "@playwright/test";
import { expectAccessible, newUser, postForm, usesJs } from "./helpers";

/** Turns off daily readings in the app, so the scheduler's catch-up reading can't change the counts under test. */
async function quietDailyReading(page: Page) {
  const channels = ["security:in_app", "security:email", "account:in_app", "billing:in_app"];
  const body = new URLSearchParams([...channels.map((c) => ["channel", c]), ["dailyTime", "08:00"]]);
  const response = await page.request.post("/settings/notifications", {
    data: body.toString(),
    headers: { Origin: process.env.E2E_BASE_URL!, "Content-Type": "application/x-www-form-urlencoded" },
    maxRedirects: 0,
  });
  expect(response.status()).toBe(302);
}

test("the notification centre: filter, mark read, delete, mark all read, clear read", async ({ page }, testInfo) => {
  await newUser(page, testInfo, "centre");
  await quietDailyReading(page);
  await page.goto("/notifications");
  await expect(page.getByRole("heading", { name: "Notifications", level: 1 })).toBeVisible();
  // A new account has its welcome and its sign-in notice; the header says so too.
  await expect(page.getByTestId("unread-summary")).toHaveText("2 unread notifications");
  await expect(page.getByRole("link", { name: "2 unread notifications" })).toBeVisible();
  await expectAccessible(page);

  await page.getByLabel("Show").selectOption("security");
  await page.getByRole("button", { name: "Filter" }).click();
  await expect(page).toHaveURL(/\/notifications\?type=security$/);
  await expect(page.getByTestId("notification")).toHaveCount(1);
  await page.getByRole("button", { name: 'Mark "New sign-in to your account" read' }).click();
  await expect(page.getByText("Marked as read.")).toBeVisible();
  await expect(page).toHaveURL(/\/notifications\?type=security$/);
  await expect(page.getByRole("link", { name: "1 unread notification" })).toBeVisible();
  await page.getByRole("button", { name: "Clear read" }).click();
  await expect(page.getByText("Deleted 1 read notification.")).toBeVisible();
  await expect(page.getByTestId("notification")).toHaveCount(0);

  await page.goto("/notifications");
  await page.getByRole("button", { name: 'Delete "Welcome to NumerAI"' }).click();
  await expect(page.getByText("Notification deleted.")).toBeVisible();
  await expect(page.getByTestId("unread-summary")).toHaveText("No unread notifications");

  // A test notification, then "mark all read".
  expect(await postForm(page, "/settings/notifications/test", {})).toBe("/settings/notifications");
  await page.goto("/notifications");
  await expect(page.getByTestId("notification")).toHaveCount(1);
  await page.getByRole("button", { name: "Mark all read" }).click();
  await expect(page.getByText("Marked 1 as read.")).toBeVisible();
  await expect(page.getByRole("link", { name: "No unread notifications" })).toBeVisible();
});

test("notification settings: channels, quiet hours, daily time, a test notification", async ({ page }, testInfo) => {
  await newUser(page, testInfo, "prefs");
  await page.goto("/settings/notifications");
  await expectAccessible(page);
  if (usesJs(testInfo)) await expect(page.getByRole("button", { name: "Turn on push notifications" })).toBeVisible();
  else await expect(page.getByTestId("push-needs-js")).toContainText("Push notifications need JavaScript");

  await expect(page.getByLabel("Daily reading: Email")).not.toBeChecked();
  await page.getByLabel("Daily reading: Email").check();
  await page.getByLabel("Daily reading: In the app").uncheck();
  await page.getByLabel("From").fill("22:00");
  await page.getByRole("button", { name: "Save notification settings" }).click();
  // Half a quiet-hours range is refused next to the missing field.
  await expect(page.getByText("Give quiet hours both a start and an end, or neither.")).toBeVisible();

  await page.getByLabel("Until").fill("07:00");
  await page.getByLabel("Daily reading at").fill("06:30");
  await page.getByRole("button", { name: "Save notification settings" }).click();
  await expect(page.getByText("Your notification settings are saved.")).toBeVisible();
  await page.goto("/settings/notifications");
  await expect(page.getByLabel("Daily reading: Email")).toBeChecked();
  await expect(page.getByLabel("Daily reading: In the app")).not.toBeChecked();
  await expect(page.getByLabel("From")).toHaveValue("22:00");
  await expect(page.getByLabel("Until")).toHaveValue("07:00");
  await expect(page.getByLabel("Daily reading at")).toHaveValue("06:30");

  await page.getByRole("button", { name: "Send me a test notification" }).click();
  await expect(page.getByText("Test notification sent (in the app, push, email).")).toBeVisible();
});
