"use client";
import * as Dialog from "@radix-ui/react-dialog";
import { type ReactNode, useState } from "react";
import { Button, type ButtonVariant } from "@/components/ui/button";

type Props = {
  /** The button that opens the dialog. */
  trigger: ReactNode;
  triggerVariant?: ButtonVariant;
  title: string;
  description: ReactNode;
  confirmLabel: string;
  cancelLabel: string;
  /** Resolves when done; the dialog stays open (and shows `error`) if it returns a message. */
  onConfirm: () => Promise<string | null | void>;
  tone?: "danger" | "primary";
};

/**
 * Asks before a destructive or irreversible action. Radix handles focus
 * trapping, Escape, and returning focus to the trigger.
 */
export function ConfirmDialog({
  trigger,
  triggerVariant = "secondary",
  title,
  description,
  confirmLabel,
  cancelLabel,
  onConfirm,
  tone = "danger",
}: Props) {
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function confirm() {
    setBusy(true);
    setError(null);
    try {
      const message = await onConfirm();
      if (message) setError(message);
      else setOpen(false);
    } finally {
      setBusy(false);
    }
  }

  return (
    <Dialog.Root open={open} onOpenChange={(next) => !busy && setOpen(next)}>
      <Dialog.Trigger asChild>
        <Button variant={triggerVariant}>{trigger}</Button>
      </Dialog.Trigger>
      <Dialog.Portal>
        <Dialog.Overlay className="fixed inset-0 z-40 bg-black/50" />
        <Dialog.Content className="fixed top-1/2 left-1/2 z-50 w-[min(92vw,32rem)] -translate-x-1/2 -translate-y-1/2 rounded-lg bg-white p-6 shadow-xl focus:outline-none">
          <Dialog.Title className="text-xl font-bold">{title}</Dialog.Title>
          <Dialog.Description asChild>
            <div className="mt-3 text-base">{description}</div>
          </Dialog.Description>
          {error ? (
            <p role="alert" className="mt-3 font-semibold text-red-800">
              {error}
            </p>
          ) : null}
          <div className="mt-6 flex flex-wrap justify-end gap-3">
            <Dialog.Close asChild>
              <Button variant="secondary" disabled={busy}>
                {cancelLabel}
              </Button>
            </Dialog.Close>
            <Button variant={tone === "danger" ? "danger" : "primary"} busy={busy} onClick={confirm}>
              {confirmLabel}
            </Button>
          </div>
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}
