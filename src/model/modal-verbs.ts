// The modal verbs of GB/T 1.1—2020 附录C as they stand in running text — the one definition the
// provisions and the wording rules share. Look-arounds leave out words that merely contain the
// character: 相应、应急、应用、应对、应其要求、规定了应作为（attributive）; 适宜、事宜、宜人; 许可、可靠、可行、
// 可检查、可及; 功能、技能、能力、能否.
import type { ProvisionType } from './types.ts';

const SHALL = String.raw`(?<![相对响供适反答顺呼回感效照了])应(?!对(?!照)|用|急|答|届|聘|变|其|邀|诉|有数)`;
const SHOULD = String.raw`(?<![便适事])宜(?![人居])`;
const MAY = String.raw`(?<![许认不宁即])可(?![能靠行视信见控追比观读疑达持续执检操擦及查])`;
const CAN = String.raw`可能|能够|(?<![功职技节智性效体才本可])能(?![力源耗否效级])`;

/** 应 as a requirement (also inside 不应). */
export const REQUIREMENT = new RegExp(SHALL, 'u');
/** 应, 不应, 宜, 不宜: a requirement or a recommendation. */
export const REQUIREMENT_OR_RECOMMENDATION = new RegExp(`不?${SHALL}|不?${SHOULD}`, 'u');
/** 应, 宜, 可: the words that would make a sentence of 前言 or 范围 a provision. */
export const SHALL_SHOULD_MAY = new RegExp(`${SHALL}|${SHOULD}|${MAY}`, 'gu');

/** The provision types by their modal verbs, strongest first; 不得 and 必须 still state a requirement. */
export const MODAL_VERBS: readonly { type: ProvisionType; pattern: RegExp }[] = [
  { type: '要求', pattern: new RegExp(`不得|必须|${SHALL}`, 'gu') },
  { type: '推荐', pattern: new RegExp(SHOULD, 'gu') },
  { type: '允许', pattern: new RegExp(`不必|无须|无需|${MAY}`, 'gu') },
  { type: '可能', pattern: new RegExp(CAN, 'gu') },
];
