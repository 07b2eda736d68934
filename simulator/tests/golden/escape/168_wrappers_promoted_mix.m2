./168_wrappers_promoted_mix.go:78:20: devirtualizing l.Area to local
./168_wrappers_promoted_mix.go:49:23: Pt{} escapes to heap in init:
./168_wrappers_promoted_mix.go:49:23:   flow: {storage for ... argument} ← &{storage for Pt{}}:
./168_wrappers_promoted_mix.go:49:23:     from Pt{} (spill) at ./168_wrappers_promoted_mix.go:49:23
./168_wrappers_promoted_mix.go:49:23:     from ... argument (slice-literal-element) at ./168_wrappers_promoted_mix.go:49:20
./168_wrappers_promoted_mix.go:49:23:   flow: {heap} ← {storage for ... argument}:
./168_wrappers_promoted_mix.go:49:23:     from ... argument (spill) at ./168_wrappers_promoted_mix.go:49:20
./168_wrappers_promoted_mix.go:49:23:     from fmt.Sprint(... argument...) (call parameter) at ./168_wrappers_promoted_mix.go:49:20
./168_wrappers_promoted_mix.go:49:20: ... argument does not escape
./168_wrappers_promoted_mix.go:49:23: Pt{} escapes to heap
./168_wrappers_promoted_mix.go:24:7: p does not escape
./168_wrappers_promoted_mix.go:25:7: parameter p leaks to ~r0 for Pt.name with derefs=0:
./168_wrappers_promoted_mix.go:25:7:   flow: ~r0 ← p:
./168_wrappers_promoted_mix.go:25:7:     from p.tag (dot) at ./168_wrappers_promoted_mix.go:25:38
./168_wrappers_promoted_mix.go:25:7:     from return p.tag (return) at ./168_wrappers_promoted_mix.go:25:30
./168_wrappers_promoted_mix.go:25:7: leaking param: p to result ~r0 level=0
./168_wrappers_promoted_mix.go:27:16: prefix + p.tag escapes to heap in (*Pt).Label:
./168_wrappers_promoted_mix.go:27:16:   flow: ~r0 ← &{storage for prefix + p.tag}:
./168_wrappers_promoted_mix.go:27:16:     from prefix + p.tag (spill) at ./168_wrappers_promoted_mix.go:27:16
./168_wrappers_promoted_mix.go:27:16:     from return prefix + p.tag, nil (return) at ./168_wrappers_promoted_mix.go:27:2
./168_wrappers_promoted_mix.go:26:7: p does not escape
./168_wrappers_promoted_mix.go:26:20: prefix does not escape
./168_wrappers_promoted_mix.go:26:35: n does not escape
./168_wrappers_promoted_mix.go:27:16: prefix + p.tag escapes to heap
./168_wrappers_promoted_mix.go:45:7: a does not escape
./168_wrappers_promoted_mix.go:46:7: a does not escape
./168_wrappers_promoted_mix.go:51:10: parameter s leaks to {heap} for use with derefs=0:
./168_wrappers_promoted_mix.go:51:10:   flow: {heap} ← s:
./168_wrappers_promoted_mix.go:51:10:     from s.Area() (call parameter) at ./168_wrappers_promoted_mix.go:58:15
./168_wrappers_promoted_mix.go:51:10: leaking param: s
./168_wrappers_promoted_mix.go:61:11: parameter x leaks to {heap} for anon with derefs=0:
./168_wrappers_promoted_mix.go:61:11:   flow: {heap} ← x:
./168_wrappers_promoted_mix.go:61:11:     from x.Area() (call parameter) at ./168_wrappers_promoted_mix.go:61:65
./168_wrappers_promoted_mix.go:61:11: leaking param: x
./168_wrappers_promoted_mix.go:72:10: ... argument escapes to heap in main:
./168_wrappers_promoted_mix.go:72:10:   flow: {heap} ← &{storage for ... argument}:
./168_wrappers_promoted_mix.go:72:10:     from ... argument (spill) at ./168_wrappers_promoted_mix.go:72:10
./168_wrappers_promoted_mix.go:72:10:     from h("y", ... argument...) (call parameter) at ./168_wrappers_promoted_mix.go:72:10
./168_wrappers_promoted_mix.go:71:17: use(p) escapes to heap in main:
./168_wrappers_promoted_mix.go:71:17:   flow: {storage for ... argument} ← &{storage for use(p)}:
./168_wrappers_promoted_mix.go:71:17:     from use(p) (spill) at ./168_wrappers_promoted_mix.go:71:17
./168_wrappers_promoted_mix.go:71:17:     from ... argument (slice-literal-element) at ./168_wrappers_promoted_mix.go:71:13
./168_wrappers_promoted_mix.go:71:17:   flow: {heap} ← {storage for ... argument}:
./168_wrappers_promoted_mix.go:71:17:     from ... argument (spill) at ./168_wrappers_promoted_mix.go:71:13
./168_wrappers_promoted_mix.go:71:17:     from fmt.Println(... argument...) (call parameter) at ./168_wrappers_promoted_mix.go:71:13
./168_wrappers_promoted_mix.go:71:25: use(b.Pt) escapes to heap in main:
./168_wrappers_promoted_mix.go:71:25:   flow: {storage for ... argument} ← &{storage for use(b.Pt)}:
./168_wrappers_promoted_mix.go:71:25:     from use(b.Pt) (spill) at ./168_wrappers_promoted_mix.go:71:25
./168_wrappers_promoted_mix.go:71:25:     from ... argument (slice-literal-element) at ./168_wrappers_promoted_mix.go:71:13
./168_wrappers_promoted_mix.go:71:25:   flow: {heap} ← {storage for ... argument}:
./168_wrappers_promoted_mix.go:71:25:     from ... argument (spill) at ./168_wrappers_promoted_mix.go:71:13
./168_wrappers_promoted_mix.go:71:25:     from fmt.Println(... argument...) (call parameter) at ./168_wrappers_promoted_mix.go:71:13
./168_wrappers_promoted_mix.go:71:37: anon(p) escapes to heap in main:
./168_wrappers_promoted_mix.go:71:37:   flow: {storage for ... argument} ← &{storage for anon(p)}:
./168_wrappers_promoted_mix.go:71:37:     from anon(p) (spill) at ./168_wrappers_promoted_mix.go:71:37
./168_wrappers_promoted_mix.go:71:37:     from ... argument (slice-literal-element) at ./168_wrappers_promoted_mix.go:71:13
./168_wrappers_promoted_mix.go:71:37:   flow: {heap} ← {storage for ... argument}:
./168_wrappers_promoted_mix.go:71:37:     from ... argument (spill) at ./168_wrappers_promoted_mix.go:71:13
./168_wrappers_promoted_mix.go:71:37:     from fmt.Println(... argument...) (call parameter) at ./168_wrappers_promoted_mix.go:71:13
./168_wrappers_promoted_mix.go:71:42: s escapes to heap in main:
./168_wrappers_promoted_mix.go:71:42:   flow: {storage for ... argument} ← &{storage for s}:
./168_wrappers_promoted_mix.go:71:42:     from s (spill) at ./168_wrappers_promoted_mix.go:71:42
./168_wrappers_promoted_mix.go:71:42:     from ... argument (slice-literal-element) at ./168_wrappers_promoted_mix.go:71:13
./168_wrappers_promoted_mix.go:71:42:   flow: {heap} ← {storage for ... argument}:
./168_wrappers_promoted_mix.go:71:42:     from ... argument (spill) at ./168_wrappers_promoted_mix.go:71:13
./168_wrappers_promoted_mix.go:71:42:     from fmt.Println(... argument...) (call parameter) at ./168_wrappers_promoted_mix.go:71:13
./168_wrappers_promoted_mix.go:71:46: g() escapes to heap in main:
./168_wrappers_promoted_mix.go:71:46:   flow: {storage for ... argument} ← &{storage for g()}:
./168_wrappers_promoted_mix.go:71:46:     from g() (spill) at ./168_wrappers_promoted_mix.go:71:46
./168_wrappers_promoted_mix.go:71:46:     from ... argument (slice-literal-element) at ./168_wrappers_promoted_mix.go:71:13
./168_wrappers_promoted_mix.go:71:46:   flow: {heap} ← {storage for ... argument}:
./168_wrappers_promoted_mix.go:71:46:     from ... argument (spill) at ./168_wrappers_promoted_mix.go:71:13
./168_wrappers_promoted_mix.go:71:46:     from fmt.Println(... argument...) (call parameter) at ./168_wrappers_promoted_mix.go:71:13
./168_wrappers_promoted_mix.go:71:61: global.Area() escapes to heap in main:
./168_wrappers_promoted_mix.go:71:61:   flow: {storage for ... argument} ← &{storage for global.Area()}:
./168_wrappers_promoted_mix.go:71:61:     from global.Area() (spill) at ./168_wrappers_promoted_mix.go:71:61
./168_wrappers_promoted_mix.go:71:61:     from ... argument (slice-literal-element) at ./168_wrappers_promoted_mix.go:71:13
./168_wrappers_promoted_mix.go:71:61:   flow: {heap} ← {storage for ... argument}:
./168_wrappers_promoted_mix.go:71:61:     from ... argument (spill) at ./168_wrappers_promoted_mix.go:71:13
./168_wrappers_promoted_mix.go:71:61:     from fmt.Println(... argument...) (call parameter) at ./168_wrappers_promoted_mix.go:71:13
./168_wrappers_promoted_mix.go:71:65: g2 escapes to heap in main:
./168_wrappers_promoted_mix.go:71:65:   flow: {storage for ... argument} ← &{storage for g2}:
./168_wrappers_promoted_mix.go:71:65:     from g2 (spill) at ./168_wrappers_promoted_mix.go:71:65
./168_wrappers_promoted_mix.go:71:65:     from ... argument (slice-literal-element) at ./168_wrappers_promoted_mix.go:71:13
./168_wrappers_promoted_mix.go:71:65:   flow: {heap} ← {storage for ... argument}:
./168_wrappers_promoted_mix.go:71:65:     from ... argument (spill) at ./168_wrappers_promoted_mix.go:71:13
./168_wrappers_promoted_mix.go:71:65:     from fmt.Println(... argument...) (call parameter) at ./168_wrappers_promoted_mix.go:71:13
./168_wrappers_promoted_mix.go:64:7: &Pt{...} escapes to heap in main:
./168_wrappers_promoted_mix.go:64:7:   flow: p ← &{storage for &Pt{...}}:
./168_wrappers_promoted_mix.go:64:7:     from &Pt{...} (spill) at ./168_wrappers_promoted_mix.go:64:7
./168_wrappers_promoted_mix.go:64:7:     from p := &Pt{...} (assign) at ./168_wrappers_promoted_mix.go:64:4
./168_wrappers_promoted_mix.go:64:7:   flow: {heap} ← p:
./168_wrappers_promoted_mix.go:64:7:     from p (interface-converted) at ./168_wrappers_promoted_mix.go:71:18
./168_wrappers_promoted_mix.go:64:7:     from use(p) (call parameter) at ./168_wrappers_promoted_mix.go:71:17
./168_wrappers_promoted_mix.go:78:20: Pt.Area(l.(local).Pt) escapes to heap in main:
./168_wrappers_promoted_mix.go:78:20:   flow: {storage for ... argument} ← &{storage for Pt.Area(l.(local).Pt)}:
./168_wrappers_promoted_mix.go:78:20:     from Pt.Area(l.(local).Pt) (spill) at ./168_wrappers_promoted_mix.go:78:20
./168_wrappers_promoted_mix.go:78:20:     from ... argument (slice-literal-element) at ./168_wrappers_promoted_mix.go:78:13
./168_wrappers_promoted_mix.go:78:20:   flow: {heap} ← {storage for ... argument}:
./168_wrappers_promoted_mix.go:78:20:     from ... argument (spill) at ./168_wrappers_promoted_mix.go:78:13
./168_wrappers_promoted_mix.go:78:20:     from fmt.Println(... argument...) (call parameter) at ./168_wrappers_promoted_mix.go:78:13
./168_wrappers_promoted_mix.go:64:7: &Pt{...} escapes to heap
./168_wrappers_promoted_mix.go:66:8: b.Pt.Label does not escape
./168_wrappers_promoted_mix.go:67:8: p.name does not escape
./168_wrappers_promoted_mix.go:69:8: n.Label does not escape
./168_wrappers_promoted_mix.go:71:13: ... argument does not escape
./168_wrappers_promoted_mix.go:71:17: use(p) escapes to heap
./168_wrappers_promoted_mix.go:71:25: use(b.Pt) escapes to heap
./168_wrappers_promoted_mix.go:71:37: anon(p) escapes to heap
./168_wrappers_promoted_mix.go:71:42: s escapes to heap
./168_wrappers_promoted_mix.go:71:46: g() escapes to heap
./168_wrappers_promoted_mix.go:71:61: global.Area() escapes to heap
./168_wrappers_promoted_mix.go:71:65: g2 escapes to heap
./168_wrappers_promoted_mix.go:72:10: ... argument escapes to heap
./168_wrappers_promoted_mix.go:77:21: local{} does not escape
./168_wrappers_promoted_mix.go:78:13: ... argument does not escape
./168_wrappers_promoted_mix.go:78:20: Pt.Area(l.(local).Pt) escapes to heap
<autogenerated>:1: parameter p leaks to {heap} for .eq.GGS with derefs=1:
<autogenerated>:1:   flow: {heap} ← *p:
<autogenerated>:1:     from unsafe.Add(p, uintptr(16)) (call parameter) at <autogenerated>:1
<autogenerated>:1:     from *(*unsafe.Pointer)(unsafe.Add(p, uintptr(16))) (indirection) at <autogenerated>:1
<autogenerated>:1:     from runtime.memequal(*(*unsafe.Pointer)(unsafe.Add(p, uintptr(16))), *(*unsafe.Pointer)(unsafe.Add(q, uintptr(16))), *(*uintptr)(unsafe.Add(p, uintptr(24)))) (call parameter) at <autogenerated>:1
<autogenerated>:1: parameter q leaks to {heap} for .eq.GGS with derefs=1:
<autogenerated>:1:   flow: {heap} ← *q:
<autogenerated>:1:     from unsafe.Add(q, uintptr(16)) (call parameter) at <autogenerated>:1
<autogenerated>:1:     from *(*unsafe.Pointer)(unsafe.Add(q, uintptr(16))) (indirection) at <autogenerated>:1
<autogenerated>:1:     from runtime.memequal(*(*unsafe.Pointer)(unsafe.Add(p, uintptr(16))), *(*unsafe.Pointer)(unsafe.Add(q, uintptr(16))), *(*uintptr)(unsafe.Add(p, uintptr(24)))) (call parameter) at <autogenerated>:1
<autogenerated>:1: parameter p leaks to {heap} for .eq.GGSS with derefs=1:
<autogenerated>:1:   flow: {heap} ← *p:
<autogenerated>:1:     from unsafe.Add(p, uintptr(16)) (call parameter) at <autogenerated>:1
<autogenerated>:1:     from *(*unsafe.Pointer)(unsafe.Add(p, uintptr(16))) (indirection) at <autogenerated>:1
<autogenerated>:1:     from runtime.memequal(*(*unsafe.Pointer)(unsafe.Add(p, uintptr(16))), *(*unsafe.Pointer)(unsafe.Add(q, uintptr(16))), *(*uintptr)(unsafe.Add(p, uintptr(24)))) (call parameter) at <autogenerated>:1
<autogenerated>:1: parameter q leaks to {heap} for .eq.GGSS with derefs=1:
<autogenerated>:1:   flow: {heap} ← *q:
<autogenerated>:1:     from unsafe.Add(q, uintptr(16)) (call parameter) at <autogenerated>:1
<autogenerated>:1:     from *(*unsafe.Pointer)(unsafe.Add(q, uintptr(16))) (indirection) at <autogenerated>:1
<autogenerated>:1:     from runtime.memequal(*(*unsafe.Pointer)(unsafe.Add(p, uintptr(16))), *(*unsafe.Pointer)(unsafe.Add(q, uintptr(16))), *(*uintptr)(unsafe.Add(p, uintptr(24)))) (call parameter) at <autogenerated>:1
<autogenerated>:1: parameter p leaks to {heap} for .eq.M8IM1K7M8 with derefs=1:
<autogenerated>:1:   flow: {heap} ← *p:
<autogenerated>:1:     from unsafe.Add(p, uintptr(8)) (call parameter) at <autogenerated>:1
<autogenerated>:1:     from *(**uintptr)(unsafe.Add(p, uintptr(8))) (indirection) at <autogenerated>:1
<autogenerated>:1:     from runtime.ifaceeq(*(**uintptr)(unsafe.Add(p, uintptr(8))), *(*unsafe.Pointer)(unsafe.Add(p, uintptr(16))), *(*unsafe.Pointer)(unsafe.Add(q, uintptr(16)))) (call parameter) at <autogenerated>:1
<autogenerated>:1: parameter q leaks to {heap} for .eq.M8IM1K7M8 with derefs=1:
<autogenerated>:1:   flow: {heap} ← *q:
<autogenerated>:1:     from unsafe.Add(q, uintptr(16)) (call parameter) at <autogenerated>:1
<autogenerated>:1:     from *(*unsafe.Pointer)(unsafe.Add(q, uintptr(16))) (indirection) at <autogenerated>:1
<autogenerated>:1:     from runtime.ifaceeq(*(**uintptr)(unsafe.Add(p, uintptr(8))), *(*unsafe.Pointer)(unsafe.Add(p, uintptr(16))), *(*unsafe.Pointer)(unsafe.Add(q, uintptr(16)))) (call parameter) at <autogenerated>:1
<autogenerated>:1: parameter ~p0 leaks to {heap} for Shape.Area with derefs=0:
<autogenerated>:1:   flow: {heap} ← ~p0:
<autogenerated>:1:     from ~p0.Area() (call parameter) at <autogenerated>:1
<autogenerated>:1: parameter ~p0 leaks to {heap} for Shape.name with derefs=0:
<autogenerated>:1:   flow: {heap} ← ~p0:
<autogenerated>:1:     from ~p0.name() (call parameter) at <autogenerated>:1
./168_wrappers_promoted_mix.go:25:7: parameter p leaks to ~r0 for (*Pt).name with derefs=1:
./168_wrappers_promoted_mix.go:25:7:   flow: ~r0 ← *p:
./168_wrappers_promoted_mix.go:25:7:     from p (indirection) at <autogenerated>:1
./168_wrappers_promoted_mix.go:25:7:     from Pt.name(p) (call parameter) at <autogenerated>:1
./168_wrappers_promoted_mix.go:25:7:     from return Pt.name(p) (return) at <autogenerated>:1
<autogenerated>:1: parameter ~p0 leaks to {heap} for Named.Area with derefs=0:
<autogenerated>:1:   flow: {heap} ← ~p0:
<autogenerated>:1:     from ~p0.Area() (call parameter) at <autogenerated>:1
<autogenerated>:1: parameter ~p0 leaks to {heap} for Named.Label with derefs=0:
<autogenerated>:1:   flow: {heap} ← ~p0:
<autogenerated>:1:     from ~p0.Label(prefix, n...) (call parameter) at <autogenerated>:1
./168_wrappers_promoted_mix.go:16:8: parameter prefix leaks to {heap} for Named.Label with derefs=0:
./168_wrappers_promoted_mix.go:16:8:   flow: {heap} ← prefix:
./168_wrappers_promoted_mix.go:16:8:     from ~p0.Label(prefix, n...) (call parameter) at <autogenerated>:1
./168_wrappers_promoted_mix.go:16:23: parameter n leaks to {heap} for Named.Label with derefs=0:
./168_wrappers_promoted_mix.go:16:23:   flow: {heap} ← n:
./168_wrappers_promoted_mix.go:16:23:     from ~p0.Label(prefix, n...) (call parameter) at <autogenerated>:1
<autogenerated>:1: parameter ~p0 leaks to {heap} for Named.name with derefs=0:
<autogenerated>:1:   flow: {heap} ← ~p0:
<autogenerated>:1:     from ~p0.name() (call parameter) at <autogenerated>:1
<autogenerated>:1: parameter ~p0 leaks to {heap} for Tagger.Tag with derefs=0:
<autogenerated>:1:   flow: {heap} ← ~p0:
<autogenerated>:1:     from ~p0.Tag(k) (call parameter) at <autogenerated>:1
<autogenerated>:1: parameter ~p0 leaks to {heap} for Box.Tag with derefs=0:
<autogenerated>:1:   flow: {heap} ← ~p0:
<autogenerated>:1:     from ~p0.Tagger (dot) at <autogenerated>:1
<autogenerated>:1:     from ~p0.Tagger.Tag(k) (call parameter) at <autogenerated>:1
<autogenerated>:1: parameter ~p0 leaks to {heap} for (*Box).Tag with derefs=1:
<autogenerated>:1:   flow: {heap} ← *~p0:
<autogenerated>:1:     from ~p0.Tagger (dot of pointer) at <autogenerated>:1
<autogenerated>:1:     from ~p0.Tagger.Tag(k) (call parameter) at <autogenerated>:1
./168_wrappers_promoted_mix.go:25:7: parameter p leaks to ~r0 for Box.name with derefs=1:
./168_wrappers_promoted_mix.go:25:7:   flow: ~r0 ← *p:
./168_wrappers_promoted_mix.go:25:7:     from p.Pt (dot) at <autogenerated>:1
./168_wrappers_promoted_mix.go:25:7:     from p.Pt (indirection) at <autogenerated>:1
./168_wrappers_promoted_mix.go:25:7:     from Pt.name(p.Pt) (call parameter) at <autogenerated>:1
./168_wrappers_promoted_mix.go:25:7:     from return Pt.name(p.Pt) (return) at <autogenerated>:1
./168_wrappers_promoted_mix.go:25:7: parameter p leaks to ~r0 for (*Box).name with derefs=2:
./168_wrappers_promoted_mix.go:25:7:   flow: ~r0 ← **p:
./168_wrappers_promoted_mix.go:25:7:     from p.Pt (dot of pointer) at <autogenerated>:1
./168_wrappers_promoted_mix.go:25:7:     from p.Pt (indirection) at <autogenerated>:1
./168_wrappers_promoted_mix.go:25:7:     from Pt.name(p.Pt) (call parameter) at <autogenerated>:1
./168_wrappers_promoted_mix.go:25:7:     from return Pt.name(p.Pt) (return) at <autogenerated>:1
<autogenerated>:1: parameter ~p0 leaks to {heap} for interface { Area() float64 }.Area with derefs=0:
<autogenerated>:1:   flow: {heap} ← ~p0:
<autogenerated>:1:     from ~p0.Area() (call parameter) at <autogenerated>:1
./168_wrappers_promoted_mix.go:25:7: parameter p leaks to ~r0 for local·1.name with derefs=0:
./168_wrappers_promoted_mix.go:25:7:   flow: ~r0 ← p:
./168_wrappers_promoted_mix.go:25:7:     from p.Pt (dot) at <autogenerated>:1
./168_wrappers_promoted_mix.go:25:7:     from Pt.name(p.Pt) (call parameter) at <autogenerated>:1
./168_wrappers_promoted_mix.go:25:7:     from return Pt.name(p.Pt) (return) at <autogenerated>:1
./168_wrappers_promoted_mix.go:25:7: parameter p leaks to ~r0 for (*local·1).name with derefs=1:
./168_wrappers_promoted_mix.go:25:7:   flow: ~r0 ← *p:
./168_wrappers_promoted_mix.go:25:7:     from p.Pt (dot of pointer) at <autogenerated>:1
./168_wrappers_promoted_mix.go:25:7:     from Pt.name(p.Pt) (call parameter) at <autogenerated>:1
./168_wrappers_promoted_mix.go:25:7:     from return Pt.name(p.Pt) (return) at <autogenerated>:1
<autogenerated>:1: parameter .this leaks to ~r0 for Pt.name-fm with derefs=0:
<autogenerated>:1:   flow: ~r0 ← .this:
<autogenerated>:1:     from Pt.name(.this) (call parameter) at <autogenerated>:1
<autogenerated>:1:     from return Pt.name(.this) (return) at <autogenerated>:1
<autogenerated>:1: parameter .this leaks to {heap} for Named.Label-fm with derefs=0:
<autogenerated>:1:   flow: {heap} ← .this:
<autogenerated>:1:     from .this.Label(prefix, n...) (call parameter) at <autogenerated>:1
./168_wrappers_promoted_mix.go:16:8: parameter prefix leaks to {heap} for Named.Label-fm with derefs=0:
./168_wrappers_promoted_mix.go:16:8:   flow: {heap} ← prefix:
./168_wrappers_promoted_mix.go:16:8:     from .this.Label(prefix, n...) (call parameter) at <autogenerated>:1
./168_wrappers_promoted_mix.go:16:23: parameter n leaks to {heap} for Named.Label-fm with derefs=0:
./168_wrappers_promoted_mix.go:16:23:   flow: {heap} ← n:
./168_wrappers_promoted_mix.go:16:23:     from .this.Label(prefix, n...) (call parameter) at <autogenerated>:1
<autogenerated>:1: parameter p leaks to {heap} for .eq.[3GGS]K8F with derefs=1:
<autogenerated>:1:   flow: {heap} ← *p:
<autogenerated>:1:     from unsafe.Add(p, .autotmp_3) (call parameter) at <autogenerated>:1
<autogenerated>:1:     from type..eq.GGS(unsafe.Add(p, .autotmp_3), unsafe.Add(q, .autotmp_3)) (call parameter) at <autogenerated>:1
<autogenerated>:1: parameter q leaks to {heap} for .eq.[3GGS]K8F with derefs=1:
<autogenerated>:1:   flow: {heap} ← *q:
<autogenerated>:1:     from unsafe.Add(q, .autotmp_3) (call parameter) at <autogenerated>:1
<autogenerated>:1:     from type..eq.GGS(unsafe.Add(p, .autotmp_3), unsafe.Add(q, .autotmp_3)) (call parameter) at <autogenerated>:1
<autogenerated>:1: parameter p leaks to {heap} for .eq.[3GGS] with derefs=1:
<autogenerated>:1:   flow: {heap} ← *p:
<autogenerated>:1:     from unsafe.Add(p, .autotmp_3) (call parameter) at <autogenerated>:1
<autogenerated>:1:     from type..eq.GGS(unsafe.Add(p, .autotmp_3), unsafe.Add(q, .autotmp_3)) (call parameter) at <autogenerated>:1
<autogenerated>:1: parameter q leaks to {heap} for .eq.[3GGS] with derefs=1:
<autogenerated>:1:   flow: {heap} ← *q:
<autogenerated>:1:     from unsafe.Add(q, .autotmp_3) (call parameter) at <autogenerated>:1
<autogenerated>:1:     from type..eq.GGS(unsafe.Add(p, .autotmp_3), unsafe.Add(q, .autotmp_3)) (call parameter) at <autogenerated>:1
