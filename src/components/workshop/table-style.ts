/** Classes for a visible TriangleDataTable (its cells carry no style of their own); stack-table: cards on a phone. */
export const VISIBLE_TABLE_CLASS =
  "stack-table mt-4 w-full border-collapse text-left [&_caption]:mb-2 [&_caption]:text-left [&_caption]:text-stone-700 [&_td]:border-t [&_td]:border-stone-300 [&_td]:px-2 [&_td]:py-1 [&_th]:px-2 [&_th]:py-1 [&_th]:align-bottom [&_tbody_th]:border-t [&_tbody_th]:border-stone-300 [&_thead_th]:font-semibold";
