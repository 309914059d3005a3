import { sql } from "kysely";
import { getDb } from "~/server/db/db.server";
import { isSecretColumn, ownedRowsCondition, USERS, userDataPlan } from "./user-tables.server";

export const EXPORT_FORMAT = "numerai-export";
export const EXPORT_VERSION = 1;

type Row = Record<string, unknown>;

export interface DataExport {
  format: typeof EXPORT_FORMAT;
  version: typeof EXPORT_VERSION;
  exportedAt: string;
  account: Row;
  profile: { birthName: string | null; birthDate: string | null; timezone: string | null };
  /** Every table that holds the user's rows, by table name, even when empty. */
  tables: Record<string, Row[]>;
}

const PROFILE_COLUMNS = ["birth_name", "birth_date", "timezone"];
const TIME_COLUMN = /_(at|after)$/;

/** Drops secrets and writes epoch-millisecond times as ISO 8601, so the file reads well on its own. */
function exportRow(row: Row, omit: string[] = []): Row {
  const out: Row = {};
  for (const [column, value] of Object.entries(row)) {
    if (isSecretColumn(column) || omit.includes(column)) continue;
    out[column] = TIME_COLUMN.test(column) && typeof value === "number" ? new Date(value).toISOString() : value;
  }
  return out;
}

/** Everything the app holds about one user, in the documented format (docs/data-export.md); null if no such user. */
export async function buildExport(userId: string, now = new Date()): Promise<DataExport | null> {
  const db = getDb();
  const plan = await userDataPlan(db);
  const { rows: users } =
    await sql<Row>`select * from ${sql.table(USERS)} where ${ownedRowsCondition(plan, USERS, userId)}`.execute(db);
  const user = users[0];
  if (!user) return null;
  const tables: Record<string, Row[]> = {};
  for (const table of [...plan.owned].sort((a, b) => a.name.localeCompare(b.name))) {
    const { rows } =
      await sql<Row>`select * from ${sql.table(table.name)} where ${ownedRowsCondition(plan, table.name, userId)}`.execute(
        db,
      );
    tables[table.name] = rows.map((row) => exportRow(row));
  }
  return {
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    exportedAt: now.toISOString(),
    account: exportRow(user, PROFILE_COLUMNS),
    profile: {
      birthName: (user.birth_name as string | null) ?? null,
      birthDate: (user.birth_date as string | null) ?? null,
      timezone: (user.timezone as string | null) ?? null,
    },
    tables,
  };
}

export function exportFileName(date: string): string {
  return `numerai-export-${date}.json`;
}
