import ts from 'typescript';

/**
 * Finds English text written straight into Discord handlers: string and template literals that reach a reply,
 * a refusal, a button or a form, instead of coming from the message catalogue (`t(lang, key)`).
 * Heuristic on purpose: it looks where UI text goes, not at every string (ids, log lines and keys are fine).
 */
export interface UiLiteral {
  file: string;
  line: number;
  text: string;
  where: string;
}

/** Builder and reply methods whose string arguments a member or moderator reads. */
const UI_METHODS = new Set([
  'reply',
  'editReply',
  'followUp',
  'update',
  'send',
  'setLabel',
  'setPlaceholder',
  'setTitle',
  'setDescription',
  'setContent',
  'setFooter',
]);
/** Object properties that Discord shows (an embed field's `name` only beside a `value`). */
const UI_PROPERTIES = new Set(['content', 'label', 'placeholder', 'title', 'description', 'text']);
/** Calls that only pass text through: a literal inside them is still UI text. */
const WRAPPERS = new Set(['clip', 'defuseMentions', 'plain', 'escapeMarkdown', 'String']);
/** Render helpers whose argument at this index is a label. */
const LABEL_ARGS: Record<string, number> = { button: 1 };

/** Text with a word in it; ids, keys and file names (lowercase, no spaces) are not prose. */
function isProse(text: string): boolean {
  if (/^[a-z0-9_.:/-]*$/.test(text.trim())) return false;
  return /[A-Za-z]{2,}/.test(text);
}

function calleeName(call: ts.CallExpression | ts.NewExpression): string | undefined {
  const e = call.expression;
  if (ts.isIdentifier(e)) return e.text;
  if (ts.isPropertyAccessExpression(e)) return e.name.text;
  return undefined;
}

/** Command definitions (`data: new SlashCommandBuilder()…`) are English by Discord's design, localized by table. */
function inCommandData(node: ts.Node): boolean {
  for (let n: ts.Node | undefined = node; n; n = n.parent) {
    if (ts.isPropertyAssignment(n) && n.name.getText() === 'data') return true;
    if (ts.isNewExpression(n) && n.expression.getText().endsWith('CommandBuilder')) return true;
  }
  return false;
}

export function findUiLiterals(file: string, source: string, allowed: ReadonlySet<string> = new Set()): UiLiteral[] {
  const sf = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const found: UiLiteral[] = [];

  /** Every literal an expression can evaluate to, through ?:, +, ??, ||, parentheses, arrays and wrappers. */
  const check = (expr: ts.Expression | undefined, where: string): void => {
    if (!expr) return;
    if (ts.isParenthesizedExpression(expr) || ts.isAsExpression(expr)) return check(expr.expression, where);
    if (ts.isConditionalExpression(expr)) return (check(expr.whenTrue, where), check(expr.whenFalse, where));
    if (ts.isBinaryExpression(expr)) return (check(expr.left, where), check(expr.right, where));
    if (ts.isArrayLiteralExpression(expr)) return expr.elements.forEach((e) => check(e, where));
    if (ts.isCallExpression(expr) && WRAPPERS.has(calleeName(expr) ?? ''))
      return expr.arguments.forEach((a) => check(a, where));
    let text: string | undefined;
    if (ts.isStringLiteral(expr) || ts.isNoSubstitutionTemplateLiteral(expr)) text = expr.text;
    else if (ts.isTemplateExpression(expr))
      text = [expr.head.text, ...expr.templateSpans.map((s) => s.literal.text)].join(' ');
    if (text === undefined || !isProse(text) || allowed.has(text) || inCommandData(expr)) return;
    found.push({ file, line: sf.getLineAndCharacterOfPosition(expr.getStart()).line + 1, text, where });
  };

  const visit = (node: ts.Node): void => {
    if (ts.isNewExpression(node) && calleeName(node) === 'Refusal') check(node.arguments?.[0], 'new Refusal');
    if (ts.isCallExpression(node)) {
      const name = calleeName(node) ?? '';
      if (UI_METHODS.has(name) && ts.isPropertyAccessExpression(node.expression))
        node.arguments.forEach((a) => check(a, `.${name}()`));
      if (name in LABEL_ARGS) check(node.arguments[LABEL_ARGS[name]!], `${name}() label`);
    }
    if (ts.isPropertyAssignment(node) && ts.isObjectLiteralExpression(node.parent)) {
      const key = node.name.getText();
      const siblings = node.parent.properties.map((p) => p.name?.getText());
      if (UI_PROPERTIES.has(key) || (key === 'name' && siblings.includes('value'))) check(node.initializer, `${key}:`);
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return found;
}
