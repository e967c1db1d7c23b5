// bench/recognizers-figures.js - the peer for nf-figures in
// bench/extra-figures.sh: Microsoft Recognizers-Text over the same sentence
// records (JSON Lines on a file), English or Chinese models, asking for what
// nf-figures reports that Recognizers-Text has models for: currency,
// dimension (quantities) and percentage.  Prints the number found on stderr.
//
//   node bench/recognizers-figures.js en|zh FILE
'use strict';
const fs = require('fs');
const readline = require('readline');
const Unit = require('@microsoft/recognizers-text-number-with-unit');
const Num = require('@microsoft/recognizers-text-number');

const [lang, file] = process.argv.slice(2);
const culture = lang === 'zh' ? Unit.Culture.Chinese : Unit.Culture.English;
let found = 0;
const rl = readline.createInterface({ input: fs.createReadStream(file), crlfDelay: Infinity });
rl.on('line', (line) => {
	if (!line) return;
	const text = JSON.parse(line).text || '';
	found += Unit.recognizeCurrency(text, culture).length;
	found += Unit.recognizeDimension(text, culture).length;
	found += Num.recognizePercentage(text, culture).length;
});
rl.on('close', () => process.stderr.write(`Recognizers-Text ${lang}: ${found} figures\n`));
