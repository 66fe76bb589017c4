// Placeholder: the Pagefind index is built here after `astro build` (search issue).
console.log('search index: not built yet');
