import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { birthProfileSchema } from "~/forms/profile";
import { loader as dashboardLoader } from "~/routes/dashboard";
import { action as onboardingAction, loader as onboardingLoader } from "~/routes/onboarding";
import { action as profileAction, loader as profileLoader } from "~/routes/settings.profile";
import { getDb } from "~/server/db/db.server";
import { formRequest, getRequest, run } from "../../support/test-app";
import { signUp, startHarness, type Harness } from "./helpers";
import { routeArgs, fieldErrors, flashOf } from "../../support/route";

/** The calendar date in a zone, worked out here with Intl rather than with the app's helper. */
const todayIn = (timeZone: string, at = new Date()) =>
  new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" }).format(at);

let h: Harness;
let user: { cookie: string; userId: string };
beforeAll(async () => {
  h = await startHarness();
  user = await signUp("born@example.com", { name: "Born Person" });
});
afterAll(() => h.close());

const VALID = { birthName: "Marie Salomea Skłodowska", birthDate: "1867-11-07", timezone: "Europe/Warsaw" };
const birthRow = (userId: string) =>
  getDb()
    .selectFrom("users")
    .select(["name", "birth_name", "birth_date", "timezone", "updated_at"])
    .where("id", "=", userId)
    .executeTakeFirstOrThrow();
const onboard = (cookie: string, fields: Record<string, string>) =>
  run(() => onboardingAction(routeArgs(formRequest("/onboarding", fields, { cookie }))));
const saveProfile = (cookie: string, fields: Record<string, string>) =>
  run(() => profileAction(routeArgs(formRequest("/settings/profile", fields, { cookie }))));
const dashboard = (cookie?: string) => run(() => dashboardLoader(routeArgs(getRequest("/dashboard", cookie))));

const INVALID: Array<[string, Partial<typeof VALID>, keyof typeof VALID, RegExp]> = [
  ["a birth date in the future", { birthDate: "2999-01-01" }, "birthDate", /can't be in the future/],
  ["a date that isn't on the calendar", { birthDate: "2023-02-30" }, "birthDate", /doesn't exist on the calendar/],
  ["a year before 1800", { birthDate: "1799-12-31" }, "birthDate", /before 1800/],
  ["a badly formatted date", { birthDate: "07/11/1867" }, "birthDate", /YYYY-MM-DD/],
  ["an empty birth name", { birthName: "   " }, "birthName", /full birth name/],
  ["a name with no Latin letters", { birthName: "李小龙" }, "birthName", /Latin letter/],
  ["an unknown time zone", { timezone: "Mars/Olympus_Mons" }, "timezone", /time zone from the list/],
  ["an abbreviation instead of a zone", { timezone: "EST" }, "timezone", /time zone from the list/],
];

describe("dashboard guard", () => {
  it("sends a signed-out visitor to log in, then back", async () => {
    const result = await dashboard();
    expect(result).toRedirectTo("/login?redirectTo=%2Fdashboard");
  });

  it("sends a signed-in user without a birth profile to onboarding", async () => {
    const result = await dashboard(user.cookie);
    expect(result).toRedirectTo("/onboarding");
    const page = await run(() => onboardingLoader(routeArgs(getRequest("/onboarding", user.cookie))));
    expect(page.status).toBe(200);
    expect(page.data).toMatchObject({ name: "Born Person", maxDate: todayIn("Pacific/Kiritimati") });
  });
});

describe("onboarding", () => {
  it.each(INVALID)("rejects %s with 400 on the field and saves nothing", async (_label, change, field, message) => {
    const before = await birthRow(user.userId);
    const result = await onboard(user.cookie, { ...VALID, ...change });
    expect(result.status).toBe(400);
    const errors = fieldErrors(result.data);
    expect(errors[field]?.join(" ")).toMatch(message);
    expect(Object.keys(errors).filter((k) => errors[k]?.length)).toEqual([field]);
    expect(await birthRow(user.userId)).toEqual(before);
    expect(before.birth_date).toBeNull();
    expect((await dashboard(user.cookie)).response?.headers.get("Location")).toBe("/onboarding");
  });

  it("saves a valid profile, and the dashboard opens with it", async () => {
    const result = await onboard(user.cookie, { ...VALID, birthName: `  ${VALID.birthName}  ` });
    expect(result).toRedirectTo("/dashboard");
    expect((await flashOf(result.response))?.kind).toBe("success");
    expect(await birthRow(user.userId)).toMatchObject({
      birth_name: VALID.birthName,
      birth_date: VALID.birthDate,
      timezone: VALID.timezone,
    });

    const page = await dashboard(user.cookie);
    expect(page.status).toBe(200);
    expect(page.data).toMatchObject({ name: "Born Person", today: todayIn("Europe/Warsaw"), problem: null });
    const again = await run(() => onboardingLoader(routeArgs(getRequest("/onboarding", user.cookie))));
    expect(again.response?.headers.get("Location")).toBe("/dashboard");
  });

  it("needs a signed-in user", async () => {
    const result = await onboard("", VALID);
    expect(result.status).toBe(302);
    expect(result.response?.headers.get("Location")).toMatch(/^\/login\?redirectTo=/);
  });
});

describe("settings/profile", () => {
  const PROFILE = { name: "Born Person", ...VALID };

  it.each([...INVALID, ["an empty display name", { name: " " }, "name", /your name/]] as Array<
    [string, Partial<typeof PROFILE>, string, RegExp]
  >)("rejects %s and leaves the saved profile unchanged", async (_label, change, field, message) => {
    const before = await birthRow(user.userId);
    expect(before.birth_date).toBe(VALID.birthDate); // saved by onboarding above
    const result = await saveProfile(user.cookie, { ...PROFILE, birthName: "Someone Else", ...change });
    expect(result.status).toBe(400);
    expect(result).toHaveFieldError(field, message);
    expect(await birthRow(user.userId)).toEqual(before);
  });

  it("saves valid changes and shows them", async () => {
    const result = await saveProfile(user.cookie, {
      name: "Marie",
      birthName: "Maria Skłodowska",
      birthDate: "1867-11-07",
      timezone: "America/New_York",
    });
    expect(result).toRedirectTo("/settings/profile");
    const page = await run(() => profileLoader(routeArgs(getRequest("/settings/profile", user.cookie))));
    expect((page.data as { profile: unknown }).profile).toEqual({
      name: "Marie",
      birthName: "Maria Skłodowska",
      birthDate: "1867-11-07",
      timezone: "America/New_York",
    });
  });

  it("bounds 'today' by the submitted time zone: Kiritimati's today is fine there, in the future in Pago Pago", async () => {
    // UTC+14 and UTC−11 are 25 hours apart, so Kiritimati's date is always ahead of Pago Pago's.
    let attempt = 0;
    for (;;) {
      const kiritimati = todayIn("Pacific/Kiritimati");
      const pagoPago = todayIn("Pacific/Pago_Pago");
      expect(kiritimati > pagoPago).toBe(true);
      const before = await birthRow(user.userId);

      const behind = await saveProfile(user.cookie, {
        name: "Marie",
        birthName: "Day Old",
        birthDate: kiritimati,
        timezone: "Pacific/Pago_Pago",
      });
      const ahead = await saveProfile(user.cookie, {
        name: "Marie",
        birthName: "Day Old",
        birthDate: kiritimati,
        timezone: "Pacific/Kiritimati",
      });
      const local = await saveProfile(user.cookie, {
        name: "Marie",
        birthName: "Day Old",
        birthDate: pagoPago,
        timezone: "Pacific/Pago_Pago",
      });

      // A midnight passing mid-test would change the answer; try again in that rare case.
      if ((todayIn("Pacific/Kiritimati") !== kiritimati || todayIn("Pacific/Pago_Pago") !== pagoPago) && ++attempt < 3)
        continue;

      expect(behind.status).toBe(400);
      expect(fieldErrors(behind.data).birthDate?.[0]).toBe("Your birth date can't be in the future.");
      expect(ahead.status).toBe(302);
      expect(local.status).toBe(302);
      expect(await birthRow(user.userId)).toMatchObject({ birth_date: pagoPago, timezone: "Pacific/Pago_Pago" });
      expect(before.birth_date).not.toBe(pagoPago);
      return;
    }
  });
});

describe("birth profile schema at a fixed instant", () => {
  // 2026-11-26T10:30Z is 00:30 on the 27th in Kiritimati and 23:30 on the 25th in Pago Pago.
  const instant = new Date("2026-11-26T10:30:00Z");
  const check = (birthDate: string, timezone: string) =>
    birthProfileSchema(instant).safeParse({ birthName: "Somebody", birthDate, timezone }).success;

  it("uses the submitted zone's date as today", () => {
    expect(todayIn("Pacific/Kiritimati", instant)).toBe("2026-11-27");
    expect(todayIn("Pacific/Pago_Pago", instant)).toBe("2026-11-25");
    expect(check("2026-11-27", "Pacific/Kiritimati")).toBe(true);
    expect(check("2026-11-28", "Pacific/Kiritimati")).toBe(false);
    expect(check("2026-11-26", "Europe/London")).toBe(true);
    expect(check("2026-11-27", "Europe/London")).toBe(false);
    expect(check("2026-11-25", "Pacific/Pago_Pago")).toBe(true);
    expect(check("2026-11-26", "Pacific/Pago_Pago")).toBe(false);
  });
});
