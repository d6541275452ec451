// The modal verbs of GB/T 1.1—2020 附录C as they stand in running text, not the same characters inside
// ordinary words (应急, 相应, 适应, 对应, 事宜, 便宜 …), for the rules that look for requirements.
const SHALL = String.raw`(?<![相对适响供反效回呼理报了])应(?![急用对答聘届])`;
const SHOULD = String.raw`(?<![便事适])宜(?![居])`;

/** 应 as a requirement (also inside 不应). */
export const REQUIREMENT = new RegExp(SHALL, 'u');
/** 应, 不应, 宜, 不宜: a requirement or a recommendation. */
export const REQUIREMENT_OR_RECOMMENDATION = new RegExp(`不?${SHALL}|不?${SHOULD}`, 'u');
