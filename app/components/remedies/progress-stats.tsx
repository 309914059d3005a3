/** Streaks, 30-day completion and average feeling of one tracked remedy, as a definition list. */
export interface RemedyStats {
  frequency: string;
  currentStreak: number;
  longestStreak: number;
  completion: number;
  averageRating: number | null;
}

const unit = (frequency: string, n: number) =>
  frequency === "weekly" ? (n === 1 ? "week" : "weeks") : n === 1 ? "day" : "days";

export function ProgressStats({ stats }: { stats: RemedyStats }) {
  const rows: Array<[string, string, string?]> = [
    ["Current streak", `${stats.currentStreak} ${unit(stats.frequency, stats.currentStreak)}`, "current-streak"],
    ["Longest streak", `${stats.longestStreak} ${unit(stats.frequency, stats.longestStreak)}`, "longest-streak"],
    ["Done, last 30 days", `${Math.round(stats.completion * 100)}%`],
    ["Average feeling", stats.averageRating === null ? "Not rated" : `${stats.averageRating.toFixed(1)} of 5`],
  ];
  return (
    <dl className="remedy-stats">
      {rows.map(([term, value, stat]) => (
        <div key={term}>
          <dt>{term}</dt>
          <dd data-stat={stat}>{value}</dd>
        </div>
      ))}
    </dl>
  );
}
