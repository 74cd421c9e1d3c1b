// Prints what the check gets wrong in the corpus, pair by pair, and the counts: `npx tsx test/corpus/report.ts [lang]`.
import type { LanguageCorpus } from "./corpus-types.ts";
import { figureProblems, textProblems } from "./run-corpus.ts";
import { CORPUS as vi } from "./vi.ts";
import { CORPUS as en } from "./en.ts";
import { CORPUS as de } from "./de.ts";
import { CORPUS as fr } from "./fr.ts";
import { CORPUS as es } from "./es.ts";
import { CORPUS as ja } from "./ja.ts";
import { CORPUS as it } from "./it.ts";
import { CORPUS as pt } from "./pt.ts";
import { CORPUS as zh } from "./zh.ts";
import { CORPUS as ko } from "./ko.ts";
import { CORPUS as ru } from "./ru.ts";
import { CORPUS as nl } from "./nl.ts";
import { CORPUS as pl } from "./pl.ts";
import { CORPUS as tr } from "./tr.ts";
import { CORPUS as id_ } from "./id.ts";
import { CORPUS as ar } from "./ar.ts";
import { CORPUS as hi } from "./hi.ts";

const only = process.argv[2];
const verbose = process.argv.includes("-v");
for (const corpus of [vi, en, de, fr, es, ja, it, pt, zh, ko, ru, nl, pl, tr, id_, ar, hi] as LanguageCorpus[]) {
  if (only && only !== "all" && corpus.lang !== only) continue;
  const c = { honest: 0, honestOk: 0, slips: 0, caught: 0 };
  const wrong: string[] = [];
  for (const p of corpus.honest.text) {
    c.honest++;
    const pr = textProblems(p, corpus.lang);
    if (pr.length === 0) c.honestOk++;
    else
      wrong.push(
        `HONEST text refused${p.known ? " (known)" : ""}: ${p.article}\n   deck: ${p.deck}\n   ${pr.map((x) => `${x.message} // ${x.hint}`).join("\n   ")}`,
      );
  }
  for (const p of corpus.honest.figures) {
    c.honest++;
    const pr = figureProblems(p, corpus.lang);
    if (pr.length === 0) c.honestOk++;
    else
      wrong.push(
        `HONEST figure refused${p.known ? " (known)" : ""}: ${p.article}\n   fig: ${JSON.stringify(p.figure)}\n   ${pr.map((x) => x.message).join("\n   ")}`,
      );
  }
  for (const p of corpus.slips.text) {
    c.slips++;
    const pr = textProblems(p, corpus.lang);
    if (pr.length > 0) {
      c.caught++;
      if (verbose) wrong.push(`  caught ${p.kind}: ${p.deck}\n   ${pr.map((x) => `${x.message} // ${x.hint}`).join("\n   ")}`);
    } else wrong.push(`SLIP text passed (${p.kind})${p.known ? " (known)" : ""}: ${p.article}\n   deck: ${p.deck}`);
  }
  for (const p of corpus.slips.figures) {
    c.slips++;
    const pr = figureProblems(p, corpus.lang);
    if (pr.length > 0) c.caught++;
    else wrong.push(`SLIP figure passed (${p.kind})${p.known ? " (known)" : ""}: ${p.article}\n   fig: ${JSON.stringify(p.figure)}`);
  }
  console.log(`== ${corpus.lang}: honest ${c.honestOk}/${c.honest} pass, slips ${c.caught}/${c.slips} caught`);
  if (only) console.log(wrong.join("\n"));
}
