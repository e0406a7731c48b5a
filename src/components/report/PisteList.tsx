import { useTranslations } from "next-intl";
import type { ReportPiste } from "@/domain/report-model";
import { listText, ymdText } from "./format";

const TAG: Record<ReportPiste["orientation"], string> = {
  consolider: "border-sky-800 bg-sky-50 text-sky-900",
  "changer-de-cap": "border-violet-800 bg-violet-50 text-violet-900",
};

export function OrientationTag({ orientation }: { orientation: ReportPiste["orientation"] }) {
  const t = useTranslations("report");
  return (
    <span className={`inline-block rounded border px-2 py-0.5 text-sm font-semibold ${TAG[orientation]}`}>
      {t(`orientationTag.${orientation}`)}
    </span>
  );
}

/** The plenary pistes, with their supporting groups, arbitrage points and (when asked) the CA's answers. */
export function PisteList({
  pistes,
  showAnswers,
  Heading = "h3",
}: {
  pistes: readonly ReportPiste[];
  showAnswers: boolean;
  Heading?: "h3" | "h4";
}) {
  const t = useTranslations("report");
  if (pistes.length === 0) return <p>{t("pistes.none")}</p>;
  return (
    <ol className="flex flex-col gap-4" data-testid="piste-list">
      {pistes.map((piste, index) => (
        <li key={piste.id} className="rounded-md border border-stone-300 p-4">
          <div className="flex flex-wrap items-center gap-2">
            <OrientationTag orientation={piste.orientation} />
            {piste.needsArbitrage ? (
              <span className="inline-block rounded border border-amber-800 bg-amber-50 px-2 py-0.5 text-sm font-semibold text-amber-950">
                {t("pistes.arbitrage")}
              </span>
            ) : null}
          </div>
          <Heading className="mt-2 text-lg font-bold">
            {index + 1}. {piste.title}
          </Heading>
          {piste.description ? <p className="whitespace-pre-line">{piste.description}</p> : null}
          <p className="text-sm text-stone-700">
            {t("pistes.supportedBy", {
              groups: piste.supportingGroups.length
                ? listText(piste.supportingGroups.map((g) => g.label))
                : t("pistes.noSupport"),
            })}
          </p>
          {piste.needsArbitrage && piste.arbitrageNote ? (
            <p className="mt-1">{t("pistes.arbitrageNote", { note: piste.arbitrageNote })}</p>
          ) : null}
          {showAnswers ? <AnswerBlock answer={piste.answer} /> : null}
        </li>
      ))}
    </ol>
  );
}

export function AnswerBlock({ answer }: { answer: ReportPiste["answer"] }) {
  const t = useTranslations("report");
  if (answer === null) return <p className="mt-2 italic text-stone-700">{t("answers.none")}</p>;
  return (
    <div className="mt-3 border-l-4 border-brand-700 pl-3" data-testid="ca-answer">
      <p className="font-semibold">{t("answers.decision", { decision: t(`answers.decisions.${answer.decision}`) })}</p>
      <p className="whitespace-pre-line">{t("answers.reasons", { reasons: answer.reasons })}</p>
      {answer.responsible ? <p>{t("answers.responsible", { responsible: answer.responsible })}</p> : null}
      {answer.dueDate ? <p>{t("answers.dueDate", { date: ymdText(answer.dueDate) })}</p> : null}
    </div>
  );
}
