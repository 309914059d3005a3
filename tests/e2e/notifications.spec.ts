import { expect, test, type Page } from "@playwright/test";
import { startPushService } from "../support/push-service";
import { expectAccessible, newUser, postForm, usesJs } from "./helpers";

/** Turns off daily readings in the app, so the scheduler's catch-up reading can't change the counts under test. */
async function quietDailyReading(page: Page, more: string[] = []) {
  const channels = ["security:in_app", "security:email", "account:in_app", "billing:in_app", ...more];
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

test.describe("web push and the live badge", () => {
  test.use({ serviceWorkers: "allow" });

  test("subscribe, receive a test push, show a push through the service worker, badge live", async ({
    page,
    context,
  }, testInfo) => {
    test.skip(!usesJs(testInfo), "push and live updates need JavaScript");
    const push = await startPushService({ tlsDir: process.env.E2E_PUSH_TLS_DIR });
    try {
      await newUser(page, testInfo, "push");
      await quietDailyReading(page, ["account:push"]);
      await context.grantPermissions(["notifications"]);
      // Headless Chromium has no push service of its own: its PushManager hands out a subscription at ours.
      const device = push.subscribe();
      await page.addInitScript((subscription) => {
        PushManager.prototype.subscribe = async function () {
          return {
            endpoint: subscription.endpoint,
            toJSON: () => ({ ...subscription, expirationTime: null }),
          } as unknown as PushSubscription;
        };
      }, device);

      await page.goto("/settings/notifications");
      await page.getByRole("button", { name: "Turn on push notifications" }).click();
      await expect(page.getByText("Push notifications are on for this device.")).toBeVisible();
      await expect(page.getByTestId("push-device")).toHaveCount(1);

      // The test notification is sent from elsewhere (no navigation here): the badge follows without a reload.
      await expect(page.getByRole("link", { name: "2 unread notifications" })).toBeVisible();
      await page.evaluate(() => ((window as unknown as { stayed: boolean }).stayed = true));
      expect(await postForm(page, "/settings/notifications/test", {})).toBe("/settings/notifications");
      await expect(page.getByRole("link", { name: "3 unread notifications" })).toBeVisible();
      expect(await page.evaluate(() => (window as unknown as { stayed?: boolean }).stayed)).toBe(true);

      // The push service got it, encrypted to this device's keys and signed with the app's VAPID key.
      await expect.poll(() => push.received.filter((m) => m.endpoint === device.endpoint).length).toBe(1);
      expect(push.errors).toEqual([]);
      const [received] = push.received.filter((m) => m.endpoint === device.endpoint);
      expect(received.payload).toMatchObject({ title: "Test notification", type: "account", url: "/notifications" });

      // The real service worker shows a push delivered to it by the browser (DevTools protocol).
      const cdp = await context.newCDPSession(page);
      const registration = new Promise<string>((resolve) =>
        cdp.on("ServiceWorker.workerRegistrationUpdated", ({ registrations }) => {
          const ours = registrations.find((r) => r.scopeURL.startsWith(process.env.E2E_BASE_URL!) && !r.isDeleted);
          if (ours) resolve(ours.registrationId);
        }),
      );
      await cdp.send("ServiceWorker.enable");
      await cdp.send("ServiceWorker.deliverPushMessage", {
        origin: new URL(process.env.E2E_BASE_URL!).origin,
        registrationId: await registration,
        data: JSON.stringify(received.payload),
      });
      await expect
        .poll(() =>
          page.evaluate(async () => {
            const registration = await navigator.serviceWorker.ready;
            return (await registration.getNotifications()).map((n) => ({ title: n.title, body: n.body, tag: n.tag }));
          }),
        )
        .toEqual([{ title: "Test notification", body: expect.stringContaining("reach you"), tag: "numerai-account" }]);
    } finally {
      await push.close();
    }
  });
});
