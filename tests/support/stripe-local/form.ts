/**
 * Stripe's request encoding: `a[b][0][c]=1` form fields (bodies and query strings alike), decoded into
 * nested objects and arrays, the way Stripe's API reads what the SDK sends.
 */
export type Params = { [key: string]: Param };
export type Param = string | Param[] | Params;

export function decodeStripeForm(search: URLSearchParams): Params {
  const root: Params = {};
  for (const [key, value] of search) {
    const path = key.replace(/\]/g, "").split("[");
    let node: Params | Param[] = root;
    path.forEach((part, index) => {
      const last = index === path.length - 1;
      const isIndex = /^\d*$/.test(path[index + 1] ?? "x");
      const slot = part === "" && Array.isArray(node) ? String(node.length) : part;
      const container = node as Record<string, Param>;
      if (last) container[slot] = value;
      else container[slot] ??= isIndex ? [] : {};
      if (!last) node = container[slot] as Params | Param[];
    });
  }
  return root;
}

/** Reads a field as a string, number, boolean or list, as Stripe would. */
export const str = (p: Params, key: string): string | undefined => {
  const v = p[key];
  return typeof v === "string" ? v : undefined;
};
export const num = (p: Params, key: string): number | undefined => {
  const v = str(p, key);
  return v === undefined || v === "" ? undefined : Number(v);
};
export const bool = (p: Params, key: string): boolean | undefined => {
  const v = str(p, key);
  return v === undefined ? undefined : v === "true";
};
export const list = (p: Params, key: string): Param[] => {
  const v = p[key];
  if (Array.isArray(v)) return v;
  if (v && typeof v === "object") return Object.values(v);
  return [];
};
export const obj = (p: Params, key: string): Params => {
  const v = p[key];
  return v && typeof v === "object" && !Array.isArray(v) ? v : {};
};
