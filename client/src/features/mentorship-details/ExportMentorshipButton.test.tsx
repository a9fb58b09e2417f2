import { screen } from "@testing-library/react";

import { makeFragmentData } from "../../gql";
import { buildMentorship } from "../../test-support/mentorship-fixtures";
import { renderWithProviders } from "../../test-support/render-with-providers";
import { ExportMentorshipButton, ExportMentorshipButton_mentorship } from "./ExportMentorshipButton";

describe("ExportMentorshipButton", () => {
  test("links to the CSV export as a download", () => {
    const mentorship = buildMentorship({ exportUrl: "/export/mentorships/mtr_1.csv" });

    renderWithProviders(<ExportMentorshipButton mentorship={makeFragmentData(mentorship, ExportMentorshipButton_mentorship)} />);

    const link = screen.getByRole("link", { name: "Export mentorship" });

    expect(link).toHaveAttribute("href", "/export/mentorships/mtr_1.csv");
    expect(link).toHaveAttribute("download");
  });
});
