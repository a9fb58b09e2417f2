import { canRead, fieldAccessOf, FieldGroup } from "./field-access";
import { StaffRole } from "./staff-role.enum";

describe("field access policy", () => {
  it.each([
    [StaffRole.ADMIN, FieldGroup.CONTACT_DETAILS, true],
    [StaffRole.ADMIN, FieldGroup.FLAG_NOTES, true],
    [StaffRole.ANALYST, FieldGroup.CONTACT_DETAILS, false],
    [StaffRole.ANALYST, FieldGroup.FLAG_NOTES, false],
    [StaffRole.INTEGRATION, FieldGroup.CONTACT_DETAILS, false],
    [StaffRole.INTEGRATION, FieldGroup.FLAG_NOTES, false],
  ])("lets %s read %s: %s", (role, group, expected) => {
    const readable = canRead({ role }, group);

    expect(readable).toBe(expected);
  });

  it("reports the access of every role", () => {
    const roles = Object.values(StaffRole);

    const access = roles.map((role) => fieldAccessOf({ role }));

    expect(access).toEqual([
      { contactDetails: true, flagNotes: true },
      { contactDetails: false, flagNotes: false },
      { contactDetails: false, flagNotes: false },
    ]);
  });

  it.each([
    [StaffRole.ANALYST, [FieldGroup.CONTACT_DETAILS], { contactDetails: true, flagNotes: false }],
    [StaffRole.ANALYST, [FieldGroup.FLAG_NOTES], { contactDetails: false, flagNotes: true }],
    [StaffRole.INTEGRATION, [FieldGroup.CONTACT_DETAILS, FieldGroup.FLAG_NOTES], { contactDetails: true, flagNotes: true }],
    [StaffRole.INTEGRATION, [], { contactDetails: false, flagNotes: false }],
  ])("lets a grant open a group to %s (grants %j)", (role, grants, expected) => {
    const access = fieldAccessOf({ role, grants });

    expect(access).toEqual(expected);
  });
});
