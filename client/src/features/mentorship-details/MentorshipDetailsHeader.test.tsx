import { screen } from "@testing-library/react";

import { makeFragmentData } from "../../gql";
import { buildMentee, buildMentor, buildMentorship } from "../../test-support/mentorship-fixtures";
import { renderWithProviders } from "../../test-support/render-with-providers";
import { MentorshipDetailsHeader, MentorshipDetailsHeader_mentorship } from "./MentorshipDetailsHeader";

function renderHeader() {
  const mentorship = buildMentorship({
    mentor: buildMentor({ displayName: "Renée Okafor" }),
    mentee: buildMentee({ displayName: "Tomás Núñez" }),
  });

  renderWithProviders(<MentorshipDetailsHeader mentorship={makeFragmentData(mentorship, MentorshipDetailsHeader_mentorship)} />);
}

describe("MentorshipDetailsHeader", () => {
  test("names the pair in the heading", () => {
    renderHeader();

    expect(screen.getByRole("heading", { level: 1 })).toHaveTextContent("Renée Okafor & Tomás Núñez");
  });

  test("names the pair in the page title", () => {
    renderHeader();

    expect(document.title).toBe("Renée Okafor & Tomás Núñez – Mentorlens");
  });
});
