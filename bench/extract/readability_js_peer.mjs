// Peer for `byline-bench extraction`: Mozilla's Readability (readability.js, the library behind Firefox Reader View)
// on jsdom, over the same pages; its article text written as JSON {page: text} for `--texts`. DIR is either
// readability's test-page folder (NAME/source.html) or trafilatura's test folder (evaldata.json, eval/, cache/).
// Needs @mozilla/readability and jsdom from npm in NODE_PATH (bench/extract/peers.sh installs them under /tmp).
// Usage: node bench/extract/readability_js_peer.mjs DIR OUT.json
import fs from "node:fs";
import path from "node:path";
import { createRequire } from "node:module";

const require = createRequire(path.join(process.env.NODE_PATH || process.cwd(), "x.js"));
const { JSDOM, VirtualConsole } = require("jsdom");
const { Readability } = require("@mozilla/readability");

const BLOCKS = "p,h1,h2,h3,h4,h5,h6,li,pre,blockquote,td,div,br,tr";

function textOf(raw) {
  try {
    // decoded as the page declares in its first 4 KB (jsdom alone looks at the first 1 KB only, then guesses
    // windows-1252), else as UTF-8, as Byline and the other peers read it
    const declared = /<meta[^>]+charset\s*=\s*["']?([\w-]+)/i.exec(raw.subarray(0, 4096).toString("latin1"));
    let input;
    try { input = new TextDecoder(declared ? declared[1] : "utf-8").decode(raw); }
    catch (e) { input = new TextDecoder("utf-8").decode(raw); }
    const dom = new JSDOM(input, { url: "http://fakehost/test/page.html", virtualConsole: new VirtualConsole() });
    const article = new Readability(dom.window.document).parse();
    dom.window.close();
    if (!article || !article.content) return "";
    const out = new JSDOM(`<body>${article.content}</body>`, { virtualConsole: new VirtualConsole() });
    const body = out.window.document.body;
    // block ends become line breaks, so words of adjacent paragraphs are not glued together
    for (const el of body.querySelectorAll(BLOCKS)) el.after("\n");
    const text = body.textContent.split("\n").map(l => l.split(/\s+/).filter(Boolean).join(" ")).filter(Boolean)
      .join("\n\n");
    out.window.close();
    return text;
  } catch (e) { // a page the library cannot read gives no text, as a failed extraction would
    return "";
  }
}

function pages(folder) {
  const evaldata = path.join(folder, "evaldata.json");
  const found = [];
  if (fs.existsSync(evaldata)) {
    for (const entry of Object.values(JSON.parse(fs.readFileSync(evaldata, "utf8")))) {
      for (const sub of ["cache", "eval"]) {
        const p = path.join(folder, sub, entry.file);
        if (fs.existsSync(p)) { found.push([entry.file, p]); break; }
      }
    }
  } else {
    for (const name of fs.readdirSync(folder).sort()) {
      const p = path.join(folder, name, "source.html");
      if (fs.existsSync(p)) found.push([name, p]);
    }
  }
  return found;
}

const [folder, out] = process.argv.slice(2);
const texts = {};
for (const [name, p] of pages(folder)) texts[name] = textOf(fs.readFileSync(p));
fs.writeFileSync(out, JSON.stringify(texts));
console.error(`${Object.keys(texts).length} pages`);
