import { expect, test, type Page } from "@playwright/test";
import { addPersonDirectly, expectAccessible, newUser } from "./helpers";

async function addPerson(
  page: Page,
  person = { name: "Sam", birthName: "Samuel Peter Jones", birthDate: "1990-05-17", relation: "partner" },
) {
  await page.goto("/people/new");
  await page.getByLabel("Name", { exact: true }).fill(person.name);
  await page.getByLabel("Full birth name").fill(person.birthName);
  await page.getByLabel("Birth date").fill(person.birthDate);
  await page.getByLabel("Relation").selectOption(person.relation);
  await page.getByRole("button", { name: "Add person" }).click();
  await expect(page).toHaveURL(/\/people\/[0-9a-f-]{36}$/);
  return new URL(page.url()).pathname;
}

// Axe on long report pages is slow on a shared two-core machine.
test.describe.configure({ timeout: 240_000 });

test("a refused person form keeps what was typed", async ({ page }, testInfo) => {
  await newUser(page, testInfo, "refused");
  await page.goto("/people/new");
  await expectAccessible(page);
  await page.getByLabel("Name", { exact: true }).fill("Lee");
  await page.getByLabel("Full birth name").fill("李小龙");
  await page.getByLabel("Birth date").fill("1940-11-27");
  await page.getByLabel("Relation").selectOption("friend");
  await page.getByRole("button", { name: "Add person" }).click();
  await expect(page.locator("#person-birthName-error")).toContainText("Latin letters");
  await expect(page.getByLabel("Name", { exact: true })).toHaveValue("Lee");
  await expect(page.getByLabel("Full birth name")).toHaveValue("李小龙");
  await expect(page).toHaveURL(/\/people\/new$/);
});

test("add a person, read their report and compare them with me", async ({ page }, testInfo) => {
  // The CSP allows no inline styles: any the pages had would be refused, and said so in the console.
  const refused: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy/i.test(message.text())) refused.push(message.text());
  });
  await newUser(page, testInfo, "readings");
  await page.goto("/dashboard");
  await expectAccessible(page);
  await expect(page.getByRole("heading", { name: /^Today: Personal Day \d$/ })).toBeVisible();
  await expect(page.getByRole("heading", { name: "What changes next" })).toBeVisible();

  const personPath = await addPerson(page);
  await expect(page.getByRole("heading", { level: 1, name: "Sam" })).toBeVisible();
  await expect(page.getByText("Sam is added.")).toBeVisible();
  const lifePath = page.locator('article[data-key="lifePath"]');
  await expect(lifePath.getByRole("heading", { name: "Life Path Number 14/5" })).toBeVisible();
  await lifePath.getByText("Show the math").click();
  await expect(lifePath.getByText("5 + 8 + 1 = 14 → 1+4 = 5")).toBeVisible();
  await expect(page.locator("section#lo-shu")).toContainText("Missing numbers");
  await expect(page.locator("section#life-cycles")).toContainText("First Pinnacle");
  // Theme colours reach the charts through classes (black would mean they didn't).
  const cellFill = await page
    .locator("section#lo-shu svg .svg-fill-surface-2")
    .first()
    .evaluate((el) => getComputedStyle(el).fill);
  expect(cellFill).not.toBe("rgb(0, 0, 0)");
  await expectAccessible(page);

  await page.getByRole("link", { name: "Compatibility with me" }).click();
  await expect(page).toHaveURL(new RegExp(`/compatibility\\?a=me&b=${personPath.split("/").pop()}$`));
  await expect(page.getByRole("heading", { name: "Ada & Sam" })).toBeVisible();
  await expect(page.locator(".rd-score")).toHaveText(/^\d{1,3} \/ 100$/);
  await expect(page.getByRole("rowheader", { name: "Life Path Number" })).toBeVisible();
  await expectAccessible(page);
  expect(refused).toEqual([]);
});

test("edit a person, then delete them after confirming", async ({ page }, testInfo) => {
  await newUser(page, testInfo, "edit");
  const personPath = await addPersonDirectly(page);
  await page.goto("/people");
  await expectAccessible(page);
  await page.goto(`${personPath}/edit`);
  await expectAccessible(page);
  await expect(page.getByLabel("Full birth name")).toHaveValue("Samuel Peter Jones");
  await page.getByLabel("Relation").selectOption("friend");
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page).toHaveURL(new RegExp(`${personPath}$`));
  await expect(page.getByText("Sam is saved.")).toBeVisible();
  await expect(page.locator(".eyebrow")).toContainText("friend");

  await page.goto(`${personPath}/delete`);
  await expectAccessible(page);
  await page.getByRole("button", { name: "Delete Sam" }).click();
  await expect(page).toHaveURL(/\/people$/);
  await expect(page.getByText("Sam is deleted.")).toBeVisible();
  expect((await page.goto(personPath))!.status()).toBe(404);
  await expectAccessible(page);
});

test("walk the days: yesterday, tomorrow and the month's calendar", async ({ page }, testInfo) => {
  await newUser(page, testInfo, "daily");
  await page.goto("/daily");
  await expectAccessible(page);
  const today = await page.getByRole("heading", { level: 1 }).textContent();
  await page.getByRole("link", { name: /Next day/ }).click();
  await expect(page).toHaveURL(/\/daily\/\d{4}-\d{2}-\d{2}$/);
  await expect(page.getByRole("heading", { level: 1 })).not.toHaveText(today!);
  await page.getByRole("link", { name: /Previous day/ }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(today!);
  await page.getByRole("link", { name: "Next month →" }).click();
  await expect(page).toHaveURL(/\/daily\/\d{4}-\d{2}-01$/);
  await page.locator(".rd-calendar a").nth(9).click();
  await expect(page).toHaveURL(/\/daily\/\d{4}-\d{2}-10$/);
  await expect(page.locator('article[data-key="personalDay"]')).toBeVisible();
  const missing = await page.goto("/daily/2023-02-30");
  expect(missing!.status()).toBe(404);
});

test("the name and date tools", async ({ page }, testInfo) => {
  await newUser(page, testInfo, "tools");
  await addPersonDirectly(page);
  await page.goto("/tools/name");
  await expectAccessible(page);
  await page.getByLabel("Target number").selectOption("7");
  await page.getByRole("button", { name: "Suggest spellings" }).click();
  await expect(page).toHaveURL(/\/tools\/name\?name=Ada\+Lovelace\+Byron&target=7/);
  await expect(page.getByRole("heading", { name: "Spellings of Ada Lovelace Byron that give 7" })).toBeVisible();
  await expectAccessible(page);

  await page.goto("/tools/dates");
  await page.getByLabel("Personal Day number").selectOption("1");
  await page.getByLabel("For", { exact: true }).selectOption({ label: "Sam (partner)" });
  await page.getByRole("button", { name: "Find dates" }).click();
  await expect(page.getByRole("heading", { name: /^Personal Day 1 in .+ for Sam$/ })).toBeVisible();
  await expect(page.locator(".rd-plain-list a").first()).toHaveAttribute("href", /\/daily\/\d{4}-\d{2}-\d{2}\?person=/);
  await expectAccessible(page);
});

test("the full report and the numerology options", async ({ page }, testInfo) => {
  await newUser(page, testInfo, "options");
  await page.goto("/settings/profile");
  await expectAccessible(page);
  await page.getByLabel("Letter system").selectOption("chaldean");
  await page.getByLabel("Gender (optional)").selectOption("female");
  await page.getByRole("button", { name: "Save options" }).click();
  await expect(page.getByText("Your numerology options are saved.")).toBeVisible();
  await page.goto("/report");
  await expect(page.getByText(/Chaldean letters\./)).toBeVisible();
  await expect(page.locator('section#lo-shu article[data-key="kua"]')).toBeVisible();
  await expectAccessible(page);
});

test("another user gets 404 for someone else's person", { tag: "@once" }, async ({ page, browser }, testInfo) => {
  await newUser(page, testInfo, "owner");
  const personPath = await addPersonDirectly(page, {
    name: "Private",
    birthName: "Pat Quinn",
    birthDate: "1985-02-14",
    relation: "friend",
  });
  const id = personPath.split("/").pop()!;

  const otherContext = await browser.newContext({ javaScriptEnabled: testInfo.project.name === "js" });
  const other = await otherContext.newPage();
  await newUser(other, testInfo, "intruder");
  for (const path of [
    personPath,
    `${personPath}/edit`,
    `${personPath}/delete`,
    `/compatibility?a=me&b=${id}`,
    `/daily?person=${id}`,
  ]) {
    const response = await other.goto(path);
    expect(response!.status(), path).toBe(404);
    await expect(other.getByRole("heading", { name: "We couldn't find that page" })).toBeVisible();
  }
  await otherContext.close();
});
