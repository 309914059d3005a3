import type { Migration } from "kysely";
import * as m0001 from "./0001_accounts";
import * as m0002 from "./0002_account_lifecycle";
import * as m0003 from "./0003_people_and_preferences";
import * as m0004 from "./0004_share_links";
import * as m0005 from "./0005_chat";
import * as m0006 from "./0006_outbox";
import * as m0007 from "./0007_billing";
import * as m0008 from "./0008_notifications";
import * as m0009 from "./0009_remedies";

/**
 * Every migration, in order. Listed statically so the bundled server and the tests carry them
 * without reading the filesystem at run time. Never edit a landed migration: add the next one.
 */
export const migrations: Record<string, Migration> = {
  "0001_accounts": m0001,
  "0002_account_lifecycle": m0002,
  "0003_people_and_preferences": m0003,
  "0004_share_links": m0004,
  "0005_chat": m0005,
  "0006_outbox": m0006,
  "0007_billing": m0007,
  "0008_notifications": m0008,
  "0009_remedies": m0009,
};
