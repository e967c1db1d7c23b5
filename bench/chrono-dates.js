// bench/chrono-dates.js - the peer for nf-dates in bench/extra-dates.sh:
// chrono-node over the same sentence records (JSON Lines on a file),
// English or Chinese parser, anchored like nf-dates (published, else the
// record's date is unknown and chrono uses its own default).  Prints the
// number of dates found on stderr.
//
//   node bench/chrono-dates.js en|zh FILE
'use strict';
const fs = require('fs');
const readline = require('readline');
const chrono = require('chrono-node');

const [lang, file] = process.argv.slice(2);
const parser = lang === 'zh' ? chrono.zh : chrono.en;
let found = 0;
const rl = readline.createInterface({ input: fs.createReadStream(file), crlfDelay: Infinity });
rl.on('line', (line) => {
	if (!line) return;
	const rec = JSON.parse(line);
	const ref = rec.published ? new Date(rec.published.slice(0, 10)) : undefined;
	found += parser.parse(rec.text || '', ref).length;
});
rl.on('close', () => process.stderr.write(`chrono-node ${lang}: ${found} dates\n`));
