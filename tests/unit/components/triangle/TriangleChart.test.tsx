// @vitest-environment jsdom
import { cleanup, render, screen, within } from "@testing-library/react";
import { renderToStaticMarkup } from "react-dom/server";
import { afterEach, describe, expect, it } from "vitest";
import { TriangleChart } from "@/components/triangle/TriangleChart";
import { TriangleDataTable } from "@/components/triangle/TriangleDataTable";
import type { TriangleSeries } from "@/components/triangle/types";
import { frLabels } from "./labels";

afterEach(cleanup);

const series: TriangleSeries[] = [
  {
    id: "int",
    label: "Intervenant.e.s",
    current: { expertise: 0.5, representation: 0.3, participation: 0.2 },
    desired: { expertise: 0.2, representation: 0.3, participation: 0.5 },
  },
  {
    id: "dest",
    label: "Destinataires",
    current: { expertise: 1 / 3, representation: 1 / 3, participation: 1 / 3 },
    desired: { expertise: 1, representation: 0, participation: 0 },
    points: [
      {
        current: { expertise: 1, representation: 0, participation: 0 },
        desired: { expertise: 1, representation: 0, participation: 0 },
      },
      { current: { expertise: 0, representation: 1, participation: 0 } },
    ],
  },
  { id: "ca", label: "Administrateur.trice.s", current: null, desired: null },
];

/** Cell texts of a row, with any kind of space written as a plain space. */
function cells(row: HTMLElement): string[] {
  return within(row)
    .getAllByRole("cell")
    .map((cell) => (cell.textContent ?? "").replace(/\s/g, " "));
}

function rowOf(label: string): HTMLElement {
  const header = screen.getByRole("rowheader", { name: label });
  return header.closest("tr") as HTMLElement;
}

describe("TriangleChart", () => {
  it("names the drawing after the title and describes it", () => {
    render(<TriangleChart id="chart" series={series} labels={frLabels} title="Mise en commun du 12 mars" />);
    const image = screen.getByRole("img", { name: "Mise en commun du 12 mars" });
    expect(image.tagName.toLowerCase()).toBe("svg");
    const describedBy = image.getAttribute("aria-describedby") ?? "";
    expect(document.getElementById(describedBy)?.textContent).toBe(frLabels.description);
  });

  it("falls back to the labels' title as accessible name", () => {
    render(<TriangleChart id="chart" series={series} labels={frLabels} />);
    expect(screen.getByRole("img", { name: frLabels.title })).toBeTruthy();
  });

  it("writes the three mandates at the corners", () => {
    const { container } = render(<TriangleChart id="chart" series={series} labels={frLabels} />);
    const svgText = container.querySelector("svg")?.textContent?.replace(/\s+/g, " ") ?? "";
    expect(svgText).toContain("Mandat d'expertise");
    expect(svgText).toContain("Mandat de représentation");
    expect(svgText).toContain("Mandat de participation");
  });

  it("reads the table's title and the gap's scale as two sentences", () => {
    const gapNote = "L'écart va de 0 (même position) à 1 (d'un coin à l'autre du triangle).";
    render(<TriangleDataTable id="table" series={series} labels={{ ...frLabels, gapNote }} />);
    const caption = screen.getByRole("table").querySelector("caption")?.textContent ?? "";
    expect(caption).toBe(`${frLabels.tableCaption}. ${gapNote}`);
  });

  it("gives the same figures in a table: percentages per mandate and the gap", () => {
    render(<TriangleChart id="chart" series={series} labels={frLabels} />);
    const table = screen.getByRole("table", { name: new RegExp(frLabels.tableCaption) });
    expect(table.className).toBe("sr-only");

    // 0.5 / 0.3 / 0.2 → 0.2 / 0.3 / 0.5: gap sqrt((0.09 + 0 + 0.09) / 2) = 0.3.
    expect(cells(rowOf("Intervenant.e.s"))).toEqual(["50 %", "30 %", "20 %", "20 %", "30 %", "50 %", "0,30"]);
    // A third each is stored 334 / 333 / 333 per mille, shown 34 / 33 / 33 %;
    // the gap to the expertise corner is sqrt(1/3) = 0.577…
    expect(cells(rowOf("Destinataires"))).toEqual(["34 %", "33 %", "33 %", "100 %", "0 %", "0 %", "0,58"]);
    // Not reported: no figure at all.
    expect(cells(rowOf("Administrateur.trice.s"))).toEqual(Array(7).fill(frLabels.notAvailable));
  });

  it("labels the table's columns with the positions and mandates", () => {
    render(<TriangleChart id="chart" series={series} labels={frLabels} />);
    const headers = screen.getAllByRole("columnheader").map((header) => header.textContent);
    expect(headers).toEqual([
      frLabels.group,
      frLabels.current,
      frLabels.desired,
      frLabels.gap,
      "Expertise",
      "Représentation",
      "Participation",
      "Expertise",
      "Représentation",
      "Participation",
    ]);
  });

  it("draws a hollow and a filled marker per reported group, with the table's figures as tooltip", () => {
    const { container } = render(<TriangleChart id="chart" series={series} labels={frLabels} />);
    const tooltips = [...container.querySelectorAll("svg title")].map((title) =>
      title.textContent?.replace(/\s/g, " "),
    );
    expect(tooltips).toContain(
      "Intervenant.e.s — Position actuelle — Expertise 50 %, Représentation 30 %, Participation 20 %",
    );
    expect(tooltips).toContain(
      "Destinataires — Position désirée — Expertise 100 %, Représentation 0 %, Participation 0 %",
    );
    expect(tooltips.filter((text) => text?.startsWith("Administrateur"))).toEqual([]);
  });

  it("explains the markers in a legend, with every group", () => {
    render(<TriangleChart id="chart" series={series} labels={frLabels} />);
    const lists = screen.getAllByRole("list");
    const items = lists.flatMap((list) =>
      within(list)
        .getAllByRole("listitem")
        .map((item) => item.textContent),
    );
    expect(items).toEqual([
      "Intervenant.e.s",
      "Destinataires",
      `Administrateur.trice.s (${frLabels.notAvailable})`,
      frLabels.current,
      frLabels.desired,
      frLabels.individualPositions,
    ]);
  });

  it("can leave the table out, or show it with the page's class", () => {
    const { rerender } = render(<TriangleChart id="chart" series={series} labels={frLabels} includeTable={false} />);
    expect(screen.queryByRole("table")).toBeNull();
    rerender(<TriangleChart id="chart" series={series} labels={frLabels} tableClassName="mt-4" />);
    expect(screen.getByRole("table").className).toBe("mt-4");
  });

  it("scales to each size", () => {
    for (const [size, width] of [
      ["compact", "320"],
      ["normal", "560"],
      ["projection", "960"],
      [720, "720"],
    ] as const) {
      const { container, unmount } = render(
        <TriangleChart id={`c-${width}`} series={series} labels={frLabels} size={size} />,
      );
      expect(container.querySelector("svg")?.getAttribute("width")).toBe(width);
      unmount();
    }
  });

  it("renders on the server without hooks", () => {
    const html = renderToStaticMarkup(<TriangleChart id="chart" series={series} labels={frLabels} />);
    expect(html).toContain('role="img"');
    expect(html).toContain("<table");
  });

  it("refuses an invalid position", () => {
    const broken: TriangleSeries[] = [
      { id: "x", label: "X", current: { expertise: 0.9, representation: 0.9, participation: 0 } },
    ];
    expect(() => renderToStaticMarkup(<TriangleChart id="chart" series={broken} labels={frLabels} />)).toThrow(
      RangeError,
    );
  });
});

describe("TriangleDataTable", () => {
  it("formats numbers for the given locale", () => {
    render(<TriangleDataTable series={series.slice(0, 1)} labels={frLabels} locale="en-CA" className="sr-only" />);
    expect(cells(rowOf("Intervenant.e.s"))).toEqual(["50%", "30%", "20%", "20%", "30%", "50%", "0.30"]);
  });

  it("sums each position to 100 %", () => {
    const tricky: TriangleSeries[] = [
      {
        id: "t",
        label: "T",
        current: { expertise: 0.1234, representation: 0.4567, participation: 0.4199 },
        desired: { expertise: 0.0005, representation: 0.0005, participation: 0.999 },
      },
    ];
    render(<TriangleDataTable series={tricky} labels={frLabels} />);
    const numbers = cells(rowOf("T")).map((text) => Number.parseInt(text, 10));
    expect((numbers[0] ?? 0) + (numbers[1] ?? 0) + (numbers[2] ?? 0)).toBe(100);
    expect((numbers[3] ?? 0) + (numbers[4] ?? 0) + (numbers[5] ?? 0)).toBe(100);
  });
});
