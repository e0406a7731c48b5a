import { useTranslations } from "next-intl";
import type { Mandate } from "@/domain/mandates";
import type { ReportGroup } from "@/domain/report-model";
import { gapText, positionText } from "./format";

/**
 * One group's results in words: positions, gap and orientation, how the
 * figures were made, its reasons, conditions and proposed pistes. Groups
 * without figures say why, and nothing else.
 */
export function GroupDetails({
  group,
  mandateNames,
  minGroupSize,
  headingLevel = 3,
  showPistes = true,
}: {
  group: ReportGroup;
  mandateNames: Record<Mandate, string>;
  minGroupSize: number;
  headingLevel?: 2 | 3;
  showPistes?: boolean;
}) {
  const t = useTranslations("report");
  const Heading = headingLevel === 2 ? "h2" : "h3";
  const Sub = headingLevel === 2 ? "h3" : "h4";
  const min = Math.max(group.minSize, minGroupSize);
  const counts = `${t("groups.participants", { count: group.participantCount })}${
    group.responseCount === null ? "" : ` · ${t("groups.responses", { count: group.responseCount })}`
  }`;

  if (group.positions === null) {
    return (
      <div className="flex flex-col gap-2" data-testid={`group-${group.id}`}>
        <Heading className="text-xl font-bold">{group.label}</Heading>
        <p className="text-stone-700">{counts}</p>
        <p>{group.status === "not-released" ? t("groups.notReleased") : t("groups.tooSmall", { min })}</p>
      </div>
    );
  }

  const mode = group.decisionMode ? t(`groups.decisionModes.${group.decisionMode}`) : "";
  const hinder = group.conditions.filter((c) => c.kind === "entrave");
  const support = group.conditions.filter((c) => c.kind === "favorise");
  return (
    <div className="flex flex-col gap-3" data-testid={`group-${group.id}`}>
      <Heading className="text-xl font-bold">{group.label}</Heading>
      <p className="text-stone-700">{counts}</p>
      <dl className="grid gap-x-4 gap-y-1 sm:grid-cols-[max-content_1fr]">
        <dt className="font-semibold">{t("groups.current")}</dt>
        <dd>{positionText(group.positions.current, mandateNames)}</dd>
        <dt className="font-semibold">{t("groups.desired")}</dt>
        <dd>{positionText(group.positions.desired, mandateNames)}</dd>
      </dl>
      <p className="font-semibold">
        {t("groups.gap", {
          gap: gapText(group.positions.gap),
          orientation: t(`orientation.${group.positions.orientation}`),
        })}
      </p>
      <p className="text-sm text-stone-700">
        {group.status === "paper"
          ? t("groups.paper", { count: group.paperParticipantCount ?? 0, mode })
          : group.agreed
            ? t("groups.agreed", { mode })
            : t("groups.mean", { count: group.responseCount ?? 0 })}
        {group.dispersion
          ? ` ${t("groups.dispersion", {
              current: gapText(group.dispersion.current),
              desired: gapText(group.dispersion.desired),
            })}`
          : null}
      </p>
      <TextBlock title={t("groups.why")} text={group.justification} empty={t("groups.noText")} Sub={Sub} />
      <TextBlock title={t("groups.examples")} text={group.examples} empty={t("groups.noText")} Sub={Sub} />
      <ConditionList title={t("groups.hinder")} items={hinder} empty={t("groups.noText")} Sub={Sub} />
      <ConditionList title={t("groups.support")} items={support} empty={t("groups.noText")} Sub={Sub} />
      {showPistes ? (
        <div>
          <Sub className="font-semibold">{t("groups.pistes")}</Sub>
          {group.pistes.length === 0 ? (
            <p className="text-stone-700">{t("groups.noText")}</p>
          ) : (
            <ul className="list-disc pl-6">
              {group.pistes.map((piste) => (
                <li key={piste.id}>
                  <span className="font-semibold">{piste.title}</span> ({t(`orientation.${piste.orientation}`)})
                  {piste.description ? <span className="block whitespace-pre-line">{piste.description}</span> : null}
                </li>
              ))}
            </ul>
          )}
        </div>
      ) : null}
    </div>
  );
}

function TextBlock({ title, text, empty, Sub }: { title: string; text: string; empty: string; Sub: "h3" | "h4" }) {
  return (
    <div>
      <Sub className="font-semibold">{title}</Sub>
      <p className={`whitespace-pre-line ${text ? "" : "text-stone-700"}`}>{text || empty}</p>
    </div>
  );
}

function ConditionList({
  title,
  items,
  empty,
  Sub,
}: {
  title: string;
  items: readonly { theme: string; text: string }[];
  empty: string;
  Sub: "h3" | "h4";
}) {
  return (
    <div>
      <Sub className="font-semibold">{title}</Sub>
      {items.length === 0 ? (
        <p className="text-stone-700">{empty}</p>
      ) : (
        <ul className="list-disc pl-6">
          {items.map((item, index) => (
            <li key={index}>
              <span className="font-semibold">{item.theme}</span>
              {item.text ? ` : ${item.text}` : null}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
