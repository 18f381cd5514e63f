package directory

import (
	"fmt"

	"github.com/goccy/go-yaml/ast"
	"github.com/goccy/go-yaml/parser"
)

// ynode is a YAML node reduced to what a directory file may contain, with
// the line it starts on. The file is walked by hand rather than decoded
// into structs because a decoder stops at the first wrong field, and apply
// must name every problem, each with its place in the file.
type ynode struct {
	kind  ykind
	line  int
	str   string   // scalar text; empty for null
	keys  []string // mapping keys, in file order
	keyAt []int    // line of each key
	vals  []*ynode // mapping values or sequence items
}

type ykind uint8

const (
	yNull ykind = iota
	yScalar
	yMap
	ySeq
)

func (k ykind) String() string {
	switch k {
	case yScalar:
		return "a value"
	case yMap:
		return "a mapping"
	case ySeq:
		return "a list"
	}
	return "nothing"
}

// parseYAML parses one YAML document into a ynode tree. Problems that
// concern single nodes (aliases, complex keys) are reported through p and
// the node is left out; a syntax error is returned as an error.
func parseYAML(data []byte, p *problems) (*ynode, error) {
	if err := checkYAMLDepth(data); err != nil {
		return nil, err
	}
	f, err := parser.ParseBytes(data, 0)
	if err != nil {
		return nil, err
	}
	var docs []*ast.DocumentNode
	for _, d := range f.Docs {
		if d != nil && d.Body != nil {
			docs = append(docs, d)
		}
	}
	switch len(docs) {
	case 0:
		return &ynode{kind: yNull}, nil
	case 1:
		return convert(docs[0].Body, "", p), nil
	}
	return nil, fmt.Errorf("the file holds %d YAML documents; want one", len(docs))
}

func lineOf(n ast.Node) int {
	if n == nil {
		return 0
	}
	if t := n.GetToken(); t != nil && t.Position != nil {
		return t.Position.Line
	}
	return 0
}

func convert(n ast.Node, path string, p *problems) *ynode {
	switch v := n.(type) {
	case nil:
		return &ynode{kind: yNull}
	case *ast.NullNode:
		return &ynode{kind: yNull, line: lineOf(v)}
	case *ast.AnchorNode:
		return convert(v.Value, path, p)
	case *ast.TagNode:
		return convert(v.Value, path, p)
	case *ast.AliasNode:
		p.add(path, lineOf(v), "YAML aliases are not supported here; write the value out")
		return &ynode{kind: yNull, line: lineOf(v)}
	case *ast.CommentNode, *ast.CommentGroupNode:
		return &ynode{kind: yNull}
	case *ast.MappingNode:
		m := &ynode{kind: yMap, line: lineOf(v)}
		for _, mv := range v.Values {
			addPair(m, mv, path, p)
		}
		return m
	case *ast.MappingValueNode:
		m := &ynode{kind: yMap, line: lineOf(v.Key)}
		addPair(m, v, path, p)
		return m
	case *ast.SequenceNode:
		s := &ynode{kind: ySeq, line: lineOf(v)}
		for i, item := range v.Values {
			s.vals = append(s.vals, convert(item, fmt.Sprintf("%s[%d]", path, i), p))
		}
		return s
	case ast.ScalarNode:
		return &ynode{kind: yScalar, line: lineOf(v), str: scalarText(v)}
	}
	p.add(path, lineOf(n), fmt.Sprintf("unsupported YAML node %s", n.Type()))
	return &ynode{kind: yNull, line: lineOf(n)}
}

func addPair(m *ynode, mv *ast.MappingValueNode, path string, p *problems) {
	k, ok := mv.Key.(ast.ScalarNode)
	if !ok || mv.Key.IsMergeKey() {
		p.add(path, lineOf(mv.Key), "only plain keys are supported (no merge keys or complex keys)")
		return
	}
	key := scalarText(k)
	m.keys = append(m.keys, key)
	m.keyAt = append(m.keyAt, lineOf(mv.Key))
	m.vals = append(m.vals, convert(mv.Value, join(path, key), p))
}

// scalarText returns a scalar as written, so that "0.90" stays "0.90" and
// thresholds are parsed without a float in between.
func scalarText(n ast.ScalarNode) string {
	switch v := n.(type) {
	case *ast.StringNode:
		return v.Value
	case *ast.LiteralNode:
		return v.Value.Value
	}
	if t := n.GetToken(); t != nil {
		return t.Value
	}
	return fmt.Sprint(n.GetValue())
}

func join(path, key string) string {
	if path == "" {
		return key
	}
	return path + "." + key
}

// maxYAMLDepth bounds how deep a directory file may nest. A directory file
// nests four levels (a list of mappings of lists of values); the bound
// leaves room for any hand-written file.
const maxYAMLDepth = 64

// maxYAMLBrackets bounds the '[' and '{' open at once, counted anywhere
// outside quotes and comments (checkYAMLDepth): a plain scalar with an
// unclosed bracket counts too, so the bound is loose, but the parser's
// quadratic cost at this depth is a few megabytes.
const maxYAMLBrackets = 256

// checkYAMLDepth refuses a file nested deeper than maxYAMLDepth before the
// YAML parser sees it: the parser's memory grows with the square of the
// nesting depth, so "a: " followed by 100,000 '[' took gigabytes and the
// command was killed (review S24A-9). It is a cheap scan, not a parser:
// it counts flow collections ('[' and '{' where a node starts: at the
// start of a line, or after ':', '-', '?', ',', '[' or '{'), outside
// quoted scalars and comments, and block nesting by indentation (each
// deeper indentation, and each "- " of a compact sequence such as
// "- - - x", a level). Brackets inside a plain scalar (https://[::1]/)
// are not where a node starts, so they are not counted; a node's
// properties (an anchor "&a", a tag "!t") and a document marker ("---")
// leave the start open. As a bound that needs no grammar at all, every
// '[' and '{' outside quotes and comments is also counted, wherever it
// stands, up to maxYAMLBrackets open at once (review S24B-1: an anchor,
// a tag or "--- " before the brackets got past the first count, and the
// parser took 3 GB).
func checkYAMLDepth(data []byte) error {
	line := 1
	flow := 0         // open flow collections
	raw := 0          // '[' and '{' open, wherever they stand
	var indents []int // block levels: the column each starts at
	// start is whether a node may start at this point of the line: only
	// blanks, or one of the indicators above, since the line began.
	start, lineStart, col := true, true, 0
	refuse := func(what string, limit int) error {
		return fmt.Errorf("line %d: %s nested deeper than %d levels; a directory file needs a handful", line, what, limit)
	}
	for i := 0; i < len(data); i++ {
		c := data[i]
		switch {
		case c == '\n':
			line++
			start, lineStart, col = true, true, 0
			continue
		case c == ' ' || c == '\t' || c == '\r':
			col++
			continue
		case c == '#' && (i == 0 || isYAMLBlank(data[i-1])):
			for i+1 < len(data) && data[i+1] != '\n' {
				i++
			}
			continue
		}
		if lineStart && flow == 0 {
			// The first character of a line in block context: its
			// indentation closes the deeper levels and opens one.
			for len(indents) > 0 && indents[len(indents)-1] >= col {
				indents = indents[:len(indents)-1]
			}
			indents = append(indents, col)
			if len(indents) > maxYAMLDepth {
				return refuse("block collections", maxYAMLDepth)
			}
		}
		wasLineStart := lineStart
		lineStart = false
		col++
		blankNext := i+1 == len(data) || isYAMLBlank(data[i+1])
		switch c {
		case '[', '{':
			if raw++; raw > maxYAMLBrackets {
				return refuse("'[' and '{'", maxYAMLBrackets)
			}
		case ']', '}':
			raw = max(raw-1, 0)
		}
		switch {
		case start && (c == '&' || c == '!'):
			// A node's anchor or tag: the node itself follows.
			for i+1 < len(data) && !isYAMLBlank(data[i+1]) && data[i+1] != '[' && data[i+1] != '{' {
				i++
				col++
			}
			continue // start stays
		case wasLineStart && (c == '-' || c == '.') && i+2 < len(data) && data[i+1] == c && data[i+2] == c &&
			(i+3 == len(data) || isYAMLBlank(data[i+3])):
			// "---" or "...": a document marker, after which a node may start.
			i += 2
			col += 2
			continue // start stays
		case start && (c == '[' || c == '{'):
			if flow++; flow > maxYAMLDepth {
				return refuse("'[' and '{'", maxYAMLDepth)
			}
			continue // start stays: a node may follow
		case flow > 0 && (c == ']' || c == '}'):
			flow--
		case start && flow == 0 && (c == '-' || c == '?') && blankNext:
			// A block sequence entry (or complex key) nests what follows
			// it, on this line too: "- - - x" is three levels.
			indents = append(indents, col)
			if len(indents) > maxYAMLDepth {
				return refuse("block collections", maxYAMLDepth)
			}
			continue // start stays
		case start && (c == '\'' || c == '"'):
			// A quoted scalar: skip to its closing quote ('' and \"
			// escape one), counting its lines.
			for i++; i < len(data); i++ {
				if data[i] == '\n' {
					line++
				}
				if c == '"' && data[i] == '\\' {
					i++
					continue
				}
				if data[i] == c {
					if c == '\'' && i+1 < len(data) && data[i+1] == '\'' {
						i++
						continue
					}
					break
				}
			}
			start = false
			continue
		}
		// In block context only ": " starts a node inside a line (a plain
		// scalar may hold '[', ',' and '-'); in flow context ',' and ':'
		// do too.
		start = c == ':' && (blankNext || flow > 0) || c == ',' && flow > 0
	}
	return nil
}

func isYAMLBlank(c byte) bool { return c == ' ' || c == '\t' || c == '\n' || c == '\r' }
