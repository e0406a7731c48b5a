import type { ReportPiste } from "@/domain/report-model";
import { pisteBlocks, pisteOutline } from "@/domain/report-outline";
import { resolveText } from "./outline/resolve-text";
import { OutlineBlocks } from "./outline/OutlineBlocks";
import { useTranslate } from "./outline/use-translate";

/** The plenary pistes as the report outline writes them, with (when asked) the CA's answers. */
export function PisteList({
  pistes,
  showAnswers,
  Heading = "h3",
}: {
  pistes: readonly ReportPiste[];
  showAnswers: boolean;
  Heading?: "h3" | "h4";
}) {
  return (
    <div className="flex flex-col gap-4" data-testid="piste-list">
      <OutlineBlocks blocks={pisteBlocks(pistes, showAnswers)} t={useTranslate()} level={Heading === "h4" ? 4 : 3} />
    </div>
  );
}

export function OrientationTag({ orientation }: { orientation: ReportPiste["orientation"] }) {
  const t = useTranslate();
  return (
    <span
      className={`inline-block rounded border-2 px-2 py-0.5 text-sm font-semibold ${
        orientation === "consolider"
          ? "border-solid border-sky-800 bg-sky-50 text-sky-900"
          : "border-dashed border-violet-800 bg-violet-50 text-violet-900"
      }`}
    >
      {t(`report.orientationTag.${orientation}`)}
    </span>
  );
}

/** The CA's answer to one piste, as the report writes it (meeting, resolution, author's role). */
export function AnswerBlock({ piste }: { piste: ReportPiste }) {
  const t = useTranslate();
  const answer = pisteOutline(piste, 0, true).answer;
  if (!answer) return <p className="mt-2 italic text-stone-700">{t("report.answers.none")}</p>;
  return (
    <div className="mt-3 border-l-4 border-brand-700 pl-3" data-testid="ca-answer">
      <p className="font-semibold">{resolveText(answer.decision, t)}</p>
      {answer.lines.map((line, index) => (
        <p key={index} className="whitespace-pre-line">
          {resolveText(line, t)}
        </p>
      ))}
    </div>
  );
}
