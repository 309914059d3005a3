import { expect, test } from "@playwright/test";
import { newUser } from "./helpers";

const WIDTHS = [
  { name: "phone-390", width: 390, height: 844 },
  { name: "desktop-1280", width: 1280, height: 900 },
];

test(
  "the report with its charts fits a 390px phone and a desktop (screenshots in the test output)",
  { tag: "@once" },
  async ({ page }, testInfo) => {
    // Two full-page screenshots of a long page.
    test.slow();
    await newUser(page, testInfo, "shots");
    for (const { name, width, height } of WIDTHS) {
      await page.setViewportSize({ width, height });
      await page.goto("/report");
      await expect(page.getByRole("img", { name: /Lo Shu grid/ })).toBeVisible();
      await expect(page.getByRole("img", { name: /Life-cycle timeline/ })).toBeVisible();
      // Nothing but the timeline's own scroll region may be wider than the screen.
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow, `page wider than ${width}px`).toBeLessThanOrEqual(0);
      const grid = await page.getByRole("img", { name: /Lo Shu grid/ }).boundingBox();
      expect(grid!.width).toBeLessThanOrEqual(width);
      const path = testInfo.outputPath(`report-${name}.png`);
      await page.screenshot({ path, fullPage: true });
      await testInfo.attach(`report-${name}`, { path, contentType: "image/png" });
    }
  },
);
