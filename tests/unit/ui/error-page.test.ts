import { data } from "@remix-run/node";
import { describe, expect, it } from "vitest";
import { describeError } from "~/components/error-page";

/** What useRouteError returns for a thrown Response (the shape isRouteErrorResponse checks). */
const thrown = (status: number, data: unknown) => ({ status, statusText: "", internal: false, data });

describe("describeError", () => {
  it("has its own words for 400, 403, 404, 429 and 500", () => {
    const titles = [400, 403, 404, 429, 500].map((status) => describeError(thrown(status, null)).title);
    expect(new Set(titles).size).toBe(5);
    expect(describeError(thrown(404, null))).toMatchObject({ status: 404, title: "We couldn't find that page" });
    expect(describeError(thrown(429, null))).toMatchObject({ status: 429, title: "Too many requests" });
  });

  it('keeps the text of a refusal we threw ("Person not found")', () => {
    expect(describeError(thrown(404, "Person not found")).detail).toBe("Person not found");
    expect(describeError(thrown(413, "Request body too large"))).toMatchObject({
      status: 413,
      title: "That request couldn't be handled",
      detail: "Request body too large",
    });
  });

  it("shows no internals for a server error or a thrown exception", () => {
    const leaked = "SqliteError: no such table: secrets";
    for (const error of [new Error(leaked), thrown(500, leaked), thrown(503, leaked), data(leaked)]) {
      const text = describeError(error);
      expect(text.title).toBe("Something went wrong");
      expect(JSON.stringify(text)).not.toContain("secrets");
    }
  });
});
