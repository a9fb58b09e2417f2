import { StaffRole } from "../auth/staff-role.enum";
import type { StaffUser } from "../auth/staff-user.entity";
import { logger } from "../common/logger";
import { FlagResolutionReason } from "../flag/flag-enums";
import type { PriorityFlag } from "../flag/priority-flag.entity";
import type { Mentorship } from "../mentorship/mentorship.entity";
import type { Participant } from "../participant/participant.entity";
import { FlagStatus } from "../test-support/factories";
import { createProgramSetup } from "../test-support/program-fixture";
import { type GraphQLResponseError, type GraphQLResult, startTestServer, type TestServer } from "../test-support/test-server";

const PAIR_QUERY = /* GraphQL */ `
  query RestrictedPair($id: ID!) {
    mentorship(id: $id) {
      id
      mentor {
        id
        displayName
        email
        phone
      }
      mentee {
        id
        displayName
        email
        phone
      }
      priorityFlags(sort: { field: REPORTED_AT, direction: ASC }) {
        id
        description
        resolutionReason
        resolutionNote
      }
    }
  }
`;

interface PairParticipant {
  id: string;
  displayName: string;
  email: string | null;
  phone: string | null;
}

interface PairData {
  mentorship: {
    id: string;
    mentor: PairParticipant;
    mentee: PairParticipant;
    priorityFlags: Array<{ id: string; description: string; resolutionReason: string | null; resolutionNote: string | null }>;
  };
}

// Values no other field of the response contains, so finding one anywhere in a body is a leak.
const MENTOR_EMAIL = "quinn.mentor@contact.example.org";
const MENTOR_PHONE = "+15555550147";
const MENTEE_EMAIL = "riley.mentee@contact.example.org";
const MENTEE_PHONE = "+15555550182";
const FIRST_NOTE = "Spoke with the student's family about housing.";
const SECOND_NOTE = "Referred to counselling, follow-up booked.";
const WITHHELD_VALUES = [MENTOR_EMAIL, MENTOR_PHONE, MENTEE_EMAIL, MENTEE_PHONE, FIRST_NOTE, SECOND_NOTE];

function sortedByPath(errors: GraphQLResponseError[] | undefined): GraphQLResponseError[] {
  return [...(errors ?? [])].sort((a, b) => (a.path ?? []).join(".").localeCompare((b.path ?? []).join(".")));
}

describe("restricted fields", () => {
  let server: TestServer;
  let users: Record<StaffRole, StaffUser>;
  let mentor: Participant;
  let mentee: Participant;
  let mentorship: Mentorship;
  let flags: PriorityFlag[];
  let assignedFlag: PriorityFlag;

  beforeAll(async () => {
    server = await startTestServer();
    const setup = await createProgramSetup(server.factory, await server.factory.partner());
    const { factory, program, categories } = setup;
    users = {
      [StaffRole.ADMIN]: setup.staff,
      [StaffRole.ANALYST]: await factory.staffUser(setup.partner, { role: StaffRole.ANALYST }),
      [StaffRole.INTEGRATION]: await factory.staffUser(setup.partner, { role: StaffRole.INTEGRATION }),
    };

    mentor = await factory.mentor(program, { firstName: "Quinn", lastName: "Mentor", email: MENTOR_EMAIL, phone: MENTOR_PHONE });
    mentee = await factory.mentee(program, { firstName: "Riley", lastName: "Mentee", email: MENTEE_EMAIL, phone: MENTEE_PHONE });
    mentorship = await factory.mentorship(program, mentor, mentee);
    flags = [
      await factory.flag(mentorship, categories.wellbeing, {
        reportedAt: new Date("2024-10-01T10:00:00Z"),
        status: FlagStatus.RESOLVED,
        resolvedAt: new Date("2024-10-03T10:00:00Z"),
        resolutionReason: FlagResolutionReason.SUPPORT_PROVIDED,
        resolutionNote: FIRST_NOTE,
      }),
      await factory.flag(mentorship, categories.academics, {
        reportedAt: new Date("2024-10-05T10:00:00Z"),
        resolutionNote: SECOND_NOTE,
        assigneeId: setup.staff.id,
      }),
    ];
    assignedFlag = flags[1];
  });

  afterEach(() => {
    jest.restoreAllMocks();
  });

  afterAll(async () => {
    await server.close();
  });

  function queryPairAs(role: StaffRole): Promise<GraphQLResult<PairData>> {
    return server.signIn(users[role]).graphql<PairData>(PAIR_QUERY, { id: mentorship.id });
  }

  describe("as an admin", () => {
    it("returns contact details", async () => {
      const result = await queryPairAs(StaffRole.ADMIN);

      const pair = result.body.data?.mentorship;
      expect(pair?.mentor).toMatchObject({ email: MENTOR_EMAIL, phone: MENTOR_PHONE });
      expect(pair?.mentee).toMatchObject({ email: MENTEE_EMAIL, phone: MENTEE_PHONE });
    });

    it("returns flag resolution notes", async () => {
      const result = await queryPairAs(StaffRole.ADMIN);

      expect(result.body.data?.mentorship.priorityFlags.map((flag) => flag.resolutionNote)).toEqual([FIRST_NOTE, SECOND_NOTE]);
    });

    it("gets no errors", async () => {
      const result = await queryPairAs(StaffRole.ADMIN);

      expect(result.body.errors).toBeUndefined();
    });
  });

  describe.each([StaffRole.ANALYST, StaffRole.INTEGRATION])("as %s", (role) => {
    it("gets null contact details", async () => {
      const result = await queryPairAs(role);

      const pair = result.body.data?.mentorship;
      expect(pair?.mentor).toMatchObject({ email: null, phone: null });
      expect(pair?.mentee).toMatchObject({ email: null, phone: null });
    });

    it("gets null flag resolution notes", async () => {
      const result = await queryPairAs(role);

      expect(result.body.data?.mentorship.priorityFlags.map((flag) => flag.resolutionNote)).toEqual([null, null]);
    });

    it("gets one FORBIDDEN error per withheld field", async () => {
      const result = await queryPairAs(role);

      const errors = sortedByPath(result.body.errors).map(({ path, extensions }) => ({ path, extensions }));
      expect(errors).toEqual([
        { path: ["mentorship", "mentee", "email"], extensions: { code: "FORBIDDEN", field: "Participant.email" } },
        { path: ["mentorship", "mentee", "phone"], extensions: { code: "FORBIDDEN", field: "Participant.phone" } },
        { path: ["mentorship", "mentor", "email"], extensions: { code: "FORBIDDEN", field: "Participant.email" } },
        { path: ["mentorship", "mentor", "phone"], extensions: { code: "FORBIDDEN", field: "Participant.phone" } },
        { path: ["mentorship", "priorityFlags", 0, "resolutionNote"], extensions: { code: "FORBIDDEN", field: "PriorityFlag.resolutionNote" } },
        { path: ["mentorship", "priorityFlags", 1, "resolutionNote"], extensions: { code: "FORBIDDEN", field: "PriorityFlag.resolutionNote" } },
      ]);
    });

    it("names the field in each error message", async () => {
      const result = await queryPairAs(role);

      for (const error of result.body.errors ?? []) {
        expect(error.message).toContain(String(error.extensions?.field));
      }
    });

    it("leaks no withheld value in the response", async () => {
      const result = await queryPairAs(role);

      const body = JSON.stringify(result.body);
      for (const value of WITHHELD_VALUES) {
        expect(body).not.toContain(value);
      }
    });

    it("still gets the other fields of the query", async () => {
      const result = await queryPairAs(role);

      const pair = result.body.data?.mentorship;
      expect(pair?.id).toBe(mentorship.id);
      expect(pair?.mentor).toMatchObject({ id: mentor.id, displayName: "Quinn Mentor" });
      expect(pair?.mentee).toMatchObject({ id: mentee.id, displayName: "Riley Mentee" });
      expect(pair?.priorityFlags.map((flag) => flag.id)).toEqual(flags.map((flag) => flag.id));
      expect(pair?.priorityFlags[0].resolutionReason).toBe("SUPPORT_PROVIDED");
      expect(pair?.priorityFlags[0].description).toBe(flags[0].description);
    });
  });

  it("withholds contact details in a participant list, once per row", async () => {
    const analyst = server.signIn(users[StaffRole.ANALYST]);

    const result = await analyst.graphql<{ participants: { edges: Array<{ node: { email: string | null } }> } }>(
      "query { participants(first: 10) { edges { node { email } } } }",
    );

    expect(result.body.data?.participants.edges.map((edge) => edge.node.email)).toEqual([null, null]);
    expect(result.body.errors?.map((error) => error.path)).toEqual([
      ["participants", "edges", 0, "node", "email"],
      ["participants", "edges", 1, "node", "email"],
    ]);
  });

  it("withholds a flag note read through priorityFlag", async () => {
    const analyst = server.signIn(users[StaffRole.ANALYST]);

    const result = await analyst.graphql<{ priorityFlag: { id: string; resolutionNote: string | null } }>(
      "query ($id: ID!) { priorityFlag(id: $id) { id resolutionNote } }",
      { id: flags[0].id },
    );

    expect(result.body.data?.priorityFlag).toEqual({ id: flags[0].id, resolutionNote: null });
    expect(result.body.errors?.[0].extensions).toEqual({ code: "FORBIDDEN", field: "PriorityFlag.resolutionNote" });
  });

  describe("staff emails", () => {
    const ASSIGNEE_QUERY = "query ($id: ID!) { priorityFlag(id: $id) { assignee { displayName email } } }";

    it("withholds an assignee's email from an analyst", async () => {
      const analyst = server.signIn(users[StaffRole.ANALYST]);

      const result = await analyst.graphql<{ priorityFlag: { assignee: { displayName: string; email: string | null } } }>(ASSIGNEE_QUERY, { id: assignedFlag.id });

      expect(result.body.data?.priorityFlag.assignee).toEqual({ displayName: users[StaffRole.ADMIN].displayName, email: null });
      expect(result.body.errors?.map((error) => error.extensions)).toEqual([{ code: "FORBIDDEN", field: "StaffUser.email" }]);
      expect(JSON.stringify(result.body)).not.toContain(users[StaffRole.ADMIN].email);
    });

    it("returns an assignee's email to an admin", async () => {
      const admin = server.signIn(users[StaffRole.ADMIN]);

      const result = await admin.graphql<{ priorityFlag: { assignee: { email: string | null } } }>(ASSIGNEE_QUERY, { id: assignedFlag.id });

      expect(result.body.data?.priorityFlag.assignee.email).toBe(users[StaffRole.ADMIN].email);
    });

    it("still returns an analyst's own email through viewer", async () => {
      const analyst = server.signIn(users[StaffRole.ANALYST]);

      const result = await analyst.graphql<{ viewer: { email: string } }>("query { viewer { email } }");

      expect(result.body.errors).toBeUndefined();
      expect(result.body.data?.viewer.email).toBe(users[StaffRole.ANALYST].email);
    });
  });

  it("logs no withheld field as an unexpected error", async () => {
    const logged = jest.spyOn(logger, "error");

    await queryPairAs(StaffRole.ANALYST);

    expect(logged).not.toHaveBeenCalled();
  });

  it.each([
    [StaffRole.ADMIN, { contactDetails: true, flagNotes: true }],
    [StaffRole.ANALYST, { contactDetails: false, flagNotes: false }],
    [StaffRole.INTEGRATION, { contactDetails: false, flagNotes: false }],
  ])("reports the field access of %s", async (role, expected) => {
    const client = server.signIn(users[role]);

    const result = await client.graphql<{ viewer: { role: string; fieldAccess: unknown } }>("query { viewer { role fieldAccess { contactDetails flagNotes } } }");

    expect(result.body.data?.viewer).toEqual({ role, fieldAccess: expected });
  });
});
