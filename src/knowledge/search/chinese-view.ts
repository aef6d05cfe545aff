import type { FactCheck } from './asked-attribute.js';
import { textOf } from './chinese-fact-text.js';

/**
 * 王某本人对3.0版怎么评价 / 某人对这件事有什么看法: a question asking what a named person thinks wants a view that
 * person states; a fact that names them only as doing something (signing, attending a meeting) states none. The fact
 * must put a verb of saying (表示, 认为, 指出 …) soon after the name.
 */
const ASKS_VIEW =
  /^(.{2,16}?)(?:本人|自己)?(?:对|就|关于)(?:.{1,20})(?:评价|看法|怎么看|如何看|观点|态度|怎么说|说了什么|有何评论|怎么评)/u;
const TITLES = '部长|总理|主席|总统|大使|发言人|先生|女士|本人';
const ROLE_END = new RegExp(`(?:${TITLES})$`);
const TITLES_AT_END = new RegExp(`(?:${TITLES})+$`);
const SAYS = /表示|认为|指出|称|说|强调|撰文|评价|谈到|发言|呼吁|写道/;
const NEAR = 24;

/** The person whose view is asked (王文涛 of 王文涛部长本人对…), when the words before 对 end in a title or a name. */
export function viewHolder(question: string): string | undefined {
  const m = ASKS_VIEW.exec(question);
  if (!m) return undefined;
  const before = m[1]!.trim();
  if (!ROLE_END.test(before)) return undefined;
  const name = before.replace(TITLES_AT_END, '');
  return Array.from(name).length >= 2 ? name : undefined;
}

export function viewCheck(question: string): FactCheck | undefined {
  const holder = viewHolder(question);
  if (!holder) return undefined;
  return (fact) => {
    const { zh } = textOf(fact);
    if (!zh) return true;
    // A fact that never names the person is judged by the other checks.
    const at = zh.indexOf(holder);
    if (at < 0) return true;
    for (let i = at; i >= 0; i = zh.indexOf(holder, i + 1))
      if (SAYS.test(zh.slice(i + holder.length, i + holder.length + NEAR))) return true;
    return false;
  };
}
