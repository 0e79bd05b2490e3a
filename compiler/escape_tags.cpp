// go1.19 parameter tags of the standard library functions govm provides
// (generated from `go build -gcflags=-m=2` on go1.19.8 over fmt, strings, strconv,
// errors, sort, unicode, unicode/utf8, math, os and io, plus sync's Cond, Map
// and Pool; bufio's, bytes', log's and sync/atomic's by
// compiler/gen/gen_escape_tags.go; see ESCAPE.md §1.9).
//
// One line per function: its runtime name, then per parameter (receiver
// first) `-` for no leak or a comma list of `h=N` (heap at derefs N) and
// `rI=N` (result I at derefs N), separated by `|`.
#include <string_view>
#include <unordered_map>

#include "compiler/escape_impl.hpp"
#include "compiler/ffi.hpp"

namespace govm::escape {

namespace {

constexpr std::string_view kTags = R"TAGS(
bufio.(*Reader).Buffered -
bufio.(*Reader).Discard h=1|-
bufio.(*Reader).Peek h=1|-
bufio.(*Reader).Read h=1|h=0
bufio.(*Reader).ReadByte h=1
bufio.(*Reader).ReadBytes h=1|-
bufio.(*Reader).ReadLine h=1
bufio.(*Reader).ReadRune h=1
bufio.(*Reader).ReadSlice h=1|-
bufio.(*Reader).ReadString h=1|-
bufio.(*Reader).Reset h=1|h=0
bufio.(*Reader).Size -
bufio.(*Reader).UnreadByte -
bufio.(*Reader).UnreadRune -
bufio.(*Reader).WriteTo h=1|h=0
bufio.(*Reader).collectFragments h=1|-
bufio.(*Reader).fill h=1
bufio.(*Reader).readErr r0=1
bufio.(*Reader).reset -|h=0|h=0
bufio.(*Reader).writeBuf h=1|h=0
bufio.(*Scanner).Buffer -|h=0|-
bufio.(*Scanner).Bytes r0=1
bufio.(*Scanner).Err r0=1
bufio.(*Scanner).Scan h=1
bufio.(*Scanner).Split -|h=0
bufio.(*Scanner).Text -
bufio.(*Scanner).advance -|-
bufio.(*Scanner).setErr -|h=0
bufio.(*Writer).Available -
bufio.(*Writer).AvailableBuffer r0=1
bufio.(*Writer).Buffered -
bufio.(*Writer).Flush h=1
bufio.(*Writer).ReadFrom h=1|h=0
bufio.(*Writer).Reset -|h=0
bufio.(*Writer).Size -
bufio.(*Writer).Write h=1|h=0
bufio.(*Writer).WriteByte h=1|-
bufio.(*Writer).WriteRune h=1|-
bufio.(*Writer).WriteString h=1|h=0
bufio.NewReadWriter h=0|h=0
bufio.NewReader h=0
bufio.NewReaderSize h=0|-
bufio.NewScanner h=0
bufio.NewWriter h=0
bufio.NewWriterSize h=0|-
bufio.ScanBytes r1=0|-
bufio.ScanLines r1=0|-
bufio.ScanRunes r1=0|-
bufio.ScanWords r1=0|-
bufio.dropCR r0=0
bufio.isSpace -
bytes.(*Buffer).Bytes r0=1
bytes.(*Buffer).Cap -
bytes.(*Buffer).Grow -|-
bytes.(*Buffer).Len -
bytes.(*Buffer).Next r0=1|-
bytes.(*Buffer).Read -|-
bytes.(*Buffer).ReadByte -
bytes.(*Buffer).ReadBytes -|-
bytes.(*Buffer).ReadFrom h=1|h=0
bytes.(*Buffer).ReadRune -
bytes.(*Buffer).ReadString -|-
bytes.(*Buffer).Reset -
bytes.(*Buffer).String -
bytes.(*Buffer).Truncate -|-
bytes.(*Buffer).UnreadByte -
bytes.(*Buffer).UnreadRune -
bytes.(*Buffer).Write -|-
bytes.(*Buffer).WriteByte -|-
bytes.(*Buffer).WriteRune -|-
bytes.(*Buffer).WriteString -|-
bytes.(*Buffer).WriteTo h=1|h=0
bytes.(*Buffer).empty -
bytes.(*Buffer).grow -|-
bytes.(*Buffer).readSlice r0=1|-
bytes.(*Buffer).tryGrowByReslice -|-
bytes.(*Reader).Len -
bytes.(*Reader).Read -|-
bytes.(*Reader).ReadAt -|-|-
bytes.(*Reader).ReadByte -
bytes.(*Reader).ReadRune -
bytes.(*Reader).Reset -|h=0
bytes.(*Reader).Seek -|-|-
bytes.(*Reader).Size -
bytes.(*Reader).UnreadByte -
bytes.(*Reader).UnreadRune -
bytes.(*Reader).WriteTo h=1|h=0
bytes.(*asciiSet).contains -|-
bytes.Compare -|-
bytes.Contains -|-
bytes.ContainsAny -|-
bytes.ContainsRune -|-
bytes.Count -|-
bytes.Cut r0=0,r1=0|-
bytes.Equal -|-
bytes.EqualFold -|-
bytes.Fields h=0
bytes.FieldsFunc h=0|-
bytes.HasPrefix -|-
bytes.HasSuffix -|-
bytes.Index -|-
bytes.IndexAny -|-
bytes.IndexByte -|-
bytes.IndexFunc -|-
bytes.IndexRune -|-
bytes.Join -|-
bytes.LastIndex -|-
bytes.LastIndexAny -|-
bytes.LastIndexByte -|-
bytes.LastIndexFunc -|-
bytes.Map -|-
bytes.NewBuffer h=0
bytes.NewBufferString -
bytes.NewReader h=0
bytes.Repeat -|-
bytes.Replace -|-|-|-
bytes.ReplaceAll -|-|-
bytes.Runes -
bytes.Split h=0|-
bytes.SplitAfter h=0|-
bytes.SplitAfterN h=0|-|-
bytes.SplitN h=0|-|-
bytes.Title -
bytes.ToLower -
bytes.ToLowerSpecial -|-
bytes.ToTitle -
bytes.ToTitleSpecial -|-
bytes.ToUpper -
bytes.ToUpperSpecial -|-
bytes.ToValidUTF8 -|-
bytes.Trim r0=0|-
bytes.TrimFunc r0=0|-
bytes.TrimLeft r0=0|-
bytes.TrimLeftFunc r0=0|-
bytes.TrimPrefix r0=0|-
bytes.TrimRight r0=0|-
bytes.TrimRightFunc r0=0|-
bytes.TrimSpace r0=0
bytes.TrimSuffix r0=0|-
bytes.containsRune -|-
bytes.explode h=0|-
bytes.genSplit h=0|-|-|-
bytes.growSlice -|-
bytes.indexBytePortable -|-
bytes.indexFunc -|-|-
bytes.isSeparator -
bytes.lastIndexFunc -|-|-
bytes.makeASCIISet -
bytes.trimLeftASCII r0=0|-
bytes.trimLeftByte r0=0|-
bytes.trimLeftUnicode r0=0|-
bytes.trimRightASCII r0=0|-
bytes.trimRightByte r0=0|-
bytes.trimRightUnicode r0=0|-
errors.(*errorString).Error r0=1
errors.As h=0|h=0
errors.Is h=0|h=0
errors.New h=0
errors.Unwrap h=0
fmt.(*pp).Flag -|-
fmt.(*pp).Precision -
fmt.(*pp).Width -
fmt.(*pp).Write h=1|-
fmt.(*pp).WriteString h=1|-
fmt.(*readRune).ReadRune h=0
fmt.(*readRune).UnreadRune -
fmt.(*ss).Read -|-
fmt.(*ss).ReadRune h=1
fmt.(*ss).SkipSpace h=1
fmt.(*ss).Token h=1|-|-
fmt.(*ss).UnreadRune h=1
fmt.(*ss).Width -
fmt.(*stringReader).Read -|-
fmt.(*wrapError).Error r0=1
fmt.(*wrapError).Unwrap r0=1
fmt.Append r0=0|h=1
fmt.Appendf r0=0|-|h=1
fmt.Appendln r0=0|h=1
fmt.Errorf -|h=1
fmt.Fprint h=0|h=1
fmt.Fprintf h=0|-|h=1
fmt.Fprintln h=0|h=1
fmt.Fscan h=0|h=1
fmt.Fscanf h=0|-|h=1
fmt.Fscanln h=0|h=1
fmt.Print h=1
fmt.Printf -|h=1
fmt.Println h=1
fmt.Scan h=1
fmt.Scanf -|h=1
fmt.Scanln h=1
fmt.Sprint h=1
fmt.Sprintf -|h=1
fmt.Sprintln h=1
fmt.Sscan -|h=1
fmt.Sscanf -|-|h=1
fmt.Sscanln -|h=1
io.(*LimitedReader).Read h=1|h=0
io.(*PipeReader).Close h=1
io.(*PipeReader).CloseWithError h=1|h=0
io.(*PipeReader).Read h=1|-
io.(*PipeWriter).Close h=1
io.(*PipeWriter).CloseWithError h=1|h=0
io.(*PipeWriter).Write h=1|h=0
io.(*SectionReader).Read h=1|h=0
io.(*SectionReader).ReadAt h=1|h=0|-
io.(*SectionReader).Seek -|-|-
io.(*SectionReader).Size -
io.(*multiReader).Read h=2|h=0
io.(*multiReader).WriteTo h=2|h=0
io.(*multiWriter).Write h=2|h=0
io.(*multiWriter).WriteString h=2|h=0
io.(*onceError).Load h=0,r0=1
io.(*onceError).Store h=0|h=0
io.(*teeReader).Read h=1|h=0
io.Copy h=0|h=0
io.CopyBuffer h=0|h=0|h=0
io.CopyN h=0|h=0|-
io.LimitReader h=0|-
io.MultiReader h=1
io.MultiWriter h=1
io.NewSectionReader h=0|-|-
io.NopCloser h=0
io.Pipe 
io.ReadAll h=0
io.ReadAtLeast h=0|h=0|-
io.ReadFull h=0|h=0
io.TeeReader h=0|h=0
io.WriteString h=0|h=0
io.discard.ReadFrom -|h=0
io.discard.Write -|-
io.discard.WriteString -|-
io.eofReader.Read -|-
io.nopCloser.Close -
io.nopCloserWriterTo.Close -
io.nopCloserWriterTo.WriteTo h=0|h=0
log.(*Logger).Fatal h=0|h=1
log.(*Logger).Fatalf h=0|-|h=1
log.(*Logger).Fatalln h=0|h=1
log.(*Logger).Flags h=0
log.(*Logger).Output h=0|-|-
log.(*Logger).Panic h=0|h=1
log.(*Logger).Panicf h=0|-|h=1
log.(*Logger).Panicln h=0|h=1
log.(*Logger).Prefix h=0
log.(*Logger).Print h=0|h=1
log.(*Logger).Printf h=0|-|h=1
log.(*Logger).Println h=0|h=1
log.(*Logger).SetFlags h=0|-
log.(*Logger).SetOutput h=0|h=0
log.(*Logger).SetPrefix h=0|h=0
log.(*Logger).Writer h=0
log.(*Logger).formatHeader -|h=1|-|-|-
log.Default
log.Fatal h=1
log.Fatalf -|h=1
log.Fatalln h=1
log.Flags
log.New h=0|h=0|-
log.Output -|-
log.Panic h=1
log.Panicf -|h=1
log.Panicln h=1
log.Prefix
log.Print h=1
log.Printf -|h=1
log.Println h=1
log.SetFlags -
log.SetOutput h=0
log.SetPrefix h=0
log.Writer
log.itoa h=1|-|-
math.Abs -
math.Acos -
math.Acosh -
math.Asin -
math.Asinh -
math.Atan -
math.Atan2 -|-
math.Atanh -
math.Cbrt -
math.Ceil -
math.Copysign -|-
math.Cos -
math.Cosh -
math.Dim -|-
math.Erf -
math.Erfc -
math.Erfcinv -
math.Erfinv -
math.Exp -
math.Exp2 -
math.Expm1 -
math.FMA -|-|-
math.Float32bits -
math.Float32frombits -
math.Float64bits -
math.Float64frombits -
math.Floor -
math.Frexp -
math.Gamma -
math.Hypot -|-
math.Ilogb -
math.Inf -
math.IsInf -|-
math.IsNaN -
math.J0 -
math.J1 -
math.Jn -|-
math.Ldexp -|-
math.Lgamma -
math.Log -
math.Log10 -
math.Log1p -
math.Log2 -
math.Logb -
math.Max -|-
math.Min -|-
math.Mod -|-
math.Modf -
math.NaN 
math.Nextafter -|-
math.Nextafter32 -|-
math.Pow -|-
math.Pow10 -
math.Remainder -|-
math.Round -
math.RoundToEven -
math.Signbit -
math.Sin -
math.Sincos -
math.Sinh -
math.Sqrt -
math.Tan -
math.Tanh -
math.Trunc -
math.Y0 -
math.Y1 -
math.Yn -|-
os.(*File).Chdir h=1,h=2
os.(*File).Chmod h=1|-
os.(*File).Chown h=1,h=2|-|-
os.(*File).Close h=1
os.(*File).Fd h=1
os.(*File).Name r0=2
os.(*File).Read h=1,h=2|-
os.(*File).ReadAt h=1,h=2|-|-
os.(*File).ReadDir h=1|-
os.(*File).ReadFrom h=0,h=2|h=0
os.(*File).Readdir h=1|-
os.(*File).Readdirnames h=1|-
os.(*File).Seek h=1,h=2|-|-
os.(*File).SetDeadline h=1|-
os.(*File).SetReadDeadline h=1|-
os.(*File).SetWriteDeadline h=1|-
os.(*File).Stat h=1,h=2
os.(*File).Sync h=1,h=2
os.(*File).SyscallConn h=0
os.(*File).Truncate h=1,h=2|-
os.(*File).Write h=1,h=2|-
os.(*File).WriteAt h=1,h=2|-|-
os.(*File).WriteString h=1|h=0
os.(*LinkError).Error h=1
os.(*LinkError).Unwrap r0=1
os.(*Process).Kill h=0
os.(*Process).Release h=0
os.(*Process).Signal h=0|-
os.(*Process).Wait h=0
os.(*ProcessState).ExitCode -
os.(*ProcessState).Exited -
os.(*ProcessState).Pid -
os.(*ProcessState).String -
os.(*ProcessState).Success -
os.(*ProcessState).Sys -
os.(*ProcessState).SysUsage r0=1
os.(*ProcessState).SystemTime -
os.(*ProcessState).UserTime -
os.(*SyscallError).Error h=1
os.(*SyscallError).Timeout h=1
os.(*SyscallError).Unwrap r0=1
os.(*fileStat).IsDir -
os.(*fileStat).ModTime r0=1
os.(*fileStat).Mode -
os.(*fileStat).Name r0=1
os.(*fileStat).Size -
os.(*fileStat).Sys r0=0
os.(*rawConn).Control h=2|-
os.(*rawConn).Read h=2|-
os.(*rawConn).Write h=2|-
os.(*unixDirent).Info r0=1
os.(*unixDirent).IsDir -
os.(*unixDirent).Name r0=1
os.(*unixDirent).Type -
os.Chdir h=0
os.Chmod h=0|-
os.Chown h=0|-|-
os.Chtimes h=0|-|-
os.Clearenv 
os.Create h=0
os.CreateTemp -|h=0
os.DirFS h=0
os.Environ 
os.Executable 
os.Exit -
os.Expand h=0,r0=0|-
os.ExpandEnv h=0
os.FindProcess -
os.Getegid 
os.Getenv h=0
os.Geteuid 
os.Getgid 
os.Getgroups 
os.Getpagesize 
os.Getpid 
os.Getppid 
os.Getuid 
os.Getwd 
os.Hostname 
os.IsExist -
os.IsNotExist -
os.IsPathSeparator -
os.IsPermission -
os.IsTimeout h=0
os.Lchown h=0|-|-
os.Link h=0|h=0
os.LookupEnv h=0
os.Lstat h=0
os.Mkdir h=0|-
os.MkdirAll h=0|-
os.MkdirTemp h=0|h=0
os.NewFile -|h=0
os.NewSyscallError h=0|h=0
os.Open h=0
os.OpenFile h=0|-|-
os.Pipe 
os.ReadDir h=0
os.ReadFile h=0
os.Readlink h=0
os.Remove h=0
os.RemoveAll h=0
os.Rename h=0|h=0
os.SameFile -|-
os.Setenv h=0|h=0
os.StartProcess h=0|-|h=1
os.Stat h=0
os.Symlink h=0|h=0
os.TempDir 
os.Truncate h=0|-
os.Unsetenv h=0
os.UserCacheDir 
os.UserConfigDir 
os.UserHomeDir 
os.WriteFile h=0|-|-
os.dirEntry.Info -
os.dirEntry.IsDir -
os.dirEntry.Name -
os.dirEntry.Type -
os.dirFS.Open -|h=0
os.dirFS.Stat -|h=0
sort.(*xorshift).Next -
sort.Find -|-
sort.Float64Slice.Len -
sort.Float64Slice.Less -|-|-
sort.Float64Slice.Search -|-
sort.Float64Slice.Sort h=0
sort.Float64Slice.Swap -|-|-
sort.Float64s h=0
sort.Float64sAreSorted h=0
sort.IntSlice.Len -
sort.IntSlice.Less -|-|-
sort.IntSlice.Search -|-
sort.IntSlice.Sort h=0
sort.IntSlice.Swap -|-|-
sort.Ints h=0
sort.IntsAreSorted h=0
sort.IsSorted h=0
sort.Reverse h=0
sort.Search -|-
sort.SearchFloat64s -|-
sort.SearchInts -|-
sort.SearchStrings -|-
sort.Slice h=0|-
sort.SliceIsSorted h=0|-
sort.SliceStable h=0|-
sort.Sort h=0
sort.Stable h=0
sort.StringSlice.Len -
sort.StringSlice.Less -|-|-
sort.StringSlice.Search -|-
sort.StringSlice.Sort h=0
sort.StringSlice.Swap -|-|-
sort.Strings h=0
sort.StringsAreSorted h=0
sort.reverse.Less h=0|-|-
strconv.(*NumError).Error h=1
strconv.(*NumError).Unwrap r0=1
strconv.(*decimal).Assign -|-
strconv.(*decimal).Round -|-
strconv.(*decimal).RoundDown -|-
strconv.(*decimal).RoundUp -|-
strconv.(*decimal).RoundedInteger -
strconv.(*decimal).Shift -|-
strconv.(*decimal).String -
strconv.AppendBool r0=0|-
strconv.AppendFloat r0=0|-|-|-|-
strconv.AppendInt r0=0|-|-
strconv.AppendQuote r0=0|-
strconv.AppendQuoteRune r0=0|-
strconv.AppendQuoteRuneToASCII r0=0|-
strconv.AppendQuoteRuneToGraphic r0=0|-
strconv.AppendQuoteToASCII r0=0|-
strconv.AppendQuoteToGraphic r0=0|-
strconv.AppendUint r0=0|-|-
strconv.Atoi h=0
strconv.CanBackquote -
strconv.FormatBool -
strconv.FormatComplex -|-|-|-
strconv.FormatFloat -|-|-|-
strconv.FormatInt -|-
strconv.FormatUint -|-
strconv.IsGraphic -
strconv.IsPrint -
strconv.Itoa -
strconv.ParseBool h=0
strconv.ParseComplex h=0|-
strconv.ParseFloat h=0|-
strconv.ParseInt h=0|-|-
strconv.ParseUint h=0|-|-
strconv.Quote -
strconv.QuoteRune -
strconv.QuoteRuneToASCII -
strconv.QuoteRuneToGraphic -
strconv.QuoteToASCII -
strconv.QuoteToGraphic -
strconv.QuotedPrefix r0=0
strconv.Unquote r0=0
strconv.UnquoteChar r2=0|-
strings.(*Builder).Cap -
strings.(*Builder).Grow -|-
strings.(*Builder).Len -
strings.(*Builder).Reset -
strings.(*Builder).String r0=1
strings.(*Builder).Write h=1|-
strings.(*Builder).WriteByte h=1|-
strings.(*Builder).WriteRune h=1|-
strings.(*Builder).WriteString h=1|-
strings.(*Reader).Len -
strings.(*Reader).Read -|-
strings.(*Reader).ReadAt -|-|-
strings.(*Reader).ReadByte -
strings.(*Reader).ReadRune -
strings.(*Reader).Reset -|h=0
strings.(*Reader).Seek -|-|-
strings.(*Reader).Size -
strings.(*Reader).UnreadByte -
strings.(*Reader).UnreadRune -
strings.(*Reader).WriteTo h=1|h=0
strings.(*Replacer).Replace h=1,h=0|h=0
strings.(*Replacer).WriteString h=1,h=0|h=0|h=0
strings.(*appendSliceWriter).Write h=1|-
strings.(*appendSliceWriter).WriteString h=1|-
strings.(*byteReplacer).Replace -|r0=0
strings.(*byteReplacer).WriteString -|h=0|-
strings.(*byteStringReplacer).Replace -|r0=0
strings.(*byteStringReplacer).WriteString h=1|h=0|h=0
strings.(*genericReplacer).Replace h=1|h=0
strings.(*genericReplacer).WriteString h=1|h=0|h=0
strings.(*singleStringReplacer).Replace -|r0=0
strings.(*singleStringReplacer).WriteString h=1|h=0|h=0
strings.Clone -
strings.Compare -|-
strings.Contains -|-
strings.ContainsAny -|-
strings.ContainsRune -|-
strings.Count -|-
strings.Cut r1=0,r0=0|-
strings.EqualFold -|-
strings.Fields h=0
strings.FieldsFunc h=0|-
strings.HasPrefix -|-
strings.HasSuffix -|-
strings.Index -|-
strings.IndexAny -|-
strings.IndexByte -|-
strings.IndexFunc -|-
strings.IndexRune -|-
strings.Join r0=1|-
strings.LastIndex -|-
strings.LastIndexAny -|-
strings.LastIndexByte -|-
strings.LastIndexFunc -|-
strings.Map -|r0=0
strings.NewReader h=0
strings.NewReplacer h=1
strings.Repeat -|-
strings.Replace r0=0|-|-|-
strings.ReplaceAll r0=0|-|-
strings.Split h=0|-
strings.SplitAfter h=0|-
strings.SplitAfterN h=0|-|-
strings.SplitN h=0|-|-
strings.Title r0=0
strings.ToLower r0=0
strings.ToLowerSpecial -|r0=0
strings.ToTitle r0=0
strings.ToTitleSpecial -|r0=0
strings.ToUpper r0=0
strings.ToUpperSpecial -|r0=0
strings.ToValidUTF8 r0=0|-
strings.Trim r0=0|-
strings.TrimFunc r0=0|-
strings.TrimLeft r0=0|-
strings.TrimLeftFunc r0=0|-
strings.TrimPrefix r0=0|-
strings.TrimRight r0=0|-
strings.TrimRightFunc r0=0|-
strings.TrimSpace r0=0
strings.TrimSuffix r0=0|-
strings.stringWriter.WriteString h=0|-
sync.(*Cond).Broadcast h=0
sync.(*Cond).Signal h=0
sync.(*Cond).Wait h=0
sync.(*Map).Delete h=0|-
sync.(*Map).Load h=0|-
sync.(*Map).LoadAndDelete h=0|-
sync.(*Map).LoadOrStore h=0|h=0|h=0
sync.(*Map).Range h=0|-
sync.(*Map).Store h=0|h=0|h=0
sync.(*Pool).Get h=0
sync.(*Pool).Put h=0|h=0
sync.NewCond h=0
sync/atomic.(*Bool).CompareAndSwap h=0|-|-
sync/atomic.(*Bool).Load h=0
sync/atomic.(*Bool).Store h=0|-
sync/atomic.(*Bool).Swap h=0|-
sync/atomic.(*Int32).Add h=0|-
sync/atomic.(*Int32).CompareAndSwap h=0|-|-
sync/atomic.(*Int32).Load h=0
sync/atomic.(*Int32).Store h=0|-
sync/atomic.(*Int32).Swap h=0|-
sync/atomic.(*Int64).Add h=0|-
sync/atomic.(*Int64).CompareAndSwap h=0|-|-
sync/atomic.(*Int64).Load h=0
sync/atomic.(*Int64).Store h=0|-
sync/atomic.(*Int64).Swap h=0|-
sync/atomic.(*Uint32).Add h=0|-
sync/atomic.(*Uint32).CompareAndSwap h=0|-|-
sync/atomic.(*Uint32).Load h=0
sync/atomic.(*Uint32).Store h=0|-
sync/atomic.(*Uint32).Swap h=0|-
sync/atomic.(*Uint64).Add h=0|-
sync/atomic.(*Uint64).CompareAndSwap h=0|-|-
sync/atomic.(*Uint64).Load h=0
sync/atomic.(*Uint64).Store h=0|-
sync/atomic.(*Uint64).Swap h=0|-
sync/atomic.(*Uintptr).Add h=0|-
sync/atomic.(*Uintptr).CompareAndSwap h=0|-|-
sync/atomic.(*Uintptr).Load h=0
sync/atomic.(*Uintptr).Store h=0|-
sync/atomic.(*Uintptr).Swap h=0|-
sync/atomic.(*Value).CompareAndSwap h=0|-|h=0
sync/atomic.(*Value).Load h=0
sync/atomic.(*Value).Store h=0|h=0
sync/atomic.(*Value).Swap h=0|h=0
sync/atomic.AddInt32 h=0|-
sync/atomic.AddInt64 h=0|-
sync/atomic.AddUint32 h=0|-
sync/atomic.AddUint64 h=0|-
sync/atomic.AddUintptr h=0|-
sync/atomic.CompareAndSwapInt32 h=0|-|-
sync/atomic.CompareAndSwapInt64 h=0|-|-
sync/atomic.CompareAndSwapUint32 h=0|-|-
sync/atomic.CompareAndSwapUint64 h=0|-|-
sync/atomic.CompareAndSwapUintptr h=0|-|-
sync/atomic.LoadInt32 h=0
sync/atomic.LoadInt64 h=0
sync/atomic.LoadUint32 h=0
sync/atomic.LoadUint64 h=0
sync/atomic.LoadUintptr h=0
sync/atomic.StoreInt32 h=0|-
sync/atomic.StoreInt64 h=0|-
sync/atomic.StoreUint32 h=0|-
sync/atomic.StoreUint64 h=0|-
sync/atomic.StoreUintptr h=0|-
sync/atomic.SwapInt32 h=0|-
sync/atomic.SwapInt64 h=0|-
sync/atomic.SwapUint32 h=0|-
sync/atomic.SwapUint64 h=0|-
sync/atomic.SwapUintptr h=0|-
sync/atomic.b32 -
unicode.In -|-
unicode.Is -|-
unicode.IsControl -
unicode.IsDigit -
unicode.IsGraphic -
unicode.IsLetter -
unicode.IsLower -
unicode.IsMark -
unicode.IsNumber -
unicode.IsOneOf -|-
unicode.IsPrint -
unicode.IsPunct -
unicode.IsSpace -
unicode.IsSymbol -
unicode.IsTitle -
unicode.IsUpper -
unicode.SimpleFold -
unicode.SpecialCase.ToLower -|-
unicode.SpecialCase.ToTitle -|-
unicode.SpecialCase.ToUpper -|-
unicode.To -|-
unicode.ToLower -
unicode.ToTitle -
unicode.ToUpper -
unicode/utf8.AppendRune r0=0|-
unicode/utf8.DecodeLastRune -
unicode/utf8.DecodeLastRuneInString -
unicode/utf8.DecodeRune -
unicode/utf8.DecodeRuneInString -
unicode/utf8.EncodeRune -|-
unicode/utf8.FullRune -
unicode/utf8.FullRuneInString -
unicode/utf8.RuneCount -
unicode/utf8.RuneCountInString -
unicode/utf8.RuneLen -
unicode/utf8.RuneStart -
unicode/utf8.Valid -
unicode/utf8.ValidRune -
unicode/utf8.ValidString -
)TAGS";

using TagMap = std::unordered_map<std::string_view, std::string_view>;

TagMap parseTags() {
    TagMap map;
    size_t pos = 0;
    while (pos < kTags.size()) {
        size_t end = kTags.find('\n', pos);
        if (end == std::string_view::npos) end = kTags.size();
        std::string_view line = kTags.substr(pos, end - pos);
        size_t space = line.find(' ');
        if (space != std::string_view::npos) map.emplace(line.substr(0, space), line.substr(space + 1));
        pos = end + 1;
    }
    return map;
}

// Immutable after its thread-safe initialization.
const TagMap& tagMap() {
    static const TagMap map = parseTags();
    return map;
}

}  // namespace

bool parseTagSpec(std::string_view spec, std::vector<Leaks>& out) {
    out.clear();
    size_t pos = 0;
    while (pos <= spec.size()) {
        size_t bar = spec.find('|', pos);
        if (bar == std::string_view::npos) bar = spec.size();
        std::string_view one = spec.substr(pos, bar - pos);
        Leaks leaks;
        size_t p = 0;
        while (p < one.size() && one != "-") {
            size_t comma = one.find(',', p);
            if (comma == std::string_view::npos) comma = one.size();
            std::string_view item = one.substr(p, comma - p);
            size_t eq = item.find('=');
            if (eq == std::string_view::npos || eq + 1 == item.size()) return false;
            int d = 0;
            for (char c : item.substr(eq + 1)) {
                if (c < '0' || c > '9') return false;
                d = d * 10 + (c - '0');
            }
            if (item.substr(0, eq) == "h") leaks.add(0, d);
            else if (eq == 2 && item[0] == 'r' && item[1] >= '0' && item[1] < '0' + kMaxResults) leaks.add(1 + item[1] - '0', d);
            else return false;
            p = comma + 1;
        }
        out.push_back(leaks);
        pos = bar + 1;
    }
    return true;
}

bool stdlibTags(const std::string& fullName, std::vector<Leaks>& out) {
    auto it = tagMap().find(fullName);
    return it != tagMap().end() && parseTagSpec(it->second, out);
}

// Table first, so callers see the library as gc does; then the declaration's
// own promise. What nothing describes may be kept by C++ or C code.
Leaks bodylessLeaks(const types::Func& f, size_t param) {
    std::vector<Leaks> tags;
    bool described = stdlibTags(f.fullName(), tags);
    if (!described && f.decl) {
        for (const Directive& d : f.decl->directives) {
            std::string_view text = d.text;
            if (text.substr(0, kEscapeDirective.size()) != kEscapeDirective) continue;
            described = parseTagSpec(text.substr(kEscapeDirective.size()), tags);
        }
        if (!described && hasNoescapeDirective(*f.decl)) return Leaks();
    }
    Leaks leaks;
    if (!described) leaks.add(0, 0);
    else if (param < tags.size()) leaks = tags[param];
    return leaks;
}

}  // namespace govm::escape
