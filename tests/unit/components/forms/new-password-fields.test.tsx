// @vitest-environment jsdom
import { zodResolver } from "@hookform/resolvers/zod";
import { cleanup, fireEvent, render, screen } from "@testing-library/react";
import { NextIntlClientProvider } from "next-intl";
import { useForm } from "react-hook-form";
import { afterEach, describe, expect, it, vi } from "vitest";
import { NewPasswordFields } from "@/components/forms/new-password-fields";
import { MESSAGES, TIME_ZONE } from "@/i18n/messages";
import { type ResetPasswordInput, resetPasswordSchema } from "@/lib/schemas/accounts";

/** The reset form's shape, the smallest of the four forms that use the fields. */
function ResetLikeForm({ onValid }: { onValid: (values: ResetPasswordInput) => void }) {
  const form = useForm<ResetPasswordInput>({
    resolver: zodResolver(resetPasswordSchema),
    defaultValues: { token: "t".repeat(43), password: "", passwordConfirm: "" },
  });
  return (
    <form onSubmit={form.handleSubmit(onValid)} noValidate>
      <NewPasswordFields
        form={form}
        labels={{ password: "Mot de passe", passwordConfirm: "Confirmez", help: "Au moins 12 caractères." }}
      />
      <button type="submit">Enregistrer</button>
    </form>
  );
}

function setup() {
  const onValid = vi.fn();
  render(
    <NextIntlClientProvider locale="fr" messages={MESSAGES.fr} timeZone={TIME_ZONE}>
      <ResetLikeForm onValid={onValid} />
    </NextIntlClientProvider>,
  );
  return { onValid };
}

afterEach(cleanup);

describe("NewPasswordFields", () => {
  it("labels both fields, describes the length rule, and asks password managers for a new password", () => {
    setup();
    const password = screen.getByLabelText(/^Mot de passe/);
    const confirm = screen.getByLabelText(/^Confirmez/);
    for (const input of [password, confirm]) {
      expect(input.getAttribute("type")).toBe("password");
      expect(input.getAttribute("autocomplete")).toBe("new-password");
      // The label says it is required, so a screen reader reads it with the name.
      expect((input as HTMLInputElement).labels?.[0]?.textContent).toContain(MESSAGES.fr.common.required);
    }
    const describedBy = password.getAttribute("aria-describedby") ?? "";
    expect(describedBy.split(" ").map((id) => document.getElementById(id)?.textContent)).toContain(
      "Au moins 12 caractères.",
    );
  });

  it("shows in French, beside the confirmation, that the two passwords differ, keeps what was typed and submits nothing", async () => {
    const { onValid } = setup();
    fireEvent.input(screen.getByLabelText(/^Mot de passe/), { target: { value: "une phrase de passe longue" } });
    fireEvent.input(screen.getByLabelText(/^Confirmez/), { target: { value: "une autre phrase de passe" } });
    fireEvent.click(screen.getByRole("button", { name: "Enregistrer" }));
    const confirm = screen.getByLabelText(/^Confirmez/);
    expect(await screen.findByText(MESSAGES.fr.validation.passwordsDiffer)).toBeTruthy();
    expect(confirm.getAttribute("aria-invalid")).toBe("true");
    expect((screen.getByLabelText(/^Mot de passe/) as HTMLInputElement).value).toBe("une phrase de passe longue");
    expect(onValid).not.toHaveBeenCalled();
  });

  it("submits the pair once both are the same and long enough", async () => {
    const { onValid } = setup();
    fireEvent.input(screen.getByLabelText(/^Mot de passe/), { target: { value: "une phrase de passe longue" } });
    fireEvent.input(screen.getByLabelText(/^Confirmez/), { target: { value: "une phrase de passe longue" } });
    fireEvent.click(screen.getByRole("button", { name: "Enregistrer" }));
    await vi.waitFor(() => expect(onValid).toHaveBeenCalledTimes(1));
    expect(onValid.mock.calls[0]?.[0]).toMatchObject({ password: "une phrase de passe longue" });
  });
});
