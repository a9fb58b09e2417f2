import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";

import { renderWithProviders } from "../test-support/render-with-providers";
import { CopyQuoteButton } from "./CopyQuoteButton";

const QUOTE = { text: "[mentor] helped me plan my internship applications.", attribution: "a mentee in First-Year Connect" };
const COPIED_TEXT = "“[mentor] helped me plan my internship applications.” — a mentee in First-Year Connect";

function replaceClipboard(writeText: (text: string) => Promise<void>): void {
  Object.defineProperty(navigator, "clipboard", { value: { writeText }, configurable: true });
}

describe("CopyQuoteButton", () => {
  test("copies the quote with its attribution", async () => {
    const user = userEvent.setup();
    const writeText = jest.fn<Promise<void>, [string]>().mockResolvedValue(undefined);
    replaceClipboard(writeText);
    renderWithProviders(<CopyQuoteButton quote={QUOTE} />);

    await user.click(screen.getByRole("button", { name: "Copy anonymized quote" }));

    expect(writeText).toHaveBeenCalledWith(COPIED_TEXT);
    expect(await screen.findByText("Anonymized quote copied")).toBeInTheDocument();
  });

  test("shows the quote to copy by hand when the clipboard fails", async () => {
    const user = userEvent.setup();
    replaceClipboard(() => Promise.reject(new DOMException("Write permission denied.", "NotAllowedError")));
    renderWithProviders(<CopyQuoteButton quote={QUOTE} />);

    await user.click(screen.getByRole("button", { name: "Copy anonymized quote" }));

    const dialog = await screen.findByRole("dialog", { name: "Copy the quote" });

    expect(within(dialog).getByRole("textbox", { name: "Anonymized quote" })).toHaveValue(COPIED_TEXT);
    expect(screen.queryByText("Anonymized quote copied")).not.toBeInTheDocument();
  });

  test("shows the quote to copy by hand without a clipboard", async () => {
    const user = userEvent.setup();
    Object.defineProperty(navigator, "clipboard", { value: undefined, configurable: true });
    renderWithProviders(<CopyQuoteButton quote={QUOTE} />);

    await user.click(screen.getByRole("button", { name: "Copy anonymized quote" }));

    expect(await screen.findByRole("dialog", { name: "Copy the quote" })).toBeInTheDocument();
  });
});
