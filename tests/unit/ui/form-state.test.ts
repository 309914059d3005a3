import path from "node:path";
import { parseWithZod } from "@conform-to/zod/v4";
import { describe, expect, it } from "vitest";
import { formState, inputAttributes, selectAttributes } from "~/components/form-state";
import { signupSchema } from "~/forms/auth";
import { FORM_CONSTRAINTS } from "~/forms/constraints";
import { evaluatedForBrowser } from "../../../scripts/vite-evaluated-module";

const form = (entries: Record<string, string>) => {
  const data = new FormData();
  for (const [name, value] of Object.entries(entries)) data.append(name, value);
  return data;
};

describe("form constraints", () => {
  it("are the HTML attributes of each schema", () => {
    expect(FORM_CONSTRAINTS.signup).toEqual({
      name: { required: true },
      email: { required: true },
      password: { required: true },
    });
    expect(FORM_CONSTRAINTS.calculator.gender).toEqual({ required: false, pattern: "male|female" });
    expect(FORM_CONSTRAINTS.reminder.days).toEqual({ required: true, multiple: true });
  });

  it("reach the browser build as their value, without zod", async () => {
    const plugin = evaluatedForBrowser(["app/forms/constraints.ts"]);
    const load = plugin.load as unknown as (id: string, options?: { ssr?: boolean }) => Promise<string | null>;
    const id = path.resolve("app/forms/constraints.ts");
    const code = await load(id, { ssr: false });
    expect(code).toBe(`export const FORM_CONSTRAINTS = ${JSON.stringify(FORM_CONSTRAINTS)};`);
    expect(await load(id, { ssr: true })).toBeNull();
    expect(await load(path.resolve("app/forms/auth.ts"), { ssr: false })).toBeNull();
  });
});

describe("formState", () => {
  it("names each field after its form and starts it with the defaults", () => {
    const { form: meta, fields } = formState("signup", FORM_CONSTRAINTS.signup, undefined, { name: "Ada" });
    expect(meta).toEqual({ id: "signup", errorId: "signup-error", errors: undefined });
    expect(fields.name).toMatchObject({ id: "signup-name", name: "name", errorId: "signup-name-error" });
    expect(inputAttributes(fields.name, { type: "text", describedBy: "hint" })).toMatchObject({
      id: "signup-name",
      name: "name",
      required: true,
      type: "text",
      "aria-describedby": "hint",
      defaultValue: "Ada",
    });
    expect(inputAttributes(fields.name, { type: "text" })["aria-invalid"]).toBeUndefined();
    const gender = formState("calculator", FORM_CONSTRAINTS.calculator, undefined).fields.gender;
    expect(inputAttributes(gender, { type: "text" })).toMatchObject({ required: undefined, pattern: "male|female" });
  });

  it("shows the server's errors next to the fields, with what was sent (never the password)", () => {
    const submission = parseWithZod(form({ name: "Ada", email: "not-an-email", password: "short" }), {
      schema: signupSchema,
    });
    const lastResult = submission.reply({ hideFields: ["password"] });
    const { fields } = formState("signup", FORM_CONSTRAINTS.signup, lastResult, { name: "default" });
    expect(fields.email.errors).toEqual(["Enter a valid email address, like name@example.com."]);
    expect(inputAttributes(fields.email, { type: "email" })).toMatchObject({
      "aria-invalid": true,
      "aria-describedby": "signup-email-error",
      defaultValue: "not-an-email",
    });
    expect(fields.name).toMatchObject({ errors: undefined, initialValue: "Ada" });
    expect(fields.password.initialValue).toBeUndefined();
  });

  it("checks radios and checkboxes from the start value, and lists become form values", () => {
    const { fields } = formState("reminder", FORM_CONSTRAINTS.reminder, undefined, { days: [1, 3] });
    expect(fields.days.initialValue).toEqual(["1", "3"]);
    expect(inputAttributes(fields.days, { type: "checkbox", value: "3" })).toMatchObject({ defaultChecked: true });
    expect(inputAttributes(fields.days, { type: "checkbox", value: "2" })).toMatchObject({ defaultChecked: false });
    const prefs = formState("preferences", FORM_CONSTRAINTS.preferences, undefined, { system: "chaldean" });
    expect(selectAttributes(prefs.fields.system)).toMatchObject({ required: true, defaultValue: "chaldean" });
  });
});
