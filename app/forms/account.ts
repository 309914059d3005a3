import { z } from "zod";
import { DELETE_WORD, DELETION_TIMINGS } from "~/accounts/deletion";

/**
 * Account deletion. `password` is required of accounts that have one (the server checks, the page marks it
 * required); Google-only accounts confirm with a fresh Google sign-in instead.
 */
export const deleteAccountSchema = z.object({
  password: z.string().optional(),
  confirm: z
    .string({ error: `Type ${DELETE_WORD} to confirm.` })
    .trim()
    .refine((value) => value === DELETE_WORD, `Type ${DELETE_WORD} in capital letters to confirm.`),
  when: z.enum(DELETION_TIMINGS, { error: "Choose when to delete the account." }).default("grace"),
});
