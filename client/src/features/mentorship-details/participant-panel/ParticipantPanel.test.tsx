import { screen, within } from "@testing-library/react";

import { makeFragmentData } from "../../../gql";
import {
  ADMIN_FIELD_ACCESS,
  ANALYST_FIELD_ACCESS,
  buildMentee,
  buildMentor,
  type FieldAccessFixture,
  participantAsSeenByAnalyst,
  type ParticipantFixture,
} from "../../../test-support/mentorship-fixtures";
import { renderWithProviders } from "../../../test-support/render-with-providers";
import { ParticipantPanel, ParticipantPanel_participant } from "./ParticipantPanel";

function renderPanel(participant: ParticipantFixture, fieldAccess: FieldAccessFixture = ADMIN_FIELD_ACCESS) {
  return renderWithProviders(
    <ParticipantPanel
      participant={makeFragmentData(participant, ParticipantPanel_participant)}
      contactDetailsReadable={fieldAccess.contactDetails}
    />,
  );
}

/**
 * Replaces `Image` with one that fails every load. Avatar probes the picture with its own
 * `Image` object, and jsdom never loads or fails images by itself.
 */
function makeImagesFailToLoad(): () => void {
  const OriginalImage = window.Image;
  class FailingImage {
    onload: (() => void) | null = null;
    onerror: (() => void) | null = null;

    set src(_value: string) {
      setTimeout(() => this.onerror?.(), 0);
    }
  }
  window.Image = FailingImage as unknown as typeof Image;

  return () => {
    window.Image = OriginalImage;
  };
}

function valueOf(label: string): HTMLElement {
  const term = screen.getByText(label, { selector: "dt" });

  return term.nextElementSibling as HTMLElement;
}

let restoreImage = () => {};

afterEach(() => {
  restoreImage();
  restoreImage = () => {};
});

describe("ParticipantPanel", () => {
  test("shows role, name and pronouns", () => {
    renderPanel(buildMentor());

    expect(screen.getByRole("heading", { name: "Mentor: Renée Okafor" })).toBeInTheDocument();
    expect(screen.getByText("Mentor", { selector: ".MuiChip-label" })).toBeInTheDocument();
    expect(screen.getByText("she/her")).toBeInTheDocument();
  });

  test("shows the picture when there is one", () => {
    renderPanel(buildMentor());

    expect(screen.getByRole("img", { name: "Renée Okafor" })).toHaveAttribute("src", "https://images.example.org/renee.jpg");
  });

  test("shows initials without a picture", () => {
    renderPanel(buildMentor({ pictureUrl: null }));

    expect(screen.queryByRole("img")).not.toBeInTheDocument();
    expect(screen.getByText("RO")).toBeInTheDocument();
  });

  test("shows initials when the picture fails to load", async () => {
    restoreImage = makeImagesFailToLoad();

    renderPanel(buildMentor());

    expect(await screen.findByText("RO")).toBeInTheDocument();
    expect(screen.queryByRole("img")).not.toBeInTheDocument();
  });

  test("shows demographics", () => {
    renderPanel(buildMentor());

    expect(valueOf("Gender")).toHaveTextContent("Woman");
    expect(valueOf("Race/ethnicity")).toHaveTextContent("Black or African American");
    expect(valueOf("First-generation")).toHaveTextContent("Yes");
    expect(valueOf("Graduation year")).toHaveTextContent("2012");
    expect(valueOf("Field")).toHaveTextContent("Software engineering");
  });

  test("marks missing demographics as not provided", () => {
    renderPanel(buildMentor({ gender: null, firstGeneration: null, graduationYear: null }));

    expect(valueOf("Gender")).toHaveTextContent("Not provided");
    expect(valueOf("First-generation")).toHaveTextContent("Not provided");
    expect(valueOf("Graduation year")).toHaveTextContent("Not provided");
  });

  test("links email and phone", () => {
    renderPanel(buildMentor());

    expect(screen.getByRole("link", { name: "renee.okafor@example.org" })).toHaveAttribute("href", "mailto:renee.okafor@example.org");
    expect(screen.getByRole("link", { name: "+1 (555) 010-2030" })).toHaveAttribute("href", "tel:+15550102030");
  });

  test("shows a missing phone as not provided", () => {
    renderPanel(buildMentee({ phone: null }));

    expect(valueOf("Phone")).toHaveTextContent("Not provided");
    expect(screen.queryByRole("link", { name: /^tel:/ })).not.toBeInTheDocument();
  });

  test("shows contact details to an admin", () => {
    renderPanel(buildMentor(), ADMIN_FIELD_ACCESS);

    expect(valueOf("Email")).toHaveTextContent("renee.okafor@example.org");
    expect(valueOf("Phone")).toHaveTextContent("+1 (555) 010-2030");
  });

  test("marks contact details hidden for an analyst", () => {
    renderPanel(participantAsSeenByAnalyst(buildMentor()), ANALYST_FIELD_ACCESS);

    expect(valueOf("Email")).toHaveTextContent("Hidden for your role");
    expect(valueOf("Phone")).toHaveTextContent("Hidden for your role");
    expect(screen.queryByText("Not provided")).not.toBeInTheDocument();
  });

  test("shows custom attributes as label and value", () => {
    renderPanel(buildMentee());

    expect(valueOf("College")).toHaveTextContent("Engineering");
    expect(valueOf("Pell eligible")).toHaveTextContent("No");
  });

  test("says so when there are no custom attributes", () => {
    renderPanel(buildMentee({ customAttributes: [] }));

    expect(screen.getByText("No custom attributes")).toBeInTheDocument();
  });

  test("links to the participant profile", () => {
    renderPanel(buildMentee());

    expect(screen.getByRole("link", { name: "See profile" })).toHaveAttribute("href", "/participants/par_00000000000000000000000000000002");
  });

  test.each([
    ["accented Latin", "Zoë Ångström-Núñez", "ZÅ"],
    ["Chinese", "王秀英", "王"],
    ["Cyrillic", "Анастасия Кузнецова", "АК"],
    ["Arabic", "ليلى حداد", "لح"],
  ])("shows a %s name as given", (_script, displayName, initials) => {
    renderPanel(buildMentee({ displayName, initials, pictureUrl: null }));

    const panel = screen.getByRole("region", { name: `Mentee: ${displayName}` });

    expect(within(panel).getByRole("heading", { level: 2 })).toHaveTextContent(displayName);
    expect(within(panel).getByText(initials)).toBeInTheDocument();
  });
});
