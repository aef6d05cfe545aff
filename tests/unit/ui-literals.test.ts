import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findUiLiterals } from '../support/ui-literals.js';

// Issue #10: every UI string goes through the catalogue; no English literal stays in a Discord handler.

/** Text that is deliberately the same in every language, with the reason. Keep it short. */
const ALLOWED = new Set<string>([]);

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : path.endsWith('.ts') ? [path] : [];
  });
}

describe('user-facing text in handlers', () => {
  it('comes from the catalogue in src/commands and src/components', () => {
    const files = [...sourceFiles('src/commands'), ...sourceFiles('src/components')];
    expect(files.length).toBeGreaterThan(40);
    const found = files.flatMap((file) => findUiLiterals(file, readFileSync(file, 'utf8'), ALLOWED));
    expect(found.map((l) => `${l.file}:${l.line} ${l.where} ${JSON.stringify(l.text)}`)).toEqual([]);
  });

  it('catches a planted literal wherever UI text goes', () => {
    const planted =
      `
      export async function run(interaction, lang) {
        if (!ok) throw new Refusal('That fact is gone.');
        await interaction.reply({ content: \`Saved \${id} just now\`, embeds: [{ title: 'History', fields: [{ ` +
      `name: 'Who', value: who }] }] });
        await interaction.editReply(done ? 'All done' : t(lang, 'facts.saved'));
        new TextInputBuilder().setLabel('Title').setPlaceholder(clip('Type here', 100));
        row([button(factsDraft.id(key), 'Fix and resend')]);
        return respond(interaction, { content: clip(defuseMentions('Nothing was changed.'), LIMITS.content) });
      }`;
    const found = findUiLiterals('planted.ts', planted).map((l) => [l.where, l.text]);
    expect(found).toEqual([
      ['new Refusal', 'That fact is gone.'],
      ['content:', 'Saved   just now'],
      ['title:', 'History'],
      ['name:', 'Who'],
      ['.editReply()', 'All done'],
      // A builder chain is read outside in: the last call first.
      ['.setPlaceholder()', 'Type here'],
      ['.setLabel()', 'Title'],
      ['button() label', 'Fix and resend'],
      ['content:', 'Nothing was changed.'],
    ]);
  });

  it('lets through catalogue calls, ids, file names and command definitions', () => {
    const clean =
      `
      export const cmd = { data: new SlashCommandBuilder().setName('facts').setDescription('Moderators: edit the base') };
      export async function run(interaction, lang) {
        throw new Refusal(t(lang, 'facts.noSuchFact', { id }));
        await interaction.reply({ content: \`✅ \${t(lang, 'facts.saved')} · \\\`\${id}\\\`\`, files: [{ ` +
      `attachment: buf, name: 'your-fact-text.txt' }] });
        new TextInputBuilder().setCustomId('note').setLabel(t(lang, 'report.whatLabel'));
        ctx.log.info('facts: saved a translation');
      }`;
    expect(findUiLiterals('clean.ts', clean)).toEqual([]);
  });
});
