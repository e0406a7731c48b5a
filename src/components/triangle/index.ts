export { TriangleChart, type TriangleChartProps } from "./TriangleChart";
export { TriangleDataTable, type TriangleDataTableProps } from "./TriangleDataTable";
export type { TriangleChartLabels, TriangleChartSize, TriangleSeries } from "./types";
