// @vitest-environment jsdom
import { zodResolver } from "@hookform/resolvers/zod";
import { cleanup, fireEvent, render, screen } from "@testing-library/react";
import { NextIntlClientProvider } from "next-intl";
import { useForm } from "react-hook-form";
import { afterEach, describe, expect, it, vi } from "vitest";
import { NewAccountFields } from "@/components/forms/new-account-fields";
import { MESSAGES, TIME_ZONE } from "@/i18n/messages";
import { type FirstAccountInput, firstAccountSchema } from "@/lib/schemas/auth";

/** The first account's form, the shape the invitation form shares. */
function FirstAccountLikeForm({ onValid }: { onValid: (values: FirstAccountInput) => void }) {
  const form = useForm<FirstAccountInput>({
    resolver: zodResolver(firstAccountSchema),
    defaultValues: { name: "", email: "", password: "", passwordConfirm: "" },
  });
  return (
    <form onSubmit={form.handleSubmit(onValid)} noValidate>
      <NewAccountFields
        form={form}
        labels={{
          name: "Votre nom",
          email: "Votre courriel",
          password: "Mot de passe",
          passwordConfirm: "Confirmez",
          passwordHelp: "Au moins 8 caractères.",
        }}
      />
      <button type="submit">Créer le compte</button>
    </form>
  );
}

function setup() {
  const onValid = vi.fn();
  render(
    <NextIntlClientProvider locale="fr" messages={MESSAGES.fr} timeZone={TIME_ZONE}>
      <FirstAccountLikeForm onValid={onValid} />
    </NextIntlClientProvider>,
  );
  return { onValid };
}

afterEach(cleanup);

describe("NewAccountFields", () => {
  it("gives the name and email fields their autocomplete hints, and says they are required", () => {
    setup();
    const name = screen.getByLabelText(/^Votre nom/);
    const email = screen.getByLabelText(/^Votre courriel/);
    expect(name.getAttribute("autocomplete")).toBe("name");
    expect(email.getAttribute("autocomplete")).toBe("email");
    expect(email.getAttribute("type")).toBe("email");
    for (const input of [name, email]) {
      expect((input as HTMLInputElement).labels?.[0]?.textContent).toContain(MESSAGES.fr.common.required);
    }
  });

  // The name's message used to be formatted with the password's limit (« maximum 200 caractères »).
  it("states each field's own length limit, keeps what was typed and submits nothing", async () => {
    const { onValid } = setup();
    const long = "A".repeat(101);
    fireEvent.input(screen.getByLabelText(/^Votre nom/), { target: { value: long } });
    fireEvent.input(screen.getByLabelText(/^Votre courriel/), { target: { value: `${"a".repeat(250)}@x.ca` } });
    fireEvent.click(screen.getByRole("button", { name: "Créer le compte" }));
    expect(await screen.findByText("Ce texte est trop long (maximum 100 caractères).")).toBeTruthy();
    expect(screen.getByText("Ce texte est trop long (maximum 254 caractères).")).toBeTruthy();
    expect(screen.getByLabelText(/^Votre nom/).getAttribute("aria-invalid")).toBe("true");
    expect((screen.getByLabelText(/^Votre nom/) as HTMLInputElement).value).toBe(long);
    expect(onValid).not.toHaveBeenCalled();
  });

  it("submits name, email and the password once all are valid", async () => {
    const { onValid } = setup();
    fireEvent.input(screen.getByLabelText(/^Votre nom/), { target: { value: "Camille" } });
    fireEvent.input(screen.getByLabelText(/^Votre courriel/), { target: { value: "camille@exemple.ca" } });
    fireEvent.input(screen.getByLabelText(/^Mot de passe/), { target: { value: "une phrase de passe longue" } });
    fireEvent.input(screen.getByLabelText(/^Confirmez/), { target: { value: "une phrase de passe longue" } });
    fireEvent.click(screen.getByRole("button", { name: "Créer le compte" }));
    await vi.waitFor(() => expect(onValid).toHaveBeenCalledTimes(1));
    expect(onValid.mock.calls[0]?.[0]).toMatchObject({ name: "Camille", email: "camille@exemple.ca" });
  });
});
