/**
 * The French labels, read from the message file as a page would pass them.
 * Not a test file itself.
 */
import messages from "../../../../messages/fr/chart.json";
import type { TriangleChartLabels } from "@/components/triangle/types";

export const frLabels: TriangleChartLabels = messages.chart;
