import { data, redirect } from "@remix-run/node";
import { renameSchema } from "~/forms/chat";
import type { User } from "~/server/db/db-schema";
import { invariantResponse, redirectWithFlash } from "~/server/http/http.server";
import { deleteConversation, renameConversation } from "./store.server";

/**
 * The rename and delete forms, shared by /chat and /chat/:id. Another user's conversation is a 404;
 * a bad title comes back next to its field. `back` is where a rename lands.
 */
export async function conversationAction(user: User, form: FormData, back: (id: string) => string) {
  const id = String(form.get("id") ?? "");
  const intent = form.get("intent");
  if (intent === "delete") {
    invariantResponse(await deleteConversation(user.id, id), "Conversation not found");
    return redirectWithFlash("/chat", { kind: "success", message: "The conversation is deleted." });
  }
  if (intent === "rename") {
    const parsed = renameSchema.safeParse({ title: form.get("title") });
    if (!parsed.success) return data({ renameError: { id, message: parsed.error.issues[0].message } }, { status: 400 });
    invariantResponse(await renameConversation(user.id, id, parsed.data.title), "Conversation not found");
    return redirect(back(id));
  }
  return data({ renameError: null, error: "Unknown action." }, { status: 400 });
}
