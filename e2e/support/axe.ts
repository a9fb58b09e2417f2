import { readFileSync } from "node:fs";
import type { AxeResults, ImpactValue, Result } from "axe-core";
import type { Page } from "playwright-core";
import { readUntil } from "./polling";

/** axe-core's browser bundle, read from node_modules so that no page ever loads it from a CDN. */
const AXE_SOURCE = readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");

const TRANSITIONS_FINISHED =
  "document.getAnimations().every((animation) => animation.playState !== 'running' || animation.effect?.getTiming().iterations === Infinity)";

/** Impacts that fail a test. Moderate and minor ones are only reported. */
export const BLOCKING_IMPACTS: readonly ImpactValue[] = ["serious", "critical"];

/** One rule that an audited page breaks, with the number of elements that break it. */
export interface AuditedViolation {
  rule: string;
  impact: ImpactValue;
  help: string;
  nodeCount: number;
  /** CSS selectors of the first few elements, enough to find them in the page. */
  targets: string[];
  /** Opening tags of every element that breaks the rule, as axe-core reports them. */
  elementHtml: string[];
}

/**
 * Runs axe-core on the whole document as it is now, with its default rules (WCAG 2.0, 2.1 and 2.2
 * A and AA, plus best practices). The source is evaluated through the DevTools protocol, so the
 * page's Content Security Policy stays on.
 */
export async function auditPage(page: Page): Promise<AuditedViolation[]> {
  // axe-core reads computed colors, so a dialog or menu that is still fading in would fail the contrast rule.
  // Polled from here, because page.waitForFunction compiles its text in the page, which the CSP forbids.
  await readUntil(() => page.evaluate(TRANSITIONS_FINISHED), (finished) => finished === true);
  if (!(await page.evaluate("typeof window.axe !== 'undefined'"))) {
    await page.evaluate(AXE_SOURCE);
  }

  const results = (await page.evaluate("window.axe.run(document, { resultTypes: ['violations'] })")) as AxeResults;

  return results.violations.map(toAuditedViolation);
}

function toAuditedViolation(violation: Result): AuditedViolation {
  return {
    rule: violation.id,
    impact: violation.impact ?? "minor",
    help: violation.help,
    nodeCount: violation.nodes.length,
    targets: violation.nodes.slice(0, 3).map((node) => node.target.join(" ")),
    elementHtml: violation.nodes.map((node) => node.html),
  };
}

/** Formats violations as one line each, for a failure message or a summary. */
export function describeViolations(violations: AuditedViolation[]): string[] {
  return violations.map((violation) => `${violation.impact} ${violation.rule} (${violation.nodeCount}): ${violation.help} at ${violation.targets.join(", ")}`);
}
