import { expect, test, type Page } from "@playwright/test";
import { expectAccessible, newUser, usesJs } from "./helpers";

const guideAnswers = (page: Page) => page.locator(".chat-msg--guide");

async function startConversation(page: Page) {
  await page.goto("/chat");
  await expectAccessible(page);
  await page.getByRole("button", { name: "New conversation" }).click();
  await expect(page).toHaveURL(/\/chat\/[\w-]{20,}$/);
}

test("the guide streams an answer, stops on request, and keeps the conversation", async ({ page }, testInfo) => {
  test.skip(!usesJs(testInfo), "streaming needs JavaScript; the no-JS flow is below");
  await newUser(page, testInfo, "guide");
  await startConversation(page);

  await page.getByLabel("Your question").fill("Tell me about myself");
  // Watch the answer from inside the page: every length it shows until the stream ends.
  const lengths = page.evaluate(
    () =>
      new Promise<number[]>((resolve) => {
        const seen: number[] = [];
        const observer = new MutationObserver(() => {
          const answer = document.querySelector(".chat-msg--guide");
          if (!answer) return;
          const length = answer.querySelector(".chat-msg__text")?.textContent?.length ?? 0;
          if (length && seen.at(-1) !== length) seen.push(length);
          if (answer.getAttribute("data-status") !== "streaming") {
            observer.disconnect();
            resolve(seen);
          }
        });
        observer.observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true });
      }),
  );
  await page.getByRole("button", { name: "Ask" }).click();
  expect((await lengths).length, "distinct lengths of the answer while it streamed").toBeGreaterThanOrEqual(5);
  await expect(guideAnswers(page).first()).toContainText("chart at a glance");
  await expect(guideAnswers(page).first().getByRole("navigation", { name: "Numbers this answer used" })).toBeVisible();

  // Stop: pressed from inside the page as soon as the second answer starts to arrive.
  await page.getByLabel("Your question").fill("What is missing in my Lo Shu grid?");
  const stopped = page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        const observer = new MutationObserver(() => {
          const answer = document.querySelectorAll(".chat-msg--guide")[1];
          if (!answer?.querySelector(".chat-msg__text")?.textContent) return;
          observer.disconnect();
          [...document.querySelectorAll("button")].find((b) => b.textContent === "Stop")?.click();
          resolve();
        });
        observer.observe(document.body, { subtree: true, childList: true, characterData: true });
      }),
  );
  await page.getByRole("button", { name: "Ask" }).click();
  await stopped;
  await expect(guideAnswers(page).nth(1)).toContainText("Stopped before the end of the answer.");
  await expect(page.getByRole("button", { name: "Stop" })).toHaveCount(0);

  // The server saved the partial answer as stopped: a reload shows the same conversation.
  await expect(async () => {
    await page.reload();
    await expect(guideAnswers(page)).toHaveCount(2);
    await expect(guideAnswers(page).nth(1)).toContainText("Stopped before the end of the answer.");
  }).toPass({ timeout: 10_000 });
  await expect(page.locator(".chat-msg--user")).toHaveText([/Tell me about myself/, /missing in my Lo Shu grid/]);
  await expect(guideAnswers(page).first()).toContainText("chart at a glance");
  await expectAccessible(page);

  for (const { name, width, height } of [
    { name: "phone-390", width: 390, height: 844 },
    { name: "desktop-1280", width: 1280, height: 900 },
  ]) {
    await page.setViewportSize({ width, height });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow, `page wider than ${width}px`).toBeLessThanOrEqual(0);
    const path = testInfo.outputPath(`chat-${name}.png`);
    await page.screenshot({ path, fullPage: true });
    await testInfo.attach(`chat-${name}`, { path, contentType: "image/png" });
  }
});

test("without JavaScript: ask, read the whole answer, delete the conversation", async ({ page }, testInfo) => {
  test.skip(usesJs(testInfo), "the JS flow is above");
  await newUser(page, testInfo, "guide-nojs");
  await startConversation(page);
  await page.getByLabel("Your question").fill("What does my life path mean?");
  await page.getByRole("button", { name: "Ask" }).click();
  await expect(page.locator(".chat-msg--user")).toHaveText(/What does my life path mean\?/);
  await expect(guideAnswers(page)).toContainText("Life Path");
  await expect(
    guideAnswers(page)
      .getByRole("link", { name: /Life Path Number/ })
      .first(),
  ).toHaveAttribute("href", "/report#rd-lifePath");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("What does my life path mean?");
  await expectAccessible(page);

  await page.getByText("Rename or delete").click();
  await page.getByRole("button", { name: "Delete conversation" }).click();
  await expect(page).toHaveURL(/\/chat$/);
  await expect(page.getByText("The conversation is deleted.")).toBeVisible();
  await expect(page.getByText("No conversations yet.")).toBeVisible();
});
