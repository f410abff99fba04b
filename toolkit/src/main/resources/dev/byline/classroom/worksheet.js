// Byline worksheet self-checks: no network, no library. The normal form and the hash are those of
// dev.byline.classroom.AnswerForm; change both together.
(function () {
  "use strict";
  var K = [0x428a2f98,0x71374491,0xb5c0fbcf,0xe9b5dba5,0x3956c25b,0x59f111f1,0x923f82a4,0xab1c5ed5,
    0xd807aa98,0x12835b01,0x243185be,0x550c7dc3,0x72be5d74,0x80deb1fe,0x9bdc06a7,0xc19bf174,0xe49b69c1,0xefbe4786,
    0x0fc19dc6,0x240ca1cc,0x2de92c6f,0x4a7484aa,0x5cb0a9dc,0x76f988da,0x983e5152,0xa831c66d,0xb00327c8,0xbf597fc7,
    0xc6e00bf3,0xd5a79147,0x06ca6351,0x14292967,0x27b70a85,0x2e1b2138,0x4d2c6dfc,0x53380d13,0x650a7354,0x766a0abb,
    0x81c2c92e,0x92722c85,0xa2bfe8a1,0xa81a664b,0xc24b8b70,0xc76c51a3,0xd192e819,0xd6990624,0xf40e3585,0x106aa070,
    0x19a4c116,0x1e376c08,0x2748774c,0x34b0bcb5,0x391c0cb3,0x4ed8aa4a,0x5b9cca4f,0x682e6ff3,0x748f82ee,0x78a5636f,
    0x84c87814,0x8cc70208,0x90befffa,0xa4506ceb,0xbef9a3f7,0xc67178f2];
  // SHA-256 (FIPS 180-4) of a string's UTF-8 bytes, as lower-case hex.
  function sha256(text) {
    var bytes = Array.from(new TextEncoder().encode(text)), bits = bytes.length * 8;
    bytes.push(0x80);
    while (bytes.length % 64 !== 56) bytes.push(0);
    for (var s = 56; s >= 0; s -= 8) bytes.push(s >= 32 ? Math.floor(bits / Math.pow(2, s)) & 0xff : (bits >>> s) & 0xff);
    var h = [0x6a09e667,0xbb67ae85,0x3c6ef372,0xa54ff53a,0x510e527f,0x9b05688c,0x1f83d9ab,0x5be0cd19], w = new Array(64);
    function r(x, n) { return (x >>> n) | (x << (32 - n)); }
    for (var i = 0; i < bytes.length; i += 64) {
      for (var t = 0; t < 64; t++) {
        if (t < 16) w[t] = (bytes[i+4*t] << 24) | (bytes[i+4*t+1] << 16) | (bytes[i+4*t+2] << 8) | bytes[i+4*t+3];
        else w[t] = (w[t-16] + (r(w[t-15],7) ^ r(w[t-15],18) ^ (w[t-15] >>> 3)) + w[t-7] + (r(w[t-2],17) ^ r(w[t-2],19) ^ (w[t-2] >>> 10))) | 0;
      }
      var a = h[0], b = h[1], c = h[2], d = h[3], e = h[4], f = h[5], g = h[6], k = h[7];
      for (t = 0; t < 64; t++) {
        var t1 = (k + (r(e,6) ^ r(e,11) ^ r(e,25)) + ((e & f) ^ (~e & g)) + K[t] + w[t]) | 0;
        var t2 = ((r(a,2) ^ r(a,13) ^ r(a,22)) + ((a & b) ^ (a & c) ^ (b & c))) | 0;
        k = g; g = f; f = e; e = (d + t1) | 0; d = c; c = b; b = a; a = (t1 + t2) | 0;
      }
      h = [h[0]+a, h[1]+b, h[2]+c, h[3]+d, h[4]+e, h[5]+f, h[6]+g, h[7]+k].map(function (x) { return x | 0; });
    }
    return h.map(function (x) { return (x >>> 0).toString(16).padStart(8, "0"); }).join("");
  }
  function item(raw) {
    var s = raw.replace(/[\u2018\u2019]/g, "'").replace(/[\u201C\u201D]/g, '"');
    s = s.replace(/^[ \t\n\x0B\f\r]+|[ \t\n\x0B\f\r]+$/g, "").replace(/[ \t\n\x0B\f\r]+/g, " ").toLowerCase();
    s = s.replace(/\.(txt|md|markdown|json|jsonl|csv|html?|warc|warc\.gz)$/, "");
    s = s.replace(/[ \t\n\x0B\f\r]*(=>|->|\u2192|=)[ \t\n\x0B\f\r]*/g, "=>");
    s = s.replace(/^["'.,;:!? \t\n\x0B\f\r]+|["'.,;:!? \t\n\x0B\f\r]+$/g, "");
    if (/^-?\d+\.\d+$/.test(s)) s = s.replace(/0+$/, "").replace(/\.$/, "");
    return s;
  }
  function items(text) {
    var seen = {};
    text.split(/[\n;]/).map(item).forEach(function (x) { if (x) seen[x] = true; });
    return Object.keys(seen).sort();
  }
  function hash(id, list) { return sha256(id + "\n" + list.join("\n")); }
  var key = JSON.parse(document.getElementById("byline-key").textContent), tries = {};
  function check(id, text) {
    var e = key.questions[id], list = items(text);
    if (!e.kind) return ["none", "The tools find no answer to this one here (" + e.missing + "); skip it."];
    if (!list.length) return ["none", "Write your answer in the box first."];
    var good = e.kind === "one" ? (e.accept.indexOf(hash(id, list)) >= 0 ? 1 : 0)
        : list.filter(function (x) { return e.accept.indexOf(hash(id, [x])) >= 0; }).length;
    if (good >= e.need) return ["right", "\u2713 Right. " + e.right];
    tries[id] = (tries[id] || 0) + 1;
    var hint = e.hints.length ? e.hints[Math.min(tries[id], e.hints.length) - 1] : "";
    if (e.kind === "some" && good > 0) return ["partly", "\u25D0 " + good + " of the " + e.need + " needed are right. " + hint];
    return ["wrong", "\u2717 Not yet. " + hint];
  }
  document.querySelectorAll("form.answer").forEach(function (form) {
    form.addEventListener("submit", function (ev) {
      ev.preventDefault();
      var out = form.querySelector(".feedback"), res = check(form.dataset.question, form.querySelector("textarea").value);
      out.className = "feedback " + res[0];
      out.textContent = res[1];
    });
  });
  window.bylineWorksheet = { check: check, sha256: sha256, item: item };
})();
