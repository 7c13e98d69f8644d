// Writes a synthetic content tree for build and index benchmarks: the real content plus N
// generated article pairs (English and Chinese) of realistic length and structure.
// Usage: node src/tools/bench/generate-corpus.mjs [pairs=1000] [outDir=bench-corpus]
import { cpSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '../../..');
const pairs = Number(process.argv[2] ?? 1000);
const out = path.resolve(root, process.argv[3] ?? 'bench-corpus');

// A small deterministic generator, so every run benchmarks the same corpus.
let seed = 42;
const rand = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
const pick = (list) => list[Math.floor(rand() * list.length)];
const en =
  'card payment declined bank issuer hold authorization credit billing account subscription refund dispute limit quota region support verification address currency transaction merchant checkout renewal prepaid virtual balance usage tier invoice receipt'.split(
    ' ',
  );
const zh =
  '银行卡 付款 被拒 发卡行 预授权 信用卡 账单 账户 订阅 退款 争议 额度 用量 地区 验证 地址 币种 交易 商户 结账 续费 预付卡 虚拟卡 余额 等级 发票 收据'.split(
    ' ',
  );
const sentence = (words, join, end) => Array.from({ length: 10 + Math.floor(rand() * 10) }, () => pick(words)).join(join) + end;
const paragraph = (words, join, end) => Array.from({ length: 4 }, () => sentence(words, join, end)).join(' ');
const topics = ['openai-api', 'chatgpt', 'claude', 'cards', 'compliance', 'general'];
const related = ['card-declined', 'five-dollar-authorization-hold', 'api-vs-chatgpt-billing'];

function article(i, lang) {
  const words = lang === 'en' ? en : zh;
  const join = lang === 'en' ? ' ' : '';
  const end = lang === 'en' ? '.' : '。';
  const sections = Array.from(
    { length: 6 },
    (_, s) =>
      `## ${sentence(words, join, '').slice(0, 40)} {#section-${s}}\n\n${paragraph(words, join, end)}\n\n${paragraph(words, join, end)}\n`,
  );
  return `---
title: "${lang === 'en' ? 'Generated guide' : '生成的指南'} ${i}"
description: "${sentence(words, join, end).slice(0, 150)}"
topic: ${topics[i % topics.length]}
reviewed: 2026-11-21
sources:
  - { title: Stripe decline codes, url: "https://docs.stripe.com/declines/codes", publisher: Stripe, label: official }
  - { title: Error codes, url: "https://docs.stripe.com/error-codes", publisher: Stripe, label: official }
related: [${related.join(', ')}]
faq:
${[0, 1, 2].map((q) => `  - { id: q-${q}, q: "${sentence(words, join, lang === 'en' ? '?' : '？').slice(0, 60)}", a: "${sentence(words, join, end)}" }`).join('\n')}
---

<QuickAnswer>

${paragraph(words, join, end)}

</QuickAnswer>

${sections.join('\n')}`;
}

rmSync(out, { recursive: true, force: true });
cpSync(path.join(root, 'content'), out, { recursive: true });
for (const lang of ['en', 'zh-cn']) {
  mkdirSync(path.join(out, 'articles', lang), { recursive: true });
  for (let i = 1; i <= pairs; i++)
    writeFileSync(path.join(out, 'articles', lang, `generated-${String(i).padStart(4, '0')}.mdx`), article(i, lang));
}
console.log(`wrote ${pairs} generated article pairs plus the real content to ${path.relative(root, out)}/`);
