package main

import (
	"fmt"
	"sort"
	"unicode"
)

func count(t *unicode.RangeTable) int {
	n := 0
	for _, r := range t.R16 {
		n += int((r.Hi-r.Lo)/r.Stride) + 1
	}
	for _, r := range t.R32 {
		n += int((r.Hi-r.Lo)/r.Stride) + 1
	}
	return n
}

func summary(name string, m map[string]*unicode.RangeTable) {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	total := 0
	for _, k := range keys {
		total += count(m[k])
	}
	fmt.Println(name, len(keys), total, keys[0], keys[len(keys)-1])
}

func main() {
	runes := []rune{'a', 'Z', '5', ' ', '!', 'é', 'Σ', 'ж', 'ע', 'ع', '中', 'あ', 'ア', '한', '\u0301', '😀', '𝔸', -1, 0x110000}
	tables := []struct {
		name string
		t    *unicode.RangeTable
	}{
		{"Latin", unicode.Latin}, {"Greek", unicode.Greek}, {"Cyrillic", unicode.Cyrillic},
		{"Hebrew", unicode.Hebrew}, {"Arabic", unicode.Arabic}, {"Han", unicode.Han},
		{"Hiragana", unicode.Hiragana}, {"Katakana", unicode.Katakana}, {"Hangul", unicode.Hangul},
		{"Common", unicode.Common}, {"Inherited", unicode.Inherited},
		{"Lu", unicode.Lu}, {"Ll", unicode.Ll}, {"Nd", unicode.Nd}, {"Mn", unicode.Mn},
		{"Po", unicode.Po}, {"So", unicode.So}, {"Zs", unicode.Zs}, {"White_Space", unicode.White_Space},
		{"ASCII_Hex_Digit", unicode.ASCII_Hex_Digit}, {"Other_Math", unicode.Other_Math},
	}
	for _, tb := range tables {
		fmt.Printf("%-16s %5d", tb.name, count(tb.t))
		for _, r := range runes {
			if unicode.Is(tb.t, r) {
				fmt.Print(" ", string(r))
			}
		}
		fmt.Println()
	}
	fmt.Println(unicode.In('ж', unicode.Latin, unicode.Cyrillic), unicode.In('ж', unicode.Latin, unicode.Greek))
	fmt.Println(unicode.IsOneOf(unicode.GraphicRanges, 'x'), unicode.IsOneOf(unicode.PrintRanges, '\u3000'))
	fmt.Println(unicode.Upper.R16[:3], unicode.Upper.LatinOffset, unicode.Latin.R32)
	fmt.Println(unicode.Letter == unicode.L, unicode.Categories["Lu"] == unicode.Upper)
	summary("Categories", unicode.Categories)
	summary("Scripts", unicode.Scripts)
	summary("Properties", unicode.Properties)
	summary("FoldCategory", unicode.FoldCategory)
	summary("FoldScript", unicode.FoldScript)
	fmt.Println(len(unicode.CaseRanges), unicode.CaseRanges[0], unicode.CaseRanges[len(unicode.CaseRanges)-1])
	for _, sc := range []unicode.SpecialCase{unicode.TurkishCase, unicode.AzeriCase} {
		for _, r := range []rune{'i', 'I', 'İ', 'ı', 'a', 'ǆ'} {
			fmt.Print(string(sc.ToUpper(r)), string(sc.ToLower(r)), string(sc.ToTitle(r)), " ")
		}
		fmt.Println()
	}
	// Every third rune of the first planes: the tables agree with the predicates.
	bad := 0
	for r := rune(0); r < 0x30000; r += 3 {
		if unicode.Is(unicode.Letter, r) != unicode.IsLetter(r) || unicode.Is(unicode.Upper, r) != unicode.IsUpper(r) ||
			unicode.Is(unicode.Punct, r) != unicode.IsPunct(r) || unicode.In(r, unicode.PrintRanges...) != unicode.IsPrint(r) && r != ' ' {
			bad++
		}
	}
	fmt.Println("disagreements:", bad)
}
