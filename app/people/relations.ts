/** How the account holder knows a person: the one list the form, the database type and the compatibility texts derive from. */
export const PERSON_RELATIONS = ["partner", "child", "parent", "friend", "colleague", "other"] as const;

export type PersonRelation = (typeof PERSON_RELATIONS)[number];
