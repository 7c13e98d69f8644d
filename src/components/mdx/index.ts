// The components MDX authors use without importing them (see content/README.md).
import QuickAnswer from './QuickAnswer.astro';
import Callout from './Callout.astro';
import Steps from './Steps.astro';
import Myth from './Myth.astro';
import Faq from './Faq.astro';
import FaqItem from './FaqItem.astro';
import RelatedReading from './RelatedReading.astro';
import Glossary from './Glossary.astro';
import DeclineList from './DeclineList.astro';
import AsOf from './AsOf.astro';

export const mdxComponents = { QuickAnswer, Callout, Steps, Myth, Faq, FaqItem, RelatedReading, Glossary, DeclineList, AsOf };
