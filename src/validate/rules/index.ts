/**
 * Every validation rule, in the order they run (which orders reports at the same line and column). A rule is a
 * file of this folder (see rule.ts and ARCHITECTURE.md, "How to add a rule"); listing it here makes it run.
 */
import type { Rule } from '../rule.js';
import afterEdition from './after-edition.js';
import answerLength from './answer-length.js';
import computedFigures from './computed-figures.js';
import editionAnswers from './edition-answers.js';
import figureNotes from './figure-notes.js';
import knownDirection from './known-direction.js';
import knownDivision from './known-division.js';
import knownRating from './known-rating.js';
import knownReferences from './known-references.js';
import knownSection from './known-section.js';
import noControlChars from './no-control-chars.js';
import noDuplicates from './no-duplicates.js';
import noGlyph from './no-glyph.js';
import noInvisibleChars from './no-invisible-chars.js';
import numbering from './numbering.js';
import openDataFiles from './open-data-files.js';
import phaseParts from './phase-parts.js';
import phases from './phases.js';
import planPeriod from './plan-period.js';
import requiredParts from './required-parts.js';
import tableColumns from './table-columns.js';
import tableDivision from './table-division.js';
import verificationReasons from './verification-reasons.js';
import waveDash from './wave-dash.js';
import yearInPlan from './year-in-plan.js';

// Each rule has its own codes; the list holds them as rules of any code.
export const rules: readonly Rule[] = [
  requiredParts,
  planPeriod,
  yearInPlan,
  noDuplicates,
  numbering,
  knownSection,
  knownDivision,
  afterEdition,
  phases,
  editionAnswers,
  answerLength,
  knownDirection,
  verificationReasons,
  noControlChars,
  noInvisibleChars,
  noGlyph,
  tableColumns,
  tableDivision,
  openDataFiles,
  knownReferences,
  computedFigures,
  figureNotes,
  phaseParts,
  knownRating,
  waveDash,
] as readonly Rule<string>[] as readonly Rule[];
