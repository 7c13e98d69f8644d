import { BaseSequencer, type TestSpecification } from 'vitest/node';

// The browser sweeps take far longer than any other file (CONTRIBUTING.md, "What `npm test` checks"). Vitest
// starts the files it has timings for longest first, but a clean clone (CI) has none, and then it
// starts the largest files first, which put these near the end and left one worker idle while the
// other finished them. These start first, in this order; the rest keep Vitest's order.
const longest = ['tests/e2e/a11y.test.ts', 'tests/search/records.test.ts', 'tests/e2e/layout.test.ts'];

export default class LongestFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    const position = new Map(sorted.map((f, i) => [f, i]));
    const rank = (f: TestSpecification) => {
      const i = longest.findIndex((l) => f.moduleId.replaceAll('\\', '/').endsWith(l));
      return i < 0 ? longest.length : i;
    };
    // Projects run one after the other: only files of the same project change places.
    return sorted.sort((a, b) =>
      a.project.name === b.project.name && rank(a) !== rank(b) ? rank(a) - rank(b) : position.get(a)! - position.get(b)!,
    );
  }
}
