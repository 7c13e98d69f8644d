// The header box's in-place results (header-search.ts) as one self-contained script, loaded by
// search-focus.ts when a reader first focuses the box. An Enter pressed before it was ready is
// submitted again now: to the results panel, or (through the page's submit handlers, which remove
// personal data first) to the search page if the panel could not load.
import { mount } from './header-search';

const box = document.querySelector<HTMLInputElement>('#header-search');
const form = box?.form;
if (box && form) {
  void mount(form, box).then((ok) => {
    form.dataset['searchReady'] = ok ? 'yes' : 'no';
    if ('searchPending' in form.dataset) {
      delete form.dataset['searchPending'];
      form.requestSubmit();
    }
  });
}
