"use client";
import { Bar, BarChart, CartesianGrid, LabelList, ResponsiveContainer, XAxis, YAxis } from "recharts";

export interface ChartRow {
  label: string;
  votes: number;
}

/** Votes per option as horizontal bars; the numbers are also in the table beside it. */
export function ResultsChart({ rows, label }: { rows: ChartRow[]; label: string }) {
  const height = Math.max(160, rows.length * 44 + 40);
  return (
    <div role="img" aria-label={label} className="w-full text-slate-700 dark:text-slate-200" style={{ height }}>
      <ResponsiveContainer width="100%" height="100%">
        <BarChart data={rows} layout="vertical" margin={{ top: 8, right: 40, bottom: 8, left: 8 }}>
          <CartesianGrid horizontal={false} strokeOpacity={0.2} />
          <XAxis type="number" allowDecimals={false} stroke="currentColor" fontSize={12} />
          <YAxis
            type="category"
            dataKey="label"
            width={120}
            stroke="currentColor"
            fontSize={12}
            tickFormatter={(value: string) => (value.length > 18 ? `${value.slice(0, 17)}…` : value)}
          />
          <Bar dataKey="votes" fill="#6366f1" radius={[0, 6, 6, 0]} isAnimationActive={false}>
            <LabelList dataKey="votes" position="right" fill="currentColor" fontSize={12} />
          </Bar>
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
