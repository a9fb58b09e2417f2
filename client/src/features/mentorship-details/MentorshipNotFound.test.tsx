import { renderWithProviders } from "../../test-support/render-with-providers";
import { MentorshipNotFound } from "./MentorshipNotFound";

describe("MentorshipNotFound", () => {
  test("sets the not-found page title", () => {
    renderWithProviders(<MentorshipNotFound />);

    expect(document.title).toBe("Not found – Mentorlens");
  });
});
