import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { computeProfile } from "~/numerology";
import { action as sharesAction, loader as sharesLoader } from "~/routes/shares";
import { loader as sharedLoader, meta as sharedMeta } from "~/routes/s.$token";
import { loader as ogLoader } from "~/routes/s.$token_.og[.]png";
import { buildSharePreview, renderPreviewPng } from "~/server/shares/share-preview.server";
import { formRequest, getRequest, run, setupTestApp, type TestApp } from "../../support/test-app";
import { signedInUser, addPerson } from "../../support/factories";
import { routeArgs } from "../../support/route";

let app: TestApp;
let owner: Awaited<ReturnType<typeof signedInUser>>;
let other: Awaited<ReturnType<typeof signedInUser>>;
let graceId: string;

beforeAll(async () => {
  app = await setupTestApp({ env: { APP_URL: "https://numerai.example" } });
  owner = await signedInUser({ email: "share-owner@example.com", birthDate: "1984-06-27" });
  other = await signedInUser({
    email: "share-other@example.com",
    name: "Mallory",
    birthName: "Mallory Example",
    birthDate: "1970-01-01",
  });
  graceId = (await addPerson(owner.id)).id;
});
afterAll(() => app.cleanup());

async function share(fields: Record<string, string>, cookie = owner.cookie) {
  return run(() => sharesAction(routeArgs(formRequest("/shares", { intent: "create", ...fields }, { cookie }))));
}

async function createdToken(fields: Record<string, string>) {
  const { status, data } = await share(fields);
  expect(status).toBe(200);
  const url = (data as { created: { url: string } }).created.url;
  expect(url).toMatch(/^https:\/\/numerai\.example\/s\/[\w-]{43}$/);
  return url.split("/").pop()!;
}

const open = (token: string) => run(() => sharedLoader(routeArgs(getRequest(`/s/${token}`), { token })));
const image = (token: string) => run(() => ogLoader(routeArgs(getRequest(`/s/${token}/og.png`), { token })));

describe("creating and listing share links", () => {
  it("shows the new link once and lists it for its subject", async () => {
    await createdToken({ showName: "on" });
    await createdToken({ personId: graceId, showBirthDate: "on" });
    const { data } = await run(() => sharesLoader(routeArgs(getRequest("/shares", owner.cookie))));
    const links = (data as { links: { subject: string; showName: boolean; showBirthDate: boolean; page: string }[] })
      .links;
    expect(links.map((l) => [l.subject, l.showName, l.showBirthDate, l.page])).toEqual([
      ["Grace's report", false, true, `/people/${graceId}`],
      ["Your report", true, false, "/report"],
    ]);
    expect(JSON.stringify(links)).not.toMatch(/token/i);
  });

  it("refuses someone else's person (404), nonsense (400) and signed-out visitors (login)", async () => {
    expect((await share({ personId: graceId }, other.cookie)).status).toBe(404);
    expect((await share({ intent: "delete-everything" })).status).toBe(400);
    const signedOut = await run(() => sharesAction(routeArgs(formRequest("/shares", { intent: "create" }))));
    expect(signedOut.status).toBe(302);
    expect(signedOut.response!.headers.get("Location")).toMatch(/^\/login/);
  });
});

describe("the public page", () => {
  it("shows numbers only, with nothing of the name or birth date in the page data", async () => {
    const token = await createdToken({});
    const { status, data } = await open(token);
    expect(status).toBe(200);
    const { view } = data as Awaited<ReturnType<typeof sharedLoader>>;
    expect(view.name).toBeNull();
    expect(view.birthDate).toBeNull();
    expect(view.loShu).toBeNull();
    expect(view.timeline).toBeNull();
    expect(view.sections.map((s) => s.key)).toEqual(["core", "more"]);
    const json = JSON.stringify(data);
    for (const secret of [/\bAda\b/, /LOVELACE/i, /Byron/i, /1984/, /06-27/, /27 June/])
      expect(json).not.toMatch(secret);
    expect(view.sections.flatMap((s) => s.items).every((i) => i.steps.length === 0)).toBe(true);
  });

  it("adds the name, then the birth date with the charts, and the working only with both", async () => {
    const named = (await open(await createdToken({ showName: "on" }))).data as Awaited<ReturnType<typeof sharedLoader>>;
    expect(named.view.name).toBe("Ada");
    expect(JSON.stringify(named)).not.toMatch(/1984|06-27/);
    expect(named.view.sections.flatMap((s) => s.items).map((i) => i.key)).toContain("cornerstone");

    const dated = (await open(await createdToken({ personId: graceId, showBirthDate: "on" }))).data as Awaited<
      ReturnType<typeof sharedLoader>
    >;
    expect(dated.view.name).toBeNull();
    expect(dated.view.birthDate).toBe("1906-12-09");
    expect(dated.view.loShu?.title).toBe("Lo Shu grid");
    expect(dated.view.timeline?.alt.map((s) => s.heading)).not.toContain("Transit letters and essence by age");
    expect(JSON.stringify(dated)).not.toMatch(/\bGrace\b|Hopper|HOPPER|Brewster|BREWSTER/);

    const all = (await open(await createdToken({ showName: "on", showBirthDate: "on" }))).data as Awaited<
      ReturnType<typeof sharedLoader>
    >;
    expect(all.view.sections.map((s) => s.key)).toEqual(["core", "more", "pinnacles", "transits", "lo-shu"]);
    expect(all.view.sections[0].items[0].steps.length).toBeGreaterThan(0);
  });

  it("has Open Graph tags with an absolute image URL", async () => {
    const token = await createdToken({ showName: "on" });
    const { data } = await open(token);
    const tags = sharedMeta({ data } as Parameters<typeof sharedMeta>[0]) as Record<string, string>[];
    const content = (key: string) => tags.find((t) => t.property === key || t.name === key)?.content;
    expect(content("og:title")).toBe("Ada's numerology · NumerAI");
    expect(content("og:description")).toMatch(/^Life Path \d+: /);
    expect(content("og:image")).toBe(`https://numerai.example/s/${token}/og.png`);
    expect(content("og:url")).toBe(`https://numerai.example/s/${token}`);
    expect(content("twitter:card")).toBe("summary_large_image");
    expect(content("robots")).toBe("noindex, nofollow");
  });

  it("renders a 1200×630 PNG preview", async () => {
    const { status, response } = await image(await createdToken({ showName: "on", showBirthDate: "on" }));
    expect(status).toBe(200);
    expect(response!.headers.get("Content-Type")).toBe("image/png");
    const png = Buffer.from(await response!.arrayBuffer());
    expect(png.subarray(1, 4).toString()).toBe("PNG");
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
  });

  it("is a 404 for an unknown token, and after its owner revokes it", async () => {
    expect((await open("A".repeat(43))).status).toBe(404);
    const token = await createdToken({ showName: "on" });
    const { data } = await run(() => sharesLoader(routeArgs(getRequest("/shares", owner.cookie))));
    const id = (data as { links: { id: string }[] }).links[0].id;

    const revoke = (cookie: string) =>
      run(() =>
        sharesAction(
          routeArgs(formRequest("/shares", { intent: "revoke", id, redirectTo: "/report#share" }, { cookie })),
        ),
      );
    expect((await revoke(other.cookie)).status).toBe(404);
    expect((await open(token)).status).toBe(200);
    const done = await revoke(owner.cookie);
    expect(done).toRedirectTo("/report#share");
    expect((await open(token)).status).toBe(404);
    expect((await image(token)).status).toBe(404);
    expect((await revoke(owner.cookie)).status).toBe(404);
  });
});

describe("the preview image cache", () => {
  it("serves the same card from memory and re-renders when the numbers change", async () => {
    const profile = computeProfile({ birthName: "Ada Lovelace Byron", birthDate: "1984-06-27" });
    const first = await renderPreviewPng(buildSharePreview(profile, { name: "Ada", birthDate: null }));
    expect(await renderPreviewPng(buildSharePreview(profile, { name: "Ada", birthDate: null }))).toBe(first);
    expect(await renderPreviewPng(buildSharePreview(profile, { name: "Ada B", birthDate: null }))).not.toBe(first);
  });
});
