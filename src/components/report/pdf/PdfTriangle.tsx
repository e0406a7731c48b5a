/**
 * The triangle chart for the PDF, drawn with @react-pdf's Svg primitives from
 * the same geometry, layout, styles and figures as the web chart
 * (src/components/triangle), so both show the same thing.
 */
import { G, Line, Path, Polygon, Svg, Text as SvgText, Text, View } from "@react-pdf/renderer";
import { MANDATES } from "@/domain/mandates";
import { arrowBetween, positionToPoint } from "@/domain/triangle-geometry";
import { seriesFigures, type SeriesFigures } from "@/components/triangle/chart-data";
import { chartLayout } from "@/components/triangle/chart-layout";
import { chartMetrics, type ChartMetrics } from "@/components/triangle/chart-metrics";
import { markerPath, type MarkerShape } from "@/components/triangle/marker-shapes";
import { CHART_INK } from "@/components/triangle/palette";
import { dashArray } from "@/components/triangle/series-style";
import type { TriangleChartLabels, TriangleSeries } from "@/components/triangle/types";
import { percent, gapText } from "../format";
import { pdfText } from "@/components/pdf/pdf-text";

const r2 = (value: number) => Math.round(value * 100) / 100;

function Marker({
  shape,
  x,
  y,
  radius,
  color,
  filled,
  strokeWidth,
}: {
  shape: MarkerShape;
  x: number;
  y: number;
  radius: number;
  color: string;
  filled: boolean;
  strokeWidth: number;
}) {
  const d = markerPath(shape, x, y, radius);
  if (filled) {
    return <Path d={d} fill={color} stroke={CHART_INK.text} strokeWidth={Math.max(1, strokeWidth / 2)} />;
  }
  return (
    <G>
      <Path d={d} fill={CHART_INK.paper} stroke={CHART_INK.text} strokeWidth={strokeWidth + 2} />
      <Path d={d} fill={CHART_INK.paper} stroke={color} strokeWidth={strokeWidth} />
    </G>
  );
}

function SeriesArrow({
  item,
  metrics,
  layout,
}: {
  item: SeriesFigures;
  metrics: ChartMetrics;
  layout: Parameters<typeof positionToPoint>[1];
}) {
  if (item.current === null || item.desired === null) return null;
  const clearance = metrics.markerRadius * 1.4 + metrics.markerStroke;
  const arrow = arrowBetween(positionToPoint(item.current.drawn, layout), positionToPoint(item.desired.drawn, layout), {
    startGap: clearance,
    endGap: clearance,
    headLength: metrics.headLength,
    headWidth: metrics.headWidth,
  });
  if (arrow === null) return null;
  const dash = dashArray(item.style.dash, metrics.arrowWidth);
  const { shaft, head } = arrow;
  return (
    <G>
      <Line {...shaft} stroke={CHART_INK.text} strokeWidth={metrics.arrowWidth + 2} strokeDasharray={dash} />
      <Line {...shaft} stroke={item.style.color} strokeWidth={metrics.arrowWidth} strokeDasharray={dash} />
      <Polygon
        points={head.map((p) => `${r2(p.x)},${r2(p.y)}`).join(" ")}
        fill={item.style.color}
        stroke={CHART_INK.text}
        strokeWidth={1}
      />
    </G>
  );
}

/** A small drawing of a series' cues (line, hollow and filled marker) for the legend. */
function Swatch({ item }: { item: SeriesFigures }) {
  const w = 40;
  const h = 12;
  const radius = 4;
  const dash = dashArray(item.style.dash, 1.5);
  return (
    <Svg width={w} height={h} viewBox={`0 0 ${w} ${h}`}>
      <Line
        x1={radius + 1}
        y1={h / 2}
        x2={w - radius - 1}
        y2={h / 2}
        stroke={item.style.color}
        strokeWidth={1.5}
        strokeDasharray={dash}
      />
      <Marker
        shape={item.style.shape}
        x={radius + 1.5}
        y={h / 2}
        radius={radius}
        color={item.style.color}
        filled={false}
        strokeWidth={1.2}
      />
      <Marker
        shape={item.style.shape}
        x={w - radius - 1.5}
        y={h / 2}
        radius={radius}
        color={item.style.color}
        filled
        strokeWidth={1.2}
      />
    </Svg>
  );
}

function KeyRow({ filled, label }: { filled: boolean; label: string }) {
  return (
    <View style={{ flexDirection: "row", alignItems: "center", gap: 5 }}>
      <Svg width={12} height={12} viewBox="0 0 12 12">
        <Marker shape="circle" x={6} y={6} radius={4} color={CHART_INK.text} filled={filled} strokeWidth={1.2} />
      </Svg>
      <Text style={{ fontSize: 9 }}>{pdfText(label)}</Text>
    </View>
  );
}

export function PdfTriangle({
  series,
  labels,
  width = 300,
  title,
}: {
  series: readonly TriangleSeries[];
  labels: TriangleChartLabels;
  width?: number;
  title: string;
}) {
  const metrics = chartMetrics(width);
  const layout = chartLayout(metrics, labels.mandates, 5);
  const figures = seriesFigures(series);
  const triangle = layout.triangle;
  const c = triangle.corners;
  const names = labels.mandatesShort ?? labels.mandates;

  return (
    <View wrap={false} style={{ marginVertical: 6 }}>
      <Text style={{ fontFamily: "Helvetica-Bold", fontSize: 10.5, marginBottom: 4 }}>{pdfText(title)}</Text>
      <View style={{ flexDirection: "row", gap: 14 }}>
        <Svg
          width={triangle.width}
          height={triangle.height}
          viewBox={`0 0 ${r2(triangle.width)} ${r2(triangle.height)}`}
        >
          {layout.grid.map((line) => (
            <Line
              key={`${line.mandate}-${line.value}`}
              x1={line.from.x}
              y1={line.from.y}
              x2={line.to.x}
              y2={line.to.y}
              stroke={CHART_INK.grid}
              strokeWidth={metrics.gridWidth}
            />
          ))}
          {layout.gridMarks.map((mark) => (
            <SvgText
              key={`mark-${mark.mandate}-${mark.value}`}
              x={mark.at.x}
              y={mark.at.y + metrics.markFontSize * 0.35}
              textAnchor="middle"
              fill={CHART_INK.gridMark}
              style={{ fontSize: metrics.markFontSize, fontFamily: "Helvetica" }}
            >
              {pdfText(percent(Math.round(mark.value * 100), labels.locale))}
            </SvgText>
          ))}
          <Polygon
            points={[c.expertise, c.representation, c.participation].map((p) => `${r2(p.x)},${r2(p.y)}`).join(" ")}
            fill="none"
            stroke={CHART_INK.edge}
            strokeWidth={metrics.edgeWidth}
          />
          {layout.cornerLabels.flatMap((label) =>
            label.lines.map((line, index) => (
              <SvgText
                key={`${label.mandate}-${index}`}
                x={label.x}
                y={label.baselines[index] ?? label.y}
                textAnchor={label.align}
                fill={CHART_INK.text}
                style={{ fontFamily: "Helvetica-Bold", fontSize: metrics.fontSize }}
              >
                {pdfText(line)}
              </SvgText>
            )),
          )}
          {figures.map((item) => (
            <SeriesArrow key={`arrow-${item.id}`} item={item} metrics={metrics} layout={triangle} />
          ))}
          {figures.flatMap((item) =>
            (["current", "desired"] as const).map((step) => {
              const figure = item[step];
              if (figure === null) return null;
              const at = positionToPoint(figure.drawn, triangle);
              return (
                <Marker
                  key={`${item.id}-${step}`}
                  shape={item.style.shape}
                  x={at.x}
                  y={at.y}
                  radius={metrics.markerRadius}
                  color={item.style.color}
                  filled={step === "desired"}
                  strokeWidth={metrics.markerStroke}
                />
              );
            }),
          )}
        </Svg>
        <View style={{ flex: 1, justifyContent: "center", gap: 4 }}>
          <Text style={{ fontFamily: "Helvetica-Bold", fontSize: 9 }}>{pdfText(labels.legend)}</Text>
          {figures.map((item) => (
            <View key={item.id} style={{ flexDirection: "row", alignItems: "center", gap: 5 }}>
              <Swatch item={item} />
              <Text style={{ fontSize: 9, flex: 1 }}>{pdfText(item.label)}</Text>
            </View>
          ))}
          <View style={{ marginTop: 4, gap: 3 }}>
            <KeyRow filled={false} label={labels.current} />
            <KeyRow filled label={labels.desired} />
          </View>
        </View>
      </View>
      <PdfDataTable figures={figures} labels={labels} names={names} />
    </View>
  );
}

/** The chart's figures as a table, the same whole percentages as the web table. */
function PdfDataTable({
  figures,
  labels,
  names,
}: {
  figures: SeriesFigures[];
  labels: TriangleChartLabels;
  names: Record<(typeof MANDATES)[number], string>;
}) {
  const cell = { fontSize: 8.5, paddingVertical: 2, paddingHorizontal: 3 } as const;
  const num = { ...cell, width: 52, textAlign: "right" } as const;
  return (
    <View style={{ marginTop: 6 }}>
      <View style={{ flexDirection: "row", borderBottomWidth: 1, borderColor: "#1A1A1A" }}>
        <Text style={{ ...cell, flex: 1, fontFamily: "Helvetica-Bold" }}>{pdfText(labels.group)}</Text>
        <Text style={{ ...cell, width: 156, textAlign: "center", fontFamily: "Helvetica-Bold" }}>
          {pdfText(labels.current)}
        </Text>
        <Text style={{ ...cell, width: 156, textAlign: "center", fontFamily: "Helvetica-Bold" }}>
          {pdfText(labels.desired)}
        </Text>
        <Text style={{ ...num, fontFamily: "Helvetica-Bold" }}>{pdfText(labels.gap)}</Text>
      </View>
      <View style={{ flexDirection: "row", borderBottomWidth: 0.5, borderColor: "#777777" }}>
        <Text style={{ ...cell, flex: 1 }}> </Text>
        {[...MANDATES, ...MANDATES].map((mandate, index) => (
          <Text key={index} style={{ ...num, fontSize: 7 }}>
            {pdfText(names[mandate])}
          </Text>
        ))}
        <Text style={num}> </Text>
      </View>
      {figures.map((item) => (
        <View key={item.id} style={{ flexDirection: "row", borderBottomWidth: 0.5, borderColor: "#BBBBBB" }}>
          <Text style={{ ...cell, flex: 1 }}>{pdfText(item.label)}</Text>
          {(["current", "desired"] as const).flatMap((step) =>
            MANDATES.map((mandate) => (
              <Text key={`${step}-${mandate}`} style={num}>
                {pdfText(item[step] === null ? labels.notAvailable : percent(item[step].percentages[mandate], labels.locale))}
              </Text>
            )),
          )}
          <Text style={num}>{pdfText(item.gap === null ? labels.notAvailable : gapText(item.gap, labels.locale))}</Text>
        </View>
      ))}
    </View>
  );
}
