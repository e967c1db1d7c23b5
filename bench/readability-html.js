// bench/readability-html.js - Mozilla Readability (on linkedom) over HTML
// pages, for bench/extra-html.sh: one JSON line per page, {"page", "text"}
// (the article's textContent, "" when Readability finds none), written to
// OUT.  Usage: node readability-html.js OUT PAGE...
'use strict';
const fs = require('fs');
const { parseHTML } = require('linkedom');
const { Readability } = require('@mozilla/readability');

const [out, ...pages] = process.argv.slice(2);
const lines = [];
for (const page of pages) {
	const html = fs.readFileSync(page, 'utf8');
	let text = '';
	try {
		const { document } = parseHTML(html);
		const article = new Readability(document).parse();
		text = article && article.textContent ? article.textContent : '';
	} catch (e) {
		text = '';
	}
	lines.push(JSON.stringify({ page, text }));
}
fs.writeFileSync(out, lines.join('\n') + '\n');
