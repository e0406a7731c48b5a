"use client";
import * as Dialog from "@radix-ui/react-dialog";
import { useTranslations } from "next-intl";
import { type ReactNode, useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button, type ButtonVariant } from "@/components/ui/button";

/**
 * An accessible modal (focus trapped and returned, Escape closes, title and
 * description announced), opened by a button.
 */
export function DialogShell({
  open,
  onOpenChange,
  trigger,
  title,
  description,
  children,
}: {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  trigger: ReactNode;
  title: string;
  description?: ReactNode;
  children: ReactNode;
}) {
  return (
    <Dialog.Root open={open} onOpenChange={onOpenChange}>
      <Dialog.Trigger asChild>{trigger}</Dialog.Trigger>
      <Dialog.Portal>
        <Dialog.Overlay className="fixed inset-0 z-40 bg-black/40" />
        <Dialog.Content
          className="fixed left-1/2 top-1/2 z-50 flex max-h-[90vh] w-[min(92vw,34rem)] -translate-x-1/2 -translate-y-1/2 flex-col gap-4 overflow-y-auto rounded-lg bg-white p-6 shadow-xl"
          {...(description ? {} : { "aria-describedby": undefined })}
        >
          <Dialog.Title className="text-xl font-bold text-brand-800">{title}</Dialog.Title>
          {description ? <Dialog.Description className="text-base">{description}</Dialog.Description> : null}
          {children}
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}

/**
 * A button that asks before doing something that cannot be undone.
 * `onConfirm` returns an error message to show in the dialog, or null when
 * done (the dialog then closes).
 */
export function ConfirmDialog({
  triggerLabel,
  triggerAriaLabel,
  triggerVariant = "secondary",
  title,
  description,
  confirmLabel,
  confirmVariant = "danger",
  onConfirm,
  disabled,
}: {
  triggerLabel: string;
  triggerAriaLabel?: string;
  triggerVariant?: ButtonVariant;
  title: string;
  description: ReactNode;
  confirmLabel: string;
  confirmVariant?: ButtonVariant;
  onConfirm: () => Promise<string | null>;
  disabled?: boolean;
}) {
  const t = useTranslations("common");
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const confirm = async () => {
    setBusy(true);
    setError(null);
    try {
      const message = await onConfirm();
      if (message) setError(message);
      else setOpen(false);
    } finally {
      setBusy(false);
    }
  };

  return (
    <DialogShell
      open={open}
      onOpenChange={(next) => {
        setOpen(next);
        if (!next) setError(null);
      }}
      title={title}
      description={description}
      trigger={
        <Button variant={triggerVariant} aria-label={triggerAriaLabel} disabled={disabled}>
          {triggerLabel}
        </Button>
      }
    >
      {error ? <Alert tone="error">{error}</Alert> : null}
      <div className="flex flex-wrap justify-end gap-3">
        <Dialog.Close asChild>
          <Button variant="secondary">{t("cancel")}</Button>
        </Dialog.Close>
        <Button variant={confirmVariant} busy={busy} onClick={confirm}>
          {confirmLabel}
        </Button>
      </div>
    </DialogShell>
  );
}
