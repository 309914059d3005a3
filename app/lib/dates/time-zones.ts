/** IANA zones for the time-zone select, grouped by region for a readable list. */
export function timeZoneOptions(): Array<{ value: string; label: string }> {
  const zones = Intl.supportedValuesOf("timeZone").filter((zone) => zone.includes("/"));
  return [{ value: "UTC", label: "UTC" }, ...zones.map((zone) => ({ value: zone, label: zone.replaceAll("_", " ") }))];
}
