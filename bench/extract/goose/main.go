// Peer for `byline-bench extraction`: GoOse (Debian's golang-github-advancedlogic-goose-dev, a Go port of the
// Goose article extractor) over the same pages, its cleaned text written as JSON {page: text} for `--texts`. DIR is
// readability's test-page folder (NAME/source.html) or trafilatura's test folder (evaldata.json, eval/, cache/).
// Build against Debian's Go sources (bench/extract/peers.sh does):
// GO111MODULE=off GOPATH=/usr/share/gocode go build -o /tmp/goose-peer bench/extract/goose/main.go
// Usage: /tmp/goose-peer DIR OUT.json
package main

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"sort"

	goose "github.com/advancedlogic/GoOse"
)

func textOf(g goose.Goose, raw []byte) (text string) {
	defer func() { // a page the library cannot read gives no text, as a failed extraction would
		if recover() != nil {
			text = ""
		}
	}()
	// GoOse decodes the page itself, from its declared charset
	article, err := g.ExtractFromRawHTML(string(raw), "http://fakehost/test/page.html")
	if err != nil || article == nil {
		return ""
	}
	return article.CleanedText
}

func main() {
	folder, out := os.Args[1], os.Args[2]
	pages := map[string]string{}
	if data, err := os.ReadFile(filepath.Join(folder, "evaldata.json")); err == nil {
		var entries map[string]struct {
			File string `json:"file"`
		}
		if err := json.Unmarshal(data, &entries); err != nil {
			panic(err)
		}
		for _, e := range entries {
			for _, sub := range []string{"cache", "eval"} {
				p := filepath.Join(folder, sub, e.File)
				if _, err := os.Stat(p); err == nil {
					pages[e.File] = p
					break
				}
			}
		}
	} else {
		dirs, _ := os.ReadDir(folder)
		for _, d := range dirs {
			p := filepath.Join(folder, d.Name(), "source.html")
			if _, err := os.Stat(p); err == nil {
				pages[d.Name()] = p
			}
		}
	}
	names := make([]string, 0, len(pages))
	for n := range pages {
		names = append(names, n)
	}
	sort.Strings(names)
	g := goose.New()
	texts := map[string]string{}
	for _, n := range names {
		raw, err := os.ReadFile(pages[n])
		if err != nil {
			panic(err)
		}
		texts[n] = textOf(g, raw)
	}
	data, _ := json.Marshal(texts)
	if err := os.WriteFile(out, data, 0o644); err != nil {
		panic(err)
	}
	fmt.Fprintf(os.Stderr, "%d pages\n", len(texts))
}
