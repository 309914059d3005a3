import type { LoaderFunctionArgs } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { offerRestore } from "~/server/accounts/account-lifecycle.server";
import { completeGoogleSignIn } from "~/server/accounts/google-sign-in.server";
import { redirectWithFlash } from "~/server/http/http.server";

export async function loader({ request, context }: LoaderFunctionArgs) {
  const result = await completeGoogleSignIn(request, context);
  switch (result.kind) {
    case "unavailable":
      throw new Response("Google sign-in is not available", { status: 404 });
    case "signed-in":
      return redirect(result.next, { headers: { "Set-Cookie": result.cookie } });
    case "deactivated":
      return offerRestore(result.userId);
    case "reauth": {
      const headers = new Headers();
      for (const cookie of result.cookies) headers.append("Set-Cookie", cookie);
      return redirectWithFlash(
        result.page,
        { kind: result.ok ? "success" : "error", message: result.message },
        { headers },
      );
    }
    case "failed":
      return redirectWithFlash("/login", { kind: "error", message: result.message });
  }
}
