// The components MDX authors use without importing them, exactly those content/README.md documents.
// What layouts put around the text (FAQ, sources, last reviewed, related reading) is in ../site/.
import QuickAnswer from './QuickAnswer.astro';
import Callout from './Callout.astro';
import Steps from './Steps.astro';
import Myth from './Myth.astro';
import Glossary from './Glossary.astro';
import DeclineList from './DeclineList.astro';
import AsOf from './AsOf.astro';

export const mdxComponents = { QuickAnswer, Callout, Steps, Myth, Glossary, DeclineList, AsOf };
