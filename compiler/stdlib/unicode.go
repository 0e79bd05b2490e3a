// Package unicode: govm's Go 1.19 unicode. The predicates and case mappings
// are native (runtime/lib/unicode.cpp) over compact tables generated from
// Go's own package unicode (runtime/lib/gen/gen_unicode.go ->
// unicode_tables.cpp). The exported range tables are Go's exactly: their
// data is native too (gen_unicode_ranges.go -> unicode_range_tables.cpp),
// copied into Go slices when the package is initialized; Is, In, IsOneOf
// and SpecialCase are Go's code.
package unicode

const (
	MaxRune         = '\U0010FFFF' // Maximum valid Unicode code point.
	ReplacementChar = '\uFFFD'     // Represents invalid code points.
	MaxASCII        = '\u007F'     // maximum ASCII value.
	MaxLatin1       = '\u00FF'     // maximum Latin-1 value.
)

// RangeTable defines a set of Unicode code points by listing the ranges of
// code points within the set. The ranges are listed in two slices
// to save space: a slice of 16-bit ranges and a slice of 32-bit ranges.
// The two slices must be in sorted order and non-overlapping.
// Also, R32 should contain only values >= 0x10000 (1<<16).
type RangeTable struct {
	R16         []Range16
	R32         []Range32
	LatinOffset int // number of entries in R16 with Hi <= MaxLatin1
}

// Range16 represents of a range of 16-bit Unicode code points. The range runs from Lo to Hi
// inclusive and has the specified stride.
type Range16 struct {
	Lo     uint16
	Hi     uint16
	Stride uint16
}

// Range32 represents of a range of Unicode code points and is used when one or
// more of the values will not fit in 16 bits. The range runs from Lo to Hi
// inclusive and has the specified stride. Lo and Hi must always be >= 1<<16.
type Range32 struct {
	Lo     uint32
	Hi     uint32
	Stride uint32
}

// CaseRange represents a range of Unicode code points for simple (one
// code point to one code point) case conversion.
// The range runs from Lo to Hi inclusive, with a fixed stride of 1. Deltas
// are the number to add to the code point to reach the code point for a
// different case for that character. They may be negative. If zero, it
// means the character is in the corresponding case. There is a special
// case representing sequences of alternating corresponding Upper and Lower
// pairs. It appears with a fixed Delta of
//
//	{UpperLower, UpperLower, UpperLower}
//
// The constant UpperLower has an otherwise impossible delta value.
type CaseRange struct {
	Lo    uint32
	Hi    uint32
	Delta d
}

// SpecialCase represents language-specific case mappings such as Turkish.
// Methods of SpecialCase customize (by overriding) the standard mappings.
type SpecialCase []CaseRange

// Indices into the Delta arrays inside CaseRanges for case mapping.
const (
	UpperCase = iota
	LowerCase
	TitleCase
	MaxCase
)

type d [MaxCase]rune // to make the CaseRanges text shorter

// If the Delta field of a CaseRange is UpperLower, it means
// this CaseRange represents a sequence of the form (say)
// Upper Lower Upper Lower.
const (
	UpperLower = MaxRune + 1 // (Cannot be a valid delta.)
)

// linearMax is the maximum size table for linear search for non-Latin1 rune.
const linearMax = 18

// is16 reports whether r is in the sorted slice of 16-bit ranges.
func is16(ranges []Range16, r uint16) bool {
	if len(ranges) <= linearMax || r <= MaxLatin1 {
		for i := range ranges {
			range_ := &ranges[i]
			if r < range_.Lo {
				return false
			}
			if r <= range_.Hi {
				return range_.Stride == 1 || (r-range_.Lo)%range_.Stride == 0
			}
		}
		return false
	}
	lo := 0
	hi := len(ranges)
	for lo < hi {
		m := lo + (hi-lo)/2
		range_ := &ranges[m]
		if range_.Lo <= r && r <= range_.Hi {
			return range_.Stride == 1 || (r-range_.Lo)%range_.Stride == 0
		}
		if r < range_.Lo {
			hi = m
		} else {
			lo = m + 1
		}
	}
	return false
}

// is32 reports whether r is in the sorted slice of 32-bit ranges.
func is32(ranges []Range32, r uint32) bool {
	if len(ranges) <= linearMax {
		for i := range ranges {
			range_ := &ranges[i]
			if r < range_.Lo {
				return false
			}
			if r <= range_.Hi {
				return range_.Stride == 1 || (r-range_.Lo)%range_.Stride == 0
			}
		}
		return false
	}
	lo := 0
	hi := len(ranges)
	for lo < hi {
		m := lo + (hi-lo)/2
		range_ := ranges[m]
		if range_.Lo <= r && r <= range_.Hi {
			return range_.Stride == 1 || (r-range_.Lo)%range_.Stride == 0
		}
		if r < range_.Lo {
			hi = m
		} else {
			lo = m + 1
		}
	}
	return false
}

// Is reports whether the rune is in the specified table of ranges.
func Is(rangeTab *RangeTable, r rune) bool {
	r16 := rangeTab.R16
	// Compare as uint32 to correctly handle negative runes.
	if len(r16) > 0 && uint32(r) <= uint32(r16[len(r16)-1].Hi) {
		return is16(r16, uint16(r))
	}
	r32 := rangeTab.R32
	if len(r32) > 0 && r >= rune(r32[0].Lo) {
		return is32(r32, uint32(r))
	}
	return false
}

// IsOneOf reports whether the rune is a member of one of the ranges.
// The function "In" provides a nicer signature and should be used in preference to IsOneOf.
func IsOneOf(ranges []*RangeTable, r rune) bool {
	for _, inside := range ranges {
		if Is(inside, r) {
			return true
		}
	}
	return false
}

// In reports whether the rune is a member of one of the ranges.
func In(r rune, ranges ...*RangeTable) bool {
	for _, inside := range ranges {
		if Is(inside, r) {
			return true
		}
	}
	return false
}

// GraphicRanges defines the set of graphic characters according to Unicode.
var GraphicRanges = []*RangeTable{
	L, M, N, P, S, Zs,
}

// PrintRanges defines the set of printable characters according to Go.
// ASCII space, U+0020, is handled separately.
var PrintRanges = []*RangeTable{
	L, M, N, P, S,
}

// to maps the rune using the specified case mapping.
// It additionally reports whether caseRange contained a mapping for r.
func to(_case int, r rune, caseRange []CaseRange) (mappedRune rune, foundMapping bool) {
	if _case < 0 || MaxCase <= _case {
		return ReplacementChar, false // as reasonable an error as any
	}
	lo := 0
	hi := len(caseRange)
	for lo < hi {
		m := lo + (hi-lo)/2
		cr := caseRange[m]
		if rune(cr.Lo) <= r && r <= rune(cr.Hi) {
			delta := cr.Delta[_case]
			if delta > MaxRune {
				// An Upper-Lower sequence: even offsets are upper case, odd
				// ones lower case (UpperCase and TitleCase are even).
				return rune(cr.Lo) + ((r-rune(cr.Lo))&^1 | rune(_case&1)), true
			}
			return r + delta, true
		}
		if r < rune(cr.Lo) {
			hi = m
		} else {
			lo = m + 1
		}
	}
	return r, false
}

// ToUpper maps the rune to upper case giving priority to the special mapping.
func (special SpecialCase) ToUpper(r rune) rune {
	r1, hadMapping := to(UpperCase, r, []CaseRange(special))
	if r1 == r && !hadMapping {
		r1 = ToUpper(r)
	}
	return r1
}

// ToTitle maps the rune to title case giving priority to the special mapping.
func (special SpecialCase) ToTitle(r rune) rune {
	r1, hadMapping := to(TitleCase, r, []CaseRange(special))
	if r1 == r && !hadMapping {
		r1 = ToTitle(r)
	}
	return r1
}

// ToLower maps the rune to lower case giving priority to the special mapping.
func (special SpecialCase) ToLower(r rune) rune {
	r1, hadMapping := to(LowerCase, r, []CaseRange(special))
	if r1 == r && !hadMapping {
		r1 = ToLower(r)
	}
	return r1
}

var TurkishCase SpecialCase = _TurkishCase
var _TurkishCase = SpecialCase{
	CaseRange{0x0049, 0x0049, d{0, 0x131 - 0x49, 0}},
	CaseRange{0x0069, 0x0069, d{0x130 - 0x69, 0, 0x130 - 0x69}},
	CaseRange{0x0130, 0x0130, d{0, 0x69 - 0x130, 0}},
	CaseRange{0x0131, 0x0131, d{0x49 - 0x131, 0, 0x49 - 0x131}},
}

var AzeriCase SpecialCase = _TurkishCase

// CaseRanges is the table describing case mappings for all letters with
// non-self mappings.
var CaseRanges = caseRanges()

func caseRanges() []CaseRange {
	ranges := make([]CaseRange, caseRangeCount())
	fillCaseRanges(ranges)
	return ranges
}

// rangeTable copies Go's table number i (unicode_range_tables.cpp).
func rangeTable(i int) *RangeTable {
	n16, n32, latinOffset := rangeTableSize(i)
	t := &RangeTable{LatinOffset: latinOffset}
	if n16 > 0 {
		t.R16 = make([]Range16, n16)
	}
	if n32 > 0 {
		t.R32 = make([]Range32, n32)
	}
	fillRangeTable(i, t.R16, t.R32)
	return t
}

// The natives behind rangeTable and caseRanges: sizes, then the entries
// written into the slices given (which they do not keep).
func rangeTableSize(i int) (n16, n32, latinOffset int)

//govm:escape -|-|-
func fillRangeTable(i int, r16 []Range16, r32 []Range32)

func caseRangeCount() int

//govm:escape -
func fillCaseRanges(ranges []CaseRange)

// Version is the Unicode edition from which the tables are derived.
const Version = "13.0.0"

// IsControl reports whether the rune is a control character.
func IsControl(r rune) bool {
	if uint32(r) <= MaxLatin1 {
		return uint32(r) < 0x20 || 0x7F <= r && r < 0xA0
	}
	return false
}

// IsDigit reports whether the rune is a decimal digit.
func IsDigit(r rune) bool

// IsGraphic reports whether the rune is defined as a Graphic by Unicode.
func IsGraphic(r rune) bool

// IsLetter reports whether the rune is a letter (category L).
func IsLetter(r rune) bool

// IsLower reports whether the rune is a lower case letter.
func IsLower(r rune) bool

// IsMark reports whether the rune is a mark character (category M).
func IsMark(r rune) bool

// IsNumber reports whether the rune is a number (category N).
func IsNumber(r rune) bool

// IsPrint reports whether the rune is defined as printable by Go.
func IsPrint(r rune) bool

// IsPunct reports whether the rune is a Unicode punctuation character (category P).
func IsPunct(r rune) bool

// IsSpace reports whether the rune is a space character as defined by
// Unicode's White Space property.
func IsSpace(r rune) bool

// IsSymbol reports whether the rune is a symbolic character.
func IsSymbol(r rune) bool

// IsTitle reports whether the rune is a title case letter.
func IsTitle(r rune) bool

// IsUpper reports whether the rune is an upper case letter.
func IsUpper(r rune) bool

// To maps the rune to the specified case: UpperCase, LowerCase, or TitleCase.
func To(_case int, r rune) rune

// ToLower maps the rune to lower case.
func ToLower(r rune) rune

// ToTitle maps the rune to title case.
func ToTitle(r rune) rune

// ToUpper maps the rune to upper case.
func ToUpper(r rune) rune

// SimpleFold iterates over Unicode code points equivalent under the
// Unicode-defined simple case folding.
func SimpleFold(r rune) rune

// Code below is generated by runtime/lib/gen/gen_unicode_ranges.go. DO NOT EDIT.
// From go1.19.8's unicode/tables.go.

var (
	ASCII_Hex_Digit = _ASCII_Hex_Digit
	Adlam = _Adlam
	Ahom = _Ahom
	Anatolian_Hieroglyphs = _Anatolian_Hieroglyphs
	Arabic = _Arabic
	Armenian = _Armenian
	Avestan = _Avestan
	Balinese = _Balinese
	Bamum = _Bamum
	Bassa_Vah = _Bassa_Vah
	Batak = _Batak
	Bengali = _Bengali
	Bhaiksuki = _Bhaiksuki
	Bidi_Control = _Bidi_Control
	Bopomofo = _Bopomofo
	Brahmi = _Brahmi
	Braille = _Braille
	Buginese = _Buginese
	Buhid = _Buhid
	C = _C
	Canadian_Aboriginal = _Canadian_Aboriginal
	Carian = _Carian
	Caucasian_Albanian = _Caucasian_Albanian
	Cc = _Cc
	Cf = _Cf
	Chakma = _Chakma
	Cham = _Cham
	Cherokee = _Cherokee
	Chorasmian = _Chorasmian
	Co = _Co
	Common = _Common
	Coptic = _Coptic
	Cs = _Cs
	Cuneiform = _Cuneiform
	Cypriot = _Cypriot
	Cyrillic = _Cyrillic
	Dash = _Dash
	Deprecated = _Deprecated
	Deseret = _Deseret
	Devanagari = _Devanagari
	Diacritic = _Diacritic
	Digit = _Nd
	Dives_Akuru = _Dives_Akuru
	Dogra = _Dogra
	Duployan = _Duployan
	Egyptian_Hieroglyphs = _Egyptian_Hieroglyphs
	Elbasan = _Elbasan
	Elymaic = _Elymaic
	Ethiopic = _Ethiopic
	Extender = _Extender
	Georgian = _Georgian
	Glagolitic = _Glagolitic
	Gothic = _Gothic
	Grantha = _Grantha
	Greek = _Greek
	Gujarati = _Gujarati
	Gunjala_Gondi = _Gunjala_Gondi
	Gurmukhi = _Gurmukhi
	Han = _Han
	Hangul = _Hangul
	Hanifi_Rohingya = _Hanifi_Rohingya
	Hanunoo = _Hanunoo
	Hatran = _Hatran
	Hebrew = _Hebrew
	Hex_Digit = _Hex_Digit
	Hiragana = _Hiragana
	Hyphen = _Hyphen
	IDS_Binary_Operator = _IDS_Binary_Operator
	IDS_Trinary_Operator = _IDS_Trinary_Operator
	Ideographic = _Ideographic
	Imperial_Aramaic = _Imperial_Aramaic
	Inherited = _Inherited
	Inscriptional_Pahlavi = _Inscriptional_Pahlavi
	Inscriptional_Parthian = _Inscriptional_Parthian
	Javanese = _Javanese
	Join_Control = _Join_Control
	Kaithi = _Kaithi
	Kannada = _Kannada
	Katakana = _Katakana
	Kayah_Li = _Kayah_Li
	Kharoshthi = _Kharoshthi
	Khitan_Small_Script = _Khitan_Small_Script
	Khmer = _Khmer
	Khojki = _Khojki
	Khudawadi = _Khudawadi
	L = _L
	Lao = _Lao
	Latin = _Latin
	Lepcha = _Lepcha
	Letter = _L
	Limbu = _Limbu
	Linear_A = _Linear_A
	Linear_B = _Linear_B
	Lisu = _Lisu
	Ll = _Ll
	Lm = _Lm
	Lo = _Lo
	Logical_Order_Exception = _Logical_Order_Exception
	Lower = _Ll
	Lt = _Lt
	Lu = _Lu
	Lycian = _Lycian
	Lydian = _Lydian
	M = _M
	Mahajani = _Mahajani
	Makasar = _Makasar
	Malayalam = _Malayalam
	Mandaic = _Mandaic
	Manichaean = _Manichaean
	Marchen = _Marchen
	Mark = _M
	Masaram_Gondi = _Masaram_Gondi
	Mc = _Mc
	Me = _Me
	Medefaidrin = _Medefaidrin
	Meetei_Mayek = _Meetei_Mayek
	Mende_Kikakui = _Mende_Kikakui
	Meroitic_Cursive = _Meroitic_Cursive
	Meroitic_Hieroglyphs = _Meroitic_Hieroglyphs
	Miao = _Miao
	Mn = _Mn
	Modi = _Modi
	Mongolian = _Mongolian
	Mro = _Mro
	Multani = _Multani
	Myanmar = _Myanmar
	N = _N
	Nabataean = _Nabataean
	Nandinagari = _Nandinagari
	Nd = _Nd
	New_Tai_Lue = _New_Tai_Lue
	Newa = _Newa
	Nko = _Nko
	Nl = _Nl
	No = _No
	Noncharacter_Code_Point = _Noncharacter_Code_Point
	Number = _N
	Nushu = _Nushu
	Nyiakeng_Puachue_Hmong = _Nyiakeng_Puachue_Hmong
	Ogham = _Ogham
	Ol_Chiki = _Ol_Chiki
	Old_Hungarian = _Old_Hungarian
	Old_Italic = _Old_Italic
	Old_North_Arabian = _Old_North_Arabian
	Old_Permic = _Old_Permic
	Old_Persian = _Old_Persian
	Old_Sogdian = _Old_Sogdian
	Old_South_Arabian = _Old_South_Arabian
	Old_Turkic = _Old_Turkic
	Oriya = _Oriya
	Osage = _Osage
	Osmanya = _Osmanya
	Other = _C
	Other_Alphabetic = _Other_Alphabetic
	Other_Default_Ignorable_Code_Point = _Other_Default_Ignorable_Code_Point
	Other_Grapheme_Extend = _Other_Grapheme_Extend
	Other_ID_Continue = _Other_ID_Continue
	Other_ID_Start = _Other_ID_Start
	Other_Lowercase = _Other_Lowercase
	Other_Math = _Other_Math
	Other_Uppercase = _Other_Uppercase
	P = _P
	Pahawh_Hmong = _Pahawh_Hmong
	Palmyrene = _Palmyrene
	Pattern_Syntax = _Pattern_Syntax
	Pattern_White_Space = _Pattern_White_Space
	Pau_Cin_Hau = _Pau_Cin_Hau
	Pc = _Pc
	Pd = _Pd
	Pe = _Pe
	Pf = _Pf
	Phags_Pa = _Phags_Pa
	Phoenician = _Phoenician
	Pi = _Pi
	Po = _Po
	Prepended_Concatenation_Mark = _Prepended_Concatenation_Mark
	Ps = _Ps
	Psalter_Pahlavi = _Psalter_Pahlavi
	Punct = _P
	Quotation_Mark = _Quotation_Mark
	Radical = _Radical
	Regional_Indicator = _Regional_Indicator
	Rejang = _Rejang
	Runic = _Runic
	S = _S
	STerm = _Sentence_Terminal
	Samaritan = _Samaritan
	Saurashtra = _Saurashtra
	Sc = _Sc
	Sentence_Terminal = _Sentence_Terminal
	Sharada = _Sharada
	Shavian = _Shavian
	Siddham = _Siddham
	SignWriting = _SignWriting
	Sinhala = _Sinhala
	Sk = _Sk
	Sm = _Sm
	So = _So
	Soft_Dotted = _Soft_Dotted
	Sogdian = _Sogdian
	Sora_Sompeng = _Sora_Sompeng
	Soyombo = _Soyombo
	Space = _Z
	Sundanese = _Sundanese
	Syloti_Nagri = _Syloti_Nagri
	Symbol = _S
	Syriac = _Syriac
	Tagalog = _Tagalog
	Tagbanwa = _Tagbanwa
	Tai_Le = _Tai_Le
	Tai_Tham = _Tai_Tham
	Tai_Viet = _Tai_Viet
	Takri = _Takri
	Tamil = _Tamil
	Tangut = _Tangut
	Telugu = _Telugu
	Terminal_Punctuation = _Terminal_Punctuation
	Thaana = _Thaana
	Thai = _Thai
	Tibetan = _Tibetan
	Tifinagh = _Tifinagh
	Tirhuta = _Tirhuta
	Title = _Lt
	Ugaritic = _Ugaritic
	Unified_Ideograph = _Unified_Ideograph
	Upper = _Lu
	Vai = _Vai
	Variation_Selector = _Variation_Selector
	Wancho = _Wancho
	Warang_Citi = _Warang_Citi
	White_Space = _White_Space
	Yezidi = _Yezidi
	Yi = _Yi
	Z = _Z
	Zanabazar_Square = _Zanabazar_Square
	Zl = _Zl
	Zp = _Zp
	Zs = _Zs
)

var Categories = map[string]*RangeTable{
	"C": C,
	"Cc": Cc,
	"Cf": Cf,
	"Co": Co,
	"Cs": Cs,
	"L": L,
	"Ll": Ll,
	"Lm": Lm,
	"Lo": Lo,
	"Lt": Lt,
	"Lu": Lu,
	"M": M,
	"Mc": Mc,
	"Me": Me,
	"Mn": Mn,
	"N": N,
	"Nd": Nd,
	"Nl": Nl,
	"No": No,
	"P": P,
	"Pc": Pc,
	"Pd": Pd,
	"Pe": Pe,
	"Pf": Pf,
	"Pi": Pi,
	"Po": Po,
	"Ps": Ps,
	"S": S,
	"Sc": Sc,
	"Sk": Sk,
	"Sm": Sm,
	"So": So,
	"Z": Z,
	"Zl": Zl,
	"Zp": Zp,
	"Zs": Zs,
}

var Scripts = map[string]*RangeTable{
	"Adlam": Adlam,
	"Ahom": Ahom,
	"Anatolian_Hieroglyphs": Anatolian_Hieroglyphs,
	"Arabic": Arabic,
	"Armenian": Armenian,
	"Avestan": Avestan,
	"Balinese": Balinese,
	"Bamum": Bamum,
	"Bassa_Vah": Bassa_Vah,
	"Batak": Batak,
	"Bengali": Bengali,
	"Bhaiksuki": Bhaiksuki,
	"Bopomofo": Bopomofo,
	"Brahmi": Brahmi,
	"Braille": Braille,
	"Buginese": Buginese,
	"Buhid": Buhid,
	"Canadian_Aboriginal": Canadian_Aboriginal,
	"Carian": Carian,
	"Caucasian_Albanian": Caucasian_Albanian,
	"Chakma": Chakma,
	"Cham": Cham,
	"Cherokee": Cherokee,
	"Chorasmian": Chorasmian,
	"Common": Common,
	"Coptic": Coptic,
	"Cuneiform": Cuneiform,
	"Cypriot": Cypriot,
	"Cyrillic": Cyrillic,
	"Deseret": Deseret,
	"Devanagari": Devanagari,
	"Dives_Akuru": Dives_Akuru,
	"Dogra": Dogra,
	"Duployan": Duployan,
	"Egyptian_Hieroglyphs": Egyptian_Hieroglyphs,
	"Elbasan": Elbasan,
	"Elymaic": Elymaic,
	"Ethiopic": Ethiopic,
	"Georgian": Georgian,
	"Glagolitic": Glagolitic,
	"Gothic": Gothic,
	"Grantha": Grantha,
	"Greek": Greek,
	"Gujarati": Gujarati,
	"Gunjala_Gondi": Gunjala_Gondi,
	"Gurmukhi": Gurmukhi,
	"Han": Han,
	"Hangul": Hangul,
	"Hanifi_Rohingya": Hanifi_Rohingya,
	"Hanunoo": Hanunoo,
	"Hatran": Hatran,
	"Hebrew": Hebrew,
	"Hiragana": Hiragana,
	"Imperial_Aramaic": Imperial_Aramaic,
	"Inherited": Inherited,
	"Inscriptional_Pahlavi": Inscriptional_Pahlavi,
	"Inscriptional_Parthian": Inscriptional_Parthian,
	"Javanese": Javanese,
	"Kaithi": Kaithi,
	"Kannada": Kannada,
	"Katakana": Katakana,
	"Kayah_Li": Kayah_Li,
	"Kharoshthi": Kharoshthi,
	"Khitan_Small_Script": Khitan_Small_Script,
	"Khmer": Khmer,
	"Khojki": Khojki,
	"Khudawadi": Khudawadi,
	"Lao": Lao,
	"Latin": Latin,
	"Lepcha": Lepcha,
	"Limbu": Limbu,
	"Linear_A": Linear_A,
	"Linear_B": Linear_B,
	"Lisu": Lisu,
	"Lycian": Lycian,
	"Lydian": Lydian,
	"Mahajani": Mahajani,
	"Makasar": Makasar,
	"Malayalam": Malayalam,
	"Mandaic": Mandaic,
	"Manichaean": Manichaean,
	"Marchen": Marchen,
	"Masaram_Gondi": Masaram_Gondi,
	"Medefaidrin": Medefaidrin,
	"Meetei_Mayek": Meetei_Mayek,
	"Mende_Kikakui": Mende_Kikakui,
	"Meroitic_Cursive": Meroitic_Cursive,
	"Meroitic_Hieroglyphs": Meroitic_Hieroglyphs,
	"Miao": Miao,
	"Modi": Modi,
	"Mongolian": Mongolian,
	"Mro": Mro,
	"Multani": Multani,
	"Myanmar": Myanmar,
	"Nabataean": Nabataean,
	"Nandinagari": Nandinagari,
	"New_Tai_Lue": New_Tai_Lue,
	"Newa": Newa,
	"Nko": Nko,
	"Nushu": Nushu,
	"Nyiakeng_Puachue_Hmong": Nyiakeng_Puachue_Hmong,
	"Ogham": Ogham,
	"Ol_Chiki": Ol_Chiki,
	"Old_Hungarian": Old_Hungarian,
	"Old_Italic": Old_Italic,
	"Old_North_Arabian": Old_North_Arabian,
	"Old_Permic": Old_Permic,
	"Old_Persian": Old_Persian,
	"Old_Sogdian": Old_Sogdian,
	"Old_South_Arabian": Old_South_Arabian,
	"Old_Turkic": Old_Turkic,
	"Oriya": Oriya,
	"Osage": Osage,
	"Osmanya": Osmanya,
	"Pahawh_Hmong": Pahawh_Hmong,
	"Palmyrene": Palmyrene,
	"Pau_Cin_Hau": Pau_Cin_Hau,
	"Phags_Pa": Phags_Pa,
	"Phoenician": Phoenician,
	"Psalter_Pahlavi": Psalter_Pahlavi,
	"Rejang": Rejang,
	"Runic": Runic,
	"Samaritan": Samaritan,
	"Saurashtra": Saurashtra,
	"Sharada": Sharada,
	"Shavian": Shavian,
	"Siddham": Siddham,
	"SignWriting": SignWriting,
	"Sinhala": Sinhala,
	"Sogdian": Sogdian,
	"Sora_Sompeng": Sora_Sompeng,
	"Soyombo": Soyombo,
	"Sundanese": Sundanese,
	"Syloti_Nagri": Syloti_Nagri,
	"Syriac": Syriac,
	"Tagalog": Tagalog,
	"Tagbanwa": Tagbanwa,
	"Tai_Le": Tai_Le,
	"Tai_Tham": Tai_Tham,
	"Tai_Viet": Tai_Viet,
	"Takri": Takri,
	"Tamil": Tamil,
	"Tangut": Tangut,
	"Telugu": Telugu,
	"Thaana": Thaana,
	"Thai": Thai,
	"Tibetan": Tibetan,
	"Tifinagh": Tifinagh,
	"Tirhuta": Tirhuta,
	"Ugaritic": Ugaritic,
	"Vai": Vai,
	"Wancho": Wancho,
	"Warang_Citi": Warang_Citi,
	"Yezidi": Yezidi,
	"Yi": Yi,
	"Zanabazar_Square": Zanabazar_Square,
}

var Properties = map[string]*RangeTable{
	"ASCII_Hex_Digit": ASCII_Hex_Digit,
	"Bidi_Control": Bidi_Control,
	"Dash": Dash,
	"Deprecated": Deprecated,
	"Diacritic": Diacritic,
	"Extender": Extender,
	"Hex_Digit": Hex_Digit,
	"Hyphen": Hyphen,
	"IDS_Binary_Operator": IDS_Binary_Operator,
	"IDS_Trinary_Operator": IDS_Trinary_Operator,
	"Ideographic": Ideographic,
	"Join_Control": Join_Control,
	"Logical_Order_Exception": Logical_Order_Exception,
	"Noncharacter_Code_Point": Noncharacter_Code_Point,
	"Other_Alphabetic": Other_Alphabetic,
	"Other_Default_Ignorable_Code_Point": Other_Default_Ignorable_Code_Point,
	"Other_Grapheme_Extend": Other_Grapheme_Extend,
	"Other_ID_Continue": Other_ID_Continue,
	"Other_ID_Start": Other_ID_Start,
	"Other_Lowercase": Other_Lowercase,
	"Other_Math": Other_Math,
	"Other_Uppercase": Other_Uppercase,
	"Pattern_Syntax": Pattern_Syntax,
	"Pattern_White_Space": Pattern_White_Space,
	"Prepended_Concatenation_Mark": Prepended_Concatenation_Mark,
	"Quotation_Mark": Quotation_Mark,
	"Radical": Radical,
	"Regional_Indicator": Regional_Indicator,
	"Sentence_Terminal": Sentence_Terminal,
	"STerm": Sentence_Terminal,
	"Soft_Dotted": Soft_Dotted,
	"Terminal_Punctuation": Terminal_Punctuation,
	"Unified_Ideograph": Unified_Ideograph,
	"Variation_Selector": Variation_Selector,
	"White_Space": White_Space,
}

var FoldCategory = map[string]*RangeTable{
	"L": foldL,
	"Ll": foldLl,
	"Lt": foldLt,
	"Lu": foldLu,
	"M": foldM,
	"Mn": foldMn,
}

var FoldScript = map[string]*RangeTable{
	"Common": foldCommon,
	"Greek": foldGreek,
	"Inherited": foldInherited,
}

// The tables' data is native (runtime/lib/unicode_range_tables.cpp).
var (
	_C = rangeTable(0)
	_Cc = rangeTable(1)
	_Cf = rangeTable(2)
	_Co = rangeTable(3)
	_Cs = rangeTable(4)
	_L = rangeTable(5)
	_Ll = rangeTable(6)
	_Lm = rangeTable(7)
	_Lo = rangeTable(8)
	_Lt = rangeTable(9)
	_Lu = rangeTable(10)
	_M = rangeTable(11)
	_Mc = rangeTable(12)
	_Me = rangeTable(13)
	_Mn = rangeTable(14)
	_N = rangeTable(15)
	_Nd = rangeTable(16)
	_Nl = rangeTable(17)
	_No = rangeTable(18)
	_P = rangeTable(19)
	_Pc = rangeTable(20)
	_Pd = rangeTable(21)
	_Pe = rangeTable(22)
	_Pf = rangeTable(23)
	_Pi = rangeTable(24)
	_Po = rangeTable(25)
	_Ps = rangeTable(26)
	_S = rangeTable(27)
	_Sc = rangeTable(28)
	_Sk = rangeTable(29)
	_Sm = rangeTable(30)
	_So = rangeTable(31)
	_Z = rangeTable(32)
	_Zl = rangeTable(33)
	_Zp = rangeTable(34)
	_Zs = rangeTable(35)
	_Adlam = rangeTable(36)
	_Ahom = rangeTable(37)
	_Anatolian_Hieroglyphs = rangeTable(38)
	_Arabic = rangeTable(39)
	_Armenian = rangeTable(40)
	_Avestan = rangeTable(41)
	_Balinese = rangeTable(42)
	_Bamum = rangeTable(43)
	_Bassa_Vah = rangeTable(44)
	_Batak = rangeTable(45)
	_Bengali = rangeTable(46)
	_Bhaiksuki = rangeTable(47)
	_Bopomofo = rangeTable(48)
	_Brahmi = rangeTable(49)
	_Braille = rangeTable(50)
	_Buginese = rangeTable(51)
	_Buhid = rangeTable(52)
	_Canadian_Aboriginal = rangeTable(53)
	_Carian = rangeTable(54)
	_Caucasian_Albanian = rangeTable(55)
	_Chakma = rangeTable(56)
	_Cham = rangeTable(57)
	_Cherokee = rangeTable(58)
	_Chorasmian = rangeTable(59)
	_Common = rangeTable(60)
	_Coptic = rangeTable(61)
	_Cuneiform = rangeTable(62)
	_Cypriot = rangeTable(63)
	_Cyrillic = rangeTable(64)
	_Deseret = rangeTable(65)
	_Devanagari = rangeTable(66)
	_Dives_Akuru = rangeTable(67)
	_Dogra = rangeTable(68)
	_Duployan = rangeTable(69)
	_Egyptian_Hieroglyphs = rangeTable(70)
	_Elbasan = rangeTable(71)
	_Elymaic = rangeTable(72)
	_Ethiopic = rangeTable(73)
	_Georgian = rangeTable(74)
	_Glagolitic = rangeTable(75)
	_Gothic = rangeTable(76)
	_Grantha = rangeTable(77)
	_Greek = rangeTable(78)
	_Gujarati = rangeTable(79)
	_Gunjala_Gondi = rangeTable(80)
	_Gurmukhi = rangeTable(81)
	_Han = rangeTable(82)
	_Hangul = rangeTable(83)
	_Hanifi_Rohingya = rangeTable(84)
	_Hanunoo = rangeTable(85)
	_Hatran = rangeTable(86)
	_Hebrew = rangeTable(87)
	_Hiragana = rangeTable(88)
	_Imperial_Aramaic = rangeTable(89)
	_Inherited = rangeTable(90)
	_Inscriptional_Pahlavi = rangeTable(91)
	_Inscriptional_Parthian = rangeTable(92)
	_Javanese = rangeTable(93)
	_Kaithi = rangeTable(94)
	_Kannada = rangeTable(95)
	_Katakana = rangeTable(96)
	_Kayah_Li = rangeTable(97)
	_Kharoshthi = rangeTable(98)
	_Khitan_Small_Script = rangeTable(99)
	_Khmer = rangeTable(100)
	_Khojki = rangeTable(101)
	_Khudawadi = rangeTable(102)
	_Lao = rangeTable(103)
	_Latin = rangeTable(104)
	_Lepcha = rangeTable(105)
	_Limbu = rangeTable(106)
	_Linear_A = rangeTable(107)
	_Linear_B = rangeTable(108)
	_Lisu = rangeTable(109)
	_Lycian = rangeTable(110)
	_Lydian = rangeTable(111)
	_Mahajani = rangeTable(112)
	_Makasar = rangeTable(113)
	_Malayalam = rangeTable(114)
	_Mandaic = rangeTable(115)
	_Manichaean = rangeTable(116)
	_Marchen = rangeTable(117)
	_Masaram_Gondi = rangeTable(118)
	_Medefaidrin = rangeTable(119)
	_Meetei_Mayek = rangeTable(120)
	_Mende_Kikakui = rangeTable(121)
	_Meroitic_Cursive = rangeTable(122)
	_Meroitic_Hieroglyphs = rangeTable(123)
	_Miao = rangeTable(124)
	_Modi = rangeTable(125)
	_Mongolian = rangeTable(126)
	_Mro = rangeTable(127)
	_Multani = rangeTable(128)
	_Myanmar = rangeTable(129)
	_Nabataean = rangeTable(130)
	_Nandinagari = rangeTable(131)
	_New_Tai_Lue = rangeTable(132)
	_Newa = rangeTable(133)
	_Nko = rangeTable(134)
	_Nushu = rangeTable(135)
	_Nyiakeng_Puachue_Hmong = rangeTable(136)
	_Ogham = rangeTable(137)
	_Ol_Chiki = rangeTable(138)
	_Old_Hungarian = rangeTable(139)
	_Old_Italic = rangeTable(140)
	_Old_North_Arabian = rangeTable(141)
	_Old_Permic = rangeTable(142)
	_Old_Persian = rangeTable(143)
	_Old_Sogdian = rangeTable(144)
	_Old_South_Arabian = rangeTable(145)
	_Old_Turkic = rangeTable(146)
	_Oriya = rangeTable(147)
	_Osage = rangeTable(148)
	_Osmanya = rangeTable(149)
	_Pahawh_Hmong = rangeTable(150)
	_Palmyrene = rangeTable(151)
	_Pau_Cin_Hau = rangeTable(152)
	_Phags_Pa = rangeTable(153)
	_Phoenician = rangeTable(154)
	_Psalter_Pahlavi = rangeTable(155)
	_Rejang = rangeTable(156)
	_Runic = rangeTable(157)
	_Samaritan = rangeTable(158)
	_Saurashtra = rangeTable(159)
	_Sharada = rangeTable(160)
	_Shavian = rangeTable(161)
	_Siddham = rangeTable(162)
	_SignWriting = rangeTable(163)
	_Sinhala = rangeTable(164)
	_Sogdian = rangeTable(165)
	_Sora_Sompeng = rangeTable(166)
	_Soyombo = rangeTable(167)
	_Sundanese = rangeTable(168)
	_Syloti_Nagri = rangeTable(169)
	_Syriac = rangeTable(170)
	_Tagalog = rangeTable(171)
	_Tagbanwa = rangeTable(172)
	_Tai_Le = rangeTable(173)
	_Tai_Tham = rangeTable(174)
	_Tai_Viet = rangeTable(175)
	_Takri = rangeTable(176)
	_Tamil = rangeTable(177)
	_Tangut = rangeTable(178)
	_Telugu = rangeTable(179)
	_Thaana = rangeTable(180)
	_Thai = rangeTable(181)
	_Tibetan = rangeTable(182)
	_Tifinagh = rangeTable(183)
	_Tirhuta = rangeTable(184)
	_Ugaritic = rangeTable(185)
	_Vai = rangeTable(186)
	_Wancho = rangeTable(187)
	_Warang_Citi = rangeTable(188)
	_Yezidi = rangeTable(189)
	_Yi = rangeTable(190)
	_Zanabazar_Square = rangeTable(191)
	_ASCII_Hex_Digit = rangeTable(192)
	_Bidi_Control = rangeTable(193)
	_Dash = rangeTable(194)
	_Deprecated = rangeTable(195)
	_Diacritic = rangeTable(196)
	_Extender = rangeTable(197)
	_Hex_Digit = rangeTable(198)
	_Hyphen = rangeTable(199)
	_IDS_Binary_Operator = rangeTable(200)
	_IDS_Trinary_Operator = rangeTable(201)
	_Ideographic = rangeTable(202)
	_Join_Control = rangeTable(203)
	_Logical_Order_Exception = rangeTable(204)
	_Noncharacter_Code_Point = rangeTable(205)
	_Other_Alphabetic = rangeTable(206)
	_Other_Default_Ignorable_Code_Point = rangeTable(207)
	_Other_Grapheme_Extend = rangeTable(208)
	_Other_ID_Continue = rangeTable(209)
	_Other_ID_Start = rangeTable(210)
	_Other_Lowercase = rangeTable(211)
	_Other_Math = rangeTable(212)
	_Other_Uppercase = rangeTable(213)
	_Pattern_Syntax = rangeTable(214)
	_Pattern_White_Space = rangeTable(215)
	_Prepended_Concatenation_Mark = rangeTable(216)
	_Quotation_Mark = rangeTable(217)
	_Radical = rangeTable(218)
	_Regional_Indicator = rangeTable(219)
	_Sentence_Terminal = rangeTable(220)
	_Soft_Dotted = rangeTable(221)
	_Terminal_Punctuation = rangeTable(222)
	_Unified_Ideograph = rangeTable(223)
	_Variation_Selector = rangeTable(224)
	_White_Space = rangeTable(225)
	foldL = rangeTable(226)
	foldLl = rangeTable(227)
	foldLt = rangeTable(228)
	foldLu = rangeTable(229)
	foldM = rangeTable(230)
	foldMn = rangeTable(231)
	foldCommon = rangeTable(232)
	foldGreek = rangeTable(233)
	foldInherited = rangeTable(234)
)
