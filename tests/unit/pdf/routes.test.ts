import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { meaningFor } from "~/content";
import { loader as compatibilityPdf } from "~/routes/compatibility[.]pdf";
import { loader as personPdf } from "~/routes/people.$id.report[.]pdf";
import { loader as reportPdf } from "~/routes/report[.]pdf";
import { computeProfile } from "~/numerology";
import { PDFS_PER_MINUTE } from "~/server/pdf/report-pdf.server";
import { readPdf } from "../../support/pdf";
import { getRequest, run, setupTestApp, type TestApp } from "../../support/test-app";
import { signedInUser, addPerson } from "../../support/factories";
import { routeArgs } from "../../support/route";

let app: TestApp;
let owner: Awaited<ReturnType<typeof signedInUser>>;
let other: Awaited<ReturnType<typeof signedInUser>>;
let graceId: string;
let othersPersonId: string;

beforeAll(async () => {
  app = await setupTestApp();
  owner = await signedInUser({ email: "pdf-owner@example.com" });
  other = await signedInUser({
    email: "pdf-other@example.com",
    name: "Mallory",
    birthName: "Mallory Example",
    birthDate: "1970-01-01",
  });
  graceId = (await addPerson(owner.id)).id;
  othersPersonId = (await addPerson(other.id, "Eve", "Eve Example", "1980-02-02")).id;
});
afterAll(() => app.cleanup());

describe("PDF routes", () => {
  it("/report.pdf downloads the signed-in user's report", async () => {
    const { status, response } = await run(() => reportPdf(routeArgs(getRequest("/report.pdf", owner.cookie))));
    expect(status).toBe(200);
    expect(response!.headers.get("Content-Type")).toBe("application/pdf");
    expect(response!.headers.get("Content-Disposition")).toBe('attachment; filename="numerai-report-ada.pdf"');
    const { pages, text } = await readPdf(new Uint8Array(await response!.arrayBuffer()));
    expect(pages).toBeGreaterThan(1);
    const lifePath = computeProfile({ birthName: "Ada Lovelace Byron", birthDate: "1984-06-27" }).lifePath.value;
    expect(text.replace(/\s+/g, " ")).toContain(meaningFor("lifePath", lifePath).title);
  });

  it("/people/:id/report.pdf is the owner's person's report, and a 404 for anyone else's", async () => {
    const mine = await run(() =>
      personPdf(routeArgs(getRequest(`/people/${graceId}/report.pdf`, owner.cookie), { id: graceId })),
    );
    expect(mine.status).toBe(200);
    expect(mine.response!.headers.get("Content-Disposition")).toBe('attachment; filename="numerai-report-grace.pdf"');
    const { text } = await readPdf(new Uint8Array(await mine.response!.arrayBuffer()));
    expect(text).toContain("Grace Brewster Hopper");

    const theirs = await run(() =>
      personPdf(routeArgs(getRequest(`/people/${othersPersonId}/report.pdf`, owner.cookie), { id: othersPersonId })),
    );
    expect(theirs.status).toBe(404);
    const unknown = await run(() =>
      personPdf(routeArgs(getRequest("/people/nope/report.pdf", owner.cookie), { id: "nope" })),
    );
    expect(unknown.status).toBe(404);
  });

  it("/compatibility.pdf takes the page's ?a=&b= and only the user's own people", async () => {
    const pdfOf = (query: string) =>
      run(() => compatibilityPdf(routeArgs(getRequest(`/compatibility.pdf?${query}`, owner.cookie))));
    const ok = await pdfOf(`a=me&b=${graceId}`);
    expect(ok.status).toBe(200);
    expect(ok.response!.headers.get("Content-Disposition")).toBe(
      'attachment; filename="numerai-compatibility-ada-grace.pdf"',
    );
    const { text } = await readPdf(new Uint8Array(await ok.response!.arrayBuffer()));
    expect(text).toContain("Compatibility report");
    expect(text).toContain("Grace: core numbers");
    expect((await pdfOf(`a=me&b=${othersPersonId}`)).status).toBe(404);
    expect((await pdfOf("a=me")).status).toBe(404);
    expect((await pdfOf("a=me&b=me")).status).toBe(400);
  });

  it("refuses more than PDFS_PER_MINUTE a minute per account (429)", async () => {
    const busy = await signedInUser({ email: "pdf-busy@example.com" });
    await app.db
      .insertInto("rate_limits")
      .values({ key: `pdf:${busy.id}`, count: PDFS_PER_MINUTE, reset_at: Date.now() + 60_000 })
      .execute();
    const { status, response } = await run(() => reportPdf(routeArgs(getRequest("/report.pdf", busy.cookie))));
    expect(status).toBe(429);
    expect(Number(response!.headers.get("Retry-After"))).toBeGreaterThan(0);
  });

  it("sends a signed-out visitor to log in and back", async () => {
    for (const [fn, path, params] of [
      [reportPdf, "/report.pdf", {}],
      [personPdf, `/people/${graceId}/report.pdf`, { id: graceId }],
      [compatibilityPdf, `/compatibility.pdf?a=me&b=${graceId}`, {}],
    ] as const) {
      const { status, response } = await run(() => fn(routeArgs(getRequest(path), params)));
      expect(status).toBe(302);
      expect(response!.headers.get("Location")).toBe(`/login?redirectTo=${encodeURIComponent(path)}`);
    }
  });
});
