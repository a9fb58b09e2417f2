import { randomBytes, scrypt, timingSafeEqual } from "node:crypto";
import { promisify } from "node:util";

const scryptAsync = promisify(scrypt) as (password: string, salt: Buffer, keyLength: number) => Promise<Buffer>;

const KEY_LENGTH = 32;

/**
 * A `hashPassword` result for a random password nobody knows. Sign-in verifies against it when
 * no user has the email, so that an unknown email takes as long as a wrong password (one scrypt
 * run) and response times do not reveal which emails exist.
 */
export const UNKNOWN_USER_PASSWORD_HASH =
  "scrypt$b181a726301f3dc4a035397d53cea33e$a7f121abe89202f4b0907ad2c2f8de58a19ab8b3d35975177ad58cc934642c79";

/** Hashes a password with scrypt and a random salt, as `scrypt$<salt hex>$<hash hex>`. */
export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(16);
  const hash = await scryptAsync(password, salt, KEY_LENGTH);

  return `scrypt$${salt.toString("hex")}$${hash.toString("hex")}`;
}

/** Checks a password against a hash from `hashPassword`, in constant time. */
export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const [scheme, saltHex, hashHex] = stored.split("$");
  if (scheme !== "scrypt" || !saltHex || !hashHex) {
    return false;
  }

  const expected = Buffer.from(hashHex, "hex");
  const actual = await scryptAsync(password, Buffer.from(saltHex, "hex"), expected.length);

  return timingSafeEqual(actual, expected);
}
