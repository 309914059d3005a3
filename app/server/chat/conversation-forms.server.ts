import { parseWithZod } from "@conform-to/zod/v4";
import { redirect } from "@remix-run/node";
import { renameSchema } from "~/forms/chat";
import type { User } from "~/server/db/db-schema";
import { rejectButton, rejectForm } from "~/server/http/forms.server";
import { invariantResponse, redirectWithFlash } from "~/server/http/http.server";
import { deleteConversation, renameConversation } from "./store.server";

/**
 * The rename and delete forms, shared by /chat and /chat/:id. Another user's conversation is a 404;
 * a bad title comes back next to its field (the reply's `id` says which conversation's). `back` is where a
 * rename lands.
 */
export async function conversationAction(user: User, form: FormData, back: (id: string) => string) {
  const id = String(form.get("id") ?? "");
  const intent = form.get("intent");
  if (intent === "delete") {
    invariantResponse(await deleteConversation(user.id, id), "Conversation not found");
    return redirectWithFlash("/chat", { kind: "success", message: "The conversation is deleted." });
  }
  if (intent === "rename") {
    const submission = parseWithZod(form, { schema: renameSchema });
    if (submission.status !== "success") return rejectForm(submission);
    invariantResponse(await renameConversation(user.id, id, submission.value.title), "Conversation not found");
    return redirect(back(id));
  }
  return rejectButton("That request wasn't understood.");
}
