import { describe, expect, it } from "vitest";
import { loader } from "~/routes/api.v1.numerology";
import { computeProfile } from "~/numerology";

const call = (query: string, headers: Record<string, string> = {}) =>
  loader({
    request: new Request(`http://localhost/api/v1/numerology?${query}`, { headers }),
    context: { nonce: "", requestId: "t", ip: null, serverHtml: new Map() },
    params: {},
  });

describe("GET /api/v1/numerology", () => {
  it("returns the engine's profile as JSON, cacheable for a day when today is given", async () => {
    const response = await call("birthName=Thomas%20John%20Smith&birthDate=1962-07-03&today=2026-11-26&gender=male");
    expect(response.status).toBe(200);
    expect(response.headers.get("Content-Type")).toMatch(/^application\/json/);
    expect(response.headers.get("Cache-Control")).toBe("public, max-age=86400, immutable");
    const body = await response.json();
    const expected = JSON.parse(
      JSON.stringify(
        computeProfile({
          birthName: "Thomas John Smith",
          birthDate: "1962-07-03",
          today: "2026-11-26",
          gender: "male",
        }),
      ),
    );
    expect(body).toEqual(expected);
    expect(body.lifePath).toMatchObject({ value: 1, compound: 19 });
    expect(body.kua.value).toBe(2);
  });

  it("answers a repeated query from its kept answer, and every other query with its own profile", async () => {
    const base = "birthName=Thomas%20John%20Smith&birthDate=1962-07-03";
    const answers = [];
    for (const extra of [
      "&today=2026-11-26",
      "&today=2026-11-26",
      "&today=2027-03-01",
      "&today=2026-11-26&steps=false",
    ])
      answers.push(await (await call(base + extra)).json());
    expect(answers[1]).toEqual(answers[0]);
    expect(answers[2].personalYear).toEqual(
      JSON.parse(
        JSON.stringify(
          computeProfile({ birthName: "Thomas John Smith", birthDate: "1962-07-03", today: "2027-03-01" }).personalYear,
        ),
      ),
    );
    expect(answers[2].personalYear.value).not.toBe(answers[0].personalYear.value);
    expect(answers[3].lifePath.steps).toEqual([]);
    expect(answers[0].lifePath.steps.length).toBeGreaterThan(0);
  });

  it("defaults today to the server's date and expires by the next UTC midnight", async () => {
    const response = await call("birthName=Ada&birthDate=1990-05-17&system=chaldean");
    expect(response.status).toBe(200);
    const maxAge = Number(/max-age=(\d+)/.exec(response.headers.get("Cache-Control")!)![1]);
    expect(response.headers.get("Cache-Control")).not.toContain("immutable");
    expect(maxAge).toBeGreaterThanOrEqual(60);
    expect(maxAge).toBeLessThanOrEqual(86_400);
    const body = await response.json();
    expect(body.input.today).toBe(new Date().toISOString().slice(0, 10));
    expect(body.input.options.system).toBe("chaldean");
  });

  it("leaves out the derivation text with steps=false, numbers unchanged", async () => {
    const query = "birthName=Thomas%20John%20Smith&birthDate=1962-07-03&today=2026-11-26&gender=male";
    const full = await (await call(query)).json();
    const bare = await (await call(`${query}&steps=false`)).json();
    expect(bare.lifePath).toEqual({ ...full.lifePath, steps: [] });
    expect(bare.transits).toEqual({ ...full.transits, steps: [] });
    expect(bare.karmicSteps).toEqual([]);
    expect(bare.kua.value).toBe(full.kua.value);
  });

  it("answers a repeat with the same ETag with 304", async () => {
    const query = "birthName=Ada&birthDate=1990-05-17&today=2026-01-01";
    const first = await call(query);
    const etag = first.headers.get("ETag")!;
    expect(etag).toMatch(/^".+"$/);
    const second = await call(query, { "If-None-Match": etag });
    expect(second.status).toBe(304);
    expect(await second.text()).toBe("");
  });

  it.each([
    ["birthDate=1990-05-17", "birthName", /required/],
    ["birthName=Ada", "birthDate", /required/],
    ["birthName=Ada&birthDate=2023-02-30", "birthDate", /not a real calendar date/],
    ["birthName=Ada&birthDate=1990-05-17&today=2026-13-01", "today", /not a real calendar date/],
    ["birthName=Ada&birthDate=2030-01-01&today=2026-11-26", "birthDate", /after today/],
    ["birthName=Ada&birthDate=1799-12-31", "birthDate", /1800/],
    [`birthName=${encodeURIComponent("李小龙")}&birthDate=1990-05-17`, "birthName", /Latin letters/],
    ["birthName=Ada&birthDate=1990-05-17&gender=other", "gender", /male/],
    ["birthName=Ada&birthDate=1990-05-17&system=vedic", "system", /pythagorean/],
    ["birthName=Ada&birthDate=1990-05-17&steps=no", "steps", /true/],
  ])("refuses %s with 400 and the field", async (query, field, message) => {
    const response = await call(query);
    expect(response.status).toBe(400);
    expect(response.headers.get("Cache-Control")).toBe("no-store");
    const body = await response.json();
    expect(Object.keys(body)).toEqual(["error"]);
    expect(body.error.field).toBe(field);
    expect(body.error.message).toMatch(message);
  });
});
