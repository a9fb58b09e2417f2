import type { DataSource } from "typeorm";
import { StaffUser } from "../auth/staff-user.entity";
import { CommandInputError } from "../common/command-line";
import { newId } from "../common/ids";
import { Partner } from "./partner.entity";

/** Slug rule: lowercase letters, digits and inner hyphens, at most 64 characters (the column's length). */
const SLUG_PATTERN = /^[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?$/;

/** A partner with the number of its staff users, as `npm run partner -- list` shows it. */
export interface PartnerSummary {
  partner: Partner;
  staffUserCount: number;
}

/** Checks a partner slug, such as `northfield`, against the slug rule. */
export function parseSlug(text: string | undefined): string {
  const slug = text?.trim() ?? "";
  if (slug === "") {
    throw new CommandInputError("Missing --slug: give the partner's short name, such as --slug northfield.");
  }
  if (!SLUG_PATTERN.test(slug)) {
    throw new CommandInputError(
      `Invalid slug "${slug}": use 1 to 64 lowercase letters, digits and hyphens, starting and ending with a letter or digit, such as northfield or lake-shore.`,
    );
  }

  return slug;
}

/** Creates a partner. Throws CommandInputError when another partner has the slug already. */
export async function createPartner(dataSource: DataSource, input: { slug: string; name: string }, now = new Date()): Promise<Partner> {
  const repository = dataSource.getRepository(Partner);
  if (await repository.existsBy({ slug: input.slug })) {
    throw new CommandInputError(`A partner with the slug "${input.slug}" exists already. List the partners with: npm run partner -- list`);
  }

  const partner: Partner = { id: newId("partner"), slug: input.slug, name: input.name, createdAt: now };
  await repository.insert(partner);

  return partner;
}

/** Lists every partner by slug, with its number of staff users. */
export async function listPartners(dataSource: DataSource): Promise<PartnerSummary[]> {
  const partners = await dataSource.getRepository(Partner).find({ order: { slug: "ASC" } });
  const counts = await dataSource
    .getRepository(StaffUser)
    .createQueryBuilder("staff")
    .select("staff.partnerId", "partnerId")
    .addSelect("COUNT(*)", "count")
    .groupBy("staff.partnerId")
    .getRawMany<{ partnerId: string; count: string | number }>();
  const countByPartner = new Map(counts.map((row) => [row.partnerId, Number(row.count)]));

  return partners.map((partner) => ({ partner, staffUserCount: countByPartner.get(partner.id) ?? 0 }));
}

/** Returns the partner with `slug`. Throws CommandInputError, naming the known slugs, when there is none. */
export async function findPartnerBySlug(dataSource: DataSource, slug: string): Promise<Partner> {
  const partner = await dataSource.getRepository(Partner).findOneBy({ slug });
  if (!partner) {
    const known = await dataSource.getRepository(Partner).find({ select: { slug: true }, order: { slug: "ASC" } });
    const hint =
      known.length > 0
        ? `Known partners: ${known.map((row) => row.slug).join(", ")}.`
        : 'The database has no partners yet; create one with: npm run partner -- create --slug <slug> --name "<name>"';
    throw new CommandInputError(`Unknown partner "${slug}". ${hint}`);
  }

  return partner;
}
