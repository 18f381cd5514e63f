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
