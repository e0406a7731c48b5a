"use client";
/**
 * The shape shared by the group's conditions and pistes: items under their
 * category headings (empty categories hidden), each edited in place or
 * deleted after a confirmation, then a form to add one.
 */
import { useLocale, useTranslations } from "next-intl";
import { useState, type ReactNode } from "react";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/dialog";
import { labelled } from "@/i18n/locales";

export interface EditableItemListProps<Item extends { id: string }, Category extends string> {
  items: Item[];
  categories: readonly Category[];
  categoryOf: (item: Item) => Category;
  categoryTitle: (category: Category) => string;
  /** data-testid of each category's list: `${testIdPrefix}-${category}`. */
  testIdPrefix: string;
  emptyText: string;
  addTitle: string;
  /** What names the item to a screen-reader user on its buttons. */
  nameOf: (item: Item) => string;
  renderItem: (item: Item) => ReactNode;
  /** The form, for a new item (initial null) or to edit one. */
  renderForm: (props: {
    idPrefix: string;
    initial: Item | null;
    onDone: () => void;
    onCancel?: () => void;
  }) => ReactNode;
  idPrefix: string;
  deleteTitle: string;
  deleteText: (item: Item) => string;
  /** Deletes the item; resolves to an error message, or null once deleted. */
  remove: (item: Item) => Promise<string | null>;
}

export function EditableItemList<Item extends { id: string }, Category extends string>(
  props: EditableItemListProps<Item, Category>,
): ReactNode {
  const { items, categories, categoryOf, idPrefix } = props;
  const t = useTranslations("groupStep");
  const locale = useLocale();
  const [editing, setEditing] = useState<string | null>(null);
  const stopEditing = () => setEditing(null);

  return (
    <>
      {items.length === 0 ? <p>{props.emptyText}</p> : null}
      {categories.map((category) => {
        const list = items.filter((item) => categoryOf(item) === category);
        if (list.length === 0) return null;
        return (
          <div key={category} className="flex flex-col gap-2">
            <h4 className="text-xl font-semibold">{props.categoryTitle(category)}</h4>
            <ul className="flex flex-col gap-3" data-testid={`${props.testIdPrefix}-${category}`}>
              {list.map((item) => (
                <li key={item.id} className="rounded-md border border-stone-300 bg-white p-4">
                  {editing === item.id ? (
                    props.renderForm({
                      idPrefix: `${idPrefix}-${item.id}`,
                      initial: item,
                      onDone: stopEditing,
                      onCancel: stopEditing,
                    })
                  ) : (
                    <div className="flex flex-wrap items-start justify-between gap-3">
                      {props.renderItem(item)}
                      <div className="flex gap-2">
                        <Button variant="secondary" onClick={() => setEditing(item.id)}>
                          {t("edit")}
                          <span className="sr-only">{labelled(locale, "", props.nameOf(item))}</span>
                        </Button>
                        <ConfirmDialog
                          triggerLabel={t("delete")}
                          triggerAriaLabel={labelled(locale, t("delete"), props.nameOf(item))}
                          title={props.deleteTitle}
                          description={props.deleteText(item)}
                          confirmLabel={t("delete")}
                          onConfirm={() => props.remove(item)}
                        />
                      </div>
                    </div>
                  )}
                </li>
              ))}
            </ul>
          </div>
        );
      })}
      <div className="rounded-md border-2 border-dashed border-stone-400 p-4">
        <h4 className="mb-3 text-xl font-semibold">{props.addTitle}</h4>
        {props.renderForm({ idPrefix: `${idPrefix}-new`, initial: null, onDone: () => {} })}
      </div>
    </>
  );
}
