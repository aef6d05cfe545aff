/** The typed checks of an English question: each decides whether a fact states what the question asks. */
import { namedAttributeChecks, type FactCheck } from './asked-attribute.js';
import { cargoCheck } from './asked-cargo.js';
import { conditionCheck } from './asked-condition.js';
import { wholeCheck } from './asked-whole.js';
import { wholeAmountCheck } from './asked-whole-amount.js';
import { causeCheck } from './asked-cause.js';
import { goodsCheck } from './asked-goods.js';
import { growthCheck } from './asked-growth.js';
import { cityCheck, countryCheck, whereCheck } from './asked-places.js';
import { askingClause } from './asking.js';
import { actCheck, comparisonCheck, directionCheck, namesCheck, whichOnesCheck, whoCheck } from './naming-checks.js';
import {
  comingCheck,
  forecastCheck,
  ratesCheck,
  spanCheck,
  successorCheck,
  yearCheck,
  yearTotalCheck,
} from './period-checks.js';
import { exactCheck, valueTypeChecks } from './value-type-checks.js';
import { isChinese } from './chinese-clauses.js';
import { askedStage, factStages } from './asked-stage.js';

/**
 * The checks an English question's asking clause calls for, computed once per question (each then costs a few
 * regular-expression tests on a fact's cached text). Empty for Chinese questions, which chinese-counts.ts judges.
 */
export function typedChecks(question: string): FactCheck[] {
  return namedTypedChecks(question).map(([, check]) => check);
}

/** The typed checks with the name of what each asks for (diagnostics attribute a refusal to one). */
export function namedTypedChecks(question: string): [string, FactCheck][] {
  if (isChinese(question)) return [];
  const asking = askingClause(question);
  const checks: [string, FactCheck | undefined][] = [
    ...valueTypeChecks(asking),
    ['act', actCheck(asking)],
    ['rates', ratesCheck(asking)],
    ['span', spanCheck(asking)],
    ['exact', exactCheck(asking)],
    ['comparison', comparisonCheck(asking)],
    ['names', namesCheck(asking)],
    ['whichOnes', whichOnesCheck(asking)],
    ['who', whoCheck(asking)],
    ['forecast', orHappened(asking, forecastCheck(asking))],
    ['coming', orHappened(asking, comingCheck(asking))],
    ['successor', successorCheck(asking)],
    ['condition', conditionCheck(asking)],
    ['whole', wholeCheck(asking)],
    ['wholeAmount', wholeAmountCheck(asking)],
    ['cause', causeCheck(question)],
    ['growth', growthCheck(asking)],
    ['goods', goodsCheck(asking)],
    ['cargo', cargoCheck(asking)],
    ['year', yearCheck(asking)],
    ['yearTotal', yearTotalCheck(asking)],
    ['direction', directionCheck(asking)],
    ['country', countryCheck(asking)],
    ['where', whereCheck(asking)],
    ['city', cityCheck(asking)],
    ...namedAttributeChecks(asking),
  ];
  return checks.filter((c): c is [string, FactCheck] => c[1] !== undefined);
}

/**
 * "Since the talks are still ongoing, when are they expected to finish?": a question about a stage still to come is
 * answered by a fact that states that stage happened (the talks concluded), which corrects it.
 */
function orHappened(asking: string, check: FactCheck | undefined): FactCheck | undefined {
  // Most questions call for neither check: the stage is read only for one that does.
  const stage = check && askedStage(asking)?.stage;
  if (!check || !stage) return check;
  return (fact) => check(fact) || factStages(fact).includes(stage);
}
