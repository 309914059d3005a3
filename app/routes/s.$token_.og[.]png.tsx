import type { LoaderFunctionArgs } from "@remix-run/node";
import { invariantResponse } from "~/server/http/http.server";
import { findSharedSubject, SHARED_IMAGE_CACHE } from "~/server/shares/share-links.server";
import { buildSharePreview, renderPreviewPng } from "~/server/shares/share-preview.server";
import { sharedProfile } from "~/server/shares/shared-report.server";

/** The 1200×630 preview card of a shared report, for link previews (og:image). */
export async function loader({ params }: LoaderFunctionArgs) {
  const shared = await findSharedSubject(params.token ?? "");
  invariantResponse(shared, "Not found");
  const subject = await sharedProfile(shared);
  invariantResponse(subject, "Not found");
  const png = await renderPreviewPng(
    buildSharePreview(subject.profile, {
      name: shared.link.showName ? subject.name : null,
      birthDate: shared.link.showBirthDate ? subject.birthDate : null,
    }),
  );
  return new Response(new Uint8Array(png), {
    headers: {
      "Content-Type": "image/png",
      "Content-Length": String(png.length),
      "Cache-Control": SHARED_IMAGE_CACHE,
    },
  });
}
