import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { Field, SelectField, useSchemaForm } from "~/components/forms";
import { FORM_CONSTRAINTS } from "~/forms/constraints";
import { ToolPage } from "~/components/tool-page";
import { NAME_TARGETS, SYSTEM_OPTIONS } from "~/forms/choices";
import { requireUser } from "~/server/session/session.server";
import { runNameTool } from "~/server/readings/tools.server";
import { numberText } from "~/components/number-card";
import { errorBoundary } from "~/components/error-page";

export const meta: MetaFunction = () => [{ title: "Name spellings · Tools · NumerAI" }];

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const params = new URL(request.url).searchParams;
  const outcome = runNameTool(params);
  const defaults = params.has("name")
    ? Object.fromEntries(params)
    : { name: user.birth_name ?? "", system: "pythagorean" };
  return data({ ...outcome, defaults }, { status: outcome.status });
}

const TARGET_OPTIONS = NAME_TARGETS.map((n) => ({ value: String(n), label: String(n) }));

export default function NameTool() {
  const { result, output, defaults } = useLoaderData<typeof loader>();
  const { form, fields, firstError } = useSchemaForm("name-tool", FORM_CONSTRAINTS.nameTool, result, defaults);
  return (
    <ToolPage
      title="Name spellings"
      lede="Spelling variants of a name (a doubled letter, a middle initial, a common alternate) that reach the number you want."
      form={form}
      defaults={defaults}
      submitLabel="Suggest spellings"
      fields={
        <>
          <Field label="Name" meta={fields.name} firstError={firstError} autoComplete="off" />
          <SelectField
            label="Target number"
            meta={fields.target}
            options={TARGET_OPTIONS}
            placeholder="Choose a number"
            firstError={firstError}
          />
          <SelectField label="Letter system" meta={fields.system} options={SYSTEM_OPTIONS} firstError={firstError} />
        </>
      }
    >
      {output ? (
        <section aria-labelledby="suggestions-heading">
          <h2 id="suggestions-heading">
            Spellings of {output.name} that give {output.target}
          </h2>
          <p>
            As written, {output.name} gives <strong>{numberText(output.current.value, output.current.compound)}</strong>{" "}
            ({output.system === "chaldean" ? "Chaldean name number" : "Expression"}).
          </p>
          <details className="rd-math">
            <summary>Show the math</summary>
            <ol>
              {output.current.steps.map((s, i) => (
                <li key={i}>{s}</li>
              ))}
            </ol>
          </details>
          <p>
            <strong>{output.targetMeaning.title}.</strong> {output.targetMeaning.paragraph}
          </p>
          {output.suggestions.length ? (
            <ul className="rd-people">
              {output.suggestions.map((s) => (
                <li key={s.spelling} className="card">
                  <p>
                    <strong>{s.spelling}</strong> <span className="muted">({s.change})</span>
                  </p>
                  <p className="badge">{numberText(s.number, s.compound)}</p>
                </li>
              ))}
            </ul>
          ) : (
            <p>
              No small change of this spelling reaches {output.target}. Try another target or the other letter system.
            </p>
          )}
        </section>
      ) : null}
    </ToolPage>
  );
}

export const ErrorBoundary = errorBoundary({ to: "/tools/name", label: "Back to the name tool" });
